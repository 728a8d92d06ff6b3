// A problem found in a content pack, located by file and line.
#pragma once

#include <QString>
#include <QVector>

namespace khien {

// What a warning is about, where a tool must tell one kind from another.
enum class IssueKind {
    Other,
    MissingExplanation, // a question with an answer but no <explain>: check-content --strict fails
};

struct ContentIssue
{
    QString file; // path as given to the loader (or a :/ resource path)
    int line = 0; // 1-based; 0 when the whole file is concerned
    QString message;
    bool warning = false; // shown, but does not make the pack unclean (check-content exits 0)
    IssueKind kind = IssueKind::Other;

    // "file:line: message", the form the CLI prints and the UI lists.
    [[nodiscard]] QString toString() const;
};

using ContentIssues = QVector<ContentIssue>;

// The issues that are errors, not warnings.
[[nodiscard]] qsizetype errorCount(const ContentIssues &issues);
// `check-content --strict`: the warnings of a kind the shipped course must not have
// (IssueKind::MissingExplanation) become errors.
void treatStrictWarningsAsErrors(ContentIssues &issues);

} // namespace khien
