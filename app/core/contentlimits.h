// The budgets every content pack, lesson and import must fit in. Content comes from anyone
// who can copy a folder onto the PC, so loading it must stay cheap whatever it holds; each
// limit is documented, with its message, in content/README.md ("Limits").
#pragma once

#include <QtGlobal>

namespace khien::limits {

inline constexpr qint64 maxXmlFileBytes = 2 * 1024 * 1024;    // course.xml, a module, the glossary
inline constexpr qint64 maxIconBytes = 64 * 1024;               // a module's SVG icon; the shipped ones are under 1 kB
inline constexpr qint64 maxLessonBytes = 64 * 1024;           // one lesson body (Markdown); the longest shipped is 7.4 kB
inline constexpr int maxLessonSegments = 40;                   // text runs and key-point boxes drawn for one lesson
inline constexpr int maxXmlDepth = 16;                         // nesting of elements in a file
inline constexpr int maxTextLength = 8000;                     // one text element, in characters
inline constexpr int maxPacks = 50;                            // extra packs read from the user's packs folder
inline constexpr int maxModulesPerPack = 200;
inline constexpr int maxLessonsPerModule = 50;
inline constexpr int maxQuestionsPerQuiz = 500;
inline constexpr int maxOptionsPerQuestion = 30;               // options, items, pairs, parts
inline constexpr int maxScenarioSteps = 300;                   // steps and endings of one scenario
inline constexpr int maxScenarioStates = 200000;               // (step, points, facts, worst choice) states analysed
inline constexpr int maxScenarioFacts = 64;                    // different facts a scenario's choices set
inline constexpr int maxGlossaryTerms = 2000;
inline constexpr double maxAbsPoints = 1000;                   // a scenario choice's points, minPoints
inline constexpr qint64 maxGiftFileBytes = 5 * 1024 * 1024;   // a GIFT bank to import
inline constexpr qint64 maxMoodleXmlBytes = 20 * 1024 * 1024; // a Moodle XML bank to import (images are base64 inside)
inline constexpr qint64 maxImportImageBytes = 1024 * 1024;   // one image of an imported question, decoded
inline constexpr int maxImportImages = 200;                    // images one import saves

} // namespace khien::limits
