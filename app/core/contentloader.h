// Loads and validates a content pack (course.xml, module files, lesson Markdown).
// Every problem is reported with file and line; a module with problems is left out and the
// rest of the pack still loads. Lesson bodies are not read here: see lessonbody.h.
#pragma once

#include "contentissue.h"
#include "course.h"

#include <optional>

namespace khien {

struct PackLoadResult
{
    std::optional<Course> course; // empty when course.xml itself is unusable
    ContentIssues issues;

    [[nodiscard]] bool isClean() const { return course && errorCount(issues) == 0; }
};

// Reads the pack in `packDir` (a folder or a :/ resource folder holding course.xml).
// With `checkBodies`, every lesson body is also read and checked (check-content does this;
// the app checks a body when the lesson is opened).
[[nodiscard]] PackLoadResult loadPack(const QString &packDir, bool checkBodies = false);

// Every pack folder under `dir` (folders holding a course.xml), sorted by name.
[[nodiscard]] QStringList packFoldersIn(const QString &dir);

} // namespace khien
