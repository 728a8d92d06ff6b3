// A text in both of Khiên's languages, and the language codes themselves.
#pragma once

#include <QString>
#include <QStringList>

namespace khien {

// The languages every text exists in. The codes are the ones used in content files,
// settings and the database.
inline const QStringList &supportedLanguages()
{
    static const QStringList codes{QStringLiteral("vi"), QStringLiteral("en")};
    return codes;
}

struct LocalizedText
{
    QString vi;
    QString en;

    // The text in `lang` (English for an unknown code); the other language's text when the
    // content has none in `lang`.
    [[nodiscard]] QString in(const QString &lang) const;
    // Sets the text for `lang`; returns false for an unknown code.
    bool set(const QString &lang, const QString &text);
    [[nodiscard]] bool has(const QString &lang) const
    {
        return !(lang == QLatin1String("vi") ? vi : en).isEmpty();
    }
};

} // namespace khien
