// A live classroom session hosted by the instructor's Khiên: one quiz (a module's), one class,
// participants joining over the room's network (browsers and room PCs), paced by the instructor
// or self-paced. GUI-free: owns the HTTP + WebSocket server (livehttp.h), the participants and
// their attempts (recorded through AttemptRecorder, one transaction per answer, acknowledged only
// after commit), the limits (rate, cap, idle time-out) and the resume state in the database.
// The wire protocol is app/live/protocol.md.
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace khien {

class Store;
struct Course;
struct Module;

enum class LivePacing { Paced, SelfPaced };

struct LiveConfig
{
    QString classId;   // the class participants become trainees of
    QString moduleId;  // a module of the course with a quiz
    LivePacing pacing = LivePacing::Paced;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost); // the LAN address to listen on
    quint16 port = 0;            // 0: the OS picks one
    int maxParticipants = 60;
    int idleTimeoutMs = 10 * 60 * 1000;
    int joinsPerMinutePerAddress = 10; // join/resume attempts; raised only by the benchmark
    bool resume = false;         // continue the session saved in the database (same code, seed)
    QString webRoot = QStringLiteral(":/live/web/"); // the participant page's files
    // The UDP port of the LAN announcement (liveannounce.h: class name and port, never the
    // code), sent every 2 s while running; 0: no announcement.
    quint16 announcePort = 47163;
};

// What the database holds about a live session that was not stopped (the app was killed):
// enough to offer "resume the live session".
struct SavedLiveSession
{
    QString classId;
    QString moduleId;
    LivePacing pacing = LivePacing::Paced;
    QString code;
    QString startedAt; // ISO 8601 UTC
    int current = -1;  // paced: the open question, -1 before the first
    int participants = 0;
};

class LiveSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(QString code READ code NOTIFY runningChanged)
    Q_PROPERTY(QUrl joinUrl READ joinUrl NOTIFY runningChanged)
    Q_PROPERTY(int port READ port NOTIFY runningChanged)
    Q_PROPERTY(bool paced READ isPaced NOTIFY runningChanged)
    Q_PROPERTY(int questionCount READ questionCount NOTIFY runningChanged)
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY questionChanged)
    Q_PROPERTY(bool revealed READ isRevealed NOTIFY questionChanged)
    Q_PROPERTY(int participantCount READ participantCount NOTIFY participantCountChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answeredCountChanged)
    Q_PROPERTY(QVariantMap distribution READ distribution NOTIFY distributionChanged)

public:
    enum class StartError { None, AlreadyRunning, NoClass, NoQuiz, NothingToResume, CannotListen, Storage };
    Q_ENUM(StartError)

    // `store` and `course` must outlive the session.
    LiveSession(Store &store, const Course &course, QObject *parent = nullptr);
    ~LiveSession() override;

    // Starts listening; None on success (then code(), port(), joinUrl() are set).
    StartError start(const LiveConfig &config);

    // The session saved in `store` that was never stopped, if any.
    [[nodiscard]] static std::optional<SavedLiveSession> saved(Store &store);
    // Forgets a saved session (the instructor declined to resume). False when the write failed.
    [[nodiscard]] static bool discardSaved(Store &store);

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString code() const;
    [[nodiscard]] int port() const;
    [[nodiscard]] QUrl joinUrl() const; // http://ADDR:PORT/#c=CODE
    [[nodiscard]] bool isPaced() const;
    [[nodiscard]] int questionCount() const;
    // Paced: the open question (-1 before the first, questionCount() after the last).
    // Self-paced: -1.
    [[nodiscard]] int currentIndex() const;
    [[nodiscard]] bool isRevealed() const;
    [[nodiscard]] int participantCount() const; // joined (connected or not)
    // Paced: participants who answered the open question. Self-paced: answers stored in all.
    [[nodiscard]] int answeredCount() const;
    // Paced: how many chose each option of the open question, keyed by the view's option ids
    // ("o0", "true", ...; see protocol.md); ordering, matching, typed and scenario questions
    // are keyed "correct", "partial", "wrong". Never names, never times.
    [[nodiscard]] QVariantMap distribution() const;
    // The open question (paced) as participants see it (protocol.md's view `q`), in `lang`,
    // plus "answer" (the revealed `right` object) and "explanation" once revealed; empty when
    // no question is open. ("answer", not "right": a matching view already has a "right" list.)
    [[nodiscard]] Q_INVOKABLE QVariantMap questionView(const QString &lang) const;
    // Self-paced dashboard for the instructor's screen (not the projector): one map per
    // participant {name, answered, correct, finished, connected}, by name.
    [[nodiscard]] Q_INVOKABLE QVariantList progress() const;

public slots:
    // Ends the session: participants get `end`, attempts are finished, the port is closed and
    // the saved state is removed.
    void stop();
    // Paced: opens the next question (or ends the session after the last). False otherwise.
    bool next();
    // Paced: reveals the open question's answer to everyone. False when none is open.
    bool reveal();

signals:
    void runningChanged();
    void questionChanged();
    void participantCountChanged(int count);
    void answeredCountChanged(int answered);
    void distributionChanged(const QVariantMap &counts);
    void progressChanged();
    void stopped();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace khien
