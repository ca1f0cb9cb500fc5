"""Static evaluation of id and property expressions to `Value`s."""

from __future__ import annotations

import ast

from ..names import canonical, is_component_class
from ..values import UNKNOWN, DictId, Known, Pattern, Sequence, Value, Wildcard, concat
from . import symbols
from .scope import Bound, Scope, bind_arguments

WILDCARDS = {"dash.MATCH": "MATCH", "dash.ALL": "ALL", "dash.ALLSMALLER": "ALLSMALLER"}
MAX_DEPTH = 8


class Evaluator:
    def __init__(self, modules: symbols.Modules):
        self.modules = modules

    def value(self, node: ast.expr | None, scope: Scope) -> Value:
        if node is None or scope.depth > MAX_DEPTH:
            return UNKNOWN
        try:
            return self._value(node, scope)
        except RecursionError:
            return UNKNOWN

    def _value(self, node: ast.expr, scope: Scope) -> Value:
        if isinstance(node, ast.Constant):
            return Known(node.value)
        if isinstance(node, ast.JoinedStr):
            return self._fstring(node, scope)
        if isinstance(node, ast.Name):
            return self._name(node.id, scope)
        if isinstance(node, ast.Attribute):
            return self._attribute(node, scope)
        if isinstance(node, ast.Dict):
            return self._dict(node, scope)
        if isinstance(node, (ast.List, ast.Tuple)):
            return Sequence(tuple(self.value(e, scope) for e in node.elts))
        if isinstance(node, ast.BinOp):
            return self._binop(node, scope)
        if isinstance(node, ast.Call):
            return self._call(node, scope)
        if isinstance(node, ast.Subscript):
            return self._subscript(node, scope)
        return UNKNOWN

    def _fstring(self, node: ast.JoinedStr, scope: Scope) -> Value:
        parts: list[Value] = []
        for piece in node.values:
            if isinstance(piece, ast.Constant):
                parts.append(Known(piece.value))
            elif isinstance(piece, ast.FormattedValue) and piece.format_spec is None and piece.conversion in (-1, 115):
                parts.append(self._as_text(self.value(piece.value, scope)))
            else:
                parts.append(UNKNOWN)
        return concat(parts)

    @staticmethod
    def _as_text(value: Value) -> Value:
        if isinstance(value, Known) and isinstance(value.value, (str, int)) and not isinstance(value.value, bool):
            return Known(str(value.value))
        if isinstance(value, Pattern):
            return value
        return UNKNOWN

    def _binop(self, node: ast.BinOp, scope: Scope) -> Value:
        left, right = self.value(node.left, scope), self.value(node.right, scope)
        if isinstance(node.op, ast.Add):
            if all(isinstance(v, Known) and isinstance(v.value, (int, float)) and not isinstance(v.value, bool)
                   for v in (left, right)):
                return Known(left.value + right.value)  # type: ignore[union-attr]
            if any(isinstance(v, Known) and isinstance(v.value, str) or isinstance(v, Pattern) for v in (left, right)):
                return concat([left, right])
        if isinstance(node.op, ast.Mod) and isinstance(left, Known) and isinstance(left.value, str):
            args = right.items if isinstance(right, Sequence) else (right,)
            pieces = left.value.split("%s")
            if len(pieces) == len(args) + 1 and "%" not in "".join(pieces):
                out: list[Value] = [Known(pieces[0])]
                for arg, piece in zip(args, pieces[1:]):
                    out += [self._as_text(arg), Known(piece)]
                return concat(out)
        return UNKNOWN

    def _dict(self, node: ast.Dict, scope: Scope) -> Value:
        items = []
        for key, value in zip(node.keys, node.values):
            if key is None:
                return UNKNOWN
            key_value = self.value(key, scope)
            if not (isinstance(key_value, Known) and isinstance(key_value.value, str)):
                return UNKNOWN
            items.append((key_value.value, self.value(value, scope)))
        return DictId(tuple(sorted(items, key=lambda item: item[0])))

    def _subscript(self, node: ast.Subscript, scope: Scope) -> Value:
        container = self.value(node.value, scope)
        key = self.value(node.slice, scope)
        if isinstance(container, DictId) and isinstance(key, Known):
            return dict(container.items).get(key.value, UNKNOWN)  # type: ignore[arg-type]
        if isinstance(container, Sequence) and isinstance(key, Known) and isinstance(key.value, int):
            if -len(container.items) <= key.value < len(container.items):
                return container.items[key.value]
        return UNKNOWN

    def _name(self, name: str, scope: Scope) -> Value:
        if name in scope.bindings:
            bound = scope.bindings[name]
            if isinstance(bound, Bound):
                return self.value(bound.node, bound.scope.enter(bound.scope.module, bound.scope.function,
                                                                 bound.scope.bindings))
            return bound
        if scope.function is not None and name in scope.function.locals:
            values = scope.function.locals[name]
            return self._single(values, scope) if values and name not in scope.function.mutated else UNKNOWN
        symbol = symbols.lookup(self.modules, scope.module, name)
        return self._symbol(symbol, scope)

    def _attribute(self, node: ast.Attribute, scope: Scope) -> Value:
        if isinstance(node.value, ast.Name) and (node.value.id in scope.bindings or (
                scope.function is not None and node.value.id in scope.function.locals)):
            return UNKNOWN
        symbol = symbols.resolve(self.modules, scope.module, node)
        return self._symbol(symbol, scope)

    def _symbol(self, symbol, scope: Scope) -> Value:
        if isinstance(symbol, symbols.Constant) and not symbol.mutated:
            return self._single(list(symbol.values), Scope(symbol.module, None, {}, scope.depth + 1))
        if isinstance(symbol, symbols.External) and symbol.origin in WILDCARDS:
            return Wildcard(WILDCARDS[symbol.origin])
        if isinstance(symbol, symbols.External):
            external = getattr(self.modules, "external_constant", None)
            constant = external(symbol.origin) if external is not None else None
            if constant is not None:
                return self._symbol(constant, scope)
        return UNKNOWN

    def _single(self, values: list[ast.expr], scope: Scope) -> Value:
        """A name assigned more than once is known only if every assignment agrees."""
        results = {self.value(v, scope.enter(scope.module, scope.function, scope.bindings)) for v in values[:8]}
        return results.pop() if len(results) == 1 else UNKNOWN

    def _call(self, node: ast.Call, scope: Scope) -> Value:
        func = node.func
        # "{}-{}".format(a, b)
        if isinstance(func, ast.Attribute) and func.attr == "format" and isinstance(func.value, ast.Constant) \
                and isinstance(func.value.value, str) and not node.keywords:
            pieces = func.value.value.split("{}")
            if len(pieces) == len(node.args) + 1 and "{" not in "".join(pieces):
                out: list[Value] = [Known(pieces[0])]
                for arg, piece in zip(node.args, pieces[1:]):
                    out += [self._as_text(self.value(arg, scope)), Known(piece)]
                return concat(out)
            return UNKNOWN
        if isinstance(func, ast.Name) and func.id == "str" and len(node.args) == 1:
            return self._as_text(self.value(node.args[0], scope))
        if isinstance(func, ast.Name) and func.id == "dict" and not node.args:
            return self._dict(ast.Dict(keys=[ast.Constant(k.arg) if k.arg else None for k in node.keywords],
                                       values=[k.value for k in node.keywords]), scope)
        symbol = symbols.resolve(self.modules, scope.module, func)
        if isinstance(symbol, symbols.External) and is_component_class(symbol.origin):
            # A component passed where an id goes stands for its id.
            id_node = next((k.value for k in node.keywords if k.arg == "id"), None)
            return self.value(id_node, scope) if id_node is not None else UNKNOWN
        if isinstance(symbol, symbols.Function) and len(symbol.info.returns) == 1:
            bindings = bind_arguments(symbol.info, symbol.module, node, scope)
            inner = scope.enter(symbol.module, symbol.info, bindings)
            return self.value(symbol.info.returns[0], inner)
        return UNKNOWN


def is_true(value: Value) -> bool | None:
    """Truthiness of a known value, None when unknown."""
    if isinstance(value, Known):
        return bool(value.value)
    return None


def origin(modules: symbols.Modules, scope: Scope, node: ast.expr) -> str:
    return canonical(symbols.origin_of(modules, scope.module, node))
