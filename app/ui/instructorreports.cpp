// InstructorController: the class dashboard, item analysis, a trainee's attempts, exports.
#include "instructorcontroller.h"

#include "classdashboard.h"
#include "errortext.h"
#include "exportservice.h"
#include "pdfrenderers.h"
#include "reportbuilder.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

QStringList idsOf(const QVector<khien::Trainee> &trainees)
{
    QStringList ids;
    for (const khien::Trainee &t : trainees)
        ids.append(t.id);
    return ids;
}

} // namespace

InstructorController::ClassData InstructorController::readClass(const khien::Store &store,
                                                                const khien::CourseCatalog &catalog,
                                                                const khien::DashboardScope &scope,
                                                                const QString &itemModuleId, const QString &lang,
                                                                ClassRead what, QVector<khien::Trainee> members)
{
    ClassData data{what == ClassRead::All ? store.classMembers(scope.classId) : std::move(members), {}, {}};
    if (const khien::Module *module = catalog.module(itemModuleId))
        data.items = khien::report::itemRows(store, *module, idsOf(data.members), lang, true);
    if (what == ClassRead::All)
        data.dashboard = DashboardModel::prepare(khien::buildDashboard(store, catalog, scope));
    return data;
}

void InstructorController::refreshDashboard(ClassRead what)
{
    const GuiSliceTimer timer("refreshDashboard");
    const int generation = ++m_dashboardGeneration;
    khien::DashboardScope scope;
    scope.classId = m_class.id;
    scope.sessionId = m_dashboardSessionId;
    const bool open = m_unlocked && !m_class.id.isEmpty();
    // Only the items when this class is shown and nothing of it is still being read (this
    // request replaces any that is).
    if (m_classLoading || m_dashboard.dashboard().classId != m_class.id)
        what = ClassRead::All;
    if (open && what == ClassRead::All) // the member count as it is now (trainees may have been added)
        m_class = m_store.classById(m_class.id).value_or(m_class);
    if (!open || m_class.memberCount < kBackgroundDashboardMembers) {
        m_classLoading = false;
        showClassData(open ? readClass(m_store, m_catalog, scope, m_itemAnalysisModuleId, m_language(),
                                       what, m_members.trainees())
                           : ClassData{},
                      open ? what : ClassRead::All);
        return;
    }
    // A large class: read on a Store of its own off the GUI thread. The page keeps the rows it
    // has until the new ones arrive (another class's are cleared at once), and a newer request
    // wins over an older one.
    if (m_dashboard.dashboard().classId != m_class.id)
        showClassData({}, ClassRead::All);
    auto *watcher = new QFutureWatcher<ClassData>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, what] {
        watcher->deleteLater();
        if (generation != m_dashboardGeneration)
            return;
        m_classLoading = false;
        showClassData(watcher->result(), what);
    });
    watcher->setFuture(QtConcurrent::run(BackgroundTask::pool(), [location = m_store.path(), catalog = m_catalog, scope,
                                          itemModuleId = m_itemAnalysisModuleId, lang = m_language(), what,
                                          members = m_members.trainees()] {
        BackgroundTask::yieldToGuiThread();
        khien::Store store;
        return store.open(location) == khien::Store::OpenError::None
                ? readClass(store, catalog, scope, itemModuleId, lang, what, members)
                : ClassData{};
    }));
    m_classLoading = true;
    emit dashboardChanged();
}

void InstructorController::showClassData(ClassData data, ClassRead what)
{
    const GuiSliceTimer timer("showClassData");
    if (what == ClassRead::All) {
        const GuiSliceTimer members("  members reload");
        m_members.reload(std::move(data.members));
    }
    {
        const GuiSliceTimer models("  dashboard, columns, items");
        if (what == ClassRead::All) {
            m_dashboard.setDashboard(std::move(data.dashboard));
            retitleColumns();
        }
        m_itemAnalysis.setItems(std::move(data.items));
    }
    const GuiSliceTimer signal("  dashboardChanged handlers");
    emit dashboardChanged();
}

void InstructorController::retitleColumns()
{
    const QString lang = m_language();
    const khien::Dashboard &board = m_dashboard.dashboard();
    QVector<DashboardColumn> columns;
    for (int i = 0; i < board.moduleIds.size(); ++i) {
        const khien::Module *m = m_catalog.module(board.moduleIds.at(i));
        columns.append({board.moduleIds.at(i), m ? m->title.in(lang) : board.moduleIds.at(i),
                        m_dashboard.passShares().value(i)});
    }
    m_dashboardColumns.setColumns(std::move(columns));
}

void InstructorController::setDashboardSessionId(const QString &sessionId)
{
    if (sessionId == m_dashboardSessionId)
        return;
    m_dashboardSessionId = sessionId;
    refreshDashboard();
}

void InstructorController::setItemAnalysisModuleId(const QString &moduleId)
{
    if (moduleId == m_itemAnalysisModuleId)
        return;
    m_itemAnalysisModuleId = moduleId;
    refreshDashboard(ClassRead::ItemsOnly);
}

QString InstructorController::showTrainee(const QString &traineeId)
{
    const auto trainee = m_unlocked ? m_store.trainee(traineeId) : std::nullopt;
    m_traineeHistory.reload(m_catalog, trainee ? m_store.attempts(traineeId) : QVector<khien::AttemptRecord>{},
                            m_language());
    return trainee ? trainee->displayName : QString();
}

QString InstructorController::exportProblem(const QString &format) const
{
    if (!m_unlocked || m_class.id.isEmpty())
        return tr("Open a class first.");
    khien::DashboardScope scope;
    scope.classId = m_class.id;
    scope.sessionId = m_dashboardSessionId;
    const khien::ResolvedScope resolved = khien::resolveScope(m_store, scope);
    if (!resolved.error.isEmpty())
        return resolved.error;
    if (resolved.trainees.isEmpty())
        return tr("The class has no trainees yet: there is nothing to export.");
    if (format == QLatin1String("answers-csv") || format == QLatin1String("xapi")) {
        const bool answered = std::any_of(resolved.trainees.cbegin(), resolved.trainees.cend(),
                                          [this](const khien::Trainee &t) { return !m_store.attempts(t.id).isEmpty(); });
        if (!answered)
            return tr("Nobody in the class has answered a quiz yet: there is nothing to export.");
    }
    return {};
}

QString InstructorController::certificateProblem(const QString &traineeId) const
{
    const auto trainee = m_unlocked ? m_store.trainee(traineeId) : std::nullopt;
    if (!trainee)
        return tr("Open a class first.");
    khien::DashboardScope scope;
    scope.classId = m_class.id;
    scope.sessionId = m_dashboardSessionId;
    if (!khien::report::buildCertificate(m_store, m_catalog, scope, traineeId, m_language()))
        return tr("%1 has not passed any module yet: there is nothing to certify.").arg(trainee->displayName);
    return {};
}

bool InstructorController::exportClass(const QString &format, const QUrl &file, const QString &separator)
{
    const GuiSliceTimer timer("exportClass (before the worker)");
    const QString operation = QStringLiteral("exportClass");
    QString refusal = exportProblem(format);
    const QString path = file.toLocalFile();
    const std::optional<khien::ExportFormat> kind = khien::exportFormatNamed(format);
    if (refusal.isEmpty() && path.isEmpty())
        refusal = tr("Choose where to save the file.");
    if (refusal.isEmpty() && (!kind || *kind == khien::ExportFormat::CertificatePdf))
        refusal = ErrorText::describe({khien::ErrorCode::UnknownExportFormat, format, {}});
    if (!refusal.isEmpty()) {
        m_task.report(operation, OperationResult::failure(refusal));
        return true;
    }
    khien::ExportRequest request;
    request.format = *kind;
    request.path = path;
    request.separator = separator == QLatin1String(";") ? QLatin1Char(';') : QLatin1Char(',');
    request.scope.classId = m_class.id;
    request.scope.sessionId = m_dashboardSessionId;
    request.language = m_language();
    return runExport(operation, request);
}

bool InstructorController::exportCertificate(const QString &traineeId, const QUrl &file,
                                             const QString &issuer)
{
    const auto trainee = m_unlocked ? m_store.trainee(traineeId) : std::nullopt;
    if (!trainee) {
        m_task.report(QStringLiteral("exportCertificate"), OperationResult::failure(tr("Open a class first.")));
        return true;
    }
    khien::ExportRequest request;
    request.format = khien::ExportFormat::CertificatePdf;
    request.path = file.toLocalFile();
    request.scope.classId = m_class.id;
    request.scope.sessionId = m_dashboardSessionId;
    request.language = m_language();
    request.traineeId = traineeId;
    request.issuer = issuer;
    return runExport(QStringLiteral("exportCertificate"), request);
}

bool InstructorController::runExport(const QString &operation, const khien::ExportRequest &request)
{
    return m_task.start<khien::CoreError>(
            operation,
            [location = m_store.path(), catalog = m_catalog, request](const BackgroundTask::Progress &) {
                khien::Store store;
                if (store.open(location) != khien::Store::OpenError::None)
                    return store.lastFailure();
                const khien::ExportService service(store, catalog, khien::report::pdfRenderers());
                return service.run(request);
            },
            [path = request.path](const khien::CoreError &error) {
                if (error.isError())
                    return OperationResult::failure(ErrorText::describe(error));
                return OperationResult::success(tr("Saved %1").arg(path), path);
            });
}
