#include "displaysettings.h"

#include <QFont>
#include <QGuiApplication>

DisplaySettings::DisplaySettings(QObject *parent)
    : QObject(parent),
      m_systemTextScale(khien::textScaleForSystemFont(QGuiApplication::font().pointSizeF()))
{
    m_prefs.textScale = m_systemTextScale;
}

khien::DisplayPrefs DisplaySettings::systemDefaults() const
{
    khien::DisplayPrefs prefs;
    prefs.textScale = m_systemTextScale;
    return prefs;
}

void DisplaySettings::setTextScale(double scale)
{
    khien::DisplayPrefs prefs = m_prefs;
    prefs.textScale = khien::clampTextScale(scale);
    change(prefs, true);
}

void DisplaySettings::setHighContrast(bool on)
{
    khien::DisplayPrefs prefs = m_prefs;
    prefs.highContrast = on;
    change(prefs, true);
}

void DisplaySettings::setReduceMotion(bool on)
{
    khien::DisplayPrefs prefs = m_prefs;
    prefs.reduceMotion = on;
    change(prefs, true);
}

void DisplaySettings::setReadAloud(bool on)
{
    khien::DisplayPrefs prefs = m_prefs;
    prefs.readAloud = on;
    change(prefs, true);
}

void DisplaySettings::apply(const khien::DisplayPrefs &prefs)
{
    change(prefs, false);
}

void DisplaySettings::setSaveProblem(const QString &problem)
{
    if (problem == m_saveProblem)
        return;
    m_saveProblem = problem;
    emit saveProblemChanged();
}

void DisplaySettings::change(const khien::DisplayPrefs &prefs, bool byPerson)
{
    const khien::DisplayPrefs before = m_prefs;
    m_prefs = prefs;
    m_prefs.textScale = khien::clampTextScale(prefs.textScale);
    if (!qFuzzyCompare(before.textScale, m_prefs.textScale))
        emit textScaleChanged();
    if (before.highContrast != m_prefs.highContrast)
        emit highContrastChanged();
    if (before.reduceMotion != m_prefs.reduceMotion)
        emit reduceMotionChanged();
    if (before.readAloud != m_prefs.readAloud)
        emit readAloudChanged();
    if (byPerson && before != m_prefs)
        emit edited();
}
