// The export service: format names, each data format's bytes written as they are built, PDF
// formats handed to the renderers given (and typed errors without them), and write failures
// typed with the file they concern.
#include "coursecatalog.h"
#include "csvexport.h"
#include "exportservice.h"
#include "store.h"
#include "testdatabase.h"
#include "testpack.h"
#include "xapiexport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace khien;

class TestExportService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        KHIEN_REQUIRE_TEST_BACKEND();
        m_catalog = CourseCatalog::load({testpack::dataDir() + QStringLiteral("/packs/good")});
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_store.open(testdb::location(m_dir.filePath(QStringLiteral("khien.sqlite")))), Store::OpenError::None);
        const auto trainee = m_store.createTrainee(QStringLiteral("Nguyễn Thị Ánh"), {});
        QVERIFY(trainee);
        m_trainee = trainee->id;
        const auto attempt = m_store.startAttempt(m_trainee, QStringLiteral("alpha"), QStringLiteral("alpha-quiz"),
                                                  QStringLiteral("test-1"), QStringLiteral("vi"), 50, 1);
        QVERIFY(attempt);
        AnswerRecord answer;
        answer.attemptId = *attempt;
        answer.questionId = QStringLiteral("q1");
        answer.questionType = QStringLiteral("single");
        answer.chosen = {QStringLiteral("a")};
        answer.correct = true;
        answer.points = 1;
        QVERIFY(m_store.recordAnswer(answer));
        QVERIFY(m_store.finishAttempt(*attempt, true));
    }

    void formatNames()
    {
        QCOMPARE(exportFormatNames(), QStringList({"csv", "answers-csv", "xapi", "pdf", "certificate"}));
        for (const QString &name : exportFormatNames())
            QVERIFY(exportFormatNamed(name));
        QCOMPARE(exportFormatNamed(QStringLiteral("answers-csv")), ExportFormat::AnswersCsv);
        QVERIFY(!exportFormatNamed(QStringLiteral("xlsx")));
        QVERIFY(!exportFormatNamed(QStringLiteral("CSV")));
    }

    void dataFormatsWriteWhatTheyBuild_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("scores ,") << int(ExportFormat::ScoresCsv) << QChar(',');
        QTest::newRow("scores ;") << int(ExportFormat::ScoresCsv) << QChar(';');
        QTest::newRow("answers") << int(ExportFormat::AnswersCsv) << QChar(',');
        QTest::newRow("xapi") << int(ExportFormat::Xapi) << QChar(',');
    }

    void dataFormatsWriteWhatTheyBuild()
    {
        QFETCH(int, format);
        QFETCH(QChar, separator);
        ExportRequest request;
        request.format = ExportFormat(format);
        request.separator = separator;
        request.path = m_dir.filePath(QStringLiteral("out.%1").arg(format));
        const ExportService service(m_store, m_catalog);
        QCOMPARE(service.run(request).code, ErrorCode::None);
        QFile file(request.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        CsvOptions options;
        options.separator = separator;
        switch (request.format) {
        case ExportFormat::ScoresCsv:
            QCOMPARE(written, summaryCsv(m_store, m_catalog, options));
            QVERIFY(written.contains("Nguyễn Thị Ánh"));
            break;
        case ExportFormat::AnswersCsv:
            QCOMPARE(written, answersCsv(m_store, options));
            QVERIFY(written.contains("q1"));
            break;
        default: {
            // Statement ids are new UUIDs on every build: compare without them.
            auto withoutIds = [](QJsonArray statements) {
                for (auto it = statements.begin(); it != statements.end(); ++it) {
                    QJsonObject s = it->toObject();
                    s.remove(QStringLiteral("id"));
                    *it = s;
                }
                return statements;
            };
            const QJsonArray statements = QJsonDocument::fromJson(written).array();
            QVERIFY(!statements.isEmpty());
            QCOMPARE(withoutIds(statements), withoutIds(xapiStatements(m_store, m_catalog, {m_trainee})));
        }
        }
    }

    void pdfFormatsGoToTheirRenderer()
    {
        ExportRequest request;
        request.path = m_dir.filePath(QStringLiteral("report.pdf"));
        request.format = ExportFormat::CertificatePdf;
        request.traineeId = m_trainee;
        QCOMPARE(ExportService(m_store, m_catalog).run(request).code, ErrorCode::PdfNotDrawn);

        QStringList called;
        PdfRenderers renderers;
        renderers.classReport = [&](const Store &, const CourseCatalog &, const ExportRequest &r) {
            called.append(QStringLiteral("report ") + r.language);
            return CoreError{};
        };
        renderers.certificate = [&](const Store &, const CourseCatalog &, const ExportRequest &r) {
            called.append(QStringLiteral("certificate ") + r.traineeId);
            return CoreError{ErrorCode::NothingToCertify, QStringLiteral("Ánh"), {}};
        };
        const ExportService service(m_store, m_catalog, renderers);
        QCOMPARE(service.run(request).code, ErrorCode::NothingToCertify);
        request.format = ExportFormat::ClassReportPdf;
        request.language = QStringLiteral("vi");
        QCOMPARE(service.run(request).code, ErrorCode::None);
        QCOMPARE(called, QStringList({QStringLiteral("certificate ") + m_trainee, QStringLiteral("report vi")}));
    }

    void aFileThatCannotBeWrittenIsATypedError()
    {
        ExportRequest request;
        request.path = m_dir.filePath(QStringLiteral("no-such-folder/scores.csv"));
        const CoreError error = ExportService(m_store, m_catalog).run(request);
        QCOMPARE(error.code, ErrorCode::FileNotWritten);
        QCOMPARE(error.where, request.path);
        QVERIFY(!error.detail.isEmpty());
        QVERIFY(!QFile::exists(request.path));
    }

private:
    QTemporaryDir m_dir;
    Store m_store;
    CourseCatalog m_catalog;
    QString m_trainee;
};

QTEST_GUILESS_MAIN(TestExportService)
#include "tst_exportservice.moc"
