// A module's quiz as Moodle XML: see moodleexport.h.
#include "htmltext.h"
#include "modulexmlwriter.h"
#include "moodleexport.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace khien::detail {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(MoodleExport)
};

class MoodleXmlWriter
{
public:
    MoodleXmlWriter(const Module &module, QString lang) : m_module(module), m_lang(std::move(lang)), m_w(&m_xml)
    {
        m_w.setAutoFormatting(true);
    }

    BankExport write()
    {
        m_w.writeStartDocument();
        m_w.writeStartElement(QStringLiteral("quiz"));
        m_w.writeStartElement(QStringLiteral("question"));
        m_w.writeAttribute(QStringLiteral("type"), QStringLiteral("category"));
        m_w.writeStartElement(QStringLiteral("category"));
        m_w.writeTextElement(QStringLiteral("text"), QStringLiteral("$course$/top/") + m_module.title.in(m_lang).simplified().replace(QLatin1Char('/'), QLatin1Char('-')));
        m_w.writeEndElement();
        m_w.writeEndElement();
        for (const Question &q : m_module.quiz ? m_module.quiz->questions : QVector<Question>{})
            question(q);
        m_w.writeEndElement();
        m_w.writeEndDocument();
        m_result.data = m_xml;
        return m_result;
    }

private:
    void html(const QString &element, const QString &text)
    {
        m_w.writeStartElement(element);
        m_w.writeAttribute(QStringLiteral("format"), QStringLiteral("html"));
        m_w.writeTextElement(QStringLiteral("text"), text.isEmpty() ? QString() : htmlFromPlain(text));
        m_w.writeEndElement();
    }

    // Choices are HTML in Moodle; short-answer patterns and numbers are plain.
    void answer(double percent, const QString &text, const QString &feedback, bool htmlText = true, const QString &tolerance = {})
    {
        m_w.writeStartElement(QStringLiteral("answer"));
        m_w.writeAttribute(QStringLiteral("fraction"), plainNumber(percent));
        m_w.writeAttribute(QStringLiteral("format"), htmlText ? QStringLiteral("html") : QStringLiteral("plain_text"));
        m_w.writeTextElement(QStringLiteral("text"), htmlText ? htmlFromPlain(text) : text);
        if (!tolerance.isNull())
            m_w.writeTextElement(QStringLiteral("tolerance"), tolerance);
        html(QStringLiteral("feedback"), feedback);
        m_w.writeEndElement();
    }

    QString explanation(const Option &o) const
    {
        return o.explanation.vi.isEmpty() && o.explanation.en.isEmpty() ? QString() : o.explanation.in(m_lang);
    }

    void start(const Question &q, const QString &type, const QString &prompt)
    {
        m_w.writeStartElement(QStringLiteral("question"));
        m_w.writeAttribute(QStringLiteral("type"), type);
        m_w.writeStartElement(QStringLiteral("name"));
        m_w.writeTextElement(QStringLiteral("text"), q.id);
        m_w.writeEndElement();
        html(QStringLiteral("questiontext"), prompt);
        html(QStringLiteral("generalfeedback"), QString());
        m_w.writeTextElement(QStringLiteral("defaultgrade"), QStringLiteral("1"));
        m_w.writeTextElement(QStringLiteral("penalty"), QStringLiteral("0.3333333"));
        m_w.writeTextElement(QStringLiteral("hidden"), QStringLiteral("0"));
        m_w.writeTextElement(QStringLiteral("idnumber"), q.id);
    }

    void choices(const Question &q, bool single)
    {
        m_w.writeTextElement(QStringLiteral("single"), single ? QStringLiteral("true") : QStringLiteral("false"));
        m_w.writeTextElement(QStringLiteral("shuffleanswers"), QStringLiteral("true"));
        m_w.writeTextElement(QStringLiteral("answernumbering"), QStringLiteral("abc"));
        const int right = int(std::count_if(q.options.cbegin(), q.options.cend(), [](const Option &o) { return o.correct; }));
        const int wrong = int(q.options.size()) - right;
        for (const Option &o : q.options) {
            const double percent = single ? (o.correct ? 100 : 0)
                                          : (o.correct ? 100.0 / std::max(right, 1) : -100.0 / std::max(wrong, 1));
            answer(percent, o.text.in(m_lang), explanation(o));
        }
    }

    void question(const Question &q)
    {
        const QString prompt = q.prompt.in(m_lang);
        switch (q.type) {
        case QuestionType::Scenario:
            m_result.notes.append({ImportNote::Kind::Skipped, 0, q.id, Words::tr("a scenario has no Moodle form; left out")});
            return;
        case QuestionType::Single:
        case QuestionType::Multiple:
            start(q, QStringLiteral("multichoice"), prompt);
            choices(q, q.type == QuestionType::Single);
            break;
        case QuestionType::MissingWord:
            start(q, QStringLiteral("multichoice"), prompt + QStringLiteral(" _____ ") + q.promptAfter.in(m_lang));
            choices(q, true);
            break;
        case QuestionType::RedFlags:
            start(q, QStringLiteral("multichoice"), prompt + QLatin1Char(' ') + redFlagsNote(m_lang));
            choices(q, false);
            break;
        case QuestionType::TrueFalse:
            start(q, QStringLiteral("truefalse"), prompt);
            for (const QString &id : {QStringLiteral("true"), QStringLiteral("false")}) {
                const Option *o = q.option(id);
                m_w.writeStartElement(QStringLiteral("answer"));
                m_w.writeAttribute(QStringLiteral("fraction"), o && o->correct ? QStringLiteral("100") : QStringLiteral("0"));
                m_w.writeAttribute(QStringLiteral("format"), QStringLiteral("moodle_auto_format"));
                m_w.writeTextElement(QStringLiteral("text"), id);
                html(QStringLiteral("feedback"), o ? explanation(*o) : QString());
                m_w.writeEndElement();
            }
            break;
        case QuestionType::ShortAnswer:
            start(q, QStringLiteral("shortanswer"), prompt);
            m_w.writeTextElement(QStringLiteral("usecase"), q.caseSensitive ? QStringLiteral("1") : QStringLiteral("0"));
            for (const Option &o : q.options)
                answer(o.fraction * 100, o.text.in(m_lang), explanation(o), false);
            break;
        case QuestionType::Numeric:
            start(q, QStringLiteral("numerical"), prompt);
            for (const Option &o : q.options)
                answer(o.fraction * 100, plainNumber(o.value), explanation(o), false, plainNumber(o.tolerance));
            break;
        case QuestionType::Matching:
            start(q, QStringLiteral("matching"), prompt);
            m_w.writeTextElement(QStringLiteral("shuffleanswers"), QStringLiteral("true"));
            for (const Option &o : q.options) {
                m_w.writeStartElement(QStringLiteral("subquestion"));
                m_w.writeAttribute(QStringLiteral("format"), QStringLiteral("html"));
                m_w.writeTextElement(QStringLiteral("text"), htmlFromPlain(o.text.in(m_lang)));
                m_w.writeStartElement(QStringLiteral("answer"));
                m_w.writeTextElement(QStringLiteral("text"), o.match.in(m_lang));
                m_w.writeEndElement();
                m_w.writeEndElement();
            }
            break;
        case QuestionType::Ordering: {
            start(q, QStringLiteral("ordering"), prompt);
            m_w.writeTextElement(QStringLiteral("layouttype"), QStringLiteral("VERTICAL"));
            m_w.writeTextElement(QStringLiteral("selecttype"), QStringLiteral("ALL"));
            m_w.writeTextElement(QStringLiteral("selectcount"), QStringLiteral("0"));
            m_w.writeTextElement(QStringLiteral("gradingtype"), QStringLiteral("LONGEST_ORDERED_SUBSET"));
            bool after = false;
            for (int i = 0; i < q.options.size(); ++i) {
                after = after || !q.options[i].after.isEmpty();
                answer(i + 1, q.options[i].text.in(m_lang), explanation(q.options[i]));
            }
            if (after)
                m_result.notes.append({ImportNote::Kind::Warning, 0, q.id, Words::tr("several orders are right in Khiên; Moodle accepts only the listed one")});
            break;
        }
        }
        m_w.writeEndElement();
        ++m_result.written;
    }

    const Module &m_module;
    QString m_lang;
    QByteArray m_xml;
    QXmlStreamWriter m_w;
    BankExport m_result;
};

} // namespace

BankExport moodleXmlBankOf(const Module &module, const QString &lang)
{
    return MoodleXmlWriter(module, lang).write();
}

} // namespace khien::detail
