// ReadAloud with a recording engine in place of Qt TextToSpeech: what would be said, in
// which language, when it stops, and what the trainee is told when no engine or voice exists.
#include "readaloud.h"

#include <QSignalSpy>
#include <QTest>

namespace {

struct Said
{
    QString text;
    QLocale locale;
};

class RecordingEngine : public SpeechEngine
{
public:
    bool isReady = true;
    QList<QLocale> voices{QLocale(QLocale::English, QLocale::UnitedStates),
                          QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    QList<Said> said;
    int stops = 0;
    bool isSpeaking = false;

    bool ready() const override { return isReady; }
    QList<QLocale> locales() const override { return voices; }
    void say(const QString &text, const QLocale &locale) override { said.append({text, locale}); }
    void stop() override { ++stops; }
    bool speaking() const override { return isSpeaking; }
    void setSpeaking(bool on)
    {
        isSpeaking = on;
        emit speakingChanged();
    }
};

} // namespace

class TestReadAloud : public QObject
{
    Q_OBJECT

private:
    RecordingEngine *m_engine = nullptr;
    int m_made = 0;
    std::unique_ptr<ReadAloud> makeReader(std::function<void(RecordingEngine &)> setUp = {})
    {
        m_engine = nullptr;
        m_made = 0;
        return std::make_unique<ReadAloud>([this, setUp] {
            ++m_made;
            auto engine = std::make_unique<RecordingEngine>();
            if (setUp)
                setUp(*engine);
            m_engine = engine.get();
            return engine;
        });
    }

private slots:
    void readsInTheContentLanguage()
    {
        auto reader = makeReader();
        QCOMPARE(m_made, 0); // no engine until the first request
        reader->read(QStringLiteral("Không bấm vào liên kết lạ."), QStringLiteral("vi"));
        QCOMPARE(m_made, 1);
        QCOMPARE(m_engine->said.size(), 1);
        QCOMPARE(m_engine->said[0].text, QStringLiteral("Không bấm vào liên kết lạ."));
        QCOMPARE(m_engine->said[0].locale.language(), QLocale::Vietnamese);
        QVERIFY(reader->speaking());
        QVERIFY(reader->problem().isEmpty());

        reader->read(QStringLiteral("Do not click strange links."), QStringLiteral("en"));
        QCOMPARE(m_made, 1);
        QCOMPARE(m_engine->said.size(), 2);
        QCOMPARE(m_engine->said[1].text, QStringLiteral("Do not click strange links."));
        QCOMPARE(m_engine->said[1].locale.language(), QLocale::English);
    }

    void sameRequesterAgainStops()
    {
        auto reader = makeReader();
        QObject button;
        QSignalSpy speaking(reader.get(), &ReadAloud::speakingChanged);
        reader->read(QStringLiteral("Câu hỏi"), QStringLiteral("vi"), &button);
        QCOMPARE(reader->requester(), &button);
        reader->read(QStringLiteral("Câu hỏi"), QStringLiteral("vi"), &button);
        QCOMPARE(m_engine->said.size(), 1);
        QCOMPARE(m_engine->stops, 1);
        QVERIFY(!reader->speaking());
        QCOMPARE(speaking.count(), 2);
    }

    void endOfTextClearsTheRequester()
    {
        auto reader = makeReader();
        QObject button;
        reader->read(QStringLiteral("Bài học"), QStringLiteral("vi"), &button);
        m_engine->setSpeaking(false); // a late "ready" from before this text: still reading
        QCOMPARE(reader->requester(), &button);
        m_engine->setSpeaking(true);
        m_engine->setSpeaking(false);
        QVERIFY(!reader->speaking());
    }

    void stopSilences()
    {
        auto reader = makeReader();
        reader->read(QStringLiteral("Một"), QStringLiteral("vi"));
        reader->stop();
        QCOMPARE(m_engine->stops, 1);
        QVERIFY(!reader->speaking());
    }

    void richTextIsReadAsPlainText()
    {
        auto reader = makeReader();
        reader->readHtml(QStringLiteral("<p>Đừng <b>chia sẻ</b> mã OTP &amp; mật khẩu.</p>"), QStringLiteral("vi"));
        QCOMPARE(m_engine->said.size(), 1);
        QCOMPARE(m_engine->said[0].text, QStringLiteral("Đừng chia sẻ mã OTP & mật khẩu."));
    }

    void longTextIsCut()
    {
        auto reader = makeReader();
        reader->read(QString(ReadAloud::maxCharacters + 500, QLatin1Char('a')), QStringLiteral("en"));
        QCOMPARE(m_engine->said[0].text.size(), ReadAloud::maxCharacters);
    }

    void noVoiceForTheLanguageIsExplained()
    {
        auto reader = makeReader([](RecordingEngine &e) { e.voices = {QLocale(QLocale::English)}; });
        reader->read(QStringLiteral("Xin chào"), QStringLiteral("vi"));
        QVERIFY(m_engine->said.isEmpty());
        QVERIFY(!reader->speaking());
        QVERIFY(reader->problem().contains(QStringLiteral("Vietnamese")));
        QVERIFY(reader->problem().contains(QStringLiteral("espeak-ng")));
        reader->read(QStringLiteral("Hello"), QStringLiteral("en"));
        QVERIFY(reader->problem().isEmpty());
        QCOMPARE(m_engine->said.size(), 1);
    }

    void noEngineIsExplained()
    {
        auto reader = makeReader([](RecordingEngine &e) { e.isReady = false; });
        reader->read(QStringLiteral("Hello"), QStringLiteral("en"));
        QVERIFY(m_engine->said.isEmpty());
        QVERIFY(reader->problem().contains(QStringLiteral("speech-dispatcher")));
        reader->read(QStringLiteral("Hello"), QStringLiteral("en"));
        QCOMPARE(m_made, 1); // not tried again on every press
    }

    void switchedOffReadsNothing()
    {
        auto reader = makeReader();
        reader->read(QStringLiteral("Một"), QStringLiteral("vi"));
        reader->setEnabled(false);
        QVERIFY(!reader->speaking());
        QCOMPARE(m_engine->stops, 1);
        reader->read(QStringLiteral("Hai"), QStringLiteral("vi"));
        QCOMPARE(m_engine->said.size(), 1);
    }
};

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
