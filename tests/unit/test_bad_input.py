"""Bad input gets a clear message or silence: never a crash, a hang or a traceback."""

import os
import subprocess
import sys

import pytest

from dash_lsp.core import check_paths
from dash_lsp.core.parsing import parse

from .conftest import expected_markers, reported, write_project

DUPLICATE = '''
from dash import Dash, html, callback, Output, Input
app = Dash(__name__)
app.layout = html.Div([html.Button(id="go"), html.Div(id="out")])

@callback(Output("out", "children"), Input("go", "n_clicks"))
def first(n):
    return n
'''
SECOND = '''
@callback(Output("out", "children"), Input("go", "n_clicks"))  # expect: DASH001
def second(n):
    return n
'''


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "dash_lsp", *args], capture_output=True, text=True,
                          timeout=60, cwd=cwd)


def test_syntax_error_in_one_function_keeps_the_rest(project):
    broken = '''
def broken(:
    return (
'''
    root = project({"app.py": DUPLICATE + broken + SECOND})
    assert reported(root) == expected_markers(root) != set()


def test_half_typed_decorator_keeps_the_rest(project):
    half = '\n@callback(Output("out", "children"), Input("go",\ndef typing(n):\n    return n\n'
    root = project({"app.py": DUPLICATE + half + SECOND})
    assert reported(root) == expected_markers(root) != set()


def test_every_prefix_of_a_real_app_is_handled(project):
    text = DUPLICATE + SECOND
    for end in range(0, len(text), 7):
        parse(text[:end])  # must not raise
    root = project({"app.py": text[: len(text) // 2]})
    check_paths([root])


def test_non_utf8_bytes(tmp_path):
    (tmp_path / "app.py").write_bytes(b"# caf\xe9\n" + DUPLICATE.encode() + SECOND.encode())
    assert [f.code for f in check_paths([tmp_path])] == ["DASH001"]


def test_latin1_coding_cookie(tmp_path):
    text = "# -*- coding: latin-1 -*-\n# café\n" + DUPLICATE + SECOND
    (tmp_path / "app.py").write_bytes(text.encode("latin-1"))
    findings = check_paths([tmp_path])
    assert [(f.code, f.span.start.line + 1) for f in findings] == [("DASH001", 12)]


def test_binary_file_is_skipped_with_a_message(tmp_path):
    (tmp_path / "blob.py").write_bytes(bytes(range(256)) * 10)
    result = run_cli("check", str(tmp_path))
    assert result.returncode == 0
    assert "binary" in result.stderr and "Traceback" not in result.stderr


def test_ten_megabyte_file_is_skipped_quickly(tmp_path):
    (tmp_path / "huge.py").write_text("x = 1\n" * 1_700_000)
    write_project(tmp_path, {"app.py": DUPLICATE + SECOND})
    result = run_cli("check", str(tmp_path))
    assert result.returncode == 1
    assert "larger than" in result.stderr
    assert "DASH001" in result.stdout


def test_deeply_nested_expression(tmp_path):
    (tmp_path / "deep.py").write_text("import dash\nx = " + "(" * 5000 + "1" + ")" * 5000 + "\n")
    (tmp_path / "deep_list.py").write_text("import dash\nx = " + "[" * 150 + "]" * 150 + "\n")
    assert check_paths([tmp_path]) == []


def test_symlink_loop(tmp_path):
    (tmp_path / "pkg").mkdir()
    os.symlink(tmp_path, tmp_path / "pkg" / "loop")
    write_project(tmp_path, {"app.py": DUPLICATE + SECOND})
    assert [f.code for f in check_paths([tmp_path])] == ["DASH001"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_as_non_root(tmp_path):
    path = tmp_path / "secret.py"
    path.write_text("import dash\n")
    path.chmod(0)
    result = run_cli("check", str(path))
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_fifo_named_like_a_module_never_blocks(tmp_path):
    os.mkfifo(tmp_path / "pipe.py")
    write_project(tmp_path, {"app.py": DUPLICATE + SECOND})
    result = run_cli("check", str(tmp_path))
    assert result.returncode == 1 and "pipe.py: skipped: not a regular file" in result.stderr


def test_unreadable_path_is_a_usage_error(tmp_path):
    result = run_cli("check", str(tmp_path / "nope"))
    assert result.returncode == 2
    assert result.stderr.startswith("dash-lsp: error:") and "Traceback" not in result.stderr


def test_unreadable_file_in_a_folder(tmp_path):
    write_project(tmp_path, {"app.py": DUPLICATE + SECOND})
    os.symlink(tmp_path / "missing-target.py", tmp_path / "dangling.py")
    result = run_cli("check", str(tmp_path))
    assert result.returncode == 1 and "dangling.py" in result.stderr and "Traceback" not in result.stderr


def test_folder_without_dash(tmp_path):
    write_project(tmp_path, {"main.py": "print('hello')\n", "lib/util.py": "def f():\n    return 1\n"})
    result = run_cli("check", str(tmp_path))
    assert result.returncode == 0
    assert result.stdout.strip() == "All checks passed."


def test_empty_folder(tmp_path):
    assert run_cli("check", str(tmp_path)).returncode == 0


@pytest.mark.parametrize("odd_break", ["\x0c", "\u2028", "\x1c", "\x85"])
def test_noqa_and_columns_survive_characters_that_only_look_like_line_breaks(project, odd_break):
    # Python breaks lines on \n, \r\n and \r only; a form feed or U+2028 earlier in the
    # file must not shift which line a `# noqa` or a column is read from.
    text = f"# café {odd_break} ü\n" + DUPLICATE + SECOND.replace(
        "# expect: DASH001", "# noqa: DASH001")
    root = project({"app.py": text})
    assert check_paths([root]) == []
    findings = check_paths([project({"app.py": f"s = 'é{odd_break}é'\n" + DUPLICATE + SECOND})])
    assert [(f.code, f.span.start.column) for f in findings] == [("DASH001", 10)]


def test_code_python_warns_about_is_read_without_a_warning(tmp_path):
    """`1if x`, `"\\d"`: Python prints a warning when it parses them; in the server that
    would land in the editor's log on every keystroke."""
    import warnings

    from dash_lsp.core import Workspace

    text = DUPLICATE + 'FLAG = 1if True else 2\nPATTERN = "\\d+"\n'
    (tmp_path / "app.py").write_text(text, encoding="utf-8")
    path = (tmp_path / "app.py").resolve()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        workspace = Workspace(tmp_path)
        workspace.findings()
        workspace.set_overlay(path, text.replace("2\n", "3\n"))  # re-read in place
        workspace.findings()
        workspace.set_overlay(path, text + "(\n")  # a syntax error: the recovering parse
        workspace.findings()
    assert [str(w.message) for w in caught] == []
