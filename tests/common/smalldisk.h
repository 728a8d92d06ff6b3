// A tiny file system of its own (a tmpfs of a few kB) for tests of what happens when the disk
// is full or read-only. Mounting needs root (CI containers run as root); elsewhere the test
// skips (QSKIP with the reason).
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

class SmallDisk
{
public:
    explicit SmallDisk(int kilobytes = 64)
    {
        if (!m_mountPoint.isValid()) {
            m_problem = QStringLiteral("no temporary folder");
            return;
        }
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                              QStringLiteral("-o"), QStringLiteral("size=%1k").arg(kilobytes),
                                              QStringLiteral("tmpfs"), m_mountPoint.path()});
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
            m_problem = QStringLiteral("cannot mount a tmpfs here (not root?): %1")
                                .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed());
        else
            m_mounted = true;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            run({QStringLiteral("-l"), m_mountPoint.path()}, QStringLiteral("umount"));
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    [[nodiscard]] bool ok() const { return m_mounted; }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] QString path(const QString &name = {}) const
    {
        return name.isEmpty() ? m_mountPoint.path() : QDir(m_mountPoint.path()).filePath(name);
    }

    // Takes every free byte, so the next write fails with "No space left on device".
    void fill()
    {
        QFile filler(path(QStringLiteral(".filler")));
        if (!filler.open(QIODevice::Append | QIODevice::Unbuffered))
            return;
        const QByteArray block(1024, 'f');
        while (filler.write(block) == block.size()) {
        }
        QByteArray byte(1, 'f');
        while (filler.write(byte) == 1) {
        }
    }
    // Frees what fill() took.
    void drain() { QFile::remove(path(QStringLiteral(".filler"))); }

    [[nodiscard]] bool makeReadOnly()
    {
        return run({QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mountPoint.path()},
                   QStringLiteral("mount"));
    }

private:
    static bool run(const QStringList &args, const QString &program)
    {
        QProcess p;
        p.start(program, args);
        return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QTemporaryDir m_mountPoint;
    bool m_mounted = false;
    QString m_problem;
};
