#include "quizcontroller.h"

#include "displayformat.h"
#include "errortext.h"
#include "typedanswer.h"

QuizController::QuizController(khien::AttemptRecorder recorder, std::optional<khien::Lesson> reviewLesson,
                               QString language, QObject *parent)
    : QuizView(parent),
      m_recorder(std::move(recorder)),
      m_session(m_recorder.session()),
      m_reviewLesson(std::move(reviewLesson)),
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
            if (remainingSeconds() == 0 && !finished())
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
    return khien::formatNumber(points, m_language);
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

khien::AttemptRecorder::Shown QuizController::shown() const
{
    return {m_shownFor.elapsed(), m_language, QDateTime::currentDateTimeUtc()};
}

bool QuizController::settle(const khien::CoreError &error, bool scenario)
{
    switch (error.code) {
    case khien::ErrorCode::None:
        m_error.clear();
        emit changed();
        return true;
    case khien::ErrorCode::NotAnswerable:
        return false;
    case khien::ErrorCode::InvalidAnswer: {
        const khien::QuestionType type = m_session.currentQuestion().type;
        m_error = type == khien::QuestionType::Multiple ? tr("Choose at least one answer.")
                : type == khien::QuestionType::Matching ? tr("Give every item a partner.")
                                                        : tr("Choose an answer.");
        break;
    }
    default:
        m_error = scenario
                //: %1 says why, e.g. "The disk is full."
                ? tr("Your decision could not be saved, so it was not taken. %1 Then choose again.")
                          .arg(ErrorText::describe(error))
                //: %1 says why, e.g. "The disk is full."
                : tr("Your answer could not be saved, so it was not counted. %1 Then answer again.")
                          .arg(ErrorText::describe(error));
        qWarning("Khiên: a quiz step was not saved: %s", qPrintable(error.detail));
        break;
    }
    emit changed();
    return false;
}

std::optional<QStringList> QuizController::acceptTyped(const khien::Question &q, const QStringList &chosen)
{
    const std::optional<QString> typed = chosen.size() == 1 ? khien::cleanTypedAnswer(chosen.first()) : std::nullopt;
    if (!typed)
        m_error = tr("The answer is too long: at most %1 characters.").arg(khien::maxTypedAnswerLength);
    else if (typed->trimmed().isEmpty())
        m_error = q.type == khien::QuestionType::Numeric ? tr("Type a number.") : tr("Type an answer.");
    else if (q.type == khien::QuestionType::Numeric && !khien::parseDecimal(*typed, /*allowComma=*/true))
        m_error = tr("Type a number, such as 156 or 2,5 (digits, one comma or point, a minus sign if needed).");
    else
        return QStringList{*typed};
    emit changed();
    return std::nullopt;
}

bool QuizController::submit(const QStringList &given)
{
    QStringList chosen = given;
    if (!finished() && !m_session.isCurrentAnswered() && khien::isTypedAnswer(m_session.currentQuestion().type)) {
        const std::optional<QStringList> typed = acceptTyped(m_session.currentQuestion(), given);
        if (!typed)
            return false;
        chosen = *typed;
    }
    return settle(m_recorder.submit(chosen, shown()), false);
}

bool QuizController::choose(const QString &choiceId)
{
    return settle(m_recorder.choose(choiceId, shown()), true);
}

void QuizController::next()
{
    if (!m_session.isCurrentAnswered() || finished())
        return;
    if (m_recorder.next()) {
        m_shownFor.restart();
        emit changed();
        return;
    }
    finishAttempt();
}

void QuizController::finishAttempt()
{
    m_tick.stop();
    if (const khien::CoreError error = m_recorder.finish(); error.isError()) {
        //: %1 says why, e.g. "The disk is full."
        m_error = tr("Your answers are saved, but the final result could not be. %1")
                          .arg(ErrorText::describe(error));
        qWarning("Khiên: the attempt's result was not saved: %s", qPrintable(error.detail));
    }
    m_result->setSummary(khien::summarizeResult(m_session, m_reviewLesson ? &*m_reviewLesson : nullptr));
    emit changed();
    emit attemptFinished();
}
