// Slow work (a passphrase check, an import, an export) run on Qt's thread pool while the
// window keeps drawing: QML binds `busy` (disable the buttons, show a BusyIndicator) and
// `progress`, and hears `finished(result)`. One operation at a time per task.
//
// The work runs on another thread: it gets copies of what it needs, never the app's Store
// (a database connection belongs to the thread that opened it; open a Store of its own on
// the same location). `done` runs back on the GUI thread with the work's value.
#pragma once

#include "operationresult.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QtQml/qqmlregistration.h>

#include <functional>

// "khien.timing": how long each piece of work that still runs on the GUI thread took
// (debug level, off by default; bench_guistall turns it on to say where a stall comes from).
Q_DECLARE_LOGGING_CATEGORY(lcGuiTiming)

// Logs the time from its construction to its end under lcGuiTiming, named `what`.
class GuiSliceTimer
{
public:
    explicit GuiSliceTimer(const char *what) : m_what(what) { m_clock.start(); }
    ~GuiSliceTimer();
    GuiSliceTimer(const GuiSliceTimer &) = delete;
    GuiSliceTimer &operator=(const GuiSliceTimer &) = delete;

private:
    const char *m_what;
    QElapsedTimer m_clock;
};

class BackgroundTask : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the controllers")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // 0..1 as the work reports it; -1 while it cannot say (show an indeterminate indicator).
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    // The operation running, or the last one: e.g. "unlock", "exportClass".
    Q_PROPERTY(QString operation READ operation NOTIFY busyChanged)

public:
    // Safe to call from the worker thread: reports `done` of `total` steps.
    using Progress = std::function<void(qsizetype done, qsizetype total)>;

    explicit BackgroundTask(QObject *parent = nullptr) : QObject(parent) {}
    // Waits for running work: it may hold copies that point into its owner.
    ~BackgroundTask() override { m_running.waitForFinished(); }

    bool busy() const { return m_busy; }
    double progress() const { return m_progress; }
    QString operation() const { return m_operation; }

    // Runs `work(progress)` off the GUI thread, then `done(value)` on it and emits finished
    // with what done returned (operation filled in). False, and nothing run, while busy.
    template <typename T>
    bool start(const QString &operation, std::function<T(const Progress &)> work,
               std::function<OperationResult(const T &)> done)
    {
        if (m_busy)
            return false;
        begin(operation);
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done = std::move(done)] {
            const GuiSliceTimer timer("task done (GUI thread)");
            OperationResult result = done(watcher->result());
            watcher->deleteLater();
            end(std::move(result));
        });
        const QFuture<T> future = QtConcurrent::run(pool(), [work = std::move(work), progress = reporter()] {
            yieldToGuiThread();
            return work(progress);
        });
        m_running = QFuture<void>(future);
        watcher->setFuture(future);
        return true;
    }

    // An operation refused before any work started (e.g. the two passphrases differ): emits
    // finished with `result` at once, without going busy.
    void report(const QString &operation, OperationResult result);

    // The threads slow work runs on (not Qt's global pool, whose threads also load content):
    // each job calls yieldToGuiThread() first.
    static QThreadPool *pool();
    // Lowers this thread's CPU priority (Linux: nice 5 for the thread alone), so that when the
    // GUI thread and the work both want a core the GUI thread gets about three quarters of it
    // and the window keeps drawing; the work still has a whole core when the window is idle.
    static void yieldToGuiThread();

    // Blocks until the running work (if any) has finished and `finished` was emitted: for
    // tests and the command line, which have no event loop to wait in.
    void waitForFinished();

signals:
    void busyChanged();
    void progressChanged();
    void finished(const OperationResult &result);

private:
    void begin(const QString &operation);
    void end(OperationResult result);
    void setProgress(double progress);
    Progress reporter();

    bool m_busy = false;
    double m_progress = -1;
    QString m_operation;
    QFuture<void> m_running;
};
