// Plain input of the PDF class report and of the certificate of completion: values only, no
// Store or catalog, so the caller decides what goes in and the writers stay Qt Core + Gui.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QtGlobal>

#include <optional>

namespace khien::report {

// One trainee × module. Nothing recorded (no grade, no attempt, no lesson read): shown as "–".
struct ReportCell
{
    double gradePercent = -1; // recorded grade, 0..100; < 0: none
    bool passed = false;
    int attempts = 0; // finished attempts
    int lessonsRead = 0;
    int lessonsTotal = 0;
    qint64 timeSpentMs = 0;
};

struct ReportTraineeRow
{
    QString name;
    QString groupCode;
    QVector<ReportCell> cells; // parallel to ClassReport::moduleTitles; missing cells are empty
};

// One question of the item analysis (itemanalysis.h), texts already in the report's language.
struct ReportItemRow
{
    QString moduleTitle;
    QString questionText;
    int respondents = 0;
    double shareRight = 0; // 0..1
    QString mostChosenWrongText; // empty: no wrong option was chosen
    int mostChosenWrongCount = 0;
    std::optional<double> discrimination; // -1..1; empty: too few respondents
    QString questionType; // course.h's type name: "single", "truefalse", ...
    QStringList commonWrongTyped; // shortanswer, numeric: "“text” (count)", most common first
};

struct ClassReport
{
    QString className;
    QString sessionTitle; // may be empty
    QDate sessionDate; // may be invalid
    QDateTime generatedAt;
    QStringList moduleTitles;
    QVector<ReportTraineeRow> trainees;
    QVector<ReportItemRow> items;
    QString language = QStringLiteral("en"); // "vi" or "en": how dates and numbers are written
};

struct Certificate
{
    QString traineeName;
    QString className;
    QStringList modulesCompleted;
    QStringList moduleIcons; // parallel to modulesCompleted: each module's SVG icon path, or ""
    QDate date;
    QString issuer; // organisation or instructor; may be empty (a blank line to sign on)
    QString language = QStringLiteral("en"); // "vi" or "en"
};

} // namespace khien::report
