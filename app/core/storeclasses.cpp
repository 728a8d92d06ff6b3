// Store: classes, their members and their dated sessions with the modules each assigns.
#include "store.h"

#include "classkey.h"
#include "storesql.h"

#include <QSqlQuery>

namespace khien {

using namespace storesql;

namespace {

const QString classColumns = QStringLiteral(
        "c.id, c.name, c.bundle_key, c.created_at,"
        " (SELECT COUNT(*) FROM class_members m WHERE m.class_id = c.id),"
        " (SELECT COUNT(*) FROM sessions s WHERE s.class_id = c.id)");

ClassRecord classFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            fromIso(q.value(3)), q.value(4).toInt(), q.value(5).toInt()};
}

SessionRecord sessionFrom(const QSqlQuery &q)
{
    SessionRecord s;
    s.id = q.value(0).toString();
    s.classId = q.value(1).toString();
    s.title = q.value(2).toString();
    s.heldOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    s.createdAt = fromIso(q.value(4));
    return s;
}

// Names and class codes compare as people read them: NFC, any case ("LỚP 10a1" is "Lớp 10A1").
bool sameName(const QString &a, const QString &b)
{
    return !a.isEmpty() && cleanName(a).compare(cleanName(b), Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<ClassRecord> Store::createClass(const QString &name)
{
    const QString trimmed = cleanName(name);
    if (!isValidName(trimmed, m_lastError))
        return std::nullopt;
    const QString id = newId();
    const QString now = toIso({});
    const CoreError taken = failure(ErrorCode::NameTaken,
                                    QStringLiteral("a class named \"%1\" already exists").arg(trimmed),
                                    trimmed);
    // Checked inside the write transaction, so two instructors naming a class at once cannot
    // both pass; PostgreSQL's unique index on the folded name stands behind it.
    // Trainees who signed up with this class's name as their class code join it at once.
    const bool ok = inWriteTransaction(m_connection, m_lastError, [&] {
        if (classNamed(trimmed)) {
            m_lastError = taken;
            return false;
        }
        if (!query(m_connection,
                   QStringLiteral("INSERT INTO classes (id, name, bundle_key, created_at) VALUES (?, ?, ?, ?)"),
                   {id, text(trimmed), newClassKey(), now}, m_lastError)) {
            if (m_lastError.code == ErrorCode::AlreadyRecorded)
                m_lastError = taken;
            return false;
        }
        for (const Trainee &t : trainees())
            if (sameName(t.groupCode, trimmed)
                && !query(m_connection,
                          QStringLiteral("INSERT INTO class_members (class_id, trainee_id, added_at) VALUES (?, ?, ?)"),
                          {id, text(t.id), now}, m_lastError))
                return false;
        return true;
    });
    return ok ? classById(id) : std::nullopt;
}

QVector<ClassRecord> Store::classes() const
{
    return rows(m_connection,
                QStringLiteral("SELECT %1 FROM classes c ORDER BY c.name, c.id").arg(classColumns),
                {}, m_lastError, &classFrom);
}

std::optional<ClassRecord> Store::classById(const QString &classId) const
{
    const auto found = rows(m_connection,
                            QStringLiteral("SELECT %1 FROM classes c WHERE c.id = ?").arg(classColumns),
                            {text(classId)}, m_lastError, &classFrom);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<ClassRecord> Store::classNamed(const QString &name) const
{
    // SQL's lower() only folds ASCII; compare in Qt so "Lớp A" matches "LỚP A".
    const QString wanted = name.trimmed();
    for (const ClassRecord &c : classes())
        if (c.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

bool Store::deleteClass(const QString &classId)
{
    const auto changed = writeCommitted(m_connection,
                                        QStringLiteral("DELETE FROM classes WHERE id = ?"),
                                        {text(classId)}, m_lastError);
    return changed == 1;
}

bool Store::addToClass(const QString &classId, const QString &traineeId)
{
    return writeCommitted(m_connection,
                          QStringLiteral("INSERT INTO class_members (class_id, trainee_id, added_at)"
                                         " VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                          {text(classId), text(traineeId), toIso({})}, m_lastError)
            .has_value();
}

bool Store::removeFromClass(const QString &classId, const QString &traineeId)
{
    return writeCommitted(m_connection,
                          QStringLiteral("DELETE FROM class_members WHERE class_id = ?"
                                         " AND trainee_id = ?"),
                          {text(classId), text(traineeId)}, m_lastError)
            .has_value();
}

std::optional<int> Store::addNewTraineesToClass(const QString &classId, const QStringList &names)
{
    const auto target = classById(classId);
    if (!target) {
        m_lastError = failure(ErrorCode::StorageFailed, QStringLiteral("no class %1").arg(classId));
        return std::nullopt;
    }
    QSet<QString> taken;
    for (const Trainee &t : classMembers(classId))
        taken.insert(t.displayName.toCaseFolded());
    // A profile with the same name whose class code is this class (the trainee signed up
    // first) is that trainee: linked, not created again. The oldest such profile wins.
    QVector<Trainee> everyone = trainees();
    std::stable_sort(everyone.begin(), everyone.end(),
                     [](const Trainee &a, const Trainee &b) { return a.createdAt < b.createdAt; });
    QHash<QString, QString> signedUp;
    for (const Trainee &t : std::as_const(everyone))
        if (sameName(t.groupCode, target->name) && !taken.contains(t.displayName.toCaseFolded())
            && !signedUp.contains(t.displayName.toCaseFolded()))
            signedUp.insert(t.displayName.toCaseFolded(), t.id);
    QStringList fresh, linked;
    for (const QString &name : names) {
        const QString trimmed = cleanName(name);
        if (!isValidName(trimmed, m_lastError))
            return std::nullopt;
        const QString key = trimmed.toCaseFolded();
        if (taken.contains(key))
            continue;
        taken.insert(key);
        if (signedUp.contains(key))
            linked.append(signedUp.value(key));
        else
            fresh.append(trimmed);
    }
    const QString now = toIso({});
    const bool ok = inWriteTransaction(m_connection, m_lastError, [&] {
        for (const QString &id : std::as_const(linked))
            if (!query(m_connection,
                       QStringLiteral("INSERT INTO class_members (class_id, trainee_id, added_at) VALUES (?, ?, ?)"),
                       {text(classId), text(id), now}, m_lastError))
                return false;
        for (const QString &name : fresh) {
            const QString id = newId();
            if (!query(m_connection,
                       QStringLiteral("INSERT INTO trainees (id, display_name, group_code,"
                                      " created_at) VALUES (?, ?, ?, ?)"),
                       {id, text(name), text(target->name), now}, m_lastError)
                || !query(m_connection,
                          QStringLiteral("INSERT INTO class_members (class_id, trainee_id,"
                                         " added_at) VALUES (?, ?, ?)"),
                          {text(classId), id, now}, m_lastError))
                return false;
        }
        return true;
    });
    return ok ? std::optional(int(fresh.size() + linked.size())) : std::nullopt;
}

QVector<Trainee> Store::classMembers(const QString &classId) const
{
    return sortedByName(rows(m_connection,
                             QStringLiteral("SELECT t.id, t.display_name, t.group_code,"
                                            " t.created_at FROM trainees t JOIN class_members m"
                                            " ON m.trainee_id = t.id WHERE m.class_id = ?"),
                             {text(classId)}, m_lastError, &traineeFrom));
}

QVector<ClassRecord> Store::classesOf(const QString &traineeId) const
{
    return rows(m_connection,
                QStringLiteral("SELECT %1 FROM classes c JOIN class_members m"
                               " ON m.class_id = c.id WHERE m.trainee_id = ?"
                               " ORDER BY c.name, c.id").arg(classColumns),
                {text(traineeId)}, m_lastError, &classFrom);
}

std::optional<SessionRecord> Store::createSession(const QString &classId, const QString &title,
                                                  const QDate &heldOn,
                                                  const QStringList &moduleIds)
{
    const QString trimmed = cleanName(title);
    if (!isValidName(trimmed, m_lastError))
        return std::nullopt;
    if (!heldOn.isValid() || moduleIds.isEmpty()) {
        m_lastError = failure(ErrorCode::StorageFailed, QStringLiteral("a session needs a date and at least one module"));
        return std::nullopt;
    }
    for (const QString &module : moduleIds) {
        if (!isJoinableId(module)) {
            m_lastError = failure(ErrorCode::StorageFailed, QStringLiteral("invalid module id \"%1\"").arg(module));
            return std::nullopt;
        }
    }
    const QString id = newId();
    const bool ok = inWriteTransaction(m_connection, m_lastError, [&] {
        if (!query(m_connection,
                   QStringLiteral("INSERT INTO sessions (id, class_id, title, held_on, created_at)"
                                  " VALUES (?, ?, ?, ?, ?)"),
                   {id, text(classId), text(trimmed), heldOn.toString(Qt::ISODate), toIso({})},
                   m_lastError))
            return false;
        for (int i = 0; i < moduleIds.size(); ++i) {
            if (!query(m_connection,
                       QStringLiteral("INSERT INTO session_modules (session_id, module_id,"
                                      " position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                       {id, text(moduleIds.at(i)), i}, m_lastError))
                return false;
        }
        return true;
    });
    return ok ? session(id) : std::nullopt;
}

bool Store::deleteSession(const QString &sessionId)
{
    return writeCommitted(m_connection, QStringLiteral("DELETE FROM sessions WHERE id = ?"),
                          {text(sessionId)}, m_lastError)
            == 1;
}

namespace {

// Sessions matching `where` (on sessions s), newest first, each with its modules.
QVector<SessionRecord> sessionsWhere(const QString &connection, const QString &where,
                                     const QVariantList &values, CoreError &error)
{
    QVector<SessionRecord> found =
            rows(connection,
                 QStringLiteral("SELECT s.id, s.class_id, s.title, s.held_on, s.created_at"
                                " FROM sessions s WHERE %1"
                                " ORDER BY s.held_on DESC, s.created_at DESC").arg(where),
                 values, error, &sessionFrom);
    for (SessionRecord &s : found) {
        if (auto q = query(connection,
                           QStringLiteral("SELECT module_id FROM session_modules"
                                          " WHERE session_id = ? ORDER BY position"),
                           {s.id}, error))
            while (q->next())
                s.moduleIds.append(q->value(0).toString());
    }
    return found;
}

} // namespace

QVector<SessionRecord> Store::sessions(const QString &classId) const
{
    return sessionsWhere(m_connection, QStringLiteral("s.class_id = ?"), {text(classId)},
                         m_lastError);
}

std::optional<SessionRecord> Store::session(const QString &sessionId) const
{
    const auto found = sessionsWhere(m_connection, QStringLiteral("s.id = ?"),
                                     {text(sessionId)}, m_lastError);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<SessionRecord> Store::sessionsFor(const QString &traineeId) const
{
    return sessionsWhere(m_connection,
                         QStringLiteral("s.class_id IN (SELECT class_id FROM class_members"
                                        " WHERE trainee_id = ?)"),
                         {text(traineeId)}, m_lastError);
}

} // namespace khien
