#include "quizcontroller.h"

#include "store.h"

#include <QLocale>

QuizController::QuizController(const khien::Quiz &quiz, Context context, QString language,
                               QObject *parent)
    : QObject(parent), m_session(quiz), m_context(std::move(context)), m_language(std::move(language))
{
    m_shownFor.start();
}

QString QuizController::questionType() const
{
    return khien::questionTypeName(m_session.currentQuestion().type);
}

QVariantList QuizController::options() const
{
    const khien::Question &q = m_session.currentQuestion();
    const bool reveal = m_session.isCurrentAnswered();
    const QStringList chosen = m_session.chosenForCurrent();
    QVariantList list;
    for (const khien::Option &o : q.options) {
        QString text = o.text.in(m_language);
        if (q.type == khien::QuestionType::TrueFalse)
            text = o.id == QLatin1String("true") ? tr("True") : tr("False");
        list.append(QVariantMap{{QStringLiteral("optionId"), o.id},
                                {QStringLiteral("text"), text},
                                {QStringLiteral("explanation"), reveal ? o.explanation.in(m_language) : QString()},
                                {QStringLiteral("correct"), reveal && o.correct},
                                {QStringLiteral("chosen"), chosen.contains(o.id)}});
    }
    return list;
}

bool QuizController::lastCorrect() const
{
    const auto a = m_session.answerForCurrent();
    return a && a->correct;
}

double QuizController::lastPoints() const
{
    const auto a = m_session.answerForCurrent();
    return a ? a->points : 0.0;
}

QString QuizController::formatPoints(double points) const
{
    const QLocale locale(m_language == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English);
    return locale.toString(qRound(points * 100) / 100.0, 'f', QLocale::FloatingPointShortest);
}

void QuizController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit changed();
}

bool QuizController::submit(const QStringList &chosen)
{
    if (m_finished || m_session.isCurrentAnswered())
        return false;
    const khien::Question &q = m_session.currentQuestion();
    const khien::ScoredAnswer scored = khien::scoreAnswer(q, chosen);
    if (!scored.valid) {
        m_error = q.type == khien::QuestionType::Multiple ? tr("Choose at least one answer.")
                                                          : tr("Choose an answer.");
        emit changed();
        return false;
    }
    khien::AnswerRecord record;
    record.attemptId = m_context.attemptId;
    record.questionId = q.id;
    record.questionType = khien::questionTypeName(q.type);
    record.chosen = chosen;
    record.correct = scored.correct;
    record.points = scored.points;
    record.maxPoints = scored.maxPoints;
    record.timeTakenMs = m_shownFor.elapsed();
    record.language = m_language;
    record.contentVersion = m_context.contentVersion;
    record.answeredAt = QDateTime::currentDateTimeUtc();
    record.position = m_session.currentIndex();
    if (!m_context.store->recordAnswer(record)) {
        //: %1 is the database's own error text
        m_error = tr("Your answer could not be saved, so it was not counted. Check that the disk "
                     "is not full, then answer again. (%1)").arg(m_context.store->lastError());
        emit changed();
        return false;
    }
    (void)m_session.answer(chosen);
    m_error.clear();
    emit changed();
    return true;
}

void QuizController::next()
{
    if (!m_session.isCurrentAnswered() || m_finished)
        return;
    if (m_session.next()) {
        m_shownFor.restart();
        emit changed();
        return;
    }
    if (!m_context.store->finishAttempt(m_context.attemptId, m_session.passed())) {
        //: %1 is the database's own error text
        m_error = tr("Your answers are saved, but the final result could not be. (%1)")
                      .arg(m_context.store->lastError());
    }
    m_finished = true;
    emit changed();
    emit attemptFinished();
}
