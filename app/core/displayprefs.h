// How the app looks for one person (text size, contrast, motion, read-aloud, interface
// language), kept in the settings table: "display/<name>" (and "ui.language") for the PC's
// default, "trainee/<traineeId>/<name>" for a trainee, so a shared PC adapts to whoever
// signs in. GUI-free: the UI layer (app/ui/displaysettings.h) applies the values.
#pragma once

#include <QString>

namespace khien {

class Store;

inline constexpr double kMinTextScale = 1.0;
inline constexpr double kMaxTextScale = 2.0;

struct DisplayPrefs
{
    double textScale = 1.0;     // 1.0-2.0, multiplies every font size
    bool highContrast = false;
    bool reduceMotion = false;
    bool readAloud = true;      // the read-aloud buttons are shown
    QString language;           // "vi" or "en"; empty: not chosen here

    bool operator==(const DisplayPrefs &other) const;
    bool operator!=(const DisplayPrefs &other) const { return !(*this == other); }
};

// Into 1.0-2.0, in steps of 0.1 (the settings slider's steps); not a number: 1.0.
[[nodiscard]] double clampTextScale(double scale);

// The text scale that follows the system's font size: the platform font's point size against
// 11 pt, the largest usual desktop default (Windows and generic X11 9 pt, KDE 10 pt,
// GNOME 11 pt all read as 100 %); a larger font chosen in the system settings enlarges
// Khiên by as much, up to 200 %. Never below 100 %.
[[nodiscard]] double textScaleForSystemFont(double pointSize);

// The setting key of `name` for a trainee, or for the PC when traineeId is empty.
[[nodiscard]] QString displayKey(const QString &traineeId, const QString &name);

// The stored preferences of a trainee (empty id: the PC's); each value not stored there, or
// not valid, comes from `fallback`.
[[nodiscard]] DisplayPrefs readDisplayPrefs(const Store &store, const QString &traineeId,
                                            const DisplayPrefs &fallback);
// Stores every value in one transaction (language only when set); false when the database
// could not be written (Store::lastError() says why), nothing changed then.
[[nodiscard]] bool writeDisplayPrefs(Store &store, const QString &traineeId, const DisplayPrefs &prefs);

} // namespace khien
