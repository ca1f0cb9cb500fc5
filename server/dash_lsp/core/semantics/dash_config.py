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
import re
from dataclasses import dataclass
from pathlib import Path

from ..source import Unreadable, read_source

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ConfigKeys:
    keys: frozenset[str]
    read_only: frozenset[str]  # from construction on
    # Read-only once `init_app` has run: at construction unless `Dash(server=False)`.
    locked_with_server: frozenset[str] = frozenset()
    # What the Dash class's docstring says of each key (its `:param key:`), in Markdown.
    docs: tuple[tuple[str, str], ...] = ()

    def doc(self, key: str) -> str | None:
        return next((text for name, text in self.docs if name == key), None)


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
    classes = [c for c in tree.body if isinstance(c, ast.ClassDef) and c.name == "Dash"]
    methods = {f.name: f for c in classes for f in c.body if isinstance(f, ast.FunctionDef)}
    if "__init__" not in methods:
        return None
    keys: set[str] = set()
    read_only: set[str] = set()
    finalized = False
    for statement in methods["__init__"].body:  # (its own statements: what every construction runs)
        if isinstance(statement, ast.Assign) and any(_is_config(t) for t in statement.targets) \
                and isinstance(statement.value, ast.Call) and _name(statement.value.func) == "AttributeDict":
            keys.update(k.arg for k in statement.value.keywords if k.arg)
        elif (call := _config_call(statement, _is_config)) is not None:
            read_only.update(_read_only(call))
            finalized = finalized or call.func.attr == "finalize"
    if not keys or not finalized:
        return None  # (a Dash that builds its config otherwise: we do not know its keys)
    locked = set()
    if "init_app" in methods and _calls_init_app_with_server(methods["__init__"]):
        locked = {key for statement in methods["init_app"].body
                  if (call := _config_call(statement, _is_local_config)) is not None for key in _read_only(call)}
    docs = _parameter_docs(ast.get_docstring(classes[0]) or "") if classes else {}
    return ConfigKeys(frozenset(keys), frozenset(read_only & keys), frozenset((locked & keys) - read_only),
                      tuple(sorted((k, v) for k, v in docs.items() if k in keys)))


_PARAMETER = re.compile(r"^\s*:param (\w+):(.*?)(?=^\s*:(?:param|type|rtype)\b|\Z)", re.M | re.S)


def _parameter_docs(docstring: str) -> dict[str, str]:
    """`:param key: text` of a reST docstring, each text on one line, ``code`` as `code`."""
    return {name: " ".join(text.split()).replace("``", "`") for name, text in _PARAMETER.findall(docstring)}


def _config_call(statement: ast.stmt, is_receiver) -> ast.Call | None:
    """`<config>.<method>(…)`, a statement of its own."""
    if isinstance(statement, ast.Expr) and isinstance(call := statement.value, ast.Call) \
            and isinstance(call.func, ast.Attribute) and is_receiver(call.func.value):
        return call
    return None


def _read_only(call: ast.Call) -> set[str]:
    if call.func.attr != "set_read_only" or not call.args or not isinstance(call.args[0], (ast.List, ast.Tuple)):
        return set()
    return {e.value for e in call.args[0].elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}


def _calls_init_app_with_server(init: ast.FunctionDef) -> bool:
    """`if server: self.init_app()` in __init__: the server Dash makes by default locks them at once."""
    for statement in init.body:
        if isinstance(statement, ast.If) and isinstance(statement.test, ast.Name) and statement.test.id == "server" \
                and any(isinstance(s, ast.Expr) and isinstance(s.value, ast.Call) and _name(s.value.func) == "init_app"
                        for s in statement.body):
            return True
    return False


def _is_config(node: ast.expr) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "config" \
        and isinstance(node.value, ast.Name) and node.value.id == "self"


def _is_local_config(node: ast.expr) -> bool:
    """`config`, init_app's name for `self.config`."""
    return isinstance(node, ast.Name) and node.id == "config"


def _name(node: ast.expr) -> str | None:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
