#include "contentloader.h"

#include "contentxmlreader.h"
#include "lessonbody.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace khien {

namespace {

const QString kVi = QStringLiteral("vi");
const QString kEn = QStringLiteral("en");

// Reads the elements of one module file. Declared with ContentLoader's translation context
// so every message can be shown in the trainee's language.
class ModuleReader
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    ModuleReader(QString packDir, const QString &file, ContentIssues &issues)
        : m_packDir(std::move(packDir)), m_xml(file, issues)
    {
    }

    std::optional<Module> read()
    {
        const int before = m_xml.issueCount();
        if (!m_xml.openRoot(QStringLiteral("module")))
            return std::nullopt;
        Module module;
        const int moduleLine = m_xml.line();
        m_xml.checkAttributes({QStringLiteral("id")});
        module.id = m_xml.idAttribute();
        LocalizedField title, summary;
        while (m_xml.nextChild()) {
            if (m_xml.name() == u"title")
                m_xml.readLocalized(title);
            else if (m_xml.name() == u"summary")
                m_xml.readLocalized(summary);
            else if (m_xml.name() == u"objective")
                module.objectives.append(readObjective());
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
        if (module.objectives.isEmpty())
            m_xml.issue(moduleLine, tr("the module has no <objective>"));
        if (module.lessons.isEmpty())
            m_xml.issue(moduleLine, tr("the module has no <lesson>"));
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

    Source readSource()
    {
        static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        m_xml.checkAttributes({QStringLiteral("title"), QStringLiteral("publisher"),
                               QStringLiteral("url"), QStringLiteral("read")});
        Source s{m_xml.attribute(QStringLiteral("title")),
                 m_xml.attribute(QStringLiteral("publisher")),
                 m_xml.attribute(QStringLiteral("url")), m_xml.attribute(QStringLiteral("read"))};
        if (!s.url.startsWith(QLatin1String("https://")) && !s.url.startsWith(QLatin1String("http://")))
            m_xml.issueHere(tr("the source url must start with https:// or http://"));
        if (!date.match(s.read).hasMatch())
            m_xml.issueHere(tr("the source's read date must be YYYY-MM-DD"));
        m_xml.skip();
        return s;
    }

    Lesson readLesson()
    {
        Lesson lesson;
        const int here = m_xml.line();
        m_xml.checkAttributes({QStringLiteral("id")});
        lesson.id = m_xml.idAttribute();
        LocalizedField title, body;
        while (m_xml.nextChild()) {
            if (m_xml.name() == u"title")
                m_xml.readLocalized(title);
            else if (m_xml.name() == u"body")
                readBody(body);
            else if (m_xml.name() == u"source")
                lesson.sources.append(readSource());
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
        m_xml.checkAttributes({QStringLiteral("id"), QStringLiteral("passPercent")});
        quiz.id = m_xml.idAttribute();
        bool ok = false;
        quiz.passPercent = m_xml.attribute(QStringLiteral("passPercent")).toInt(&ok);
        if (!ok || quiz.passPercent < 1 || quiz.passPercent > 100)
            m_xml.issueHere(tr("passPercent must be a whole number from 1 to 100"));
        LocalizedField title;
        QHash<QString, int> questionLines;
        while (m_xml.nextChild()) {
            if (m_xml.name() == u"title") {
                m_xml.readLocalized(title);
            } else if (m_xml.name() == u"question") {
                const int questionLine = m_xml.line();
                Question q = readQuestion();
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

    Question readQuestion()
    {
        Question q;
        const int here = m_xml.line();
        m_xml.checkAttributes({QStringLiteral("id"), QStringLiteral("type")}, {QStringLiteral("answer")});
        q.id = m_xml.idAttribute();
        const QString typeName = m_xml.attribute(QStringLiteral("type"));
        const std::optional<QuestionType> type = questionTypeFromName(typeName);
        if (!type && !typeName.isEmpty())
            m_xml.issueHere(tr("unknown question type \"%1\": use single, multiple or truefalse").arg(typeName));
        q.type = type.value_or(QuestionType::Single);
        const QString answer = m_xml.attribute(QStringLiteral("answer"));
        const bool hasAnswer = !m_xml.attribute(QStringLiteral("answer")).isNull();
        if (type == QuestionType::TrueFalse && answer != QLatin1String("true") && answer != QLatin1String("false"))
            m_xml.issueHere(tr("a truefalse question needs answer=\"true\" or answer=\"false\""));
        if (type && type != QuestionType::TrueFalse && hasAnswer)
            m_xml.issueHere(tr("only truefalse questions take an answer attribute; mark options with correct=\"true\""));

        LocalizedField prompt;
        QSet<QString> optionIds;
        while (m_xml.nextChild()) {
            if (m_xml.name() == u"prompt") {
                m_xml.readLocalized(prompt);
            } else if (m_xml.name() == u"option") {
                const int optionLine = m_xml.line();
                Option o = readOption(q.type);
                if (optionIds.contains(o.id))
                    m_xml.issue(optionLine, tr("option id \"%1\" is used twice in question \"%2\"").arg(o.id, q.id));
                optionIds.insert(o.id);
                q.options.append(o);
            } else if (m_xml.name() == u"source") {
                q.sources.append(readSource());
            } else {
                m_xml.unknownElement();
            }
        }
        m_xml.requireBothLanguages(prompt, QStringLiteral("prompt"), here);
        q.prompt = prompt.text;
        if (type)
            checkOptions(q, answer, here);
        return q;
    }

    Option readOption(QuestionType type)
    {
        Option o;
        const int here = m_xml.line();
        if (type == QuestionType::TrueFalse)
            m_xml.checkAttributes({QStringLiteral("id")});
        else
            m_xml.checkAttributes({QStringLiteral("id")}, {QStringLiteral("correct")});
        o.id = m_xml.idAttribute();
        const QString correct = m_xml.attribute(QStringLiteral("correct"));
        if (!correct.isEmpty() && correct != QLatin1String("true") && correct != QLatin1String("false"))
            m_xml.issueHere(tr("correct must be \"true\" or \"false\""));
        o.correct = correct == QLatin1String("true");
        LocalizedField text, explanation;
        while (m_xml.nextChild()) {
            if (m_xml.name() == u"text" && type == QuestionType::TrueFalse) {
                m_xml.issueHere(tr("truefalse options have no <text>: the app labels them"));
                m_xml.skip();
            } else if (m_xml.name() == u"text")
                m_xml.readLocalized(text);
            else if (m_xml.name() == u"explain")
                m_xml.readLocalized(explanation);
            else
                m_xml.unknownElement();
        }
        if (type != QuestionType::TrueFalse)
            m_xml.requireBothLanguages(text, QStringLiteral("text"), here);
        m_xml.requireBothLanguages(explanation, QStringLiteral("explain"), here);
        o.text = text.text;
        o.explanation = explanation.text;
        return o;
    }

    void checkOptions(Question &q, const QString &answer, int line)
    {
        int correct = 0;
        for (const Option &o : q.options)
            correct += o.correct ? 1 : 0;
        switch (q.type) {
        case QuestionType::Single:
            if (q.options.size() < 2)
                m_xml.issue(line, tr("question \"%1\" needs at least two options").arg(q.id));
            if (correct != 1)
                m_xml.issue(line, tr("single-choice question \"%1\" must have exactly one correct option, it has %2")
                                      .arg(q.id).arg(correct));
            break;
        case QuestionType::Multiple:
            if (q.options.size() < 2)
                m_xml.issue(line, tr("question \"%1\" needs at least two options").arg(q.id));
            if (correct < 1)
                m_xml.issue(line, tr("multiple-choice question \"%1\" has no correct option").arg(q.id));
            break;
        case QuestionType::TrueFalse: {
            const bool shaped = q.options.size() == 2 && q.option(QStringLiteral("true"))
                && q.option(QStringLiteral("false"));
            if (!shaped)
                m_xml.issue(line, tr("truefalse question \"%1\" needs exactly the options \"true\" and \"false\"").arg(q.id));
            for (Option &o : q.options)
                o.correct = o.id == answer;
            break;
        }
        }
    }

    // A path from a src attribute, relative to the pack folder; it must stay inside the pack
    // and name an existing file.
    std::optional<QString> resolveInPack(const QString &src, int line)
    {
        if (src.isEmpty())
            return std::nullopt;
        const QString path = QDir::cleanPath(m_packDir + QLatin1Char('/') + src);
        if (QDir::isAbsolutePath(src) || src.startsWith(QLatin1Char(':'))
            || !path.startsWith(m_packDir + QLatin1Char('/'))) {
            m_xml.issue(line, tr("\"%1\" is outside the pack folder").arg(src));
            return std::nullopt;
        }
        if (!QFileInfo(path).isFile()) {
            m_xml.issue(line, tr("file not found: %1").arg(src));
            return std::nullopt;
        }
        return path;
    }

    QString m_packDir;
    ContentXmlReader m_xml;
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
        xml.checkAttributes({QStringLiteral("id"), QStringLiteral("format"), QStringLiteral("version")});
        course.id = xml.idAttribute();
        course.version = xml.attribute(QStringLiteral("version"));
        const QString format = xml.attribute(QStringLiteral("format"));
        if (!format.isEmpty() && format != QLatin1String("1")) {
            xml.issueHere(tr("content format \"%1\" is not supported by this version of Khiên (it reads format 1)").arg(format));
            return result;
        }
        LocalizedField title, description;
        QVector<QPair<QString, int>> moduleFiles;
        while (xml.nextChild()) {
            if (xml.name() == u"title") {
                xml.readLocalized(title);
            } else if (xml.name() == u"description") {
                xml.readLocalized(description);
            } else if (xml.name() == u"module") {
                xml.checkAttributes({QStringLiteral("src")});
                moduleFiles.append({xml.attribute(QStringLiteral("src")), xml.line()});
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

        QHash<QString, QString> idOwners; // module/lesson/quiz id -> file that defined it
        for (const auto &[src, line] : std::as_const(moduleFiles)) {
            if (src.isEmpty())
                continue;
            const QString path = QDir::cleanPath(m_packDir + QLatin1Char('/') + src);
            if (!path.startsWith(m_packDir + QLatin1Char('/'))) {
                xml.issue(line, tr("\"%1\" is outside the pack folder").arg(src));
                continue;
            }
            std::optional<Module> module = ModuleReader(m_packDir, path, result.issues).read();
            if (!module)
                continue;
            if (!claimIds(*module, path, idOwners, xml, line))
                continue;
            if (checkBodies && !bodiesAreClean(*module, result.issues))
                continue;
            course.modules.append(*module);
        }
        result.course = course;
        return result;
    }

private:
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
        if (QFileInfo(pack + QStringLiteral("/course.xml")).isFile())
            packs.append(pack);
    }
    return packs;
}

} // namespace khien
