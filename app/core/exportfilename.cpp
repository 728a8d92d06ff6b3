#include "exportfilename.h"

#include "textfold.h"

namespace khien {

QString fileNamePart(const QString &text, int maxLength)
{
    // Compatibility decomposition first also turns full-width digits and ligatures into ASCII.
    const QString folded = withoutDiacritics(text.normalized(QString::NormalizationForm_KD));
    QString out;
    out.reserve(folded.size());
    bool pendingDash = false;
    for (const QChar ascii : folded) {
        const bool keep = ascii.unicode() < 128 && ascii.isLetterOrNumber();
        if (!keep) {
            pendingDash = !out.isEmpty();
            continue;
        }
        if (pendingDash)
            out.append(QLatin1Char('-'));
        pendingDash = false;
        out.append(ascii);
    }
    if (out.size() > maxLength) {
        out.truncate(maxLength);
        const int dash = out.lastIndexOf(QLatin1Char('-'));
        if (dash > maxLength / 2)
            out.truncate(dash);
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QString proposedFileName(const QStringList &parts, QDate date, const QString &suffix)
{
    QStringList folded;
    for (const QString &part : parts) {
        const QString f = fileNamePart(part);
        if (!f.isEmpty())
            folded.append(f);
    }
    if (folded.isEmpty())
        folded.append(QStringLiteral("khien"));
    if (date.isValid())
        folded.append(date.toString(QStringLiteral("yyyy-MM-dd")));
    QString name = folded.join(QLatin1Char('-'));
    if (!suffix.isEmpty())
        name += QLatin1Char('.') + suffix;
    return name;
}

} // namespace khien
