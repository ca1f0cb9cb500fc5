"""How many times code runs: the passes of a `for` loop we can count, and whether a callback's
registration runs on every pass (or every call) of the body it sits in."""

from __future__ import annotations

import ast

from ..facts.model import Callback, ModuleFacts

# Statements that may keep the rest of a body from running, or make it run once only
# (a flag kept across calls).
_LEAVES_EARLY = (ast.Return, ast.Raise, ast.Break, ast.Continue, ast.Global, ast.Nonlocal, ast.Yield,
                 ast.YieldFrom)
_OWN_SCOPE = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def registered_every_time(body: list[ast.stmt], callback: Callback) -> bool:
    """The callback's registration is a statement of `body` itself, and nothing before it can
    leave early or keep state across runs."""
    for statement in body:
        if any(d is callback.call for d in getattr(statement, "decorator_list", ())) or (
                isinstance(statement, ast.Expr) and statement.value is callback.call):
            return True
        if _may_leave(statement):
            return False
    return False


def _may_leave(node: ast.AST) -> bool:
    if isinstance(node, _LEAVES_EARLY):
        return True
    if isinstance(node, _OWN_SCOPE):
        return False  # a return in there leaves only itself
    return any(_may_leave(child) for child in ast.iter_child_nodes(node))


def registers_every_pass(loop: ast.For, callback: Callback) -> bool:
    return not loop.orelse and registered_every_time(loop.body, callback)


def loop_passes(module: ModuleFacts, loop: ast.For, at_module_level: bool) -> int | None:
    """How many times the loop runs, when its iterable is written out: a list, tuple or dict
    literal, `range(...)` of integer literals, or (at module level) a module constant holding one."""
    iterable = loop.iter
    if at_module_level and isinstance(iterable, ast.Name) and iterable.id not in module.mutated:
        values = module.constants.get(iterable.id, [])
        if len(values) == 1:
            iterable = values[0]
    if isinstance(iterable, (ast.List, ast.Tuple)):
        if any(isinstance(e, ast.Starred) for e in iterable.elts):
            return None
        return len(iterable.elts)
    if isinstance(iterable, ast.Dict):
        keys = [k.value if isinstance(k, ast.Constant) else None for k in iterable.keys]
        if any(k is None for k in keys):
            return None
        return len(set(keys))
    if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name) and iterable.func.id == "range" \
            and not iterable.keywords and 1 <= len(iterable.args) <= 3 and not _shadowed(module, "range"):
        numbers = [_integer(a) for a in iterable.args]
        if None in numbers or (len(numbers) == 3 and numbers[2] == 0):
            return None
        return len(range(*numbers))
    return None


def _integer(node: ast.expr) -> int | None:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        value = _integer(node.operand)
        return -value if value is not None else None
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    return None


def _shadowed(module: ModuleFacts, name: str) -> bool:
    return name in module.constants or name in module.functions or module.imports.bindings.get(name) is not None
