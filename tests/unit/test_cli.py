"""The command line: ruff-style text, JSON, SARIF, exit codes, explain and rules."""

import json
import subprocess
import sys
from pathlib import Path

from dash_lsp.core import RULES

EXAMPLE = Path(__file__).parents[2] / "examples" / "weather_app"


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "dash_lsp", *args], capture_output=True, text=True,
                          timeout=60, cwd=cwd)


def test_text_output_and_exit_code():
    result = run("check", ".", cwd=EXAMPLE)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[-1] == "Found 3 problems."
    assert "callbacks.py:13:50: DASH003 No component in the layout has the id `city_dropdown`" in result.stdout
    assert any(line.startswith("app.py:17:11: DASH001 ") for line in lines)


def test_json_output():
    result = run("check", str(EXAMPLE), "--format", "json")
    document = json.loads(result.stdout)
    assert document["version"] == 1
    codes = sorted(f["code"] for f in document["findings"])
    assert codes == ["DASH001", "DASH003", "DASH005"]
    duplicate = next(f for f in document["findings"] if f["code"] == "DASH001")
    assert (duplicate["line"], duplicate["column"], duplicate["severity"]) == (17, 11, "error")
    assert duplicate["end_line"] == 17 and duplicate["end_column"] > duplicate["column"]
    assert duplicate["related"][0]["path"].endswith("callbacks.py")
    assert duplicate["related"][0]["line"] == 7


def test_sarif_output():
    result = run("check", str(EXAMPLE), "--format", "sarif")
    document = json.loads(result.stdout)
    run_ = document["runs"][0]
    assert document["version"] == "2.1.0"
    assert {r["id"] for r in run_["tool"]["driver"]["rules"]} == set(RULES)
    assert sorted(r["ruleId"] for r in run_["results"]) == ["DASH001", "DASH003", "DASH005"]
    region = run_["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] >= 1 and region["startColumn"] >= 1


def test_select_and_ignore():
    only = json.loads(run("check", str(EXAMPLE), "--format", "json", "--select", "DASH003").stdout)
    assert [f["code"] for f in only["findings"]] == ["DASH003"]
    rest = json.loads(run("check", str(EXAMPLE), "--format", "json", "--ignore", "DASH001,DASH005").stdout)
    assert [f["code"] for f in rest["findings"]] == ["DASH003"]


def test_unknown_code_is_a_usage_error():
    result = run("check", str(EXAMPLE), "--select", "DASH999")
    assert result.returncode == 2 and "unknown rule" in result.stderr and "Traceback" not in result.stderr


def test_explain_and_rules():
    explained = run("explain", "dash001")
    assert explained.returncode == 0
    assert explained.stdout.startswith("# DASH001: duplicate callback output")
    assert "**Wrong**" in explained.stdout and "**Right**" in explained.stdout
    listed = run("rules").stdout.splitlines()
    assert [line.split()[0] for line in listed] == list(RULES)
    assert run("explain", "NOPE").returncode == 2


def test_no_command_is_a_usage_error():
    result = run()
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_noqa_silences_one_code(tmp_path):
    source = (EXAMPLE / "callbacks.py").read_text().replace(
        'Input("city_dropdown", "value"))', 'Input("city_dropdown", "value"))  # noqa: DASH003')
    for path in EXAMPLE.glob("*.py"):
        (tmp_path / path.name).write_text(source if path.name == "callbacks.py" else path.read_text())
    document = json.loads(run("check", str(tmp_path), "--format", "json").stdout)
    assert "DASH003" not in [f["code"] for f in document["findings"]]
    assert "DASH001" in [f["code"] for f in document["findings"]]


def test_pyproject_configuration(tmp_path):
    for path in EXAMPLE.glob("*.py"):
        (tmp_path / path.name).write_text(path.read_text())
    (tmp_path / "pyproject.toml").write_text('[tool.dash-lsp]\nignore = ["DASH005"]\n\n[tool.dash-lsp.severity]\nDASH003 = "warning"\n')
    document = json.loads(run("check", ".", "--format", "json", cwd=tmp_path).stdout)
    found = {f["code"]: f["severity"] for f in document["findings"]}
    assert found == {"DASH001": "error", "DASH003": "warning"}
