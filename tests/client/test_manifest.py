"""The extension's settings agree with the server: names, defaults, allowed values, and what the client sends.

The client's translation (client/src/settings.ts) is run for real with node and its output is
parsed by the server's own settings code, so the two sides cannot drift apart unnoticed.
"""

from __future__ import annotations

import json
import logging
import subprocess

import pytest

from client_paths import ROOT
from dash_lsp.core import RULES
from dash_lsp.lsp import settings as server_settings
from dash_lsp.lsp.settings import Settings

MANIFEST = json.loads((ROOT / "package.json").read_text())
PROPERTIES = MANIFEST["contributes"]["configuration"]["properties"]
ESBUILD = ROOT / "node_modules" / ".bin" / "esbuild"


def default(key: str):
    return PROPERTIES[f"dashLsp.{key}"]["default"]


def test_every_setting_is_in_the_dashLsp_section():
    assert all(key.startswith("dashLsp.") for key in PROPERTIES)
    assert {"dashLsp.enable", "dashLsp.interpreter", "dashLsp.importStrategy", "dashLsp.diagnostics.debounceMs",
            "dashLsp.rules.select", "dashLsp.rules.ignore", "dashLsp.logLevel",
            "dashLsp.trace.server"} <= set(PROPERTIES)


def test_defaults_are_the_servers():
    server = Settings()
    assert default("enable") is server.enable
    assert default("diagnostics.debounceMs") == server_settings.DEFAULT_DEBOUNCE_MS == server.debounce_ms
    assert PROPERTIES["dashLsp.diagnostics.debounceMs"]["maximum"] == server_settings.MAX_DEBOUNCE_MS
    assert server_settings.LOG_LEVELS[default("logLevel")] == server.log_level
    assert default("rules.ignore") == [] and server.rules.ignore == frozenset()
    # An empty select is "every rule" in the editor; the client sends it as null, the server's default.
    assert default("rules.select") == [] and server.rules.select is None
    assert default("importStrategy") == "useBundled" and default("interpreter") == []


def test_one_severity_setting_per_rule():
    codes = {key.split(".")[2] for key in PROPERTIES if key.startswith("dashLsp.rules.DASH")}
    assert codes == set(RULES)
    for code, rule in RULES.items():
        spec = PROPERTIES[f"dashLsp.rules.{code}.severity"]
        assert spec["default"] == "default"
        assert f"default: {rule.severity.value}" in spec["description"]
        assert rule.title in spec["description"]


def test_allowed_values_are_understood_by_the_server(caplog):
    levels = PROPERTIES["dashLsp.rules.DASH001.severity"]["enum"]
    with caplog.at_level(logging.WARNING):
        for level in levels:
            parsed = Settings().with_overrides({"dashLsp": {"rules": {"DASH001": {"severity": level}}}})
            assert parsed.rules.severity.get("DASH001") == (None if level == "default" else level)
        for level in PROPERTIES["dashLsp.logLevel"]["enum"]:
            assert level in server_settings.LOG_LEVELS
    assert caplog.records == []


@pytest.fixture(scope="module")
def to_wire(tmp_path_factory):
    """client/src/settings.ts's toWire, run by node."""
    assert ESBUILD.exists(), "node_modules is missing: scripts/setup.sh (setup.d/30-vscode-client.sh) runs npm ci"
    bundle = tmp_path_factory.mktemp("settings") / "settings.js"
    subprocess.run([str(ESBUILD), "client/src/settings.ts", "--bundle", "--platform=node", "--format=cjs",
                    f"--outfile={bundle}", "--log-level=warning"], cwd=ROOT, check=True, timeout=60)

    def run(raw: dict) -> dict:
        script = f"process.stdout.write(JSON.stringify(require({json.dumps(str(bundle))}).toWire({json.dumps(raw)})))"
        return json.loads(subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True,
                                         timeout=60).stdout)
    return run


def nested(overrides: dict) -> dict:
    """What VS Code hands the client for the "dashLsp" section: every setting, nested at the dots."""
    root: dict = {}
    for key, spec in PROPERTIES.items():
        *parents, leaf = key.split(".")[1:]
        node = root
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = overrides.get(key, spec["default"])
    return root


def test_the_default_settings_reach_the_server_as_its_defaults(to_wire):
    assert Settings().with_overrides({"dashLsp": to_wire(nested({}))}) == Settings()


def test_changed_settings_reach_the_server(to_wire, caplog):
    wire = to_wire(nested({
        "dashLsp.enable": False,
        "dashLsp.diagnostics.debounceMs": 40,
        "dashLsp.rules.select": ["dash00"],
        "dashLsp.rules.ignore": ["DASH004"],
        "dashLsp.rules.DASH001.severity": "warning",
        "dashLsp.rules.DASH006.severity": "off",
        "dashLsp.logLevel": "debug",
    }))
    with caplog.at_level(logging.WARNING):
        parsed = Settings().with_overrides({"dashLsp": wire})
    assert caplog.records == []
    assert parsed.enable is False and parsed.debounce_ms == 40 and parsed.log_level == logging.DEBUG
    assert parsed.rules.select == frozenset({"DASH00"}) and parsed.rules.ignore == frozenset({"DASH004"})
    assert parsed.rules.severity == {"DASH001": "warning", "DASH006": "off"}
    # Back to the defaults: what was set is cleared on the server too.
    assert parsed.with_overrides({"dashLsp": to_wire(nested({}))}) == Settings()


def test_client_only_settings_stay_in_the_client(to_wire):
    wire = to_wire(nested({"dashLsp.interpreter": ["/usr/bin/python3"], "dashLsp.importStrategy": "fromEnvironment"}))
    assert set(wire) == {"enable", "diagnostics", "rules", "logLevel"}
