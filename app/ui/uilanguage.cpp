#include "uilanguage.h"

#include "localizedtext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>

QString UiLanguage::systemDefault()
{
    return QLocale::system().language() == QLocale::Vietnamese ? QStringLiteral("vi")
                                                                : QStringLiteral("en");
}

bool UiLanguage::apply(const QString &lang, QQmlEngine *engine)
{
    if (!khien::supportedLanguages().contains(lang))
        return false;
    QCoreApplication::removeTranslator(&m_translator);
    // English is the source language: khien_en.qm only carries plural forms, so a failed
    // load there is harmless; a failed Vietnamese load is not.
    const bool loaded = m_translator.load(QStringLiteral(":/i18n/khien_%1.qm").arg(lang));
    if (loaded)
        QCoreApplication::installTranslator(&m_translator);
    else if (lang == QLatin1String("vi"))
        qWarning("Khiên: the Vietnamese translation is missing from this build");
    m_code = lang;
    if (engine) {
        engine->setUiLanguage(lang);
        engine->retranslate();
    }
    return true;
}
