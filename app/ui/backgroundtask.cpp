#include "backgroundtask.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif


namespace {
// Weight 335 against the GUI thread's 1024: about three quarters of a contended core go to
// the GUI thread. Nice 10 (weight 110) kept the window smoother still, but on a loaded machine
// (load 7 on 2 cores) a 0.6 s passphrase check then took 25 s.
constexpr int kNice = 5;
}

Q_LOGGING_CATEGORY(lcGuiTiming, "khien.timing", QtWarningMsg)

GuiSliceTimer::~GuiSliceTimer()
{
    qCDebug(lcGuiTiming, "%s: %.1f ms", m_what, double(m_clock.nsecsElapsed()) / 1e6);
}

void BackgroundTask::begin(const QString &operation)
{
    m_busy = true;
    m_operation = operation;
    setProgress(-1);
    emit busyChanged();
}

void BackgroundTask::end(OperationResult result)
{
    result.operation = m_operation;
    m_busy = false;
    m_running = {};
    emit busyChanged();
    emit finished(result);
}

void BackgroundTask::report(const QString &operation, OperationResult result)
{
    result.operation = operation;
    emit finished(result);
}

void BackgroundTask::setProgress(double progress)
{
    if (qFuzzyCompare(progress + 2, m_progress + 2))
        return;
    m_progress = progress;
    emit progressChanged();
}

BackgroundTask::Progress BackgroundTask::reporter()
{
    // Queued to the task's thread. The task outlives the work (its destructor waits), and
    // Qt drops events still queued for a deleted object.
    return [this](qsizetype done, qsizetype total) {
        const double share = total > 0 ? double(done) / double(total) : -1;
        QMetaObject::invokeMethod(this, [this, share] { setProgress(share); }, Qt::QueuedConnection);
    };
}

void BackgroundTask::waitForFinished()
{
    while (m_busy) {
        m_running.waitForFinished();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
}

QThreadPool *BackgroundTask::pool()
{
    // Owned by the application object, so its threads end (and are waited for) before the
    // program's statics go: a static pool's threads outlived Qt's thread-local storage.
    // Asked for on the GUI thread only.
    static QPointer<QThreadPool> shared;
    if (!shared)
        shared = new QThreadPool(QCoreApplication::instance());
    return shared;
}

void BackgroundTask::yieldToGuiThread()
{
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread: setpriority on the thread's id changes only it.
    // Qt's QThread::LowPriority does nothing under the default scheduling policy.
    (void)setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), kNice);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}
