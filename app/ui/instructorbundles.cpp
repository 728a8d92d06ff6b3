// InstructorController: results bundles, out of a classroom PC and into a class here.
#include "instructorcontroller.h"

#include "errortext.h"
#include "resultsbundle.h"

#include <QFileInfo>

QString InstructorController::bundleProblem() const
{
    if (!m_unlocked)
        return tr("Unlock instructor mode first.");
    if (m_store.trainees().isEmpty())
        return tr("There are no trainees on this computer yet: there is nothing to save.");
    return {};
}

bool InstructorController::exportBundle(const QUrl &file, const QString &classKey)
{
    const QString operation = QStringLiteral("exportBundle");
    if (const QString problem = bundleProblem(); !problem.isEmpty()) {
        m_task.report(operation, OperationResult::failure(problem));
        return true;
    }
    struct Written
    {
        QString error; // empty: written
        int trainees = 0;
    };
    const QString path = file.toLocalFile();
    return m_task.start<Written>(
            operation,
            [location = m_store.path(), path, classKey](const BackgroundTask::Progress &) {
                khien::Store store;
                if (store.open(location) != khien::Store::OpenError::None)
                    return Written{ErrorText::describe(store.lastFailure())};
                Written written{{}, int(store.trainees().size())};
                const QByteArray bundle = khien::exportBundle(store, {}, classKey, &written.error);
                if (bundle.isEmpty() || !khien::writeBundleFile(path, bundle, &written.error))
                    return Written{written.error.isEmpty() ? ErrorText::describe(store.lastFailure()) : written.error};
                return written;
            },
            [path](const Written &written) {
                if (!written.error.isEmpty())
                    return OperationResult::failure(written.error);
                return OperationResult::success(
                        tr("Saved the results of %n trainee(s) in %1", nullptr, written.trainees).arg(path), path);
            });
}

namespace {

// The report of a bundle file that could not be read: nothing was imported.
khien::BundleImportReport refusedBundle(const QString &error)
{
    khien::BundleImportReport report;
    report.error = error;
    return report;
}

struct Imported
{
    QStringList lines; // one per file, then its conflict notes
    bool refused = false;
};

// Merges each file into `target`, on this thread's own Store over `location`.
Imported importFiles(const QString &location, const QList<QUrl> &files, const khien::ClassRecord &target,
                     const BackgroundTask::Progress &progress)
{
    Imported imported;
    khien::Store store;
    if (store.open(location) != khien::Store::OpenError::None)
        return {{ErrorText::describe(store.lastFailure())}, true};
    for (qsizetype i = 0; i < files.size(); ++i) {
        progress(i, files.size());
        const QUrl &url = files.at(i);
        const QString name = QFileInfo(url.toLocalFile()).fileName();
        QString error;
        const auto bytes = khien::readBundleFile(url.toLocalFile(), &error);
        const khien::BundleImportReport report =
                bytes ? khien::importBundle(store, *bytes, target) : refusedBundle(error);
        if (!report.error.isEmpty()) {
            imported.refused = true;
            //: %1 is a file name, %2 why it was refused
            imported.lines.append(InstructorController::tr("%1: refused, nothing was changed: %2").arg(name, report.error));
            continue;
        }
        //: %1 is a file name; then counts of what the results bundle added. A trainee already
        //: on this PC is not new but may still join the class.
        imported.lines.append(InstructorController::tr("%1: trainees new on this PC: %2, joined the class: %3; attempts added: %4, already on this PC: %5; lessons read added: %6; conflicts kept side by side: %7")
                                      .arg(name)
                                      .arg(report.traineesAdded)
                                      .arg(report.traineesJoinedClass)
                                      .arg(report.attemptsAdded)
                                      .arg(report.attemptsAlreadyThere)
                                      .arg(report.lessonsAdded)
                                      .arg(report.conflicts));
        for (const QString &note : report.conflictNotes)
            imported.lines.append(QStringLiteral("  ") + note);
    }
    progress(files.size(), files.size());
    return imported;
}

} // namespace

bool InstructorController::importBundles(const QList<QUrl> &files)
{
    const QString operation = QStringLiteral("importBundles");
    if (!m_unlocked || m_class.id.isEmpty()) {
        m_task.report(operation, OperationResult::failure(tr("Open a class first.")));
        return true;
    }
    return m_task.start<Imported>(
            operation,
            [location = m_store.path(), files, target = m_class](const BackgroundTask::Progress &progress) {
                return importFiles(location, files, target, progress);
            },
            [this](const Imported &imported) {
                reloadClasses();
                reloadClass();
                const QString text = imported.lines.join(QLatin1Char('\n'));
                return imported.refused ? OperationResult::failure(text) : OperationResult::success(text);
            });
}
