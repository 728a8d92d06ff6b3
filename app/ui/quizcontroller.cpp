#include "quizcontroller.h"

#include "store.h"

#include <QLocale>

QuizController::QuizController(khien::QuizSession session, Context context, QString language,
                               QObject *parent)
    : QObject(parent),
      m_session(std::move(session)),
      m_context(std::move(context)),
      m_language(std::move(language)),
      m_result(new ResultView(this))
{
    m_result->setLanguage(m_language);
    m_shownFor.start();
    m_examClock.start();
    if (exam() && m_session.quiz().timeLimitMinutes > 0) {
        m_tick.setInterval(1000);
        connect(&m_tick, &QTimer::timeout, this, [this] {
            emit timeChanged();
            if (remainingSeconds() == 0 && !m_finished)
                finishAttempt(); // unanswered questions count as wrong
        });
        m_tick.start();
    }
}

QString QuizController::title() const
{
    return practice() ? tr("Practise my mistakes") : m_session.quiz().title.in(m_language);
}

QString QuizController::questionType() const
{
    return khien::questionTypeName(m_session.currentQuestion().type);
}

int QuizController::remainingSeconds() const
{
    const int limit = m_session.quiz().timeLimitMinutes * 60;
    if (!exam() || limit <= 0)
        return -1;
    return std::max(0, limit - int(m_examClock.elapsed() / 1000));
}

QString QuizController::formatPoints(double points) const
{
    const QLocale locale(m_language == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English);
    return locale.toString(qRound(points * 100) / 100.0, 'f', QLocale::FloatingPointShortest);
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

void QuizController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_result->setLanguage(language);
    emit changed();
}

void QuizController::storeFailed(const QString &what)
{
    m_error = what.arg(m_context.store->lastError());
    emit changed();
}

bool QuizController::save(const QStringList &chosen, const khien::ScoredAnswer &scored)
{
    if (practice())
        return true;
    const khien::Question &q = m_session.currentQuestion();
    khien::AnswerRecord record = khien::answerRecord(m_context.attemptId, q, chosen, scored);
    record.timeTakenMs = m_shownFor.elapsed();
    record.language = m_language;
    record.contentVersion = m_context.contentVersion;
    record.answeredAt = QDateTime::currentDateTimeUtc();
    record.position = m_session.currentIndex();
    if (m_context.store->recordAnswer(record))
        return true;
    //: %1 is the database's own error text
    storeFailed(tr("Your answer could not be saved, so it was not counted. Check that the disk "
                   "is not full, then answer again. (%1)"));
    return false;
}

void QuizController::notePractice(const khien::Question &q, bool correct)
{
    // Every answer feeds "practise my mistakes"; a failure here must not cost the answer.
    const auto origin = m_context.origins.value(q.id, {m_context.moduleId, m_session.quiz().id});
    if (!m_context.store->recordPracticeOutcome(m_context.traineeId, origin.first, origin.second, q.id,
                                                correct, QDateTime::currentDateTimeUtc()))
        qWarning("Khiên: could not update the practice schedule: %s",
                 qPrintable(m_context.store->lastError()));
}

bool QuizController::submit(const QStringList &chosen)
{
    const khien::Question &q = m_session.currentQuestion();
    if (m_finished || m_session.isCurrentAnswered() || q.type == khien::QuestionType::Scenario)
        return false;
    const khien::ScoredAnswer scored = khien::scoreAnswer(q, chosen);
    if (!scored.valid) {
        m_error = q.type == khien::QuestionType::Multiple ? tr("Choose at least one answer.")
                : q.type == khien::QuestionType::Matching ? tr("Give every item a partner.")
                                                          : tr("Choose an answer.");
        emit changed();
        return false;
    }
    if (!save(chosen, scored))
        return false;
    (void)m_session.answer(chosen);
    notePractice(q, scored.correct);
    m_error.clear();
    emit changed();
    return true;
}

bool QuizController::choose(const QString &choiceId)
{
    const khien::Question &q = m_session.currentQuestion();
    const auto at = m_session.scenarioPosition();
    if (m_finished || !at || at->step->ending || !at->step->choice(choiceId))
        return false;
    const khien::ScenarioChoice *choice = at->step->choice(choiceId);
    if (!practice()) {
        khien::DecisionRecord decision;
        decision.attemptId = m_context.attemptId;
        decision.questionId = q.id;
        decision.seq = int(m_session.scenarioPath().size());
        decision.stepId = at->step->id;
        decision.choiceId = choiceId;
        decision.points = choice->points;
        decision.decidedAt = QDateTime::currentDateTimeUtc();
        if (!m_context.store->recordDecision(decision)) {
            //: %1 is the database's own error text
            storeFailed(tr("Your decision could not be saved, so it was not taken. Check that the "
                           "disk is not full, then choose again. (%1)"));
            return false;
        }
    }
    QStringList path = m_session.scenarioPath();
    path.append(choiceId);
    const khien::ScoredAnswer scored = khien::scoreAnswer(q, path);
    if (scored.valid && !save(path, scored)) // the ending: the whole path is the answer
        return false;
    (void)m_session.choose(choiceId);
    if (scored.valid)
        notePractice(q, scored.correct);
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
    finishAttempt();
}

void QuizController::finishAttempt()
{
    m_tick.stop();
    if (!practice() && !m_context.store->finishAttempt(m_context.attemptId, m_session.passed())) {
        //: %1 is the database's own error text
        m_error = tr("Your answers are saved, but the final result could not be. (%1)")
                      .arg(m_context.store->lastError());
    }
    m_result->setSummary(khien::summarizeResult(m_session, m_context.lesson ? &*m_context.lesson : nullptr));
    m_finished = true;
    emit changed();
    emit attemptFinished();
}
