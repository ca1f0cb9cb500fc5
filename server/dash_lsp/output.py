"""Findings as text (ruff's style), JSON, and SARIF for code-scanning services."""

from __future__ import annotations

import json
import os
from pathlib import Path

from . import __version__
from .core import RULES, Finding


def _display(path: Path, cwd: Path) -> str:
    try:
        return os.path.relpath(path, cwd)
    except ValueError:
        return str(path)


def render_text(findings: list[Finding], cwd: Path) -> str:
    lines = [
        f"{_display(f.path, cwd)}:{f.span.start.line + 1}:{f.span.start.column + 1}: {f.code} {f.message}"
        for f in findings
    ]
    count = len(findings)
    if count:
        lines.append(f"Found {count} problem{'s' if count != 1 else ''}.")
    else:
        lines.append("All checks passed.")
    return "\n".join(lines) + "\n"


def render_json(findings: list[Finding], cwd: Path) -> str:
    items = []
    for f in findings:
        items.append({
            "path": _display(f.path, cwd),
            "line": f.span.start.line + 1,
            "column": f.span.start.column + 1,
            "end_line": f.span.end.line + 1,
            "end_column": f.span.end.column + 1,
            "code": f.code,
            "severity": f.severity.value,
            "message": f.message,
            "related": [{
                "path": _display(r.location.path, cwd),
                "line": r.location.span.start.line + 1,
                "column": r.location.span.start.column + 1,
                "message": r.message,
            } for r in f.related],
        })
    return json.dumps({"version": 1, "findings": items}, indent=2) + "\n"


_SARIF_LEVEL = {"error": "error", "warning": "warning", "information": "note", "hint": "note"}


def render_sarif(findings: list[Finding], cwd: Path) -> str:
    def location(path: Path, span) -> dict:
        return {"physicalLocation": {
            "artifactLocation": {"uri": Path(_display(path, cwd)).as_posix()},
            "region": {"startLine": span.start.line + 1, "startColumn": span.start.column + 1,
                       "endLine": span.end.line + 1, "endColumn": span.end.column + 1},
        }}

    rules = [{
        "id": rule.code, "name": rule.title.replace(" ", "-"),
        "shortDescription": {"text": rule.summary}, "fullDescription": {"text": rule.explanation},
        "helpUri": rule.docs_url,
        "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity.value]},
    } for rule in RULES.values()]
    results = [{
        "ruleId": f.code, "level": _SARIF_LEVEL[f.severity.value], "message": {"text": f.message},
        "locations": [location(f.path, f.span)],
        "relatedLocations": [{**location(r.location.path, r.location.span), "message": {"text": r.message}}
                             for r in f.related],
    } for f in findings]
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "dash-lsp", "version": __version__,
                                      "informationUri": "https://github.com/dash-lsp/dash-lsp", "rules": rules}},
                  "results": results}],
    }
    return json.dumps(document, indent=2) + "\n"
