// Tests of the CSV score exports: cell quoting and formula neutralising (exact text), BOM and
// Vietnamese bytes, both separators, row counts on a real database, and the atomic write.
#include "coursecatalog.h"
#include "csvexport.h"
#include "store.h"
#include "testdatabase.h"
#include "testpack.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace khien;

namespace {

const QString hyperlink = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
const QString anh = QStringLiteral("Nguyễn Thị Ánh");
const QString commaQuote = QStringLiteral("Trần \"Bé\" Văn, Tí");

// RFC 4180 reader, strict enough to notice a stray quote or a missing CRLF.
QVector<QStringList> parseCsv(const QByteArray &bytes, QChar sep, QString *problem)
{
    const QString text = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    QVector<QStringList> rows;
    QStringList row;
    QString cell;
    bool inQuotes = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!cell.isEmpty() || wasQuoted) {
                *problem = QStringLiteral("quote inside an unquoted cell at %1").arg(i);
                return {};
            }
            inQuotes = wasQuoted = true;
        } else if (c == sep) {
            row.append(cell);
            cell.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            wasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            *problem = QStringLiteral("bare line break outside quotes at %1").arg(i);
            return {};
        } else {
            cell += c;
        }
    }
    if (inQuotes || !cell.isEmpty() || !row.isEmpty())
        *problem = QStringLiteral("last row not ended by CRLF");
    return rows;
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cell_data();
    void cell();
    void summaryHasBomAndVietnameseBytes();
    void summaryRows();
    void summaryExactCells();
    void summarySemicolon();
    void summaryForChosenTrainees();
    void answersRows();
    void writeAtomically();
    void writeAtomicallyReplacesWhole();

private:
    void answer(const QString &attempt, const QString &question, const QStringList &chosen,
                double points, int position);
    [[nodiscard]] QVector<QStringList> parsed(const QByteArray &bytes, QChar sep = QLatin1Char(','));
    [[nodiscard]] QStringList rowOf(const QVector<QStringList> &rows, const QString &name,
                                    const QString &module);

    QTemporaryDir m_dir;
    Store m_store;
    CourseCatalog m_catalog;
    QStringList m_names;
    QString m_anhId;
    int m_answers = 0;
};

void TestCsvExport::answer(const QString &attempt, const QString &question,
                           const QStringList &chosen, double points, int position)
{
    AnswerRecord a;
    a.attemptId = attempt;
    a.questionId = question;
    a.questionType = chosen.size() > 1 ? QStringLiteral("multiple") : QStringLiteral("single");
    a.chosen = chosen;
    a.correct = points >= 1;
    a.points = points;
    a.timeTakenMs = 4200 + position;
    a.language = QStringLiteral("vi");
    a.contentVersion = QStringLiteral("test-1");
    a.answeredAt = QDateTime(QDate(2025, 3, 1), QTime(9, 0, position), Qt::UTC);
    a.position = position;
    QVERIFY2(m_store.recordAnswer(a), qPrintable(m_store.lastError()));
    ++m_answers;
}

void TestCsvExport::initTestCase()
{
    KHIEN_REQUIRE_TEST_BACKEND();
    QVERIFY(m_dir.isValid());
    QCOMPARE(m_store.open(testdb::location(m_dir.filePath(QStringLiteral("csv.sqlite")))), Store::OpenError::None);
    QVERIFY2(!testpack::dataDir().isEmpty(), "KHIEN_TEST_DATA_DIR is not set");
    const QString packs = testpack::dataDir() + QStringLiteral("/packs/");
    m_catalog = CourseCatalog::load({packs + QStringLiteral("good"), packs + QStringLiteral("types")});
    QCOMPARE(m_catalog.courses().size(), 2);
    QVERIFY(m_catalog.module(QStringLiteral("alpha")));
    QVERIFY(m_catalog.module(QStringLiteral("types")));

    m_names = {hyperlink, QStringLiteral("+1"), QStringLiteral("-1"), QStringLiteral("@SUM(A1)"),
               QStringLiteral("\tTab"), QStringLiteral("\rCR"), anh, commaQuote};
    for (const QString &name : std::as_const(m_names)) {
        const auto t = m_store.createTrainee(name, name == anh ? QStringLiteral("10A1")
                                                               : QStringLiteral("-G"));
        QVERIFY(t);
        if (name == anh)
            m_anhId = t->id;
    }

    // Ánh: read the alpha lesson; alpha: 1/3 then 3/3 (passed), one abandoned, one open;
    // types: 1/3, not passed.
    auto start = [&](const QString &module, const QString &quiz) {
        QThread::msleep(2); // distinct start times: "oldest first" is then well defined
        const auto id = m_store.startAttempt(m_anhId, module, quiz, QStringLiteral("test-1"),
                                             QStringLiteral("vi"), 70, 3);
        return id.value_or(QString());
    };
    QVERIFY(m_store.markLessonRead(m_anhId, QStringLiteral("alpha"), QStringLiteral("alpha-lesson")));
    QVERIFY(m_store.markLessonRead(m_anhId, QStringLiteral("alpha"), QStringLiteral("removed-lesson")));
    const QString first = start(QStringLiteral("alpha"), QStringLiteral("alpha-quiz"));
    answer(first, QStringLiteral("q-single"), {QStringLiteral("a")}, 1, 0);
    answer(first, QStringLiteral("q-multiple"), {QStringLiteral("a"), QStringLiteral("c")}, 0, 1);
    answer(first, QStringLiteral("q-tf"), {QStringLiteral("true")}, 0, 2);
    QVERIFY(m_store.finishAttempt(first, false));
    const QString second = start(QStringLiteral("alpha"), QStringLiteral("alpha-quiz"));
    answer(second, QStringLiteral("q-single"), {QStringLiteral("a")}, 1, 0);
    answer(second, QStringLiteral("q-multiple"), {QStringLiteral("a"), QStringLiteral("b")}, 1, 1);
    answer(second, QStringLiteral("q-tf"), {QStringLiteral("false")}, 1, 2);
    QVERIFY(m_store.finishAttempt(second, true));
    const QString abandoned = start(QStringLiteral("alpha"), QStringLiteral("alpha-quiz"));
    answer(abandoned, QStringLiteral("q-single"), {QStringLiteral("a")}, 1, 0);
    QVERIFY(m_store.abandonAttempt(abandoned));
    const QString open = start(QStringLiteral("alpha"), QStringLiteral("alpha-quiz"));
    QVERIFY(!open.isEmpty());
    const QString types = start(QStringLiteral("types"), QStringLiteral("types-quiz"));
    answer(types, QStringLiteral("t-single"), {QStringLiteral("b")}, 0.5, 0);
    answer(types, QStringLiteral("t-multiple"), {QStringLiteral("a")}, 0.5, 1);
    QVERIFY(m_store.finishAttempt(types, false));
}

void TestCsvExport::cell_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("expected");
    const QChar comma = QLatin1Char(','), semi = QLatin1Char(';');
    QTest::newRow("hyperlink") << hyperlink << comma
                               << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("hyperlink ;") << hyperlink << semi
                                 << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1") << comma << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-1") << comma << QStringLiteral("'-1");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << comma << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tTab") << comma << QStringLiteral("'\tTab");
    QTest::newRow("CR") << QStringLiteral("\rCR") << comma << QStringLiteral("\"'\rCR\"");
    QTest::newRow("equals") << QStringLiteral("=1+1") << comma << QStringLiteral("'=1+1");
    QTest::newRow("DDE") << QStringLiteral("=cmd|' /C calc'!A0") << comma
                         << QStringLiteral("'=cmd|' /C calc'!A0");
    QTest::newRow("vietnamese") << anh << comma << anh;
    QTest::newRow("comma and quote") << commaQuote << comma
                                     << QStringLiteral("\"Trần \"\"Bé\"\" Văn, Tí\"");
    QTest::newRow("comma with ;") << commaQuote << semi
                                  << QStringLiteral("\"Trần \"\"Bé\"\" Văn, Tí\""); // quote still
    QTest::newRow("comma only with ;") << QStringLiteral("Lê, Tí") << semi << QStringLiteral("Lê, Tí");
    QTest::newRow("semicolon with ;") << QStringLiteral("a;b") << semi << QStringLiteral("\"a;b\"");
    QTest::newRow("semicolon with ,") << QStringLiteral("a;b") << comma << QStringLiteral("a;b");
    QTest::newRow("LF inside") << QStringLiteral("a\nb") << comma << QStringLiteral("\"a\nb\"");
    QTest::newRow("CR inside") << QStringLiteral("a\rb") << comma << QStringLiteral("\"a\rb\"");
    QTest::newRow("operator later") << QStringLiteral("a=b-c") << comma << QStringLiteral("a=b-c");
    QTest::newRow("empty") << QString() << comma << QString();
    QTest::newRow("quote first") << QStringLiteral("'quoted") << comma << QStringLiteral("'quoted");
}

void TestCsvExport::cell()
{
    QFETCH(QString, value);
    QFETCH(QChar, separator);
    QFETCH(QString, expected);
    QCOMPARE(csvCell(value, separator), expected);
}

QVector<QStringList> TestCsvExport::parsed(const QByteArray &bytes, QChar sep)
{
    QString problem;
    const QVector<QStringList> rows = parseCsv(bytes, sep, &problem);
    if (!problem.isEmpty())
        qWarning("CSV problem: %s", qPrintable(problem));
    return problem.isEmpty() ? rows : QVector<QStringList>();
}

QStringList TestCsvExport::rowOf(const QVector<QStringList> &rows, const QString &name,
                                 const QString &module)
{
    for (const QStringList &row : rows)
        if (row.size() > 2 && row[0] == name && row[2] == module)
            return row;
    return {};
}

void TestCsvExport::summaryHasBomAndVietnameseBytes()
{
    const QByteArray csv = summaryCsv(m_store, m_catalog, {});
    QVERIFY(csv.startsWith(QByteArray::fromHex("efbbbf")));
    QVERIFY(!csv.mid(3).contains(QByteArray::fromHex("efbbbf")));
    // "Nguyễn Thị Ánh" as UTF-8: ễ = E1 BB 85, ị = E1 BB 8B, Á = C3 81.
    QVERIFY(csv.contains(QByteArray::fromHex("4e677579e1bb856e205468e1bb8b20c3816e68")));
    QVERIFY(csv.contains(QByteArrayLiteral("Mô-đun thử")));
    QVERIFY(csv.contains(QByteArrayLiteral("Các dạng câu hỏi")));
    QVERIFY(!csv.contains('?')); // no character lost in a lossy conversion
    QVERIFY(csv.endsWith("\r\n"));
}

void TestCsvExport::summaryRows()
{
    const QVector<QStringList> rows = parsed(summaryCsv(m_store, m_catalog, {}));
    const int modules = 2;
    QCOMPARE(rows.size(), 1 + m_names.size() * modules);
    QCOMPARE(rows[0], (QStringList{QStringLiteral("Trainee"), QStringLiteral("Group"),
                                   QStringLiteral("Module ID"), QStringLiteral("Module (Vietnamese)"),
                                   QStringLiteral("Module (English)"), QStringLiteral("Lessons read"),
                                   QStringLiteral("Attempts"), QStringLiteral("Grade (%)"),
                                   QStringLiteral("Passed"), QStringLiteral("Time (min)"),
                                   QStringLiteral("Trainee ID")}));
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), 11);
    // Trainees in the store's order, modules in catalog order within each.
    const QVector<Trainee> trainees = m_store.trainees();
    for (int t = 0; t < trainees.size(); ++t) {
        QCOMPARE(rows[1 + t * modules][2], QStringLiteral("alpha"));
        QCOMPARE(rows[2 + t * modules][2], QStringLiteral("types"));
    }

    QCOMPARE(rowOf(rows, anh, QStringLiteral("alpha")).mid(0, 9),
             (QStringList{anh, QStringLiteral("10A1"), QStringLiteral("alpha"),
                          QStringLiteral("Mô-đun thử"), QStringLiteral("Test module"),
                          QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("100"),
                          QStringLiteral("yes")}));
    QCOMPARE(rowOf(rows, anh, QStringLiteral("alpha")).value(10), m_anhId);
    QCOMPARE(rowOf(rows, anh, QStringLiteral("types")).mid(0, 9),
             (QStringList{anh, QStringLiteral("10A1"), QStringLiteral("types"),
                          QStringLiteral("Các dạng câu hỏi"), QStringLiteral("Question types"),
                          QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("33.3"),
                          QStringLiteral("no")}));
    // No attempt: an empty grade, not 0 or -1.
    QCOMPARE(rowOf(rows, QStringLiteral("'+1"), QStringLiteral("alpha")).mid(5, 5),
             (QStringList{QStringLiteral("0"), QStringLiteral("0"), QString(), QStringLiteral("no"),
                          QStringLiteral("0")}));
}

void TestCsvExport::summaryExactCells()
{
    const QByteArray csv = summaryCsv(m_store, m_catalog, {});
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    auto lineStarting = [&](const QString &start) {
        return std::count_if(lines.cbegin(), lines.cend(),
                             [&](const QString &l) { return l.startsWith(start); });
    };
    // Each dangerous name exactly as written, in both of its rows; the group "-G" too.
    QCOMPARE(lineStarting(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'-G,alpha,")), 1);
    QCOMPARE(lineStarting(QStringLiteral("'+1,'-G,alpha,Mô-đun thử,Test module,0,0,,no")), 1);
    QCOMPARE(lineStarting(QStringLiteral("'-1,'-G,types,Các dạng câu hỏi,Question types,0,0,,no")), 1);
    QCOMPARE(lineStarting(QStringLiteral("'@SUM(A1),'-G,")), 2);
    // The store trims names, so a leading tab or CR never reaches the file from there
    // (csvCell's own cases above cover them).
    QCOMPARE(lineStarting(QStringLiteral("Tab,'-G,")), 2);
    QCOMPARE(lineStarting(QStringLiteral("CR,'-G,")), 2);
    QCOMPARE(lineStarting(QStringLiteral("Nguyễn Thị Ánh,10A1,alpha,Mô-đun thử,Test module,1,2,100,yes")), 1);
    QCOMPARE(lineStarting(QStringLiteral("\"Trần \"\"Bé\"\" Văn, Tí\",'-G,types,")), 1);
    // No cell anywhere starts with a formula character, once parsed.
    for (const QStringList &row : parsed(csv))
        for (const QString &cell : row)
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()),
                     qPrintable(cell));
}

void TestCsvExport::summarySemicolon()
{
    CsvOptions options;
    options.separator = QLatin1Char(';');
    const QByteArray csv = summaryCsv(m_store, m_catalog, options);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF" "Trainee;Group;Module ID;Module (Vietnamese);"));
    const QVector<QStringList> rows = parsed(csv, QLatin1Char(';'));
    QCOMPARE(rows.size(), 1 + m_names.size() * 2);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), 11);
    const QString text = QString::fromUtf8(csv);
    // A comma needs no quotes here, the quote still does; the decimal mark is a comma.
    QVERIFY(text.contains(QStringLiteral("\r\n\"Trần \"\"Bé\"\" Văn, Tí\";'-G;alpha;")));
    QVERIFY(text.contains(QStringLiteral("\r\nNguyễn Thị Ánh;10A1;types;Các dạng câu hỏi;Question types;0;1;33,3;no;")));
    QCOMPARE(rowOf(rows, QLatin1Char('\'') + hyperlink, QStringLiteral("alpha")).value(1),
             QStringLiteral("'-G"));
}

void TestCsvExport::summaryForChosenTrainees()
{
    CsvOptions options;
    options.scope.traineeIds = {m_anhId};
    const QVector<QStringList> rows = parsed(summaryCsv(m_store, m_catalog, options));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1][0], anh);
    QCOMPARE(rows[2][0], anh);
}

void TestCsvExport::answersRows()
{
    const QByteArray csv = answersCsv(m_store, {});
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QVector<QStringList> rows = parsed(csv);
    QCOMPARE(rows.size(), 1 + m_answers);
    QCOMPARE(rows[0], (QStringList{QStringLiteral("Trainee"), QStringLiteral("Module ID"),
                                   QStringLiteral("Quiz ID"), QStringLiteral("Attempt ID"),
                                   QStringLiteral("Question ID"), QStringLiteral("Type"),
                                   QStringLiteral("Chosen"), QStringLiteral("Correct"),
                                   QStringLiteral("Points"), QStringLiteral("Time (ms)"),
                                   QStringLiteral("Language"), QStringLiteral("Content version"),
                                   QStringLiteral("Answered at (UTC)")}));
    // Oldest attempt first, answers in the order asked.
    const QVector<AttemptRecord> attempts = m_store.attempts(m_anhId); // newest first
    const AttemptRecord &first = attempts.last();
    QCOMPARE(rows[1], (QStringList{anh, QStringLiteral("alpha"), QStringLiteral("alpha-quiz"),
                                   first.id, QStringLiteral("q-single"), QStringLiteral("single"),
                                   QStringLiteral("a"), QStringLiteral("yes"), QStringLiteral("1"),
                                   QStringLiteral("4200"), QStringLiteral("vi"),
                                   QStringLiteral("test-1"), QStringLiteral("2025-03-01T09:00:00Z")}));
    QCOMPARE(rows[2][6], QStringLiteral("a c"));
    QCOMPARE(rows[2][7], QStringLiteral("no"));
    QCOMPARE(rows[2][12], QStringLiteral("2025-03-01T09:00:01Z"));
    QCOMPARE(rows.last()[4], QStringLiteral("t-multiple"));
    QCOMPARE(rows.last()[8], QStringLiteral("0.5"));

    CsvOptions options;
    options.separator = QLatin1Char(';');
    const QVector<QStringList> semi = parsed(answersCsv(m_store, options), QLatin1Char(';'));
    QCOMPARE(semi.size(), 1 + m_answers);
    QCOMPARE(semi.last()[8], QStringLiteral("0,5"));
}

void TestCsvExport::writeAtomically()
{
    const QByteArray data = summaryCsv(m_store, m_catalog, {});
    const QString target = m_dir.filePath(QStringLiteral("export.csv"));
    QString error;
    QVERIFY2(khien::writeAtomically(target, data, &error), qPrintable(error));
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), data);

    const QString missingFolder = m_dir.filePath(QStringLiteral("no-such-folder"));
    const QString inside = missingFolder + QStringLiteral("/export.csv");
    error.clear();
    QVERIFY(!khien::writeAtomically(inside, data, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(inside), qPrintable(error));
    QVERIFY(!QFile::exists(inside));
    QVERIFY(!QFileInfo::exists(missingFolder));
    // Nothing left behind beside the database, the good export and its SQLite companions.
    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : left)
        QVERIFY2(name.startsWith(QStringLiteral("csv.sqlite")) || name == QStringLiteral("export.csv"),
                 qPrintable(name));
    QVERIFY(!khien::writeAtomically(inside, data, nullptr)); // no error wanted: no crash
}

void TestCsvExport::writeAtomicallyReplacesWhole()
{
    const QString target = m_dir.filePath(QStringLiteral("replace.csv"));
    QString error;
    QVERIFY(khien::writeAtomically(target, QByteArray(100000, 'x'), &error));
    QVERIFY(khien::writeAtomically(target, QByteArrayLiteral("short\r\n"), &error));
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArrayLiteral("short\r\n"));
    // A folder in the way of the target: refused, nothing changed.
    const QString folder = m_dir.filePath(QStringLiteral("a-folder.csv"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(!khien::writeAtomically(folder, QByteArrayLiteral("data"), &error));
    QVERIFY(QFileInfo(folder).isDir());
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
