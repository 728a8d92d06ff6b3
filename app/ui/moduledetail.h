// A module as its page shows it (AppController::moduleDetail): what it teaches, its lessons
// with the trainee's reading, its quiz and the trainee's best result, in one language.
#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

struct ModuleLesson
{
    Q_GADGET
    QML_VALUE_TYPE(moduleLesson)
    Q_PROPERTY(QString lessonId MEMBER lessonId CONSTANT)
    Q_PROPERTY(QString title MEMBER title CONSTANT)
    Q_PROPERTY(bool read MEMBER read CONSTANT) // the signed-in trainee has read it

public:
    QString lessonId;
    QString title;
    bool read = false;
};

struct ModuleDetail
{
    Q_GADGET
    QML_VALUE_TYPE(moduleDetail)
    Q_PROPERTY(QString moduleId MEMBER moduleId CONSTANT) // empty: no such module
    Q_PROPERTY(QString title MEMBER title CONSTANT)
    Q_PROPERTY(QString summary MEMBER summary CONSTANT)
    Q_PROPERTY(QStringList objectives MEMBER objectives CONSTANT)
    Q_PROPERTY(QVariantList lessons MEMBER lessons CONSTANT) // of ModuleLesson, in the module's order
    Q_PROPERTY(bool hasQuiz MEMBER hasQuiz CONSTANT)
    Q_PROPERTY(QString quizTitle MEMBER quizTitle CONSTANT)
    Q_PROPERTY(int questionCount MEMBER questionCount CONSTANT)
    Q_PROPERTY(int passPercent MEMBER passPercent CONSTANT)
    Q_PROPERTY(double bestPercent MEMBER bestPercent CONSTANT)
    Q_PROPERTY(bool passed MEMBER passed CONSTANT)
    Q_PROPERTY(QUrl iconUrl MEMBER iconUrl CONSTANT)
    Q_PROPERTY(QString status MEMBER status CONSTANT) // khien::moduleStatusName

public:
    QString moduleId;
    QString title;
    QString summary;
    QStringList objectives;
    QVariantList lessons;
    bool hasQuiz = false;
    QString quizTitle;
    int questionCount = 0;
    int passPercent = 0;
    double bestPercent = -1; // -1: no finished attempt
    bool passed = false;
    QUrl iconUrl;
    QString status;
};
