#!/usr/bin/env python3
"""Khiên as a screen reader sees it, in Vietnamese and in English.

Walks every page a trainee and an instructor reach (sign-in, home, module, lesson, a quiz with
every question type of the test packs, result, review, history; instructor gate, instructor
home, each tab of a class page) and fails on any actionable or focusable element without an
accessible name, listing its role and path. Every step is taken through the AT-SPI tree only
(the actions a screen reader offers: press, toggle, and setting a field's text), so each run
also proves that a trainee completes modules with a screen reader alone.

Usage: tst_atspi.py KHIEN_BINARY SOURCE_DIR. Re-runs itself inside a private D-Bus session.
"""
import os
import subprocess
import sys
import time
import traceback

START = time.monotonic()
MODULES = {  # tests/data/packs/good and types
    "alpha": {"vi": "Mô-đun thử", "en": "Test module"},
    "types": {"vi": "Các dạng câu hỏi", "en": "Question types"},
}


def walk(binary, source_dir, language):
    import pyatspi
    from atspi_session import Khien

    problems = []
    try:
        k = Khien(binary, source_dir, language)
    except Exception as error:
        return ["[%s] Khiên did not show up on the accessibility bus: %s" % (language, error)]
    tr = k.tr
    B = pyatspi.ROLE_PUSH_BUTTON

    def check(page):
        print("%5.1f s [%s] %s" % (time.monotonic() - START, language, page), flush=True)
        unnamed = k.unnamed()
        problems.extend("[%s] %s: %s" % (language, page, p) for p in unnamed)

    try:
        # Sign-in: a new profile.
        name_field = k.find(pyatspi.ROLE_TEXT, tr("Your name"))
        check("sign-in")
        k.type_into(name_field, "Nguyen Thi Anh" if language == "vi" else "Jane Doe")
        k.press(tr("Create profile and start"))
        k.find(pyatspi.ROLE_PUSH_BUTTON, tr("Sign out"))

        for module_id in ("alpha", "types"):
            title = MODULES[module_id][language]
            k.act(k.scroll_to(B, tr("Open module %1").replace("%1", title)))
            k.find(B, contains=tr("Read the lesson %1").replace("%1", ""))
            check("module " + module_id)
            k.press(contains=tr("Read the lesson %1").replace("%1", ""))
            k.find(B, tr("I have read this lesson"))
            check("lesson " + module_id)
            k.press(tr("I have read this lesson"))
            k.press(tr("Start the quiz"))
            play_quiz(k, check, module_id)
            check("result " + module_id)
            k.press(tr("Review answers"))
            k.find(pyatspi.ROLE_PAGE_TAB, tr("Review"))
            check("review " + module_id)
            k.press(tr("Back"))
            k.press(tr("Back to the module"))
            k.find(B, tr("Start the quiz"))
            k.press(tr("Back"))

        k.press(tr("My history"))
        k.find(B, tr("Review this attempt"))
        check("history")
        k.press(tr("Back"))
        k.press(tr("Sign out"))

        # Instructor: passphrase, home, a class and each of its tabs.
        k.press(tr("Instructor mode"))
        k.find(pyatspi.ROLE_PASSWORD_TEXT)
        check("instructor gate")
        fields = {f.description: f for f in k.find_all(pyatspi.ROLE_PASSWORD_TEXT)}
        k.type_into(fields[tr("Passphrase")], "mot cau du muoi hai ky tu")
        k.type_into(fields[tr("The same passphrase again")], "mot cau du muoi hai ky tu")
        # Enter in the field, as a screen reader user does: the hash takes a while, and a
        # press through the tree would wait for it past D-Bus's reply timeout.
        k.key("Return")
        class_field = k.find(pyatspi.ROLE_TEXT, tr("Name of the new class"), timeout=30)
        check("instructor home")
        k.type_into(class_field, "Lop 10A")
        k.key("Return")  # Enter in the field; a press on "Create class" outlasts D-Bus's reply timeout in Qt 6.4
        # Creating a class opens its page; its tabs come next.
        for tab in ("Trainees", "Sessions", "Dashboard", "Questions", "Export"):
            k.act(k.find(pyatspi.ROLE_PAGE_TAB, tr(tab)))
            time.sleep(0.2)
            check("class page, tab " + tab)
    except Exception as error:
        where = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith("tst_atspi.py")][-1]
        problems.append("[%s] the walk stopped at tst_atspi.py:%d (%s): %s (khien log: %s)"
                        % (language, where.lineno, where.line, error, k.log.name))
        k.tmp_keep = True
    finally:
        # A failed walk keeps its folder (the log named above) but never its processes.
        k.close(keep_files=getattr(k, "tmp_keep", False))
    return problems


def play_quiz(k, check, module_id):
    """Answers every question through the tree: the first option(s), a flag, the first entry
    of each drop-down, the first choice of each scenario step; checks it, finds the feedback
    said with the Next button, and goes on to the result."""
    import pyatspi
    tr = k.tr
    B = pyatspi.ROLE_PUSH_BUTTON
    index = 0
    while True:
        index += 1
        counter = tr("Question %1 of %2").replace("%1", str(index)).split("%2")[0]
        k.find(pyatspi.ROLE_LABEL, contains=counter)
        check("%s question %d" % (module_id, index))
        shown = [(acc, role, name) for acc, role, name, _, _ in k.nodes()]
        choices = [acc for acc, role, name in shown if role == B and name in SCENARIO_CHOICES]
        if choices:
            while choices:
                k.act(choices[0])
                time.sleep(0.2)
                choices = [c for c in k.find_all(B) if (c.name or "") in SCENARIO_CHOICES]
        else:
            for acc, role, name in shown:
                if role == pyatspi.ROLE_RADIO_BUTTON:
                    k.act(acc)
                    break
            for acc, role, name in shown:
                if role == pyatspi.ROLE_CHECK_BOX:
                    k.act(acc)
                    break
            for acc, role, name in shown:
                if role == pyatspi.ROLE_COMBO_BOX:
                    choose_in_combo(k, acc)
            k.press(tr("Check answer"))
        nxt = k.wait(lambda: (k.find_all(B, tr("Next question")) + k.find_all(B, tr("See my result")) or [None])[0],
                     "the next-question button")
        check("%s question %d, answered" % (module_id, index))
        if module_id == "alpha" and not nxt.description:
            raise AssertionError("question %d: the feedback is not said with the Next button" % index)
        last = nxt.name == tr("See my result")
        k.act(nxt)
        if last:
            k.find(B, tr("Review answers"))
            return


SCENARIO_CHOICES = {"Hang up", "Cúp máy", "Report to 156", "Báo 156"}


def choose_in_combo(k, combo):
    """Opens a drop-down and picks its second entry (the first is "Choose…")."""
    import pyatspi
    k.act(combo)
    item = k.wait(lambda: [i for i in k.find_all(pyatspi.ROLE_MENU_ITEM) + k.find_all(pyatspi.ROLE_LIST_ITEM)
                           if i.name and i.name != k.tr("Choose…")] or None, "the drop-down's entries")[0]
    k.act(item)
    time.sleep(0.2)


def main():
    binary, source_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    if os.environ.get("KHIEN_A11Y_PRIVATE_BUS") != "1":
        env = dict(os.environ, KHIEN_A11Y_PRIVATE_BUS="1")
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        env.pop("AT_SPI_BUS_ADDRESS", None)
        return subprocess.call(["dbus-run-session", "--", sys.executable, os.path.abspath(__file__), binary, source_dir],
                               env=env)
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    started = time.monotonic()
    problems = []
    for language in ("vi", "en"):
        problems += walk(binary, source_dir, language)
    print("walked both languages in %.1f s" % (time.monotonic() - started))
    for p in problems:
        print("FAIL " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
