// AppController::projectorDeck: a module's slides for projector mode, as QML sees them.
// Content only: no trainee, score or answer is read or stored here.
#include "appcontroller.h"
#include "projectordeck.h"

QVariantList AppController::projectorDeck(const QString &moduleId, const QString &lang) const
{
    const khien::Module *module = m_catalog.module(moduleId);
    if (!module)
        return {};
    QVariantList slides;
    for (const khien::Slide &s : khien::projectorDeck(*module, lang)) {
        QVariantList lines;
        for (const khien::SlideLine &l : s.lines)
            lines.append(QVariantMap{{QStringLiteral("text"), l.text},
                                     {QStringLiteral("correct"), l.correct},
                                     {QStringLiteral("note"), l.note}});
        slides.append(QVariantMap{{QStringLiteral("kind"), s.kind},
                                  {QStringLiteral("heading"), s.heading},
                                  {QStringLiteral("body"), s.body},
                                  {QStringLiteral("lines"), lines},
                                  {QStringLiteral("reveal"), s.reveal},
                                  {QStringLiteral("context"), s.context},
                                  {QStringLiteral("questionId"), s.questionId},
                                  {QStringLiteral("questionType"), s.questionType},
                                  {QStringLiteral("keyPoint"), s.keyPoint}});
    }
    return slides;
}
