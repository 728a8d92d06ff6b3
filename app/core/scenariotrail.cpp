#include "scenariotrail.h"

namespace khien {

namespace {

bool isClosing(QChar c)
{
    static const QString closing = QStringLiteral("\"'”’»)]");
    return closing.contains(c);
}

bool isSentenceEnd(QChar c)
{
    static const QString ends = QStringLiteral(".!?…");
    return ends.contains(c);
}

bool isJoiner(QChar c)
{
    static const QString joiners = QStringLiteral(",:;-–—");
    return joiners.contains(c);
}

} // namespace

QString decisionTrailLine(const QString &choice, const QString &consequence)
{
    QString first = choice.trimmed();
    while (!first.isEmpty() && (isJoiner(first.back()) || first.back().isSpace()))
        first.chop(1);
    const QString second = consequence.trimmed();
    if (first.isEmpty() || second.isEmpty())
        return first.isEmpty() ? second : first;
    // A sentence end may sit inside closing quotes or brackets: Say “Stop.”
    qsizetype i = first.size() - 1;
    while (i > 0 && isClosing(first.at(i)))
        --i;
    return first + (isSentenceEnd(first.at(i)) ? QStringLiteral(" ") : QStringLiteral(": ")) + second;
}

} // namespace khien
