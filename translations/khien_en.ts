<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnswerFeedback</name>
    <message>
        <source>%1 (%2% of the point)</source>
        <extracomment>%1 an accepted answer, %2 the share of the point it earns, in percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerOption</name>
    <message>
        <source>Correct — your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice — not right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Please enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson is not in the loaded content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson cannot be shown:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You put it at place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your match: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported into the module &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n question imported into the module &quot;%1&quot;.</numerusform>
            <numerusform>%n questions imported into the module &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions are imported in instructor mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters); it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class code is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You typed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings could not be saved; they apply only until the next sign-in or sign-out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe online, ready to respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave instructor mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display settings: text size, contrast, motion, read aloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsCard</name>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress file is replaced by the backup of %1: what was recorded after it (answers, profiles, classes) is no longer shown. The current file is kept beside it (.before-restore). Instructor mode locks afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of each session Khiên keeps a complete copy of this computer&apos;s progress file (the last 7, in %1). To take the progress file elsewhere, copy one of these backups: never copy the .sqlite file alone while Khiên runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassMembersTab</name>
    <message>
        <source>Choose a class list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose results bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>%n trainee</numerusform>
            <numerusform>%n trainees</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name per line. Trainees can also join by typing the class name as their class code when they create a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of the trainees to add, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results from the room&apos;s computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results bundles from the room&apos;s computers are signed with this key. Type it on each computer when exporting its results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import results bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the class?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainee keeps their profile and every result, and can be added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the trainee list…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassPage</name>
    <message>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the class “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class, its sessions and its key are deleted. Its trainees keep their profiles and every result; they can be added to another class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassSessionsTab</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, e.g. Buổi 1 – Nhận diện lừa đảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (year-month-day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules the session assigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is one lesson day: a title, a date and the modules to do. Trainees of the class see it on their home page. There is no session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the first session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>check-content: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-gift needs FILE, --lang and --module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset-instructor: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instructor passphrase is set in %1; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instructor passphrase was removed from %1. Trainees&apos; data is unchanged; the next instructor sets a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --format csv|answers-csv|xapi|pdf|certificate and --out PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export --format certificate needs exactly one --trainee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: there is no database at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: there is no class &quot;%1&quot; on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle needs export or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no database at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle export: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle export needs --key KEY and --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle import: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle import needs --class NAME_OR_ID and at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle import: there is no class &quot;%1&quot; (classes here: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused, nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported into the class &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  trainees added: %1, joined the class: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  attempts added: %1, already there: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  lessons added: %1, already there: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: there is no session &quot;%1&quot; on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle: results written to %2 (trainees: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle files imported: %1 of %2; refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-content: --as-of needs a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the database %1 is damaged, so the export would be incomplete (%2). Restore a backup: khien db backups, then khien db restore FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db %1: unexpected argument &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db %1 needs FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db check: cannot check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sound (SQLite integrity check passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DAMAGED. SQLite reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup: khien db backups, then khien db restore FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written: a complete copy of %2 (no -wal file needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups of %1 yet (they go in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1 questions (%2) into %3, %4 skipped, %5 warnings</source>
        <extracomment>%1 count, %2 count by type, %3 the module file, %4 skipped, %5 warnings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-moodle needs FILE and --module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pack has a module &quot;%1&quot; (looked in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-moodle: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-moodle needs --module, --format xml|gift and --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-moodle: the language must be vi or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-moodle: the module has no question Moodle can hold; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-moodle: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 questions to %2, %3 left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db %1: the database is the organisation&apos;s PostgreSQL database, managed by its IT: use pg_dump and pg_restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db needs check, backup FILE, restore FILE, backups or copy --to URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db copy needs --to postgresql://USER@HOST/DATABASE and an SQLite file as --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db copy: there is no database at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: %1 is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy: %1 already holds everything in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied from %1 to %2.</source>
        <translation>
            <numerusform>%n row copied from %1 to %2.</numerusform>
            <numerusform>%n rows copied from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage:
  khien [--db PATH]                      start the app
  khien check-content [--json] [--strict] [--as-of YYYY-MM-DD] [DIR]
                                         validate a content pack (default: the shipped one);
                                         --strict adds the shipped course&apos;s quality rules;
                                         content past its review-by date is an error as of
                                         --as-of, a warning (exit code unchanged) without it
  khien import-gift FILE --lang vi|en --module ID [--pack DIR]
                                         import a Moodle GIFT question bank into a user pack
                                         (default DIR: &lt;data folder&gt;/packs/gift-import)
  khien import-moodle FILE --module ID [--lang vi|en] [--pack DIR]
                                         import a Moodle XML question bank the same way
                                         (default language: vi)
  khien export-moodle --module ID --format xml|gift --out PATH [--lang vi|en] [--pack DIR]
                                         write a module&apos;s questions as a Moodle question bank
                                         (shipped or imported; default language: vi)
  khien export --format csv|answers-csv|xapi|pdf|certificate --out PATH
               [--class NAME_OR_ID] [--session ID] [--trainee ID]... [--separator &apos;;&apos;]
               [--issuer TEXT] [--db PATH]
                                         scores of a class, a session or chosen trainees
                                         (everyone on this PC by default); pdf: the class
                                         report; certificate: one trainee&apos;s, with --trainee
  khien bundle export --key KEY --out FILE [--trainee ID]... [--db PATH]
                                         results bundle for the instructor&apos;s PC (all trainees by default)
  khien bundle import --class NAME_OR_ID FILE... [--db PATH]
                                         merge results bundles into a class; each file all or nothing
  khien live-host --db PATH --class NAME --module ID [--mode paced|self] [--listen ADDRESS]
                  [--port N] [--max N] | --db PATH --resume
                                         host a live session without a window (stdin: next,
                                         reveal, stop); prints its address and code
  khien db copy --to URL [--db PATH]     copy a room&apos;s SQLite file into the organisation&apos;s
                                         PostgreSQL database (all or nothing; again: adds nothing)
  khien db check [--db PATH]             SQLite&apos;s full integrity check (exit 1: damaged)
  khien db backup FILE [--db PATH]       one self-contained copy of the database (safe while
                                         the app runs; no -wal file needed)
  khien db backups [--db PATH]           list the automatic backups
  khien db restore FILE [--db PATH]      replace the database with a backup (checked first;
                                         the current one is kept as &lt;name&gt;.before-restore)
  khien reset-instructor [--db PATH]     remove a forgotten instructor passphrase (all
                                         trainee data stays); the next instructor sets a new one
  khien paths                            show where the database and extra packs are
  khien --version | --help

Environment: KHIEN_DB sets the database file or postgresql:// address (--db wins).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset-instructor: there is no database at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset-instructor: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentLoader</name>
    <message>
        <source>the module has no &lt;objective&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source url must start with https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source&apos;s read date must be YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson &quot;%1&quot; lists no &lt;source&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; on &lt;body&gt;: use &quot;vi&quot; or &quot;en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;body lang=&quot;%1&quot;&gt; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a module has at most one &lt;quiz&gt; (module on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passPercent must be a whole number from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quiz has no &lt;question&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a truefalse question needs answer=&quot;true&quot; or answer=&quot;false&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only truefalse questions take an answer attribute; mark options with correct=&quot;true&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct must be &quot;true&quot; or &quot;false&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truefalse options have no &lt;text&gt;: the app labels them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &quot;%1&quot; needs at least two options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single-choice question &quot;%1&quot; must have exactly one correct option, it has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multiple-choice question &quot;%1&quot; has no correct option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truefalse question &quot;%1&quot; needs exactly the options &quot;true&quot; and &quot;false&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content format &quot;%1&quot; is not supported by this version of Khiên (it reads format 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course lists no &lt;module&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &quot;%1&quot; in %2 is already used in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no &lt;%1&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &lt;%1&gt; as the first element, found &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown attribute &quot;%1&quot; on &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; needs the attribute &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid id &quot;%1&quot;: use a-z, 0-9 and - only, at most 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; on &lt;%2&gt;: use &quot;vi&quot; or &quot;en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1 lang=&quot;%2&quot;&gt; appears twice (first on line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1 lang=&quot;%2&quot;&gt; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no Vietnamese text (lang=&quot;vi&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no English text (lang=&quot;en&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw HTML is not allowed in lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the lesson text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pack with the id &quot;%1&quot; is already loaded; this one is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module &quot;%1&quot; (or one of its lesson or quiz ids) is already loaded from another pack; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question id &quot;%1&quot; is used twice in this quiz (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shuffle must be &quot;true&quot; or &quot;false&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode must be &quot;practice&quot; or &quot;exam&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeLimitMinutes must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeLimitMinutes is for exam mode only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario question needs start=&quot;&lt;first step id&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only scenario questions take a start attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot; is listed twice in question &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 id &quot;%2&quot; is used twice in question &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redflags question has one &lt;mock&gt; (the first is on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mock kind &quot;%1&quot;: use sms, email, chat, web or call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of a %1 mock has one of the roles %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mock has no &lt;part&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flag names part &quot;%1&quot;, which is not in the mock of question &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part &quot;%1&quot; is flagged twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome must be good, mixed or bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is used twice in scenario &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordering question &quot;%1&quot; needs at least three items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matching question &quot;%1&quot; needs at least three pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redflags question &quot;%1&quot; has no &lt;mock&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redflags question &quot;%1&quot; has no &lt;flag&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; has no &lt;step&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: no path earns any points, so it cannot be scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: start step &quot;%2&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; starts at an ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &quot;%1&quot; has both choices and routes; use one or the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice &quot;%1&quot; leads to &quot;%2&quot;, which is not a step or ending of this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a route of step &quot;%1&quot; leads to &quot;%2&quot;, which is not a step or ending of this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last route of step &quot;%1&quot; must have no minPoints, so every trainee can go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from step &quot;%1&quot; no ending can be reached (a loop without exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be reached from the start step &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1 lang=&quot;%2&quot;&gt; contains an HTML tag; texts are plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &quot;%1&quot; is a dead end: it has no &lt;choice&gt; or &lt;route&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the module has neither a &lt;lesson&gt; nor a &lt;quiz&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a course has at most one &lt;glossary&gt; (the first is on line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; in languages: use &quot;vi&quot;, &quot;en&quot; or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages names no language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glossary term &quot;%1&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Vietnamese text has no diacritics (untranslated?): &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Vietnamese (%2 characters) and English (%3) texts differ too much in length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Vietnamese lesson has no diacritics (untranslated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module &quot;%1&quot;: its lessons have %2 words in %3; the course needs %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module &quot;%1&quot; has no quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module &quot;%1&quot;: its quiz has %2 questions of %3 types; the course needs at least %4 questions of %5 types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &quot;%1&quot;, &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link &quot;%1&quot; is neither a web address nor a file in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a link to a file outside the pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a module has at most %1 lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quiz has at most %1 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pack has at most %1 modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 on this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;!DOCTYPE&gt; (DTD) is not allowed in content files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not allowed inside a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1 lang=&quot;%2&quot;&gt; contains the invisible character U+%3, which can disguise text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source&apos;s title, publisher and url must be plain text without invisible characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has more than %2 options, items, pairs or parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; has more than %2 steps and endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; has too many different paths to score (more than %2 step and point combinations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &quot;%1&quot; leads back to a step already on the way to it; a scenario may not loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invisible character U+%1 is not allowed, it can disguise text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson text is larger than %1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson text is not valid UTF-8 on this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; is not a file in the lesson&apos;s folder (images are never loaded from the web)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entity &amp;%1; (only &amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;apos; and character references are allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;</source>
        <extracomment>%1 is the attribute, e.g. review-by</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid name &quot;%2&quot; in %1: use a-z, 0-9 and - only, at most 64 characters</source>
        <extracomment>%1 is the attribute (sets, ifSet, after...), %2 the name found in it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot; comes after &quot;%2&quot;, which is not an item listed before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last route of step &quot;%1&quot; must have no condition (minPoints, ifSet, ifNotSet), so every trainee can go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality must be good, risky or bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the route tests fact &quot;%1&quot; both set and not set, so it is never taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; sets more than %2 different facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a route of step &quot;%1&quot; tests fact &quot;%2&quot;, which no choice of this scenario sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; gives a quality to some choices but not to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: the path %2 makes a bad choice yet reaches &quot;%3&quot;, whose outcome is good</source>
        <extracomment>%2 is a list of choice ids, e.g. &quot;deny &gt; hang-up &gt; keep-quiet&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot;: the path %2 makes only good choices yet reaches &quot;%3&quot;, whose outcome is bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was to be reviewed by %2 (checked as of %3): check its facts and move the date</source>
        <extracomment>%1 is what (a lesson, a question, a source), %2 and %3 dates YYYY-MM-DD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glossary term &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says &quot;%2&quot;: the glossary says to write &quot;%3&quot;</source>
        <extracomment>%1 is where (a question, a lesson...), %2 the variant found, %3 the wording the glossary prefers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiz &quot;%1&quot; (%2): the right option is the longest in %3 of its %4 choice questions; balance the option lengths</source>
        <extracomment>%1 quiz id, %2 language code (vi, en), %3 and %4 counts of questions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; on &lt;avoid&gt;: use &quot;vi&quot; or &quot;en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;avoid&gt; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &quot;%1&quot; gives its choices no quality (quality=&quot;good&quot;, &quot;risky&quot; or &quot;bad&quot;), so its endings cannot be checked against the paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the icon attribute is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the icon &quot;%1&quot; is not an .svg file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the icon is larger than %1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the icon &quot;%1&quot; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the icon is not an SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the icon refers to a file or a web address; icons must hold everything they show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the icon contains a &lt;%1&gt; element, which icons may not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown question type &quot;%1&quot;: use single, multiple, truefalse, ordering, matching, redflags, scenario, shortanswer, numeric or missingword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only shortanswer questions take diacritics and case attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diacritics must be &quot;required&quot; or &quot;optional&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case must be &quot;sensitive&quot; or &quot;insensitive&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fraction must be a number from 1 to 100 (the share of the point, in percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value must be a decimal number written with &apos;.&apos; (such as 156 or -2.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tolerance must be a number of 0 or more written with &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no &lt;answer&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no answer with fraction=&quot;100&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer &quot;%1&quot; of question &quot;%2&quot; has no letter or digit to compare</source>
        <extracomment>%1 the answer id, %2 the question id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no &lt;explain&gt; for %2: trainees will see no explanation</source>
        <extracomment>%1 question id, %2 the ids of its options, answers, items or pairs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentProblemsNotice</name>
    <message>
        <source>Some course content could not be loaded and is not shown:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module (Vietnamese)</source>
        <extracomment>Column: the module&apos;s title in Vietnamese</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module (English)</source>
        <extracomment>Column: the module&apos;s title in English</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <extracomment>Column: finished attempts at the module&apos;s quiz</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade (%)</source>
        <extracomment>Column: the recorded grade, in percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <extracomment>Column: milliseconds the trainee took to answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered at (UTC)</source>
        <extracomment>Column: date and time of the answer, ISO 8601 in UTC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (min)</source>
        <extracomment>Column: minutes spent answering the module&apos;s quiz</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>A cell of the &quot;Passed&quot; and &quot;Correct&quot; columns, in the language of the headers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <extracomment>A cell of the &quot;Passed&quot; and &quot;Correct&quot; columns, in the language of the headers</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter trainees by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a column title to sort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>No trainees to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1/%n lesson(s)</source>
        <translation>
            <numerusform>%1/%n lesson</numerusform>
            <numerusform>%1/%n lessons</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCare</name>
    <message>
        <source>Khiên found damage in the progress file %1: some results may be missing from lists and exports. Ask the instructor to restore a backup (instructor mode, Backups). SQLite reports: %2</source>
        <extracomment>%1 is the database file, %2 what SQLite found</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the instructor can restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress file was restored from the backup of %1. The file as it was is kept as %2.</source>
        <extracomment>%1 is the date of the backup, %2 the file the previous database is kept in</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplaySettingsDialog</name>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for %1 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s default, used when no trainee is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: check who really sent a message before you open its link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system&apos;s text size (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast: black text on white, strong outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No motion: pages and dialogs appear without sliding or fading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-aloud buttons on lessons and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-aloud buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written (read-only folder, disk or permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the database: wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged: ask the instructor to restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be written just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; cannot be saved.</source>
        <extracomment>%1 is an id from the course content</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a possible answer to question &quot;%1&quot;.</source>
        <extracomment>%1 is the question&apos;s id in the course content</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not passed any module yet: there is nothing to certify.</source>
        <extracomment>%1 is the trainee&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is the file, %2 the system&apos;s reason (e.g. &quot;No space left on device&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw the PDF %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class named &quot;%1&quot; already exists.</source>
        <extracomment>%1 is the class name the instructor typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is from another version of Khiên. Open it once with this version (an older file is upgraded then), or update Khiên, and try again.</source>
        <extracomment>%1 is a database file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <extracomment>Followed by the database&apos;s or the system&apos;s own message, which is in English</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Khiên database. It has been left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Khiên (format %2; this version reads up to %3). It has been left untouched: update Khiên to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be used because its file or its folder cannot be written (read-only folder, disk or permissions). Khiên needs to write beside the database. The file has been left untouched.</source>
        <extracomment>%1 is the database file; SQLite writes its journal files beside it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded and has been left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>Save the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session chosen on the dashboard: its modules, every trainee of the class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every module, every trainee of the class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores (CSV, one row per trainee and module)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xAPI statements (JSON, for a learning record store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class report (PDF, tables and charts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate cells with “;” (Excel where the decimal mark is a comma, as in Vietnamese Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>Replace “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name is already in the folder “%1”. Replacing it overwrites what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the folder above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folders here, and no files of this type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) chosen</source>
        <translation>
            <numerusform>%n file chosen</numerusform>
            <numerusform>%n files chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileFlow</name>
    <message>
        <source>The file was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name is already in the folder “%1”. Replacing it overwrites what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesHelper</name>
    <message>
        <source>scores</source>
        <extracomment>Part of a proposed file name (&quot;Lop-10A1-diem-2026-12-03.csv&quot;); accents are removed from it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <extracomment>Part of a proposed file name: every answer of a class; accents are removed from it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <extracomment>Part of a proposed file name: the class report (PDF); accents are removed from it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <extracomment>Part of a proposed file name, after the trainee&apos;s name; accents are removed from it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results</source>
        <extracomment>Part of a proposed file name, before the computer&apos;s name; accents are removed from it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results bundles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class lists (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name cannot contain / \ : * ? &quot; &lt; &gt; | (they separate folders or are reserved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name is too long. Type a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder. Type another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khiên cannot save in the folder “%1”: it is read-only or you may not write there. Choose another folder, for example Documents or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only. Type another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive: %1</source>
        <extracomment>A USB stick or other drive in the places of the file dialog; %1 is its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moodle question banks, GIFT or XML (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftImport</name>
    <message>
        <source>no answer block { … }: a description, which Khiên does not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>essay question: not a type Khiên can play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no right answer (no = and no positive weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a matching question needs at least three pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer block { opened on line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a } closes an answer block that was never opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer block { holds another {; escape it as \{</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer block has no answer starting with = or ~</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numeric answer &quot;%1&quot; is not a number, number:tolerance or low..high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8; save the file as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftImportPage</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. phishing-bank (a-z, 0-9, -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import questions from Moodle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a GIFT or Moodle XML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import questions from Moodle (GIFT or XML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice, true/false, matching, ordering, short-answer, numeric and missing-word questions are imported; essays, descriptions, cloze, calculated and drag-and-drop questions are listed and skipped. An answer without feedback is imported with an empty explanation. Nothing is written unless the whole module loads. Import the same bank in the other language, with the same titles or ID numbers, to add that language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported, with warnings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, e.g. OTP, lừa đảo, lua dao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No term matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loaded courses have no glossary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>My history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz attempts, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% · passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% · not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted · %1 of %2 answered (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded grade per module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best attempt</source>
        <extracomment>The instructor chooses this on the instructor home page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review this attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed unfinished · %1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quiz you take is kept here with its score, so you can review your answers later. You have not taken a quiz yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a module</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a module. Read its lesson, then test yourself with the quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) you missed are due for practice today.</source>
        <translation>
            <numerusform>%n question you missed is due for practice today.</numerusform>
            <numerusform>%n questions you missed are due for practice today.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practise my mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In class? Answer the instructor&apos;s live questions from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a live session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructorController</name>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instructor passphrase is set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock instructor mode first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a class first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trainee was added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s) added.</source>
        <translation>
            <numerusform>%n trainee added.</numerusform>
            <numerusform>%n trainees added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) already in the class were skipped.</source>
        <translation>
            <numerusform>%n name already in the class was skipped.</numerusform>
            <numerusform>%n names already in the class were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter at least one name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the session a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date must be written as year-month-day, for example 2026-11-23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one module for the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not passed any module yet: there is nothing to certify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the results of %n trainee(s) in %1</source>
        <translation>
            <numerusform>Saved the results of %n trainee in %1</numerusform>
            <numerusform>Saved the results of %n trainees in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: refused, nothing was changed: %2</source>
        <extracomment>%1 is a file name, %2 why it was refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a class name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue) · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>The try could not be recorded in the database, so the passphrase was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not checked: wait until the countdown ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class has no trainees yet: there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the class has answered a quiz yet: there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no trainees on this computer yet: there is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: trainees new on this PC: %2, joined the class: %3; attempts added: %4, already on this PC: %5; lessons read added: %6; conflicts kept side by side: %7</source>
        <extracomment>%1 is a file name; then counts of what the results bundle added. A trainee already on this PC is not new but may still join the class.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructorGatePage</name>
    <message>
        <source>Instructor mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the instructor passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructor mode shows every trainee&apos;s results on this computer. Choose a passphrase of at least %1 characters that trainees cannot guess, for example a short sentence. Only a salted, slow hash of it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the instructor passphrase. Trainees cannot open these screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set passphrase and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten passphrase? Whoever administers this computer can remove it with the command “khien reset-instructor”; all trainee data stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong tries. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong tries. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructorHomePage</name>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this computer&apos;s results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>%n trainee</numerusform>
            <numerusform>%n trainees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Open class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New class, e.g. Lớp 10A1 – An toàn thông tin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector mode shows a lesson or a quiz in large type, step by step, and reveals the answers when you choose. No trainee data is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this computer&apos;s results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a computer in the room: type the class key shown on the instructor&apos;s computer (class page, Trainees) and save every trainee&apos;s results here as one file, e.g. on a USB stick. Import it on the instructor&apos;s computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save results bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase (at least %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course settings for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded grade per module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded grade per module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These facts may have changed (an end of support, a decree, a hotline). Check them before teaching, or tell whoever maintains the course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class gathers the trainees you teach together, with their sessions, results and reports. There is no class yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import questions from Moodle (GIFT or XML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live session was interrupted when Khiên closed. Open Live session to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live session…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructorTraineePage</name>
    <message>
        <source>Save the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by (organisation or instructor, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save certificate (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemAnalysisTab</name>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1% right (%n trainee(s))</source>
        <translation>
            <numerusform>%1% right (%n trainee)</numerusform>
            <numerusform>%1% right (%n trainees)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrimination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrimination: too few trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Most chosen wrong answer (%n trainee(s)): %1</source>
        <translation>
            <numerusform>Most chosen wrong answer (%n trainee): %1</numerusform>
            <numerusform>Most chosen wrong answer (%n trainees): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Discrimination: how much more often the strongest 27% of trainees got the question right than the weakest 27% (−1 to 1). Below %1, the question does not tell them apart; below 0, check it for a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once trainees of this class answer this module&apos;s quiz, each question shows here: how many got it right and which wrong answer drew them. No answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a session with this module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most common wrong answers (trainees): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardHelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next / previous control. The control with the keyboard focus has an orange frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the framed button; choose or clear an answer; mark or unmark a warning sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the framed button. In a quiz: check the answer, then go to the next question. Enter never leaves a quiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ ← →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the answers of a question and the rows of a list; scroll a lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+↑ / Ctrl+↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the framed step up or down (questions that ask for an order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up / Page Down, Home / End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll a lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back. In a quiz, asks first when your choice is not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl++ / Ctrl+− / Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger / smaller text; the system&apos;s text size. &quot;Display&quot; in the top bar has the other display settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2. %3 (read %4)</source>
        <extracomment>A lesson source: %1 title, %2 publisher, %3 address, %4 date it was read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link leads to:
%1

Check the address before you open it. It opens in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>There is no interrupted live session to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock instructor mode first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live session is already running. Stop it before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the network address the room&apos;s devices reach this computer on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an address of this computer (any more). Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a module first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module “%1” has no quiz to play live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khiên could not open a port on %1. Choose another address, or check the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live session could not be written to the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · started %3 · %n participant(s)</source>
        <translation>
            <numerusform>%1 · %2 · started %3 · %n participant</numerusform>
            <numerusform>%1 · %2 · started %3 · %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>The interrupted live session could not be removed from the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveDashboard</name>
    <message numerus="yes">
        <source>%n participant(s) joined</source>
        <translation>
            <numerusform>%n participant joined</numerusform>
            <numerusform>%n participants joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) recorded</source>
        <translation>
            <numerusform>%n answer recorded</numerusform>
            <numerusform>%n answers recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>Show each participant&apos;s progress (names: not for the projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered, %3 right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveDistribution</name>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n participant(s) answered</source>
        <translation>
            <numerusform>%1 of %n participant answered</numerusform>
            <numerusform>%1 of %n participants answered</numerusform>
        </translation>
    </message>
    <message>
        <source>How many got it right is shown with the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveJoinPage</name>
    <message>
        <source>Join a live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address and the code shown on the projector. You answer as %1; your answers are saved on the instructor&apos;s computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None announced yet. You can type the address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A session found on the network: class name — address:port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the session of %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any device on the network can announce itself: check that the address matches the one on the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10:41234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the instructor&apos;s computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits, e.g. 391 907</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session code, 6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveJoinScreen</name>
    <message>
        <source>QR code of the join address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the room&apos;s Wi-Fi, then scan the code or open this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) joined</source>
        <translation>
            <numerusform>%n participant joined</numerusform>
            <numerusform>%n participants joined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveQuizController</name>
    <message>
        <source>%1 of %2 points</source>
        <extracomment>The live session&apos;s result, e.g. &quot;7 of 10 points&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instructor showed the answer. You did not answer this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instructor closed this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instructor showed the answer. Compare it with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right this time. The right answer is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instructor&apos;s computer could not save your answer. Send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question was already answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question is closed: the instructor has moved on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many messages at once. Wait a moment, then send your answer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instructor&apos;s computer did not accept this answer. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instructor has ended this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session no longer knows this computer. Leave and join again with the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the instructor&apos;s computer was lost. Leave and join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: type the address shown on the projector, such as 192.168.1.10:41234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: type the 6-digit code shown on the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: this is not the session&apos;s code. Check the 6 digits on the projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is full. Ask the instructor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone has already joined this session with your name. If that was you on another computer, ask the instructor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many tries from this computer. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: no live session answered at %1. Check the address on the projector and that this computer is on the room&apos;s network.</source>
        <extracomment>%1 is the address typed, e.g. 192.168.1.10:41234</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instructor&apos;s computer refused to join. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveQuizEnd</name>
    <message>
        <source>The live session is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are saved on the instructor&apos;s computer, not on this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my modules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveQuizStatus</name>
    <message>
        <source>Connection to the instructor&apos;s computer lost. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the instructor…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveSessionPage</name>
    <message>
        <source>Live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the live session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants can no longer answer and the port is closed. Every answer already given is kept in the class&apos;s results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live session has ended. Its answers are in the class&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live session was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume it with the same code: participants reconnect and continue where they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones and room computers on this room&apos;s network join with a code and answer a module&apos;s quiz together; no internet is needed. Each answer is saved in the class&apos;s results. The projector shows how many chose each answer, never who.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I open each question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone at their own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is on no network. Connect it to the room&apos;s Wi-Fi access point (no internet needed), then press Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) joined</source>
        <translation>
            <numerusform>%n participant joined</numerusform>
            <numerusform>%n participants joined</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the first question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiz is over. Stop the session to close the port; the answers are in the class&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Khiên – Digital Shield</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingQuestion</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its partner: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingWordQuestion</name>
    <message>
        <source>(choose a word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The missing word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MockPart</name>
    <message>
        <source>Warning sign, found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning sign, missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a warning sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message>
        <source>Lessons read: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz not taken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best quiz score: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open module %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModulePage</name>
    <message>
        <source>You will learn to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the lesson %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best score %1% · passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best score %1% · not passed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue (%1 of %2 answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started, not finished yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) · pass mark %1%</source>
        <translation>
            <numerusform>%n question · pass mark %1%</numerusform>
            <numerusform>%n questions · pass mark %1%</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the quiz over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished attempt (%1 of %2 answered) is closed and kept in your history; the new attempt starts from the first question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodleExport</name>
    <message>
        <source>a scenario has no Moodle form; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIFT has no ordering questions; export as Moodle XML to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a true/false question without its two options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIFT cannot say that case matters; Moodle will ignore case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several orders are right in Khiên; Moodle accepts only the listed one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodleImport</name>
    <message>
        <source>the file holds more than 100000 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2; nothing was imported</source>
        <extracomment>%1 line number, %2 what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;!DOCTYPE&gt; (DTD) is not allowed in a question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entity &amp;%1; is not allowed (only XML&apos;s own and character references)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &lt;quiz&gt; as the first element (a Moodle XML question bank), found &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no &lt;quiz&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element holds more than 2000 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8; save the file as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; questions are not a type Khiên can play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;%1&gt; in its text was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; is not inside the file and was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; is not in the file and was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; is larger than %2 kB and was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; was dropped: an import keeps at most %2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file &quot;%1&quot; is not a PNG, JPEG or GIF image and was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer is worth any points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) with partial credit count as wrong: Khiên&apos;s single choice has one right answer</source>
        <translation>
            <numerusform>%n answer with partial credit counts as wrong: Khiên&apos;s single choice has one right answer</numerusform>
            <numerusform>%n answers with partial credit count as wrong: Khiên&apos;s single choice has one right answer</numerusform>
        </translation>
    </message>
    <message>
        <source>a true/false question needs exactly one right answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) worth no points were left out: Khiên marks any other answer wrong</source>
        <translation>
            <numerusform>%n answer worth no points was left out: Khiên marks any other answer wrong</numerusform>
            <numerusform>%n answers worth no points were left out: Khiên marks any other answer wrong</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer &quot;%1&quot; is not a number and was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units are not kept: the number alone is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n extra right-hand choice(s) (subquestions without text) were left out: Khiên matches pairs only</source>
        <translation>
            <numerusform>%n extra right-hand choice (a subquestion without text) was left out: Khiên matches pairs only</numerusform>
            <numerusform>%n extra right-hand choices (subquestions without text) were left out: Khiên matches pairs only</numerusform>
        </translation>
    </message>
    <message>
        <source>a matching question needs at least three pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ordering question needs at least three items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameList</name>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 1 MB; a class list is much smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 names; only the first %1 were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the name is longer than 100 characters</source>
        <extracomment>%1 is a line number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quote is not closed</source>
        <extracomment>%1 is a line number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Done</source>
        <extracomment>Word before a message in a green box: the action worked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>Word before a message in an orange box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>Word before a message in a red box: something failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderingQuestion</name>
    <message>
        <source>Drag the steps, or select one and press Ctrl+Up / Ctrl+Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs at place %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up: %1</source>
        <extracomment>%1 is the text of a step being put in order</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <extracomment>%1 is a number (12)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instructor passphrase is already set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instructor passphrase is set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1 s.</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be saved in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorDeck</name>
    <message>
        <source>True</source>
        <extracomment>A true/false question&apos;s answer, on a projector slide</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson&apos;s text cannot be shown: %1</source>
        <extracomment>%1 says why, e.g. &quot;cannot open the lesson text: No such file or directory&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several orders are right; this is one of them.</source>
        <extracomment>Revealed on an ordering question whose file declares which steps must precede which</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted answers: %1</source>
        <extracomment>Revealed on a question answered by typing; %1 lists the answers accepted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No explanation was given for this question.</source>
        <extracomment>Revealed when the content gives no explanation for the question</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorPage</name>
    <message>
        <source>Projector mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose all that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True or false?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the steps in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match each item with its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario, step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a module to present to the whole room. Slides show the lessons and the quiz questions in large type; answers appear only when you reveal them. No trainee names or scores are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys while presenting: → or Space next, ← previous, R reveal answers, F full screen, Esc leave full screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this module you will:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the missing word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionImport</name>
    <message>
        <source>line %1 (%2): %3</source>
        <extracomment>%1 line number, %2 question title, %3 what happened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no question could be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack %1 has problems; fix them first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack %1 holds the module &quot;%2&quot;, which was not made by an import; import into another pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by the question on line %2; this one gets the id &quot;%3&quot;</source>
        <extracomment>%1 an id, %2 a line number, %3 the new id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text holds HTML or an HTML-like tag (&quot;%1&quot;); Khiên shows plain text only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text holds the invisible character U+%1, which can disguise text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question has %1 answers; Khiên takes at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the module already holds %1 questions, the most a quiz may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer has no feedback; its explanation is left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &quot;%1&quot; already exists with other answers; give it another title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its image was saved as %1 in the pack; questions show text only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &quot;%1&quot; exists in one language only while others exist only in the other; import a bank with the same titles in both languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a scratch folder to check the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2; the pack was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question on line %1 (%2) would not load: %3; nothing was written</source>
        <extracomment>%1 line in the bank, %2 the question&apos;s id, %3 the content loader&apos;s message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the imported module would not load (%1, line %2: %3); nothing was written</source>
        <extracomment>%1 the file in the pack, %2 its line, %3 the loader&apos;s message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the imported module would not load; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written but %2 could not be (%3); run the import again once the disk has room</source>
        <extracomment>%1: files already replaced; %2 the file that failed; %3 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language must be vi or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the module id must use a-z, 0-9 and - only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a question bank is much smaller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionListCard</name>
    <message>
        <source>Partly right: %1% of the point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizController</name>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise my mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every item a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision could not be saved, so it was not taken. %1 Then choose again.</source>
        <extracomment>%1 says why, e.g. &quot;The disk is full.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer could not be saved, so it was not counted. %1 Then answer again.</source>
        <extracomment>%1 says why, e.g. &quot;The disk is full.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number, such as 156 or 2,5 (digits, one comma or point, a minus sign if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are saved, but the final result could not be. %1</source>
        <extracomment>%1 says why, e.g. &quot;The disk is full.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True or false?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly right (%1 of 1 point). See the explanation for each answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right this time. See the explanation for each answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the quiz; your answers so far are saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See my result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam · %1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam · results at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the steps in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match each item with its partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot the warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer saved. You will see the results at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the missing word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly right (%1 of 1 point). See the accepted answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right this time. See the accepted answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly right (%1 of 1 point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right! Read why in the explanations above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No explanation was given for this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the quiz?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice on this question is not checked yet and will be lost. The answers you have checked are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the live session; your answers so far are saved on the instructor&apos;s computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizResult</name>
    <message>
        <source>Well done — you passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 of %2 points (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your result is saved. Keep the habits from this module in daily life.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your result is saved. Read the lesson again, then try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice round done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions you got right come back less often; the ones you missed come back soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question had full points this time. Start with the questions to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to review next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review: every answer had full points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the lesson again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your path through the scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud needs a speech engine, and this computer has none. Ask whoever looks after it to install speech-dispatcher, speech-dispatcher-espeak-ng and espeak-ng (Debian, Ubuntu: sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng), then start Khiên again.</source>
        <extracomment>Shown instead of reading aloud when the computer has no speech engine</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 voice is installed, so this text cannot be read aloud. Ask whoever looks after this computer to install espeak-ng and speech-dispatcher-espeak-ng (they speak Vietnamese and English), then start Khiên again.</source>
        <extracomment>%1 is a language name (&quot;Vietnamese&quot;, &quot;English&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedFlagQuestion</name>
    <message>
        <source>Click every part that looks suspicious (or Tab to it and press Space), then check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content to examine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a warning sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>attempts: %1</source>
        <extracomment>In a table cell: finished quiz attempts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lessons: %1/%2</source>
        <extracomment>In a table cell: lessons of the module read, e.g. &quot;lessons: 3/4&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time: %1 min</source>
        <extracomment>In a table cell: time spent in the module, in minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <extracomment>When this report was made</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the class&apos;s trainees who passed each module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>Next to a bar: %1 trainees passed out of %2, %3 is the percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results by trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade recorded for the module; ✓ passed, ✗ not passed; – nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quiz answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <extracomment>Column: trainees who answered the question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <extracomment>Column: share of respondents who got the question right</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most chosen wrong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrimination: share right among the best 27% of respondents by quiz score minus share right among the weakest 27%; – with fewer than 4 respondents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class report: %1</source>
        <extracomment>Page footer: %1 is the class name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certifies that</source>
        <extracomment>Certificate: comes before the trainee&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has completed the training in safe internet use.</source>
        <extracomment>Certificate: after the trainee&apos;s name, when no module is listed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has completed the following modules of the training in safe internet use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <extracomment>Certificate: caption under the organisation or instructor&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of completion: %1</source>
        <extracomment>PDF document title: %1 is the trainee&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsBundle</name>
    <message>
        <source>is missing or not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has too many items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds an invalid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds something that is not an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not the attempt it is listed under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds something that is not a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds something that is not an attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not the trainee it is listed under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is set on an unfinished attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds more than %1 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, answer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the question is answered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, decision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the decision is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is not a valid JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds something that is not a trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds more than %1 attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, attempt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the attempt is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1 could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1 clashes with attempt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 (trainee %2, quiz %3) differs from the one already here; both are kept, the bundle&apos;s as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no trainee %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has no integrity tag: it is incomplete or not a results bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s integrity check failed: it was changed after export, or it was signed with another class key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be merged; nothing was changed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a class key: a class key has 32 letters and digits, as the instructor&apos;s PC shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson progress could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; has no valid key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; is not in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not the sum of the points of its answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not the number of its answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds more than %1 lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lesson %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds something that is not a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Khiên results bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is in format %1, which this version of Khiên cannot read (it reads format %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an answer whose points are not between 0 and its maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not between 0 and the attempt&apos;s maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not agree with the score and the pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is set on an attempt that was not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one typed answer of at most %1 characters without hidden characters</source>
        <extracomment>%1 the longest typed answer, in characters</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt cannot be shown: its quiz is no longer in the loaded content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the right answer you did not choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No explanation was given for this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your choice, right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your choice, wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioPathDiagram</name>
    <message>
        <source>good choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risky choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioQuestion</name>
    <message>
        <source>What do you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreRing</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>All modules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Khiên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short lessons and realistic quizzes on staying safe online and responding to attacks. Choose your profile to continue where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, e.g. Nguyễn Thị Ánh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class or group code (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class or group code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create profile and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is saved on this computer only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who trains on this computer gets a profile here, so each person keeps their own progress. There is none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageProblemPage</name>
    <message>
        <source>Your progress file cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can start a new, empty progress file next to it. The old file stays as it is, so an administrator can still recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new progress file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreBackup</name>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Khiên database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Khiên; update Khiên to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check fails).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is open in another program (another Khiên?). Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (full disk, read-only folder or permissions); nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself (or one of its journal files); choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypedQuestion</name>
    <message>
        <source>Your number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a comma or a point for decimals: 2,5 and 2.5 are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted answers:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
