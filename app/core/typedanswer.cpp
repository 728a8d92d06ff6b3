#include "typedanswer.h"

#include "textfold.h"
#include "untrustedtext.h"

#include <cmath>

namespace khien {

bool isTypedAnswer(QuestionType type)
{
    return type == QuestionType::ShortAnswer || type == QuestionType::Numeric;
}

bool isTypedAnswerTypeName(const QString &typeName)
{
    const std::optional<QuestionType> type = questionTypeFromName(typeName);
    return type && isTypedAnswer(*type);
}

std::optional<QString> cleanTypedAnswer(const QString &raw)
{
    // Counted before any work, so a pasted megabyte costs nothing.
    if (raw.size() > 2 * maxTypedAnswerLength)
        return std::nullopt;
    QString kept;
    const QList<uint> codePoints = raw.toUcs4();
    for (const uint c : codePoints)
        if (!isHiddenCharacter(char32_t(c)))
            kept.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1));
    kept = kept.normalized(QString::NormalizationForm_C);
    if (textLength(kept) > maxTypedAnswerLength)
        return std::nullopt;
    return kept;
}

bool isStorableTypedAnswer(const QStringList &chosen)
{
    if (chosen.size() != 1)
        return false;
    const std::optional<QString> clean = cleanTypedAnswer(chosen.first());
    return clean && *clean == chosen.first();
}

QString joinChosen(const QString &questionType, const QStringList &chosen)
{
    if (isTypedAnswerTypeName(questionType))
        return chosen.value(0);
    return chosen.join(QLatin1Char(','));
}

QStringList splitChosen(const QString &questionType, const QString &stored)
{
    if (isTypedAnswerTypeName(questionType))
        return {stored};
    return stored.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

TypedTextRules typedTextRules(const Question &question)
{
    return {question.caseSensitive, question.ignoreDiacritics};
}

QString normalizeTypedText(const QString &text, const TypedTextRules &rules, bool keepWildcards)
{
    QString s = text.normalized(QString::NormalizationForm_C);
    if (rules.ignoreDiacritics)
        s = withoutDiacritics(s);
    if (!rules.caseSensitive)
        s = s.toCaseFolded();
    // Whitespace and punctuation both separate words; words are joined by single spaces, so
    // runs collapse and the ends are trimmed.
    QString out;
    out.reserve(s.size());
    bool pendingSpace = false;
    for (const QChar c : std::as_const(s)) {
        const bool wildcard = keepWildcards && c == QLatin1Char('*');
        if (!wildcard && (c.isSpace() || c.isPunct())) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

bool wildcardMatch(const QString &pattern, const QString &text)
{
    qsizetype p = 0, t = 0;
    qsizetype star = -1, resume = 0; // the last '*' seen, and where its run would end next
    while (t < text.size()) {
        if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            star = p++;
            resume = t;
        } else if (p < pattern.size() && pattern.at(p) == text.at(t)) {
            ++p;
            ++t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

std::optional<double> parseDecimal(const QString &text, bool allowComma)
{
    const QString s = text.trimmed();
    if (s.isEmpty() || s.size() > maxTypedAnswerLength)
        return std::nullopt;
    QString canonical;
    canonical.reserve(s.size());
    qsizetype i = 0;
    if (s.at(0) == QLatin1Char('+') || s.at(0) == QLatin1Char('-') || s.at(0) == QChar(0x2212))
        canonical.append(s.at(i++) == QLatin1Char('+') ? QString() : QStringLiteral("-"));
    int digits = 0;
    bool mark = false;
    for (; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            ++digits;
            canonical.append(c);
        } else if (!mark && (c == QLatin1Char('.') || (allowComma && c == QLatin1Char(',')))) {
            mark = true;
            canonical.append(QLatin1Char('.'));
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0)
        return std::nullopt;
    bool ok = false;
    const double value = canonical.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace khien
