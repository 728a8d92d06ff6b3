// The PDF writers the export service (exportservice.h) is given by those who can draw:
// the class report and the certificate, built from the store and laid out here.
#pragma once

#include "exportservice.h"

namespace khien::report {

[[nodiscard]] PdfRenderers pdfRenderers();

} // namespace khien::report
