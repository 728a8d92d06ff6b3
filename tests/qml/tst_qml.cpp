// Runs the tst_*.qml files with an App backed by a temporary database and the test packs,
// with one trainee signed in.
#include "appcontroller.h"
#include "liveparticipant.h"
#include "localonlynetwork.h"
#include "testpack.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTemporaryFile>

#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(KhienPlugin)

// Test-only settings the QML tests read: KHIEN_SCREENSHOT_DIR makes them save screenshots
// of the pages they drive, for a person to look at. canaryUrl is a server on 127.0.0.1 that
// counts every connection made to it: hostile texts point there, and nothing may reach it.
class TestEnv : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString screenshotDir MEMBER m_screenshotDir CONSTANT)
    Q_PROPERTY(QString canaryUrl READ canaryUrl CONSTANT)

public:
    TestEnv()
    {
        if (!m_canary.listen(QHostAddress::LocalHost))
            qFatal("cannot start the canary server");
        connect(&m_canary, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_canary.nextPendingConnection()) {
                ++m_hits;
                s->deleteLater();
            }
        });
    }
    QString canaryUrl() const { return QStringLiteral("http://127.0.0.1:%1/canary.png").arg(m_canary.serverPort()); }
    Q_INVOKABLE int canaryHits() const { return m_hits; }

    // For the save-flow tests: a new empty folder, and files read and written directly.
    Q_INVOKABLE QString newFolder()
    {
        const QString path = m_files.filePath(QStringLiteral("folder-%1").arg(++m_folders));
        return QDir().mkpath(path) ? path : QString();
    }
    // A folder no new file can be created in. Tests run as root here, and root ignores
    // permission bits: then /sys, where even root may not create files.
    Q_INVOKABLE QString unwritableFolder()
    {
        const QString path = newFolder();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
        QTemporaryFile probe(path + QStringLiteral("/probe-XXXXXX"));
        return probe.open() ? QStringLiteral("/sys") : path;
    }
    Q_INVOKABLE bool writeFile(const QString &path, const QString &text)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) == text.toUtf8().size();
    }
    Q_INVOKABLE QString readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    // -1 when there is no such file.
    Q_INVOKABLE qint64 fileSize(const QString &path) const
    {
        return QFileInfo::exists(path) ? QFileInfo(path).size() : -1;
    }
    Q_INVOKABLE QStringList entries(const QString &folder) const
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private:
    QString m_screenshotDir = qEnvironmentVariable("KHIEN_SCREENSHOT_DIR");
    QTcpServer m_canary;
    int m_hits = 0;
    QTemporaryDir m_files;
    int m_folders = 0;
};

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // The static Khien module's qmldir lives at qrc:/Khien/qmldir.
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->setNetworkAccessManagerFactory(&m_localOnly); // as the app does
        qmlRegisterSingletonInstance("KhienTest", 1, 0, "TestEnv", &m_env);
        qmlRegisterType<LiveParticipant>("KhienTest", 1, 0, "LiveParticipant");
        m_app = std::make_unique<AppController>(m_dir.filePath(QStringLiteral("khien.sqlite")),
                                                QStringList{testpack::dataDir() + QStringLiteral("/packs/good"),
                                                            testpack::dataDir() + QStringLiteral("/packs/types"),
                                                            testpack::dataDir() + QStringLiteral("/packs/typed")});
        AppController::setInstance(m_app.get());
        if (!m_app->createTrainee(QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("LOP-1")).isEmpty())
            qFatal("could not create the test trainee in %s", qPrintable(m_dir.path()));
    }

private:
    QTemporaryDir m_dir;
    LocalOnlyNetworkFactory m_localOnly;
    TestEnv m_env;
    std::unique_ptr<AppController> m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(khien_qml, Setup)
#include "tst_qml.moc"
