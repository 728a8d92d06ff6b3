// The QR code of a text (the live session's join URL) as a QML item: drawn square and sharp at
// any size, black modules on white with the quiet zone, for the projector's join screen.
#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

class LiveQrCode : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    // Modules per side, quiet zone included; 0 when there is no code to show.
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)

public:
    explicit LiveQrCode(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    int modules() const { return m_image.width(); }
    void paint(QPainter *painter) override;

signals:
    void textChanged();

private:
    QString m_text;
    QImage m_image;
};
