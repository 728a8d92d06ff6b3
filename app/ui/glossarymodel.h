// The glossary of every loaded course, filtered by what the trainee types, in the current
// language (the other language's name shown alongside).
#pragma once

#include "coursecatalog.h"
#include "listmodel.h"

struct GlossaryRow
{
    QString termId;
    QString name;      // in the UI language
    QString otherName; // in the other language
    QString definition;
};

class GlossaryModel : public ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.glossary")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)

public:
    enum Role { TermIdRole = Qt::UserRole + 1, NameRole, OtherNameRole, DefinitionRole };
    Q_ENUM(Role)
    using ListModel::ListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setTerms(QVector<khien::GlossaryTerm> terms);
    void setLanguage(const QString &lang);
    QString query() const { return m_query; }
    void setQuery(const QString &query);

signals:
    void queryChanged();

private:
    void rebuild();

    QVector<khien::GlossaryTerm> m_terms;
    QVector<GlossaryRow> m_rows;
    QString m_language = QStringLiteral("en");
    QString m_query;
};
