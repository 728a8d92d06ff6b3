#include "contentloader.h"

#include "contentlimits.h"
#include "contentxmlreader.h"
#include "glossaryreader.h"
#include "lessonbody.h"
#include "questionreader.h"
#include "svgicon.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

namespace khien {

namespace {

const QString kVi = QStringLiteral("vi");
const QString kEn = QStringLiteral("en");

class PackPaths
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    // `src` relative to the pack folder, naming an existing file that is inside the pack
    // once every symbolic link is resolved (a link to /etc/passwd is not a lesson).
    static std::optional<QString> resolve(const QString &packDir, const QString &src, QString &problem)
    {
        const QString path = QDir::cleanPath(packDir + QLatin1Char('/') + src);
        if (QDir::isAbsolutePath(src) || src.startsWith(QLatin1Char(':'))
            || !path.startsWith(packDir + QLatin1Char('/'))) {
            problem = tr("\"%1\" is outside the pack folder").arg(src);
            return std::nullopt;
        }
        const QFileInfo info(path);
        if (!info.isFile()) {
            problem = tr("file not found: %1").arg(src);
            return std::nullopt;
        }
        if (!path.startsWith(QLatin1Char(':'))) {
            const QString root = QFileInfo(packDir).canonicalFilePath() + QLatin1Char('/');
            if (!info.canonicalFilePath().startsWith(root)) {
                problem = tr("\"%1\" is a link to a file outside the pack folder").arg(src);
                return std::nullopt;
            }
        }
        return path;
    }
};

std::optional<QString> fileInPack(const QString &packDir, const QString &src, QString &problem)
{
    return PackPaths::resolve(packDir, src, problem);
}

// Reads the elements of one module file. Declared with ContentLoader's translation context
// so every message can be shown in the trainee's language.
class ModuleReader
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    ModuleReader(QString packDir, const QString &file, ContentIssues &issues, const QStringList &languages)
        : m_packDir(std::move(packDir)), m_xml(file, issues)
    {
        m_xml.setRequiredLanguages(languages);
    }

    std::optional<Module> read()
    {
        const int before = m_xml.issueCount();
        if (!m_xml.openRoot(QStringLiteral("module")))
            return std::nullopt;
        Module module;
        module.file = m_xml.file();
        const int moduleLine = m_xml.line();
        m_xml.checkAttributes({QStringLiteral("id")}, {QStringLiteral("icon")});
        module.id = m_xml.idAttribute();
        if (m_xml.hasAttribute(QStringLiteral("icon")))
            module.iconPath = readIcon(m_xml.attribute(QStringLiteral("icon")), moduleLine);
        LocalizedField title, summary;
        while (m_xml.nextChild()) {
            if (m_xml.name() == u"title")
                m_xml.readLocalized(title);
            else if (m_xml.name() == u"summary")
                m_xml.readLocalized(summary);
            else if (m_xml.name() == u"objective")
                module.objectives.append(readObjective());
            else if (m_xml.name() == u"lesson" && module.lessons.size() == limits::maxLessonsPerModule)
                tooMany(tr("a module has at most %1 lessons").arg(limits::maxLessonsPerModule));
            else if (m_xml.name() == u"lesson")
                module.lessons.append(readLesson());
            else if (m_xml.name() == u"quiz")
                readQuiz(module, moduleLine);
            else
                m_xml.unknownElement();
        }
        m_xml.finish();
        m_xml.requireBothLanguages(title, QStringLiteral("title"), moduleLine);
        m_xml.requireBothLanguages(summary, QStringLiteral("summary"), moduleLine);
        module.title = title.text;
        module.summary = summary.text;
        // A module teaches (lessons, with objectives) or only tests (a question bank).
        if (!module.lessons.isEmpty() && module.objectives.isEmpty())
            m_xml.issue(moduleLine, tr("the module has no <objective>"));
        if (module.lessons.isEmpty() && !module.quiz)
            m_xml.issue(moduleLine, tr("the module has neither a <lesson> nor a <quiz>"));
        if (m_xml.issueCount() != before)
            return std::nullopt;
        return module;
    }

private:
    LocalizedText readObjective()
    {
        const int here = m_xml.line();
        m_xml.checkAttributes({});
        LocalizedField text;
        while (m_xml.nextChild()) {
            if (m_xml.name() == u"text")
                m_xml.readLocalized(text);
            else
                m_xml.unknownElement();
        }
        m_xml.requireBothLanguages(text, QStringLiteral("text"), here);
        return text.text;
    }

    Lesson readLesson()
    {
        Lesson lesson;
        const int here = m_xml.line();
        m_xml.checkAttributes({QStringLiteral("id")}, {QStringLiteral("review-by")});
        lesson.id = m_xml.idAttribute();
        lesson.reviewBy = m_xml.dateAttribute(QStringLiteral("review-by"));
        LocalizedField title, body;
        while (m_xml.nextChild()) {
            if (m_xml.name() == u"title")
                m_xml.readLocalized(title);
            else if (m_xml.name() == u"body")
                readBody(body);
            else if (m_xml.name() == u"source")
                lesson.sources.append(m_xml.readSource());
            else
                m_xml.unknownElement();
        }
        m_xml.requireBothLanguages(title, QStringLiteral("title"), here);
        m_xml.requireBothLanguages(body, QStringLiteral("body"), here);
        if (lesson.sources.isEmpty())
            m_xml.issue(here, tr("the lesson \"%1\" lists no <source>").arg(lesson.id));
        lesson.title = title.text;
        lesson.bodyPath = body.text;
        return lesson;
    }

    void readBody(LocalizedField &body)
    {
        const int here = m_xml.line();
        m_xml.checkAttributes({QStringLiteral("lang"), QStringLiteral("src")});
        const QString lang = m_xml.attribute(QStringLiteral("lang"));
        const QString src = m_xml.attribute(QStringLiteral("src"));
        m_xml.skip();
        if (lang != kVi && lang != kEn) {
            m_xml.issue(here, tr("unknown language \"%1\" on <body>: use \"vi\" or \"en\"").arg(lang));
            return;
        }
        if (body.lines.contains(lang)) {
            m_xml.issue(here, tr("<body lang=\"%1\"> appears twice").arg(lang));
            return;
        }
        body.lines.insert(lang, here);
        const std::optional<QString> path = resolveInPack(src, here);
        if (path)
            body.text.set(lang, *path);
    }

    void readQuiz(Module &module, int moduleLine)
    {
        const int here = m_xml.line();
        if (module.quiz) {
            m_xml.issue(here, tr("a module has at most one <quiz> (module on line %1)").arg(moduleLine));
            m_xml.skip();
            return;
        }
        Quiz quiz;
        m_xml.checkAttributes({QStringLiteral("id"), QStringLiteral("passPercent")},
                              {QStringLiteral("draw"), QStringLiteral("shuffle"), QStringLiteral("mode"),
                               QStringLiteral("timeLimitMinutes")});
        quiz.id = m_xml.idAttribute();
        bool ok = false;
        quiz.passPercent = m_xml.attribute(QStringLiteral("passPercent")).toInt(&ok);
        if (!ok || quiz.passPercent < 1 || quiz.passPercent > 100)
            m_xml.issueHere(tr("passPercent must be a whole number from 1 to 100"));
        readQuizOptions(quiz);
        LocalizedField title;
        QHash<QString, int> questionLines;
        while (m_xml.nextChild()) {
            if (m_xml.name() == u"title") {
                m_xml.readLocalized(title);
            } else if (m_xml.name() == u"question" && quiz.questions.size() == limits::maxQuestionsPerQuiz) {
                tooMany(tr("a quiz has at most %1 questions").arg(limits::maxQuestionsPerQuiz));
            } else if (m_xml.name() == u"question") {
                const int questionLine = m_xml.line();
                Question q = readQuestion(m_xml);
                if (questionLines.contains(q.id) && !q.id.isEmpty())
                    m_xml.issue(questionLine, tr("question id \"%1\" is used twice in this quiz (first on line %2)")
                                                  .arg(q.id).arg(questionLines.value(q.id)));
                questionLines.insert(q.id, questionLine);
                quiz.questions.append(q);
            } else {
                m_xml.unknownElement();
            }
        }
        m_xml.requireBothLanguages(title, QStringLiteral("title"), here);
        if (quiz.questions.isEmpty())
            m_xml.issue(here, tr("the quiz has no <question>"));
        quiz.title = title.text;
        module.quiz = quiz;
    }

    void readQuizOptions(Quiz &quiz)
    {
        bool ok = true;
        const QString draw = m_xml.attribute(QStringLiteral("draw"));
        if (!draw.isEmpty()) {
            quiz.draw = draw.toInt(&ok);
            if (!ok || quiz.draw < 1)
                m_xml.issueHere(tr("draw must be a whole number of at least 1"));
        }
        const QString shuffle = m_xml.attribute(QStringLiteral("shuffle"));
        if (!shuffle.isEmpty() && shuffle != QLatin1String("true") && shuffle != QLatin1String("false"))
            m_xml.issueHere(tr("shuffle must be \"true\" or \"false\""));
        quiz.shuffle = shuffle != QLatin1String("false");
        const QString mode = m_xml.attribute(QStringLiteral("mode"));
        if (!mode.isEmpty() && mode != QLatin1String("practice") && mode != QLatin1String("exam"))
            m_xml.issueHere(tr("mode must be \"practice\" or \"exam\""));
        quiz.exam = mode == QLatin1String("exam");
        const QString limit = m_xml.attribute(QStringLiteral("timeLimitMinutes"));
        if (!limit.isEmpty()) {
            quiz.timeLimitMinutes = limit.toInt(&ok);
            if (!ok || quiz.timeLimitMinutes < 1)
                m_xml.issueHere(tr("timeLimitMinutes must be a whole number of at least 1"));
            else if (!quiz.exam)
                m_xml.issueHere(tr("timeLimitMinutes is for exam mode only"));
        }
    }

    // Reports a budget exceeded and skips the element (and reports nothing more for it).
    void tooMany(const QString &message)
    {
        if (!m_overBudget)
            m_xml.issueHere(message);
        m_overBudget = true;
        m_xml.skip();
    }

    // An optional decoration, but checked like everything else: a broken icon is an error.
    QString readIcon(const QString &src, int line)
    {
        if (src.isEmpty()) {
            m_xml.issue(line, tr("the icon attribute is empty"));
            return {};
        }
        const std::optional<QString> path = resolveInPack(src, line);
        if (!path)
            return {};
        if (const std::optional<QString> problem = svgIconProblem(*path)) {
            m_xml.issue(line, *problem);
            return {};
        }
        return *path;
    }

    std::optional<QString> resolveInPack(const QString &src, int line)
    {
        if (src.isEmpty())
            return std::nullopt;
        QString problem;
        std::optional<QString> path = fileInPack(m_packDir, src, problem);
        if (!path)
            m_xml.issue(line, problem);
        return path;
    }

    QString m_packDir;
    ContentXmlReader m_xml;
    bool m_overBudget = false;
};

// One <module src> of course.xml and what reading it gave.
struct ModuleFile
{
    int line = 0;         // of the <module> element in course.xml
    QString path;         // empty when `problem` says why the file cannot be read
    QString problem;
    std::optional<Module> module;
    ContentIssues issues;
    bool bodiesClean = true;
};

class CourseReader
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    explicit CourseReader(const QString &packDir)
        : m_packDir(QDir::cleanPath(packDir))
    {
    }

    PackLoadResult read(bool checkBodies)
    {
        PackLoadResult result;
        const QString file = m_packDir + QStringLiteral("/course.xml");
        ContentXmlReader xml(file, result.issues);
        if (!xml.openRoot(QStringLiteral("course")))
            return result;
        Course course;
        course.rootPath = m_packDir;
        const int here = xml.line();
        xml.checkAttributes({QStringLiteral("id"), QStringLiteral("format"), QStringLiteral("version")},
                            {QStringLiteral("languages")});
        course.id = xml.idAttribute();
        if (!readLanguages(xml, course))
            return result;
        course.version = xml.attribute(QStringLiteral("version"));
        const QString format = xml.attribute(QStringLiteral("format"));
        if (!format.isEmpty() && format != QLatin1String("1")) {
            xml.issueHere(tr("content format \"%1\" is not supported by this version of Khiên (it reads format 1)").arg(format));
            return result;
        }
        LocalizedField title, description;
        QVector<QPair<QString, int>> moduleFiles;
        QString glossarySrc;
        int glossaryLine = 0;
        while (xml.nextChild()) {
            if (xml.name() == u"title") {
                xml.readLocalized(title);
            } else if (xml.name() == u"description") {
                xml.readLocalized(description);
            } else if (xml.name() == u"module") {
                if (moduleFiles.size() == limits::maxModulesPerPack) {
                    xml.issueHere(tr("a pack has at most %1 modules").arg(limits::maxModulesPerPack));
                    xml.skip();
                    break;
                }
                xml.checkAttributes({QStringLiteral("src")});
                moduleFiles.append({xml.attribute(QStringLiteral("src")), xml.line()});
                xml.skip();
            } else if (xml.name() == u"glossary") {
                if (glossaryLine > 0)
                    xml.issueHere(tr("a course has at most one <glossary> (the first is on line %1)").arg(glossaryLine));
                xml.checkAttributes({QStringLiteral("src")});
                glossarySrc = xml.attribute(QStringLiteral("src"));
                glossaryLine = xml.line();
                xml.skip();
            } else {
                xml.unknownElement();
            }
        }
        if (!xml.finish())
            return result;
        xml.requireBothLanguages(title, QStringLiteral("title"), here);
        xml.requireBothLanguages(description, QStringLiteral("description"), here);
        if (moduleFiles.isEmpty())
            xml.issue(here, tr("the course lists no <module>"));
        course.title = title.text;
        course.description = description.text;

        // Module files are independent: they are read on the pool's threads (the start-up path
        // waits for them), then their ids are claimed in the course's order, so the result and
        // the order of the problems do not depend on which file finished first.
        QVector<ModuleFile> files;
        for (const auto &[src, line] : std::as_const(moduleFiles)) {
            if (src.isEmpty())
                continue;
            ModuleFile f;
            f.line = line;
            QString problem;
            if (const std::optional<QString> path = fileInPack(m_packDir, src, problem))
                f.path = *path;
            else
                f.problem = problem;
            files.append(f);
        }
        const QStringList languages = course.languages;
        QtConcurrent::blockingMap(files, [&](ModuleFile &f) {
            if (f.path.isEmpty())
                return;
            f.module = ModuleReader(m_packDir, f.path, f.issues, languages).read();
            if (f.module && checkBodies && !bodiesAreClean(*f.module, f.issues))
                f.bodiesClean = false;
        });
        QHash<QString, QString> idOwners; // module/lesson/quiz id -> file that defined it
        for (const ModuleFile &f : std::as_const(files)) {
            if (!f.problem.isEmpty()) {
                xml.issue(f.line, f.problem);
                continue;
            }
            result.issues += f.issues;
            if (!f.module || !claimIds(*f.module, f.path, idOwners, xml, f.line) || !f.bodiesClean)
                continue;
            course.modules.append(*f.module);
        }
        if (!glossarySrc.isEmpty()) {
            QString problem;
            if (const std::optional<QString> path = fileInPack(m_packDir, glossarySrc, problem))
                course.glossary = readGlossary(*path, result.issues);
            else
                xml.issue(glossaryLine, problem);
        }
        result.course = course;
        return result;
    }

private:
    // languages="vi en" (the default): which languages every text of the pack must have.
    static bool readLanguages(ContentXmlReader &xml, Course &course)
    {
        const QString attr = xml.attribute(QStringLiteral("languages"));
        course.languages = attr.isNull() ? supportedLanguages() : attr.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &lang : std::as_const(course.languages)) {
            if (!supportedLanguages().contains(lang)) {
                xml.issueHere(tr("unknown language \"%1\" in languages: use \"vi\", \"en\" or both").arg(lang));
                return false;
            }
        }
        if (course.languages.isEmpty()) {
            xml.issueHere(tr("languages names no language"));
            return false;
        }
        xml.setRequiredLanguages(course.languages);
        return true;
    }

    bool claimIds(const Module &module, const QString &path, QHash<QString, QString> &owners,
                  ContentXmlReader &xml, int line)
    {
        QStringList ids{module.id};
        for (const Lesson &l : module.lessons)
            ids.append(l.id);
        if (module.quiz)
            ids.append(module.quiz->id);
        bool clean = true;
        for (const QString &id : std::as_const(ids)) {
            if (owners.contains(id)) {
                xml.issue(line, tr("id \"%1\" in %2 is already used in %3").arg(id, path, owners.value(id)));
                clean = false;
            }
        }
        if (clean)
            for (const QString &id : std::as_const(ids))
                owners.insert(id, path);
        return clean;
    }

    static bool bodiesAreClean(const Module &module, ContentIssues &issues)
    {
        bool clean = true;
        for (const Lesson &lesson : module.lessons) {
            for (const QString &lang : supportedLanguages()) {
                const LessonBody body = readLessonBody(lesson, lang);
                issues += body.issues;
                clean = clean && body.issues.isEmpty();
            }
        }
        return clean;
    }

    QString m_packDir;
};

} // namespace

PackLoadResult loadPack(const QString &packDir, bool checkBodies)
{
    return CourseReader(packDir).read(checkBodies);
}

QStringList packFoldersIn(const QString &dir)
{
    QStringList packs;
    const QDir root(dir);
    const QStringList entries = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &entry : entries) {
        const QString pack = root.filePath(entry);
        if (!QFileInfo(pack + QStringLiteral("/course.xml")).isFile())
            continue;
        if (packs.size() == limits::maxPacks) {
            qWarning("Khiên: more than %d packs in %s; the others are not loaded", limits::maxPacks, qPrintable(dir));
            break;
        }
        packs.append(pack);
    }
    return packs;
}

} // namespace khien
