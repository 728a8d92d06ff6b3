// The UI language: the installed Qt Linguist translator and the language code content uses.
// The translator is a member so it outlives every switch (a translator on the stack would be
// uninstalled as soon as the function that loaded it returned).
#pragma once

#include <QString>
#include <QTranslator>

class QQmlEngine;

class UiLanguage
{
public:
    // "vi" when the system locale is Vietnamese, else "en".
    [[nodiscard]] static QString systemDefault();
    // Installs the translation for `lang` ("vi" or "en") and retranslates `engine` if given.
    bool apply(const QString &lang, QQmlEngine *engine);
    [[nodiscard]] QString code() const { return m_code; }

private:
    QTranslator m_translator;
    QString m_code;
};
