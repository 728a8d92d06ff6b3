#include "giftimport.h"

#include "atomicwrite.h"
#include "contentlimits.h"
#include "contentloader.h"
#include "lessonbody.h"
#include "untrustedtext.h"
#include "glossaryreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamWriter>

namespace khien {

namespace {

class Import
{
    Q_DECLARE_TR_FUNCTIONS(GiftImport)

public:
    Import(QString lang, QString moduleId, QString packDir)
        : m_lang(std::move(lang)), m_moduleId(std::move(moduleId)), m_packDir(std::move(packDir))
    {
    }

    GiftImportReport run(const QString &giftFile)
    {
        static const QRegularExpression id(QStringLiteral("^[a-z0-9-]{1,64}$"));
        if (!supportedLanguages().contains(m_lang))
            return fail(tr("the language must be vi or en"));
        if (!id.match(m_moduleId).hasMatch())
            return fail(tr("the module id must use a-z, 0-9 and - only"));
        QFile file(giftFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("cannot read %1: %2").arg(giftFile, file.errorString()));
        if (file.size() > 5 * 1024 * 1024)
            return fail(tr("%1 is larger than 5 MB; a question bank is much smaller").arg(giftFile));
        const GiftParseResult parsed = parseGift(QString::fromUtf8(file.readAll()));
        m_report.skipped = parsed.skipped;
        if (!loadExisting())
            return m_report;
        for (const GiftQuestion &g : parsed.questions)
            merge(g);
        if (m_report.imported() == 0 && m_report.error.isEmpty())
            m_report.error = tr("no question could be imported");
        if (m_report.error.isEmpty())
            settleLanguages();
        if (m_report.error.isEmpty())
            write();
        return m_report;
    }

private:
    GiftImportReport fail(const QString &error)
    {
        m_report.error = error;
        return m_report;
    }

    bool loadExisting()
    {
        m_course.id = QStringLiteral("gift-import");
        m_course.version = QDate::currentDate().toString(Qt::ISODate);
        m_course.languages = {m_lang};
        m_course.title = {QStringLiteral("Câu hỏi nhập từ Moodle (GIFT)"), QStringLiteral("Questions imported from Moodle (GIFT)")};
        m_course.description = m_course.title;
        if (!QFileInfo::exists(m_packDir + QStringLiteral("/course.xml")))
            return true;
        const PackLoadResult existing = loadPack(m_packDir);
        if (!existing.issues.isEmpty() || !existing.course) {
            m_report.error = tr("the pack %1 has problems; fix them first: %2")
                                 .arg(m_packDir, existing.issues.value(0).toString());
            return false;
        }
        m_course = *existing.course;
        if (!m_course.languages.contains(m_lang))
            m_course.languages.append(m_lang);
        return true;
    }

    Module &module()
    {
        for (Module &m : m_course.modules)
            if (m.id == m_moduleId)
                return m;
        Module m;
        m.id = m_moduleId;
        m.title.set(m_lang, m_moduleId);
        m.summary.set(m_lang, m_lang == QLatin1String("vi") ? QStringLiteral("Câu hỏi nhập từ ngân hàng câu hỏi Moodle.")
                                                            : QStringLiteral("Questions imported from a Moodle question bank."));
        m.file = m_packDir + QStringLiteral("/modules/") + m_moduleId + QStringLiteral(".xml");
        Quiz quiz;
        quiz.id = m_moduleId + QStringLiteral("-quiz");
        quiz.title = m.title;
        quiz.passPercent = 70;
        m.quiz = quiz;
        m_course.modules.append(m);
        return m_course.modules.last();
    }

    static QString slug(const QString &title, int line)
    {
        static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
        QString s = foldForSearch(title);
        s.replace(separators, QStringLiteral("-"));
        s = s.mid(0, 60);
        while (s.startsWith(QLatin1Char('-'))) s.remove(0, 1);
        while (s.endsWith(QLatin1Char('-'))) s.chop(1);
        return s.isEmpty() ? QStringLiteral("q%1").arg(line) : s;
    }

    // Why a text of `q` cannot be content (as the loader would say), or empty.
    QString unusableText(const Question &q) const
    {
        QStringList texts{q.prompt.in(m_lang)};
        for (const Option &o : q.options)
            texts << o.text.in(m_lang) << o.match.in(m_lang) << o.explanation.in(m_lang);
        for (const QString &t : std::as_const(texts)) {
            if (containsHtml(t))
                return tr("a text holds HTML or an HTML-like tag (\"%1\"); Khiên shows plain text only").arg(t.left(60));
            if (const char32_t hidden = firstHiddenCharacter(t))
                return tr("a text holds the invisible character U+%1, which can disguise text").arg(uint(hidden), 4, 16, QLatin1Char('0'));
            if (t.size() > limits::maxTextLength)
                return tr("a text is longer than %1 characters").arg(limits::maxTextLength);
        }
        return {};
    }

    void skip(const GiftQuestion &g, const QString &reason) { m_report.skipped.append({g.line, reason}); }

    // Every answer needs an explanation in Khiên: its own feedback, else the general feedback.
    QString explanationFor(const GiftQuestion &g, const QString &feedback)
    {
        return feedback.isEmpty() ? g.generalFeedback : feedback;
    }

    void merge(const GiftQuestion &g)
    {
        Question q;
        q.id = slug(g.title.isEmpty() ? g.text.left(40) : g.title, g.line);
        q.prompt.set(m_lang, g.text);
        const QStringList letters{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"};
        switch (g.kind) {
        case GiftQuestion::Kind::TrueFalse: {
            q.type = QuestionType::TrueFalse;
            Option t{QStringLiteral("true"), {}, {}, g.trueIsRight, {}, {}};
            Option f{QStringLiteral("false"), {}, {}, !g.trueIsRight, {}, {}};
            t.explanation.set(m_lang, explanationFor(g, g.trueIsRight ? g.feedbackIfRight : g.feedbackIfWrong));
            f.explanation.set(m_lang, explanationFor(g, g.trueIsRight ? g.feedbackIfWrong : g.feedbackIfRight));
            q.options = {t, f};
            break;
        }
        case GiftQuestion::Kind::Matching:
            q.type = QuestionType::Matching;
            if (g.answers.size() < 3) {
                skip(g, tr("a matching question needs at least three pairs"));
                return;
            }
            for (int i = 0; i < g.answers.size() && i < letters.size(); ++i) {
                Option o{letters[i], {}, {}, true, {}, {}};
                o.text.set(m_lang, g.answers[i].text);
                o.match.set(m_lang, g.answers[i].match);
                o.explanation.set(m_lang, explanationFor(g, g.answers[i].feedback));
                q.options.append(o);
            }
            break;
        case GiftQuestion::Kind::Single:
        case GiftQuestion::Kind::Multiple:
            q.type = g.kind == GiftQuestion::Kind::Single ? QuestionType::Single : QuestionType::Multiple;
            for (int i = 0; i < g.answers.size() && i < letters.size(); ++i) {
                Option o{letters[i], {}, {}, g.answers[i].weight > 0, {}, {}};
                o.text.set(m_lang, g.answers[i].text);
                o.explanation.set(m_lang, explanationFor(g, g.answers[i].feedback));
                q.options.append(o);
            }
            break;
        }
        if (g.answers.size() > letters.size()) {
            skip(g, tr("the question has %1 answers; Khiên takes at most %2").arg(g.answers.size()).arg(letters.size()));
            return;
        }
        // The content rules, here rather than when the pack is next loaded: one bad
        // question is skipped with its line; it never makes the whole module unloadable.
        if (const QString why = unusableText(q); !why.isEmpty()) {
            skip(g, why);
            return;
        }
        for (const Option &o : std::as_const(q.options)) {
            if (o.explanation.in(m_lang).isEmpty()) {
                skip(g, tr("an answer has no feedback (#…) and there is no general feedback (####…); Khiên explains every answer, so the question was skipped"));
                return;
            }
        }
        Quiz &quiz = *module().quiz;
        // Looked up by id, not by a walk over every question: the walk made a 4.9 MB bank
        // (one walk per question) take 27 s.
        if (m_positions.isEmpty() && !quiz.questions.isEmpty())
            for (int i = 0; i < quiz.questions.size(); ++i)
                m_positions.insert(quiz.questions[i].id, i);
        if (const auto at = m_positions.constFind(q.id); at != m_positions.cend()) {
            Question &existing = quiz.questions[*at];
            if (existing.type != q.type || existing.options.size() != q.options.size()) {
                skip(g, tr("question \"%1\" already exists with other answers; give it another ::title::").arg(q.id));
                return;
            }
            // The other language of a question imported before: add this language's texts.
            existing.prompt.set(m_lang, q.prompt.in(m_lang));
            for (int i = 0; i < q.options.size(); ++i) {
                existing.options[i].text.set(m_lang, q.options[i].text.has(m_lang) ? q.options[i].text.in(m_lang) : QString());
                existing.options[i].match.set(m_lang, q.options[i].match.has(m_lang) ? q.options[i].match.in(m_lang) : QString());
                existing.options[i].explanation.set(m_lang, q.options[i].explanation.in(m_lang));
            }
            count(q);
            return;
        }
        if (quiz.questions.size() >= limits::maxQuestionsPerQuiz) {
            skip(g, tr("the module already holds %1 questions, the most a quiz may have").arg(limits::maxQuestionsPerQuiz));
            return;
        }
        m_positions.insert(q.id, int(quiz.questions.size()));
        quiz.questions.append(q);
        count(q);
    }

    // The pack lists the languages every text has; the app shows a text in the language it has.
    void settleLanguages()
    {
        Module &m = module();
        for (LocalizedText *t : {&m.title, &m.summary, &m.quiz->title})
            if (!t->has(m_lang))
                t->set(m_lang, t->in(m_lang));
        for (LocalizedText *t : {&m_course.title, &m_course.description})
            if (!t->has(m_lang))
                t->set(m_lang, t->in(m_lang));
        QStringList complete;
        QString missing;
        for (const QString &lang : supportedLanguages()) {
            bool all = true;
            for (const Module &mod : std::as_const(m_course.modules))
                for (const Question &q : mod.quiz ? mod.quiz->questions : QVector<Question>{}) {
                    bool has = q.prompt.has(lang);
                    for (const Option &o : q.options)
                        has = has && o.explanation.has(lang) && (o.text.has(lang) || q.type == QuestionType::TrueFalse);
                    if (!has && missing.isEmpty())
                        missing = q.id;
                    all = all && has;
                }
            if (all)
                complete.append(lang);
        }
        if (complete.isEmpty()) {
            m_report.error = tr("question \"%1\" exists in one language only while others exist only in the other; "
                                "import a bank with the same ::titles:: in both languages").arg(missing);
            return;
        }
        m_course.languages = complete;
    }

    void count(const Question &q) { m_report.importedByType[questionTypeName(q.type)] += 1; }

    // A text in each language it has (a pack may hold some texts in a language it does not
    // list as complete).
    void texts(QXmlStreamWriter &w, const QString &element, const LocalizedText &t)
    {
        for (const QString &lang : supportedLanguages()) {
            if (!t.has(lang))
                continue;
            w.writeStartElement(element);
            w.writeAttribute(QStringLiteral("lang"), lang);
            w.writeCharacters(t.in(lang));
            w.writeEndElement();
        }
    }

    void write()
    {
        const Module &m = module();
        QByteArray xml;
        QXmlStreamWriter w(&xml);
        w.setAutoFormatting(true);
        w.writeStartDocument();
        w.writeComment(QStringLiteral(" Written by khien import-gift. "));
        w.writeStartElement(QStringLiteral("module"));
        w.writeAttribute(QStringLiteral("id"), m.id);
        texts(w, QStringLiteral("title"), m.title);
        texts(w, QStringLiteral("summary"), m.summary);
        w.writeStartElement(QStringLiteral("quiz"));
        w.writeAttribute(QStringLiteral("id"), m.quiz->id);
        w.writeAttribute(QStringLiteral("passPercent"), QString::number(m.quiz->passPercent));
        texts(w, QStringLiteral("title"), m.quiz->title);
        for (const Question &q : m.quiz->questions) {
            w.writeStartElement(QStringLiteral("question"));
            w.writeAttribute(QStringLiteral("id"), q.id);
            w.writeAttribute(QStringLiteral("type"), questionTypeName(q.type));
            if (q.type == QuestionType::TrueFalse)
                w.writeAttribute(QStringLiteral("answer"), q.option(QStringLiteral("true"))->correct ? QStringLiteral("true") : QStringLiteral("false"));
            texts(w, QStringLiteral("prompt"), q.prompt);
            for (const Option &o : q.options) {
                w.writeStartElement(q.type == QuestionType::Matching ? QStringLiteral("pair") : QStringLiteral("option"));
                w.writeAttribute(QStringLiteral("id"), o.id);
                if (o.correct && (q.type == QuestionType::Single || q.type == QuestionType::Multiple))
                    w.writeAttribute(QStringLiteral("correct"), QStringLiteral("true"));
                if (q.type == QuestionType::Matching) {
                    texts(w, QStringLiteral("left"), o.text);
                    texts(w, QStringLiteral("right"), o.match);
                } else if (q.type != QuestionType::TrueFalse) {
                    texts(w, QStringLiteral("text"), o.text);
                }
                texts(w, QStringLiteral("explain"), o.explanation);
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement(); // quiz
        w.writeEndElement(); // module
        w.writeEndDocument();
        const QString moduleFile = m_packDir + QStringLiteral("/modules/") + m.id + QStringLiteral(".xml");
        // Both files are written in full before either replaces anything; course.xml, which
        // lists the module, goes last.
        StagedFiles files;
        QDir().mkpath(QFileInfo(moduleFile).absolutePath()); // an empty folder changes nothing
        if (files.stage(moduleFile, xml) && files.stage(m_packDir + QStringLiteral("/course.xml"), courseXml())
            && files.commitAll()) {
            m_report.moduleFile = moduleFile;
            return;
        }
        const WriteFailure failure = files.failure().value_or(WriteFailure{moduleFile, QString()});
        if (files.committed().isEmpty())
            m_report.error = tr("cannot write %1: %2; the pack was not changed").arg(failure.path, failure.reason);
        else
            //: %1: files already replaced; %2 the file that failed; %3 the reason
            m_report.error = tr("%1 was written but %2 could not be (%3); run the import again once the disk has room")
                                 .arg(files.committed().join(QStringLiteral(", ")), failure.path, failure.reason);
    }

    QByteArray courseXml()
    {
        QByteArray xml;
        QXmlStreamWriter w(&xml);
        w.setAutoFormatting(true);
        w.writeStartDocument();
        w.writeStartElement(QStringLiteral("course"));
        w.writeAttribute(QStringLiteral("id"), m_course.id);
        w.writeAttribute(QStringLiteral("format"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("version"), QDate::currentDate().toString(Qt::ISODate));
        w.writeAttribute(QStringLiteral("languages"), m_course.languages.join(QLatin1Char(' ')));
        texts(w, QStringLiteral("title"), m_course.title);
        texts(w, QStringLiteral("description"), m_course.description);
        for (const Module &m : m_course.modules) {
            w.writeEmptyElement(QStringLiteral("module"));
            w.writeAttribute(QStringLiteral("src"), QStringLiteral("modules/") + m.id + QStringLiteral(".xml"));
        }
        w.writeEndElement();
        w.writeEndDocument();
        return xml;
    }

    QString m_lang;
    QString m_moduleId;
    QString m_packDir;
    Course m_course;
    QHash<QString, int> m_positions; // question id -> index in the module's quiz
    GiftImportReport m_report;
};

} // namespace

int GiftImportReport::imported() const
{
    int n = 0;
    for (int v : importedByType)
        n += v;
    return n;
}

GiftImportReport importGift(const QString &giftFile, const QString &lang, const QString &moduleId,
                            const QString &packDir)
{
    return Import(lang, moduleId, QDir::cleanPath(packDir)).run(giftFile);
}

} // namespace khien
