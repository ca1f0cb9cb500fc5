"""VS Code for the web (code-server) with the built extension, driven by Playwright.

code-server runs on a free local port with its own user-data and extensions folders;
Debian's chromium (never a downloaded browser) opens the workbench. The helpers here
wait on what the workbench draws (squiggles, hovers, the Problems panel, toasts), never
on fixed sleeps alone, and take screenshots for the test artifacts.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE_SERVER = ROOT / ".tools" / "code-server" / "bin" / "code-server"
CHROMIUM = Path("/usr/bin/chromium")
VSIX = ROOT / "dash-lsp.vsix"
EXTENSION_ID = "dash-lsp.dash-lsp"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
]
# What keeps the workbench quiet and the same from run to run.
BASE_SETTINGS = {
    "workbench.startupEditor": "none",
    "workbench.tips.enabled": False,
    "workbench.enableExperiments": False,
    "security.workspace.trust.enabled": False,
    "telemetry.telemetryLevel": "off",
    "extensions.ignoreRecommendations": True,
    "extensions.autoCheckUpdates": False,
    "update.mode": "none",
    "git.enabled": False,
    "editor.minimap.enabled": False,
    "editor.hover.delay": 200,
}


_LIBC = ctypes.CDLL(None, use_errno=True) if os.uname().sysname == "Linux" else None
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In the child before exec: a test run killed outright must not leave code-server behind."""
    if _LIBC is not None:
        _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class CodeServer:
    """One code-server process with the .vsix installed in its own folders."""

    home: Path
    process: subprocess.Popen | None = None
    port: int = 0
    shared_extensions: Path | None = None  # another instance's, already holding the .vsix

    @property
    def user_data(self) -> Path:
        return self.home / "user-data"

    @property
    def extensions(self) -> Path:
        return self.shared_extensions or self.home / "extensions"

    @property
    def settings_file(self) -> Path:
        return self.user_data / "User" / "settings.json"

    def install(self, vsix: Path) -> str:
        result = subprocess.run(
            [str(CODE_SERVER), "--user-data-dir", str(self.user_data), "--extensions-dir", str(self.extensions),
             "--install-extension", str(vsix), "--force"],
            capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL,
        )
        if result.returncode != 0:
            raise RuntimeError(f"installing {vsix.name} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def write_settings(self, **settings) -> None:
        self.settings_file.parent.mkdir(parents=True, exist_ok=True)
        self.settings_file.write_text(json.dumps({**BASE_SETTINGS, **settings}, indent=2))

    def start(self, target: Path) -> None:
        """Serve a folder, or a multi-root .code-workspace file."""
        self.port = free_port()
        log = open(self.home / "code-server.log", "w")
        self.process = subprocess.Popen(
            [str(CODE_SERVER), "--bind-addr", f"127.0.0.1:{self.port}", "--auth", "none", "--disable-telemetry",
             "--disable-update-check", "--disable-workspace-trust", "--disable-getting-started-override",
             "--user-data-dir", str(self.user_data), "--extensions-dir", str(self.extensions),
             str(target)],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,  # its extension host and our server go down with it
            preexec_fn=_die_with_parent,
            env={**os.environ, "CI": "true"},
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"code-server exited: {(self.home / 'code-server.log').read_text()[-2000:]}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("code-server did not listen within 60 s")

    def url(self, folder: Path) -> str:
        return f"http://127.0.0.1:{self.port}/?folder={folder}"

    def url_of_workspace(self, workspace: Path) -> str:
        return f"http://127.0.0.1:{self.port}/?workspace={workspace}"

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.process.wait(5)

    def server_pids(self) -> list[int]:
        """Language server processes started under this code-server (found through /proc)."""
        children: dict[int, list[int]] = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                pid, rest = stat.read_text().split(" (", 1)
                ppid = int(rest.rsplit(") ", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(pid))
        found, todo = [], [self.process.pid] if self.process else []
        while todo:
            pid = todo.pop()
            todo.extend(children.get(pid, []))
            try:
                command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if b"dash_lsp" in command and b"serve" in command:
                found.append(pid)
        return sorted(found)

    def extension_log(self) -> str:
        return "\n".join(p.read_text() for p in self.extension_logs())

    def extension_logs(self) -> list[Path]:
        """The extension's "Dash LSP" channel files, newest window last."""
        return sorted(self.user_data.glob(f"logs/*/exthost*/{EXTENSION_ID}/*.log"))


def poll(condition, timeout: float, interval: float = 0.25, what: str = "condition"):
    """The first truthy value of `condition()` within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


class Workbench:
    """The VS Code page, with the few gestures the tests need."""

    def __init__(self, page, artifacts: Path):
        self.page = page
        self.artifacts = artifacts

    def screenshot(self, name: str, **options) -> Path:
        path = self.artifacts / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(path), **options)
        return path

    def wait_ready(self, timeout: float = 60) -> None:
        try:
            self.page.wait_for_selector(".monaco-workbench", timeout=timeout * 1000)
            self.page.locator(".explorer-folders-view .monaco-list-row").first.wait_for(timeout=timeout * 1000)
        except Exception:
            self.screenshot("not-ready")
            raise

    def open_file(self, name: str) -> None:
        tab = self.page.locator(".tabs-container .tab", has_text=name)
        if tab.count() == 0:
            self.page.locator(".explorer-folders-view .monaco-list-row", has_text=name).first.click()
            tab.first.wait_for(timeout=30_000)
        else:
            tab.first.click()
        self.page.locator(".editor-instance .monaco-editor").first.wait_for(timeout=30_000)

    def quick_open(self, name: str) -> None:
        """Open the first file Quick Open offers for `name`."""
        self.page.keyboard.press("Control+P")
        box = self.page.locator(".quick-input-widget input")
        box.wait_for(timeout=10_000)
        box.fill(name)
        self.page.locator(".quick-input-list .monaco-list-row", has_text=name).first.wait_for(timeout=15_000)
        self.page.keyboard.press("Enter")
        self.page.locator(".tabs-container .tab.active", has_text=name).wait_for(timeout=15_000)

    def squiggles(self, kind: str = "error") -> list[dict]:
        """Bounding boxes of the visible squiggles of a kind, top to bottom."""
        boxes = [e.bounding_box() for e in self.page.query_selector_all(f".editor-instance .squiggly-{kind}")]
        return sorted((b for b in boxes if b), key=lambda b: (b["y"], b["x"]))

    def line_top(self, line: int) -> float | None:
        """The y of a line number in the gutter of the open editor."""
        for element in self.page.query_selector_all(".editor-instance .margin-view-overlays .line-numbers"):
            if element.inner_text().strip() == str(line):
                box = element.bounding_box()
                return box["y"] if box else None
        return None

    def squiggle_on_line(self, line: int, kind: str = "error") -> dict | None:
        top = self.line_top(line)
        if top is None:
            return None
        return next((b for b in self.squiggles(kind) if abs(b["y"] - top) < 6), None)

    def hover(self, box: dict) -> str:
        """Rest the mouse on a squiggle; the text of the hover that opens."""
        self.page.mouse.move(box["x"] + 2, box["y"] + 2)
        self.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2 - 3, steps=5)
        hover = self.page.locator(".monaco-hover:visible").first
        hover.wait_for(timeout=20_000)
        # The server's part of the hover arrives after the diagnostic's.
        poll(lambda: "What Dash does" in hover.inner_text(), 20, what="the server's hover text")
        return hover.inner_text()

    def command(self, title: str) -> None:
        """Run a command from the palette by its title."""
        self.page.keyboard.press("Escape")
        self.page.keyboard.press("F1")
        box = self.page.locator(".quick-input-widget input")
        box.wait_for(timeout=10_000)
        box.fill(f">{title}")
        self.page.locator(".quick-input-list .monaco-list-row", has_text=title).first.wait_for(timeout=10_000)
        self.page.keyboard.press("Enter")

    def edit_user_settings(self, settings: dict) -> None:
        """Replace the user settings as a user does: in the settings.json editor, then save.

        (code-server does not notice a settings.json rewritten behind its back.)
        """
        self.command("Preferences: Open User Settings (JSON)")
        self.page.locator(".tabs-container .tab.active", has_text="settings.json").wait_for(timeout=15_000)
        editor = self.page.locator(".editor-instance .monaco-editor textarea").first
        editor.focus()
        self.page.keyboard.press("Control+A")
        # insert_text, not typing: the editor would auto-close every bracket and quote typed.
        self.page.keyboard.insert_text(json.dumps({**BASE_SETTINGS, **settings}, indent=2))
        self.page.keyboard.press("Control+S")
        poll(lambda: "dirty" not in (self.page.locator(".tabs-container .tab.active").get_attribute("class") or ""),
             10, what="settings.json saved")
        self.page.keyboard.press("Control+W")
        self.page.locator(".tabs-container .tab", has_text="settings.json").wait_for(state="detached", timeout=10_000)

    def editor_text(self, tab: str) -> str:
        """The visible text of the editor whose tab is `tab`."""
        group = self.page.locator(".editor-group-container", has=self.page.locator(".tab.active", has_text=tab))
        return group.locator(".view-lines").first.inner_text()

    def problems(self, only: str = "") -> list[str]:
        """The rows of the Problems panel (opened if needed), filtered by its filter box.

        The panel is a virtual list: only the rows that fit are in the page, so a test that
        expects many findings filters them.
        """
        panel = self.page.locator(".markers-panel")
        if not panel.is_visible():
            self.page.keyboard.press("Control+Shift+M")
            panel.wait_for(timeout=10_000)
        box = self.page.locator(".part.panel .viewpane-filter input").first
        if box.input_value() != only:
            box.fill(only)
            time.sleep(0.3)  # the panel re-filters after a short delay
        return [row.inner_text() for row in self.page.query_selector_all(".markers-panel .monaco-list-row")]

    def close_panel(self) -> None:
        if self.page.locator(".part.panel").is_visible():
            self.page.keyboard.press("Control+J")  # View: Toggle Panel Visibility
            self.page.locator(".part.panel").wait_for(state="hidden", timeout=10_000)

    def quick_fixes(self, box: dict) -> list[str]:
        """Put the cursor on a squiggle and open the quick fix menu; its entries."""
        self.page.mouse.click(box["x"] + 4, box["y"] + box["height"] / 2 - 3)
        self.page.keyboard.press("Escape")
        self.page.keyboard.press("Control+.")
        menu = self.page.locator(".action-widget:visible")
        menu.wait_for(timeout=15_000)
        actions = menu.locator(".monaco-list-row.action")
        poll(lambda: actions.count() > 0, 15, what="the quick fix entries")
        return [row.inner_text() for row in actions.all()]

    def choose_quick_fix(self, title: str) -> None:
        # By keyboard, as the menu is meant to be used; a pointer guard covers it against stray clicks.
        focused = self.page.locator(".action-widget:visible .monaco-list-row.action.focused")
        for _ in range(10):
            if title in focused.inner_text():
                self.page.keyboard.press("Enter")
                return
            self.page.keyboard.press("ArrowDown")
        raise AssertionError(f"no quick fix {title!r} in the menu")

    def notifications(self) -> list[str]:
        """Texts of the notification toasts on screen."""
        return [toast.inner_text() for toast in self.page.locator(".notification-toast-container:visible").all()]

    def notification_button(self, text: str, label: str):
        toast = self.page.locator(".notification-toast-container:visible", has_text=text).first
        return toast.locator(".monaco-button", has_text=label).first
