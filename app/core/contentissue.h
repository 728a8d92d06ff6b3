// A problem found in a content pack, located by file and line.
#pragma once

#include <QString>
#include <QVector>

namespace khien {

struct ContentIssue
{
    QString file; // path as given to the loader (or a :/ resource path)
    int line = 0; // 1-based; 0 when the whole file is concerned
    QString message;
    bool warning = false; // shown, but does not make the pack unclean (check-content exits 0)

    // "file:line: message", the form the CLI prints and the UI lists.
    [[nodiscard]] QString toString() const;
};

using ContentIssues = QVector<ContentIssue>;

// The issues that are errors, not warnings.
[[nodiscard]] qsizetype errorCount(const ContentIssues &issues);

} // namespace khien
