-- Schema version 1: the DDL that migrationStatements(1) printed at commit 19a0afc (the last
-- one before schema 2), then one trainee's data in the form the version-1 store wrote it.
-- Rebuild: rm -f v1-sample.sqlite && sqlite3 v1-sample.sqlite < v1-sample.sql
BEGIN;
CREATE TABLE trainees ( id TEXT PRIMARY KEY, display_name TEXT NOT NULL, group_code TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL);
CREATE TABLE lesson_progress ( trainee_id TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE, module_id TEXT NOT NULL, lesson_id TEXT NOT NULL, first_read_at TEXT NOT NULL, PRIMARY KEY (trainee_id, lesson_id));
CREATE TABLE quiz_attempts ( id TEXT PRIMARY KEY, trainee_id TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE, module_id TEXT NOT NULL, quiz_id TEXT NOT NULL, content_version TEXT NOT NULL, language TEXT NOT NULL, pass_percent INTEGER NOT NULL, max_score REAL NOT NULL, started_at TEXT NOT NULL, finished_at TEXT NULL, passed INTEGER NULL);
CREATE INDEX quiz_attempts_trainee ON quiz_attempts (trainee_id);
CREATE TABLE answers ( attempt_id TEXT NOT NULL  REFERENCES quiz_attempts(id) ON DELETE CASCADE, question_id TEXT NOT NULL, question_type TEXT NOT NULL, chosen TEXT NOT NULL, correct INTEGER NOT NULL, points REAL NOT NULL, max_points REAL NOT NULL, time_taken_ms INTEGER NOT NULL, language TEXT NOT NULL, content_version TEXT NOT NULL, answered_at TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (attempt_id, question_id));
CREATE TABLE settings ( key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO trainees VALUES ('5f0c1e52-7a43-4b8e-9d2f-0c6a1b2d3e4f', 'Nguyễn Thị Ánh', '10A1',
    '2026-09-07T08:00:00.000Z');
INSERT INTO lesson_progress VALUES ('5f0c1e52-7a43-4b8e-9d2f-0c6a1b2d3e4f', 'phishing',
    'phishing-intro', '2026-09-07T08:05:00.000Z');
INSERT INTO quiz_attempts VALUES ('a7d3c2b1-0e9f-4a8b-8c7d-6e5f4a3b2c1d',
    '5f0c1e52-7a43-4b8e-9d2f-0c6a1b2d3e4f', 'phishing', 'phishing-quiz', '1.0.0', 'vi', 70, 2.0,
    '2026-09-07T08:10:00.000Z', '2026-09-07T08:12:30.000Z', 1);
INSERT INTO answers VALUES ('a7d3c2b1-0e9f-4a8b-8c7d-6e5f4a3b2c1d', 'phish-1', 'single', 'b', 1,
    1.0, 1.0, 4200, 'vi', '1.0.0', '2026-09-07T08:11:00.000Z', 0);
INSERT INTO answers VALUES ('a7d3c2b1-0e9f-4a8b-8c7d-6e5f4a3b2c1d', 'phish-2', 'multiple', 'a,c',
    0, 0.5, 1.0, 9100, 'vi', '1.0.0', '2026-09-07T08:12:20.000Z', 1);
INSERT INTO settings VALUES ('language', 'en');
PRAGMA user_version = 1;
COMMIT;
VACUUM;
