// A stored attempt, question by question, as the review page shows it: one row per question
// in the order asked, each with its lines in the order shown (AppController::reviewItems, in
// attemptreview.cpp). QML creates it with the attempt and the language and binds to it:
// `ReviewModel { attemptId: page.attemptId; language: App.language }`.
#pragma once

#include "listmodel.h"

#include <QQmlParserStatus>
#include <QVariantList>
#include <QVector>
#include <QtQml/qqmlregistration.h>

// One option, match, step or typed answer of a reviewed question.
struct ReviewLine
{
    Q_GADGET
    QML_VALUE_TYPE(reviewLine)
    Q_PROPERTY(QString text MEMBER text CONSTANT)
    Q_PROPERTY(QString detail MEMBER detail CONSTANT)
    // "right" (a right answer given), "wrong" (a wrong one given), "missed" (a right one not
    // given) or "".
    Q_PROPERTY(QString mark MEMBER mark CONSTANT)
    Q_PROPERTY(bool chosen MEMBER chosen CONSTANT) // the trainee picked it, right or wrong
    Q_PROPERTY(QString explanation MEMBER explanation CONSTANT)

public:
    QString text;
    QString detail;
    QString mark;
    bool chosen = false;
    QString explanation;
};

struct ReviewItem
{
    Q_GADGET
    QML_VALUE_TYPE(reviewItem)
    Q_PROPERTY(QString questionId MEMBER questionId CONSTANT)
    Q_PROPERTY(QString type MEMBER type CONSTANT)
    Q_PROPERTY(QString prompt MEMBER prompt CONSTANT)
    Q_PROPERTY(bool explained MEMBER explained CONSTANT) // false: the content explains nothing
    Q_PROPERTY(bool answered MEMBER answered CONSTANT)
    Q_PROPERTY(bool correct MEMBER correct CONSTANT)
    Q_PROPERTY(double points MEMBER points CONSTANT)
    Q_PROPERTY(QVariantList lines MEMBER lines CONSTANT) // of ReviewLine

public:
    QString questionId;
    QString type;
    QString prompt;
    bool explained = false;
    bool answered = false;
    bool correct = false;
    double points = 0;
    QVariantList lines;
};

class ReviewModel : public ListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString attemptId READ attemptId WRITE setAttemptId NOTIFY attemptIdChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    enum Role {
        QuestionIdRole = Qt::UserRole + 1, TypeRole, PromptRole, ExplainedRole, AnsweredRole,
        CorrectRole, PointsRole, LinesRole
    };
    Q_ENUM(Role)
    explicit ReviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The row's question; an empty one outside the rows.
    Q_INVOKABLE ReviewItem item(int row) const { return m_items.value(row); }
    QString attemptId() const { return m_attemptId; }
    void setAttemptId(const QString &attemptId);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    void classBegin() override { m_complete = false; }
    void componentComplete() override;

signals:
    void attemptIdChanged();
    void languageChanged();

private:
    // Reads the attempt again from App (AppController::instance()).
    void reload();

    QString m_attemptId;
    QString m_language;
    bool m_complete = true; // false while QML sets the first values
    QVector<ReviewItem> m_items;
};
