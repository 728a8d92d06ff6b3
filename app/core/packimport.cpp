#include "packimport.h"

#include "atomicwrite.h"
#include "contentlimits.h"
#include "contentloader.h"
#include "glossaryreader.h"
#include "lessonbody.h"
#include "modulexmlwriter.h"
#include "untrustedtext.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

namespace khien {

namespace {

const QRegularExpression &idPattern()
{
    static const QRegularExpression id(QStringLiteral("^[a-z0-9-]{1,64}$"));
    return id;
}

// Every text of a question, for the content rules.
QStringList textsOf(const Question &q, const QString &lang)
{
    QStringList texts{q.prompt.in(lang), q.promptAfter.in(lang)};
    for (const Option &o : q.options)
        texts << o.text.in(lang) << o.match.in(lang) << o.explanation.in(lang);
    return texts;
}

// A language is complete for a text that has it, or that has no text in any language
// (true/false options, numeric answers, explanations an import left empty).
bool complete(const LocalizedText &t, const QString &lang)
{
    return t.has(lang) || (t.vi.isEmpty() && t.en.isEmpty());
}

class PackImport
{
    Q_DECLARE_TR_FUNCTIONS(QuestionImport)

public:
    explicit PackImport(ImportTarget target) : m_t(std::move(target)) {}

    ImportReport run(const ParsedBank &bank)
    {
        m_report.notes = bank.notes;
        if (!bank.error.isEmpty())
            return fail(bank.error);
        if (!loadExisting())
            return m_report;
        for (const ImportedQuestion &iq : bank.questions)
            merge(iq);
        if (m_report.imported() == 0)
            return fail(tr("no question could be imported"));
        settleLanguages();
        if (m_report.error.isEmpty())
            write();
        std::stable_sort(m_report.notes.begin(), m_report.notes.end(),
                         [](const ImportNote &a, const ImportNote &b) { return a.line < b.line; });
        if (!m_report.error.isEmpty())
            m_report.importedByType.clear();
        return m_report;
    }

private:
    ImportReport fail(const QString &error)
    {
        m_report.error = error;
        m_report.importedByType.clear();
        return m_report;
    }

    void note(const ImportedQuestion &iq, ImportNote::Kind kind, const QString &message)
    {
        m_report.notes.append({kind, iq.line, iq.name, message});
    }

    bool loadExisting()
    {
        m_course.id = QStringLiteral("gift-import");
        m_course.languages = {m_t.lang};
        m_course.title = {QStringLiteral("Câu hỏi nhập từ Moodle"), QStringLiteral("Questions imported from Moodle")};
        m_course.description = m_course.title;
        if (!QFileInfo::exists(m_t.packDir + QStringLiteral("/course.xml")))
            return true;
        const PackLoadResult existing = loadPack(m_t.packDir);
        if (errorCount(existing.issues) > 0 || !existing.course) {
            ContentIssue first;
            for (const ContentIssue &i : existing.issues)
                if (!i.warning) { first = i; break; }
            fail(tr("the pack %1 has problems; fix them first: %2").arg(m_t.packDir, first.toString()));
            return false;
        }
        m_course = *existing.course;
        if (!m_course.languages.contains(m_t.lang))
            m_course.languages.append(m_t.lang);
        for (const Module &m : std::as_const(m_course.modules)) {
            if (!isImportMade(m)) {
                fail(tr("the pack %1 holds the module \"%2\", which was not made by an import; import into another pack")
                         .arg(m_t.packDir, m.id));
                return false;
            }
        }
        return true;
    }

    Module &module()
    {
        for (Module &m : m_course.modules)
            if (m.id == m_t.moduleId)
                return m;
        Module m;
        m.id = m_t.moduleId;
        m.title.set(m_t.lang, m_t.moduleId);
        m.summary.set(m_t.lang, m_t.lang == QLatin1String("vi") ? QStringLiteral("Câu hỏi nhập từ ngân hàng câu hỏi Moodle.")
                                                                : QStringLiteral("Questions imported from a Moodle question bank."));
        m.file = m_t.packDir + QStringLiteral("/modules/") + m_t.moduleId + QStringLiteral(".xml");
        Quiz quiz;
        quiz.id = m_t.moduleId + QStringLiteral("-quiz");
        quiz.title = m.title;
        quiz.passPercent = 70;
        m.quiz = quiz;
        m_course.modules.append(m);
        return m_course.modules.last();
    }

    static QString slug(const QString &title)
    {
        static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
        QString s = foldForSearch(title);
        s.replace(separators, QStringLiteral("-"));
        s = s.left(56);
        while (s.startsWith(QLatin1Char('-'))) s.remove(0, 1);
        while (s.endsWith(QLatin1Char('-'))) s.chop(1);
        return s;
    }

    // The question's id: its Moodle idnumber when valid, else from its title or text. Two
    // questions of one bank never share an id: the later one gets -2, -3, ...
    QString idFor(const ImportedQuestion &iq)
    {
        QString id = idPattern().match(iq.idHint).hasMatch() ? iq.idHint : slug(iq.name);
        if (id.isEmpty())
            id = slug(iq.question.prompt.in(m_t.lang).left(40));
        if (id.isEmpty())
            id = QStringLiteral("q%1").arg(iq.line);
        if (!m_usedBy.contains(id)) {
            m_usedBy.insert(id, iq.line);
            return id;
        }
        QString unique;
        for (int n = 2;; ++n) {
            unique = id + QLatin1Char('-') + QString::number(n);
            if (!m_usedBy.contains(unique))
                break;
        }
        //: %1 an id, %2 a line number, %3 the new id
        note(iq, ImportNote::Kind::Warning, tr("the id \"%1\" is already used by the question on line %2; this one gets the id \"%3\"")
                                                .arg(id).arg(m_usedBy.value(id)).arg(unique));
        m_usedBy.insert(unique, iq.line);
        return unique;
    }

    // Why a text of `q` cannot be content (as the loader would say), or empty.
    QString unusableText(const Question &q) const
    {
        for (const QString &t : textsOf(q, m_t.lang)) {
            if (containsHtml(t))
                return tr("a text holds HTML or an HTML-like tag (\"%1\"); Khiên shows plain text only").arg(t.left(60));
            if (const char32_t hidden = firstHiddenCharacter(t))
                return tr("a text holds the invisible character U+%1, which can disguise text").arg(uint(hidden), 4, 16, QLatin1Char('0'));
            if (t.size() > limits::maxTextLength)
                return tr("a text is longer than %1 characters").arg(limits::maxTextLength);
        }
        return {};
    }

    void merge(const ImportedQuestion &iq)
    {
        Question q = iq.question;
        if (q.options.size() > limits::maxOptionsPerQuestion) {
            note(iq, ImportNote::Kind::Skipped, tr("the question has %1 answers; Khiên takes at most %2")
                                                    .arg(q.options.size()).arg(limits::maxOptionsPerQuestion));
            return;
        }
        q.id = idFor(iq);
        Quiz &quiz = *module().quiz;
        // Looked up by id, not by a walk over every question: the walk made a 4.9 MB bank
        // (one walk per question) take 27 s.
        if (m_positions.isEmpty() && !quiz.questions.isEmpty())
            for (int i = 0; i < quiz.questions.size(); ++i)
                m_positions.insert(quiz.questions[i].id, i);
        const bool known = m_positions.contains(q.id);
        if (!known && quiz.questions.size() >= limits::maxQuestionsPerQuiz) {
            note(iq, ImportNote::Kind::Skipped, tr("the module already holds %1 questions, the most a quiz may have").arg(limits::maxQuestionsPerQuiz));
            return;
        }
        // The content rules, here rather than when the pack is next loaded: one bad
        // question is skipped with its line; it never makes the whole module unloadable.
        if (const QString why = unusableText(q); !why.isEmpty()) {
            note(iq, ImportNote::Kind::Skipped, why);
            return;
        }
        for (const Option &o : std::as_const(q.options)) {
            if (q.type != QuestionType::Numeric && q.type != QuestionType::ShortAnswer && !o.explanation.has(m_t.lang)) {
                note(iq, ImportNote::Kind::Warning, tr("an answer has no feedback; its explanation is left empty"));
                break;
            }
        }
        if (const auto at = m_positions.constFind(q.id); at != m_positions.cend()) {
            Question &existing = quiz.questions[*at];
            if (existing.type != q.type || existing.options.size() != q.options.size()) {
                note(iq, ImportNote::Kind::Skipped, tr("question \"%1\" already exists with other answers; give it another title").arg(q.id));
                return;
            }
            // The other language of a question imported before: add this language's texts.
            existing.prompt.set(m_t.lang, q.prompt.in(m_t.lang));
            existing.promptAfter.set(m_t.lang, q.promptAfter.has(m_t.lang) ? q.promptAfter.in(m_t.lang) : QString());
            for (int i = 0; i < q.options.size(); ++i) {
                const Option &o = q.options[i];
                existing.options[i].text.set(m_t.lang, o.text.has(m_t.lang) ? o.text.in(m_t.lang) : QString());
                existing.options[i].match.set(m_t.lang, o.match.has(m_t.lang) ? o.match.in(m_t.lang) : QString());
                existing.options[i].explanation.set(m_t.lang, o.explanation.has(m_t.lang) ? o.explanation.in(m_t.lang) : QString());
            }
            m_sourceLines.insert(q.id, iq.line);
            count(q);
            addImages(iq, q.id);
            return;
        }
        m_positions.insert(q.id, int(quiz.questions.size()));
        m_sourceLines.insert(q.id, iq.line);
        quiz.questions.append(q);
        count(q);
        addImages(iq, q.id);
    }

    // Images are saved beside the pack's lessons under names made here (nothing of the
    // file's own name is used); questions show text only, so the report says where they are.
    void addImages(const ImportedQuestion &iq, const QString &questionId)
    {
        for (int i = 0; i < iq.images.size(); ++i) {
            const QString name = QStringLiteral("lessons/images/%1-%2-%3.%4")
                                     .arg(m_t.moduleId, questionId).arg(i + 1).arg(iq.images[i].extension);
            m_images.append({name, iq.images[i].data});
            note(iq, ImportNote::Kind::Warning, tr("its image was saved as %1 in the pack; questions show text only").arg(name));
        }
    }

    // The pack lists the languages every text has; the app shows a text in the language it has.
    void settleLanguages()
    {
        Module &m = module();
        for (LocalizedText *t : {&m.title, &m.summary, &m.quiz->title, &m_course.title, &m_course.description})
            if (!t->has(m_t.lang))
                t->set(m_t.lang, t->in(m_t.lang));
        QStringList completeLanguages;
        QString missing;
        for (const QString &lang : supportedLanguages()) {
            bool all = true;
            for (const Module &mod : std::as_const(m_course.modules))
                for (const Question &q : mod.quiz ? mod.quiz->questions : QVector<Question>{}) {
                    bool has = q.prompt.has(lang) && complete(q.promptAfter, lang);
                    for (const Option &o : q.options)
                        has = has && complete(o.text, lang) && complete(o.match, lang) && complete(o.explanation, lang);
                    if (!has && missing.isEmpty())
                        missing = q.id;
                    all = all && has;
                }
            if (all)
                completeLanguages.append(lang);
        }
        if (completeLanguages.isEmpty()) {
            fail(tr("question \"%1\" exists in one language only while others exist only in the other; "
                    "import a bank with the same titles in both languages").arg(missing));
            return;
        }
        m_course.languages = completeLanguages;
    }

    void count(const Question &q) { m_report.importedByType[questionTypeName(q.type)] += 1; }

    // The files that make the pack after the import: images, then modules, course.xml last
    // (it refers to the others). Modules left as they were are read as they are, for the
    // check; their paths go to `unchanged`, which write() leaves alone.
    QVector<QPair<QString, QByteArray>> files(QSet<QString> &unchanged)
    {
        QVector<QPair<QString, QByteArray>> out;
        for (const auto &image : std::as_const(m_images))
            out.append(image);
        for (const Module &m : std::as_const(m_course.modules)) {
            const QString relative = QStringLiteral("modules/") + m.id + QStringLiteral(".xml");
            if (m.id == m_t.moduleId) {
                out.append({relative, moduleXml(m, QStringLiteral("Written by khien %1.").arg(m_t.writer))});
            } else {
                QFile f(m.file);
                out.append({relative, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray()});
                unchanged.insert(relative);
            }
        }
        out.append({QStringLiteral("course.xml"), courseXml(m_course)});
        return out;
    }

    // The pack as it would be, loaded by the content loader from a scratch folder: an import
    // never writes a module that the app (or the next import) would refuse.
    bool validate(const QVector<QPair<QString, QByteArray>> &pack)
    {
        QTemporaryDir scratch;
        if (!scratch.isValid())
            return fail(tr("cannot create a scratch folder to check the import: %1").arg(scratch.errorString())), false;
        for (const auto &[relative, data] : pack) {
            const QString path = scratch.filePath(relative);
            QDir().mkpath(QFileInfo(path).absolutePath());
            if (const auto failure = writeFileAtomically(path, data))
                return fail(tr("cannot write %1: %2; the pack was not changed").arg(failure->path, failure->reason)), false;
        }
        const PackLoadResult loaded = loadPack(scratch.path(), true);
        for (const ContentIssue &issue : loaded.issues) {
            if (issue.warning)
                continue;
            const QString id = questionAtLine(pack, issue);
            if (m_sourceLines.contains(id))
                //: %1 line in the bank, %2 the question's id, %3 the content loader's message
                fail(tr("the question on line %1 (%2) would not load: %3; nothing was written")
                         .arg(m_sourceLines.value(id)).arg(id, issue.message));
            else
                //: %1 the file in the pack, %2 its line, %3 the loader's message
                fail(tr("the imported module would not load (%1, line %2: %3); nothing was written")
                         .arg(QDir(scratch.path()).relativeFilePath(issue.file)).arg(issue.line).arg(issue.message));
            return false;
        }
        if (!loaded.course)
            return fail(tr("the imported module would not load; nothing was written")), false;
        return true;
    }

    // The id of the question whose element holds line `issue.line` of the imported module.
    QString questionAtLine(const QVector<QPair<QString, QByteArray>> &pack, const ContentIssue &issue) const
    {
        const QString relative = QStringLiteral("modules/") + m_t.moduleId + QStringLiteral(".xml");
        if (!issue.file.endsWith(relative))
            return {};
        for (const auto &[name, data] : pack) {
            if (name != relative)
                continue;
            static const QRegularExpression question(QStringLiteral("<question id=\"([a-z0-9-]+)\""));
            QString id;
            const QList<QByteArray> lines = data.split('\n');
            for (int i = 0; i < lines.size() && i < issue.line; ++i)
                if (const QRegularExpressionMatch m = question.match(QString::fromUtf8(lines[i])); m.hasMatch())
                    id = m.captured(1);
            return id;
        }
        return {};
    }

    void write()
    {
        QSet<QString> unchanged;
        const QVector<QPair<QString, QByteArray>> pack = files(unchanged);
        if (!validate(pack))
            return;
        StagedFiles staged;
        bool ok = true;
        for (const auto &[relative, data] : pack) {
            if (unchanged.contains(relative))
                continue; // checked with the rest, not rewritten
            const QString path = m_t.packDir + QLatin1Char('/') + relative;
            QDir().mkpath(QFileInfo(path).absolutePath()); // an empty folder changes nothing
            ok = ok && staged.stage(path, data);
        }
        if (ok && staged.commitAll()) {
            m_report.moduleFile = m_t.packDir + QStringLiteral("/modules/") + m_t.moduleId + QStringLiteral(".xml");
            return;
        }
        const WriteFailure failure = staged.failure().value_or(WriteFailure{m_t.packDir, QString()});
        if (staged.committed().isEmpty())
            fail(tr("cannot write %1: %2; the pack was not changed").arg(failure.path, failure.reason));
        else
            //: %1: files already replaced; %2 the file that failed; %3 the reason
            fail(tr("%1 was written but %2 could not be (%3); run the import again once the disk has room")
                     .arg(staged.committed().join(QStringLiteral(", ")), failure.path, failure.reason));
    }

    ImportTarget m_t;
    Course m_course;
    QHash<QString, int> m_positions; // question id -> index in the module's quiz
    QHash<QString, int> m_usedBy;    // ids given in this import -> line of their question
    QHash<QString, int> m_sourceLines; // ids of the questions imported -> line in the bank
    QVector<QPair<QString, QByteArray>> m_images;
    ImportReport m_report;
};

} // namespace

QString checkImportTarget(const ImportTarget &target)
{
    if (!supportedLanguages().contains(target.lang))
        return QCoreApplication::translate("QuestionImport", "the language must be vi or en");
    if (!idPattern().match(target.moduleId).hasMatch())
        return QCoreApplication::translate("QuestionImport", "the module id must use a-z, 0-9 and - only");
    return {};
}

std::optional<QByteArray> readBankFile(const QString &path, qint64 maxBytes, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QCoreApplication::translate("QuestionImport", "cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // Checked before reading, and the read itself is bounded (a file can grow meanwhile).
    if (file.size() > maxBytes) {
        error = QCoreApplication::translate("QuestionImport", "%1 is larger than %2 MB; a question bank is much smaller")
                    .arg(path).arg(maxBytes / (1024 * 1024));
        return std::nullopt;
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        error = QCoreApplication::translate("QuestionImport", "%1 is larger than %2 MB; a question bank is much smaller")
                    .arg(path).arg(maxBytes / (1024 * 1024));
        return std::nullopt;
    }
    return bytes;
}

ImportReport importIntoPack(const ParsedBank &bank, const ImportTarget &target)
{
    ImportTarget t = target;
    t.packDir = QDir::cleanPath(t.packDir);
    if (const QString why = checkImportTarget(t); !why.isEmpty()) {
        ImportReport report;
        report.error = why;
        return report;
    }
    return PackImport(t).run(bank);
}

} // namespace khien
