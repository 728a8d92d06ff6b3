// The application as QML sees it (the `App` singleton): the database, the course catalog,
// the signed-in trainee, the language, and the models and quiz the pages show.
#pragma once

#include "assignmentlistmodel.h"
#include "bankimportresult.h"
#include "coursecatalog.h"
#include "databasecare.h"
#include "displaysettings.h"
#include "glossarymodel.h"
#include "historymodel.h"
#include "instructorcontroller.h"
#include "lessoncontent.h"
#include "livecontroller.h"
#include "moduledetail.h"
#include "modulelistmodel.h"
#include "projectordeckmodel.h"
#include "quizcontroller.h"
#include "reviewmodel.h"
#include "store.h"
#include "traineelistmodel.h"
#include "uilanguage.h"
#include "unfinishedattempt.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

class AppController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString storageProblem READ storageProblem NOTIFY storageProblemChanged)
    Q_PROPERTY(QString databasePath READ databasePath NOTIFY storageChanged)
    Q_PROPERTY(QStringList contentProblems READ contentProblems NOTIFY contentChanged)
    Q_PROPERTY(QString traineeId READ traineeId NOTIFY traineeChanged)
    Q_PROPERTY(QString traineeName READ traineeName NOTIFY traineeChanged)
    Q_PROPERTY(TraineeListModel *trainees READ trainees CONSTANT)
    Q_PROPERTY(ModuleListModel *modules READ modules CONSTANT)
    Q_PROPERTY(HistoryModel *history READ history CONSTANT)
    Q_PROPERTY(GlossaryModel *glossary READ glossary CONSTANT)
    Q_PROPERTY(QuizController *quiz READ quiz NOTIFY quizChanged)
    Q_PROPERTY(InstructorController *instructor READ instructor CONSTANT)
    Q_PROPERTY(LiveController *live READ live CONSTANT)
    Q_PROPERTY(DatabaseCare *database READ database CONSTANT)
    Q_PROPERTY(DisplaySettings *display READ display CONSTANT)
    Q_PROPERTY(int dueMistakeCount READ dueMistakeCount NOTIFY progressChanged)
    // Reloaded on every change of trainee, progress or language (setLanguage refreshes the
    // trainee's data), so dates and titles follow the language.
    Q_PROPERTY(AssignmentListModel *assignments READ assignments CONSTANT)
    // Which finished attempt is the recorded grade: "best" (default), "first" or "last".
    Q_PROPERTY(QString gradePolicy READ gradePolicy WRITE setGradePolicy NOTIFY progressChanged)

public:
    // Now: the course is read before the constructor returns (tests, tools). InBackground:
    // it is read on another thread while the window loads; call finishContentLoad() before
    // anything but the sign-in page can need it (main() does, before the event loop runs).
    enum class ContentLoading { Now, InBackground };
    AppController(const QString &databasePath, const QStringList &packDirs,
                  ContentLoading loading = ContentLoading::Now, QObject *parent = nullptr);
    ~AppController() override;

    // The instance QML gets as `App`; set before the engine loads anything.
    static void setInstance(AppController *instance);
    static AppController *create(QQmlEngine *engine, QJSEngine *);
    // The instance set with setInstance (models QML creates read through it), or null.
    static AppController *instance();
    void finishContentLoad();

    QString language() const { return m_language.code(); }
    void setLanguage(const QString &lang);
    QString version() const;
    QString storageProblem() const { return describe(m_openError); }
    QString databasePath() const { return m_store.path().isEmpty() ? m_requestedPath : m_store.path(); }
    QStringList contentProblems() const;
    QString traineeId() const { return m_traineeId; }
    QString traineeName() const { return m_traineeName; }
    TraineeListModel *trainees() { return &m_trainees; }
    ModuleListModel *modules() { return &m_modules; }
    HistoryModel *history() { return &m_history; }
    GlossaryModel *glossary() { return &m_glossary; }
    QuizController *quiz() const { return m_quiz; }
    InstructorController *instructor() { return &m_instructor; }
    LiveController *live() { return &m_live; }
    DatabaseCare *database() { return &m_database; }
    DisplaySettings *display() { return &m_display; }
    int dueMistakeCount() const;
    QString gradePolicy() const;
    void setGradePolicy(const QString &policy);

    // Returns an error message in the UI language, or an empty string on success.
    Q_INVOKABLE QString createTrainee(const QString &name, const QString &group);
    Q_INVOKABLE void selectTrainee(const QString &traineeId);
    Q_INVOKABLE void signOut();
    // An empty one (moduleId "") when the module is not in the loaded content.
    Q_INVOKABLE ModuleDetail moduleDetail(const QString &moduleId, const QString &lang) const;
    Q_INVOKABLE LessonContent lessonBody(const QString &moduleId, const QString &lessonId,
                                         const QString &lang) const;
    Q_INVOKABLE void markLessonRead(const QString &moduleId, const QString &lessonId);
    // An interrupted attempt at the module's quiz (attemptId empty if none).
    Q_INVOKABLE UnfinishedAttempt unfinishedAttempt(const QString &moduleId) const;
    // A new attempt; an interrupted one is closed (its answers stay in the history).
    Q_INVOKABLE bool startQuiz(const QString &moduleId);
    // Continues the interrupted attempt at the question where it stopped.
    Q_INVOKABLE bool resumeQuiz(const QString &moduleId);
    // A practice round of the questions due in "practise my mistakes" (nothing graded).
    Q_INVOKABLE bool startPractice();
    Q_INVOKABLE void endQuiz();
    // Imports a Moodle question bank (GIFT, or Moodle XML by extension or content) into the
    // user's "gift-import" pack and reloads the content; the result in the UI language.
    Q_INVOKABLE BankImportResult importBank(const QUrl &file, const QString &lang, const QString &moduleId);
    AssignmentListModel *assignments() { return &m_assignments; }
    // Projector mode (appcontrollerprojector.cpp): the module as slides for the whole room,
    // no trainee data. QML reads them through a ProjectorDeckModel.
    [[nodiscard]] QVector<ProjectorSlide> projectorSlides(const QString &moduleId, const QString &lang) const;
    // Every question of a stored attempt with the answer given, the right one and why
    // (attemptreview.cpp); none when the attempt is not the trainee's to see. QML reads them
    // through a ReviewModel.
    [[nodiscard]] QVector<ReviewItem> reviewItems(const QString &attemptId, const QString &lang) const;
    // After storageProblem: opens a new database beside the unusable one, leaving it untouched.
    Q_INVOKABLE bool startFreshDatabase();

signals:
    void languageChanged();
    void storageChanged();        // another database file was opened
    void storageProblemChanged(); // its problem, or the language it is described in, changed
    void traineeChanged();
    void quizChanged();
    void progressChanged();
    void contentChanged();

private:
    void openStore(const QString &path);
    void loadContent();
    void useCatalog(khien::CourseCatalog catalog);
    void refreshTraineeData();
    [[nodiscard]] QVector<AssignmentEntry> assignmentEntries() const;
    // The language without storing it (sign-in, sign-out); setLanguage is the person's choice.
    void applyLanguage(const QString &lang);
    // The PC's display settings and language, or the signed-in trainee's (over the PC's).
    [[nodiscard]] khien::DisplayPrefs storedDisplayPrefs() const;
    void applyDisplayPrefs(const khien::DisplayPrefs &prefs);
    void saveDisplayPrefs();
    QString describe(khien::Store::OpenError error) const;
    khien::GradePolicy policy() const;
    void launch(khien::AttemptRecorder recorder);

    khien::Store m_store;
    khien::CourseCatalog m_catalog;
    QFuture<khien::CourseCatalog> m_pendingCatalog; // ContentLoading::InBackground, until finished
    UiLanguage m_language;
    QPointer<QQmlEngine> m_engine;
    QString m_requestedPath;
    QStringList m_packDirs;
    khien::Store::OpenError m_openError = khien::Store::OpenError::None;
    QString m_traineeId;
    QString m_traineeName;
    TraineeListModel m_trainees;
    ModuleListModel m_modules;
    HistoryModel m_history;
    AssignmentListModel m_assignments;
    GlossaryModel m_glossary;
    QPointer<QuizController> m_quiz;
    InstructorController m_instructor;
    LiveController m_live;
    DatabaseCare m_database;
    DisplaySettings m_display;
};
