// Store: each trainee's progress in one SQLite file (WAL, foreign keys, bound parameters) or
// in an organisation's PostgreSQL database (open() with a postgresql:// address).
// Every call that writes is one transaction (a use case's writes are one call, e.g.
// recordQuizStep()), committed before it returns, so nothing the trainee did is lost or
// half-written if the app or the machine dies. Failures are typed (lastFailure()). SQL that only SQLite understands
// lives in sqlitedialect.cpp; the SQL in store*.cpp is portable (it must also run on
// PostgreSQL). store.cpp: opening and migrating, trainees, lessons, settings;
// storeattempts.cpp: attempts, answers, decisions, grades; storemistakes.cpp: practice;
// storeclasses.cpp: classes and sessions.
#pragma once

#include "coreerror.h"
#include "storerecords.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace khien {

struct BundleTrainee;
struct BundleImportReport;

class Store
{
public:
    enum class OpenError {
        None,
        CannotOpen,     // file cannot be created/opened (permissions, missing folder, disk full)
        NotADatabase,   // the file exists but is not an SQLite database (left untouched)
        TooNew,         // schema version newer than this app knows (left untouched)
        MigrationFailed, // a migration step failed; rolled back, file unchanged
        NotWritable      // the file or its folder cannot be written (read-only folder or disk)
    };

    static constexpr int schemaVersion = 4;

    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens (creating if needed) and migrates the database at `path`: an SQLite file, or a
    // postgresql://user@host/db?sslmode=verify-full address (storeopenpg.cpp; no password in
    // it: PGPASSWORD, PGPASSFILE or setPassword()).
    [[nodiscard]] OpenError open(const QString &path);
    // The PostgreSQL password the next open() uses (asked for by the command line); it is
    // forgotten once open() returns and never appears in errors or logs.
    void setPassword(const QString &password) { m_password = password; }
    [[nodiscard]] bool isPostgres() const;
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString path() const { return m_path; }
    // Technical detail of the last failure (driver text), for logs.
    [[nodiscard]] QString lastError() const { return m_lastError.detail; }
    // The last failure as a value: what it was, to be put in the user's words by the UI.
    [[nodiscard]] CoreError lastFailure() const { return m_lastError; }
    // user_version of the open database (or of the file when open() said TooNew).
    [[nodiscard]] int fileSchemaVersion() const { return m_fileVersion; }

    // Trainees
    [[nodiscard]] std::optional<Trainee> createTrainee(const QString &displayName,
                                                       const QString &groupCode);
    [[nodiscard]] QVector<Trainee> trainees() const; // ordered by display name
    [[nodiscard]] std::optional<Trainee> trainee(const QString &id) const;

    // Lessons
    [[nodiscard]] bool markLessonRead(const QString &traineeId, const QString &moduleId,
                                      const QString &lessonId);
    [[nodiscard]] QSet<QString> lessonsRead(const QString &traineeId) const; // lesson ids

    // Quiz attempts, answers and scenario decisions
    // The new attempt's id. Refused when a question id in the order could not be stored.
    [[nodiscard]] std::optional<QString> startAttempt(const AttemptStart &start);
    // Same, with seed 0, practice mode and no stored question order.
    [[nodiscard]] std::optional<QString> startAttempt(const QString &traineeId,
                                                      const QString &moduleId,
                                                      const QString &quizId,
                                                      const QString &contentVersion,
                                                      const QString &language, int passPercent,
                                                      double maxScore);
    // One answer, committed durably before returning. A second answer to the same question
    // of the same attempt is refused (returns false).
    [[nodiscard]] bool recordAnswer(const AnswerRecord &answer);
    // One decision of a branching scenario. Refused when the attempt is missing or finished
    // (abandoned included), or when (attempt, question, seq) is already recorded.
    [[nodiscard]] bool recordDecision(const DecisionRecord &decision);
    // A decision, an answer and its practice outcome in one transaction: all are stored or
    // none (a retry of the same step then succeeds). Refused as recordAnswer() and
    // recordDecision() refuse; lastFailure() says why.
    [[nodiscard]] bool recordQuizStep(const QuizStep &step);
    // A new attempt in place of any unfinished one at the same quiz by the same trainee, which
    // is abandoned, in one transaction. The new attempt's id.
    [[nodiscard]] std::optional<QString> replaceUnfinishedAttempt(const AttemptStart &start);
    [[nodiscard]] bool finishAttempt(const QString &attemptId, bool passed);
    // Closes an unfinished attempt for good (finished, not passed, abandoned): it is no longer
    // offered for resumption and never counts as a grade.
    [[nodiscard]] bool abandonAttempt(const QString &attemptId);
    [[nodiscard]] QVector<AttemptRecord> attempts(const QString &traineeId) const; // newest first
    [[nodiscard]] std::optional<AttemptRecord> attempt(const QString &attemptId) const;
    // The newest attempt at `quizId` that is neither finished nor abandoned: the one to resume.
    [[nodiscard]] std::optional<AttemptRecord> unfinishedAttempt(const QString &traineeId,
                                                                 const QString &quizId) const;
    [[nodiscard]] QVector<AnswerRecord> answers(const QString &attemptId) const; // by position
    // By question, then seq.
    [[nodiscard]] QVector<DecisionRecord> decisions(const QString &attemptId) const;
    // Per module: lessons read and the grade `policy` picks among finished, not abandoned
    // attempts.
    [[nodiscard]] QHash<QString, ModuleProgress>
    progress(const QString &traineeId, GradePolicy policy = GradePolicy::Best) const;
    // The same for every trainee in `scope`: trainee id -> module id -> progress, in two
    // queries whatever the number of trainees.
    [[nodiscard]] QHash<QString, QHash<QString, ModuleProgress>> progressByTrainee(
            GradePolicy policy = GradePolicy::Best, const ProgressScope &scope = {}) const;

    // Classes and their dated sessions (storeclasses.cpp). Names are unique, 1..100
    // characters; a class gets a random results-bundle key when created, and every trainee
    // whose class code is its name (any case) joins it.
    [[nodiscard]] std::optional<ClassRecord> createClass(const QString &name);
    [[nodiscard]] QVector<ClassRecord> classes() const; // by name
    [[nodiscard]] std::optional<ClassRecord> classById(const QString &classId) const;
    // Case-insensitive, ignoring surrounding spaces.
    [[nodiscard]] std::optional<ClassRecord> classNamed(const QString &name) const;
    // Deletes the class and its sessions; its trainees and their results stay.
    [[nodiscard]] bool deleteClass(const QString &classId);
    [[nodiscard]] bool addToClass(const QString &classId, const QString &traineeId);
    [[nodiscard]] bool removeFromClass(const QString &classId, const QString &traineeId);
    // The named trainees made members of the class, in one transaction: all or none. A name
    // a member already has is skipped; a profile of that name whose class code is the class
    // (the trainee signed up first) is linked; anyone else gets a new profile (class code:
    // the class name). The number added, or nullopt (lastError says why).
    [[nodiscard]] std::optional<int> addNewTraineesToClass(const QString &classId,
                                                           const QStringList &names);
    [[nodiscard]] QVector<Trainee> classMembers(const QString &classId) const; // by name
    [[nodiscard]] QVector<ClassRecord> classesOf(const QString &traineeId) const;
    // Module ids must match [a-z0-9-]+; at least one.
    [[nodiscard]] std::optional<SessionRecord> createSession(const QString &classId,
                                                             const QString &title,
                                                             const QDate &heldOn,
                                                             const QStringList &moduleIds);
    [[nodiscard]] bool deleteSession(const QString &sessionId);
    [[nodiscard]] QVector<SessionRecord> sessions(const QString &classId) const; // newest first
    [[nodiscard]] std::optional<SessionRecord> session(const QString &sessionId) const;
    // Sessions of every class the trainee is in, newest first.
    [[nodiscard]] QVector<SessionRecord> sessionsFor(const QString &traineeId) const;

    // "Practise my mistakes": Leitner boxes (leitner.h), one row per question in the set.
    // Call after every answer to a question, in any quiz or practice; one transaction.
    [[nodiscard]] bool recordPracticeOutcome(const QString &traineeId, const QString &moduleId,
                                             const QString &quizId, const QString &questionId,
                                             bool correct, const QDateTime &now);
    // Questions due at `now` (due_at <= now), the longest overdue first.
    [[nodiscard]] QVector<MistakeRecord> dueMistakes(const QString &traineeId,
                                                     const QDateTime &now) const;
    [[nodiscard]] int dueMistakeCount(const QString &traineeId, const QDateTime &now) const;

    // Application settings (e.g. the chosen language)
    [[nodiscard]] QString setting(const QString &key, const QString &fallback = {}) const;
    [[nodiscard]] bool setSetting(const QString &key, const QString &value);
    // Read-modify-write of settings that holds across processes: `keys` are read inside one
    // write transaction (other writers wait for it), `change` gets their values (missing: empty)
    // and returns the settings to write, if any. The values read, or nullopt when the
    // database could not be read or written (nothing changed then).
    using SettingValues = QHash<QString, QString>;
    [[nodiscard]] std::optional<SettingValues>
    updateSettings(const QStringList &keys,
                   const std::function<SettingValues(const SettingValues &)> &change);

    // Results bundles (storebundle.cpp): adds what the store does not have yet, in one write
    // transaction (all or nothing; importing the same bundle again adds nothing): trainees,
    // attempts with answers and decisions (one already here with other content is kept beside
    // it under a derived id), lessons read (the earlier first reading wins), and makes every
    // trainee a member of class `classId`. Counts go to `report`; false with `error` set when
    // it was rolled back.
    [[nodiscard]] bool mergeBundle(const QVector<BundleTrainee> &trainees, const QString &classId,
                                   BundleImportReport &report, QString &error);
    // Every lesson reading, by trainee, then time; nullopt when it could not be read.
    [[nodiscard]] std::optional<QVector<LessonRead>> lessonReadings() const;

    // Everything in the SQLite file at `path` (a room's database, schema as this app's) that
    // this store lacks, in one write transaction: all or nothing, and run twice adds nothing
    // (rows already here are kept as they are). The number of rows added, or nullopt
    // (lastFailure(); NameTaken when a class of the file has a name taken here by another).
    [[nodiscard]] std::optional<int> copyFromSqlite(const QString &path);

private:
    [[nodiscard]] OpenError openPostgres(const QString &url);
    // The statements of the writes above, for use inside a write transaction.
    [[nodiscard]] bool insertAttempt(const QString &id, const AttemptStart &start);
    [[nodiscard]] bool insertAnswer(const AnswerRecord &answer);
    [[nodiscard]] bool insertDecision(const DecisionRecord &decision);
    [[nodiscard]] bool updatePractice(const PracticeOutcome &outcome);

    QString m_connection;
    QString m_path;
    QString m_password;
    mutable CoreError m_lastError;
    int m_fileVersion = 0;
};

} // namespace khien
