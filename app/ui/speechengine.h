// What ReadAloud needs from a speech engine, so a test can stand in for the real one: the
// voices' languages, speaking a text in one of them, stopping. QtSpeechEngine is the real
// one, Qt TextToSpeech (on Linux its speech-dispatcher plugin, with espeak-ng's voices).
#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QTextToSpeech;

class SpeechEngine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // False when no engine could be loaded (no plugin, no speech service).
    [[nodiscard]] virtual bool ready() const = 0;
    // The languages the installed voices speak.
    [[nodiscard]] virtual QList<QLocale> locales() const = 0;
    virtual void say(const QString &text, const QLocale &locale) = 0;
    virtual void stop() = 0;
    [[nodiscard]] virtual bool speaking() const = 0;

signals:
    void speakingChanged();
};

class QtSpeechEngine : public SpeechEngine
{
    Q_OBJECT

public:
    explicit QtSpeechEngine(QObject *parent = nullptr);
    bool ready() const override;
    QList<QLocale> locales() const override;
    void say(const QString &text, const QLocale &locale) override;
    void stop() override;
    bool speaking() const override;

private:
    QTextToSpeech *m_speech = nullptr; // null when Qt has no engine plugin
};
