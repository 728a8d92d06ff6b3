#include "instructorcontroller.h"

#include "contentreview.h"
#include "displayformat.h"
#include "errortext.h"
#include "namelist.h"

#include <QDate>
#include <QFile>

InstructorController::InstructorController(khien::Store &store, const khien::CourseCatalog &catalog,
                                           std::function<QString()> language, QObject *parent)
    : QObject(parent), m_store(store), m_catalog(catalog), m_language(std::move(language)),
      m_lock(store)
{
    m_waitTimer.setInterval(1000);
    connect(&m_waitTimer, &QTimer::timeout, this, [this] {
        if (waitSeconds() == 0)
            m_waitTimer.stop();
        emit waitChanged();
    });
}

int InstructorController::waitSeconds() const
{
    return m_store.isOpen() ? int(m_lock.waitRemaining(m_now()).count()) : 0;
}

void InstructorController::refreshWait()
{
    if (waitSeconds() > 0)
        m_waitTimer.start();
    emit waitChanged();
}

bool InstructorController::passphraseSet() const
{
    return m_store.isOpen() && m_lock.isSet();
}

void InstructorController::refreshLanguage()
{
    refreshContent();
    retitleColumns(); // at once, while a large class is read again
    if (m_unlocked)
        reloadClass();
    emit reviewChanged();
}

void InstructorController::refreshContent()
{
    m_availableModules.reload(m_catalog, m_language());
}

QStringList InstructorController::contentDueForReview() const
{
    return reviewNotice(m_catalog.courses(), QDate::currentDate(), m_language());
}

QStringList InstructorController::reviewNotice(const QVector<khien::Course> &courses, const QDate &today,
                                               const QString &lang)
{
    QStringList lines;
    int more = 0;
    for (const khien::Course &course : courses) {
        for (const khien::ReviewDue &due : khien::contentDueForReview(course, today.addDays(kReviewNoticeDays))) {
            if (lines.size() == kReviewNoticeLines) {
                ++more;
                continue;
            }
            const khien::Module *module = course.module(due.moduleId);
            const QString title = module && !module->title.in(lang).isEmpty() ? module->title.in(lang) : due.moduleId;
            const QString date = khien::formatDate(due.reviewBy, lang);
            lines.append(due.reviewBy < today
                             //: %1 a date, %2 a module's title, %3 what to check (a lesson, a question, a source)
                             ? tr("%1 (overdue) · %2: %3").arg(date, title, due.description)
                             : tr("by %1 · %2: %3").arg(date, title, due.description));
        }
    }
    if (more > 0)
        lines.append(tr("and %n more", "", more));
    return lines;
}

void InstructorController::reloadClasses()
{
    const GuiSliceTimer timer("reloadClasses");
    m_classes.reload(m_unlocked ? m_store.classes() : QVector<khien::ClassRecord>{});
}

QString InstructorController::createClass(const QString &name)
{
    if (!m_unlocked)
        return tr("Unlock instructor mode first.");
    if (name.trimmed().isEmpty())
        return tr("Please enter a class name.");
    // The database refuses a name already taken (any case), also when two PCs race for it.
    const auto created = m_store.createClass(name);
    if (!created) {
        const khien::CoreError failure = m_store.lastFailure();
        if (failure.code == khien::ErrorCode::NameTaken)
            return ErrorText::describe(failure);
        return tr("The class could not be saved: %1").arg(ErrorText::describe(failure));
    }
    reloadClasses();
    openClass(created->id);
    return {};
}

bool InstructorController::deleteClass(const QString &classId)
{
    if (!m_unlocked || !m_store.deleteClass(classId))
        return false;
    if (classId == m_class.id)
        openClass({});
    reloadClasses();
    return true;
}

void InstructorController::openClass(const QString &classId)
{
    const auto found = m_unlocked ? m_store.classById(classId) : std::nullopt;
    m_class = found.value_or(khien::ClassRecord{});
    m_dashboardSessionId.clear();
    reloadClass();
}

void InstructorController::reloadClass()
{
    const bool open = m_unlocked && !m_class.id.isEmpty();
    {
        const GuiSliceTimer timer("sessions reload");
        const QVector<khien::SessionRecord> sessions = open ? m_store.sessions(m_class.id)
                                                            : QVector<khien::SessionRecord>{};
        m_sessions.reload(sessions, m_catalog, m_language());
        m_dashboardSessions.reload(sessions, m_catalog, m_language());
    }
    refreshDashboard();
    const GuiSliceTimer timer("classChanged handlers");
    emit classChanged();
}

OperationResult InstructorController::addNames(const QStringList &names, const QStringList &problems)
{
    if (!m_unlocked || m_class.id.isEmpty())
        return OperationResult::failure(tr("Open a class first."));
    const auto added = m_store.addNewTraineesToClass(m_class.id, names);
    if (!added)
        return OperationResult::failure(tr("No trainee was added: %1").arg(ErrorText::describe(m_store.lastFailure())));
    reloadClasses();
    reloadClass();
    QString message = tr("%n trainee(s) added.", nullptr, *added);
    if (names.size() > *added)
        message += QLatin1Char(' ')
                + tr("%n name(s) already in the class were skipped.", nullptr, int(names.size()) - *added);
    if (!problems.isEmpty())
        message += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    return OperationResult::success(message);
}

OperationResult InstructorController::addTrainees(const QString &namesOnePerLine)
{
    QStringList names;
    for (const QString &line : namesOnePerLine.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            names.append(line.simplified());
    if (names.isEmpty())
        return OperationResult::failure(tr("Please enter at least one name."));
    return addNames(names, {});
}

OperationResult InstructorController::importTraineeNames(const QUrl &file)
{
    QFile in(file.toLocalFile());
    if (!in.open(QIODevice::ReadOnly))
        return OperationResult::failure(tr("Cannot read %1: %2").arg(in.fileName(), in.errorString()));
    const khien::NameList list = khien::parseNameList(in.read(khien::maxNameListBytes + 1));
    if (!list.error.isEmpty())
        return OperationResult::failure(list.error);
    if (list.names.isEmpty())
        return OperationResult::failure(tr("The file has no names."));
    return addNames(list.names, list.problems);
}

bool InstructorController::removeMember(const QString &traineeId)
{
    if (!m_unlocked || !m_store.removeFromClass(m_class.id, traineeId))
        return false;
    reloadClasses();
    reloadClass();
    return true;
}

QString InstructorController::createSession(const QString &title, const QString &date,
                                            const QStringList &moduleIds)
{
    if (!m_unlocked || m_class.id.isEmpty())
        return tr("Open a class first.");
    if (title.trimmed().isEmpty())
        return tr("Please give the session a title.");
    const QDate day = QDate::fromString(date.trimmed(), Qt::ISODate);
    if (!day.isValid())
        return tr("The date must be written as year-month-day, for example 2026-11-23.");
    if (moduleIds.isEmpty())
        return tr("Choose at least one module for the session.");
    if (!m_store.createSession(m_class.id, title, day, moduleIds))
        return tr("The session could not be saved: %1").arg(ErrorText::describe(m_store.lastFailure()));
    reloadClasses();
    reloadClass();
    return {};
}

bool InstructorController::deleteSession(const QString &sessionId)
{
    if (!m_unlocked || !m_store.deleteSession(sessionId))
        return false;
    if (sessionId == m_dashboardSessionId)
        m_dashboardSessionId.clear();
    reloadClasses();
    reloadClass();
    return true;
}
