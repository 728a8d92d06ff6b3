// A one-page certificate of completion for one trainee, printable in black and white.
#pragma once

#include "coreerror.h"
#include "reportdata.h"

#include <QString>

namespace khien::report {

// A4 landscape: a double border with a drawn shield, the trainee's name large, "has
// completed" with the modules completed, the class, the date and an issuer line (a blank line
// to sign on when `certificate.issuer` is empty). Long names and many modules are set smaller
// to fit the page. Texts come from the "Report" translation context; the date follows
// `certificate.language`. Written whole or not at all; on failure `error` says why.
[[nodiscard]] bool writeCertificatePdf(const Certificate &certificate, const QString &path,
                                       CoreError *error);

} // namespace khien::report
