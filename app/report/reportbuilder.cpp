#include "reportbuilder.h"

#include "coursecatalog.h"
#include "itemanalysis.h"
#include "reportcommon.h"
#include "store.h"

namespace khien::report {


QVector<ReportItemRow> itemRows(const Store &store, const Module &module, const QStringList &traineeIds,
                                const QString &lang, bool withUnanswered)
{
    QVector<ReportItemRow> rows;
    if (!module.quiz)
        return rows;
    const Quiz &quiz = *module.quiz;
    for (const ItemStats &s : itemAnalysis(quiz, scoredAttempts(store, quiz.id, traineeIds))) {
        if (s.respondents == 0 && !withUnanswered)
            continue;
        const Question *q = quiz.question(s.questionId);
        ReportItemRow row;
        row.moduleTitle = module.title.in(lang);
        row.questionText = q->prompt.in(lang);
        row.questionType = questionTypeName(q->type);
        row.respondents = s.respondents;
        row.shareRight = s.shareRight;
        row.discrimination = s.discrimination;
        if (s.mostChosenWrong) {
            const QString &id = s.mostChosenWrong->optionId;
            const Option *o = q->option(id);
            if (q->type == QuestionType::TrueFalse)
                row.mostChosenWrongText = id == QLatin1String("true") ? Report::tr("True") : Report::tr("False");
            else
                row.mostChosenWrongText = o ? o->text.in(lang) : id;
            row.mostChosenWrongCount = s.mostChosenWrong->count;
        }
        for (const WrongTypedAnswer &w : s.commonWrongTyped)
            row.commonWrongTyped.append(QStringLiteral("“%1” (%2)").arg(w.text).arg(w.count));
        if (!s.commonWrongTyped.isEmpty()) {
            row.mostChosenWrongText = QStringLiteral("“%1”").arg(s.commonWrongTyped.first().text);
            row.mostChosenWrongCount = s.commonWrongTyped.first().count;
        }
        rows.append(row);
    }
    return rows;
}

ClassReport buildClassReport(const Store &store, const CourseCatalog &catalog,
                             const DashboardScope &scope, const QString &lang)
{
    ClassReport report;
    report.language = lang;
    report.generatedAt = QDateTime::currentDateTime();
    const Dashboard board = buildDashboard(store, catalog, scope);
    if (const auto cls = store.classById(board.classId))
        report.className = cls->name;
    if (const auto session = store.session(scope.sessionId)) {
        report.sessionTitle = session->title;
        report.sessionDate = session->heldOn;
    }
    QStringList traineeIds;
    for (const DashboardRow &row : board.rows) {
        traineeIds.append(row.trainee.id);
        ReportTraineeRow out{row.trainee.displayName, row.trainee.groupCode, {}};
        for (const DashboardCell &c : row.cells)
            out.cells.append({c.gradePercent, c.passed, c.attempts, c.lessonsRead, c.lessonsTotal,
                              c.timeSpentMs});
        report.trainees.append(out);
    }
    for (const QString &id : board.moduleIds) {
        const Module *module = catalog.module(id);
        report.moduleTitles.append(module->title.in(lang));
        report.items += itemRows(store, *module, traineeIds, lang);
    }
    return report;
}

std::optional<Certificate> buildCertificate(const Store &store, const CourseCatalog &catalog,
                                            const DashboardScope &scope, const QString &traineeId,
                                            const QString &lang)
{
    DashboardScope one = scope;
    one.traineeIds = {traineeId};
    const Dashboard board = buildDashboard(store, catalog, one);
    if (board.rows.isEmpty())
        return std::nullopt;
    Certificate certificate;
    certificate.traineeName = board.rows.first().trainee.displayName;
    certificate.language = lang;
    certificate.date = QDate::currentDate();
    if (const auto cls = store.classById(board.classId))
        certificate.className = cls->name;
    for (int i = 0; i < board.moduleIds.size(); ++i)
        if (board.rows.first().cells.at(i).passed) {
            const Module *m = catalog.module(board.moduleIds.at(i));
            certificate.modulesCompleted.append(m->title.in(lang));
            certificate.moduleIcons.append(m->iconPath);
        }
    if (certificate.modulesCompleted.isEmpty())
        return std::nullopt;
    return certificate;
}

} // namespace khien::report
