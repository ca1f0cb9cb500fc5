"""The rule pages and the README's rule table come from the rules themselves."""

import subprocess
import sys
from pathlib import Path

from dash_lsp.core import RULES

ROOT = Path(__file__).parents[2]


def test_rule_pages_are_current():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_rule_docs.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_readme_lists_every_rule():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in RULES.values():
        assert f"| [{rule.code}](docs/rules/{rule.code}.md) | {rule.title} | {rule.severity.value} |" in readme


def test_every_explanation_shows_wrong_and_right():
    for rule in RULES.values():
        assert "**What Dash does.**" in rule.explanation
        assert "**Wrong**" in rule.explanation and "**Right**" in rule.explanation


def test_examples_page_is_current():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_examples_doc.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
