"""Where an expression is evaluated: its module, enclosing function and bound names."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from ..facts.model import FunctionInfo, ModuleFacts


@dataclass(frozen=True)
class Bound:
    """A name bound to an expression of another scope (an argument, a loop value)."""

    node: ast.expr
    scope: "Scope"


@dataclass(frozen=True)
class Scope:
    module: ModuleFacts
    function: FunctionInfo | None = None
    bindings: dict = field(default_factory=dict)  # name → Bound | Value
    depth: int = 0

    def bind(self, names: dict) -> "Scope":
        return Scope(self.module, self.function, {**self.bindings, **names}, self.depth)

    def enter(self, module: ModuleFacts, function: FunctionInfo | None, bindings: dict) -> "Scope":
        return Scope(module, function, bindings, self.depth + 1)


def bind_arguments(function: FunctionInfo, module: ModuleFacts, call: ast.Call | None,
                   caller: "Scope") -> dict:
    """Parameters of `function` bound to the call's arguments (unbound ones to their defaults)."""
    from ..values import UNKNOWN

    node = function.node
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    if positional and positional[0].arg in ("self", "cls") and "." in function.name:
        positional = positional[1:]
    bindings: dict = {}
    defaults = dict(zip([a.arg for a in positional][len(positional) - len(args.defaults):], args.defaults))
    defaults.update({a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None})
    for name, default in defaults.items():
        bindings[name] = Bound(default, Scope(module))
    for parameter in [*positional, *args.kwonlyargs]:
        bindings.setdefault(parameter.arg, UNKNOWN)
    for extra in (args.vararg, args.kwarg):
        if extra is not None:
            bindings[extra.arg] = UNKNOWN
    if call is None:
        return bindings
    for parameter, argument in zip(positional, call.args):
        if isinstance(argument, ast.Starred):
            break
        bindings[parameter.arg] = Bound(argument, caller)
    for keyword in call.keywords:
        if keyword.arg is not None and keyword.arg in bindings:
            bindings[keyword.arg] = Bound(keyword.value, caller)
    return bindings

