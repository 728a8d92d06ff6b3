// Khiên's entry point: the headless CLI when asked for, otherwise the Qt Quick app.
#include "appcontroller.h"
#include "cli/cli.h"
#include "contentloader.h"
#include "datapaths.h"
#include "localonlynetwork.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(KhienPlugin)

int main(int argc, char *argv[])
{
    if (khien::cli::wantsCli(argc, argv))
        return khien::cli::run(argc, argv);

    QGuiApplication app(argc, argv);
    khien::setApplicationIdentity();

    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Database file (overrides KHIEN_DB)."),
                                      QStringLiteral("path"));
    parser.addOption(dbOption);
    parser.process(app);

    QStringList packs{khien::shippedPackPath()};
    packs += khien::packFoldersIn(khien::userPacksPath());
    AppController controller(khien::databasePath(parser.value(dbOption)), packs,
                             AppController::ContentLoading::InBackground);
    AppController::setInstance(&controller);

    QQuickStyle::setStyle(QStringLiteral("Material"));
    LocalOnlyNetworkFactory localOnly; // outlives the engine, as Qt requires
    QQmlApplicationEngine engine;
    engine.setNetworkAccessManagerFactory(&localOnly);
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/Khien/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    controller.finishContentLoad(); // read while the window loaded; before any event is handled
    // The database check waits for the first frame: start-up time is the trainee's.
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()))
        QObject::connect(window, &QQuickWindow::frameSwapped, controller.database(),
                         &DatabaseCare::checkInBackground, Qt::SingleShotConnection);
    // Start-up benchmark (tests/benchmarks/startup.sh): quit as soon as the first frame is shown.
    if (qEnvironmentVariableIsSet("KHIEN_QUIT_AFTER_FIRST_FRAME")) {
        if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()))
            QObject::connect(window, &QQuickWindow::frameSwapped, &app, &QCoreApplication::quit,
                             Qt::QueuedConnection);
    }
    return app.exec();
}
