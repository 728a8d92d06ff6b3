// The one place an export is dispatched, for the app's Export tab and `khien export` alike:
// which format writes what, for whom, and how the file is written (atomically, checked).
// PDF formats need Qt Gui, so their writers are handed in (report::pdfRenderers() in
// khien_report); everything else is here.
#pragma once

#include "classdashboard.h"
#include "coreerror.h"

#include <QChar>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace khien {

class CourseCatalog;
class Store;

enum class ExportFormat {
    ScoresCsv,      // "csv": one row per trainee x module
    AnswersCsv,     // "answers-csv": one row per answer
    Xapi,           // "xapi": xAPI statements as a JSON array
    ClassReportPdf, // "pdf": the class report
    CertificatePdf, // "certificate": one trainee's certificate
};

// The names the CLI and the QML pages use, in the order above.
[[nodiscard]] QStringList exportFormatNames();
[[nodiscard]] std::optional<ExportFormat> exportFormatNamed(const QString &name);

struct ExportRequest
{
    ExportFormat format = ExportFormat::ScoresCsv;
    QString path;
    DashboardScope scope;           // whose results (and which modules, for a session)
    QChar separator = QLatin1Char(','); // CSV: ',' or ';' (then with a decimal comma)
    GradePolicy policy = GradePolicy::Best;
    QString language = QStringLiteral("en"); // of the PDF texts
    QString traineeId; // certificate: whose
    QString issuer;    // certificate: who issues it (may be empty)
};

// Draws and writes a PDF for a request; returns the error, if any (None: written).
using PdfRenderer = std::function<CoreError(const Store &, const CourseCatalog &, const ExportRequest &)>;

struct PdfRenderers
{
    PdfRenderer classReport;
    PdfRenderer certificate;
};

class ExportService
{
public:
    // Without renderers, PDF formats fail with PdfNotDrawn.
    ExportService(const Store &store, const CourseCatalog &catalog, PdfRenderers pdf = {});

    // Writes the file the request asks for, whole or not at all.
    [[nodiscard]] CoreError run(const ExportRequest &request) const;
    // The bytes a data format (not PDF) writes, for tests and previews.
    [[nodiscard]] QByteArray data(const ExportRequest &request) const;

private:
    const Store &m_store;
    const CourseCatalog &m_catalog;
    PdfRenderers m_pdf;
};

} // namespace khien
