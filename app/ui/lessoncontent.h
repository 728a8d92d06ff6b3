// A lesson as its page shows it (AppController::lessonBody): the Markdown in runs with key
// points apart, rebuilt as Khiên's own HTML (lessonmarkdown.h, the only rich text the app
// shows), its sources, and why it cannot be shown when it cannot.
#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

struct LessonPart
{
    Q_GADGET
    QML_VALUE_TYPE(lessonPart)
    Q_PROPERTY(bool keyPoint MEMBER keyPoint CONSTANT) // a block quote, drawn as a box
    Q_PROPERTY(QString html MEMBER html CONSTANT)

public:
    bool keyPoint = false;
    QString html;
};

struct LessonSource
{
    Q_GADGET
    QML_VALUE_TYPE(lessonSource)
    Q_PROPERTY(QString title MEMBER title CONSTANT)
    Q_PROPERTY(QString publisher MEMBER publisher CONSTANT)
    Q_PROPERTY(QString url MEMBER url CONSTANT)
    Q_PROPERTY(QString read MEMBER read CONSTANT) // YYYY-MM-DD

public:
    QString title;
    QString publisher;
    QString url;
    QString read;
};

struct LessonContent
{
    Q_GADGET
    QML_VALUE_TYPE(lessonContent)
    Q_PROPERTY(QString title MEMBER title CONSTANT)
    Q_PROPERTY(QString markdown MEMBER markdown CONSTANT)
    Q_PROPERTY(QVariantList segments MEMBER segments CONSTANT) // of LessonPart
    Q_PROPERTY(QVariantList sources MEMBER sources CONSTANT) // of LessonSource
    Q_PROPERTY(QString error MEMBER error CONSTANT)          // in the UI language; empty when shown

public:
    QString title;
    QString markdown;
    QVariantList segments;
    QVariantList sources;
    QString error;
};
