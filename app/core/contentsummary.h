// What check-content reports about a pack: counts, languages and issues, as text or JSON.
#pragma once

#include "contentloader.h"

#include <QJsonObject>

namespace khien {

struct ContentSummary
{
    QString packId;
    QString version;
    int modules = 0;
    int lessons = 0;
    int quizzes = 0;
    int questions = 0;
    QMap<QString, int> questionsByType; // type name -> count
    QStringList languages;              // languages every text is present in
    int issues = 0;   // errors
    int warnings = 0; // shown, but the pack is still clean
};

[[nodiscard]] ContentSummary summarize(const PackLoadResult &result);
// One line: "khien-basics 2026.11.23: 2 modules, 2 lessons, 20 questions (single 10, ...), languages vi+en, 0 problems"
[[nodiscard]] QString summaryLine(const ContentSummary &summary);
[[nodiscard]] QJsonObject summaryJson(const ContentSummary &summary, const ContentIssues &issues);

} // namespace khien
