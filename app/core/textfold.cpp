#include "textfold.h"

namespace khien {

QString withoutDiacritics(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed letter
        if (c == QChar(0x0111)) // đ has no decomposition
            out.append(QLatin1Char('d'));
        else if (c == QChar(0x0110) || c == QChar(0x00D0))
            out.append(QLatin1Char('D'));
        else
            out.append(c);
    }
    return out.normalized(QString::NormalizationForm_C);
}

} // namespace khien
