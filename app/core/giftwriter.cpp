// A module's quiz as GIFT: see moodleexport.h.
#include "giftparser.h"
#include "moodleexport.h"
#include "modulexmlwriter.h"

#include <QCoreApplication>

namespace khien::detail {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(MoodleExport)
};

class GiftWriter
{
public:
    GiftWriter(const Module &module, QString lang) : m_module(module), m_lang(std::move(lang)) {}

    BankExport write()
    {
        m_out += QStringLiteral("// %1\n").arg(m_module.title.in(m_lang).simplified());
        m_out += QStringLiteral("$CATEGORY: $course$/top/%1\n\n").arg(m_module.id);
        for (const Question &q : m_module.quiz ? m_module.quiz->questions : QVector<Question>{})
            question(q);
        m_result.data = m_out.toUtf8();
        return m_result;
    }

private:
    QString t(const LocalizedText &text) const { return giftEscape(text.in(m_lang)); }
    QString feedback(const Option &o) const
    {
        return o.explanation.has(m_lang) || o.explanation.has(QStringLiteral("vi")) || o.explanation.has(QStringLiteral("en"))
                   ? QStringLiteral("#") + t(o.explanation) : QString();
    }
    void leaveOut(const Question &q, const QString &why)
    {
        m_result.notes.append({ImportNote::Kind::Skipped, 0, q.id, why});
    }
    static QString weight(double percent) { return QStringLiteral("%") + plainNumber(percent) + QStringLiteral("%"); }

    void question(const Question &q)
    {
        QString head = QStringLiteral("::%1::").arg(q.id) + t(q.prompt);
        QStringList answers;
        QString tail;
        switch (q.type) {
        case QuestionType::Scenario:
            return leaveOut(q, Words::tr("a scenario has no Moodle form; left out"));
        case QuestionType::Ordering:
            return leaveOut(q, Words::tr("GIFT has no ordering questions; export as Moodle XML to keep it"));
        case QuestionType::TrueFalse: {
            const Option *right = q.option(QStringLiteral("true"));
            const Option *wrong = q.option(QStringLiteral("false"));
            if (!right || !wrong)
                return leaveOut(q, Words::tr("a true/false question without its two options"));
            const bool isTrue = right->correct;
            if (!isTrue)
                std::swap(right, wrong);
            answers << (isTrue ? QStringLiteral("TRUE") : QStringLiteral("FALSE")) + QLatin1Char('#') + t(wrong->explanation)
                           + QLatin1Char('#') + t(right->explanation);
            break;
        }
        case QuestionType::Matching:
            for (const Option &o : q.options)
                answers << QStringLiteral("=") + t(o.text) + QStringLiteral(" -> ") + t(o.match);
            if (!q.options.isEmpty() && !q.options.first().explanation.in(m_lang).isEmpty())
                answers << QStringLiteral("####") + t(q.options.first().explanation);
            break;
        case QuestionType::ShortAnswer:
            if (q.caseSensitive)
                m_result.notes.append({ImportNote::Kind::Warning, 0, q.id, Words::tr("GIFT cannot say that case matters; Moodle will ignore case")});
            for (const Option &o : q.options)
                answers << QStringLiteral("=") + (o.fraction < 1 ? weight(o.fraction * 100) : QString()) + t(o.text) + feedback(o);
            break;
        case QuestionType::Numeric:
            head += QStringLiteral("{#");
            for (const Option &o : q.options)
                answers << QStringLiteral("=") + (o.fraction < 1 ? weight(o.fraction * 100) : QString())
                               + plainNumber(o.value) + QLatin1Char(':') + plainNumber(o.tolerance) + feedback(o);
            m_out += head + QLatin1Char('\n') + answers.join(QLatin1Char('\n')) + QStringLiteral("\n}\n\n");
            ++m_result.written;
            return;
        case QuestionType::MissingWord:
            tail = QLatin1Char(' ') + t(q.promptAfter);
            [[fallthrough]];
        case QuestionType::Single:
            for (const Option &o : q.options)
                answers << (o.correct ? QStringLiteral("=") : QStringLiteral("~")) + t(o.text) + feedback(o);
            break;
        case QuestionType::RedFlags:
            head += QLatin1Char(' ') + giftEscape(redFlagsNote(m_lang));
            [[fallthrough]];
        case QuestionType::Multiple: {
            const int right = int(std::count_if(q.options.cbegin(), q.options.cend(), [](const Option &o) { return o.correct; }));
            for (const Option &o : q.options)
                answers << QStringLiteral("~") + weight(o.correct ? 100.0 / std::max(right, 1) : -100) + t(o.text) + feedback(o);
            break;
        }
        }
        m_out += head + QStringLiteral("{\n") + answers.join(QLatin1Char('\n')) + QStringLiteral("\n}") + tail + QStringLiteral("\n\n");
        ++m_result.written;
    }

    const Module &m_module;
    QString m_lang;
    QString m_out;
    BankExport m_result;
};

} // namespace

BankExport giftBankOf(const Module &module, const QString &lang)
{
    return GiftWriter(module, lang).write();
}

} // namespace khien::detail
