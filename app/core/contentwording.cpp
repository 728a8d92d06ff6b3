#include "contentwording.h"

#include "lessonbody.h"

#include <QCoreApplication>

namespace khien {

namespace {

class Terminology
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    explicit Terminology(const Course &course) : m_course(course) {}

    ContentIssues run()
    {
        for (const GlossaryTerm &t : m_course.glossary)
            for (const AvoidedVariant &a : t.avoid) {
                const QString name = t.name.in(a.lang);
                const QString use = !a.use.isEmpty() ? a.use : name.section(QStringLiteral(" ("), 0, 0).trimmed();
                m_variants.append({&t, a.lang, a.text, use});
            }
        if (m_variants.isEmpty())
            return {};
        for (const Module &m : m_course.modules)
            checkModule(m);
        for (const GlossaryTerm &t : m_course.glossary) {
            const QString where = tr("glossary term \"%1\"").arg(t.id);
            check(QString(), where, t.name, &t);
            check(QString(), where, t.definition, &t);
        }
        return m_issues;
    }

private:
    struct Variant
    {
        const GlossaryTerm *term;
        QString lang;
        QString text;
        QString use;

        // The first line (1-based) using the variant, 0 if none. A variant named where the
        // preferred wording is (same text, or same line of a lesson) is being explained, not
        // used: "MFA (also called ...)".
        int lineUsing(const QString &text) const
        {
            if (!usesVariant(text, this->text))
                return 0;
            const QStringList lines = text.split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i)
                if (usesVariant(lines.at(i), this->text) && !lines.at(i).contains(use, Qt::CaseInsensitive))
                    return i + 1;
            return 0;
        }
    };

    void checkModule(const Module &m)
    {
        const QString module = tr("module \"%1\"").arg(m.id);
        check(m.file, module, m.title);
        check(m.file, module, m.summary);
        for (const LocalizedText &o : m.objectives)
            check(m.file, module, o);
        for (const Lesson &l : m.lessons) {
            const QString lesson = tr("lesson \"%1\"").arg(l.id);
            check(m.file, lesson, l.title);
            for (const QString &lang : supportedLanguages()) {
                const QString body = readLessonBody(l, lang).markdown;
                for (const Variant &v : std::as_const(m_variants))
                    if (const int line = v.lang == lang ? v.lineUsing(body) : 0)
                        report(l.bodyPath.in(lang), line, lesson, v);
            }
        }
        if (!m.quiz)
            return;
        for (const Question &q : m.quiz->questions) {
            const QString question = tr("question \"%1\"").arg(q.id);
            check(m.file, question, q.prompt);
            for (const Option &o : q.options) {
                check(m.file, question, o.text);
                check(m.file, question, o.match);
                check(m.file, question, o.explanation);
            }
            for (const ScenarioStep &s : q.steps) {
                check(m.file, question, s.text);
                check(m.file, question, s.summary);
                for (const ScenarioChoice &c : s.choices) {
                    check(m.file, question, c.text);
                    check(m.file, question, c.consequence);
                }
            }
        }
    }

    // A glossary entry may name its own avoided variants ("not ...").
    void check(const QString &file, const QString &where, const LocalizedText &text, const GlossaryTerm *self = nullptr)
    {
        for (const Variant &v : std::as_const(m_variants))
            if (v.term != self && v.lineUsing(text.in(v.lang)) > 0)
                report(file.isEmpty() ? m_course.rootPath : file, 0, where, v);
    }

    void report(const QString &file, int line, const QString &where, const Variant &v)
    {
        //: %1 is where (a question, a lesson...), %2 the variant found, %3 the wording the glossary prefers
        ContentIssue issue{file, line, tr("%1 says \"%2\": the glossary says to write \"%3\"").arg(where, v.text, v.use)};
        issue.warning = true;
        m_issues.append(issue);
    }

    const Course &m_course;
    QVector<Variant> m_variants;
    ContentIssues m_issues;
};

struct GuessText
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)
public:
    //: %1 quiz id, %2 language code (vi, en), %3 and %4 counts of questions
    static QString guessable(const QString &quiz, const QString &lang, int longest, int total)
    {
        return tr("quiz \"%1\" (%2): the right option is the longest in %3 of its %4 choice questions; balance the option lengths")
            .arg(quiz, lang).arg(longest).arg(total);
    }
};

} // namespace

bool usesVariant(const QString &text, const QString &variant)
{
    if (variant.isEmpty())
        return false;
    for (qsizetype at = text.indexOf(variant, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(variant, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + variant.size();
        const bool startsWord = at == 0 || !text.at(at - 1).isLetterOrNumber();
        const bool endsWord = end >= text.size() || !text.at(end).isLetterOrNumber();
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

bool longestOptionIsRight(const Question &q, const QString &lang)
{
    if (q.type != QuestionType::Single && q.type != QuestionType::Multiple)
        return false;
    const Option *longest = nullptr;
    bool tie = false;
    for (const Option &o : q.options) {
        const qsizetype length = o.text.in(lang).size();
        if (!longest || length > longest->text.in(lang).size()) {
            longest = &o;
            tie = false;
        } else if (length == longest->text.in(lang).size()) {
            tie = true;
        }
    }
    return longest && !tie && longest->correct;
}

ContentIssues checkTerminology(const Course &course)
{
    return Terminology(course).run();
}

ContentIssues checkGuessability(const Course &course)
{
    ContentIssues issues;
    for (const Module &m : course.modules) {
        if (!m.quiz)
            continue;
        for (const QString &lang : course.languages) {
            int total = 0, longest = 0;
            for (const Question &q : m.quiz->questions) {
                if (q.type != QuestionType::Single && q.type != QuestionType::Multiple)
                    continue;
                ++total;
                longest += longestOptionIsRight(q, lang) ? 1 : 0;
            }
            if (total > 0 && 2 * longest > total)
                issues.append({m.file, 0, GuessText::guessable(m.quiz->id, lang, longest, total)});
        }
    }
    return issues;
}

} // namespace khien
