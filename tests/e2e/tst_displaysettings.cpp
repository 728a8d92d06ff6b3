// Display settings per trainee through the App controller and a real database file: two
// trainees with different text sizes, contrast, motion, read-aloud and language; each gets
// theirs back at sign-in, the PC's default returns at sign-out, and all of it survives a
// restart. Also the rules of khien::DisplayPrefs (scale bounds, system font, bad values).
#include "appcontroller.h"
#include "displayprefs.h"
#include "testpack.h"

#include <QTemporaryDir>
#include <QtTest>

class TestDisplaySettings : public QObject
{
    Q_OBJECT

private slots:
    void scaleRules();
    void systemFontScale();
    void badStoredValuesFallBack();
    void perTraineeRoundTrip();
};

void TestDisplaySettings::scaleRules()
{
    QCOMPARE(khien::clampTextScale(0.5), 1.0);
    QCOMPARE(khien::clampTextScale(1.54), 1.5);
    QCOMPARE(khien::clampTextScale(3.0), 2.0);
    QCOMPARE(khien::clampTextScale(qQNaN()), 1.0);
    QCOMPARE(khien::displayKey(QStringLiteral("t1"), QStringLiteral("textScale")), QStringLiteral("trainee/t1/textScale"));
    QCOMPARE(khien::displayKey({}, QStringLiteral("textScale")), QStringLiteral("display/textScale"));
    QCOMPARE(khien::displayKey({}, QStringLiteral("language")), QStringLiteral("ui.language"));
}

void TestDisplaySettings::systemFontScale()
{
    QCOMPARE(khien::textScaleForSystemFont(9.0), 1.0);   // Windows, generic X11
    QCOMPARE(khien::textScaleForSystemFont(11.0), 1.0);  // GNOME
    QCOMPARE(khien::textScaleForSystemFont(16.5), 1.5);
    QCOMPARE(khien::textScaleForSystemFont(40.0), 2.0);
    QCOMPARE(khien::textScaleForSystemFont(-1.0), 1.0);  // no point size (pixel-sized font)
}

void TestDisplaySettings::badStoredValuesFallBack()
{
    QTemporaryDir dir;
    khien::Store store;
    QCOMPARE(store.open(dir.filePath(QStringLiteral("khien.sqlite"))), khien::Store::OpenError::None);
    QVERIFY(store.setSetting(QStringLiteral("trainee/t1/textScale"), QStringLiteral("huge")));
    QVERIFY(store.setSetting(QStringLiteral("trainee/t1/highContrast"), QStringLiteral("yes")));
    QVERIFY(store.setSetting(QStringLiteral("trainee/t1/language"), QStringLiteral("fr")));
    QVERIFY(store.setSetting(QStringLiteral("trainee/t1/reduceMotion"), QStringLiteral("1")));
    khien::DisplayPrefs fallback;
    fallback.textScale = 1.3;
    fallback.highContrast = true;
    fallback.language = QStringLiteral("vi");
    const khien::DisplayPrefs read = khien::readDisplayPrefs(store, QStringLiteral("t1"), fallback);
    QCOMPARE(read.textScale, 1.3);
    QCOMPARE(read.highContrast, true);
    QCOMPARE(read.language, QStringLiteral("vi"));
    QCOMPARE(read.reduceMotion, true);
}

void TestDisplaySettings::perTraineeRoundTrip()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
    const QStringList packs{testpack::dataDir() + QStringLiteral("/packs/good")};
    QString anId, binhId;
    double systemScale = 1.0;
    {
        AppController app(db, packs);
        DisplaySettings *display = app.display();
        systemScale = display->systemTextScale();
        QCOMPARE(display->textScale(), systemScale);
        app.setLanguage(QStringLiteral("vi")); // the PC's language

        QVERIFY(app.createTrainee(QStringLiteral("An"), {}).isEmpty());
        anId = app.traineeId();
        QCOMPARE(app.language(), QStringLiteral("vi")); // a new trainee starts from the PC's
        display->setTextScale(1.5);
        display->setHighContrast(true);
        app.setLanguage(QStringLiteral("en"));
        QVERIFY(display->saveProblem().isEmpty());
        app.signOut();
        QCOMPARE(display->textScale(), systemScale);
        QCOMPARE(display->highContrast(), false);
        QCOMPARE(app.language(), QStringLiteral("vi"));

        QVERIFY(app.createTrainee(QStringLiteral("Bình"), {}).isEmpty());
        binhId = app.traineeId();
        QSignalSpy scaleSpy(display, &DisplaySettings::textScaleChanged);
        display->setTextScale(2.0);
        QCOMPARE(scaleSpy.count(), 1);
        display->setReduceMotion(true);
        display->setReadAloud(false);
        app.signOut();
        QCOMPARE(display->reduceMotion(), false);
        QCOMPARE(display->readAloud(), true);
    }
    {
        // Another run of the app on the same file.
        AppController app(db, packs);
        DisplaySettings *display = app.display();
        QCOMPARE(display->textScale(), systemScale);
        QCOMPARE(app.language(), QStringLiteral("vi"));

        app.selectTrainee(anId);
        QCOMPARE(display->textScale(), 1.5);
        QCOMPARE(display->highContrast(), true);
        QCOMPARE(display->reduceMotion(), false);
        QCOMPARE(app.language(), QStringLiteral("en"));

        app.selectTrainee(binhId); // straight from one trainee to the other
        QCOMPARE(display->textScale(), 2.0);
        QCOMPARE(display->highContrast(), false);
        QCOMPARE(display->reduceMotion(), true);
        QCOMPARE(display->readAloud(), false);
        QCOMPARE(app.language(), QStringLiteral("vi"));

        app.signOut();
        QCOMPARE(display->textScale(), systemScale);
        QCOMPARE(display->readAloud(), true);
        // The PC's own choice, made with no one signed in, is its new default.
        display->setTextScale(1.2);
        app.selectTrainee(anId);
        QCOMPARE(display->textScale(), 1.5);
        app.signOut();
        QCOMPARE(display->textScale(), 1.2);
    }
    khien::Store store;
    QCOMPARE(store.open(db), khien::Store::OpenError::None);
    QCOMPARE(store.setting(QStringLiteral("trainee/%1/textScale").arg(anId)), QStringLiteral("1.5"));
    QCOMPARE(store.setting(QStringLiteral("trainee/%1/language").arg(anId)), QStringLiteral("en"));
    QCOMPARE(store.setting(QStringLiteral("trainee/%1/reduceMotion").arg(binhId)), QStringLiteral("1"));
    QCOMPARE(store.setting(QStringLiteral("display/textScale")), QStringLiteral("1.2"));
    QCOMPARE(store.setting(QStringLiteral("ui.language")), QStringLiteral("vi"));
}

QTEST_MAIN(TestDisplaySettings)
#include "tst_displaysettings.moc"
