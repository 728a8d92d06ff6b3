#include "readaloud.h"

#include <QTextDocumentFragment>

#include <algorithm>

namespace {

QString languageName(const QString &language)
{
    return language == QLatin1String("vi") ? ReadAloud::tr("Vietnamese") : ReadAloud::tr("English");
}

} // namespace

ReadAloud::ReadAloud(QObject *parent)
    : ReadAloud([] { return std::make_unique<QtSpeechEngine>(); }, parent)
{
}

ReadAloud::ReadAloud(EngineFactory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{
}

ReadAloud::~ReadAloud() = default;

void ReadAloud::setEnabled(bool on)
{
    if (m_enabled == on)
        return;
    m_enabled = on;
    if (!on)
        stop();
    emit enabledChanged();
}

SpeechEngine *ReadAloud::engine()
{
    if (!m_engine && m_factory) {
        m_engine = m_factory();
        m_factory = nullptr; // one try: a missing engine does not appear while the app runs
        if (m_engine)
            connect(m_engine.get(), &SpeechEngine::speakingChanged, this, &ReadAloud::engineStateChanged);
    }
    return m_engine.get();
}

void ReadAloud::read(const QString &text, const QString &language, QObject *requester)
{
    if (!m_enabled)
        return;
    if (requester && requester == m_requester) {
        stop();
        return;
    }
    const QString spoken = text.left(maxCharacters).trimmed();
    if (spoken.isEmpty())
        return;
    SpeechEngine *speech = engine();
    if (!speech || !speech->ready()) {
        //: Shown instead of reading aloud when the computer has no speech engine
        setProblem(tr("Reading aloud needs a speech engine, and this computer has none. Ask whoever looks after it to install speech-dispatcher, speech-dispatcher-espeak-ng and espeak-ng (Debian, Ubuntu: sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng), then start Khiên again."));
        return;
    }
    const QLocale::Language wanted = QLocale(language).language();
    const QList<QLocale> locales = speech->locales();
    const auto voice = std::find_if(locales.cbegin(), locales.cend(),
                                    [wanted](const QLocale &l) { return l.language() == wanted; });
    if (voice == locales.cend()) {
        //: %1 is a language name ("Vietnamese", "English")
        setProblem(tr("No %1 voice is installed, so this text cannot be read aloud. Ask whoever looks after this computer to install espeak-ng and speech-dispatcher-espeak-ng (they speak Vietnamese and English), then start Khiên again.")
                       .arg(languageName(language)));
        return;
    }
    setProblem(QString());
    m_started = false;
    setRequester(requester ? requester : this);
    speech->say(spoken, *voice);
}

void ReadAloud::readHtml(const QString &html, const QString &language, QObject *requester)
{
    // Cut before parsing: the markup of a text of maxCharacters is at most a few times longer.
    read(QTextDocumentFragment::fromHtml(html.left(8 * maxCharacters)).toPlainText(), language, requester);
}

void ReadAloud::stop()
{
    if (m_engine)
        m_engine->stop();
    setRequester(nullptr);
}

void ReadAloud::engineStateChanged()
{
    // Speaking, then silent again: the text was read to its end.
    if (m_engine->speaking())
        m_started = true;
    else if (m_started)
        setRequester(nullptr);
}

void ReadAloud::setProblem(const QString &problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    emit problemChanged();
}

void ReadAloud::setRequester(QObject *requester)
{
    if (m_requester == requester)
        return;
    m_requester = requester;
    emit speakingChanged();
}
