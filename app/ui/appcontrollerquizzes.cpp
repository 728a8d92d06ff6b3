// AppController: starting, resuming and reviewing quizzes, practice of mistakes, grade policy.
#include "appcontroller.h"

#include "attemptrecorder.h"

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

UnfinishedAttempt AppController::unfinishedAttempt(const QString &moduleId) const
{
    const khien::Module *m = m_catalog.module(moduleId);
    if (!m || !m->quiz || m_traineeId.isEmpty())
        return {};
    const std::optional<khien::AttemptRecord> a = m_store.unfinishedAttempt(m_traineeId, m->quiz->id);
    if (!a)
        return {};
    return {a->id, a->answeredCount, a->questionOrder.isEmpty() ? qRound(a->maxScore) : int(a->questionOrder.size())};
}

void AppController::launch(khien::AttemptRecorder recorder)
{
    endQuiz();
    std::optional<khien::Lesson> lesson; // the result points to it for review (the module's first)
    if (const khien::Module *m = recorder.isPractice() ? nullptr : m_catalog.module(recorder.context().moduleId);
        m && !m->lessons.isEmpty())
        lesson = m->lessons.first();
    m_quiz = new QuizController(std::move(recorder), std::move(lesson), language(), this);
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
    if (!m || !course || m_traineeId.isEmpty())
        return false;
    khien::CoreError error;
    auto recorder = khien::AttemptRecorder::startNew(m_store, *m, course->version, m_traineeId,
                                                     language(), khien::newSeed(), &error);
    if (!recorder) {
        qWarning("Khiên: could not start the quiz: %s", qPrintable(error.detail));
        return false;
    }
    launch(std::move(*recorder));
    return true;
}

bool AppController::resumeQuiz(const QString &moduleId)
{
    const khien::Module *m = m_catalog.module(moduleId);
    const khien::Course *course = m_catalog.courseOfModule(moduleId);
    if (!m || !course || m_traineeId.isEmpty())
        return false;
    int dropped = 0;
    auto recorder = khien::AttemptRecorder::resume(m_store, *m, course->version, m_traineeId, &dropped);
    if (!recorder)
        return false;
    if (dropped > 0)
        qWarning("Khiên: %d saved answers no longer match the content and were left out of the resumed attempt",
                 dropped);
    launch(std::move(*recorder));
    return true;
}

bool AppController::startPractice()
{
    if (m_traineeId.isEmpty())
        return false;
    auto recorder = khien::AttemptRecorder::practice(m_store, m_catalog.courses(), m_traineeId, khien::newSeed());
    if (!recorder)
        return false;
    launch(std::move(*recorder));
    return true;
}
