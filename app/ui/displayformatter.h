// `Format` in QML: numbers, percentages and dates written for people (displayformat.h).
// Every function takes the language, so a binding that passes App.language is re-evaluated
// when the language changes.
#pragma once

#include "displayformat.h"

#include <QDate>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class DisplayFormatter : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Format)
    QML_SINGLETON

public:
    using QObject::QObject;

    // 11.17 → "11.2" / "11,2"; whole values without decimals.
    Q_INVOKABLE static QString number(double value, const QString &language)
    {
        return khien::formatNumber(value, language);
    }
    // 85.5 → "85.5%" / "85,5%".
    Q_INVOKABLE static QString percent(double value, const QString &language)
    {
        return khien::formatPercent(value, language);
    }
    // An ISO date ("2026-12-03") → "3 Dec 2026" / "03/12/2026"; empty when not a date.
    Q_INVOKABLE static QString date(const QString &isoDate, const QString &language)
    {
        return khien::formatDate(QDate::fromString(isoDate, Qt::ISODate), language);
    }
};
