// Runs the tst_*.qml files with an App backed by a temporary database and the test packs,
// with one trainee signed in.
#include "appcontroller.h"
#include "localonlynetwork.h"
#include "testpack.h"

#include <QTcpServer>

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

private:
    QString m_screenshotDir = qEnvironmentVariable("KHIEN_SCREENSHOT_DIR");
    QTcpServer m_canary;
    int m_hits = 0;
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
        m_app = std::make_unique<AppController>(m_dir.filePath(QStringLiteral("khien.sqlite")),
                                                QStringList{testpack::dataDir() + QStringLiteral("/packs/good"),
                                                            testpack::dataDir() + QStringLiteral("/packs/types")});
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
