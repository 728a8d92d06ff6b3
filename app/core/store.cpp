// Store: trainees, lesson progress, quiz attempts and answers, settings, in one SQLite file.
#include "store.h"

#include "sqlitedialect.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace khien {

namespace {

constexpr int maxNameLength = 100; // in characters (code points), after trimming

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString toIso(const QDateTime &t)
{
    const QDateTime v = t.isValid() ? t : QDateTime::currentDateTimeUtc();
    return v.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// A null QString binds as SQL NULL; every text column here is NOT NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QSqlDatabase connection(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

// Prepares `sql` on connection `name`, binds `values` in order and runs it; nullopt with
// `error` set on failure.
std::optional<QSqlQuery> query(const QString &name, const QString &sql, const QVariantList &values,
                               QString &error)
{
    QSqlQuery q(connection(name));
    if (!q.driver() || !q.driver()->isOpen()) {
        error = QStringLiteral("the database is not open");
        return std::nullopt;
    }
    const bool prepared = q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (prepared && q.exec())
        return q;
    error = q.lastError().text();
    return std::nullopt;
}

// One write statement in its own transaction, committed (synchronous=FULL: on disk) before
// returning. The number of rows it changed, or nullopt with `error` set.
std::optional<int> writeCommitted(const QString &name, const QString &sql,
                                  const QVariantList &values, QString &error)
{
    QSqlDatabase db = connection(name);
    if (!db.isOpen() || !db.transaction()) {
        error = db.isOpen() ? db.lastError().text() : QStringLiteral("the database is not open");
        return std::nullopt;
    }
    std::optional<int> rows;
    if (const auto q = query(name, sql, values, error))
        rows = q->numRowsAffected();
    if (!rows || !db.commit()) {
        if (rows)
            error = db.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    return rows;
}

// Every row of a SELECT, each made into a value by `from`.
template<typename Row>
QVector<Row> rows(const QString &name, const QString &sql, const QVariantList &values,
                  QString &error, Row (*from)(const QSqlQuery &))
{
    QVector<Row> result;
    if (auto q = query(name, sql, values, error))
        while (q->next())
            result.append(from(*q));
    return result;
}

// The SELECTs below list their columns in the order of the struct's fields.
Trainee traineeFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            fromIso(q.value(3))};
}

const QString attemptColumns = QStringLiteral(
        "a.id, a.trainee_id, a.module_id, a.quiz_id, a.content_version, a.language,"
        " a.pass_percent, a.started_at, a.finished_at, COALESCE(SUM(n.points), 0), a.max_score,"
        " COUNT(n.question_id), a.passed");

AttemptRecord attemptFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toInt(), fromIso(q.value(7)), fromIso(q.value(8)),
            q.value(9).toDouble(), q.value(10).toDouble(), q.value(11).toInt(),
            q.value(12).toInt() != 0};
}

const QString answerColumns = QStringLiteral(
        "attempt_id, question_id, question_type, chosen, correct, points, max_points,"
        " time_taken_ms, language, content_version, answered_at, position");

AnswerRecord answerFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
            q.value(4).toInt() != 0, q.value(5).toDouble(), q.value(6).toDouble(),
            q.value(7).toLongLong(), q.value(8).toString(), q.value(9).toString(),
            fromIso(q.value(10)), q.value(11).toInt()};
}

} // namespace

Store::Store()
{
    // Connections are per name and per thread; a unique name lets several Stores coexist.
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("khien-store-%1").arg(++counter);
}

Store::~Store()
{
    close();
}

Store::OpenError Store::open(const QString &path)
{
    close();
    m_path = path;
    m_lastError.clear();
    m_fileVersion = 0;

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_lastError = QStringLiteral("cannot create folder %1").arg(info.absolutePath());
        return OpenError::CannotOpen;
    }
    if (info.isFile() && (!info.isReadable() || !info.isWritable())) {
        // SQLite would silently open it read-only and fail at the first write.
        m_lastError = QStringLiteral("no permission to read and write %1").arg(path);
        return OpenError::CannotOpen;
    }
    // Before the driver sees the file: it would happily start a database inside it.
    if (!sqlite::looksLikeSqliteFile(path)) {
        m_lastError = QStringLiteral("%1 is not an SQLite database").arg(path);
        return OpenError::NotADatabase;
    }

    OpenError result = OpenError::None;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(sqlite::driverName), m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_lastError = db.lastError().text();
            result = OpenError::CannotOpen;
        } else if ((m_fileVersion = sqlite::userVersion(db)) < 0) {
            m_fileVersion = 0;
            m_lastError = QStringLiteral("cannot read the schema version of %1").arg(path);
            result = OpenError::CannotOpen;
        } else if (m_fileVersion > schemaVersion) {
            // Checked before the pragmas: switching to WAL already writes to the file.
            m_lastError = QStringLiteral("database schema %1 is newer than this app's %2")
                                  .arg(m_fileVersion)
                                  .arg(schemaVersion);
            result = OpenError::TooNew;
        } else if (!sqlite::applyConnectionPragmas(db, &m_lastError)) {
            result = OpenError::CannotOpen;
        }
        while (result == OpenError::None && m_fileVersion < schemaVersion) {
            const int to = m_fileVersion + 1;
            bool ok = db.transaction();
            for (const QString &sql : sqlite::migrationStatements(to)) {
                QSqlQuery q(db);
                if (ok && !q.exec(sql)) {
                    m_lastError = QStringLiteral("migration to %1: %2").arg(to).arg(q.lastError().text());
                    ok = false;
                }
            }
            if (ok && sqlite::setUserVersion(db, to, &m_lastError) && db.commit()) {
                m_fileVersion = to;
            } else {
                if (m_lastError.isEmpty())
                    m_lastError = db.lastError().text();
                db.rollback();
                result = OpenError::MigrationFailed;
            }
        }
    }
    if (result != OpenError::None)
        close(); // m_fileVersion stays, for the "too new" message
    return result;
}

void Store::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    connection(m_connection).close();
    // Every QSqlDatabase handle (the temporary above included) is gone by now.
    QSqlDatabase::removeDatabase(m_connection);
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && connection(m_connection).isOpen();
}

std::optional<Trainee> Store::createTrainee(const QString &displayName, const QString &groupCode)
{
    Trainee t;
    t.displayName = displayName.trimmed();
    t.groupCode = groupCode.trimmed();
    if (t.displayName.isEmpty() || t.displayName.toUcs4().size() > maxNameLength) {
        m_lastError = t.displayName.isEmpty()
                ? QStringLiteral("the name is empty")
                : QStringLiteral("the name is longer than %1 characters").arg(maxNameLength);
        return std::nullopt;
    }
    t.id = newId();
    const QString created = toIso({});
    t.createdAt = fromIso(created); // exactly what reads back
    if (!writeCommitted(m_connection,
                        QStringLiteral("INSERT INTO trainees (id, display_name, group_code,"
                                       " created_at) VALUES (?, ?, ?, ?)"),
                        {t.id, text(t.displayName), text(t.groupCode), created}, m_lastError))
        return std::nullopt;
    return t;
}

QVector<Trainee> Store::trainees() const
{
    QVector<Trainee> result = rows(m_connection,
                                   QStringLiteral("SELECT id, display_name, group_code, created_at"
                                                  " FROM trainees ORDER BY display_name, id"),
                                   {}, m_lastError, &traineeFrom);
    // Byte order would put "Ánh" after "Yến". Names are Vietnamese whatever the UI language
    // (and the C locale collates by code point), so collate them as Vietnamese.
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(result.begin(), result.end(), [&](const Trainee &a, const Trainee &b) {
        return collator.compare(a.displayName, b.displayName) < 0;
    });
    return result;
}

std::optional<Trainee> Store::trainee(const QString &id) const
{
    const QVector<Trainee> found = rows(m_connection,
                                        QStringLiteral("SELECT id, display_name, group_code,"
                                                       " created_at FROM trainees WHERE id = ?"),
                                        {text(id)}, m_lastError, &traineeFrom);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

bool Store::markLessonRead(const QString &traineeId, const QString &moduleId,
                           const QString &lessonId)
{
    // Reading a lesson again keeps the first time it was read.
    return writeCommitted(m_connection,
                          QStringLiteral("INSERT INTO lesson_progress (trainee_id, module_id,"
                                         " lesson_id, first_read_at) VALUES (?, ?, ?, ?)"
                                         " ON CONFLICT (trainee_id, lesson_id) DO NOTHING"),
                          {text(traineeId), text(moduleId), text(lessonId), toIso({})},
                          m_lastError)
            .has_value();
}

QSet<QString> Store::lessonsRead(const QString &traineeId) const
{
    QSet<QString> result;
    if (auto q = query(m_connection,
                       QStringLiteral("SELECT lesson_id FROM lesson_progress WHERE trainee_id = ?"),
                       {text(traineeId)}, m_lastError))
        while (q->next())
            result.insert(q->value(0).toString());
    return result;
}

std::optional<QString> Store::startAttempt(const QString &traineeId, const QString &moduleId,
                                           const QString &quizId, const QString &contentVersion,
                                           const QString &language, int passPercent,
                                           double maxScore)
{
    const QString id = newId();
    if (!writeCommitted(m_connection,
                        QStringLiteral("INSERT INTO quiz_attempts (id, trainee_id, module_id,"
                                       " quiz_id, content_version, language, pass_percent,"
                                       " max_score, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {id, text(traineeId), text(moduleId), text(quizId), text(contentVersion),
                         text(language), passPercent, maxScore, toIso({})},
                        m_lastError))
        return std::nullopt;
    return id;
}

bool Store::recordAnswer(const AnswerRecord &answer)
{
    // Option ids are joined with ','; an id that could contain one would not read back.
    static const QRegularExpression optionId(QStringLiteral("^[a-z0-9-]+$"));
    for (const QString &option : answer.chosen) {
        if (!optionId.match(option).hasMatch()) {
            m_lastError = QStringLiteral("invalid option id \"%1\"").arg(option);
            return false;
        }
    }
    // One statement both checks that the attempt is open and writes, so nothing can finish it
    // in between. A second answer to the same question fails on the primary key.
    const auto changed = writeCommitted(
            m_connection,
            QStringLiteral("INSERT INTO answers (attempt_id, question_id, question_type, chosen,"
                           " correct, points, max_points, time_taken_ms, language,"
                           " content_version, answered_at, position)"
                           " SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM quiz_attempts"
                           " WHERE id = ? AND finished_at IS NULL"),
            {text(answer.questionId), text(answer.questionType),
             text(answer.chosen.join(QLatin1Char(','))), answer.correct ? 1 : 0, answer.points,
             answer.maxPoints, answer.timeTakenMs, text(answer.language),
             text(answer.contentVersion), toIso(answer.answeredAt), answer.position,
             text(answer.attemptId)},
            m_lastError);
    if (changed == 0)
        m_lastError = QStringLiteral("attempt %1 does not exist or is finished").arg(answer.attemptId);
    return changed == 1;
}

bool Store::finishAttempt(const QString &attemptId, bool passed)
{
    const auto changed = writeCommitted(m_connection,
                                        QStringLiteral("UPDATE quiz_attempts SET finished_at = ?,"
                                                       " passed = ? WHERE id = ?"
                                                       " AND finished_at IS NULL"),
                                        {toIso({}), passed ? 1 : 0, text(attemptId)}, m_lastError);
    if (changed == 0)
        m_lastError = QStringLiteral("attempt %1 does not exist or is finished").arg(attemptId);
    return changed == 1;
}

QVector<AttemptRecord> Store::attempts(const QString &traineeId) const
{
    return rows(m_connection,
                QStringLiteral("SELECT %1 FROM quiz_attempts a"
                               " LEFT JOIN answers n ON n.attempt_id = a.id WHERE a.trainee_id = ?"
                               " GROUP BY a.id ORDER BY a.started_at DESC, a.id DESC")
                        .arg(attemptColumns),
                {text(traineeId)}, m_lastError, &attemptFrom);
}

QVector<AnswerRecord> Store::answers(const QString &attemptId) const
{
    return rows(m_connection,
                QStringLiteral("SELECT %1 FROM answers WHERE attempt_id = ?"
                               " ORDER BY position, answered_at").arg(answerColumns),
                {text(attemptId)}, m_lastError, &answerFrom);
}

QHash<QString, ModuleProgress> Store::progress(const QString &traineeId) const
{
    QHash<QString, ModuleProgress> result;
    auto entry = [&](const QString &moduleId) -> ModuleProgress & {
        ModuleProgress &p = result[moduleId];
        p.moduleId = moduleId;
        return p;
    };
    auto lessons = query(m_connection,
                         QStringLiteral("SELECT module_id, COUNT(*) FROM lesson_progress"
                                        " WHERE trainee_id = ? GROUP BY module_id"),
                         {text(traineeId)}, m_lastError);
    // Best score and "passed" count finished attempts only: an interrupted one proves nothing.
    auto quizzes = query(m_connection,
                         QStringLiteral("SELECT a.module_id, a.max_score, a.passed,"
                                        " COALESCE(SUM(n.points), 0) FROM quiz_attempts a"
                                        " LEFT JOIN answers n ON n.attempt_id = a.id"
                                        " WHERE a.trainee_id = ? AND a.finished_at IS NOT NULL"
                                        " GROUP BY a.id"),
                         {text(traineeId)}, m_lastError);
    if (!lessons || !quizzes)
        return {};
    while (lessons->next())
        entry(lessons->value(0).toString()).lessonsRead = lessons->value(1).toInt();
    while (quizzes->next()) {
        ModuleProgress &p = entry(quizzes->value(0).toString());
        const double maxScore = quizzes->value(1).toDouble();
        const double score = quizzes->value(3).toDouble();
        p.bestPercent = std::max(p.bestPercent, maxScore > 0 ? 100.0 * score / maxScore : 0.0);
        p.passed = p.passed || quizzes->value(2).toInt() != 0;
    }
    return result;
}

QString Store::setting(const QString &key, const QString &fallback) const
{
    auto q = query(m_connection, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                   {text(key)}, m_lastError);
    return q && q->next() ? q->value(0).toString() : fallback;
}

bool Store::setSetting(const QString &key, const QString &value)
{
    return writeCommitted(m_connection,
                          QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                         " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {text(key), text(value)}, m_lastError)
            .has_value();
}

} // namespace khien
