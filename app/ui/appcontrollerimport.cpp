// AppController::importBank: a Moodle question bank (GIFT or XML) into the user's packs, from the UI.
#include "appcontroller.h"

#include "datapaths.h"
#include "giftimport.h"
#include "moodlexml.h"

BankImportResult AppController::importBank(const QUrl &file, const QString &lang, const QString &moduleId)
{
    // Adding questions to every trainee's course is the instructor's decision.
    if (!m_instructor.unlocked())
        return {tr("Questions are imported in instructor mode."), {}, {}, {}};
    const QString pack = khien::userPacksPath() + QStringLiteral("/gift-import");
    const QString path = file.toLocalFile();
    const khien::ImportReport report = khien::bankFormatOf(path) == QLatin1String("moodle-xml")
            ? khien::importMoodleXml(path, lang, moduleId, pack)
            : khien::importGift(path, lang, moduleId, pack);
    QStringList skipped, warnings;
    for (const khien::ImportNote &note : report.notes)
        (note.kind == khien::ImportNote::Kind::Skipped ? skipped : warnings).append(khien::describeNote(note));
    if (report.error.isEmpty()) {
        if (!m_packDirs.contains(pack))
            m_packDirs.append(pack);
        endQuiz();
        loadContent();
        refreshTraineeData();
        emit contentChanged();
    }
    const QString summary = report.error.isEmpty()
            ? tr("%n question(s) imported into the module \"%1\".", "", report.imported()).arg(moduleId)
            : QString();
    return {report.error, summary, skipped, warnings};
}
