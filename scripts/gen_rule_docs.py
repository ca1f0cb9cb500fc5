"""Writes docs/rules/<CODE>.md from the rules' own explanations (the pages diagnostics link to).

    uv run python scripts/gen_rule_docs.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

from dash_lsp.core import RULES

DOCS = Path(__file__).resolve().parents[1] / "docs" / "rules"


def pages() -> dict[Path, str]:
    out = {}
    for rule in RULES.values():
        out[DOCS / f"{rule.code}.md"] = (
            f"# {rule.code}: {rule.title}\n\n"
            f"Default severity: **{rule.severity.value}**\n\n"
            f"{rule.summary}\n\n{rule.explanation}\n"
            f"Silence one line with `# noqa: {rule.code}`; turn the rule off in `pyproject.toml` with\n"
            f"`[tool.dash-lsp]` `ignore = [\"{rule.code}\"]`.\n"
        )
    return out


def main(argv: list[str]) -> int:
    stale = [path for path, text in pages().items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    if "--check" in argv:
        for path in stale:
            print(f"stale: {path.relative_to(DOCS.parents[1])} (run scripts/gen_rule_docs.py)")
        return 1 if stale else 0
    DOCS.mkdir(parents=True, exist_ok=True)
    for path, text in pages().items():
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
