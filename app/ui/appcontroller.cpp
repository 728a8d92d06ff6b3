#include "appcontroller.h"

#include "assignments.h"
#include "datapaths.h"
#include "displayformat.h"
#include "displayprefs.h"
#include "errortext.h"
#include "lessonbody.h"
#include "resultsummary.h"
#include "untrustedtext.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QQmlEngine>

namespace {
AppController *s_instance = nullptr;
}

AppController::AppController(const QString &databasePath, const QStringList &packDirs,
                             ContentLoading loading, QObject *parent)
    : QObject(parent), m_requestedPath(databasePath), m_packDirs(packDirs),
      m_instructor(m_store, m_catalog, [this] { return language(); }),
      m_live(m_store, m_catalog, [this] { return language(); }, [this] { return m_instructor.unlocked(); }),
      m_database({[this] { return m_store.isOpen() ? m_store.path() : QString(); },
                  [this] { return language(); },
                  [this] { return m_instructor.unlocked(); },
                  [this] {
                      m_live.stop(); // a restore replaces the file the session writes to
                      m_store.close();
                  },
                  [this] {
                      // The restored file may hold another passphrase: instructor mode locks.
                      openStore(m_requestedPath);
                      m_instructor.lock();
                  }})
{
    // Instructor mode and a trainee's session never overlap on one screen.
    connect(&m_instructor, &InstructorController::lockChanged, this, [this] {
        if (m_instructor.unlocked())
            signOut();
        m_live.refreshResumable(); // offered to an unlocked instructor only
    });
    // Trainees the instructor added can sign in at once.
    connect(&m_instructor, &InstructorController::classChanged, this, [this] {
        if (m_store.isOpen())
            m_trainees.reload(m_store.trainees());
    });
    connect(&m_display, &DisplaySettings::edited, this, &AppController::saveDisplayPrefs);
    openStore(khien::resolveReplacement(databasePath));
    const khien::DisplayPrefs prefs = storedDisplayPrefs();
    m_display.apply(prefs);
    m_language.apply(prefs.language, nullptr);
    // After the translator is installed, so content problems are reported in the UI language.
    if (loading == ContentLoading::InBackground)
        m_pendingCatalog = QtConcurrent::run([dirs = m_packDirs] { return khien::CourseCatalog::load(dirs); });
    else
        loadContent();
}

void AppController::loadContent()
{
    useCatalog(khien::CourseCatalog::load(m_packDirs));
}

void AppController::finishContentLoad()
{
    if (!m_pendingCatalog.isValid())
        return;
    khien::CourseCatalog catalog = m_pendingCatalog.result();
    m_pendingCatalog = {};
    useCatalog(std::move(catalog));
    emit contentChanged();
}

void AppController::useCatalog(khien::CourseCatalog catalog)
{
    m_catalog = std::move(catalog);
    QVector<khien::GlossaryTerm> terms;
    for (const khien::Course &c : m_catalog.courses())
        terms += c.glossary;
    m_glossary.setLanguage(language());
    m_glossary.setTerms(terms);
    m_instructor.refreshContent();
}

AppController::~AppController()
{
    m_database.finish(); // the closing session's backup
    if (s_instance == this)
        s_instance = nullptr;
}

void AppController::setInstance(AppController *instance)
{
    s_instance = instance;
}

AppController *AppController::instance()
{
    return s_instance;
}

AppController *AppController::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    s_instance->m_engine = engine;
    engine->setUiLanguage(s_instance->language());
    return s_instance;
}

void AppController::setLanguage(const QString &lang)
{
    if (lang == language())
        return;
    applyLanguage(lang);
    if (lang == language())
        saveDisplayPrefs(); // the trainee's language when one is signed in, else the PC's
}

khien::DisplayPrefs AppController::storedDisplayPrefs() const
{
    khien::DisplayPrefs pc = m_display.systemDefaults();
    pc.language = UiLanguage::systemDefault();
    if (!m_store.isOpen())
        return pc;
    pc = khien::readDisplayPrefs(m_store, {}, pc);
    return m_traineeId.isEmpty() ? pc : khien::readDisplayPrefs(m_store, m_traineeId, pc);
}

void AppController::applyDisplayPrefs(const khien::DisplayPrefs &prefs)
{
    m_display.apply(prefs);
    m_display.setSaveProblem({});
    applyLanguage(prefs.language);
}

void AppController::saveDisplayPrefs()
{
    if (!m_store.isOpen())
        return;
    khien::DisplayPrefs prefs = m_display.prefs();
    prefs.language = language();
    const bool saved = khien::writeDisplayPrefs(m_store, m_traineeId, prefs);
    if (!saved)
        qWarning("Khiên: could not remember the display settings: %s", qPrintable(m_store.lastError()));
    m_display.setSaveProblem(saved ? QString()
                                   : tr("These settings could not be saved; they apply only until the next sign-in or sign-out: %1")
                                         .arg(ErrorText::describe(m_store.lastFailure())));
}

void AppController::applyLanguage(const QString &lang)
{
    if (lang == language() || !m_language.apply(lang, m_engine))
        return;
    refreshTraineeData();
    m_glossary.setLanguage(lang);
    m_instructor.refreshLanguage();
    m_live.refreshLanguage();
    m_database.refreshLanguage();
    if (m_quiz)
        m_quiz->setLanguage(lang);
    emit languageChanged();
    emit storageProblemChanged(); // the message is in the UI language
}

QString AppController::version() const
{
    return QStringLiteral(KHIEN_VERSION);
}

QStringList AppController::contentProblems() const
{
    // What was not loaded; warnings (a question without explanations) are about content that
    // was, and are for check-content.
    QStringList lines;
    for (const khien::ContentIssue &issue : m_catalog.issues())
        if (!issue.warning)
            lines.append(issue.toString());
    return lines;
}

void AppController::openStore(const QString &path)
{
    m_store.close();
    const khien::Store::OpenError error = m_store.open(path);
    m_requestedPath = path;
    m_openError = error;
    m_trainees.reload(m_store.isOpen() ? m_store.trainees() : QVector<khien::Trainee>{});
    emit storageChanged();
    emit storageProblemChanged();
}

QString AppController::describe(khien::Store::OpenError error) const
{
    return ErrorText::describeOpen(error, m_requestedPath, m_store);
}

bool AppController::startFreshDatabase()
{
    signOut();
    const QString unusable = m_requestedPath;
    openStore(khien::freshDatabasePathBeside(unusable));
    if (m_openError != khien::Store::OpenError::None)
        return false;
    if (!khien::rememberReplacement(unusable, m_requestedPath))
        qWarning("Khiên: could not note the new database beside %s", qPrintable(unusable));
    return true;
}

QString AppController::createTrainee(const QString &name, const QString &group)
{
    // Counted as the store counts (cleaned, in characters): a long pasted name is refused
    // with this message, never cut silently.
    const QString cleaned = khien::cleanName(name);
    if (cleaned.isEmpty())
        return tr("Please enter a name.");
    if (khien::textLength(cleaned) > khien::maxNameLength)
        return tr("The name is too long (at most %1 characters); it has %2.").arg(khien::maxNameLength).arg(khien::textLength(cleaned));
    if (khien::textLength(khien::cleanName(group)) > khien::maxNameLength)
        return tr("The class code is too long (at most %1 characters).").arg(khien::maxNameLength);
    const std::optional<khien::Trainee> trainee = m_store.createTrainee(name, group.trimmed());
    if (!trainee)
        return tr("The profile could not be saved: %1").arg(ErrorText::describe(m_store.lastFailure()));
    // A class code that names a class on this PC makes the trainee one of its members.
    if (const auto joined = m_store.classNamed(trainee->groupCode); joined && !trainee->groupCode.isEmpty())
        if (!m_store.addToClass(joined->id, trainee->id))
            qWarning("Khiên: could not add the trainee to class %s", qPrintable(joined->name));
    m_trainees.reload(m_store.trainees());
    selectTrainee(trainee->id);
    return {};
}

void AppController::selectTrainee(const QString &traineeId)
{
    const std::optional<khien::Trainee> trainee = m_store.trainee(traineeId);
    if (!trainee)
        return;
    endQuiz();
    m_traineeId = trainee->id;
    m_traineeName = trainee->displayName;
    applyDisplayPrefs(storedDisplayPrefs());
    refreshTraineeData();
    emit traineeChanged();
}

QVector<AssignmentEntry> AppController::assignmentEntries() const
{
    const QString lang = language();
    QVector<AssignmentEntry> result;
    for (const khien::Assignment &a : khien::assignmentsFor(m_store, m_catalog, m_traineeId,
                                                            QDate::currentDate(), policy())) {
        QVariantList modules;
        for (const khien::AssignedModule &m : a.modules)
            modules.append(QVariant::fromValue(AssignedModuleEntry{m.module->id, m.module->title.in(lang), m.passed, m.grade}));
        result.append({a.session.title, khien::formatDate(a.session.heldOn, lang), a.className, modules});
    }
    return result;
}

void AppController::signOut()
{
    if (!m_traineeId.isEmpty())
        m_database.sessionEnded();
    endQuiz();
    m_traineeId.clear();
    m_traineeName.clear();
    applyDisplayPrefs(storedDisplayPrefs()); // the PC's again
    refreshTraineeData();
    emit traineeChanged();
}

void AppController::refreshTraineeData()
{
    const bool signedIn = !m_traineeId.isEmpty() && m_store.isOpen();
    m_modules.reload(m_catalog, signedIn ? m_store.progress(m_traineeId, policy()) : QHash<QString, khien::ModuleProgress>{},
                     language());
    m_history.reload(m_catalog, signedIn ? m_store.attempts(m_traineeId) : QVector<khien::AttemptRecord>{},
                     language());
    m_assignments.setRows(assignmentEntries());
    emit progressChanged();
}

ModuleDetail AppController::moduleDetail(const QString &moduleId, const QString &lang) const
{
    const khien::Module *m = m_catalog.module(moduleId);
    if (!m)
        return {};
    const QSet<QString> read = m_traineeId.isEmpty() ? QSet<QString>{} : m_store.lessonsRead(m_traineeId);
    const khien::ModuleProgress progress = m_traineeId.isEmpty() ? khien::ModuleProgress{}
                                                                 : m_store.progress(m_traineeId, policy()).value(moduleId);
    ModuleDetail detail;
    detail.moduleId = m->id;
    detail.title = m->title.in(lang);
    detail.summary = m->summary.in(lang);
    for (const khien::LocalizedText &o : m->objectives)
        detail.objectives.append(o.in(lang));
    for (const khien::Lesson &l : m->lessons)
        detail.lessons.append(QVariant::fromValue(ModuleLesson{l.id, l.title.in(lang), read.contains(l.id)}));
    detail.hasQuiz = m->quiz.has_value();
    detail.quizTitle = m->quiz ? m->quiz->title.in(lang) : QString();
    detail.questionCount = m->quiz ? int(m->quiz->questions.size()) : 0;
    detail.passPercent = m->quiz ? m->quiz->passPercent : 0;
    detail.bestPercent = progress.bestPercent;
    detail.passed = progress.passed;
    detail.iconUrl = moduleIconUrl(*m);
    detail.status = khien::moduleStatusName(progress);
    return detail;
}

LessonContent AppController::lessonBody(const QString &moduleId, const QString &lessonId,
                                        const QString &lang) const
{
    const khien::Module *m = m_catalog.module(moduleId);
    const khien::Lesson *lesson = m ? m->lesson(lessonId) : nullptr;
    LessonContent content;
    if (!lesson) {
        content.error = tr("This lesson is not in the loaded content.");
        return content;
    }
    const khien::LessonBody body = khien::readLessonBody(*lesson, lang);
    QStringList problems;
    for (const khien::ContentIssue &issue : body.issues)
        problems.append(issue.toString());
    if (!problems.isEmpty())
        content.error = tr("This lesson cannot be shown:\n%1").arg(problems.join(QLatin1Char('\n')));
    content.title = lesson->title.in(lang);
    content.markdown = body.markdown;
    for (const khien::Source &s : lesson->sources)
        content.sources.append(QVariant::fromValue(LessonSource{s.title, s.publisher, s.url, s.read}));
    for (const khien::LessonSegment &s : khien::lessonSegments(body))
        content.segments.append(QVariant::fromValue(LessonPart{s.keyPoint, s.html}));
    return content;
}

void AppController::markLessonRead(const QString &moduleId, const QString &lessonId)
{
    if (m_traineeId.isEmpty())
        return;
    if (!m_store.markLessonRead(m_traineeId, moduleId, lessonId))
        qWarning("Khiên: could not save lesson progress: %s", qPrintable(m_store.lastError()));
    refreshTraineeData();
}

void AppController::endQuiz()
{
    if (!m_quiz)
        return;
    m_quiz->deleteLater();
    m_quiz = nullptr;
    refreshTraineeData();
    emit quizChanged();
}
