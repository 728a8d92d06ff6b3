#include "livecommand.h"

#include "coursecatalog.h"
#include "datapaths.h"
#include "errortext.h"
#include "livesession.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace khien::cli {

namespace {

int signalPipe[2] = {-1, -1};

void onTerminate(int)
{
    const char c = 't';
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
}

struct LiveHostArgs
{
    QString web; // development: the page's three files from this folder instead of the embedded ones
    QString db, className, moduleId, mode = QStringLiteral("paced"), listen = QStringLiteral("127.0.0.1");
    int port = 0;
    int max = 60;
    bool resume = false;
};

class LiveHost
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static std::optional<LiveHostArgs> parse(const QStringList &args)
    {
        QTextStream err(stderr);
        LiveHostArgs a;
        for (int i = 0; i < args.size(); ++i) {
            const QString &arg = args.at(i);
            const bool hasValue = i + 1 < args.size();
            auto value = [&] { return args.at(++i); };
            if (arg == QLatin1String("--resume")) {
                a.resume = true;
            } else if (hasValue && arg == QLatin1String("--db")) {
                a.db = value();
            } else if (hasValue && arg == QLatin1String("--class")) {
                a.className = value();
            } else if (hasValue && arg == QLatin1String("--module")) {
                a.moduleId = value();
            } else if (hasValue && arg == QLatin1String("--quiz")) {
                value(); // a module has one quiz
            } else if (hasValue && arg == QLatin1String("--mode")) {
                a.mode = value();
            } else if (hasValue && arg == QLatin1String("--web")) {
                a.web = value();
            } else if (hasValue && arg == QLatin1String("--listen")) {
                a.listen = value();
            } else if (hasValue && arg == QLatin1String("--port")) {
                a.port = value().toInt();
            } else if (hasValue && arg == QLatin1String("--max")) {
                a.max = value().toInt();
            } else {
                err << tr("live-host: unexpected argument \"%1\"").arg(arg) << '\n';
                return std::nullopt;
            }
        }
        const bool modeOk = a.mode == QLatin1String("paced") || a.mode == QLatin1String("self");
        if (a.db.isEmpty() || (!a.resume && (a.className.isEmpty() || a.moduleId.isEmpty())) || !modeOk
            || QHostAddress(a.listen).isNull() || a.port < 0 || a.port > 65535 || a.max < 1 || a.max > 1000) {
            err << tr("live-host needs --db PATH, --class NAME and --module ID (or --resume); "
                      "--mode paced|self, --listen ADDRESS, --port 0-65535, --max 1-1000")
                << '\n';
            return std::nullopt;
        }
        return a;
    }

    static int run(const LiveHostArgs &a)
    {
        QTextStream err(stderr);
        Store store;
        if (const auto error = store.open(a.db); error != Store::OpenError::None) {
            err << tr("live-host: %1").arg(ErrorText::describeOpen(error, a.db, store)) << '\n';
            return 1;
        }
        QStringList packs{shippedPackPath()};
        packs += packFoldersIn(userPacksPath());
        const CourseCatalog catalog = CourseCatalog::load(packs);
        LiveConfig config;
        config.resume = a.resume;
        QString moduleId = a.moduleId;
        if (a.resume) {
            const auto saved = LiveSession::saved(store);
            if (!saved) {
                err << tr("live-host: there is no live session to resume in %1").arg(a.db) << '\n';
                return 1;
            }
            moduleId = saved->moduleId;
        } else {
            auto cls = store.classNamed(a.className);
            if (!cls)
                cls = store.createClass(a.className);
            if (!cls) {
                err << tr("live-host: %1").arg(ErrorText::withDetail(store.lastFailure())) << '\n';
                return 1;
            }
            config.classId = cls->id;
            config.moduleId = a.moduleId;
            config.pacing = a.mode == QLatin1String("self") ? LivePacing::SelfPaced : LivePacing::Paced;
        }
        const Course *course = catalog.courseOfModule(moduleId);
        if (!course) {
            err << tr("live-host: there is no module \"%1\"").arg(moduleId) << '\n';
            return 1;
        }
        config.address = QHostAddress(a.listen);
        config.port = quint16(a.port);
        config.maxParticipants = a.max;
        if (!a.web.isEmpty())
            config.webRoot = QDir(a.web).absolutePath() + QLatin1Char('/');
        LiveSession session(store, *course, nullptr);
        const LiveSession::StartError started = session.start(config);
        if (started != LiveSession::StartError::None) {
            err << tr("live-host: the live session could not start (%1)")
                            .arg(QString::fromLatin1(QMetaEnum::fromType<LiveSession::StartError>().valueToKey(int(started))))
                << '\n';
            return 1;
        }
        QTextStream out(stdout);
        out << QJsonDocument(QJsonObject{{QStringLiteral("url"), session.joinUrl().toString()},
                                         {QStringLiteral("code"), session.code()},
                                         {QStringLiteral("port"), session.port()}})
                        .toJson(QJsonDocument::Compact)
            << Qt::endl;

        QObject::connect(&session, &LiveSession::stopped, qApp, [] { QCoreApplication::exit(0); });
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
            std::signal(SIGTERM, onTerminate);
            std::signal(SIGINT, onTerminate);
        }
        QSocketNotifier terminate(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(&terminate, &QSocketNotifier::activated, &session, [&session] { session.stop(); });
        QByteArray pending;
        QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
        QObject::connect(&input, &QSocketNotifier::activated, &session, [&] {
            char buf[256];
            const auto n = ::read(STDIN_FILENO, buf, sizeof buf);
            if (n <= 0) {
                input.setEnabled(false);
                session.stop();
                return;
            }
            pending.append(buf, n);
            if (pending.size() > 4096)
                pending.clear();
            for (int nl = int(pending.indexOf('\n')); nl >= 0; nl = int(pending.indexOf('\n'))) {
                const QByteArray line = pending.left(nl).trimmed();
                pending.remove(0, nl + 1);
                if (line == "next")
                    session.next();
                else if (line == "reveal")
                    session.reveal();
                else if (line == "stop")
                    session.stop();
                else if (!line.isEmpty())
                    err << tr("live-host: unknown command \"%1\": use next, reveal or stop")
                                    .arg(QString::fromUtf8(line))
                        << Qt::endl;
            }
        });
        return QCoreApplication::exec();
    }
};

} // namespace

int runLiveHost(const QStringList &args)
{
    const auto parsed = LiveHost::parse(args);
    if (!parsed)
        return 2;
    return LiveHost::run(*parsed);
}

} // namespace khien::cli
