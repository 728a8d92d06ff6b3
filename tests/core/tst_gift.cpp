// GIFT (Moodle) import: every construct of the format the tests' banks use, the types Khiên
// cannot play reported by line, both languages merged by title, hostile input refused.
#include "contentloader.h"
#include "giftimport.h"
#include "testpack.h"

#include <QtTest>

using namespace khien;

namespace {
QString bank(const char *name) { return testpack::dataDir() + QStringLiteral("/gift/") + QLatin1String(name); }
QString read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestGift : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryConstruct()
    {
        const GiftParseResult r = parseGift(read(bank("bank-vi.gift")));
        QCOMPARE(r.questions.size(), 7); // 6 importable + the one without feedback
        const GiftQuestion &single = r.questions.at(0);
        QCOMPARE(single.title, QStringLiteral("otp-call"));
        QCOMPARE(single.category, QStringLiteral("$course$/An toàn/Lừa đảo"));
        QCOMPARE(single.kind, GiftQuestion::Kind::Single);
        QCOMPARE(single.answers.size(), 3);
        QCOMPARE(single.answers.at(0).weight, 100.0);
        QCOMPARE(single.answers.at(1).feedback, QStringLiteral("Sai: ai có OTP là chuyển được tiền."));
        QCOMPARE(single.answers.at(1).text, QStringLiteral("Đọc mã OTP để họ \"xác minh\"."));

        const GiftQuestion &weighted = r.questions.at(1);
        QCOMPARE(weighted.kind, GiftQuestion::Kind::Multiple);
        QCOMPARE(weighted.text, QStringLiteral("Những dấu hiệu nào cho thấy tin nhắn là lừa đảo?")); // [markdown] stripped
        QCOMPARE(weighted.answers.at(0).weight, 50.0);
        QCOMPARE(weighted.answers.at(2).weight, -100.0);

        const GiftQuestion &tf = r.questions.at(2);
        QCOMPARE(tf.kind, GiftQuestion::Kind::TrueFalse);
        QVERIFY(tf.trueIsRight);
        QCOMPARE(tf.feedbackIfWrong, QStringLiteral("Sai: đúng là ngân hàng không hỏi."));
        QCOMPARE(tf.feedbackIfRight, QStringLiteral("Chính xác."));

        const GiftQuestion &matching = r.questions.at(3);
        QCOMPARE(matching.kind, GiftQuestion::Kind::Matching);
        QCOMPARE(matching.answers.at(2).text, QStringLiteral("Chiếm SIM"));
        QCOMPARE(matching.answers.at(2).match, QStringLiteral("Khóa bảo mật"));
        QCOMPARE(matching.generalFeedback, QStringLiteral("Mỗi mối đe dọa có một cách phòng hợp nhất."));

        QCOMPARE(r.questions.at(4).text, QStringLiteral("Ký tự đặc biệt: dấu { và } và = và ~ và # được giữ."));
        QCOMPARE(r.questions.at(5).text, QStringLiteral("Câu hỏi có định dạng & HTML")); // [html] to plain text
    }

    void reportsWhatItCannotPlayByLine()
    {
        const GiftParseResult r = parseGift(read(bank("bank-vi.gift")));
        QCOMPARE(r.skipped.size(), 4);
        QCOMPARE(r.skipped.at(0).line, 36);
        QVERIFY(r.skipped.at(0).reason.startsWith(QStringLiteral("numeric")));
        QCOMPARE(r.skipped.at(1).line, 38);
        QVERIFY(r.skipped.at(1).reason.startsWith(QStringLiteral("short-answer")));
        QCOMPARE(r.skipped.at(2).line, 40);
        QVERIFY(r.skipped.at(2).reason.startsWith(QStringLiteral("essay")));
        QCOMPARE(r.skipped.at(3).line, 42);
        QVERIFY(r.skipped.at(3).reason.startsWith(QStringLiteral("missing-word")));
    }

    void importsBothLanguagesIntoOnePlayablePack()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("gift-import"));
        const GiftImportReport vi = importGift(bank("bank-vi.gift"), QStringLiteral("vi"), QStringLiteral("bank"), pack);
        QVERIFY2(vi.error.isEmpty(), qPrintable(vi.error));
        QCOMPARE(vi.imported(), 6);
        QCOMPARE(vi.importedByType.value(QStringLiteral("single")), 3);
        QCOMPARE(vi.skipped.size(), 5);
        QCOMPARE(vi.skipped.last().line, 44); // no feedback: Khiên explains every answer
        PackLoadResult loaded = loadPack(pack, true);
        QVERIFY2(loaded.isClean(), qPrintable(loaded.issues.value(0).toString()));
        QCOMPARE(loaded.course->languages, QStringList{QStringLiteral("vi")});
        const Quiz &quiz = *loaded.course->modules.first().quiz;
        QCOMPARE(quiz.questions.size(), 6);
        QCOMPARE(quiz.question(QStringLiteral("signs"))->type, QuestionType::Multiple);
        QVERIFY(quiz.question(QStringLiteral("signs"))->options.at(0).correct);
        QVERIFY(!quiz.question(QStringLiteral("signs"))->options.at(2).correct);
        // A text in the missing language falls back to the one there is.
        QCOMPARE(quiz.question(QStringLiteral("otp-call"))->prompt.in(QStringLiteral("en")),
                 QStringLiteral("Người gọi xưng là nhân viên ngân hàng và xin mã OTP. Bạn làm gì?"));

        const GiftImportReport en = importGift(bank("bank-en.gift"), QStringLiteral("en"), QStringLiteral("bank"), pack);
        QVERIFY2(en.error.isEmpty(), qPrintable(en.error));
        loaded = loadPack(pack, true);
        QVERIFY2(loaded.isClean(), qPrintable(loaded.issues.value(0).toString()));
        QCOMPARE(loaded.course->languages, (QStringList{"vi", "en"}));
        const Question *otp = loaded.course->modules.first().quiz->question(QStringLiteral("otp-call"));
        QCOMPARE(otp->prompt.en, QStringLiteral("A caller says he is from the bank and asks for your OTP. What do you do?"));
        QCOMPARE(otp->options.at(1).explanation.vi, QStringLiteral("Sai: ai có OTP là chuyển được tiền."));
        QCOMPARE(loaded.course->modules.first().quiz->questions.size(), 6); // merged, not doubled
    }

    void refusesBadInputAndWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("error");
        QTest::newRow("nothing importable") << QByteArray("just some text\n\nand more") << "vi" << "bank"
                                            << "no question could be imported";
        QTest::newRow("binary junk") << QByteArray("\x00\x01\x02{{{\xff\xfe", 9) << "vi" << "bank"
                                     << "no question could be imported";
        QTest::newRow("bad module id") << QByteArray("Q{=a#x ~b#y}") << "vi" << "../../etc"
                                       << "the module id must use a-z, 0-9 and - only";
        QTest::newRow("bad language") << QByteArray("Q{=a#x ~b#y}") << "fr" << "bank"
                                      << "the language must be vi or en";
        QTest::newRow("too large") << QByteArray(6 * 1024 * 1024, 'a') << "vi" << "bank" << "";
    }

    void refusesBadInputAndWritesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, lang);
        QFETCH(QString, module);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("in.gift"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QString pack = dir.filePath(QStringLiteral("pack"));
        const GiftImportReport r = importGift(file, lang, module, pack);
        if (error.isEmpty())
            QVERIFY(r.error.contains(QStringLiteral("larger than 5 MB")));
        else
            QCOMPARE(r.error, error);
        QVERIFY(!QFileInfo::exists(pack)); // nothing written
    }

    // A question whose text the app would refuse is skipped by line; the others import and
    // the module loads (before, it was written and then refused whole at the next start).
    void skipsQuestionsWithUnusableTextAndTheModuleLoads()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("in.gift"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("::a:: Safe? < img src=http://127.0.0.1:9/x.png> {=Hang up #Right. ~Pay #Wrong.}\n\n"
                "::b:: Hidden\xE2\x80\xAE text {=Yes #Right. ~No #Wrong.}\n\n"
                "::c:: Is an OTP secret? {TRUE#It is.#Yes.}\n\n"
                "::d:: Many {=1#r ~2#w ~3#w ~4#w ~5#w ~6#w ~7#w ~8#w ~9#w ~10#w ~11#w ~12#w ~13#w}\n");
        f.close();
        const QString pack = dir.filePath(QStringLiteral("pack"));
        const GiftImportReport r = importGift(file, QStringLiteral("en"), QStringLiteral("bank"), pack);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.imported(), 1);
        QCOMPARE(r.skipped.size(), 3);
        QCOMPARE(r.skipped.at(0).line, 1);
        QVERIFY(r.skipped.at(0).reason.contains(QStringLiteral("HTML")));
        QVERIFY(r.skipped.at(1).reason.contains(QStringLiteral("U+202e")));
        QVERIFY(r.skipped.at(2).reason.contains(QStringLiteral("13 answers")));
        const PackLoadResult loaded = loadPack(pack, true);
        QVERIFY2(loaded.isClean(), qPrintable(loaded.issues.value(0).toString()));
    }
};

QTEST_GUILESS_MAIN(TestGift)
#include "tst_gift.moc"
