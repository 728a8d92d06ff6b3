// `App.display`: the current person's text size, contrast, motion and read-aloud choices, as
// Theme.qml and the settings dialog bind to them. AppController loads them at sign-in (the
// trainee's, else the PC's) and stores every change the person makes (edited()).
#pragma once

#include "displayprefs.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class DisplaySettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.display")
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)
    Q_PROPERTY(bool reduceMotion READ reduceMotion WRITE setReduceMotion NOTIFY reduceMotionChanged)
    // Whether the read-aloud buttons are offered (read by the read-aloud feature).
    Q_PROPERTY(bool readAloud READ readAloud WRITE setReadAloud NOTIFY readAloudChanged)
    Q_PROPERTY(double minimumTextScale READ minimumTextScale CONSTANT)
    Q_PROPERTY(double maximumTextScale READ maximumTextScale CONSTANT)
    // The scale that follows the system font (khien::textScaleForSystemFont), the default.
    Q_PROPERTY(double systemTextScale READ systemTextScale CONSTANT)
    // Why the last change could not be kept, in the UI language; empty when it was.
    Q_PROPERTY(QString saveProblem READ saveProblem NOTIFY saveProblemChanged)

public:
    explicit DisplaySettings(QObject *parent = nullptr);

    double textScale() const { return m_prefs.textScale; }
    bool highContrast() const { return m_prefs.highContrast; }
    bool reduceMotion() const { return m_prefs.reduceMotion; }
    bool readAloud() const { return m_prefs.readAloud; }
    double minimumTextScale() const { return khien::kMinTextScale; }
    double maximumTextScale() const { return khien::kMaxTextScale; }
    double systemTextScale() const { return m_systemTextScale; }
    QString saveProblem() const { return m_saveProblem; }

    // A person's change: applied, then edited() so it is stored.
    void setTextScale(double scale);
    void setHighContrast(bool on);
    void setReduceMotion(bool on);
    void setReadAloud(bool on);

    // The PC's defaults when nothing is stored: the system's text scale, the rest off.
    [[nodiscard]] khien::DisplayPrefs systemDefaults() const;
    // Another person's settings (sign-in, sign-out): applied without edited().
    void apply(const khien::DisplayPrefs &prefs);
    [[nodiscard]] const khien::DisplayPrefs &prefs() const { return m_prefs; }
    void setSaveProblem(const QString &problem);

signals:
    void textScaleChanged();
    void highContrastChanged();
    void reduceMotionChanged();
    void readAloudChanged();
    void saveProblemChanged();
    void edited();

private:
    void change(const khien::DisplayPrefs &prefs, bool byPerson);

    khien::DisplayPrefs m_prefs;
    double m_systemTextScale = 1.0;
    QString m_saveProblem;
};
