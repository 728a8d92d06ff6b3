// Projector mode's slides as QML sees them (AppController::projectorSlides, built in
// appcontrollerprojector.cpp from khien::projectorDeck): content only, no trainee data. QML
// creates it and binds: `ProjectorDeckModel { moduleId: page.moduleId; language: App.language }`.
#pragma once

#include <QAbstractListModel>
#include <QQmlParserStatus>
#include <QStringList>
#include <QVariantList>
#include <QVector>
#include <QtQml/qqmlregistration.h>

struct ProjectorLine
{
    Q_GADGET
    QML_VALUE_TYPE(projectorLine)
    Q_PROPERTY(QString text MEMBER text CONSTANT)
    Q_PROPERTY(bool correct MEMBER correct CONSTANT)
    Q_PROPERTY(QString note MEMBER note CONSTANT) // why not, what happens, or the matched partner

public:
    QString text;
    bool correct = false;
    QString note;
};

struct ProjectorSlide
{
    Q_GADGET
    QML_VALUE_TYPE(projectorSlide)
    Q_PROPERTY(QString kind MEMBER kind CONSTANT) // "title", "lesson", "question" or "scenario"
    Q_PROPERTY(QString heading MEMBER heading CONSTANT)
    Q_PROPERTY(QString body MEMBER body CONSTANT) // Khiên's HTML for lesson slides, plain text otherwise
    Q_PROPERTY(QVariantList lines MEMBER lines CONSTANT) // of ProjectorLine
    Q_PROPERTY(QString reveal MEMBER reveal CONSTANT)
    Q_PROPERTY(QString context MEMBER context CONSTANT)
    Q_PROPERTY(QString questionId MEMBER questionId CONSTANT)
    Q_PROPERTY(QString questionType MEMBER questionType CONSTANT)
    Q_PROPERTY(bool keyPoint MEMBER keyPoint CONSTANT)

public:
    QString kind;
    QString heading;
    QString body;
    QVariantList lines;
    QString reveal;
    QString context;
    QString questionId;
    QString questionType;
    bool keyPoint = false;
};

class ProjectorDeckModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString moduleId READ moduleId WRITE setModuleId NOTIFY moduleIdChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // Changes with every reload (modelReset too), as the slides do.
    Q_PROPERTY(int count READ rowCountProperty NOTIFY slidesChanged)
    // The questions the slides show, each once, in slide order.
    Q_PROPERTY(QStringList questionIds READ questionIds NOTIFY slidesChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, HeadingRole, BodyRole, LinesRole, RevealRole, ContextRole,
        QuestionIdRole, QuestionTypeRole, KeyPointRole
    };
    Q_ENUM(Role)
    explicit ProjectorDeckModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int rowCountProperty() const { return int(m_slides.size()); }
    QStringList questionIds() const { return m_questionIds; }
    // The row's slide; an empty one (kind "") outside the rows.
    Q_INVOKABLE ProjectorSlide slide(int row) const { return m_slides.value(row); }
    QString moduleId() const { return m_moduleId; }
    void setModuleId(const QString &moduleId);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    void classBegin() override { m_complete = false; }
    void componentComplete() override;

signals:
    void moduleIdChanged();
    void languageChanged();
    void slidesChanged();

private:
    // Reads the module again from App (AppController::instance()).
    void reload();

    QString m_moduleId;
    QString m_language;
    bool m_complete = true; // false while QML sets the first values
    QVector<ProjectorSlide> m_slides;
    QStringList m_questionIds;
};
