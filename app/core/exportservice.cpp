// ExportService: format names, and each format's data and file.
#include "exportservice.h"

#include "atomicwrite.h"
#include "csvexport.h"
#include "xapiexport.h"

#include <QJsonDocument>

namespace khien {

namespace {

const QStringList formatNames{QStringLiteral("csv"), QStringLiteral("answers-csv"), QStringLiteral("xapi"),
                              QStringLiteral("pdf"), QStringLiteral("certificate")};

} // namespace

QStringList exportFormatNames()
{
    return formatNames;
}

std::optional<ExportFormat> exportFormatNamed(const QString &name)
{
    const int index = formatNames.indexOf(name);
    return index < 0 ? std::nullopt : std::optional(ExportFormat(index));
}

ExportService::ExportService(const Store &store, const CourseCatalog &catalog, PdfRenderers pdf)
    : m_store(store), m_catalog(catalog), m_pdf(std::move(pdf))
{
}

QByteArray ExportService::data(const ExportRequest &request) const
{
    CsvOptions options;
    options.separator = request.separator == QLatin1Char(';') ? QLatin1Char(';') : QLatin1Char(',');
    options.scope = request.scope;
    options.policy = request.policy;
    switch (request.format) {
    case ExportFormat::ScoresCsv:
        return summaryCsv(m_store, m_catalog, options);
    case ExportFormat::AnswersCsv:
        return answersCsv(m_store, options);
    case ExportFormat::Xapi: {
        QStringList ids;
        for (const Trainee &t : resolveScope(m_store, request.scope).trainees)
            ids.append(t.id);
        return QJsonDocument(xapiStatements(m_store, m_catalog, ids)).toJson(QJsonDocument::Indented);
    }
    case ExportFormat::ClassReportPdf:
    case ExportFormat::CertificatePdf:
        break;
    }
    return {};
}

CoreError ExportService::run(const ExportRequest &request) const
{
    const PdfRenderer *pdf = request.format == ExportFormat::ClassReportPdf ? &m_pdf.classReport
                           : request.format == ExportFormat::CertificatePdf ? &m_pdf.certificate
                                                                            : nullptr;
    if (pdf) {
        if (!*pdf)
            return {ErrorCode::PdfNotDrawn, request.path, QStringLiteral("no PDF renderer")};
        return (*pdf)(m_store, m_catalog, request);
    }
    if (const auto failure = writeFileAtomically(request.path, data(request)))
        return {ErrorCode::FileNotWritten, failure->path, failure->reason};
    return {};
}

} // namespace khien
