// Tests of the instructor passphrase: PBKDF2 against published vectors, the encoded form,
// the rules, the throttle, and InstructorLock on a real database file.
#include "passphrase.h"
#include "store.h"

#include <QElapsedTimer>
#include <QThread>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <climits>
#include <functional>

using namespace khien;
using namespace std::chrono_literals;

namespace {

// Composed (NFC) Vietnamese, 24 characters.
const QString passphrase = QStringLiteral("Mật khẩu giảng viên 2024");
// Few iterations keep the lock tests fast; the default count is tested on its own.
constexpr int fastIterations = 1000;

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// `guesses` wrong tries at once, each on its own thread with its own connection to `path`
// (as separate app or CLI processes would be); try i is made at nowOf(i). The results.
QVector<InstructorLock::Check> guessInParallel(const QString &path, int guesses,
                                               const std::function<QDateTime(int)> &nowOf)
{
    QVector<InstructorLock::Check> results(guesses, InstructorLock::Check::NotRecorded);
    QVector<QThread *> threads;
    std::atomic<int> ready{0};
    for (int i = 0; i < guesses; ++i) {
        threads.append(QThread::create([&, i] {
            Store store;
            if (store.open(path) != Store::OpenError::None)
                return;
            InstructorLock lock(store, fastIterations);
            ++ready;
            while (ready.load() < guesses) // all connections open before the first guess
                QThread::yieldCurrentThread();
            results[i] = lock.unlock(QStringLiteral("guess %1, not the passphrase").arg(i), nowOf(i));
        }));
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    return results;
}

} // namespace

class TestPassphrase : public QObject
{
    Q_OBJECT

private slots:
    void pbkdf2Vectors_data();
    void pbkdf2Vectors();
    void encodedForm();
    void defaultIterationsVerify();
    void hashHidesPassphraseAndIsSalted();
    void wrongPassphraseRefused();
    void composedAndDecomposedAgree();
    void malformedRefused_data();
    void malformedRefused();
    void rules();
    void throttleSchedule_data();
    void throttleSchedule();
    void lockFlowOnRealStore();
    void lockThrottlesGuesses();
    void changeNeedsOld();
    void resetKeepsTraineeData();
    void parallelGuessesEachCounted();
    void parallelGuessesThrottled();

private:
    QTemporaryDir m_dir;
    int m_db = 0;
    [[nodiscard]] QString freshDbPath() { return m_dir.filePath(QStringLiteral("lock-%1.sqlite").arg(++m_db)); }
};

void TestPassphrase::pbkdf2Vectors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QByteArray>("expectedHex");
    // Published PBKDF2-HMAC-SHA256 vectors (the SHA-256 counterparts of RFC 6070's).
    QTest::newRow("c=1") << QByteArray("password") << QByteArray("salt") << 1
                         << QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    QTest::newRow("c=2") << QByteArray("password") << QByteArray("salt") << 2
                         << QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    QTest::newRow("c=4096") << QByteArray("password") << QByteArray("salt") << 4096
                            << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    QTest::newRow("two blocks, dkLen=40")
            << QByteArray("passwordPASSWORDpassword")
            << QByteArray("saltSALTsaltSALTsaltSALTsaltSALTsalt") << 4096
            << QByteArray("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9");
    QTest::newRow("NUL bytes, dkLen=16") << QByteArray("pass\0word", 9) << QByteArray("sa\0lt", 5)
                                         << 4096 << QByteArray("89b69d0516f829893c696226650a8687");
    // RFC 7914 §11.
    QTest::newRow("RFC 7914 passwd") << QByteArray("passwd") << QByteArray("salt") << 1
                                     << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                                                   "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    QTest::newRow("RFC 7914 Password/NaCl") << QByteArray("Password") << QByteArray("NaCl") << 80000
                                            << QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                                                          "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
}

void TestPassphrase::pbkdf2Vectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(QByteArray, expectedHex);
    const QByteArray expected = QByteArray::fromHex(expectedHex);
    QCOMPARE(pbkdf2HmacSha256(password, salt, iterations, int(expected.size())).toHex(), expectedHex);
}

void TestPassphrase::encodedForm()
{
    const QString encoded = hashPassphrase(passphrase, 1234);
    const QStringList parts = encoded.split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts[0], QStringLiteral("pbkdf2-sha256"));
    QCOMPARE(parts[1], QStringLiteral("1234"));
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray hash = QByteArray::fromBase64(parts[3].toLatin1());
    QCOMPARE(salt.size(), 16);
    QCOMPARE(hash.size(), 32);
    // The hash is PBKDF2 of the UTF-8 passphrase with that salt.
    QCOMPARE(hash, pbkdf2HmacSha256(passphrase.toUtf8(), salt, 1234, 32));
}

void TestPassphrase::defaultIterationsVerify()
{
    QElapsedTimer timer;
    timer.start();
    const QString encoded = hashPassphrase(passphrase);
    qInfo("hashPassphrase with %d iterations: %lld ms", defaultPassphraseIterations, timer.elapsed());
    QCOMPARE(encoded.section(QLatin1Char('$'), 1, 1), QStringLiteral("210000"));
    QVERIFY(verifyPassphrase(passphrase, encoded));
    QVERIFY(!verifyPassphrase(passphrase + QLatin1Char('!'), encoded));
}

void TestPassphrase::hashHidesPassphraseAndIsSalted()
{
    const QString a = hashPassphrase(passphrase, fastIterations);
    const QString b = hashPassphrase(passphrase, fastIterations);
    QVERIFY(a != b);
    QVERIFY(a.section(QLatin1Char('$'), 2, 2) != b.section(QLatin1Char('$'), 2, 2));
    for (const QString &encoded : {a, b}) {
        QVERIFY(!encoded.contains(passphrase, Qt::CaseInsensitive));
        QVERIFY(!encoded.contains(QStringLiteral("khẩu")));
        QVERIFY(!encoded.toLatin1().contains(passphrase.toUtf8().toBase64()));
        QVERIFY(!encoded.toLatin1().contains(passphrase.toUtf8().toHex()));
        QVERIFY(verifyPassphrase(passphrase, encoded));
    }
}

void TestPassphrase::wrongPassphraseRefused()
{
    const QString encoded = hashPassphrase(passphrase, fastIterations);
    QVERIFY(verifyPassphrase(passphrase, encoded));
    QVERIFY(!verifyPassphrase(QString(), encoded));
    QVERIFY(!verifyPassphrase(passphrase.toUpper(), encoded));
    QVERIFY(!verifyPassphrase(passphrase + QLatin1Char(' '), encoded));
    QVERIFY(!verifyPassphrase(passphrase.chopped(1), encoded));
    // Without diacritics is a different passphrase.
    QVERIFY(!verifyPassphrase(QStringLiteral("Mat khau giang vien 2024"), encoded));
}

void TestPassphrase::composedAndDecomposedAgree()
{
    const QString decomposed = passphrase.normalized(QString::NormalizationForm_D);
    QVERIFY(decomposed != passphrase);
    QVERIFY(verifyPassphrase(decomposed, hashPassphrase(passphrase, fastIterations)));
    QVERIFY(verifyPassphrase(passphrase, hashPassphrase(decomposed, fastIterations)));
}

void TestPassphrase::malformedRefused_data()
{
    QTest::addColumn<QString>("encoded");
    const QString good = hashPassphrase(passphrase, fastIterations);
    const QStringList p = good.split(QLatin1Char('$'));
    const QString salt = p[2];
    const QString hash = p[3];
    auto make = [](const QString &a, const QString &b, const QString &c, const QString &d) {
        return QStringList{a, b, c, d}.join(QLatin1Char('$'));
    };
    const QString scheme = QStringLiteral("pbkdf2-sha256");
    const QString n = QStringLiteral("1000");
    QTest::newRow("empty") << QString();
    QTest::newRow("scheme only") << scheme;
    QTest::newRow("three parts") << QStringList{scheme, n, salt}.join(QLatin1Char('$'));
    QTest::newRow("five parts") << good + QStringLiteral("$x");
    QTest::newRow("trailing $") << good + QLatin1Char('$');
    QTest::newRow("other scheme") << make(QStringLiteral("pbkdf2-sha1"), n, salt, hash);
    QTest::newRow("scheme case") << make(QStringLiteral("PBKDF2-SHA256"), n, salt, hash);
    QTest::newRow("zero iterations") << make(scheme, QStringLiteral("0"), salt, hash);
    QTest::newRow("negative iterations") << make(scheme, QStringLiteral("-1000"), salt, hash);
    QTest::newRow("plus sign") << make(scheme, QStringLiteral("+1000"), salt, hash);
    QTest::newRow("leading zero") << make(scheme, QStringLiteral("01000"), salt, hash);
    QTest::newRow("space") << make(scheme, QStringLiteral(" 1000"), salt, hash);
    QTest::newRow("not a number") << make(scheme, QStringLiteral("many"), salt, hash);
    QTest::newRow("overflow") << make(scheme, QStringLiteral("99999999999999999999"), salt, hash);
    QTest::newRow("absurd count") << make(scheme, QStringLiteral("2000000000"), salt, hash);
    QTest::newRow("empty salt") << make(scheme, n, QString(), hash);
    QTest::newRow("salt not base64") << make(scheme, n, QStringLiteral("!!!!"), hash);
    QTest::newRow("empty hash") << make(scheme, n, salt, QString());
    QTest::newRow("hash not base64") << make(scheme, n, salt, QStringLiteral("@@@@") + hash.mid(4));
    QTest::newRow("hash too short") << make(scheme, n, salt,
                                            QString::fromLatin1(QByteArray::fromBase64(hash.toLatin1()).left(31).toBase64()));
    QTest::newRow("hash too long") << make(scheme, n, salt,
                                           QString::fromLatin1((QByteArray::fromBase64(hash.toLatin1()) + 'x').toBase64()));
    QTest::newRow("plain text stored") << passphrase;
    QTest::newRow("other iteration count") << make(scheme, QStringLiteral("1001"), salt, hash);
    QTest::newRow("non-Latin-1") << make(scheme, n, QStringLiteral("ẩẩẩẩ"), hash);
}

void TestPassphrase::malformedRefused()
{
    QFETCH(QString, encoded);
    QVERIFY(!verifyPassphrase(passphrase, encoded));
}

void TestPassphrase::rules()
{
    QVERIFY(!passphraseProblem(QString()).isEmpty());
    QVERIFY(!passphraseProblem(QStringLiteral("12345678901")).isEmpty()); // 11
    QVERIFY(passphraseProblem(QStringLiteral("123456789012")).isEmpty()); // 12
    QVERIFY(passphraseProblem(passphrase).isEmpty());
    QVERIFY(passphraseProblem(QStringLiteral("123456789012")).isEmpty());
    // Counted in characters: 11 Vietnamese letters are 11 even when typed decomposed (22+
    // UTF-16 units), and 6 emoji (12 UTF-16 units) are 6.
    const QString eleven = QStringLiteral("ẩẩẩẩẩẩẩẩẩẩẩ").normalized(QString::NormalizationForm_D);
    QVERIFY(eleven.size() > 12);
    QVERIFY(!passphraseProblem(eleven).isEmpty());
    QVERIFY(passphraseProblem(eleven + QStringLiteral("ẩ")).isEmpty());
    const QString emoji = QString::fromUcs4(U"\U0001F512\U0001F512\U0001F512\U0001F512\U0001F512\U0001F512");
    QCOMPARE(emoji.size(), 12);
    QVERIFY(!passphraseProblem(emoji).isEmpty());
    QVERIFY(passphraseProblem(QStringLiteral("123456789012")).isEmpty());
    QVERIFY(passphraseProblem(QStringLiteral("a")).contains(QStringLiteral("12")));
}

void TestPassphrase::throttleSchedule_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("seconds");
    const QVector<QPair<int, int>> schedule{{-1, 0},  {0, 0},    {1, 0},     {2, 0},    {3, 0},
                                            {4, 2},   {5, 4},    {6, 8},     {7, 16},   {8, 32},
                                            {9, 64},  {10, 128}, {11, 256},  {12, 300}, {13, 300},
                                            {40, 300}, {70, 300}, {INT_MAX, 300}};
    for (const auto &[failures, seconds] : schedule)
        QTest::addRow("%d", failures) << failures << seconds;
}

void TestPassphrase::throttleSchedule()
{
    QFETCH(int, failures);
    QFETCH(int, seconds);
    QCOMPARE(delayAfterFailures(failures).count(), qint64(seconds));
}

void TestPassphrase::lockFlowOnRealStore()
{
    QVERIFY(m_dir.isValid());
    const QString path = freshDbPath();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        Store store;
        QCOMPARE(store.open(path), Store::OpenError::None);
        InstructorLock lock(store, fastIterations);
        QVERIFY(!lock.isSet());
        QCOMPARE(lock.unlock(passphrase, now), InstructorLock::Check::NotSet);
        QVERIFY(!lock.setInitial(QStringLiteral("short")).isEmpty());
        QVERIFY(!lock.isSet());
        QCOMPARE(lock.setInitial(passphrase), QString());
        QVERIFY(lock.isSet());
        // A second "first" passphrase would let anyone take over.
        QVERIFY(!lock.setInitial(QStringLiteral("another long passphrase")).isEmpty());
        QCOMPARE(lock.unlock(QStringLiteral("another long passphrase"), now), InstructorLock::Check::Wrong);
        QCOMPARE(lock.unlock(passphrase, now), InstructorLock::Check::Ok);
        QCOMPARE(lock.consecutiveFailures(), 0);
        QVERIFY(store.setting(QStringLiteral("instructor.passphrase")).startsWith(QStringLiteral("pbkdf2-sha256$1000$")));

        // Neither the database nor its WAL holds the passphrase, in any form we can think of.
        for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            const QByteArray bytes = fileBytes(file);
            QVERIFY2(!bytes.contains(passphrase.toUtf8()), qPrintable(file));
            QVERIFY2(!bytes.contains(QByteArrayLiteral("giảng viên")), qPrintable(file));
            QVERIFY2(!bytes.contains(passphrase.normalized(QString::NormalizationForm_D).toUtf8()), qPrintable(file));
            QVERIFY2(!bytes.contains(passphrase.toUtf8().toBase64()), qPrintable(file));
        }
        QVERIFY(fileBytes(path).size() + fileBytes(path + QStringLiteral("-wal")).size() > 0);
        QVERIFY(fileBytes(path + QStringLiteral("-wal")).contains("pbkdf2-sha256$")
                || fileBytes(path).contains("pbkdf2-sha256$"));
    }
    // Kept across sessions; and after the checkpoint at close, still not in the file.
    QVERIFY(!fileBytes(path).contains(passphrase.toUtf8()));
    Store store;
    QCOMPARE(store.open(path), Store::OpenError::None);
    InstructorLock lock(store, fastIterations);
    QVERIFY(lock.isSet());
    QCOMPARE(lock.unlock(passphrase, now), InstructorLock::Check::Ok);
}

void TestPassphrase::lockThrottlesGuesses()
{
    Store store;
    QCOMPARE(store.open(freshDbPath()), Store::OpenError::None);
    InstructorLock lock(store, fastIterations);
    QCOMPARE(lock.setInitial(passphrase), QString());
    const QString wrong = QStringLiteral("not the passphrase");
    const QDateTime t0 = QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);

    for (int i = 1; i <= 4; ++i) {
        QCOMPARE(lock.unlock(wrong, t0), InstructorLock::Check::Wrong);
        QCOMPARE(lock.consecutiveFailures(), i);
    }
    // 4 failures: 2 s to wait. Even the right passphrase is not checked meanwhile.
    QCOMPARE(lock.waitRemaining(t0).count(), 2);
    QCOMPARE(lock.unlock(passphrase, t0.addMSecs(1999)), InstructorLock::Check::TooSoon);
    QCOMPARE(lock.unlock(wrong, t0.addSecs(1)), InstructorLock::Check::TooSoon);
    QCOMPARE(lock.consecutiveFailures(), 4); // a refused try is not a guess
    QCOMPARE(lock.unlock(wrong, t0.addSecs(2)), InstructorLock::Check::Wrong); // 5: 4 s
    const QDateTime t1 = t0.addSecs(2);
    QCOMPARE(lock.waitRemaining(t1.addSecs(1)).count(), 3);
    QCOMPARE(lock.unlock(passphrase, t1.addSecs(3)), InstructorLock::Check::TooSoon);
    // The wait survives closing the app: it lives in the database.
    {
        InstructorLock again(store, fastIterations);
        QCOMPARE(again.unlock(passphrase, t1.addSecs(3)), InstructorLock::Check::TooSoon);
    }
    // A clock set back does not lock the instructor out for good.
    QCOMPARE(lock.waitRemaining(t1.addSecs(-3600)).count(), 0);
    QCOMPARE(lock.unlock(passphrase, t1.addSecs(4)), InstructorLock::Check::Ok);
    QCOMPARE(lock.consecutiveFailures(), 0);
    QCOMPARE(lock.waitRemaining(t1.addSecs(4)).count(), 0);
    QCOMPARE(lock.unlock(wrong, t1.addSecs(4)), InstructorLock::Check::Wrong); // counts from 1
    QCOMPARE(lock.unlock(passphrase, t1.addSecs(4)), InstructorLock::Check::Ok);
}

void TestPassphrase::changeNeedsOld()
{
    const QString path = freshDbPath();
    Store store;
    QCOMPARE(store.open(path), Store::OpenError::None);
    InstructorLock lock(store, fastIterations);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString fresh = QStringLiteral("Buổi 2 – mật khẩu mới");
    QVERIFY(!lock.change(passphrase, fresh, now).isEmpty()); // nothing set yet
    QCOMPARE(lock.setInitial(passphrase), QString());

    QVERIFY(!lock.change(QStringLiteral("a wrong old passphrase"), fresh, now).isEmpty());
    QCOMPARE(lock.consecutiveFailures(), 1);
    QVERIFY(!lock.change(passphrase, QStringLiteral("short"), now).isEmpty());
    QCOMPARE(lock.unlock(fresh, now), InstructorLock::Check::Wrong);
    QCOMPARE(lock.unlock(passphrase, now), InstructorLock::Check::Ok);

    QCOMPARE(lock.change(passphrase, fresh, now), QString());
    QCOMPARE(lock.unlock(passphrase, now), InstructorLock::Check::Wrong);
    QCOMPARE(lock.unlock(fresh, now), InstructorLock::Check::Ok);

    // Guessing through change() is throttled like unlock().
    for (int i = 0; i < 4; ++i)
        QVERIFY(!lock.change(QStringLiteral("guess number %1").arg(i), passphrase, now).isEmpty());
    QCOMPARE(lock.consecutiveFailures(), 4);
    QVERIFY(!lock.change(fresh, passphrase, now).isEmpty()); // right old one, but too soon
    QCOMPARE(lock.unlock(fresh, now.addSecs(2)), InstructorLock::Check::Ok);
    QVERIFY(!fileBytes(path).contains(fresh.toUtf8()));
    QVERIFY(!fileBytes(path + QStringLiteral("-wal")).contains(fresh.toUtf8()));
}

void TestPassphrase::resetKeepsTraineeData()
{
    Store store;
    QCOMPARE(store.open(freshDbPath()), Store::OpenError::None);
    const auto anh = store.createTrainee(QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("10A1"));
    const auto binh = store.createTrainee(QStringLiteral("Trần Văn Bình"), QString());
    QVERIFY(anh && binh);
    const auto attempt = store.startAttempt(anh->id, QStringLiteral("alpha"), QStringLiteral("alpha-quiz"),
                                            QStringLiteral("1"), QStringLiteral("vi"), 70, 1);
    QVERIFY(attempt);
    AnswerRecord answer;
    answer.attemptId = *attempt;
    answer.questionId = QStringLiteral("q-single");
    answer.questionType = QStringLiteral("single");
    answer.chosen = {QStringLiteral("a")};
    answer.correct = true;
    answer.points = 1;
    answer.language = QStringLiteral("vi");
    answer.contentVersion = QStringLiteral("1");
    QVERIFY(store.recordAnswer(answer));
    QVERIFY(store.finishAttempt(*attempt, true));
    QVERIFY(store.markLessonRead(anh->id, QStringLiteral("alpha"), QStringLiteral("alpha-lesson")));
    QVERIFY(store.setSetting(QStringLiteral("language"), QStringLiteral("vi")));

    InstructorLock lock(store, fastIterations);
    QCOMPARE(lock.setInitial(passphrase), QString());
    QCOMPARE(lock.unlock(QStringLiteral("forgotten, wrong one"), QDateTime::currentDateTimeUtc()),
             InstructorLock::Check::Wrong);
    QVERIFY(lock.resetKeepingData());

    QVERIFY(!lock.isSet());
    QCOMPARE(lock.consecutiveFailures(), 0);
    QCOMPARE(lock.unlock(passphrase, QDateTime::currentDateTimeUtc()), InstructorLock::Check::NotSet);
    QCOMPARE(store.trainees().size(), 2);
    QCOMPARE(store.attempts(anh->id).size(), 1);
    QCOMPARE(store.answers(*attempt).size(), 1);
    QCOMPARE(store.progress(anh->id).value(QStringLiteral("alpha")).bestPercent, 100.0);
    QCOMPARE(store.lessonsRead(anh->id).size(), 1);
    QCOMPARE(store.setting(QStringLiteral("language")), QStringLiteral("vi"));
    // The next instructor sets a new one on first use.
    const QString next = QStringLiteral("a brand new passphrase");
    QCOMPARE(lock.setInitial(next), QString());
    QCOMPARE(lock.unlock(next, QDateTime::currentDateTimeUtc()), InstructorLock::Check::Ok);
}

// The count is read and raised in one write transaction: 20 guesses at once are 20 failures
// (a read, then a write, counted 10 of 20). Tries 10 minutes apart, so none has to wait.
void TestPassphrase::parallelGuessesEachCounted()
{
    const QString path = freshDbPath();
    {
        Store store;
        QCOMPARE(store.open(path), Store::OpenError::None);
        InstructorLock lock(store, fastIterations);
        QCOMPARE(lock.setInitial(passphrase), QString());
    }
    const QDateTime t0 = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
    const auto results = guessInParallel(path, 20, [&](int i) { return t0.addSecs(600 * i); });
    QCOMPARE(results.count(InstructorLock::Check::Wrong), 20);
    Store store;
    QCOMPARE(store.open(path), Store::OpenError::None);
    QCOMPARE(InstructorLock(store, fastIterations).consecutiveFailures(), 20);
}

// At the same moment, 20 guesses get the 4 tries the throttle allows (3 free, then the 4th
// starts a wait); the other 16 are refused unchecked. Every checked guess is counted.
void TestPassphrase::parallelGuessesThrottled()
{
    const QString path = freshDbPath();
    {
        Store store;
        QCOMPARE(store.open(path), Store::OpenError::None);
        InstructorLock lock(store, fastIterations);
        QCOMPARE(lock.setInitial(passphrase), QString());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto results = guessInParallel(path, 20, [&](int) { return now; });
    QCOMPARE(results.count(InstructorLock::Check::Wrong), 4);
    QCOMPARE(results.count(InstructorLock::Check::TooSoon), 16);
    Store store;
    QCOMPARE(store.open(path), Store::OpenError::None);
    InstructorLock lock(store, fastIterations);
    QCOMPARE(lock.consecutiveFailures(), 4);
    QCOMPARE(lock.unlock(passphrase, now), InstructorLock::Check::TooSoon);
    QCOMPARE(lock.unlock(passphrase, now.addSecs(2)), InstructorLock::Check::Ok);
}

QTEST_GUILESS_MAIN(TestPassphrase)
#include "tst_passphrase.moc"
