"""Runs the rules over a project model; a failing rule is logged, never fatal."""

from __future__ import annotations

import dataclasses
import logging
from typing import Callable, Iterator

from ..config import Config
from ..findings import Finding
from ..noqa import suppressed
from . import RULES

log = logging.getLogger(__name__)


def run_rules(model, config: Config, checkpoint: Callable[[], None] = lambda: None) -> Iterator[Finding]:
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
            module = model.modules.get(finding.path)
            if module is not None and suppressed(module.lines.line_text(finding.span.start.line), finding.code):
                continue
            yield dataclasses.replace(finding, severity=severity)
