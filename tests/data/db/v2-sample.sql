-- Schema version 2: the version-1 DDL of v1-sample.sql, then the DDL that
-- migrationStatements(2) printed at commit c275e10 (the last one before schema 3), then one
-- trainee's data in the form the version-2 store wrote it: a finished exam attempt with a
-- scenario's decisions, an interrupted practice attempt, a practice-set question.
-- Rebuild: rm -f v2-sample.sqlite && sqlite3 v2-sample.sqlite < v2-sample.sql
BEGIN;
CREATE TABLE trainees ( id TEXT PRIMARY KEY, display_name TEXT NOT NULL, group_code TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL);
CREATE TABLE lesson_progress ( trainee_id TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE, module_id TEXT NOT NULL, lesson_id TEXT NOT NULL, first_read_at TEXT NOT NULL, PRIMARY KEY (trainee_id, lesson_id));
CREATE TABLE quiz_attempts ( id TEXT PRIMARY KEY, trainee_id TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE, module_id TEXT NOT NULL, quiz_id TEXT NOT NULL, content_version TEXT NOT NULL, language TEXT NOT NULL, pass_percent INTEGER NOT NULL, max_score REAL NOT NULL, started_at TEXT NOT NULL, finished_at TEXT NULL, passed INTEGER NULL);
CREATE INDEX quiz_attempts_trainee ON quiz_attempts (trainee_id);
CREATE TABLE answers ( attempt_id TEXT NOT NULL  REFERENCES quiz_attempts(id) ON DELETE CASCADE, question_id TEXT NOT NULL, question_type TEXT NOT NULL, chosen TEXT NOT NULL, correct INTEGER NOT NULL, points REAL NOT NULL, max_points REAL NOT NULL, time_taken_ms INTEGER NOT NULL, language TEXT NOT NULL, content_version TEXT NOT NULL, answered_at TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (attempt_id, question_id));
CREATE TABLE settings ( key TEXT PRIMARY KEY, value TEXT NOT NULL);
ALTER TABLE quiz_attempts ADD COLUMN seed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quiz_attempts ADD COLUMN mode TEXT NOT NULL DEFAULT 'practice';
ALTER TABLE quiz_attempts ADD COLUMN question_order TEXT NOT NULL DEFAULT '';
ALTER TABLE quiz_attempts ADD COLUMN abandoned INTEGER NOT NULL DEFAULT 0;
CREATE TABLE decisions ( attempt_id TEXT NOT NULL  REFERENCES quiz_attempts(id) ON DELETE CASCADE, question_id TEXT NOT NULL, seq INTEGER NOT NULL, step_id TEXT NOT NULL, choice_id TEXT NOT NULL, points REAL NOT NULL, decided_at TEXT NOT NULL, PRIMARY KEY (attempt_id, question_id, seq));
CREATE TABLE mistakes ( trainee_id TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE, module_id TEXT NOT NULL, quiz_id TEXT NOT NULL, question_id TEXT NOT NULL, box INTEGER NOT NULL, due_at TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (trainee_id, quiz_id, question_id));
CREATE INDEX mistakes_due ON mistakes (trainee_id, due_at);
INSERT INTO trainees VALUES ('5f0c1e52-7a43-4b8e-9d2f-0c6a1b2d3e4f', 'Trần Văn Bảo', 'Lớp 10A1', '2026-10-01T07:30:00.000Z');
INSERT INTO quiz_attempts VALUES ('b8e4d3c2-1f0a-4b9c-9d8e-7f6a5b4c3d2e', '5f0c1e52-7a43-4b8e-9d2f-0c6a1b2d3e4f', 'incident', 'incident-quiz', '1.1.0', 'vi', 70, 4.0,
    '2026-10-01T08:00:00.000Z', '2026-10-01T08:09:00.000Z', 0, 42, 'exam', 'inc-1,inc-2,inc-3', 0);
INSERT INTO answers VALUES ('b8e4d3c2-1f0a-4b9c-9d8e-7f6a5b4c3d2e', 'inc-1', 'single', 'b', 1, 1.0, 1.0, 5000, 'vi', '1.1.0', '2026-10-01T08:02:00.000Z', 0);
INSERT INTO answers VALUES ('b8e4d3c2-1f0a-4b9c-9d8e-7f6a5b4c3d2e', 'inc-2', 'scenario', '', 0, 0.5, 2.0, 30000, 'vi', '1.1.0', '2026-10-01T08:06:00.000Z', 1);
INSERT INTO answers VALUES ('b8e4d3c2-1f0a-4b9c-9d8e-7f6a5b4c3d2e', 'inc-3', 'truefalse', 'false', 0, 0.0, 1.0, 2500, 'vi', '1.1.0', '2026-10-01T08:08:00.000Z', 2);
INSERT INTO decisions VALUES ('b8e4d3c2-1f0a-4b9c-9d8e-7f6a5b4c3d2e', 'inc-2', 0, 'start', 'unplug', 0.5, '2026-10-01T08:04:00.000Z');
INSERT INTO decisions VALUES ('b8e4d3c2-1f0a-4b9c-9d8e-7f6a5b4c3d2e', 'inc-2', 1, 'after-unplug', 'pay', 0.0, '2026-10-01T08:05:30.000Z');
INSERT INTO quiz_attempts VALUES ('c9f5e4d3-2a1b-4c0d-8e9f-8a7b6c5d4e3f', '5f0c1e52-7a43-4b8e-9d2f-0c6a1b2d3e4f', 'incident', 'incident-quiz', '1.1.0', 'vi', 70, 4.0,
    '2026-10-02T08:00:00.000Z', NULL, NULL, 7, 'practice', 'inc-3,inc-1,inc-2', 0);
INSERT INTO answers VALUES ('c9f5e4d3-2a1b-4c0d-8e9f-8a7b6c5d4e3f', 'inc-3', 'truefalse', 'true', 1, 1.0, 1.0, 1200, 'vi', '1.1.0', '2026-10-02T08:01:00.000Z', 0);
INSERT INTO mistakes VALUES ('5f0c1e52-7a43-4b8e-9d2f-0c6a1b2d3e4f', 'incident', 'incident-quiz', 'inc-3', 1, '2026-10-02T08:08:00.000Z', '2026-10-01T08:08:00.000Z');
INSERT INTO settings VALUES ('language', 'vi');
PRAGMA user_version = 2;
COMMIT;
VACUUM;
