// AppController: starting, resuming and reviewing quizzes, practice of mistakes, grade policy.
#include "appcontroller.h"

#include "attemptresume.h"

namespace {
const QString kGradePolicySetting = QStringLiteral("grade.policy");
}

khien::GradePolicy AppController::policy() const
{
    const QString p = gradePolicy();
    return p == QLatin1String("first") ? khien::GradePolicy::First
         : p == QLatin1String("last")  ? khien::GradePolicy::Last
                                       : khien::GradePolicy::Best;
}

QString AppController::gradePolicy() const
{
    const QString p = m_store.isOpen() ? m_store.setting(kGradePolicySetting) : QString();
    return p == QLatin1String("first") || p == QLatin1String("last") ? p : QStringLiteral("best");
}

void AppController::setGradePolicy(const QString &policy)
{
    // Which attempt counts is the instructor's decision for the whole PC, not a trainee's.
    if (!m_instructor.unlocked()) {
        qWarning("Khiên: the grade policy is changed in instructor mode only");
        return;
    }
    if (policy == gradePolicy() || !QStringList{"best", "first", "last"}.contains(policy))
        return;
    if (!m_store.setSetting(kGradePolicySetting, policy))
        qWarning("Khiên: could not save the grade policy: %s", qPrintable(m_store.lastError()));
    refreshTraineeData();
}

int AppController::dueMistakeCount() const
{
    if (m_traineeId.isEmpty() || !m_store.isOpen())
        return 0;
    return m_store.dueMistakeCount(m_traineeId, QDateTime::currentDateTimeUtc());
}

QVariantMap AppController::unfinishedAttempt(const QString &moduleId) const
{
    const khien::Module *m = m_catalog.module(moduleId);
    if (!m || !m->quiz || m_traineeId.isEmpty())
        return {};
    const std::optional<khien::AttemptRecord> a = m_store.unfinishedAttempt(m_traineeId, m->quiz->id);
    if (!a)
        return {};
    return {{QStringLiteral("attemptId"), a->id},
            {QStringLiteral("answered"), a->answeredCount},
            {QStringLiteral("total"), a->questionOrder.isEmpty() ? qRound(a->maxScore) : int(a->questionOrder.size())}};
}

void AppController::launch(khien::QuizSession session, const QString &moduleId, const QString &attemptId,
                           const QString &contentVersion, QHash<QString, QPair<QString, QString>> origins)
{
    endQuiz();
    std::optional<khien::Lesson> lesson;
    if (const khien::Module *m = m_catalog.module(moduleId); m && !m->lessons.isEmpty())
        lesson = m->lessons.first();
    m_quiz = new QuizController(std::move(session),
                                {&m_store, m_traineeId, moduleId, attemptId, contentVersion, std::move(origins), lesson},
                                language(), this);
    connect(m_quiz, &QuizController::attemptFinished, this, &AppController::refreshTraineeData);
    connect(m_quiz, &QuizController::changed, this, [this] {
        // The history shows interrupted attempts with their answers so far.
        if (!m_traineeId.isEmpty())
            m_history.reload(m_catalog, m_store.attempts(m_traineeId), language());
    });
    emit quizChanged();
}

bool AppController::startQuiz(const QString &moduleId)
{
    const khien::Module *m = m_catalog.module(moduleId);
    const khien::Course *course = m_catalog.courseOfModule(moduleId);
    if (!m || !m->quiz || m_traineeId.isEmpty())
        return false;
    if (const auto open = m_store.unfinishedAttempt(m_traineeId, m->quiz->id))
        if (!m_store.abandonAttempt(open->id))
            qWarning("Khiên: could not close the interrupted attempt: %s", qPrintable(m_store.lastError()));
    const khien::AttemptPlan plan = khien::planAttempt(*m->quiz, khien::newSeed());
    khien::AttemptStart start;
    start.traineeId = m_traineeId;
    start.moduleId = moduleId;
    start.quizId = m->quiz->id;
    start.contentVersion = course->version;
    start.language = language();
    start.passPercent = m->quiz->passPercent;
    start.maxScore = plan.questionOrder.size();
    start.seed = plan.seed;
    start.mode = m->quiz->exam ? QStringLiteral("exam") : QStringLiteral("practice");
    start.questionOrder = plan.questionOrder;
    const std::optional<QString> attempt = m_store.startAttempt(start);
    if (!attempt)
        return false;
    launch(khien::QuizSession(*m->quiz, plan), moduleId, *attempt, course->version);
    return true;
}

bool AppController::resumeQuiz(const QString &moduleId)
{
    const khien::Module *m = m_catalog.module(moduleId);
    const khien::Course *course = m_catalog.courseOfModule(moduleId);
    if (!m || !m->quiz || m_traineeId.isEmpty())
        return false;
    const std::optional<khien::AttemptRecord> attempt = m_store.unfinishedAttempt(m_traineeId, m->quiz->id);
    if (!attempt)
        return false;
    khien::ResumedAttempt resumed = khien::resumeAttempt(*m->quiz, *attempt, m_store.answers(attempt->id),
                                                         m_store.decisions(attempt->id));
    if (resumed.droppedAnswers > 0)
        qWarning("Khiên: %d saved answers no longer match the content and were left out of the resumed attempt",
                 resumed.droppedAnswers);
    launch(std::move(resumed.session), moduleId, attempt->id, course->version);
    return true;
}

bool AppController::startPractice()
{
    if (m_traineeId.isEmpty())
        return false;
    QHash<QString, QPair<QString, QString>> origins;
    khien::Quiz quiz = khien::practiceQuiz(m_catalog.courses(),
                                           m_store.dueMistakes(m_traineeId, QDateTime::currentDateTimeUtc()),
                                           &origins);
    if (quiz.questions.isEmpty())
        return false;
    launch(khien::QuizSession(quiz, khien::planAttempt(quiz, khien::newSeed())), {}, {}, {}, origins);
    return true;
}
