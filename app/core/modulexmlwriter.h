// Khiên's own content files written from the model, for modules made by an import: the
// module file (its quiz; the question types an import produces) and the course.xml that
// lists the pack's modules. The content loader reads back exactly what is written here.
#pragma once

#include "course.h"

#include <QByteArray>

namespace khien {

// The module file of `module` (title, summary and quiz). Lessons, red-flag and scenario
// questions are not written: imports make none (see isImportMade()).
[[nodiscard]] QByteArray moduleXml(const Module &module, const QString &comment);
// course.xml of `course`, listing each module as modules/<id>.xml.
[[nodiscard]] QByteArray courseXml(const Course &course);
// True when moduleXml() can write `module` without losing anything.
[[nodiscard]] bool isImportMade(const Module &module);

// A number as content files and Moodle write it: no exponent, no trailing zeros.
[[nodiscard]] QString plainNumber(double value);

} // namespace khien
