// Baseline for the start-up budget: an empty Qt Quick Controls window (one Button, the same
// style as Khiên) that quits on its first frame.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.loadData("import QtQuick\nimport QtQuick.Controls\n"
                    "ApplicationWindow { width: 1280; height: 760; visible: true\n"
                    "  Button { text: \"Hello\" } }");
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    return app.exec();
}
