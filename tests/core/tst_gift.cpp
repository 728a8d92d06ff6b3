// GIFT (Moodle) import: every construct of the format the tests' banks use, the types Khiên
// cannot play reported by line, both languages merged by title, hostile input refused, and
// nothing written unless the pack that would result loads.
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
        QCOMPARE(r.questions.size(), 10); // all but the essay
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

    void readsNumericShortAnswerAndMissingWord()
    {
        const GiftParseResult r = parseGift(read(bank("types-vi.gift")));
        QCOMPARE(r.questions.size(), 9);
        const GiftQuestion &exact = r.questions.at(0);
        QCOMPARE(exact.kind, GiftQuestion::Kind::Numeric);
        QCOMPARE(exact.answers.size(), 1);
        QCOMPARE(exact.answers.at(0).value, 156.0);
        QCOMPARE(exact.answers.at(0).tolerance, 0.0);
        QCOMPARE(r.questions.at(1).answers.at(0).value, 6.0);
        QCOMPARE(r.questions.at(1).answers.at(0).tolerance, 1.0);
        QCOMPARE(r.questions.at(2).answers.at(0).value, 16.0); // 12..20
        QCOMPARE(r.questions.at(2).answers.at(0).tolerance, 4.0);
        const GiftQuestion &weighted = r.questions.at(3);
        QCOMPARE(weighted.answers.size(), 2);
        QCOMPARE(weighted.answers.at(1).weight, 50.0);
        QCOMPARE(weighted.answers.at(1).value, 10.0);
        QCOMPARE(weighted.answers.at(1).feedback, QStringLiteral("Gần đúng."));
        const GiftQuestion &shortAnswer = r.questions.at(4);
        QCOMPARE(shortAnswer.kind, GiftQuestion::Kind::ShortAnswer);
        QCOMPARE(shortAnswer.answers.at(1).text, QStringLiteral("mã xác *"));
        QCOMPARE(shortAnswer.answers.at(1).weight, 50.0);
        const GiftQuestion &missing = r.questions.at(5);
        QCOMPARE(missing.kind, GiftQuestion::Kind::MissingWord);
        QCOMPARE(missing.text, QStringLiteral("Đừng bao giờ"));
        QCOMPARE(missing.textAfter, QStringLiteral("mã OTP cho người khác."));
        QCOMPARE(missing.answers.at(0).text, QStringLiteral("chia sẻ"));
        QCOMPARE(r.questions.last().title, QStringLiteral("after-open")); // not swallowed by the open block
    }

    void reportsWhatItCannotReadByLine()
    {
        const GiftParseResult r = parseGift(read(bank("types-vi.gift")));
        QCOMPARE(r.skipped.size(), 3);
        QCOMPARE(r.skipped.at(0).line, 23);
        QVERIFY(r.skipped.at(0).message.startsWith(QStringLiteral("essay")));
        QCOMPARE(r.skipped.at(1).line, 25);
        QVERIFY(r.skipped.at(1).message.contains(QStringLiteral("description")));
        QCOMPARE(r.skipped.at(2).line, 27);
        QCOMPARE(r.skipped.at(2).message, QStringLiteral("the answer block { opened on line 27 is never closed"));
        const GiftParseResult old = parseGift(read(bank("bank-vi.gift")));
        QCOMPARE(old.skipped.size(), 1);
        QCOMPARE(old.skipped.at(0).line, 40); // the essay; numeric, short answer and missing word import
    }

    // Two titles that make the same id: the second gets its own, and the report says so.
    void idsNeverCollide()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("pack"));
        const ImportReport r = importGift(bank("types-vi.gift"), QStringLiteral("vi"), QStringLiteral("types"), pack);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.imported(), 9);
        bool said = false;
        for (const ImportNote &n : r.notes)
            said = said || (n.line == 21 && n.message.contains(QStringLiteral("\"mat-khau-2\"")));
        QVERIFY(said);
        const PackLoadResult loaded = loadPack(pack, true);
        QVERIFY2(loaded.isClean(), qPrintable(loaded.issues.value(0).toString()));
        const Quiz &quiz = *loaded.course->modules.first().quiz;
        QCOMPARE(quiz.question(QStringLiteral("mat-khau"))->type, QuestionType::Single);
        QCOMPARE(quiz.question(QStringLiteral("mat-khau-2"))->type, QuestionType::TrueFalse);
        QCOMPARE(quiz.question(QStringLiteral("hotline"))->type, QuestionType::Numeric);
        QCOMPARE(quiz.question(QStringLiteral("missing"))->promptAfter.vi, QStringLiteral("mã OTP cho người khác."));
        // The same bank in English fills in the other language, ids and all.
        const ImportReport en = importGift(bank("types-en.gift"), QStringLiteral("en"), QStringLiteral("types"), pack);
        QVERIFY2(en.error.isEmpty(), qPrintable(en.error));
        const PackLoadResult both = loadPack(pack, true);
        QVERIFY2(both.isClean(), qPrintable(both.issues.value(0).toString()));
        QCOMPARE(both.course->languages, (QStringList{"vi", "en"}));
        QCOMPARE(both.course->modules.first().quiz->questions.size(), 9);
    }

    void importsBothLanguagesIntoOnePlayablePack()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("gift-import"));
        const ImportReport vi = importGift(bank("bank-vi.gift"), QStringLiteral("vi"), QStringLiteral("bank"), pack);
        QVERIFY2(vi.error.isEmpty(), qPrintable(vi.error));
        QCOMPARE(vi.imported(), 10);
        QCOMPARE(vi.importedByType.value(QStringLiteral("single")), 4);
        QCOMPARE(vi.count(ImportNote::Kind::Skipped), 1);
        QCOMPARE(vi.notes.last().line, 44); // no feedback: imported, its explanation left empty
        QCOMPARE(vi.notes.last().kind, ImportNote::Kind::Warning);
        PackLoadResult loaded = loadPack(pack, true);
        QVERIFY2(loaded.isClean(), qPrintable(loaded.issues.value(0).toString()));
        QCOMPARE(loaded.course->languages, QStringList{QStringLiteral("vi")});
        const Quiz &quiz = *loaded.course->modules.first().quiz;
        QCOMPARE(quiz.questions.size(), 10);
        QCOMPARE(quiz.question(QStringLiteral("signs"))->type, QuestionType::Multiple);
        QVERIFY(quiz.question(QStringLiteral("signs"))->options.at(0).correct);
        QVERIFY(!quiz.question(QStringLiteral("signs"))->options.at(2).correct);
        // A text in the missing language falls back to the one there is.
        QCOMPARE(quiz.question(QStringLiteral("otp-call"))->prompt.in(QStringLiteral("en")),
                 QStringLiteral("Người gọi xưng là nhân viên ngân hàng và xin mã OTP. Bạn làm gì?"));

        const ImportReport en = importGift(bank("bank-en.gift"), QStringLiteral("en"), QStringLiteral("bank"), pack);
        QVERIFY2(en.error.isEmpty(), qPrintable(en.error));
        loaded = loadPack(pack, true);
        QVERIFY2(loaded.isClean(), qPrintable(loaded.issues.value(0).toString()));
        QCOMPARE(loaded.course->languages, (QStringList{"vi", "en"}));
        const Question *otp = loaded.course->modules.first().quiz->question(QStringLiteral("otp-call"));
        QCOMPARE(otp->prompt.en, QStringLiteral("A caller says he is from the bank and asks for your OTP. What do you do?"));
        QCOMPARE(otp->options.at(1).explanation.vi, QStringLiteral("Sai: ai có OTP là chuyển được tiền."));
        QCOMPARE(loaded.course->modules.first().quiz->questions.size(), 10); // merged, not doubled
    }

    void refusesBadInputAndWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("error");
        QTest::newRow("nothing importable") << QByteArray("just some text\n\nand more") << "vi" << "bank"
                                            << "no question could be imported";
        QTest::newRow("binary junk") << QByteArray("\x00\x01\n\x02{{{\xff\xfe", 10) << "vi" << "bank"
                                     << "line 2 is not valid UTF-8; save the file as UTF-8 and import it again";
        // The loader refuses an empty right-hand side: caught before anything is written.
        QTest::newRow("would not load") << QByteArray("::m:: Match {=a -> x =b -> y =c -> }") << "en" << "bank"
                                        << "the question on line 1 (m) would not load: ";
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
        const ImportReport r = importGift(file, lang, module, pack);
        if (error.isEmpty())
            QVERIFY(r.error.contains(QStringLiteral("larger than 5 MB")));
        else
            QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
        QVERIFY(!QFileInfo::exists(pack)); // nothing written
    }

    // A question whose text the app would refuse is skipped by line; the others import and
    // the module loads (before, it was written and then refused whole at the next start).
    // A failed import leaves the pack as it was, and the next import still works.
    void aFailedImportChangesNothing()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("pack"));
        QVERIFY(importGift(bank("bank-en.gift"), QStringLiteral("en"), QStringLiteral("bank"), pack).error.isEmpty());
        const QByteArray before = read(pack + QStringLiteral("/modules/bank.xml")).toUtf8();
        const QString file = dir.filePath(QStringLiteral("bad.gift"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("::m:: Match {=a -> x =b -> y =c -> }\n");
        f.close();
        QVERIFY(!importGift(file, QStringLiteral("en"), QStringLiteral("bank"), pack).error.isEmpty());
        QCOMPARE(read(pack + QStringLiteral("/modules/bank.xml")).toUtf8(), before);
        QVERIFY(importGift(bank("bank-en.gift"), QStringLiteral("en"), QStringLiteral("bank"), pack).error.isEmpty());
    }

    void skipsQuestionsWithUnusableTextAndTheModuleLoads()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("in.gift"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("::a:: Safe? < img src=http://127.0.0.1:9/x.png> {=Hang up #Right. ~Pay #Wrong.}\n\n"
                "::b:: Hidden\xE2\x80\xAE text {=Yes #Right. ~No #Wrong.}\n\n"
                "::c:: Is an OTP secret? {TRUE#It is.#Yes.}\n\n"
                "::d:: Many {=1#r" + QByteArray(" ~x#w").repeated(30) + "}\n");
        f.close();
        const QString pack = dir.filePath(QStringLiteral("pack"));
        const ImportReport r = importGift(file, QStringLiteral("en"), QStringLiteral("bank"), pack);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.imported(), 1);
        QCOMPARE(r.notes.size(), 3);
        QCOMPARE(r.notes.at(0).line, 1);
        QVERIFY(r.notes.at(0).message.contains(QStringLiteral("HTML")));
        QVERIFY(r.notes.at(1).message.contains(QStringLiteral("U+202e")));
        QCOMPARE(describeNote(r.notes.at(2)), QStringLiteral("line 7 (d): the question has 31 answers; Khiên takes at most 30"));
        const PackLoadResult loaded = loadPack(pack, true);
        QVERIFY2(loaded.isClean(), qPrintable(loaded.issues.value(0).toString()));
    }
};

QTEST_GUILESS_MAIN(TestGift)
#include "tst_gift.moc"
