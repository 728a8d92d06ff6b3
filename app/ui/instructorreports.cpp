// InstructorController: the class dashboard, item analysis, a trainee's attempts, exports.
#include "instructorcontroller.h"

#include "certificatepdf.h"
#include "classreportpdf.h"
#include "reportbuilder.h"
#include "csvexport.h"
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
    if (!m_unlocked || m_class.id.isEmpty() || !module)
        return {};
    QVariantList rows;
    int position = 0;
    for (const khien::report::ReportItemRow &item :
         khien::report::itemRows(m_store, *module, idsOf(m_store.classMembers(m_class.id)), m_language(), true)) {
        rows.append(QVariantMap{{QStringLiteral("position"), ++position},
                                {QStringLiteral("text"), item.questionText},
                                {QStringLiteral("type"), item.questionType},
                                {QStringLiteral("respondents"), item.respondents},
                                {QStringLiteral("sharePercent"), qRound(100 * item.shareRight)},
                                {QStringLiteral("wrongText"), item.mostChosenWrongText},
                                {QStringLiteral("wrongCount"), item.mostChosenWrongCount},
                                {QStringLiteral("wrongTyped"), item.commonWrongTyped.join(QStringLiteral(", "))},
                                {QStringLiteral("discrimination"), item.discrimination.value_or(-9.0)}});
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
                khien::xapiStatements(m_store, m_catalog, idsOf(khien::resolveScope(m_store, options.scope).trainees));
        ok = khien::writeAtomically(path, QJsonDocument(statements).toJson(), &error);
    } else if (format == QLatin1String("pdf")) {
        const auto report = khien::report::buildClassReport(m_store, m_catalog, options.scope, m_language());
        ok = khien::report::writeClassReportPdf(report, path, &error);
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
    khien::DashboardScope scope;
    scope.classId = m_class.id;
    scope.sessionId = m_dashboardSessionId;
    auto certificate = khien::report::buildCertificate(m_store, m_catalog, scope, traineeId, m_language());
    if (!certificate)
        return failure(tr("%1 has not passed any module yet: there is nothing to certify.").arg(trainee->displayName));
    certificate->issuer = issuer.trimmed();
    QString error;
    if (!khien::report::writeCertificatePdf(*certificate, file.toLocalFile(), &error))
        return failure(error);
    return success(tr("Saved %1").arg(file.toLocalFile()));
}
