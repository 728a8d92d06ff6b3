// The `ReadAloud` singleton: reads a lesson, a question, an option, an explanation or a
// scenario step aloud in the content's language, and stops. The engine is made on the first
// request (starting a speech service costs time nobody should pay who never asks), and is
// injectable so a test checks what would be said, in which language, without sound. When no
// engine or no voice for the language is installed, `problem` says how to add one.
#pragma once

#include "speechengine.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class ReadAloud : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // Whether the read-aloud buttons show (the trainee's setting).
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)
    // The object (a ReadAloudButton) whose text is being read, null when silent.
    Q_PROPERTY(QObject *requester READ requester NOTIFY speakingChanged)
    // Why the last request could not be read, in the UI language; empty when it could.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    using EngineFactory = std::function<std::unique_ptr<SpeechEngine>()>;
    // Longest text read at once; a longer one is cut there (a lesson is far shorter).
    static constexpr int maxCharacters = 20000;

    explicit ReadAloud(QObject *parent = nullptr); // Qt TextToSpeech
    explicit ReadAloud(EngineFactory factory, QObject *parent = nullptr);
    ~ReadAloud() override;

    bool enabled() const { return m_enabled; }
    void setEnabled(bool on);
    bool speaking() const { return !m_requester.isNull(); }
    QObject *requester() const { return m_requester; }
    QString problem() const { return m_problem; }

    // Reads `text` (plain) in `language` ("vi", "en") for `requester`; the same requester
    // asking again while it is read stops it.
    Q_INVOKABLE void read(const QString &text, const QString &language, QObject *requester = nullptr);
    // The same for rich text the app built (a lesson's segments): read as its plain text.
    Q_INVOKABLE void readHtml(const QString &html, const QString &language, QObject *requester = nullptr);
    Q_INVOKABLE void stop();
    Q_INVOKABLE void clearProblem() { setProblem(QString()); }

signals:
    void enabledChanged();
    void speakingChanged();
    void problemChanged();

private:
    SpeechEngine *engine();
    void setProblem(const QString &problem);
    void setRequester(QObject *requester);
    void engineStateChanged();

    EngineFactory m_factory;
    std::unique_ptr<SpeechEngine> m_engine;
    QPointer<QObject> m_requester;
    QString m_problem;
    bool m_enabled = true;
    bool m_started = false; // the engine said it is speaking since the last request
};
