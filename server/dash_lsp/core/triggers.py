"""Where callbacks compare `ctx.triggered_id` with an id: places that name the id as surely
as an `Input` does (`if ctx.triggered_id == "refresh-button":`), also in the forms older apps
wrote before Dash 2.4 gave the context `triggered_id`: `ctx.triggered[0]["prop_id"]`, the
"id.property" of the first trigger ("." on the initial call), and its id part,
`ctx.triggered[0]["prop_id"].split(".")[0]` ("" on the initial call)."""

from __future__ import annotations

import ast
from collections.abc import Iterable
from typing import NamedTuple

from .facts.model import FunctionInfo, ModuleFacts
from .semantics import symbols

# `ctx.triggered_id` under Dash's names for the callback context.
_CONTEXTS = ("dash.ctx", "dash.callback_context")


# The forms of a read: `ctx.triggered_id`; the older `ctx.triggered[0]["prop_id"]` ("id.property")
# and its id part, `….split(".")[0]`.
TRIGGERED_ID, PROP_ID, SPLIT = "triggered_id", "prop_id", "split"


class TriggerRead(NamedTuple):
    """A read of what fired the callback: the callback context it is read from (to be
    resolved in the module), and its form."""

    context: ast.expr
    form: str


def trigger_comparisons(workspace, modules: Iterable[ModuleFacts], line: int | None = None):
    """(module, string literal) compared with `ctx.triggered_id` (or its id part of old) in the
    modules' functions: `== "a"`, `!= "a"`, `in ("a", "b")`, directly or through a local
    assigned only from it. With `line` (0-based), only in the functions around that line."""
    for module in modules:
        for info in module.functions.values():
            if isinstance(info.node, ast.Lambda):
                continue
            if line is not None and not info.node.lineno <= line + 1 <= info.node.end_lineno:
                continue
            for reads, node in candidate_comparisons(info):
                if isinstance(node, ast.Constant) and all(r.form != PROP_ID for r in reads) \
                        and all(is_triggered_id(workspace, module, r) for r in reads):
                    yield module, node


def candidate_comparisons(info: FunctionInfo) -> list[tuple[tuple[TriggerRead, ...], ast.expr]]:
    """What syntax alone tells of a function's comparisons: each string literal, or name or
    attribute of the module (an id constant: not a name the function binds itself), compared
    with a read of the id that fired the callback (or a local assigned only such reads), with
    those reads; whether their context is Dash's callback context is for `is_triggered_id`
    to say. Kept on the FunctionInfo."""
    if info.comparisons is None:
        info.comparisons = _comparisons(info)
    return info.comparisons


def _comparisons(info: FunctionInfo) -> list[tuple[tuple[TriggerRead, ...], ast.expr]]:
    def read(node) -> TriggerRead | None:
        context, form = _context(node)
        if isinstance(context, ast.Name) and info.binds(context.id):
            # `ctx = dash.callback_context` in the function: the one value it is given, or unknown.
            values = info.locals.get(context.id, [])
            one = len(values) == 1 and context.id not in info.mutated
            context = values[0] if one and isinstance(values[0], (ast.Name, ast.Attribute)) else None
        return TriggerRead(context, form) if context is not None else None

    aliases = {}
    for name, values in info.locals.items():
        reads = [read(v) for v in values]
        if reads and all(reads):
            aliases[name] = tuple(reads)

    def reads_of(node) -> tuple[TriggerRead, ...]:
        if isinstance(node, ast.Name) and node.id in aliases:
            return aliases[node.id]
        found = read(node)
        return (found,) if found is not None else ()

    def compared(node) -> bool:
        if isinstance(node, ast.Constant):
            return isinstance(node.value, str)
        return isinstance(node, (ast.Name, ast.Attribute)) and not reads_of(node) \
            and _context(node)[0] is None and not info.binds_anywhere(_root(node))

    found = []
    for node in _own_nodes(info.node):
        if not isinstance(node, ast.Compare) or len(node.ops) != 1:
            continue
        left, right, op = node.left, node.comparators[0], node.ops[0]
        if isinstance(op, (ast.Eq, ast.NotEq)):
            for this, other in ((left, right), (right, left)):
                if (seen := reads_of(this)) and compared(other):
                    found.append((seen, other))
        elif isinstance(op, (ast.In, ast.NotIn)) and (seen := reads_of(left)) \
                and isinstance(right, (ast.Tuple, ast.List, ast.Set)):
            found += [(seen, e) for e in right.elts if compared(e)]
    return found


def _root(node: ast.expr) -> str:
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else ""


def _context(node) -> tuple[ast.expr | None, str]:
    """`ctx` of `ctx.triggered_id`, `ctx.triggered[0]["prop_id"]` or its `.split(".")[0]`,
    with the form."""
    if isinstance(node, ast.Attribute):
        return (node.value if node.attr == "triggered_id" else None), TRIGGERED_ID
    form = PROP_ID
    if isinstance(node, ast.Subscript) and _is_constant(node.slice, 0) and isinstance(node.value, ast.Call):
        call = node.value
        if not (isinstance(call.func, ast.Attribute) and call.func.attr == "split" and call.args
                and _is_constant(call.args[0], ".") and len(call.args) <= 2 and not call.keywords):
            return None, SPLIT
        node, form = call.func.value, SPLIT
    if not (isinstance(node, ast.Subscript) and _is_constant(node.slice, "prop_id")):
        return None, form
    first = node.value
    if not (isinstance(first, ast.Subscript) and _is_constant(first.slice, 0)):
        return None, form
    triggered = first.value
    return (triggered.value if isinstance(triggered, ast.Attribute) and triggered.attr == "triggered" else None), form


def _is_constant(node, value) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) is type(value) and node.value == value


def is_triggered_id(workspace, module: ModuleFacts, read: TriggerRead) -> bool:
    """The read is from Dash's callback context (under whatever name)."""
    symbol = symbols.resolve(workspace, module, read.context)
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
