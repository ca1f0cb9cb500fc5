"""The server bundled in the .vsix starts from the unpacked extension under Debian's plain python3.

No project environment is involved: the interpreter is /usr/bin/python3 with an environment
holding only PATH and the PYTHONPATH the client sets, and the working folder is the
extension's, as the client runs it. It must answer initialize and find the example's mistakes.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from client_paths import ROOT
from lsp_stdio import LspProcess

SYSTEM_PYTHON = Path("/usr/bin/python3")
EXAMPLE = ROOT / "examples" / "weather_app"

pytestmark = pytest.mark.skipif(not SYSTEM_PYTHON.exists(), reason="no system /usr/bin/python3 on this machine")


def clean_env(unpacked: Path) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(unpacked / "bundled" / "libs"), "PYTHONNOUSERSITE": "1"}


def test_imports_come_from_the_bundle(unpacked: Path):
    probe = "import sys, dash_lsp, pygls, jedi, lsprotocol; print(sys.executable); " \
            "print('\\n'.join(m.__file__ for m in (dash_lsp, pygls, jedi, lsprotocol)))"
    result = subprocess.run([str(SYSTEM_PYTHON), "-c", probe], env=clean_env(unpacked), cwd=unpacked,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    executable, *modules = result.stdout.split()
    assert Path(executable).resolve() == SYSTEM_PYTHON.resolve()
    libs = (unpacked / "bundled" / "libs").resolve()
    for module in modules:
        assert libs in Path(module).resolve().parents, module


def test_answers_initialize_and_reports_the_example(unpacked: Path, tmp_path: Path):
    project = tmp_path / "weather_app"
    shutil.copytree(EXAMPLE, project)
    server = LspProcess([str(SYSTEM_PYTHON), "-m", "dash_lsp", "serve"], env=clean_env(unpacked), cwd=str(unpacked))
    try:
        answer = server.request("initialize", {
            "processId": None,
            "rootUri": project.as_uri(),
            "workspaceFolders": [{"uri": project.as_uri(), "name": "weather_app"}],
            "capabilities": {"textDocument": {"publishDiagnostics": {"relatedInformation": True}}},
            "initializationOptions": {"dashLsp": {"enable": True, "rules": {"select": None, "ignore": []}}},
        }, timeout=60)
        assert "error" not in answer, answer
        result = answer["result"]
        assert result["serverInfo"]["name"] == "dash-lsp"
        capabilities = result["capabilities"]
        assert capabilities["hoverProvider"] and capabilities["codeActionProvider"]
        assert "dash-lsp.explainRule" in capabilities["executeCommandProvider"]["commands"]

        server.notify("initialized", {})
        app = project / "app.py"
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": app.as_uri(), "languageId": "python", "version": 1, "text": app.read_text()}})
        published = server.wait(
            lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == app.as_uri()
            and m["params"]["diagnostics"], 60, "diagnostics for app.py")
        found = {(d["code"], d["range"]["start"]["line"]) for d in published["params"]["diagnostics"]}
        assert found == {("DASH001", 16), ("DASH005", 31)}
        assert all(d["source"] == "dash-lsp" for d in published["params"]["diagnostics"])
    finally:
        code = server.close()
    assert code == 0, server.stderr_text()
    assert "Traceback" not in server.stderr_text()
