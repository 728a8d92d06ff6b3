// InstructorController: results bundles, out of a classroom PC and into a class here.
#include "instructorcontroller.h"

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

QVariantMap InstructorController::exportBundle(const QUrl &file, const QString &classKey)
{
    if (const QString problem = bundleProblem(); !problem.isEmpty())
        return {{QStringLiteral("error"), problem}};
    QString error;
    const QByteArray bundle = khien::exportBundle(m_store, {}, classKey, &error);
    if (bundle.isEmpty() || !khien::writeBundleFile(file.toLocalFile(), bundle, &error))
        return {{QStringLiteral("error"), error}};
    return {{QStringLiteral("message"),
             tr("Saved the results of %n trainee(s) in %1", nullptr, int(m_store.trainees().size()))
                     .arg(file.toLocalFile())}};
}

QVariantMap InstructorController::importBundles(const QList<QUrl> &files)
{
    if (!m_unlocked || m_class.id.isEmpty())
        return {{QStringLiteral("error"), tr("Open a class first.")}};
    QStringList lines;
    bool refused = false;
    for (const QUrl &url : files) {
        const QString name = QFileInfo(url.toLocalFile()).fileName();
        QString error;
        const auto bytes = khien::readBundleFile(url.toLocalFile(), &error);
        const khien::BundleImportReport report =
                bytes ? khien::importBundle(m_store, *bytes, m_class) : khien::BundleImportReport{error};
        if (!report.error.isEmpty()) {
            refused = true;
            //: %1 is a file name, %2 why it was refused
            lines.append(tr("%1: refused, nothing was changed: %2").arg(name, report.error));
            continue;
        }
        //: %1 is a file name; then counts of what the results bundle added. A trainee already
        //: on this PC is not new but may still join the class.
        lines.append(tr("%1: trainees new on this PC: %2, joined the class: %3; attempts added: %4, already on this PC: %5; lessons read added: %6; conflicts kept side by side: %7")
                             .arg(name)
                             .arg(report.traineesAdded)
                             .arg(report.traineesJoinedClass)
                             .arg(report.attemptsAdded)
                             .arg(report.attemptsAlreadyThere)
                             .arg(report.lessonsAdded)
                             .arg(report.conflicts));
        for (const QString &note : report.conflictNotes)
            lines.append(QStringLiteral("  ") + note);
    }
    reloadClasses();
    reloadClass();
    return {{refused ? QStringLiteral("error") : QStringLiteral("message"), lines.join(QLatin1Char('\n'))}};
}
