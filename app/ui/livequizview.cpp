// LiveQuizController: the question on screen as the lists and maps the question bodies draw
// (quizview.h), the right answer mapped back onto them (ids the question does not have are
// ignored), and every message in the UI language.
#include "livequizcontroller.h"

using namespace khien::live;

namespace {

bool isTyped(const QString &type)
{
    return type == QLatin1String("shortanswer") || type == QLatin1String("numeric");
}

} // namespace

QString LiveQuizController::itemText(const LiveItem &item) const
{
    if (m_question && m_question->type == QLatin1String("truefalse") && item.text.isEmpty())
        return item.id == QLatin1String("true") ? tr("True") : tr("False");
    return item.text;
}

QVariantList LiveQuizController::options() const
{
    if (!m_question || m_question->type == QLatin1String("matching"))
        return {};
    const QStringList right = m_feedback ? m_feedback->right.ids : QStringList();
    const QStringList order = m_feedback ? m_feedback->right.order : QStringList();
    QVariantList list;
    for (const LiveItem &item : m_question->items)
        list.append(QVariantMap{{QStringLiteral("optionId"), item.id},
                                {QStringLiteral("text"), itemText(item)},
                                {QStringLiteral("role"), item.role},
                                {QStringLiteral("explanation"), QString()},
                                {QStringLiteral("correct"), right.contains(item.id)},
                                {QStringLiteral("chosen"), m_sent.contains(item.id)},
                                {QStringLiteral("correctPosition"), int(order.indexOf(item.id)) + 1}});
    if (m_question->type == QLatin1String("ordering") && m_answered && m_sent.size() == list.size()) {
        QVariantList given; // in the order the trainee gave
        for (const QString &id : m_sent)
            for (const QVariant &v : std::as_const(list))
                if (v.toMap().value(QStringLiteral("optionId")) == id)
                    given.append(v);
        if (given.size() == list.size())
            return given;
    }
    return list;
}

QVariantList LiveQuizController::matchLeft() const
{
    if (!m_question || m_question->type != QLatin1String("matching"))
        return {};
    QVariantList list;
    for (int i = 0; i < m_question->items.size(); ++i) {
        const LiveItem &left = m_question->items.at(i);
        QString correctText;
        if (m_feedback) {
            const QString rightId = m_feedback->right.pairs.value(left.id);
            for (const LiveItem &r : m_question->rightItems)
                if (r.id == rightId)
                    correctText = r.text;
        }
        list.append(QVariantMap{{QStringLiteral("optionId"), left.id},
                                {QStringLiteral("text"), left.text},
                                {QStringLiteral("chosen"), m_sent.value(i)},
                                {QStringLiteral("correctText"), correctText},
                                {QStringLiteral("explanation"), QString()}});
    }
    return list;
}

QVariantList LiveQuizController::matchRight() const
{
    QVariantList list;
    if (m_question && m_question->type == QLatin1String("matching"))
        for (const LiveItem &r : m_question->rightItems)
            list.append(QVariantMap{{QStringLiteral("optionId"), r.id}, {QStringLiteral("text"), r.text}});
    return list;
}

QVariantList LiveQuizController::stepChoices() const
{
    QVariantList list;
    if (m_question && !m_answered)
        for (const LiveItem &c : m_question->choices)
            list.append(QVariantMap{{QStringLiteral("choiceId"), c.id}, {QStringLiteral("text"), c.text}});
    return list;
}

QVariantMap LiveQuizController::ending() const
{
    if (!m_feedback || m_feedback->right.outcome.isEmpty())
        return {};
    return {{QStringLiteral("outcome"), m_feedback->right.outcome},
            {QStringLiteral("text"), m_feedback->explanation},
            {QStringLiteral("summary"), QString()}};
}

QString LiveQuizController::typedAnswer() const
{
    return m_question && isTyped(m_question->type) ? m_sent.value(0) : QString();
}

QStringList LiveQuizController::acceptedAnswers() const
{
    if (!m_feedback || m_feedback->right.text.isEmpty())
        return {};
    return {m_feedback->right.text};
}

QString LiveQuizController::typedExplanation() const
{
    return m_feedback && m_question && isTyped(m_question->type) ? m_feedback->explanation : QString();
}

QString LiveQuizController::explanation() const
{
    if (!m_feedback || !m_question || isTyped(m_question->type) || !ending().isEmpty())
        return {}; // typed answers and scenario endings show theirs in the body
    return m_feedback->explanation;
}

// Paced reveals say what is right, not whether this trainee was: worked out here where the
// answer can be compared exactly; nullopt where it cannot (typed, scenario) or nothing was sent.
std::optional<bool> LiveQuizController::revealVerdict() const
{
    if (!m_feedback || !m_question || m_sent.isEmpty())
        return std::nullopt;
    const LiveRight &r = m_feedback->right;
    const QString &type = m_question->type;
    if (type == QLatin1String("ordering"))
        return m_sent == r.order;
    if (type == QLatin1String("matching")) {
        for (int i = 0; i < m_question->items.size(); ++i)
            if (r.pairs.value(m_question->items.at(i).id) != m_sent.value(i))
                return false;
        return true;
    }
    if (isTyped(type) || type == QLatin1String("scenario"))
        return std::nullopt;
    QStringList sent = m_sent, right = r.ids;
    sent.sort();
    right.sort();
    return sent == right;
}

bool LiveQuizController::lastCorrect() const
{
    if (!m_feedback)
        return false;
    return m_revealed ? revealVerdict().value_or(false) : m_feedback->correct;
}

QString LiveQuizController::feedbackText() const
{
    if (!m_feedback || !ending().isEmpty()) // a scenario's ending speaks for itself
        return {};
    if (m_revealed) {
        if (m_sent.isEmpty() && m_sentChoiceText.isEmpty() && m_trail.isEmpty())
            return tr("The instructor showed the answer. You did not answer this question.");
        if (m_question && m_question->type == QLatin1String("scenario"))
            return tr("The instructor closed this scenario.");
        const auto verdict = revealVerdict();
        if (!verdict)
            return tr("The instructor showed the answer. Compare it with yours.");
        return *verdict ? tr("Right!") : tr("Not right this time. The right answer is marked.");
    }
    return m_feedback->correct ? tr("Right!") : tr("Not right this time. The right answer is marked.");
}

QString LiveQuizController::errorMessage() const
{
    switch (m_error) {
    case LiveError::None:
        return {};
    case LiveError::Storage:
        return tr("The instructor's computer could not save your answer. Send it again.");
    case LiveError::Answered:
        return tr("This question was already answered.");
    case LiveError::NotOpen:
        return tr("This question is closed: the instructor has moved on.");
    case LiveError::Rate:
        return tr("Too many messages at once. Wait a moment, then send your answer again.");
    case LiveError::Schema:
        return tr("The instructor's computer did not accept this answer. Try again.");
    case LiveError::Closed:
        return tr("The instructor has ended this session.");
    case LiveError::Token:
        return tr("The session no longer knows this computer. Leave and join again with the code.");
    default:
        return tr("The connection to the instructor's computer was lost. Leave and join again.");
    }
}

QString LiveQuizController::joinError() const
{
    if (m_badAddress)
        return tr("Address: type the address shown on the projector, such as 192.168.1.10:41234.");
    if (m_badCode)
        return tr("Code: type the 6-digit code shown on the projector.");
    if (m_client.state() != LiveClient::State::Failed || m_joined)
        return {};
    switch (m_client.error()) {
    case LiveError::WrongCode:
        return tr("Code: this is not the session's code. Check the 6 digits on the projector.");
    case LiveError::Full:
        return tr("The session is full. Ask the instructor.");
    case LiveError::NameTaken:
        return tr("Someone has already joined this session with your name. If that was you on another computer, ask the instructor.");
    case LiveError::Rate:
        return tr("Too many tries from this computer. Wait a minute, then try again.");
    case LiveError::Closed:
        return tr("This session has ended.");
    case LiveError::Unreachable:
        //: %1 is the address typed, e.g. 192.168.1.10:41234
        return tr("Address: no live session answered at %1. Check the address on the projector and that this computer is on the room's network.")
            .arg(m_address);
    default:
        return tr("The instructor's computer refused to join. Try again.");
    }
}
