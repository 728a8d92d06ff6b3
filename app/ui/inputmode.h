// The `InputMode` singleton: whether the trainee is working with the keyboard right now. A key
// press turns it on, a mouse press or a touch turns it off. FocusFollower.qml shows the focus
// ring and scrolls to the focused control only while it is on, so a mouse user sees no ring
// and a keyboard user sees one on every control, whatever moved the focus there.
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class InputMode : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool keyboard READ keyboard WRITE setKeyboard NOTIFY keyboardChanged)

public:
    explicit InputMode(QObject *parent = nullptr);

    bool keyboard() const { return m_keyboard; }
    void setKeyboard(bool on);

signals:
    void keyboardChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_keyboard = false;
};
