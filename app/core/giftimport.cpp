#include "giftimport.h"

#include "contentlimits.h"
#include "packimport.h"
#include "untrustedtext.h"

#include <QCoreApplication>

namespace khien {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(GiftImport)
};

// Option ids: a, b, ... z, then a1, b1, ...
QString letter(int i)
{
    const QString base(QChar(u'a' + i % 26));
    return i < 26 ? base : base + QString::number(i / 26);
}

ImportedQuestion convert(const GiftQuestion &g, const QString &lang)
{
    ImportedQuestion iq;
    iq.line = g.line;
    iq.name = g.title;
    Question &q = iq.question;
    q.prompt.set(lang, g.text);
    auto explain = [&](Option &o, const QString &feedback) {
        o.explanation.set(lang, feedback.isEmpty() ? g.generalFeedback : feedback);
    };
    switch (g.kind) {
    case GiftQuestion::Kind::TrueFalse: {
        q.type = QuestionType::TrueFalse;
        Option t, f;
        t.id = QStringLiteral("true");
        f.id = QStringLiteral("false");
        t.correct = g.trueIsRight;
        f.correct = !g.trueIsRight;
        explain(t, g.trueIsRight ? g.feedbackIfRight : g.feedbackIfWrong);
        explain(f, g.trueIsRight ? g.feedbackIfWrong : g.feedbackIfRight);
        q.options = {t, f};
        return iq;
    }
    case GiftQuestion::Kind::Matching: q.type = QuestionType::Matching; break;
    case GiftQuestion::Kind::Single: q.type = QuestionType::Single; break;
    case GiftQuestion::Kind::Multiple: q.type = QuestionType::Multiple; break;
    case GiftQuestion::Kind::ShortAnswer: q.type = QuestionType::ShortAnswer; break;
    case GiftQuestion::Kind::Numeric: q.type = QuestionType::Numeric; break;
    case GiftQuestion::Kind::MissingWord:
        q.type = QuestionType::MissingWord;
        q.promptAfter.set(lang, g.textAfter);
        break;
    }
    for (int i = 0; i < g.answers.size(); ++i) {
        const GiftAnswer &a = g.answers[i];
        Option o;
        o.id = letter(i);
        o.correct = a.weight > 0;
        o.fraction = std::clamp(a.weight, -100.0, 100.0) / 100.0;
        o.value = a.value;
        o.tolerance = a.tolerance;
        if (q.type != QuestionType::Numeric)
            o.text.set(lang, a.text);
        if (q.type == QuestionType::Matching)
            o.match.set(lang, a.match);
        explain(o, a.feedback);
        q.options.append(o);
    }
    return iq;
}

} // namespace

ParsedBank giftBank(const GiftParseResult &parsed, const QString &lang)
{
    ParsedBank bank;
    bank.notes = parsed.skipped;
    for (const GiftQuestion &g : parsed.questions) {
        ImportedQuestion iq = convert(g, lang);
        if (iq.question.type == QuestionType::Matching && iq.question.options.size() < 3) {
            bank.notes.append({ImportNote::Kind::Skipped, g.line, g.title, Words::tr("a matching question needs at least three pairs")});
            continue;
        }
        if (iq.question.type == QuestionType::ShortAnswer) {
            // Moodle's wrong short answers (weight 0) only give feedback: Khiên keeps the right ones.
            QVector<Option> right;
            for (const Option &o : std::as_const(iq.question.options))
                if (o.fraction > 0)
                    right.append(o);
            iq.question.options = right;
        }
        bank.questions.append(iq);
    }
    return bank;
}

ImportReport importGift(const QString &giftFile, const QString &lang, const QString &moduleId, const QString &packDir)
{
    const ImportTarget target{lang, moduleId, packDir, QStringLiteral("import-gift")};
    ImportReport report;
    if (const QString why = checkImportTarget(target); !why.isEmpty()) {
        report.error = why;
        return report;
    }
    const std::optional<QByteArray> bytes = readBankFile(giftFile, limits::maxGiftFileBytes, report.error);
    if (!bytes)
        return report;
    if (const int bad = lineOfInvalidUtf8(*bytes)) {
        report.error = Words::tr("line %1 is not valid UTF-8; save the file as UTF-8 and import it again").arg(bad);
        return report;
    }
    return importIntoPack(giftBank(parseGift(QString::fromUtf8(*bytes)), lang), target);
}

} // namespace khien
