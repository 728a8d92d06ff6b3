// Checks an icon a content pack names (<module icon="icons/x.svg">): a small, self-contained
// SVG file. Icons are drawn by Qt SVG, which would follow a link to another file or to the
// web; an icon must carry everything it shows, so any reference outside the file is refused.
#pragma once

#include <QString>
#include <optional>

namespace khien {

// Empty when `path` is an SVG icon the app may draw; otherwise what is wrong with it, in the
// user's language (the caller adds file and line). Reads at most limits::maxIconBytes, in
// one linear pass.
[[nodiscard]] std::optional<QString> svgIconProblem(const QString &path);

} // namespace khien
