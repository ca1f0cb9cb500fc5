"""What every rule is: a stable code, words for people, and a pure check."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from ..findings import Finding, Severity

DOCS_URL = "https://github.com/dash-lsp/dash-lsp/blob/main/docs/rules/{code}.md"


@dataclass(frozen=True)
class Rule:
    code: str
    title: str
    summary: str  # one sentence: what Dash does
    explanation: str  # Markdown: what, when, why, wrong vs right, the fix
    severity: Severity
    check: Callable[..., Iterable[Finding]]

    @property
    def docs_url(self) -> str:
        return DOCS_URL.format(code=self.code)
