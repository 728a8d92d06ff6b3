// AppController::importGift: a Moodle question bank into the user's packs, from the UI.
#include "appcontroller.h"

#include "datapaths.h"
#include "giftimport.h"

QVariantMap AppController::importGift(const QUrl &file, const QString &lang, const QString &moduleId)
{
    // Adding questions to every trainee's course is the instructor's decision.
    if (!m_instructor.unlocked())
        return {{QStringLiteral("error"), tr("Questions are imported in instructor mode.")}};
    const QString pack = khien::userPacksPath() + QStringLiteral("/gift-import");
    const khien::GiftImportReport report = khien::importGift(file.toLocalFile(), lang, moduleId, pack);
    QStringList skipped;
    for (const khien::GiftSkip &s : report.skipped)
        skipped.append(tr("line %1: %2").arg(s.line).arg(s.reason));
    if (report.error.isEmpty()) {
        if (!m_packDirs.contains(pack))
            m_packDirs.append(pack);
        endQuiz();
        loadContent();
        refreshTraineeData();
        emit contentChanged();
    }
    return {{QStringLiteral("error"), report.error},
            {QStringLiteral("summary"), report.error.isEmpty()
                 ? tr("%n question(s) imported into the module \"%1\".", "", report.imported()).arg(moduleId)
                 : QString()},
            {QStringLiteral("skipped"), skipped}};
}
