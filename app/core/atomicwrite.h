// Files written so that they are complete or not changed at all: every write checked for an
// error and for a short write, then flushed, synced and renamed over the target. Qt 6.4's
// QSaveFile::commit() does not see a failed final flush (it renamed a 4 kB file over a good
// one on a full disk), so nothing here relies on commit() alone.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QSaveFile;

namespace khien {

struct WriteFailure
{
    QString path;
    QString reason; // the system's words (e.g. "No space left on device")
};

// Writes `data` to `path` through a temporary file beside it. On failure the previous file
// (if any) is untouched and the temporary file is removed.
[[nodiscard]] std::optional<WriteFailure> writeFileAtomically(const QString &path,
                                                              const QByteArray &data);

// Several files that belong together (a pack's course.xml and its module files): each is
// written in full to its temporary file first; only when all were written are they renamed,
// in the order staged. Put the file that refers to the others last.
class StagedFiles
{
public:
    StagedFiles();
    ~StagedFiles(); // what was not committed is discarded
    StagedFiles(const StagedFiles &) = delete;
    StagedFiles &operator=(const StagedFiles &) = delete;

    // Writes `data` to a temporary file for `path` (its folder must exist). False on failure:
    // then failure() says why and commitAll() refuses.
    [[nodiscard]] bool stage(const QString &path, const QByteArray &data);
    // Renames every staged file into place, in order, stopping at the first that fails.
    [[nodiscard]] bool commitAll();
    [[nodiscard]] std::optional<WriteFailure> failure() const { return m_failure; }
    // Files already in place when commitAll() stopped (they cannot be taken back).
    [[nodiscard]] QStringList committed() const { return m_committed; }

private:
    std::vector<std::unique_ptr<QSaveFile>> m_files;
    std::vector<qint64> m_sizes;
    std::optional<WriteFailure> m_failure;
    QStringList m_committed;
};

} // namespace khien
