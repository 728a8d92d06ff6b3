// Reading a pack's glossary.xml, and matching glossary terms to a search.
#pragma once

#include "contentissue.h"
#include "course.h"

namespace khien {

// The terms of the glossary file at `path`; empty (with issues) when it has problems.
[[nodiscard]] QVector<GlossaryTerm> readGlossary(const QString &path, ContentIssues &issues);
// Lower-case text without diacritics ("Lừa đảo" -> "lua dao"), so a search typed without
// Vietnamese accents still finds the term.
[[nodiscard]] QString foldForSearch(const QString &text);
// True when every word of `query` occurs in the term's name or definition, in either language.
[[nodiscard]] bool glossaryTermMatches(const GlossaryTerm &term, const QString &query);

} // namespace khien
