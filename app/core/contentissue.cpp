#include "contentissue.h"

#include <algorithm>

namespace khien {

QString ContentIssue::toString() const
{
    // "warning:" is a marker for tools (as compilers print it), not prose.
    const QString text = warning ? QStringLiteral("warning: ") + message : message;
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(text);
    return QStringLiteral("%1: %2").arg(file, text);
}

qsizetype errorCount(const ContentIssues &issues)
{
    return std::count_if(issues.cbegin(), issues.cend(), [](const ContentIssue &i) { return !i.warning; });
}

void treatStrictWarningsAsErrors(ContentIssues &issues)
{
    for (ContentIssue &i : issues)
        if (i.kind == IssueKind::MissingExplanation)
            i.warning = false;
}

} // namespace khien
