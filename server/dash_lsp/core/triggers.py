"""Where callbacks compare `ctx.triggered_id` with an id: places that name the id as surely
as an `Input` does (`if ctx.triggered_id == "refresh-button":`)."""

from __future__ import annotations

import ast
from collections.abc import Iterable

from .facts.model import ModuleFacts
from .semantics import symbols

# `ctx.triggered_id` under Dash's names for the callback context.
_CONTEXTS = ("dash.ctx", "dash.callback_context")


def trigger_comparisons(workspace, modules: Iterable[ModuleFacts], line: int | None = None):
    """(module, string literal) compared with `ctx.triggered_id` in the modules' functions:
    `== "a"`, `!= "a"`, `in ("a", "b")`, directly or through a local assigned only from it.
    With `line` (0-based), only in the functions around that line."""
    for module in modules:
        for info in module.functions.values():
            if isinstance(info.node, ast.Lambda):
                continue
            if line is not None and not info.node.lineno <= line + 1 <= info.node.end_lineno:
                continue
            triggers = {name for name, values in info.locals.items()
                        if values and all(_is_triggered_id(workspace, module, v) for v in values)}

            def is_trigger(node) -> bool:
                return (isinstance(node, ast.Name) and node.id in triggers) or _is_triggered_id(workspace, module, node)

            for node in _own_nodes(info.node):
                if not isinstance(node, ast.Compare) or len(node.ops) != 1:
                    continue
                left, right, op = node.left, node.comparators[0], node.ops[0]
                if isinstance(op, (ast.Eq, ast.NotEq)):
                    for this, other in ((left, right), (right, left)):
                        if is_trigger(this) and isinstance(other, ast.Constant) and isinstance(other.value, str):
                            yield module, other
                elif isinstance(op, (ast.In, ast.NotIn)) and is_trigger(left) \
                        and isinstance(right, (ast.Tuple, ast.List, ast.Set)):
                    for element in right.elts:
                        if isinstance(element, ast.Constant) and isinstance(element.value, str):
                            yield module, element


def _is_triggered_id(workspace, module: ModuleFacts, node) -> bool:
    if not (isinstance(node, ast.Attribute) and node.attr == "triggered_id"):
        return False
    symbol = symbols.resolve(workspace, module, node.value)
    return isinstance(symbol, symbols.External) and symbol.origin in _CONTEXTS


def _own_nodes(function: ast.FunctionDef | ast.AsyncFunctionDef):
    """The nodes of a function's body, not those of the functions and classes inside it
    (their locals are their own)."""
    stack = list(function.body)
    while stack:
        node = stack.pop()
        yield node
        stack.extend(child for child in ast.iter_child_nodes(node)
                     if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)))
