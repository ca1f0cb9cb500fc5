"""Where callbacks compare `ctx.triggered_id` with an id: places that name the id as surely
as an `Input` does (`if ctx.triggered_id == "refresh-button":`)."""

from __future__ import annotations

import ast
from collections.abc import Iterable

from .facts.model import FunctionInfo, ModuleFacts
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
            for attributes, node in candidate_comparisons(info):
                if isinstance(node, ast.Constant) and all(is_triggered_id(workspace, module, a) for a in attributes):
                    yield module, node


def candidate_comparisons(info: FunctionInfo) -> list[tuple[tuple[ast.Attribute, ...], ast.expr]]:
    """What syntax alone tells of a function's comparisons: each string literal, or name or
    attribute of the module (an id constant: not a name the function binds itself), compared
    with `<something>.triggered_id` (or a local assigned only such values), with those
    attributes; whether `<something>` is Dash's callback context is for `is_triggered_id` to
    say. Kept on the FunctionInfo."""
    if info.comparisons is None:
        info.comparisons = _comparisons(info)
    return info.comparisons


def _comparisons(info: FunctionInfo) -> list[tuple[tuple[ast.Attribute, ...], ast.expr]]:
    aliases = {name: tuple(values) for name, values in info.locals.items()
               if values and all(_attribute(v) for v in values)}

    def attributes(node) -> tuple[ast.Attribute, ...]:
        if isinstance(node, ast.Name) and node.id in aliases:
            return aliases[node.id]
        return (node,) if _attribute(node) else ()

    def compared(node) -> bool:
        if isinstance(node, ast.Constant):
            return isinstance(node.value, str)
        return isinstance(node, (ast.Name, ast.Attribute)) and not attributes(node) \
            and not info.binds_anywhere(_root(node))

    found = []
    for node in _own_nodes(info.node):
        if not isinstance(node, ast.Compare) or len(node.ops) != 1:
            continue
        left, right, op = node.left, node.comparators[0], node.ops[0]
        if isinstance(op, (ast.Eq, ast.NotEq)):
            for this, other in ((left, right), (right, left)):
                if (seen := attributes(this)) and compared(other):
                    found.append((seen, other))
        elif isinstance(op, (ast.In, ast.NotIn)) and (seen := attributes(left)) \
                and isinstance(right, (ast.Tuple, ast.List, ast.Set)):
            found += [(seen, e) for e in right.elts if compared(e)]
    return found


def _root(node: ast.expr) -> str:
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else ""


def _attribute(node) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "triggered_id"


def is_triggered_id(workspace, module: ModuleFacts, node) -> bool:
    """`node` is `ctx.triggered_id` of Dash's callback context (under whatever name)."""
    if not _attribute(node):
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
