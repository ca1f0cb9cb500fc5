"""Client settings as they arrive on the wire, and how they combine with pyproject.toml.

Wire shape (initializationOptions, workspace/didChangeConfiguration, or the
"dashLsp" section of workspace/configuration):

    {"dashLsp": {"enable": true,
                 "diagnostics": {"debounceMs": 0},
                 "rules": {"select": [...], "ignore": [...], "severity": {"DASH001": "warning"}},
                 "logLevel": "info"}}

VS Code's flattened form `"rules": {"DASH001": {"severity": "off"}}` is accepted too.
Anything malformed is ignored with a warning rather than failing the session.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from typing import Any

from dash_lsp.core import Config

log = logging.getLogger(__name__)

SECTION = "dashLsp"
DEFAULT_DEBOUNCE_MS = 0
MAX_DEBOUNCE_MS = 2000
_CODE = re.compile(r"^[A-Z]+[0-9]+$")
# Wire name -> the core's severity name ("off" turns a rule off).
_SEVERITIES = {
    "error": "error",
    "warning": "warning",
    "warn": "warning",
    "information": "information",
    "info": "information",
    "hint": "hint",
    "off": "off",
    "none": "off",
}
_KEYS = {"enable", "diagnostics", "rules", "logLevel"}
LOG_LEVELS = {
    "error": logging.ERROR,
    "warning": logging.WARNING,
    "warn": logging.WARNING,
    "info": logging.INFO,
    "debug": logging.DEBUG,
    "trace": logging.DEBUG,
}


@dataclass(frozen=True)
class RuleSettings:
    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    severity: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Settings:
    enable: bool = True
    debounce_ms: int = DEFAULT_DEBOUNCE_MS
    rules: RuleSettings = field(default_factory=RuleSettings)
    log_level: int = logging.INFO

    def with_overrides(self, payload: Any) -> "Settings":
        """These settings updated by a wire payload (only the keys it carries)."""
        return _parse(unwrap(payload), self)


def unwrap(payload: Any) -> dict:
    """The dashLsp object of a payload, whether or not it is wrapped in {"dashLsp": ...}."""
    if not isinstance(payload, dict):
        return {}
    inner = payload.get(SECTION)
    if isinstance(inner, dict):
        return inner
    # Some clients send the section's own object; anything else is not ours.
    return payload if _KEYS & payload.keys() else {}


def _codes(value: Any, key: str) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        log.warning("dashLsp.rules.%s: expected a list of rule codes, got %r", key, value)
        return None
    return frozenset(str(code).strip().upper() for code in value if str(code).strip())


def _severity(code: str, value: Any) -> str | None:
    if value is None or str(value).strip().lower() == "default":
        return None  # no override: the rule's own severity
    name = str(value).strip().lower()
    if name in _SEVERITIES:
        return _SEVERITIES[name]
    log.warning("dashLsp.rules.severity.%s: unknown severity %r", code, value)
    return None


def _parse_rules(raw: Any, current: RuleSettings) -> RuleSettings:
    if not isinstance(raw, dict):
        return current
    select = _codes(raw.get("select"), "select") if "select" in raw else current.select
    ignore = _codes(raw.get("ignore"), "ignore") if "ignore" in raw else current.ignore
    severity = dict(current.severity)
    levels = raw.get("severity")
    if isinstance(levels, dict):
        severity = {}
        for code, value in levels.items():
            if (level := _severity(code.upper(), value)) is not None:
                severity[code.upper()] = level
    for key, value in raw.items():
        # VS Code's per-rule form: "rules": {"DASH001": {"severity": "off"}}.
        if _CODE.match(key) and isinstance(value, dict) and "severity" in value:
            if (level := _severity(key, value["severity"])) is not None:
                severity[key] = level
            else:
                severity.pop(key, None)
    return RuleSettings(select=select, ignore=ignore or frozenset(), severity=severity)


def _parse(raw: dict, current: Settings) -> Settings:
    settings = current
    if isinstance(raw.get("enable"), bool):
        settings = replace(settings, enable=raw["enable"])
    diagnostics = raw.get("diagnostics")
    if isinstance(diagnostics, dict) and "debounceMs" in diagnostics:
        try:
            debounce = int(diagnostics["debounceMs"])
        except (TypeError, ValueError):
            log.warning("dashLsp.diagnostics.debounceMs: not a number: %r", diagnostics["debounceMs"])
        else:
            settings = replace(settings, debounce_ms=min(max(debounce, 0), MAX_DEBOUNCE_MS))
    if "rules" in raw:
        settings = replace(settings, rules=_parse_rules(raw["rules"], settings.rules))
    level = raw.get("logLevel")
    if isinstance(level, str):
        if level.lower() in LOG_LEVELS:
            settings = replace(settings, log_level=LOG_LEVELS[level.lower()])
        else:
            log.warning("dashLsp.logLevel: unknown level %r", level)
    return settings


def combine(project: Config, client: RuleSettings) -> Config:
    """The project's [tool.dash-lsp] with the client's rule settings on top (the client wins)."""
    return project.overlay(Config(select=client.select, ignore=client.ignore, severity=dict(client.severity)))
