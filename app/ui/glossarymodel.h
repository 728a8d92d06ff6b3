// The glossary of every loaded course, filtered by what the trainee types, in the current
// language (the other language's name shown alongside).
#pragma once

#include "coursecatalog.h"
#include "rowsmodel.h"

class GlossaryModel : public RowsModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.glossary")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)

public:
    explicit GlossaryModel(QObject *parent = nullptr);
    void setTerms(QVector<khien::GlossaryTerm> terms);
    void setLanguage(const QString &lang);
    QString query() const { return m_query; }
    void setQuery(const QString &query);

signals:
    void queryChanged();

private:
    void rebuild();

    QVector<khien::GlossaryTerm> m_terms;
    QString m_language = QStringLiteral("en");
    QString m_query;
};
