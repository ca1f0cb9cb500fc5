"""The settings shapes editors send, parsed without a server (VS Code sends its whole section)."""

import logging

from dash_lsp.lsp.settings import Settings


def test_vscode_section_as_the_editor_sends_it():
    # What `workspace.getConfiguration("dashLsp")` holds with the manifest's defaults,
    # plus the editor-only keys the server does not read.
    section = {
        "enable": True, "interpreter": [], "importStrategy": "useBundled", "logLevel": "info",
        "diagnostics": {"debounceMs": 0}, "trace": {"server": "off"},
        "rules": {"select": None, "ignore": [], "DASH001": {"severity": "default"},
                  "DASH003": {"severity": "hint"}},
    }
    settings = Settings().with_overrides(section)
    assert settings.enable and settings.debounce_ms == 0 and settings.log_level == logging.INFO
    assert settings.rules.select is None and settings.rules.ignore == frozenset()
    assert settings.rules.severity == {"DASH003": "hint"}


def test_default_severity_takes_back_an_override():
    settings = Settings().with_overrides({"rules": {"DASH001": {"severity": "off"}}})
    assert settings.rules.severity == {"DASH001": "off"}
    settings = settings.with_overrides({"rules": {"DASH001": {"severity": "default"}}})
    assert settings.rules.severity == {}
    assert Settings().with_overrides({"rules": {"DASH001": {"severity": None}}}).rules.severity == {}
