"""Starts Khiên where a screen reader can see it, and reads and drives its AT-SPI tree.

Xvfb on a free display, Khiên with a temporary database and data folder (the test packs copied
into its packs folder), QT_LINUX_ACCESSIBILITY_ALWAYS_ON so Qt exposes its tree without a
running screen reader. The caller runs inside a private D-Bus session (dbus-run-session), on
which D-Bus starts the accessibility bus (at-spi-bus-launcher) when first asked for it.
"""
import os
import shutil
import subprocess
import tempfile
import time
import xml.etree.ElementTree as ET

import pyatspi
from gi.repository import Atspi

# Roles a trainee acts on: each must have a name a screen reader can say.
ACTIONABLE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_LINK,
    pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE_CELL,
}


class Translations:
    """The app's Vietnamese strings, read from translations/khien_vi.ts, so one walk serves
    both languages; a string without a translation is shown (and found) in English."""

    def __init__(self, ts_path, language):
        self.language = language
        self.table = {}
        if language == "vi":
            for message in ET.parse(ts_path).getroot().iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source and translation is not None and translation.text \
                        and translation.get("type") not in ("unfinished", "vanished", "obsolete"):
                    self.table.setdefault(source, translation.text)

    def __call__(self, source):
        return self.table.get(source, source)


class Khien:
    def __init__(self, binary, source_dir, language, packs=("good", "types")):
        self.tmp = tempfile.mkdtemp(prefix="khien-a11y-")
        self.tr = Translations(os.path.join(source_dir, "translations", "khien_vi.ts"), language)
        self.language = language
        self.xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.display = ":" + self.xvfb.stdout.readline().decode().strip()
        data = os.path.join(self.tmp, "data")
        packs_dir = os.path.join(data, "Khien", "Khien", "packs")
        os.makedirs(packs_dir)
        for pack in packs:
            shutil.copytree(os.path.join(source_dir, "tests", "data", "packs", pack), os.path.join(packs_dir, pack))
        env = dict(os.environ)
        env.update({
            "DISPLAY": self.display,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "XDG_DATA_HOME": data,
            "XDG_CONFIG_HOME": os.path.join(self.tmp, "config"),
            "XDG_CACHE_HOME": os.path.join(self.tmp, "cache"),
            # The first start follows the system language.
            "LANG": "vi_VN.UTF-8" if language == "vi" else "en_US.UTF-8",
            "LC_ALL": "", "LANGUAGE": "",
        })
        env.pop("KHIEN_DB", None)
        self.env = env
        self.log = open(os.path.join(self.tmp, "khien.log"), "w")
        self.app_process = subprocess.Popen([binary, "--db", os.path.join(self.tmp, "khien.sqlite")],
                                            env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.app = self.wait(self._find_app, "Khiên's window on the accessibility bus", 90)
        # Read the tree afresh on every question: nothing here listens to change events, so a
        # cached tree would keep showing the page before.
        self.app.set_cache_mask(pyatspi.cache.NONE)
        self.app.clear_cache()
        self.window = self.wait(lambda: self.app[0] if self.app.childCount > 0 else None, "a window", 90)

    def _find_app(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == self.app_process.pid:
                    return app
            except Exception:
                continue
        if self.app_process.poll() is not None:
            raise RuntimeError("khien exited with %s; log in %s" % (self.app_process.returncode, self.log.name))
        return None

    def close(self, keep_files=False):
        """Stops the app and its X server; keeps the temporary folder (the app's log) when asked."""
        for process in (self.app_process, self.xvfb):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
        self.log.close()
        if not keep_files:
            shutil.rmtree(self.tmp, ignore_errors=True)

    # --- reading the tree ---------------------------------------------------------------
    @staticmethod
    def wait(probe, what, timeout=30.0):
        end = time.monotonic() + timeout
        while True:
            try:
                found = probe()
            except Exception:  # the tree changes under us while a page is replaced
                found = None
            if found:
                return found
            if time.monotonic() > end:
                raise AssertionError("timed out waiting for " + what)
            time.sleep(0.05)

    def nodes(self, root=None):
        """Every visible accessible under root (default: the header and the page shown), as
        (accessible, role, name, states, path) read once each: with the cache off, every
        property read is a D-Bus round trip."""
        roots = [root] if root is not None else self.shown_roots()
        stack = [(r, ()) for r in reversed(roots)]
        while stack:
            acc, path = stack.pop()
            try:
                children = [acc.getChildAtIndex(i) for i in range(acc.childCount)]
            except Exception:
                continue
            for child in reversed(children):
                try:
                    states = child.getState()
                    if child is None or not (states.contains(pyatspi.STATE_VISIBLE)
                                             and states.contains(pyatspi.STATE_SHOWING)):
                        continue
                    role, name = child.getRole(), child.name or ""
                except Exception:
                    continue
                step = (child, role, name, states, path + ((role, name),))
                yield step
                stack.append((child, step[4]))

    def shown_roots(self):
        """The window's parts on screen: the header and the current page (a popup or dialog
        is a sibling of the page)."""
        roots = []
        for i in range(self.window.childCount):
            child = self.window.getChildAtIndex(i)
            if child is not None and child.getState().contains(pyatspi.STATE_SHOWING):
                roots.append(child)
        return roots

    @staticmethod
    def path_text(path):
        return " / ".join("%s:%s" % (Atspi.role_get_name(role), name[:40]) for role, name in path)

    def unnamed(self):
        """The actionable or focusable elements without a name, as 'role at path'."""
        problems = []
        for acc, role, name, states, path in self.nodes():
            # Scroll bars are moved with the page's keys, never focused: no name needed.
            if role in ACTIONABLE or (states.contains(pyatspi.STATE_FOCUSABLE) and role != pyatspi.ROLE_SCROLL_BAR):
                # Qt 6.4 drops a password field's name on AT-SPI; Orca says its description.
                if role == pyatspi.ROLE_PASSWORD_TEXT and not name.strip():
                    name = acc.description or ""
                if not name.strip():
                    problems.append("%s at %s" % (acc.getRoleName(), self.path_text(path)))
        return problems

    def find_all(self, role=None, name=None, contains=None):
        return [acc for acc, r, n, _, _ in self.nodes()
                if (role is None or r == role) and (name is None or n == name)
                and (contains is None or contains in n)]

    def find(self, role=None, name=None, contains=None, timeout=30.0):
        what = "%s named %r" % (Atspi.role_get_name(role) if role is not None else "anything", name or contains)
        return self.wait(lambda: (self.find_all(role, name, contains) or [None])[0], what, timeout)

    def gone(self, role=None, name=None, contains=None, timeout=30.0):
        self.wait(lambda: not self.find_all(role, name, contains), "%r to go" % (name or contains), timeout)

    # --- acting through the tree ----------------------------------------------------------
    @staticmethod
    def act(acc, preferred=("press", "toggle", "click", "activate")):
        for attempt in range(3):  # a loaded machine answers late now and then
            try:
                return Khien._act_once(acc, preferred)
            except AssertionError:
                raise
            except Exception:
                if attempt == 2:
                    raise
                time.sleep(1)

    @staticmethod
    def _act_once(acc, preferred):
        action = acc.queryAction()
        names = [action.getName(i).lower() for i in range(action.nActions)]
        for wanted in preferred:
            if wanted in names:
                action.doAction(names.index(wanted))
                return
        raise AssertionError("%s %r has no action among %s" % (acc.getRoleName(), acc.name, names))

    def press(self, name=None, role=pyatspi.ROLE_PUSH_BUTTON, contains=None, timeout=30.0):
        acc = self.find(role, name, contains, timeout)
        self.act(acc)
        return acc

    def scroll_to(self, role=None, name=None, contains=None, steps=80):
        """A list creates the rows it shows only: scroll with the page's scroll bar (its
        "increase" action) until the element exists."""
        for _ in range(steps):
            found = self.find_all(role, name, contains)
            if found:
                return found[0]
            bars = self.find_all(pyatspi.ROLE_SCROLL_BAR)
            if not bars:
                break
            for bar in bars:
                for _ in range(4):
                    self.act(bar, ("increase",))
        return self.find(role, name, contains, timeout=5)

    def type_into(self, acc, text):
        """Focuses a field through the tree (Qt 6.4 offers no EditableText on Qt Quick fields)
        and types into it, as a screen reader user types: with the keyboard."""
        self.act(acc, ("setfocus",))
        self.wait(lambda: acc.getState().contains(pyatspi.STATE_FOCUSED), "the focus in %r" % acc.name, 5)
        subprocess.run(["xdotool", "type", "--delay", "2", text], env=dict(self.env, LC_ALL="C.UTF-8"), check=True)
        # A password field says how many characters it holds, not which.
        self.wait(lambda: acc.queryText().characterCount == len(text), "%r typed into %r" % (text, acc.name), 5)

    def key(self, name):
        """A key press to the focused control (xdotool's key names: Return, Down...)."""
        subprocess.run(["xdotool", "key", name], env=self.env, check=True)
