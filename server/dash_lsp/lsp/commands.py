"""workspace/executeCommand: dash-lsp.explainRule returns a rule's explanation (Markdown).

Named apart from the editor's own `dashLsp.explainRule` command: vscode-languageclient
registers every server command as an editor command, and two of one name clash.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pygls.exceptions import JsonRpcInvalidParams

from dash_lsp.core import RULES

if TYPE_CHECKING:
    from .server import DashLanguageServer

EXPLAIN_RULE = "dash-lsp.explainRule"


def explanation(code: Any) -> str:
    if isinstance(code, dict):
        code = code.get("code")
    key = str(code or "").strip().upper()
    rule = RULES.get(key)
    if rule is None:
        known = ", ".join(sorted(RULES))
        raise JsonRpcInvalidParams(f"unknown rule {code!r}; the rules are {known}")
    return rule.explanation


def register(server: "DashLanguageServer") -> None:
    # pygls reads these annotations at run time to convert arguments: keep them plain.
    @server.command(EXPLAIN_RULE)
    def explain_rule(ls, *arguments):
        if not arguments:
            raise JsonRpcInvalidParams(f"{EXPLAIN_RULE} takes a rule code, e.g. DASH001")
        return explanation(arguments[0])
