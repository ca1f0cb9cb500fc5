"""The extension in a real VS Code: code-server 4.100.3 (VS Code 1.100.3) in headless Chromium.

The built dash-lsp.vsix is installed with --install-extension into a fresh code-server,
which opens a copy of examples/weather_app. One code-server and one browser serve the
whole module; the tests run in file order and build on each other's state (the merge
changes the files the later tests see). Screenshots go to .artifacts/vscode/; the
squiggle-and-hover and completion pictures for the README are written to docs/images/
when they are missing or DASH_LSP_DOCS_IMAGES=1.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from dash_lsp.core import RULES
from vscode_workbench import CHROMIUM, CHROMIUM_ARGS, CODE_SERVER, ROOT, VSIX, CodeServer, Workbench, poll

pytestmark = [
    pytest.mark.editor,
    pytest.mark.skipif(not CODE_SERVER.exists(),
                       reason=f"code-server is not installed at {CODE_SERVER} (scripts/setup.d/40-code-server.sh)"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (scripts/setup.sh)"),
]

EXAMPLE = ROOT / "examples" / "weather_app"
ARTIFACTS = ROOT / ".artifacts" / "vscode"
DOCS_IMAGE = ROOT / "docs" / "images" / "vscode-hover.png"
DOCS_COMPLETION_IMAGE = ROOT / "docs" / "images" / "vscode-completion.png"
MISSING_PYTHON = "/nonexistent/dash-lsp-test/bin/python3"

sys.path.insert(0, str(ROOT / "tests" / "fixes"))
from dashrun import outputs_at_run  # noqa: E402


@dataclass
class Session:
    server: CodeServer
    workbench: Workbench
    folder: Path
    browser: object

    def __iter__(self):
        return iter((self.server, self.workbench, self.folder))


@pytest.fixture(scope="module")
def vscode(tmp_path_factory):
    """code-server with the .vsix installed, and the workbench open on a copy of the example."""
    from playwright.sync_api import sync_playwright

    assert VSIX.exists(), f"{VSIX.name} is missing: scripts/setup.sh (setup.d/30-vscode-client.sh) builds it"
    home = tmp_path_factory.mktemp("vscode")
    folder = home / "weather_app"
    shutil.copytree(EXAMPLE, folder)
    server = CodeServer(home)
    started = time.monotonic()
    assert "successfully installed" in server.install(VSIX)
    # The project's own environment (with dash) is the interpreter a user would select.
    server.write_settings(**{"dashLsp.interpreter": [sys.executable]})
    server.start(folder)
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(server.url(folder))
            workbench = Workbench(page, ARTIFACTS)
            workbench.wait_ready()
            print(f"code-server ready in {time.monotonic() - started:.1f} s")
            yield Session(server, workbench, folder, browser)
        except BaseException:
            page.screenshot(path=str(home / "failure.png"))
            raise
        finally:
            browser.close()
            server.stop()


def test_squiggle_hover_and_problems(vscode):
    server, workbench, folder = vscode
    workbench.open_file("app.py")
    started = time.monotonic()
    duplicate = poll(lambda: workbench.squiggle_on_line(17), 60, what="the DASH001 squiggle on app.py:17")
    print(f"squiggle after {time.monotonic() - started:.1f} s")
    assert workbench.squiggle_on_line(32) is not None, "no DASH005 squiggle on app.py:32"
    assert len(workbench.squiggles("error")) == 2

    text = workbench.hover(duplicate)
    # The diagnostic, then the server's explanation of the rule.
    assert "`temperature-graph.figure` is already an Output of `draw` (callbacks.py:7)" in text
    assert "dash-lsp" in text and "DASH001" in text
    assert "DASH001: duplicate callback output" in text
    assert "What Dash does." in text
    editor = workbench.page.locator(".part.editor").bounding_box()
    shot = workbench.screenshot("hover", clip=editor)
    if not DOCS_IMAGE.exists() or os.environ.get("DASH_LSP_DOCS_IMAGES") == "1":
        DOCS_IMAGE.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, DOCS_IMAGE)
    workbench.page.keyboard.press("Escape")

    rows = poll(lambda: (r := workbench.problems()) and any("DASH003" in row for row in r) and r, 30,
                what="the project's findings in the Problems panel")
    workbench.screenshot("problems")
    findings = [row for row in rows if "dash-lsp" in row]
    assert len(findings) == 3, rows
    by_code = {code: row for row in findings for code in ("DASH001", "DASH003", "DASH005") if code in row}
    assert "[Ln 17, Col 11]" in by_code["DASH001"]
    assert "Dash allows one callback per output" in by_code["DASH001"]
    assert "[Ln 32, Col 2]" in by_code["DASH005"]
    assert "[Ln 13, Col 50]" in by_code["DASH003"]  # callbacks.py, never opened: the whole project is checked
    # Related information: the other callback.
    related = [" ".join(row.split()) for row in rows]
    assert "callbacks.py [Ln 7, Col 11] : `temperature-graph.figure` is first written by this callback" in related

    # The server that answered is the one bundled in the .vsix.
    log = server.extension_log()
    assert f"{server.extensions}/dash-lsp.dash-lsp-0.1.0/bundled/libs on PYTHONPATH" in log
    assert "server running" in log


def test_explain_rule_under_the_cursor(vscode):
    server, workbench, folder = vscode
    workbench.open_file("app.py")
    workbench.close_panel()
    late = poll(lambda: workbench.squiggle_on_line(32), 30, what="the DASH005 squiggle")
    workbench.page.mouse.click(late["x"] + 4, late["y"] + late["height"] / 2 - 3)
    workbench.command("Dash LSP: Explain the Rule Under the Cursor")
    workbench.page.locator(".tab.active", has_text="DASH005.md").wait_for(timeout=15_000)
    text = " ".join(workbench.editor_text("DASH005.md").split())
    first_line = RULES["DASH005"].explanation.strip().split("\n")[0]
    assert " ".join(first_line.split())[:60] in text
    workbench.screenshot("explain-rule")
    workbench.page.keyboard.press("Control+W")
    workbench.page.locator(".tab", has_text="DASH005.md").wait_for(state="detached", timeout=10_000)


def test_go_to_definition_and_completion_of_ids(vscode):
    server, workbench, folder = vscode
    workbench.open_file("app.py")
    workbench.close_panel()
    # F12 on `ids.GRAPH` in `Output(ids.GRAPH, "figure")` (the squiggle's 27 characters).
    duplicate = poll(lambda: workbench.squiggle_on_line(17), 30, what="the DASH001 squiggle")
    workbench.page.mouse.click(duplicate["x"] + duplicate["width"] * 13.5 / 27, duplicate["y"] + duplicate["height"] / 2 - 3)
    workbench.page.keyboard.press("F12")
    workbench.page.locator(".tabs-container .tab.active", has_text="layout.py").wait_for(timeout=15_000)
    line = 1 + folder.joinpath("layout.py").read_text().split("\n").index("    dcc.Graph(id=ids.GRAPH),")
    status = workbench.page.locator(".statusbar")
    poll(lambda: f"Ln {line}," in status.inner_text(), 10, what=f"the cursor on layout.py line {line}")
    workbench.screenshot("definition")

    # Typing an id: the layout's ids are offered (the quote itself asks for them).
    workbench.open_file("app.py")
    workbench.page.keyboard.press("Control+End")
    workbench.page.keyboard.type('\nInput("te')
    suggestions = workbench.page.locator(".suggest-widget .monaco-list-row")
    poll(lambda: any("temperature-graph" in row for row in suggestions.all_inner_texts()), 20,
         what="temperature-graph among the suggestions")
    shot = workbench.screenshot("completion", clip=workbench.page.locator(".part.editor").bounding_box())
    if not DOCS_COMPLETION_IMAGE.exists() or os.environ.get("DASH_LSP_DOCS_IMAGES") == "1":
        shutil.copyfile(shot, DOCS_COMPLETION_IMAGE)
    workbench.page.keyboard.press("Escape")
    workbench.command("File: Revert File")
    poll(lambda: "Input(\"te" not in workbench.editor_text("app.py"), 10, what="app.py back as saved")


def test_rename_an_id(vscode):
    server, workbench, folder = vscode
    original = folder.joinpath("ids.py").read_text()

    def rename_graph(new: str) -> None:
        workbench.open_file("app.py")
        duplicate = poll(lambda: workbench.squiggle_on_line(17), 30, what="the DASH001 squiggle")
        # F2 on `ids.GRAPH` in `Output(ids.GRAPH, "figure")`.
        workbench.page.mouse.click(duplicate["x"] + duplicate["width"] * 13.5 / 27,
                                   duplicate["y"] + duplicate["height"] / 2 - 3)
        workbench.page.keyboard.press("F2")
        box = workbench.page.locator(".rename-box input, .rename-box textarea").first
        box.wait_for(timeout=15_000)
        poll(lambda: box.input_value() == ("weather-graph" if new == "temperature-graph" else "temperature-graph"),
             10, what="the id as the rename's placeholder")
        box.fill(new)
        workbench.page.keyboard.press("Enter")
        # VS Code saves the files a refactoring changed (files.refactoring.autoSave).
        poll(lambda: f'GRAPH = "{new}"' in folder.joinpath("ids.py").read_text(), 20, what=f"ids.py to say {new}")

    # The one literal the layout and both callbacks share changes; app.py keeps `ids.GRAPH`.
    app_before = folder.joinpath("app.py").read_text()
    rename_graph("weather-graph")
    workbench.screenshot("rename")
    assert folder.joinpath("ids.py").read_text() == original.replace('"temperature-graph"', '"weather-graph"')
    assert folder.joinpath("app.py").read_text() == app_before
    rename_graph("temperature-graph")
    assert folder.joinpath("ids.py").read_text() == original


def test_a_crashed_server_is_restarted_quietly(vscode):
    server, workbench, folder = vscode
    workbench.open_file("app.py")
    # A running server (it has checked the file), not one still starting: killing that is a failed start.
    poll(lambda: workbench.squiggle_on_line(17), 60, what="the first squiggles")
    (pid,) = server.server_pids()
    os.kill(pid, signal.SIGKILL)
    poll(lambda: "restarting it (1 of 4)" in server.extension_log(), 20, what="the restart after the crash")
    (new_pid,) = poll(lambda: [p for p in server.server_pids() if p != pid], 30, what="a new server process")
    poll(lambda: server.extension_log().count("starting (stdio)") == 2, 30, what="the new server's start")
    # It checks again: the squiggles come from the new server (its diagnostics replace the old).
    poll(lambda: workbench.squiggle_on_line(17) and workbench.squiggle_on_line(32), 30, what="the squiggles again")
    assert workbench.notifications() == []
    # The log says what happened in words, with no stray values.
    assert not [line for line in server.extension_log().splitlines() if line.split("] ")[-1].strip() in ("false", "true")]


def test_merge_quick_fix(vscode):
    server, workbench, folder = vscode
    before = {p.name: p.read_text() for p in folder.glob("*.py")}
    workbench.open_file("app.py")
    duplicate = poll(lambda: workbench.squiggle_on_line(17), 30, what="the DASH001 squiggle")
    fixes = workbench.quick_fixes(duplicate)
    workbench.screenshot("quick-fix-menu")
    assert any(fix.startswith("Merge into one callback") for fix in fixes), fixes
    workbench.choose_quick_fix("Merge into one callback")
    # The edit spans app.py and callbacks.py; save both as a user would.
    workbench.command("File: Save All")

    def saved():
        after = {p.name: p.read_text() for p in folder.glob("*.py")}
        changed = sorted(name for name in after if after[name] != before[name])
        return changed == ["app.py", "callbacks.py"] and after
    after = poll(saved, 30, what="app.py and callbacks.py saved with the merge")
    for text in after.values():
        ast.parse(text)
    assert "def refresh(" not in after["app.py"]
    assert "def draw_refresh(" in after["callbacks.py"] and "ctx.triggered_id" in after["callbacks.py"]
    # Dash itself loads the edited app: the graph has one writer now.
    error, outputs = outputs_at_run(folder)
    assert error is None
    assert outputs.count("temperature-graph.figure") == 1

    # The workbench follows: DASH001 is gone, the other findings stay.
    rows = poll(lambda: (r := workbench.problems()) and not any("DASH001" in row for row in r) and r, 30,
                what="DASH001 to leave the Problems panel")
    workbench.screenshot("after-merge")
    assert any("DASH005" in row for row in rows) and any("DASH003" in row for row in rows)


def test_settings_reach_the_running_server(vscode):
    server, workbench, folder = vscode
    late = 1 + folder.joinpath("app.py").read_text().split("\n").index(
        '@app.callback(Output(ids.SUMMARY, "title"), Input(ids.UNITS, "value"))')
    workbench.open_file("app.py")
    workbench.close_panel()
    poll(lambda: workbench.squiggle_on_line(late), 30, what=f"the DASH005 squiggle on app.py:{late}")

    workbench.edit_user_settings({"dashLsp.interpreter": [sys.executable], "dashLsp.rules.DASH005.severity": "off"})
    rows = poll(lambda: (r := workbench.problems()) and not any("DASH005" in row for row in r) and r, 30,
                what="DASH005 turned off")
    assert any("DASH003" in row for row in rows)  # the other rules still run
    workbench.close_panel()
    assert workbench.squiggles("error") == [] and workbench.squiggles("warning") == []

    workbench.edit_user_settings({"dashLsp.interpreter": [sys.executable], "dashLsp.rules.DASH005.severity": "warning"})
    poll(lambda: workbench.squiggle_on_line(late, "warning"), 30, what="DASH005 back as a warning")
    assert workbench.squiggles("error") == []
    workbench.screenshot("severity-setting")


def test_multi_root_workspace_with_folder_settings(vscode, tmp_path):
    """One server for two folders; each folder's own settings apply to its files only.

    A second code-server opens the workspace from the start (a window switched in place to
    another workspace sometimes came up without its folders).
    """
    for name in ("north", "south"):
        shutil.copytree(EXAMPLE, tmp_path / name)
    (tmp_path / "south" / ".vscode").mkdir()
    (tmp_path / "south" / ".vscode" / "settings.json").write_text('{"dashLsp.rules.DASH005.severity": "off"}')
    workspace = tmp_path / "weather.code-workspace"
    folders = [{"path": str(tmp_path / name)} for name in ("north", "south")]
    workspace.write_text(json.dumps({"folders": folders}))
    server = CodeServer(tmp_path / "code-server", shared_extensions=vscode.server.extensions)
    server.home.mkdir()
    server.write_settings(**{"dashLsp.interpreter": [sys.executable]})
    server.start(workspace)
    page = vscode.browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        page.goto(server.url_of_workspace(workspace))
        workbench = Workbench(page, ARTIFACTS / "multi-root")
        workbench.wait_ready()
        workbench.quick_open("app.py")  # a Python file activates the extension

        def findings(code):
            rows = [" ".join(row.split()) for row in workbench.problems(code)]
            return [row for row in rows if f"dash-lsp {code}" in row]
        poll(lambda: len(findings("DASH003")) == 2, 60, what="DASH003 in both folders")
        assert len(findings("DASH001")) == 2
        # DASH005 is off in south's .vscode/settings.json only.
        assert len(findings("DASH005")) == 1
        headers = ["".join(row.split()) for row in workbench.problems("DASH005")]
        workbench.screenshot("problems-DASH005")
        assert any(header.startswith("app.pynorth") for header in headers), headers
        assert not any(header.startswith("app.pysouth") for header in headers), headers
        log = server.extension_log()
        assert f"dash-lsp: projects {tmp_path / 'north'}, {tmp_path / 'south'}" in log
        assert log.count("starting the server") == 1  # one server for both folders
    finally:
        page.close()
        server.stop()


def test_unusable_python_shows_one_notification(vscode):
    server, workbench, folder = vscode
    assert workbench.notifications() == []
    # The interpreter setting names a Python that does not exist: no fallback, one clear message.
    workbench.edit_user_settings({"dashLsp.interpreter": [MISSING_PYTHON]})
    toast = poll(lambda: [t for t in workbench.notifications() if "Dash LSP" in t], 30, what="the failure notification")
    time.sleep(4)  # time for any second or third message to show up
    toasts = workbench.notifications()
    workbench.screenshot("no-python")
    assert len(toasts) == 1, toasts
    assert toasts == toast
    message = toasts[0]
    assert "Dash LSP cannot start" in message
    assert f"dashLsp.interpreter setting ({MISSING_PYTHON}) was not found" in message
    assert "Show logs" in message

    workbench.notification_button("Dash LSP cannot start", "Show logs").click()
    output = workbench.page.locator(".part.panel .output-view, .part.panel [id='workbench.panel.output']").first
    output.wait_for(timeout=10_000)
    workbench.screenshot("show-logs")
    panel = workbench.page.locator(".part.panel")
    poll(lambda: f"({MISSING_PYTHON}) was not found" in " ".join(panel.inner_text().split()), 15,
         what="the reason in the Dash LSP channel")
    assert "Dash LSP" in panel.locator(".monaco-select-box").first.input_value()
    workbench.screenshot("show-logs")
    log = poll(lambda: (t := server.extension_log()) and "cannot start" in t and t, 10,
               what="the failure in the channel's log file")
    assert log.count("Dash LSP cannot start") == 1
