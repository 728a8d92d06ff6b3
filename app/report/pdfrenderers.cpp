#include "pdfrenderers.h"

#include "certificatepdf.h"
#include "classreportpdf.h"
#include "reportbuilder.h"
#include "store.h"

namespace khien::report {

PdfRenderers pdfRenderers()
{
    PdfRenderers renderers;
    renderers.classReport = [](const Store &store, const CourseCatalog &catalog, const ExportRequest &request) {
        CoreError error;
        (void)writeClassReportPdf(buildClassReport(store, catalog, request.scope, request.language),
                                  request.path, &error);
        return error;
    };
    renderers.certificate = [](const Store &store, const CourseCatalog &catalog, const ExportRequest &request) {
        auto certificate = buildCertificate(store, catalog, request.scope, request.traineeId, request.language);
        if (!certificate) {
            const auto trainee = store.trainee(request.traineeId);
            return CoreError{ErrorCode::NothingToCertify, trainee ? trainee->displayName : request.traineeId,
                             QStringLiteral("no module passed in scope")};
        }
        certificate->issuer = request.issuer.trimmed();
        CoreError error;
        (void)writeCertificatePdf(*certificate, request.path, &error);
        return error;
    };
    return renderers;
}

} // namespace khien::report
