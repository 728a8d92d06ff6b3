// Runs the real `khien` binary (KHIEN_BINARY, set by tests/cli/CMakeLists.txt) the way a
// headless machine would: no display, no platform plugin, no KHIEN_DB, English messages.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

struct Run
{
    int exitCode = -1; // -1: crashed or did not finish in 30 s
    QString out;
    QString err;
};

inline Run runKhien(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display and no platform plugin: a CLI subcommand must not need either.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    // Messages follow the system language; these tests read the English ones.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("KHIEN_DB"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KHIEN_BINARY), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
