// Reading one <question> element of any type, with the checks each type needs.
#pragma once

#include "contentxmlreader.h"
#include "course.h"

namespace khien {

// Reads the <question> element the reader is on, reporting every problem through it.
[[nodiscard]] Question readQuestion(ContentXmlReader &xml);

} // namespace khien
