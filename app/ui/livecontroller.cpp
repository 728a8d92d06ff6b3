#include "livecontroller.h"

#include "coursecatalog.h"
#include "displayformat.h"
#include "livesession.h"
#include "store.h"

#include <QHostAddress>
#include <QNetworkInterface>

namespace {

bool optionsAreRightOrWrong(const QString &type)
{
    static const QStringList types{QStringLiteral("ordering"), QStringLiteral("matching"), QStringLiteral("shortanswer"),
                                   QStringLiteral("numeric"), QStringLiteral("scenario")};
    return types.contains(type);
}

QHash<QString, QString> textsById(const QVariantList &items)
{
    QHash<QString, QString> texts;
    for (const QVariant &item : items) {
        const QVariantMap map = item.toMap();
        texts.insert(map.value(QStringLiteral("id")).toString(), map.value(QStringLiteral("text")).toString());
    }
    return texts;
}

} // namespace

LiveController::LiveController(khien::Store &store, const khien::CourseCatalog &catalog,
                               std::function<QString()> language, std::function<bool()> allowed,
                               QObject *parent)
    : QObject(parent), m_store(store), m_catalog(catalog), m_language(std::move(language)),
      m_allowed(std::move(allowed))
{
    m_addresses = localAddresses();
}

LiveController::~LiveController()
{
    if (m_session)
        m_session->disconnect(this);
}

bool LiveController::running() const { return m_session && m_session->isRunning(); }
bool LiveController::paced() const { return !m_session || m_session->isPaced(); }
QString LiveController::joinUrl() const { return running() ? m_session->joinUrl().toString() : QString(); }
int LiveController::port() const { return running() ? m_session->port() : 0; }
QString LiveController::code() const { return running() ? m_session->code() : QString(); }
int LiveController::participants() const { return m_session ? m_session->participantCount() : 0; }
int LiveController::answered() const { return m_session ? m_session->answeredCount() : 0; }
int LiveController::questionCount() const { return m_session ? m_session->questionCount() : 0; }

int LiveController::questionNumber() const
{
    if (!m_session || !m_session->isPaced())
        return 0;
    const int current = m_session->currentIndex();
    return current >= 0 && current < m_session->questionCount() ? current + 1 : 0;
}

bool LiveController::finished() const
{
    return m_session && (!m_session->isRunning()
                         || (m_session->isPaced() && m_session->currentIndex() >= m_session->questionCount()));
}

QStringList LiveController::localAddresses()
{
    QStringList addresses;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        const auto flags = iface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.protocol() == QAbstractSocket::IPv4Protocol && !ip.isLoopback()
                && !addresses.contains(ip.toString()))
                addresses.append(ip.toString());
        }
    }
    return addresses;
}

void LiveController::refreshAddresses()
{
    const QStringList addresses = localAddresses();
    if (addresses != m_addresses) {
        m_addresses = addresses;
        emit addressesChanged();
    }
}

QString LiveController::setError(const QString &error)
{
    if (error != m_error) {
        m_error = error;
        emit errorChanged();
    }
    return error;
}

QString LiveController::start(const QString &classId, const QString &moduleId, bool paced, const QString &address)
{
    return launch(classId, moduleId, paced, address, false);
}

QString LiveController::resume(const QString &address)
{
    const auto saved = m_allowed() ? khien::LiveSession::saved(m_store) : std::nullopt;
    if (!saved)
        return setError(tr("There is no interrupted live session to resume."));
    return launch(saved->classId, saved->moduleId, saved->pacing == khien::LivePacing::Paced, address, true);
}

QString LiveController::launch(const QString &classId, const QString &moduleId, bool paced,
                               const QString &address, bool resume)
{
    if (!m_allowed())
        return setError(tr("Unlock instructor mode first."));
    if (running())
        return setError(tr("A live session is already running. Stop it before starting another."));
    QHostAddress host;
    if (!host.setAddress(address) || host.protocol() != QAbstractSocket::IPv4Protocol)
        return setError(tr("Choose the network address the room's devices reach this computer on."));
    if (!host.isLoopback() && !localAddresses().contains(host.toString()))
        return setError(tr("%1 is not an address of this computer (any more). Choose one from the list.")
                            .arg(host.toString()));
    const auto cls = m_store.classById(classId);
    if (!cls)
        return setError(tr("Choose a class first."));
    const khien::Module *module = m_catalog.module(moduleId);
    const khien::Course *course = m_catalog.courseOfModule(moduleId);
    if (!module || !course)
        return setError(tr("Choose a module first."));
    const QString title = module->title.in(m_language());
    if (!module->quiz || module->quiz->questions.isEmpty())
        return setError(tr("The module “%1” has no quiz to play live.").arg(title));

    khien::LiveConfig config;
    config.classId = cls->id;
    config.moduleId = module->id;
    config.pacing = paced ? khien::LivePacing::Paced : khien::LivePacing::SelfPaced;
    config.address = host;
    config.resume = resume; // then the session listens on its old port again when it is free

    m_course = *course; // the session keeps a reference: it must outlive any content reload
    auto session = std::make_unique<khien::LiveSession>(m_store, *m_course);
    switch (session->start(config)) {
    case khien::LiveSession::StartError::None: break;
    case khien::LiveSession::StartError::AlreadyRunning:
        return setError(tr("A live session is already running. Stop it before starting another."));
    case khien::LiveSession::StartError::NoClass: return setError(tr("Choose a class first."));
    case khien::LiveSession::StartError::NoQuiz:
        return setError(tr("The module “%1” has no quiz to play live.").arg(title));
    case khien::LiveSession::StartError::NothingToResume:
        return setError(tr("There is no interrupted live session to resume."));
    case khien::LiveSession::StartError::CannotListen:
        return setError(tr("Khiên could not open a port on %1. Choose another address, or check the firewall.")
                            .arg(host.toString()));
    case khien::LiveSession::StartError::Storage:
        return setError(tr("The live session could not be written to the database %1.").arg(m_store.path()));
    }

    m_session = std::move(session);
    m_className = cls->name;
    m_moduleId = module->id;
    m_moduleTitle = title;
    m_address = host.toString();
    khien::LiveSession *s = m_session.get();
    connect(s, &khien::LiveSession::runningChanged, this, [this] {
        emit runningChanged();
        emit questionChanged();
    });
    connect(s, &khien::LiveSession::questionChanged, this, &LiveController::readQuestion);
    connect(s, &khien::LiveSession::participantCountChanged, this, &LiveController::countsChanged);
    connect(s, &khien::LiveSession::answeredCountChanged, this, &LiveController::countsChanged);
    connect(s, &khien::LiveSession::distributionChanged, this, &LiveController::readCounts);
    connect(s, &khien::LiveSession::progressChanged, this, &LiveController::readProgress);
    connect(s, &khien::LiveSession::stopped, this, &LiveController::sessionEnded);
    readQuestion();
    readProgress();
    emit runningChanged();
    emit countsChanged();
    refreshResumable();
    setError({});
    return {};
}

void LiveController::stop()
{
    if (running())
        m_session->stop(); // emits stopped → sessionEnded
}

void LiveController::sessionEnded()
{
    emit runningChanged();
    emit questionChanged();
    emit countsChanged();
    refreshResumable();
}

void LiveController::next()
{
    if (running() && m_session->isPaced())
        m_session->next();
}

void LiveController::reveal()
{
    if (running() && m_session->isPaced())
        m_session->reveal();
}

void LiveController::readQuestion()
{
    const QString lang = m_language();
    m_view = m_session && m_session->isPaced() ? m_session->questionView(lang) : QVariantMap();
    const QString type = m_view.value(QStringLiteral("type")).toString();
    QString text = m_view.value(QStringLiteral("prompt")).toString();
    if (type == QLatin1String("missingword"))
        text += QStringLiteral(" ___ ") + m_view.value(QStringLiteral("promptAfter")).toString();
    m_questionText = text.trimmed();
    m_questionType = type;
    m_revealed = m_session && m_session->isRevealed() && !m_view.isEmpty();
    m_countsRightOnly = optionsAreRightOrWrong(type);
    m_explanation = m_revealed ? m_view.value(QStringLiteral("explanation")).toString() : QString();

    // The right answer in words where there are no option bars to mark.
    const QVariantMap right = m_view.value(QStringLiteral("answer")).toMap();
    QStringList lines;
    if (m_revealed && type == QLatin1String("ordering")) {
        const auto items = textsById(m_view.value(QStringLiteral("items")).toList());
        const QStringList order = right.value(QStringLiteral("order")).toStringList();
        for (int i = 0; i < order.size(); ++i)
            lines.append(QStringLiteral("%1. %2").arg(i + 1).arg(items.value(order.at(i))));
    } else if (m_revealed && type == QLatin1String("matching")) {
        const auto left = textsById(m_view.value(QStringLiteral("left")).toList());
        const auto rightTexts = textsById(m_view.value(QStringLiteral("right")).toList());
        const QVariantList leftItems = m_view.value(QStringLiteral("left")).toList();
        const QVariantMap pairs = right.value(QStringLiteral("pairs")).toMap();
        for (const QVariant &item : leftItems) {
            const QString id = item.toMap().value(QStringLiteral("id")).toString();
            lines.append(left.value(id) + QStringLiteral(" → ") + rightTexts.value(pairs.value(id).toString()));
        }
    } else if (m_revealed && (type == QLatin1String("shortanswer") || type == QLatin1String("numeric"))) {
        lines.append(right.value(QStringLiteral("text")).toString());
    }
    m_rightAnswer = lines.join(QLatin1Char('\n'));
    readCounts();
    emit questionChanged();
}

void LiveController::readCounts()
{
    const QVariantMap counts = m_session ? m_session->distribution() : QVariantMap();
    QVector<LiveOptionRow> rows;
    if (m_countsRightOnly) {
        rows = {{QStringLiteral("correct"), tr("Right"), 0, true},
                {QStringLiteral("partial"), tr("Partly right"), 0, false},
                {QStringLiteral("wrong"), tr("Not right"), 0, false}};
    } else {
        const bool redFlags = m_questionType == QLatin1String("redflags");
        const QVariantList options = m_view.value(redFlags ? QStringLiteral("parts") : QStringLiteral("options")).toList();
        const QStringList rightIds = m_revealed
            ? m_view.value(QStringLiteral("answer")).toMap().value(QStringLiteral("ids")).toStringList()
            : QStringList();
        for (const QVariant &option : options) {
            const QVariantMap map = option.toMap();
            const QString id = map.value(QStringLiteral("id")).toString();
            QString text = map.value(QStringLiteral("text")).toString();
            if (id == QLatin1String("true") && text.isEmpty())
                text = tr("True");
            else if (id == QLatin1String("false") && text.isEmpty())
                text = tr("False");
            rows.append({id, text, 0, rightIds.contains(id)});
        }
    }
    for (LiveOptionRow &row : rows)
        row.count = counts.value(row.optionId).toInt();
    m_options.setRows(rows, answered());
}

void LiveController::readProgress()
{
    QVector<LiveProgressRow> rows;
    const QVariantList list = m_session ? m_session->progress() : QVariantList();
    for (const QVariant &item : list) {
        const QVariantMap map = item.toMap();
        rows.append({map.value(QStringLiteral("name")).toString(), map.value(QStringLiteral("answered")).toInt(),
                     map.value(QStringLiteral("correct")).toInt(), map.value(QStringLiteral("finished")).toBool(),
                     map.value(QStringLiteral("connected")).toBool()});
    }
    m_progress.setRows(rows);
}

void LiveController::refreshResumable()
{
    QString description;
    const auto saved = m_allowed() && !running() && m_store.isOpen() ? khien::LiveSession::saved(m_store) : std::nullopt;
    if (saved) {
        const QString lang = m_language();
        const auto cls = m_store.classById(saved->classId);
        const khien::Module *module = m_catalog.module(saved->moduleId);
        const QDateTime started = QDateTime::fromString(saved->startedAt, Qt::ISODate);
        description = tr("%1 · %2 · started %3 · %n participant(s)", "", saved->participants)
                          .arg(cls ? cls->name : saved->classId, module ? module->title.in(lang) : saved->moduleId,
                               khien::formatDateTime(started.toLocalTime(), lang));
    }
    if (description != m_resumeDescription) {
        m_resumeDescription = description;
        emit resumableChanged();
    }
}

void LiveController::discardResume()
{
    if (!khien::LiveSession::discardSaved(m_store))
        setError(tr("The interrupted live session could not be removed from the database %1.").arg(m_store.path()));
    refreshResumable();
}

void LiveController::refreshLanguage()
{
    if (m_session && m_course) {
        for (const khien::Module &module : m_course->modules)
            if (module.id == m_moduleId)
                m_moduleTitle = module.title.in(m_language());
        emit runningChanged();
        readQuestion();
    }
    refreshResumable();
}
