// A horizontal bar chart drawn with QPainter, as an object inside a QTextDocument so it
// flows with the report's text and stays vector graphics in the PDF.
#pragma once

#include <QObject>
#include <QString>
#include <QTextFormat>
#include <QTextObjectInterface>
#include <QVector>

class QPainter;
class QTextCursor;

namespace khien::report {

struct Bar
{
    QString label;
    double value = 0; // 0..1, the bar's length
    QString valueText; // written after the bar
};

class BarChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int objectType = QTextFormat::UserObject + 1;

    BarChartObject(QVector<Bar> bars, QString fontFamily, QObject *parent = nullptr);

    // Registers this object's type on `cursor`'s document and inserts the chart there.
    void insertInto(QTextCursor &cursor);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument,
                         const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc,
                    int posInDocument, const QTextFormat &format) override;

private:
    QVector<Bar> m_bars;
    QString m_fontFamily;
};

} // namespace khien::report
