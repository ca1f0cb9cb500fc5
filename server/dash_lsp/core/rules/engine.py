"""Runs the rules over a project model; a failing rule is logged, never fatal."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable
from typing import Callable, Iterator

from ..config import Config
from ..findings import Finding
from ..noqa import suppressed
from . import RULES

log = logging.getLogger(__name__)


def run_rules(model, config: Config, checkpoint: Callable[[], None] = lambda: None) -> Iterator[Finding]:
    """Every enabled rule's findings, with the configured severity, `# noqa` comments not yet
    applied (see `unsuppressed`: an edit to a comment changes them and nothing else)."""
    for rule in RULES.values():
        if not config.enabled(rule.code):
            continue
        checkpoint()  # may raise to stop a check that a newer edit made useless
        try:
            findings = list(rule.check(model))
        except Exception:  # a bug in one rule must not hide the others
            log.exception("rule %s failed", rule.code)
            continue
        severity = config.severity_of(rule.code, rule.severity)
        seen: set[tuple] = set()
        for finding in findings:
            key = (finding.path, finding.span, finding.code)
            if key in seen:
                continue
            seen.add(key)
            yield dataclasses.replace(finding, severity=severity)


def unsuppressed(findings: Iterable[Finding], modules) -> Iterator[Finding]:
    """The findings no `# noqa` comment on their first line turns off."""
    for finding in findings:
        module = modules.get(finding.path)
        if module is None or not suppressed(module.lines.line_text(finding.span.start.line), finding.code):
            yield finding
