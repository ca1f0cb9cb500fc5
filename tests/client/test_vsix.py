"""What the .vsix carries: the bundled client, the bundled server, the manifest, README and LICENSE; nothing else."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from client_paths import ROOT

BUNDLED = "extension/bundled/libs/"


def names(vsix) -> list[str]:
    return vsix.namelist()


def test_the_client_bundle_manifest_readme_and_license(vsix):
    files = set(names(vsix))
    for required in ("extension/dist/extension.js", "extension/package.json", "extension/readme.md",
                     "extension/LICENSE.txt", "extension.vsixmanifest"):
        assert required in files, required
    manifest = json.loads(vsix.read("extension/package.json"))
    assert manifest["name"] == "dash-lsp" and manifest["main"] == "./dist/extension.js"
    # esbuild inlined every npm dependency: what is left to require is vscode and node's own modules.
    client = vsix.read("extension/dist/extension.js").decode()
    required = set(re.findall(r'require\("([^"]+)"\)', client))
    builtins = set(json.loads(subprocess.run(["node", "-p", "JSON.stringify(require('module').builtinModules)"],
                                             capture_output=True, text=True, check=True).stdout))
    assert "vscode" in required
    assert {name.removeprefix("node:") for name in required} - builtins == {"vscode"}


def test_the_bundled_server_and_its_dependencies(vsix):
    files = names(vsix)
    for package in ("dash_lsp", "dash_lsp/lsp", "dash_lsp/core", "pygls", "lsprotocol", "jedi", "parso", "cattrs",
                    "attrs"):
        assert f"{BUNDLED}{package}/__init__.py" in files, package
    # jedi needs its stubs on disk to infer anything.
    assert any(name.startswith(f"{BUNDLED}jedi/third_party/typeshed/stdlib/") for name in files)
    # Resolved for Python 3.10, the oldest we support: cattrs needs this backport there.
    assert f"{BUNDLED}exceptiongroup/__init__.py" in files


def test_nothing_else(vsix):
    top = {name.split("/")[1] for name in names(vsix) if name.startswith("extension/") and name.count("/") > 1}
    assert top == {"dist", "bundled"}, top
    assert [n for n in names(vsix) if n.startswith("extension/dist/")] == ["extension/dist/extension.js"]
    for name in names(vsix):
        assert "node_modules/" not in name and "__pycache__" not in name, name
        assert not name.endswith((".pyc", ".so", ".pyd", ".dylib", ".map", ".ts", ".vsix")), name


def test_the_bundled_server_is_this_checkout(vsix):
    """A .vsix built from older sources would test the wrong server: rebuild with scripts/setup.sh."""
    source = ROOT / "server" / "dash_lsp"
    ours = {str(p.relative_to(source)): p.read_bytes() for p in source.rglob("*.py")}
    bundled = {name[len(f"{BUNDLED}dash_lsp/"):]: vsix.read(name) for name in names(vsix)
               if name.startswith(f"{BUNDLED}dash_lsp/") and name.endswith(".py")}
    stale = sorted(name for name in ours.keys() | bundled.keys() if ours.get(name) != bundled.get(name))
    assert not stale, f"dash-lsp.vsix is older than server/dash_lsp ({', '.join(stale[:5])}): run scripts/setup.sh"


def test_the_extension_folder_is_the_archive(unpacked: Path):
    assert (unpacked / "dist" / "extension.js").is_file()
    assert (unpacked / "bundled" / "libs" / "dash_lsp" / "__main__.py").is_file()
