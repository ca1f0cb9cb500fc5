"""Reading the Output/Input/State arguments of a callback registration."""

from __future__ import annotations

import ast
from typing import Callable, Iterator

from ..names import canonical
from ..positions import LineIndex
from .model import Dependency

DEPENDENCY_KINDS = {"dash.Output": "Output", "dash.Input": "Input", "dash.State": "State",
                    "dash.Trigger": "Trigger"}
CALLBACK_KEYWORDS = {"output", "outputs", "inputs", "input", "state", "states"}
# Comprehensions over more values than this are not unrolled.
MAX_UNROLL = 32


def dependency_kind(origin: str | None) -> str | None:
    return DEPENDENCY_KINDS.get(canonical(origin))


def maybe_dependency_kind(origin: str | None) -> str | None:
    """`Output` & co. imported from a module that may re-export Dash's (checked later)."""
    if not origin or canonical(origin).startswith("dash."):
        return None
    name = origin.rpartition(".")[2]
    return name if name in ("Output", "Input", "State", "Trigger") else None


class DependencyReader:
    def __init__(self, origin_of: Callable[[ast.expr], str | None], lines: LineIndex,
                 constants: dict[str, list[ast.expr]]):
        self.origin_of = origin_of
        self.lines = lines
        self.constants = constants
        # Module-level names whose binding the reading looked at (set by the reader's owner).
        self.consulted: set[str] = set()

    def read(self, call: ast.Call, skip_first: bool) -> tuple[list[Dependency], bool, Dependency | None]:
        """The dependencies of a callback registration (`skip_first`: a clientside one, whose
        first argument is the function), whether all were understood, and the first one Dash
        finds out of place (it then raises)."""
        complete = True
        found: list[Dependency] = []
        args = call.args[1:] if skip_first else call.args
        values = [(arg, {}) for arg in args]
        for keyword in call.keywords:
            if keyword.arg is None:
                complete = False
            elif keyword.arg in CALLBACK_KEYWORDS:
                values.append((keyword.value, {}))
        for value, bindings in values:
            for item in self._flatten(value, bindings, depth=0):
                if item is None:
                    complete = False
                else:
                    found.append(item)
        named = {k.arg for k in call.keywords}
        misplaced = None
        if not named & CALLBACK_KEYWORDS:
            misplaced = out_of_order(found, clientside=skip_first)
            if misplaced is not None:
                complete = False  # Dash raises IncorrectTypeException when it registers the callback
        if "state" in named and "inputs" not in named:
            complete = False  # Dash raises ValueError: no state= without inputs=
        return found, complete, misplaced

    def _flatten(self, node: ast.expr, bindings: dict, depth: int) -> Iterator[Dependency | None]:
        if depth > 6:
            yield None
        elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            for element in node.elts:
                yield from self._flatten(element, bindings, depth + 1)
        elif isinstance(node, ast.Dict):
            for value in node.values:
                yield from self._flatten(value, bindings, depth + 1)
        elif isinstance(node, ast.Starred):
            yield from self._flatten(node.value, bindings, depth + 1)
        elif isinstance(node, ast.Call):
            origin = self.origin_of(node.func)
            kind = dependency_kind(origin)
            if kind:
                yield self._dependency(kind, node, bindings)
            elif maybe_dependency_kind(origin):
                dependency = self._dependency(maybe_dependency_kind(origin), node, bindings)
                dependency.unverified = origin
                yield dependency
            elif canonical(self.origin_of(node.func)) == "dash.dict" or (
                    isinstance(node.func, ast.Name) and node.func.id == "dict" and not node.args):
                for keyword in node.keywords:
                    yield from self._flatten(keyword.value, bindings, depth + 1)
            elif _is_clientside_function(node, self.origin_of):
                return
            else:
                yield None
        elif isinstance(node, ast.ListComp) and len(node.generators) == 1:
            yield from self._unroll(node, bindings, depth)
        elif isinstance(node, ast.Name) and (value := self._constant(node.id)) is not None:
            yield from self._flatten(value, bindings, depth + 1)
        elif isinstance(node, (ast.Constant, ast.JoinedStr)):
            return  # clientside JavaScript source
        else:
            yield None

    def _constant(self, name: str) -> ast.expr | None:
        """The one value a module-level name is assigned, noting that the name was looked at."""
        self.consulted.add(name)
        values = self.constants.get(name, ())
        return values[0] if len(values) == 1 else None

    def _unroll(self, node: ast.ListComp, bindings: dict, depth: int) -> Iterator[Dependency | None]:
        generator = node.generators[0]
        values = _literal_iterable(generator.iter)
        if values is None or generator.ifs or not isinstance(generator.target, ast.Name):
            yield None
            return
        for value in values[:MAX_UNROLL]:
            yield from self._flatten(node.elt, {**bindings, generator.target.id: value}, depth + 1)

    def _dependency(self, kind: str, call: ast.Call, bindings: dict) -> Dependency:
        keywords = {k.arg: k.value for k in call.keywords if k.arg}
        id_node = keywords.get("component_id", call.args[0] if call.args else None)
        prop_node = keywords.get("component_property", call.args[1] if len(call.args) > 1 else None)
        third = call.args[2] if len(call.args) > 2 else None
        span = self.lines.span(call)
        return Dependency(
            kind=kind, node=call, id_node=id_node, prop_node=prop_node, bindings=bindings,
            span=span, id_span=self.lines.span(id_node) if id_node is not None else span,
            allow_duplicate=keywords.get("allow_duplicate", third if kind == "Output" else None),
            allow_optional=keywords.get("allow_optional", third if kind in ("Input", "State") else None),
        )


def out_of_order(found: list[Dependency], clientside: bool) -> Dependency | None:
    """The first dependency, in the order written, that Dash finds out of place: an Output
    after an Input or State, or (in a clientside callback, whose arguments Dash reads in the
    older, strict order) an Input after a State. A server callback's Inputs and States may
    come in any order (Dash >= 2 passes them to the function as written). Dependencies Dash
    cannot see here (`*more`) change nothing: those seen stay where they are."""
    seen: set[str] = set()
    for dependency in found:
        if dependency.kind == "Output" and seen & {"Input", "Trigger", "State"}:
            return dependency
        if clientside and dependency.kind == "Input" and "State" in seen:
            return dependency
        seen.add(dependency.kind)
    return None


def _is_clientside_function(node: ast.Call, origin_of) -> bool:
    return canonical(origin_of(node.func)).endswith("ClientsideFunction")


def _literal_iterable(node: ast.expr) -> list[ast.expr] | None:
    if isinstance(node, (ast.List, ast.Tuple)):
        return list(node.elts)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range":
        numbers = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, int)]
        if len(numbers) == len(node.args) and 1 <= len(numbers) <= 3:
            return [ast.Constant(value=v) for v in range(*numbers)][:MAX_UNROLL]
    return None
