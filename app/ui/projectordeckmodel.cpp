#include "projectordeckmodel.h"

#include "appcontroller.h"

#include <QSet>

ProjectorDeckModel::ProjectorDeckModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ProjectorDeckModel::setModuleId(const QString &moduleId)
{
    if (moduleId == m_moduleId)
        return;
    m_moduleId = moduleId;
    emit moduleIdChanged();
    reload();
}

void ProjectorDeckModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
    reload();
}

void ProjectorDeckModel::componentComplete()
{
    m_complete = true;
    reload();
}

void ProjectorDeckModel::reload()
{
    if (!m_complete)
        return;
    const AppController *app = AppController::instance();
    beginResetModel();
    m_slides = app && !m_moduleId.isEmpty() ? app->projectorSlides(m_moduleId, m_language) : QVector<ProjectorSlide>{};
    m_questionIds.clear();
    QSet<QString> seen;
    for (const ProjectorSlide &s : std::as_const(m_slides))
        if (!s.questionId.isEmpty() && !seen.contains(s.questionId)) {
            seen.insert(s.questionId);
            m_questionIds.append(s.questionId);
        }
    endResetModel();
    emit slidesChanged();
}

int ProjectorDeckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slides.size());
}

QVariant ProjectorDeckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProjectorSlide &s = m_slides.at(index.row());
    switch (role) {
    case KindRole: return s.kind;
    case HeadingRole: return s.heading;
    case BodyRole: return s.body;
    case LinesRole: return s.lines;
    case RevealRole: return s.reveal;
    case ContextRole: return s.context;
    case QuestionIdRole: return s.questionId;
    case QuestionTypeRole: return s.questionType;
    case KeyPointRole: return s.keyPoint;
    default: return {};
    }
}

QHash<int, QByteArray> ProjectorDeckModel::roleNames() const
{
    return {{KindRole, "kind"}, {HeadingRole, "heading"}, {BodyRole, "body"}, {LinesRole, "lines"},
            {RevealRole, "reveal"}, {ContextRole, "context"}, {QuestionIdRole, "questionId"},
            {QuestionTypeRole, "questionType"}, {KeyPointRole, "keyPoint"}};
}
