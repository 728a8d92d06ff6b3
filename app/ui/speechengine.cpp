#include "speechengine.h"

#include <QTextToSpeech>

QtSpeechEngine::QtSpeechEngine(QObject *parent)
    : SpeechEngine(parent)
{
    if (QTextToSpeech::availableEngines().isEmpty())
        return;
    m_speech = new QTextToSpeech(this);
    connect(m_speech, &QTextToSpeech::stateChanged, this, &SpeechEngine::speakingChanged);
}

bool QtSpeechEngine::ready() const
{
    return m_speech && m_speech->state() != QTextToSpeech::Error;
}

QList<QLocale> QtSpeechEngine::locales() const
{
    return ready() ? m_speech->availableLocales() : QList<QLocale>{};
}

void QtSpeechEngine::say(const QString &text, const QLocale &locale)
{
    if (!ready())
        return;
    m_speech->stop();
    m_speech->setLocale(locale);
    m_speech->say(text);
}

void QtSpeechEngine::stop()
{
    if (m_speech)
        m_speech->stop();
}

bool QtSpeechEngine::speaking() const
{
    return m_speech && m_speech->state() == QTextToSpeech::Speaking;
}
