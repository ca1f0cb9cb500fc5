"""The component ids a layout surely renders, each as often as it surely does.

Dash refuses a layout in which two components share an id (`validate_layout` in
dash/_validate.py raises DuplicateIdError), walking the tree through `children` alone. To
prove a duplicate, only what every run renders counts: of two branches (`a if c else b`,
several `return`s, a name assigned twice) only what both render; a comprehension once per
known value it loops over; nothing of a comprehension over data, a starred item or anything
not understood. The answer is a lower bound.
"""

from __future__ import annotations

import ast
from collections import Counter
from dataclasses import dataclass

from ..findings import Location
from ..values import Known
from . import symbols
from .catalog import Catalog, call_arguments
from .evaluate import Evaluator
from .render import TEXT_BUILTINS, TEXT_FUNCTIONS, TEXT_METHODS, known_items
from .scope import Bound, Scope, bind_arguments

MAX_DEPTH = 10


@dataclass(frozen=True)
class Occurrence:
    component_id: str
    # The names and calls followed from the layout down to the component, then its id: where
    # two occurrences part is where the second one is made.
    trail: tuple[Location, ...]
    loop: Location | None = None  # the innermost comprehension that made it, if any


class SureIds:
    def __init__(self, modules: symbols.Modules, evaluator: Evaluator, catalog: Catalog):
        self.modules = modules
        self.evaluator = evaluator
        self.catalog = catalog
        # One walk looks up `html.Div` thousands of times; each lookup's reads are recorded
        # by the first (a walker serves one derived result).
        self._resolved: dict[tuple[int, str], object] = {}

    def _resolve(self, module, node: ast.expr):
        name = _dotted(node)
        if name is None:
            return None
        key = (id(module), name)
        if key not in self._resolved:
            self._resolved[key] = symbols.resolve(self.modules, module, node)
        return self._resolved[key]

    def root(self, node: ast.expr, scope: Scope) -> list[Occurrence]:
        """What `app.layout = node` surely renders: a tree, or a function Dash calls without
        arguments."""
        symbol = self._resolve(scope.module, node)
        try:
            if isinstance(symbol, symbols.Function):
                return self._returns(symbol, None, scope, ())
            if isinstance(node, ast.Lambda):
                return self.of(node.body, scope, ())
            return self.of(node, scope, ())
        except RecursionError:
            return []

    def of(self, node: ast.expr, scope: Scope, trail: tuple[Location, ...]) -> list[Occurrence]:
        """In the order Dash walks them (a component, then its children)."""
        if scope.depth > MAX_DEPTH:
            return []
        if isinstance(node, (ast.List, ast.Tuple)):
            return [o for element in node.elts if not isinstance(element, ast.Starred)
                    for o in self.of(element, scope, trail)]
        if isinstance(node, ast.IfExp):
            return _shared([self.of(node.body, scope, trail), self.of(node.orelse, scope, trail)])
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return [*self.of(node.left, scope, trail), *self.of(node.right, scope, trail)]
        if isinstance(node, ast.NamedExpr):
            return self.of(node.value, scope, trail)
        if isinstance(node, (ast.ListComp, ast.GeneratorExp)):
            return self._comprehension(node, scope, trail)
        if isinstance(node, ast.Call):
            return self._call(node, scope, trail)
        if isinstance(node, ast.Name):
            return self._name(node, scope, trail)
        if isinstance(node, ast.Attribute):
            return self._symbol(self._resolve(scope.module, node), scope, (*trail, _at(scope, node)))
        return []

    def _comprehension(self, node: ast.ListComp | ast.GeneratorExp, scope: Scope,
                       trail: tuple[Location, ...]) -> list[Occurrence]:
        """One round per value of a loop over known values, without conditions: `range(3)`."""
        generator = node.generators[0]
        if len(node.generators) != 1 or generator.ifs or generator.is_async or not isinstance(generator.target, ast.Name):
            return []
        values = known_items(self.evaluator, generator.iter, scope)
        if not values:
            return []
        here = _at(scope, node)
        trail = (*trail, here)
        return [o if o.loop is not None else Occurrence(o.component_id, o.trail, here)
                for value in values for o in self.of(node.elt, scope.bind({generator.target.id: value}), trail)]

    def _name(self, node: ast.Name, scope: Scope, trail: tuple[Location, ...]) -> list[Occurrence]:
        trail = (*trail, _at(scope, node))
        name = node.id
        if name in scope.bindings:
            bound = scope.bindings[name]
            if isinstance(bound, Bound):
                inner = bound.scope.enter(bound.scope.module, bound.scope.function, bound.scope.bindings)
                return self.of(bound.node, inner, trail)
            return []
        if _id_reassigned(scope.module, name):
            return []  # (`card.id = ...` somewhere: which id it holds here depends on the order)
        if scope.function is not None and name in scope.function.locals:
            if name in scope.function.mutated:
                return []  # (`children.pop()` may take a component away)
            return _shared([self.of(value, scope, trail) for value in scope.function.locals[name]])
        return self._symbol(symbols.lookup(self.modules, scope.module, name), scope, trail)

    def _symbol(self, symbol, scope: Scope, trail: tuple[Location, ...]) -> list[Occurrence]:
        if isinstance(symbol, symbols.Constant) and not symbol.mutated:
            inner = Scope(symbol.module, None, {}, scope.depth + 1)
            return _shared([self.of(value, inner, trail) for value in symbol.values])
        return []

    def _call(self, node: ast.Call, scope: Scope, trail: tuple[Location, ...]) -> list[Occurrence]:
        func = node.func
        if isinstance(func, ast.Name) and func.id in TEXT_BUILTINS or isinstance(func, ast.Attribute) and func.attr in TEXT_METHODS:
            return []
        if isinstance(func, ast.Name) and (func.id in scope.bindings or (
                scope.function is not None and func.id in scope.function.locals)):
            return []
        symbol = self._resolve(scope.module, func)
        if isinstance(symbol, symbols.External) and symbol.origin not in TEXT_FUNCTIONS:
            from ..names import is_component_class
            if is_component_class(symbol.origin):
                return self._component(node, symbol.origin, scope, trail)
        if isinstance(symbol, symbols.Function):
            return self._returns(symbol, node, scope, (*trail, _at(scope, node)))
        return []

    def _returns(self, symbol: symbols.Function, call: ast.Call | None, scope: Scope,
                 trail: tuple[Location, ...]) -> list[Occurrence]:
        if scope.depth >= MAX_DEPTH or not symbol.info.returns or isinstance(symbol.info.node, ast.AsyncFunctionDef):
            return []
        inner = scope.enter(symbol.module, symbol.info, bind_arguments(symbol.info, symbol.module, call, scope))
        derived = getattr(self.modules, "derived", None)
        index = symbol.module.statement_of(symbol.info.node)
        if derived is None or index is None or (call is not None and (call.args or call.keywords)):
            return _shared([self.of(value, inner, trail) for value in symbol.info.returns])
        # Called without arguments (a panel): what it renders depends on its own statement
        # and what that reads, so it is kept across edits elsewhere, its trail starting there.
        found = derived.get(("sure ids", id(symbol.info.node), scope.depth), symbol.module,
                            lambda: self._apart(lambda: _shared([self.of(value, inner, ()) for value in symbol.info.returns])),
                            (index,))
        return [Occurrence(o.component_id, (*trail, *o.trail), o.loop) for o in found]

    def _apart(self, compute):
        """`compute()` with its own lookups, so that the derived result it makes records them all."""
        outer, self._resolved = self._resolved, {}
        try:
            return compute()
        finally:
            self._resolved = outer

    def _component(self, node: ast.Call, origin: str, scope: Scope, trail: tuple[Location, ...]) -> list[Occurrence]:
        arguments = call_arguments(node, self.catalog.info(origin))
        found = []
        id_node = arguments.get("id")
        if id_node is not None:
            value = self.evaluator.value(id_node, scope)
            if isinstance(value, Known) and isinstance(value.value, str) and value.value:
                found.append(Occurrence(value.value, (*trail, _at(scope, id_node))))
        children = arguments.get("children")
        if children is not None:
            found += self.of(children, scope, trail)
        return found


def _dotted(node: ast.expr) -> str | None:
    """`a.b.c` of a chain of names, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))


def _id_reassigned(module, name: str) -> bool:
    return any(c.origin == "attribute" and isinstance(c.call.func.value, ast.Name) and c.call.func.value.id == name
               for c in module.components)


def _at(scope: Scope, node: ast.AST) -> Location:
    return Location(scope.module.path, scope.module.lines.span(node))


def _shared(alternatives: list[list[Occurrence]]) -> list[Occurrence]:
    """What every alternative renders: each id as often as the one rendering it least does
    (the first alternative's occurrences stand for it)."""
    if not alternatives:
        return []
    if len(alternatives) == 1:
        return alternatives[0]
    least = Counter(o.component_id for o in alternatives[0])
    for other in alternatives[1:]:
        least &= Counter(o.component_id for o in other)
    kept = []
    for occurrence in alternatives[0]:
        if least[occurrence.component_id] > 0:
            least[occurrence.component_id] -= 1
            kept.append(occurrence)
    return kept


def duplicates(occurrences: list[Occurrence]) -> list[tuple[Occurrence, Occurrence]]:
    """(first, later) for each occurrence of an id after its first."""
    first: dict[str, Occurrence] = {}
    found = []
    for occurrence in occurrences:
        if occurrence.component_id in first:
            found.append((first[occurrence.component_id], occurrence))
        else:
            first[occurrence.component_id] = occurrence
    return found


def parting(first: Occurrence, later: Occurrence) -> tuple[Location, Location]:
    """Where the two trails part: the places that make each of them."""
    for mine, theirs in zip(first.trail, later.trail):
        if mine != theirs:
            return mine, theirs
    return first.trail[-1], later.trail[-1]
