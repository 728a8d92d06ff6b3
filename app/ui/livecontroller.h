// The instructor's live classroom session as QML sees it (`App.live`): start one for a class
// and a module's quiz on a chosen local address, paced or self-paced; the join URL, code and
// QR for the projector; how many have joined and answered; the open question's answer counts
// per option (never names, never times); reveal, next, stop; and, after the app was killed,
// the offer to resume the session. The server itself is khien::live::LiveSession (app/live).
#pragma once

#include "course.h"
#include "livemodels.h"

#include <QHash>
#include <QObject>
#include <QVariantMap>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <optional>

namespace khien { class CourseCatalog; class LiveSession; class Store; }

class LiveController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.live")
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(bool paced READ paced NOTIFY runningChanged)
    Q_PROPERTY(QString className READ className NOTIFY runningChanged)
    Q_PROPERTY(QString moduleTitle READ moduleTitle NOTIFY runningChanged)
    Q_PROPERTY(QString joinUrl READ joinUrl NOTIFY runningChanged)
    Q_PROPERTY(QString address READ address NOTIFY runningChanged)
    Q_PROPERTY(int port READ port NOTIFY runningChanged)
    Q_PROPERTY(QString code READ code NOTIFY runningChanged)
    Q_PROPERTY(int participants READ participants NOTIFY countsChanged)
    // Paced: who has answered the open question; self-paced: answers recorded in all.
    Q_PROPERTY(int answered READ answered NOTIFY countsChanged)
    // Paced: the open question, 1-based; 0 before the first is opened.
    Q_PROPERTY(int questionNumber READ questionNumber NOTIFY questionChanged)
    Q_PROPERTY(int questionCount READ questionCount NOTIFY runningChanged)
    Q_PROPERTY(QString questionText READ questionText NOTIFY questionChanged)
    Q_PROPERTY(QString questionType READ questionType NOTIFY questionChanged)
    Q_PROPERTY(bool revealed READ revealed NOTIFY questionChanged)
    Q_PROPERTY(QString explanation READ explanation NOTIFY questionChanged)
    // Once revealed, for types without options to mark: the right order, pairs or answer.
    Q_PROPERTY(QString rightAnswer READ rightAnswer NOTIFY questionChanged)
    // Types whose answers are not options (ordering, matching, typed answers): the counts are
    // right / not right instead of one bar per option.
    Q_PROPERTY(bool countsRightOnly READ countsRightOnly NOTIFY questionChanged)
    Q_PROPERTY(bool finished READ finished NOTIFY questionChanged)
    Q_PROPERTY(LiveOptionModel *options READ options CONSTANT)
    Q_PROPERTY(LiveProgressModel *progress READ progress CONSTANT)
    // The PC's non-loopback IPv4 addresses, to listen on one of them.
    Q_PROPERTY(QStringList addresses READ addresses NOTIFY addressesChanged)
    // A session the app was running when it was killed, which can be resumed.
    Q_PROPERTY(bool resumable READ resumable NOTIFY resumableChanged)
    Q_PROPERTY(QString resumeDescription READ resumeDescription NOTIFY resumableChanged)
    // The last problem, in the UI language; empty when none.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    // `allowed`: whether instructor mode is unlocked (nothing starts otherwise).
    LiveController(khien::Store &store, const khien::CourseCatalog &catalog,
                   std::function<QString()> language, std::function<bool()> allowed,
                   QObject *parent = nullptr);
    ~LiveController() override;

    bool running() const;
    bool paced() const;
    QString className() const { return m_className; }
    QString moduleTitle() const { return m_moduleTitle; }
    QString joinUrl() const;
    QString address() const { return m_address; }
    int port() const;
    QString code() const;
    int participants() const;
    int answered() const;
    int questionNumber() const;
    int questionCount() const;
    QString questionText() const { return m_questionText; }
    QString questionType() const { return m_questionType; }
    bool revealed() const { return m_revealed; }
    QString explanation() const { return m_explanation; }
    QString rightAnswer() const { return m_rightAnswer; }
    bool countsRightOnly() const { return m_countsRightOnly; }
    bool finished() const;
    LiveOptionModel *options() { return &m_options; }
    LiveProgressModel *progress() { return &m_progress; }
    QStringList addresses() const { return m_addresses; }
    bool resumable() const { return !m_resumeDescription.isEmpty(); }
    QString resumeDescription() const { return m_resumeDescription; }
    QString error() const { return m_error; }

    // The IPv4 addresses of the PC's interfaces that are up, loopback left out.
    static QStringList localAddresses();

    Q_INVOKABLE void refreshAddresses();
    // Returns the error in the UI language (also in `error`), empty once listening.
    Q_INVOKABLE QString start(const QString &classId, const QString &moduleId, bool paced, const QString &address);
    Q_INVOKABLE void stop();
    Q_INVOKABLE void next();
    Q_INVOKABLE void reveal();
    // The session saved when the app was killed, on `address` (its old port when it is free).
    Q_INVOKABLE QString resume(const QString &address);
    Q_INVOKABLE void discardResume();
    // Reads the saved session again (a database was opened, instructor mode unlocked).
    void refreshResumable();
    // The UI language changed: the open question is shown again in it.
    void refreshLanguage();

signals:
    void runningChanged();
    void countsChanged();
    void questionChanged();
    void addressesChanged();
    void resumableChanged();
    void errorChanged();

private:
    QString launch(const QString &classId, const QString &moduleId, bool paced, const QString &address,
                   bool resume);
    void readQuestion();
    void readCounts();
    void readProgress();
    void sessionEnded();
    QString setError(const QString &error);

    khien::Store &m_store;
    const khien::CourseCatalog &m_catalog;
    std::function<QString()> m_language;
    std::function<bool()> m_allowed;
    // A copy: a content reload while the session runs must not pull the course from under it.
    std::optional<khien::Course> m_course;
    std::unique_ptr<khien::LiveSession> m_session;
    QVariantMap m_view; // the open question's view, with "answer" once revealed
    QString m_className;
    QString m_moduleId;
    QString m_moduleTitle;
    QString m_address;
    QString m_questionText;
    QString m_questionType;
    bool m_revealed = false;
    QString m_explanation;
    QString m_rightAnswer;
    bool m_countsRightOnly = false;
    LiveOptionModel m_options;
    LiveProgressModel m_progress;
    QStringList m_addresses;
    QString m_resumeDescription;
    QString m_error;
};
