// Checked, atomic file writes (see atomicwrite.h).
#include "atomicwrite.h"

#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace khien {

namespace {

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Every byte of `data` into `file`, flushed and on disk. A short write is retried: the retry
// then fails with the real reason (ENOSPC) instead of passing for success.
std::optional<QString> writeAll(QSaveFile &file, const QByteArray &data)
{
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 n = file.write(data.constData() + done, data.size() - done);
        if (n <= 0)
            return file.errorString();
        done += n;
    }
    if (!file.flush())
        return file.errorString();
#ifdef Q_OS_UNIX
    // commit() syncs too but ignores the result; some file systems only fail here.
    if (::fsync(file.handle()) != 0)
        return systemReason(errno);
#endif
    return std::nullopt;
}

std::optional<QString> commitChecked(QSaveFile &file, qint64 expectedSize)
{
    if (!file.commit())
        return file.errorString();
    const QFileInfo written(file.fileName());
    if (written.size() != expectedSize)
        return QStringLiteral("%1 bytes on disk instead of %2").arg(written.size()).arg(expectedSize);
    return std::nullopt;
}

// The folder must exist: an export to a mistyped path fails rather than creating folders.
std::optional<QString> openFor(QSaveFile &file)
{
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    return std::nullopt;
}

} // namespace

std::optional<WriteFailure> writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    std::optional<QString> problem = openFor(file);
    if (!problem)
        problem = writeAll(file, data);
    if (problem) {
        file.cancelWriting(); // the destructor removes the temporary file
        return WriteFailure{path, *problem};
    }
    if (const auto failed = commitChecked(file, data.size()))
        return WriteFailure{path, *failed};
    return std::nullopt;
}

StagedFiles::StagedFiles() = default;
StagedFiles::~StagedFiles() = default;

bool StagedFiles::stage(const QString &path, const QByteArray &data)
{
    if (m_failure)
        return false;
    auto file = std::make_unique<QSaveFile>(path);
    std::optional<QString> problem = openFor(*file);
    if (!problem)
        problem = writeAll(*file, data);
    if (problem) {
        file->cancelWriting();
        m_failure = WriteFailure{path, *problem};
        return false;
    }
    m_files.push_back(std::move(file));
    m_sizes.push_back(data.size());
    return true;
}

bool StagedFiles::commitAll()
{
    if (m_failure)
        return false;
    for (std::size_t i = 0; i < m_files.size(); ++i) {
        QSaveFile &file = *m_files[i];
        if (const auto failed = commitChecked(file, m_sizes[i])) {
            m_failure = WriteFailure{file.fileName(), *failed};
            for (std::size_t j = i + 1; j < m_files.size(); ++j)
                m_files[j]->cancelWriting();
            return false;
        }
        m_committed.append(file.fileName());
    }
    m_files.clear();
    return true;
}

} // namespace khien
