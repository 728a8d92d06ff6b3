// Instructor mode as QML sees it (`App.instructor`): the passphrase lock, classes with their
// trainees and dated sessions, the class dashboard, item analysis, exports and results
// bundles. Nothing here is reachable until unlock() succeeds; lock() shuts it again.
// instructorcontroller.cpp: lock, classes, members, sessions; instructorreports.cpp:
// dashboard, item analysis, a trainee's attempts, exports; instructorbundles.cpp: results
// bundles.
#pragma once

#include "backgroundtask.h"
#include "classmodels.h"
#include "course.h"
#include "dashboardcolumnmodel.h"
#include "dashboardmodel.h"
#include "historymodel.h"
#include "itemanalysismodel.h"
#include "modulechoicemodel.h"
#include "passphrase.h"
#include "store.h"
#include "traineelistmodel.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace khien { struct ExportRequest; }

class InstructorController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.instructor")
    Q_PROPERTY(bool passphraseSet READ passphraseSet NOTIFY lockChanged)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY lockChanged)
    Q_PROPERTY(int minimumPassphraseLength READ minimumPassphraseLength CONSTANT)
    // The passphrase checks, exports and bundle imports, run off the GUI thread: busy,
    // progress, and finished(OperationResult) naming the operation.
    Q_PROPERTY(BackgroundTask *task READ task CONSTANT)
    // Seconds before the next passphrase try is allowed after too many wrong ones; 0 when a
    // try is allowed. Changes every second while it runs.
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY waitChanged)
    Q_PROPERTY(ClassListModel *classes READ classes CONSTANT)
    Q_PROPERTY(QString classId READ classId NOTIFY classChanged)
    Q_PROPERTY(QString className READ className NOTIFY classChanged)
    Q_PROPERTY(QString classKey READ classKey NOTIFY classChanged)
    Q_PROPERTY(TraineeListModel *members READ members CONSTANT)
    Q_PROPERTY(SessionListModel *sessions READ sessions CONSTANT)
    // The dashboard's chooser: "All modules", then the class's sessions.
    Q_PROPERTY(SessionListModel *dashboardSessions READ dashboardSessions CONSTANT)
    Q_PROPERTY(DashboardModel *dashboard READ dashboard CONSTANT)
    // The dashboard's module columns, each with how much of the class passed it.
    Q_PROPERTY(DashboardColumnModel *dashboardModules READ dashboardModules CONSTANT)
    // True while a large class's members, dashboard and item analysis are read off the GUI
    // thread.
    Q_PROPERTY(bool classLoading READ classLoading NOTIFY dashboardChanged)
    // Empty: every module; else only the session's modules.
    Q_PROPERTY(QString dashboardSessionId READ dashboardSessionId WRITE setDashboardSessionId NOTIFY dashboardChanged)
    // Item analysis of the module itemAnalysisModuleId over the class, read with the dashboard.
    Q_PROPERTY(ItemAnalysisModel *itemAnalysis READ itemAnalysis CONSTANT)
    Q_PROPERTY(QString itemAnalysisModuleId READ itemAnalysisModuleId WRITE setItemAnalysisModuleId NOTIFY dashboardChanged)
    // Every loaded module, in course order, titles in the UI language.
    Q_PROPERTY(ModuleChoiceModel *availableModules READ availableModules CONSTANT)
    Q_PROPERTY(HistoryModel *traineeHistory READ traineeHistory CONSTANT)
    // Content whose review-by date is past or within kReviewNoticeDays, earliest first, one
    // plain-text line each (at most kReviewNoticeLines, then a count of the rest).
    Q_PROPERTY(QStringList contentDueForReview READ contentDueForReview NOTIFY reviewChanged)

public:
    InstructorController(khien::Store &store, const khien::CourseCatalog &catalog,
                         std::function<QString()> language, QObject *parent = nullptr);

    bool passphraseSet() const;
    bool unlocked() const { return m_unlocked; }
    int minimumPassphraseLength() const { return khien::minimumPassphraseLength; }
    int waitSeconds() const;
    // Reads the wait again (e.g. when the gate opens) and starts the countdown if one runs.
    Q_INVOKABLE void refreshWait();
    // The clock waits are measured with (UTC); tests set a fake one.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    BackgroundTask *task() { return &m_task; }
    ClassListModel *classes() { return &m_classes; }
    QString classId() const { return m_class.id; }
    QString className() const { return m_class.name; }
    QString classKey() const { return m_unlocked ? m_class.bundleKey : QString(); }
    TraineeListModel *members() { return &m_members; }
    SessionListModel *sessions() { return &m_sessions; }
    SessionListModel *dashboardSessions() { return &m_dashboardSessions; }
    DashboardModel *dashboard() { return &m_dashboard; }
    DashboardColumnModel *dashboardModules() { return &m_dashboardColumns; }
    QString dashboardSessionId() const { return m_dashboardSessionId; }
    bool classLoading() const { return m_classLoading; }
    // From this many members on, the member list and the dashboard are read off the GUI
    // thread (a class of 1,000 takes about 0.1 s; 200 stay within a frame budget of a few
    // tens of ms).
    static constexpr int kBackgroundDashboardMembers = 200;
    void setDashboardSessionId(const QString &sessionId);
    ItemAnalysisModel *itemAnalysis() { return &m_itemAnalysis; }
    QString itemAnalysisModuleId() const { return m_itemAnalysisModuleId; }
    void setItemAnalysisModuleId(const QString &moduleId);
    HistoryModel *traineeHistory() { return &m_traineeHistory; }
    QStringList contentDueForReview() const;
    // The lines of contentDueForReview for `courses` as of `today`, in `lang`.
    static QStringList reviewNotice(const QVector<khien::Course> &courses, const QDate &today, const QString &lang);
    static constexpr int kReviewNoticeDays = 60;
    static constexpr int kReviewNoticeLines = 8;

    // instructorunlock.cpp. Each answers through task.finished (operation "setPassphrase",
    // "unlock", "changePassphrase"); false, and nothing done, while the task is busy.
    Q_INVOKABLE bool setPassphrase(const QString &passphrase, const QString &repeated);
    Q_INVOKABLE bool unlock(const QString &passphrase);
    Q_INVOKABLE bool changePassphrase(const QString &old, const QString &fresh,
                                      const QString &repeated);
    Q_INVOKABLE void lock();
    // The UI language changed: module titles and dates are shown again in the new one.
    void refreshLanguage();

    Q_INVOKABLE QString createClass(const QString &name);
    Q_INVOKABLE bool deleteClass(const QString &classId);
    Q_INVOKABLE void openClass(const QString &classId);
    // Names typed one per line, or read from a CSV/text file.
    Q_INVOKABLE OperationResult addTrainees(const QString &namesOnePerLine);
    Q_INVOKABLE OperationResult importTraineeNames(const QUrl &file);
    Q_INVOKABLE bool removeMember(const QString &traineeId);
    ModuleChoiceModel *availableModules() { return &m_availableModules; }
    // The course was loaded again (an import): the modules to choose from are read again.
    void refreshContent();
    // `date` as yyyy-MM-dd.
    Q_INVOKABLE QString createSession(const QString &title, const QString &date,
                                      const QStringList &moduleIds);
    Q_INVOKABLE bool deleteSession(const QString &sessionId);

    // Fills traineeHistory with the trainee's attempts; returns the trainee's name.
    Q_INVOKABLE QString showTrainee(const QString &traineeId);
    // format: "csv", "answers-csv", "xapi", "pdf". The class (and dashboard session) as
    // shown, written off the GUI thread: task.finished (operation "exportClass") says what
    // was written, or why not. False, and nothing done, while the task is busy.
    Q_INVOKABLE bool exportClass(const QString &format, const QUrl &file, const QString &separator);
    // Why there is nothing to save yet (no class open, no trainees, nobody has answered),
    // asked before a file name is: empty when the export can be made.
    Q_INVOKABLE QString exportProblem(const QString &format) const;
    Q_INVOKABLE QString certificateProblem(const QString &traineeId) const;
    Q_INVOKABLE QString bundleProblem() const;
    // Operation "exportCertificate", like exportClass.
    Q_INVOKABLE bool exportCertificate(const QString &traineeId, const QUrl &file,
                                       const QString &issuer);

    // instructorbundles.cpp, both off the GUI thread. Every trainee's results on this PC,
    // signed with `classKey` as typed (operation "exportBundle").
    Q_INVOKABLE bool exportBundle(const QUrl &file, const QString &classKey);
    // Each file merged into the open class, all or nothing per file (operation
    // "importBundles", progress per file): ok when every file was taken; one line per file
    // either way.
    Q_INVOKABLE bool importBundles(const QList<QUrl> &files);

signals:
    void lockChanged();
    void waitChanged();
    void classChanged();
    void dashboardChanged();
    void reviewChanged();

private:
    void reloadClasses();
    void reloadClass();
    // What a refresh reads again: all of the class, or only its item analysis (another module
    // chosen on the Questions tab: the members and the dashboard shown stay).
    enum class ClassRead { All, ItemsOnly };
    void refreshDashboard(ClassRead what = ClassRead::All);
    // A class's members, dashboard and item analysis, as read on one thread.
    struct ClassData
    {
        QVector<khien::Trainee> members;
        PreparedDashboard dashboard;
        QVector<khien::report::ReportItemRow> items;
    };
    // ItemsOnly: `members` are the class's as shown, and no dashboard is read.
    static ClassData readClass(const khien::Store &store, const khien::CourseCatalog &catalog,
                               const khien::DashboardScope &scope, const QString &itemModuleId,
                               const QString &lang, ClassRead what, QVector<khien::Trainee> members);
    // Shows what was read, here or on a worker.
    void showClassData(ClassData data, ClassRead what);
    // The dashboard's columns from the dashboard shown, titles in the UI language.
    void retitleColumns();
    OperationResult addNames(const QStringList &names, const QStringList &problems);
    // Runs the export service on the task, on a Store of its own.
    bool runExport(const QString &operation, const khien::ExportRequest &request);

    khien::Store &m_store;
    const khien::CourseCatalog &m_catalog;
    std::function<QString()> m_language;
    khien::InstructorLock m_lock;
    BackgroundTask m_task;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
    QTimer m_waitTimer; // ticks every second while waitSeconds() > 0
    bool m_unlocked = false;
    khien::ClassRecord m_class;
    QString m_dashboardSessionId;
    int m_dashboardGeneration = 0; // the latest dashboard asked for; older results are dropped
    bool m_classLoading = false;
    ClassListModel m_classes;
    TraineeListModel m_members;
    SessionListModel m_sessions;
    SessionListModel m_dashboardSessions{SessionListModel::FirstRow::AllModules};
    DashboardModel m_dashboard;
    DashboardColumnModel m_dashboardColumns;
    QString m_itemAnalysisModuleId;
    ItemAnalysisModel m_itemAnalysis;
    ModuleChoiceModel m_availableModules;
    HistoryModel m_traineeHistory;
};
