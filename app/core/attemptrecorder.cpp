// AttemptRecorder: starting, resuming and answering quizzes, each step one transaction.
#include "attemptrecorder.h"

#include "attemptresume.h"
#include "store.h"

namespace khien {

namespace {

CoreError refused(const QString &questionId)
{
    return {ErrorCode::NotAnswerable, questionId, QStringLiteral("the session takes no answer now")};
}

} // namespace

AttemptRecorder::AttemptRecorder(Store &store, QuizSession session, Context context)
    : m_store(&store), m_session(std::move(session)), m_context(std::move(context))
{
}

std::optional<AttemptRecorder> AttemptRecorder::startNew(Store &store, const Module &module,
                                                         const QString &contentVersion,
                                                         const QString &traineeId,
                                                         const QString &language, quint32 seed,
                                                         CoreError *error)
{
    if (!module.quiz) {
        if (error)
            *error = {ErrorCode::NotAnswerable, module.id, QStringLiteral("the module has no quiz")};
        return std::nullopt;
    }
    const Quiz &quiz = *module.quiz;
    const AttemptPlan plan = planAttempt(quiz, seed);
    AttemptStart start;
    start.traineeId = traineeId;
    start.moduleId = module.id;
    start.quizId = quiz.id;
    start.contentVersion = contentVersion;
    start.language = language;
    start.passPercent = quiz.passPercent;
    start.maxScore = plan.questionOrder.size();
    start.seed = plan.seed;
    start.mode = quiz.exam ? QStringLiteral("exam") : QStringLiteral("practice");
    start.questionOrder = plan.questionOrder;
    const std::optional<QString> attemptId = store.replaceUnfinishedAttempt(start);
    if (!attemptId) {
        if (error)
            *error = store.lastFailure();
        return std::nullopt;
    }
    return AttemptRecorder(store, QuizSession(quiz, plan),
                           {traineeId, module.id, *attemptId, contentVersion, {}});
}

std::optional<AttemptRecorder> AttemptRecorder::resume(Store &store, const Module &module,
                                                       const QString &contentVersion,
                                                       const QString &traineeId,
                                                       int *droppedAnswers)
{
    if (!module.quiz)
        return std::nullopt;
    const std::optional<AttemptRecord> attempt = store.unfinishedAttempt(traineeId, module.quiz->id);
    if (!attempt)
        return std::nullopt;
    ResumedAttempt resumed = resumeAttempt(*module.quiz, *attempt, store.answers(attempt->id),
                                           store.decisions(attempt->id));
    if (droppedAnswers)
        *droppedAnswers = resumed.droppedAnswers;
    return AttemptRecorder(store, std::move(resumed.session),
                           {traineeId, module.id, attempt->id, contentVersion, {}});
}

std::optional<AttemptRecorder> AttemptRecorder::practice(Store &store, const QVector<Course> &courses,
                                                         const QString &traineeId, quint32 seed)
{
    Context context;
    context.traineeId = traineeId;
    const Quiz quiz = practiceQuiz(courses, store.dueMistakes(traineeId, QDateTime::currentDateTimeUtc()),
                                   &context.origins);
    if (quiz.questions.isEmpty())
        return std::nullopt;
    return AttemptRecorder(store, QuizSession(quiz, planAttempt(quiz, seed)), std::move(context));
}

AnswerRecord AttemptRecorder::answerFor(const QStringList &chosen, const ScoredAnswer &scored,
                                        const Shown &shown) const
{
    AnswerRecord record = answerRecord(m_context.attemptId, m_session.currentQuestion(), chosen, scored);
    record.timeTakenMs = shown.timeTakenMs;
    record.language = shown.language;
    record.contentVersion = m_context.contentVersion;
    record.answeredAt = shown.at;
    record.position = m_session.currentIndex();
    return record;
}

PracticeOutcome AttemptRecorder::practiceFor(const Question &q, bool correct, const QDateTime &at) const
{
    // Every answer, in any quiz or practice, feeds "practise my mistakes".
    const auto origin = m_context.origins.value(q.id, {m_context.moduleId, m_session.quiz().id});
    return {m_context.traineeId, origin.first, origin.second, q.id, correct, at};
}

CoreError AttemptRecorder::submit(const QStringList &chosen, const Shown &given)
{
    const Question &q = m_session.currentQuestion();
    if (m_finished || m_session.isCurrentAnswered() || q.type == QuestionType::Scenario)
        return refused(q.id);
    const ScoredAnswer scored = scoreAnswer(q, chosen);
    if (!scored.valid)
        return {ErrorCode::InvalidAnswer, q.id, QStringLiteral("not a possible answer")};
    Shown shown = given;
    if (!shown.at.isValid())
        shown.at = QDateTime::currentDateTimeUtc();
    QuizStep step;
    if (!isPractice())
        step.answer = answerFor(chosen, scored, shown);
    step.practice = practiceFor(q, scored.correct, shown.at);
    if (!m_store->recordQuizStep(step))
        return m_store->lastFailure();
    (void)m_session.answer(chosen);
    return {};
}

CoreError AttemptRecorder::choose(const QString &choiceId, const Shown &given)
{
    const Question &q = m_session.currentQuestion();
    const auto at = m_session.scenarioPosition();
    if (m_finished || !at || at->step->ending || !at->step->choice(choiceId))
        return refused(q.id);
    Shown shown = given;
    if (!shown.at.isValid())
        shown.at = QDateTime::currentDateTimeUtc();
    QStringList path = m_session.scenarioPath();
    path.append(choiceId);
    const ScoredAnswer scored = scoreAnswer(q, path); // valid once the path reaches an ending
    QuizStep step;
    if (!isPractice()) {
        DecisionRecord decision;
        decision.attemptId = m_context.attemptId;
        decision.questionId = q.id;
        decision.seq = int(path.size()) - 1;
        decision.stepId = at->step->id;
        decision.choiceId = choiceId;
        decision.points = at->step->choice(choiceId)->points;
        decision.decidedAt = shown.at;
        step.decision = decision;
        if (scored.valid)
            step.answer = answerFor(path, scored, shown);
    }
    if (scored.valid)
        step.practice = practiceFor(q, scored.correct, shown.at);
    if ((step.decision || step.practice) && !m_store->recordQuizStep(step))
        return m_store->lastFailure();
    (void)m_session.choose(choiceId);
    return {};
}

bool AttemptRecorder::next()
{
    if (m_finished || !m_session.isCurrentAnswered())
        return false;
    return m_session.next();
}

bool AttemptRecorder::goTo(int index)
{
    return !m_finished && m_session.goTo(index);
}

CoreError AttemptRecorder::finish()
{
    if (m_finished)
        return {};
    m_finished = true;
    if (isPractice() || m_store->finishAttempt(m_context.attemptId, m_session.passed()))
        return {};
    return m_store->lastFailure();
}

} // namespace khien
