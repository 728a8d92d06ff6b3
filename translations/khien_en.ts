<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>The file %1 is not a Khiên database. It has been left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Khiên (format %2; this version reads up to %3). It has been left untouched: update Khiên to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded and has been left as it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
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
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported into the module &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n question imported into the module &quot;%1&quot;.</numerusform>
            <numerusform>%n questions imported into the module &quot;%1&quot;.</numerusform>
        </translation>
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
</context>
<context>
    <name>Cli</name>
    <message>
        <source>check-content: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-gift: unexpected argument &quot;%1&quot;</source>
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
        <source>import-gift: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1 questions (%2) into %3, %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  khien [--db PATH]                      start the app
  khien check-content [--json] [--strict] [DIR]
                                         validate a content pack (default: the shipped one);
                                         --strict adds the shipped course&apos;s quality rules
  khien import-gift FILE --lang vi|en --module ID [--pack DIR]
                                         import a Moodle GIFT question bank into a user pack
                                         (default DIR: &lt;data folder&gt;/packs/gift-import)
  khien export --format csv|answers-csv|xapi --out PATH [--separator &apos;;&apos;] [--trainee ID]... [--db PATH]
                                         scores of the trainees on this PC (all by default)
  khien paths                            show where the database and extra packs are
  khien --version | --help

Environment: KHIEN_DB sets the database file (--db wins).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --format csv|answers-csv|xapi and --out PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported %1 trainee(s) to %2</source>
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
        <source>images must be files in the pack, not web addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the lesson text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson text is not valid UTF-8</source>
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
        <source>%1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown question type &quot;%1&quot;: use single, multiple, truefalse, ordering, matching, redflags or scenario</source>
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
        <source>image &quot;%1&quot; is not a file in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link &quot;%1&quot; is neither a web address nor a file in the pack</source>
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
</context>
<context>
    <name>GiftImport</name>
    <message>
        <source>no answer block { … }: a description, which Khiên does not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing-word question (text after the answers): not a type Khiên can play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>essay question: not a type Khiên can play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numeric question: not a type Khiên can play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short-answer question (only = answers): not a type Khiên can play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no right answer (no = and no positive weight)</source>
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
        <source>%1 is larger than 5 MB; a question bank is much smaller</source>
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
        <source>a matching question needs at least three pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer has no feedback (#…) and there is no general feedback (####…); Khiên explains every answer, so the question was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &quot;%1&quot; already exists with other answers; give it another ::title::</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question &quot;%1&quot; exists in one language only while others exist only in the other; import a bank with the same ::titles:: in both languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftImportPage</name>
    <message>
        <source>Import questions (GIFT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a GIFT file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIFT question banks (*.gift *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import questions from Moodle (GIFT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single choice, multiple choice, true/false and matching questions are imported; every answer needs feedback (#…) or the question needs general feedback (####…). Import the same bank in the other language, with the same ::titles::, to add that language.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>No quiz attempts yet.</source>
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
        <source>Import questions from Moodle (GIFT)…</source>
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
        <source>%1 questions · pass mark %2%</source>
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
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
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
        <source>Your answer could not be saved, so it was not counted. Check that the disk is not full, then answer again. (%1)</source>
        <extracomment>%1 is the database&apos;s own error text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are saved, but the final result could not be. (%1)</source>
        <extracomment>%1 is the database&apos;s own error text</extracomment>
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
        <source>Your decision could not be saved, so it was not taken. Check that the disk is not full, then choose again. (%1)</source>
        <extracomment>%1 is the database&apos;s own error text</extracomment>
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
        <source>Right! Read why below each answer.</source>
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
        <source>The file is not a Khiên results bundle of a version this app can read.</source>
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
        <source>No class key is set.</source>
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
        <source>No profiles on this computer yet. Create one to start.</source>
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
</TS>
