#include "displayprefs.h"

#include "localizedtext.h"
#include "store.h"

#include <QStringList>
#include <cmath>

namespace khien {

namespace {
const QString kTextScale = QStringLiteral("textScale");
const QString kHighContrast = QStringLiteral("highContrast");
const QString kReduceMotion = QStringLiteral("reduceMotion");
const QString kReadAloud = QStringLiteral("readAloud");
const QString kLanguage = QStringLiteral("language");
// The PC's language key predates the per-trainee settings; kept so existing choices stay.
const QString kPcLanguageKey = QStringLiteral("ui.language");

QString flag(bool on) { return on ? QStringLiteral("1") : QStringLiteral("0"); }

bool readFlag(const QString &stored, bool fallback)
{
    if (stored == QLatin1String("1"))
        return true;
    if (stored == QLatin1String("0"))
        return false;
    return fallback;
}
} // namespace

bool DisplayPrefs::operator==(const DisplayPrefs &other) const
{
    return qFuzzyCompare(textScale, other.textScale) && highContrast == other.highContrast
           && reduceMotion == other.reduceMotion && readAloud == other.readAloud
           && language == other.language;
}

double clampTextScale(double scale)
{
    if (std::isnan(scale))
        return kMinTextScale;
    const double bounded = std::min(kMaxTextScale, std::max(kMinTextScale, scale));
    return std::round(bounded * 10.0) / 10.0;
}

double textScaleForSystemFont(double pointSize)
{
    constexpr double kUsualDefaultPoints = 11.0;
    if (!(pointSize > 0.0))
        return kMinTextScale;
    return clampTextScale(pointSize / kUsualDefaultPoints);
}

QString displayKey(const QString &traineeId, const QString &name)
{
    if (traineeId.isEmpty())
        return name == kLanguage ? kPcLanguageKey : QStringLiteral("display/") + name;
    return QStringLiteral("trainee/%1/%2").arg(traineeId, name);
}

DisplayPrefs readDisplayPrefs(const Store &store, const QString &traineeId, const DisplayPrefs &fallback)
{
    DisplayPrefs prefs = fallback;
    bool numeric = false;
    const double scale = store.setting(displayKey(traineeId, kTextScale)).toDouble(&numeric);
    if (numeric)
        prefs.textScale = clampTextScale(scale);
    prefs.highContrast = readFlag(store.setting(displayKey(traineeId, kHighContrast)), fallback.highContrast);
    prefs.reduceMotion = readFlag(store.setting(displayKey(traineeId, kReduceMotion)), fallback.reduceMotion);
    prefs.readAloud = readFlag(store.setting(displayKey(traineeId, kReadAloud)), fallback.readAloud);
    const QString language = store.setting(displayKey(traineeId, kLanguage));
    if (supportedLanguages().contains(language))
        prefs.language = language;
    return prefs;
}

bool writeDisplayPrefs(Store &store, const QString &traineeId, const DisplayPrefs &prefs)
{
    Store::SettingValues values{
        {displayKey(traineeId, kTextScale), QString::number(clampTextScale(prefs.textScale), 'f', 1)},
        {displayKey(traineeId, kHighContrast), flag(prefs.highContrast)},
        {displayKey(traineeId, kReduceMotion), flag(prefs.reduceMotion)},
        {displayKey(traineeId, kReadAloud), flag(prefs.readAloud)}};
    if (supportedLanguages().contains(prefs.language))
        values.insert(displayKey(traineeId, kLanguage), prefs.language);
    return store.updateSettings(values.keys(), [&values](const Store::SettingValues &) { return values; })
        .has_value();
}

} // namespace khien
