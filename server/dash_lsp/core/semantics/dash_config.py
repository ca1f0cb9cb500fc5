"""The keys of `app.config` in the installed Dash, read from its source.

`Dash.__init__` builds the config as `self.config = AttributeDict(key=…, …)`, marks some
keys read-only (`self.config.set_read_only([...])`) and then finalizes it: from there on,
assigning a key it lacks raises AttributeError("Invalid config key…"), and a read-only one
AttributeError("Read-only: can only be set in the Dash constructor"). Both lists differ
between versions, so they are read from the `dash/dash.py` the project has installed;
where that cannot be read, nothing is known and nothing is reported.
"""

from __future__ import annotations

import ast
import logging
from dataclasses import dataclass
from pathlib import Path

from ..source import Unreadable, read_source

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConfigKeys:
    keys: frozenset[str]
    read_only: frozenset[str]  # from construction on (not those `init_app` locks later)


def installed_config_keys(sys_path: list[str]) -> ConfigKeys | None:
    for entry in sys_path:
        source = Path(entry) / "dash" / "dash.py"
        if source.is_file():
            return config_keys(source)
    return None


def config_keys(source: Path) -> ConfigKeys | None:
    text = read_source(source)
    if isinstance(text, Unreadable):
        return None
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as error:
        log.warning("cannot read Dash's config keys from %s: %s", source, error)
        return None
    init = next((f for c in tree.body if isinstance(c, ast.ClassDef) and c.name == "Dash"
                 for f in c.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"), None)
    if init is None:
        return None
    keys: set[str] = set()
    read_only: set[str] = set()
    finalized = False
    for statement in init.body:  # (its own statements: what every construction runs)
        if isinstance(statement, ast.Assign) and any(_is_config(t) for t in statement.targets) \
                and isinstance(statement.value, ast.Call) and _name(statement.value.func) == "AttributeDict":
            keys.update(k.arg for k in statement.value.keywords if k.arg)
        elif isinstance(statement, ast.Expr) and isinstance(call := statement.value, ast.Call) \
                and isinstance(call.func, ast.Attribute) and _is_config(call.func.value):
            if call.func.attr == "set_read_only" and call.args and isinstance(call.args[0], (ast.List, ast.Tuple)):
                read_only.update(e.value for e in call.args[0].elts
                                 if isinstance(e, ast.Constant) and isinstance(e.value, str))
            elif call.func.attr == "finalize":
                finalized = True
    if not keys or not finalized:
        return None  # (a Dash that builds its config otherwise: we do not know its keys)
    return ConfigKeys(frozenset(keys), frozenset(read_only & keys))


def _is_config(node: ast.expr) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "config" \
        and isinstance(node.value, ast.Name) and node.value.id == "self"


def _name(node: ast.expr) -> str | None:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
