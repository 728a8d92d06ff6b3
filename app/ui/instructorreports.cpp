// InstructorController: the class dashboard, item analysis, a trainee's attempts, exports.
#include "instructorcontroller.h"

#include "certificatepdf.h"
#include "classreportpdf.h"
#include "csvexport.h"
#include "itemanalysis.h"
#include "xapiexport.h"

#include <QJsonDocument>

namespace {

QVariantMap failure(const QString &message)
{
    return {{QStringLiteral("error"), message}};
}

QVariantMap success(const QString &message)
{
    return {{QStringLiteral("message"), message}};
}

QStringList idsOf(const QVector<khien::Trainee> &trainees)
{
    QStringList ids;
    for (const khien::Trainee &t : trainees)
        ids.append(t.id);
    return ids;
}

} // namespace

void InstructorController::refreshDashboard()
{
    khien::DashboardScope scope;
    scope.classId = m_class.id;
    scope.sessionId = m_dashboardSessionId;
    m_dashboard.setDashboard(m_unlocked && !m_class.id.isEmpty()
                                     ? khien::buildDashboard(m_store, m_catalog, scope)
                                     : khien::Dashboard{});
    emit dashboardChanged();
}

void InstructorController::setDashboardSessionId(const QString &sessionId)
{
    if (sessionId == m_dashboardSessionId)
        return;
    m_dashboardSessionId = sessionId;
    refreshDashboard();
}

QVariantList InstructorController::dashboardModules() const
{
    const khien::Dashboard &board = m_dashboard.dashboard();
    QVariantList columns;
    for (int i = 0; i < board.moduleIds.size(); ++i) {
        const khien::Module *m = m_catalog.module(board.moduleIds.at(i));
        const auto passed = std::count_if(board.rows.cbegin(), board.rows.cend(),
                                          [i](const khien::DashboardRow &r) { return r.cells.at(i).passed; });
        columns.append(QVariantMap{{QStringLiteral("moduleId"), board.moduleIds.at(i)},
                                   {QStringLiteral("title"), m ? m->title.in(m_language()) : board.moduleIds.at(i)},
                                   {QStringLiteral("passShare"), board.rows.isEmpty() ? 0.0 : double(passed) / board.rows.size()}});
    }
    return columns;
}

QVariantList InstructorController::itemAnalysis(const QString &moduleId) const
{
    const khien::Module *module = m_catalog.module(moduleId);
    if (!m_unlocked || m_class.id.isEmpty() || !module || !module->quiz)
        return {};
    const khien::Quiz &quiz = *module->quiz;
    const QString lang = m_language();
    const auto attempts = khien::scoredAttempts(m_store, quiz.id, idsOf(m_store.classMembers(m_class.id)));
    QVariantList rows;
    int position = 0;
    for (const khien::ItemStats &s : khien::itemAnalysis(quiz, attempts)) {
        const khien::Question *q = quiz.question(s.questionId);
        QString wrongText;
        if (s.mostChosenWrong) {
            const khien::Option *o = q->option(s.mostChosenWrong->optionId);
            wrongText = o ? o->text.in(lang) : s.mostChosenWrong->optionId;
            if (q->type == khien::QuestionType::TrueFalse)
                wrongText = s.mostChosenWrong->optionId == QLatin1String("true") ? tr("True") : tr("False");
        }
        rows.append(QVariantMap{{QStringLiteral("position"), ++position},
                                {QStringLiteral("text"), q->prompt.in(lang)},
                                {QStringLiteral("type"), khien::questionTypeName(q->type)},
                                {QStringLiteral("respondents"), s.respondents},
                                {QStringLiteral("sharePercent"), qRound(100 * s.shareRight)},
                                {QStringLiteral("wrongText"), wrongText},
                                {QStringLiteral("wrongCount"), s.mostChosenWrong ? s.mostChosenWrong->count : 0},
                                {QStringLiteral("discrimination"), s.discrimination ? *s.discrimination : -9.0}});
    }
    return rows;
}

QString InstructorController::showTrainee(const QString &traineeId)
{
    const auto trainee = m_unlocked ? m_store.trainee(traineeId) : std::nullopt;
    m_traineeHistory.reload(m_catalog, trainee ? m_store.attempts(traineeId) : QVector<khien::AttemptRecord>{},
                            m_language());
    return trainee ? trainee->displayName : QString();
}

QVariantMap InstructorController::exportClass(const QString &format, const QUrl &file,
                                              const QString &separator)
{
    if (!m_unlocked || m_class.id.isEmpty())
        return failure(tr("Open a class first."));
    const QString path = file.toLocalFile();
    if (path.isEmpty())
        return failure(tr("Choose where to save the file."));
    QString error;
    bool ok = false;
    khien::CsvOptions options;
    options.separator = separator == QLatin1String(";") ? QLatin1Char(';') : QLatin1Char(',');
    options.scope.classId = m_class.id;
    options.scope.sessionId = m_dashboardSessionId;
    if (format == QLatin1String("csv")) {
        ok = khien::writeAtomically(path, khien::summaryCsv(m_store, m_catalog, options), &error);
    } else if (format == QLatin1String("answers-csv")) {
        ok = khien::writeAtomically(path, khien::answersCsv(m_store, options), &error);
    } else if (format == QLatin1String("xapi")) {
        const QJsonArray statements =
                khien::xapiStatements(m_store, m_catalog, idsOf(m_store.classMembers(m_class.id)));
        ok = khien::writeAtomically(path, QJsonDocument(statements).toJson(), &error);
    } else if (format == QLatin1String("pdf")) {
        ok = khien::report::writeClassReportPdf(classReport(), path, &error);
    } else {
        return failure(tr("Unknown export format \"%1\".").arg(format));
    }
    if (!ok)
        return failure(error);
    return success(tr("Saved %1").arg(path));
}

QVariantMap InstructorController::exportCertificate(const QString &traineeId, const QUrl &file,
                                                    const QString &issuer)
{
    const auto trainee = m_unlocked ? m_store.trainee(traineeId) : std::nullopt;
    if (!trainee)
        return failure(tr("Open a class first."));
    khien::report::Certificate certificate;
    certificate.traineeName = trainee->displayName;
    certificate.className = m_class.name;
    certificate.issuer = issuer.trimmed();
    certificate.date = QDate::currentDate();
    certificate.language = m_language();
    khien::DashboardScope scope;
    scope.classId = m_class.id;
    scope.sessionId = m_dashboardSessionId;
    scope.traineeIds = {traineeId};
    const khien::Dashboard board = khien::buildDashboard(m_store, m_catalog, scope);
    for (const khien::DashboardRow &row : board.rows)
        for (int i = 0; i < board.moduleIds.size(); ++i)
            if (row.cells.at(i).passed)
                certificate.modulesCompleted.append(m_catalog.module(board.moduleIds.at(i))->title.in(m_language()));
    if (certificate.modulesCompleted.isEmpty())
        return failure(tr("%1 has not passed any module yet: there is nothing to certify.").arg(trainee->displayName));
    QString error;
    if (!khien::report::writeCertificatePdf(certificate, file.toLocalFile(), &error))
        return failure(error);
    return success(tr("Saved %1").arg(file.toLocalFile()));
}

khien::report::ClassReport InstructorController::classReport() const
{
    const QString lang = m_language();
    khien::report::ClassReport report;
    report.className = m_class.name;
    report.generatedAt = QDateTime::currentDateTime();
    report.language = lang;
    if (const auto session = m_store.session(m_dashboardSessionId)) {
        report.sessionTitle = session->title;
        report.sessionDate = session->heldOn;
    }
    const khien::Dashboard &board = m_dashboard.dashboard();
    for (const QString &id : board.moduleIds)
        report.moduleTitles.append(m_catalog.module(id)->title.in(lang));
    for (const khien::DashboardRow &row : board.rows) {
        khien::report::ReportTraineeRow out{row.trainee.displayName, row.trainee.groupCode, {}};
        for (const khien::DashboardCell &c : row.cells)
            out.cells.append({c.gradePercent, c.passed, c.attempts, c.lessonsRead, c.lessonsTotal, c.timeSpentMs});
        report.trainees.append(out);
    }
    for (const QString &id : board.moduleIds) {
        const QString title = m_catalog.module(id)->title.in(lang);
        for (const QVariant &v : itemAnalysis(id)) {
            const QVariantMap item = v.toMap();
            khien::report::ReportItemRow row;
            row.moduleTitle = title;
            row.questionText = item.value(QStringLiteral("text")).toString();
            row.respondents = item.value(QStringLiteral("respondents")).toInt();
            row.shareRight = item.value(QStringLiteral("sharePercent")).toDouble() / 100;
            row.mostChosenWrongText = item.value(QStringLiteral("wrongText")).toString();
            row.mostChosenWrongCount = item.value(QStringLiteral("wrongCount")).toInt();
            const double d = item.value(QStringLiteral("discrimination")).toDouble();
            if (d > -2)
                row.discrimination = d;
            if (row.respondents > 0)
                report.items.append(row);
        }
    }
    return report;
}
