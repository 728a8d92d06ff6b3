// The `Files` singleton behind FileFlow.qml and FileChooser.qml, the one way Khiên asks
// where to save a file or which files to open: proposed names, extensions and filters per
// kind of file, checks on the chosen path, the places offered, the folder last used.
//
// Kinds. Saving: "scores" and "answers" (CSV), "xapi" (JSON), "report" and "certificate"
// (PDF), "bundle" (results bundle). Opening: "class-list" (CSV or text), "gift" (GIFT or
// text), "bundles" (results bundles).
#pragma once

#include "placelistmodel.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

// What a save would write, as checkSave() found it.
struct SaveCheck
{
    Q_GADGET
    QML_VALUE_TYPE(saveCheck)
    Q_PROPERTY(QUrl file MEMBER file)           // where it would be written; empty when unknown
    Q_PROPERTY(QString fileName MEMBER fileName)
    Q_PROPERTY(bool exists MEMBER exists)       // a file of that name is there already
    Q_PROPERTY(bool changed MEMBER changed)     // checkSavePath: the name differs from the one chosen
    Q_PROPERTY(QString error MEMBER error)      // in the UI language; empty when it can be written

public:
    QUrl file;
    QString fileName;
    bool exists = false;
    bool changed = false;
    QString error;
};

class FilesHelper : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Files)
    QML_SINGLETON
    // True where Qt has the platform's own file dialog for certain (Windows, macOS).
    Q_PROPERTY(bool nativeDialogs READ nativeDialogs CONSTANT)
    // Home, Documents, Desktop, then USB sticks and other removable drives; refreshPlaces()
    // reads them again (a stick may have been plugged in since).
    Q_PROPERTY(PlaceListModel *places READ places CONSTANT)

public:
    explicit FilesHelper(QObject *parent = nullptr);

    static bool nativeDialogs();

    // "Lop-10A1-diem-2026-12-03.csv" for ("scores", "Lớp 10A1"), dated today.
    Q_INVOKABLE QString proposedName(const QString &kind, const QString &subject) const;
    // The extensions of the kind, the one appended first: {"csv"}, {"csv", "txt"}, …
    Q_INVOKABLE QStringList suffixes(const QString &kind) const;
    // For FolderListModel and FileDialog: {"*.csv"}.
    Q_INVOKABLE QStringList namePatterns(const QString &kind) const;
    // "CSV files (*.csv)" in the UI language.
    Q_INVOKABLE QString filterLabel(const QString &kind) const;

    // The file a save would write: `typedName` in `folder`, the kind's extension appended
    // unless the name already ends with one of its extensions.
    Q_INVOKABLE SaveCheck checkSave(const QUrl &folder, const QString &typedName,
                                    const QString &kind) const;
    // The same for a path chosen in a native dialog (which may not have added the extension).
    Q_INVOKABLE SaveCheck checkSavePath(const QUrl &file, const QString &kind) const;
    // Why `folder` cannot be shown, or empty.
    Q_INVOKABLE QString folderProblem(const QUrl &folder) const;

    // Where a dialog opens: the folder last used in this run, else Documents, else home.
    Q_INVOKABLE QUrl startFolder() const;
    Q_INVOKABLE void rememberFolder(const QUrl &folder);
    Q_INVOKABLE QUrl folderOf(const QUrl &file) const;
    // The folder above, or an empty url at the top.
    Q_INVOKABLE QUrl parentFolder(const QUrl &folder) const;
    Q_INVOKABLE QString displayPath(const QUrl &folderOrFile) const;
    PlaceListModel *places() { return &m_places; }
    Q_INVOKABLE void refreshPlaces();

private:
    QUrl m_lastFolder;
    PlaceListModel m_places;
};
