// A live session's quiz on a room PC, as the quiz page sees it: joins with the signed-in
// trainee's name and the UI language, shows each question the instructor's computer sends,
// sends the answers there (nothing is written to this computer's database), and shows
// feedback only when the server gives it (self-paced) or the instructor reveals (paced).
// Every id from the server is checked against the question on screen: unknown ids are ignored.
#pragma once

#include "liveclient.h"
#include "quizview.h"

#include <QtQml/qqmlregistration.h>

#include <optional>

class LiveQuizController : public QuizView
{
    Q_OBJECT
    QML_ELEMENT
    // Joining (LiveJoinPage): under way, done (a question, the waiting screen or the end
    // follow), or refused with a message in the UI language.
    Q_PROPERTY(bool connecting READ connecting NOTIFY changed)
    Q_PROPERTY(bool joined READ joined NOTIFY changed)
    Q_PROPERTY(QString joinError READ joinError NOTIFY changed)
    // "vi" or "en": set from the UI language; a change mid-quiz is sent to the server.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)
    // At the end: "score of max", in the UI language's number format.
    Q_PROPERTY(QString scoreText READ scoreText NOTIFY changed)
    Q_PROPERTY(double score READ score NOTIFY changed)
    Q_PROPERTY(double maxScore READ maxScore NOTIFY changed)

public:
    explicit LiveQuizController(QObject *parent = nullptr);

    // Joins the session at `address` (typed or a join URL) with `code` (six digits, spaces
    // allowed; a join URL's own code when empty) as `name`. False, with joinError, when the
    // address or the code is not one.
    Q_INVOKABLE bool join(const QString &address, const QString &code, const QString &name);
    // Leaves the session (the answers already sent stay on the instructor's computer).
    Q_INVOKABLE void leave();

    bool connecting() const { return m_client.state() == khien::live::LiveClient::State::Connecting; }
    bool joined() const { return m_joined; }
    QString joinError() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString scoreText() const;
    double score() const { return m_score; }
    double maxScore() const { return m_max; }
    khien::live::LiveClient &client() { return m_client; }

    bool live() const override { return true; }
    QString title() const override;
    int questionIndex() const override { return m_question ? m_question->n : -1; }
    int questionCount() const override { return m_question ? m_question->total : 0; }
    QString questionType() const override { return m_question ? m_question->type : QString(); }
    QString prompt() const override { return m_question ? m_question->prompt : QString(); }
    QVariantList options() const override;
    QString mockKind() const override { return m_question ? m_question->mock : QString(); }
    QString promptAfter() const override { return m_question ? m_question->promptAfter : QString(); }
    QString typedAnswer() const override;
    QStringList acceptedAnswers() const override;
    QString typedExplanation() const override;
    QVariantList matchLeft() const override;
    QVariantList matchRight() const override;
    QString stepText() const override { return m_question ? m_question->stepText : QString(); }
    QVariantList stepChoices() const override;
    QString lastConsequence() const override { return m_question ? m_question->consequence : QString(); }
    QVariantMap ending() const override;
    QVariantList scenarioPath() const override { return m_trail; }
    bool answered() const override { return m_answered; }
    bool showFeedback() const override { return m_feedback.has_value(); }
    bool lastCorrect() const override;
    double lastPoints() const override { return lastCorrect() ? 1 : 0; }
    bool finished() const override { return m_finished; }
    QString errorMessage() const override;
    bool waiting() const override { return m_waiting; }
    bool sending() const override { return m_sending; }
    bool reconnecting() const override;
    QString feedbackText() const override;
    QString explanation() const override;

    Q_INVOKABLE bool submit(const QStringList &chosen) override;
    Q_INVOKABLE bool choose(const QString &choiceId) override;
    Q_INVOKABLE void next() override;

private:
    struct Held // self-paced: what came after the feedback, shown on "Next question"
    {
        std::optional<khien::live::LiveQuestion> question;
        bool end = false;
    };

    void onQuestion(const khien::live::LiveQuestion &q);
    void show(const khien::live::LiveQuestion &q);
    void onWaiting();
    void onAck(int n);
    void onFeedback(const khien::live::LiveServerMessage &m, bool reveal);
    void onEnded(double score, double max);
    void onRefused(khien::live::LiveError error);
    void finish();
    bool holding() const { return m_feedback && !m_client.paced(); }
    bool send(const QJsonObject &answer);
    [[nodiscard]] std::optional<bool> revealVerdict() const;
    QString itemText(const khien::live::LiveItem &item) const;

    khien::live::LiveClient m_client;
    QString m_language = QStringLiteral("en");
    QString m_address;
    std::optional<khien::live::LiveQuestion> m_question;
    QStringList m_sent;        // the answer sent (view ids, or the typed text), for `chosen`
    QString m_sentChoiceText;  // scenario: the choice waiting for its ack
    QVariantList m_trail;      // scenario: the choices taken so far
    std::optional<khien::live::LiveServerMessage> m_feedback;
    bool m_revealed = false;   // m_feedback is a reveal
    std::optional<Held> m_held;
    bool m_nextAsked = false;  // "Next question" pressed before the next one came
    bool m_joined = false;
    bool m_waiting = false;
    bool m_sending = false;
    bool m_answered = false;
    bool m_finished = false;
    double m_score = 0;
    double m_max = 0;
    khien::live::LiveError m_error = khien::live::LiveError::None; // a refusal to show
    bool m_badAddress = false;
    bool m_badCode = false;
};
