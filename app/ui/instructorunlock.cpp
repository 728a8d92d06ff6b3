// InstructorController: the passphrase gate. The slow hash (PBKDF2, about 0.6 s) runs on
// `task`, on a Store of its own; the outcome comes back as task.finished(result) with
// operation "setPassphrase", "unlock" or "changePassphrase".
#include "instructorcontroller.h"

#include "errortext.h"

namespace {

// What the work on the other thread found; turned into words on the GUI thread.
struct LockOutcome
{
    khien::InstructorLock::Check check = khien::InstructorLock::Check::NotRecorded;
    QString error; // setInitial / change: their message, empty on success
    bool storeOpened = true;
    khien::CoreError storeError;
};

// Runs `use(lock)` with an InstructorLock over a Store opened on `location` in this thread.
template <typename F>
LockOutcome onOwnLock(const QString &location, F use)
{
    khien::Store store;
    if (store.open(location) != khien::Store::OpenError::None)
        return {khien::InstructorLock::Check::NotRecorded, {}, false, store.lastFailure()};
    khien::InstructorLock lock(store);
    return use(lock);
}

} // namespace

bool InstructorController::setPassphrase(const QString &passphrase, const QString &repeated)
{
    const QString operation = QStringLiteral("setPassphrase");
    if (passphrase != repeated) {
        m_task.report(operation, OperationResult::failure(tr("The two passphrases are not the same.")));
        return true;
    }
    return m_task.start<LockOutcome>(
            operation,
            [location = m_store.path(), passphrase](const BackgroundTask::Progress &) {
                return onOwnLock(location, [&](khien::InstructorLock &lock) {
                    return LockOutcome{{}, lock.setInitial(passphrase), true, {}};
                });
            },
            [this](const LockOutcome &outcome) {
                if (!outcome.storeOpened)
                    return OperationResult::failure(ErrorText::describe(outcome.storeError));
                if (!outcome.error.isEmpty())
                    return OperationResult::failure(outcome.error);
                m_unlocked = true;
                reloadClasses();
                emit lockChanged();
                return OperationResult::success({});
            });
}

bool InstructorController::unlock(const QString &passphrase)
{
    return m_task.start<LockOutcome>(
            QStringLiteral("unlock"),
            [location = m_store.path(), passphrase, now = m_now()](const BackgroundTask::Progress &) {
                return onOwnLock(location, [&](khien::InstructorLock &lock) {
                    return LockOutcome{lock.unlock(passphrase, now), {}, true, {}};
                });
            },
            [this](const LockOutcome &outcome) {
                switch (outcome.check) {
                case khien::InstructorLock::Check::Ok:
                    m_unlocked = true;
                    reloadClasses();
                    emit lockChanged();
                    return OperationResult::success({});
                case khien::InstructorLock::Check::NotSet:
                    return OperationResult::failure(tr("No instructor passphrase is set yet."));
                case khien::InstructorLock::Check::NotRecorded:
                    return OperationResult::failure(tr("The try could not be recorded in the database, so the passphrase was not checked."));
                case khien::InstructorLock::Check::TooSoon:
                    refreshWait();
                    return OperationResult::failure(tr("The passphrase was not checked: wait until the countdown ends."));
                case khien::InstructorLock::Check::Wrong:
                    break;
                }
                refreshWait(); // the countdown beside the message says how long to wait
                return OperationResult::failure(tr("Wrong passphrase."));
            });
}

bool InstructorController::changePassphrase(const QString &old, const QString &fresh,
                                            const QString &repeated)
{
    const QString operation = QStringLiteral("changePassphrase");
    QString refusal;
    if (!m_unlocked)
        refusal = tr("Unlock instructor mode first.");
    else if (fresh != repeated)
        refusal = tr("The two passphrases are not the same.");
    if (!refusal.isEmpty()) {
        m_task.report(operation, OperationResult::failure(refusal));
        return true;
    }
    return m_task.start<LockOutcome>(
            operation,
            [location = m_store.path(), old, fresh, now = m_now()](const BackgroundTask::Progress &) {
                return onOwnLock(location, [&](khien::InstructorLock &lock) {
                    return LockOutcome{{}, lock.change(old, fresh, now), true, {}};
                });
            },
            [this](const LockOutcome &outcome) {
                if (!outcome.storeOpened)
                    return OperationResult::failure(ErrorText::describe(outcome.storeError));
                if (!outcome.error.isEmpty()) {
                    refreshWait();
                    return OperationResult::failure(outcome.error);
                }
                return OperationResult::success(tr("The passphrase was changed."));
            });
}

void InstructorController::lock()
{
    m_unlocked = false;
    m_class = {};
    m_dashboardSessionId.clear();
    m_classes.reload({});
    m_sessions.reload({}, m_catalog, m_language());
    m_dashboardSessions.reload({}, m_catalog, m_language());
    ++m_dashboardGeneration; // a class still being read is dropped
    m_classLoading = false;
    showClassData({}, ClassRead::All);
    m_traineeHistory.reload(m_catalog, {}, m_language());
    emit classChanged();
    emit lockChanged();
}
