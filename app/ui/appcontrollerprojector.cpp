// AppController::projectorDeck: a module's slides for projector mode, as QML sees them.
// Content only: no trainee, score or answer is read or stored here.
#include "appcontroller.h"
#include "projectordeck.h"

QVector<ProjectorSlide> AppController::projectorSlides(const QString &moduleId, const QString &lang) const
{
    const khien::Module *module = m_catalog.module(moduleId);
    if (!module)
        return {};
    QVector<ProjectorSlide> slides;
    for (const khien::Slide &s : khien::projectorDeck(*module, lang)) {
        QVariantList lines;
        for (const khien::SlideLine &l : s.lines)
            lines.append(QVariant::fromValue(ProjectorLine{l.text, l.correct, l.note}));
        slides.append({s.kind, s.heading, s.body, lines, s.reveal, s.context, s.questionId, s.questionType,
                       s.keyPoint});
    }
    return slides;
}
