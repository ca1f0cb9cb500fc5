"""Which component ids a layout expression renders, following the project's helpers.

The answer is a set of ids plus `complete`: whether every part of the tree was
understood. An incomplete tree never proves an id missing.
"""

from __future__ import annotations

import ast
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..findings import Span
from ..similar import close_matches
from ..values import PAGE_ENTRY, PAGE_TEXT_FIELDS, DictId, Known, Pattern, Unknown, Value
from . import symbols
from .catalog import Catalog, call_arguments
from .evaluate import Evaluator
from .scope import Bound, Scope, bind_arguments

PAGE_CONTAINER_IDS = ("_pages_location", "_pages_content", "_pages_store", "_pages_dummy")
# Calls that build text, never components.
TEXT_BUILTINS = {"str", "int", "float", "round", "len", "format", "repr", "abs", "sum", "min", "max"}
TEXT_METHODS = {"format", "upper", "lower", "title", "strip", "join", "replace", "capitalize"}
TEXT_FUNCTIONS = {"textwrap.dedent", "textwrap.fill", "textwrap.indent", "textwrap.shorten", "json.dumps"}
MAX_DEPTH = 10
# The ids a check asked layouts for close spellings of (see `asking_for_close_ids`), per
# thread: a check runs in one.
_asking = threading.local()


@dataclass(frozen=True)
class Site:
    path: Path
    span: Span
    component: str  # e.g. dcc.Dropdown
    origin: str = ""  # e.g. dash.dcc.Dropdown: where its properties are looked up


@dataclass
class Rendered:
    ids: dict[str, list[Site]] = field(default_factory=dict)
    patterns: list[tuple[Pattern, Site]] = field(default_factory=list)
    complete: bool = True

    def add(self, other: "Rendered") -> None:
        for key, sites in other.ids.items():
            self.ids.setdefault(key, []).extend(sites)
        self.patterns.extend(other.patterns)
        self.complete = self.complete and other.complete

    def add_id(self, value: Value, site: Site) -> None:
        """A component's id: a string, a pattern a wildcard matches, or unknown (a dict id
        with no wildcard is no string id and hides none)."""
        if isinstance(value, Known) and isinstance(value.value, str):
            self.ids.setdefault(value.value, []).append(site)
        elif isinstance(value, Pattern):
            self.patterns.append((value, site))
        elif not isinstance(value, DictId):
            self.complete = False

    def has(self, component_id: str) -> bool:
        return component_id in self.ids or any(p.matches(component_id) for p, _ in self.patterns)

    def close_ids(self, component_id: str, limit: int = 3) -> list[str]:
        """Ids of this tree spelt almost like `component_id`."""
        asked = getattr(_asking, "ids", None)
        if asked is not None:
            asked.add(component_id)
        return close_matches(component_id, self.ids, limit)


@contextmanager
def asking_for_close_ids() -> Iterator[set[str]]:
    """Collects the ids whose close spellings layouts are asked for meanwhile: a component
    given an id alike none of them changes no did-you-mean (project/id_rename.py)."""
    outer = getattr(_asking, "ids", None)
    _asking.ids = asked = set()
    try:
        yield asked
    finally:
        _asking.ids = outer
        if outer is not None:
            outer.update(asked)


def known_items(evaluator: Evaluator, node: ast.expr, scope: Scope) -> list | None:
    """The values a loop over `node` takes (a known list, `range` of known numbers; 64 at most),
    or None."""
    value = evaluator.value(node, scope)
    from ..values import Sequence
    if isinstance(value, Sequence) and len(value.items) <= 64:
        return list(value.items)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range":
        bounds = [evaluator.value(a, scope) for a in node.args]
        if bounds and all(isinstance(b, Known) and isinstance(b.value, int) for b in bounds):
            numbers = range(*[b.value for b in bounds])  # type: ignore[union-attr]
            if len(numbers) <= 64:
                return [Known(n) for n in numbers]
    return None


def short_name(origin: str) -> str:
    parts = origin.split(".")
    if len(parts) >= 2 and parts[0] == "dash":
        return ".".join(parts[1:])
    return ".".join(parts[-2:]) if len(parts) >= 2 else origin


class Renderer:
    def __init__(self, modules: symbols.Modules, evaluator: Evaluator, catalog: Catalog):
        self.modules = modules
        self.evaluator = evaluator
        self.catalog = catalog
        self._memo: dict[tuple[int, int], Rendered] = {}

    def forget(self) -> None:
        self._memo.clear()

    def root(self, node: ast.expr | None, scope: Scope) -> Rendered:
        """A layout value: a tree, or a function Dash calls to get one."""
        if node is None:
            return Rendered(complete=False)
        if isinstance(node, ast.Lambda):
            return self.render(node.body, scope.bind({a.arg: Unknown() for a in node.args.args}))
        symbol = symbols.resolve(self.modules, scope.module, node) if isinstance(node, (ast.Name, ast.Attribute)) else None
        if isinstance(symbol, symbols.Function):
            return self._function(symbol, None, scope)
        return self.render(node, scope)

    def function_returns(self, module, info, scope: Scope) -> Rendered:
        return self._function(symbols.Function(module, info), None, scope)

    def render(self, node: ast.expr, scope: Scope) -> Rendered:
        if scope.depth > MAX_DEPTH:
            return Rendered(complete=False)
        key = (id(node), id(scope.module))
        if not scope.bindings and scope.function is None and key in self._memo:
            return self._memo[key]
        try:
            result = self._render(node, scope)
        except RecursionError:
            result = Rendered(complete=False)
        if not scope.bindings and scope.function is None:
            self._memo[key] = result
        return result

    def _render(self, node: ast.expr, scope: Scope) -> Rendered:
        if isinstance(node, (ast.Constant, ast.JoinedStr)):
            return Rendered()
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            return self._union([e.value if isinstance(e, ast.Starred) else e for e in node.elts], scope)
        if isinstance(node, ast.IfExp):
            return self._union([node.body, node.orelse], scope)
        if isinstance(node, ast.BoolOp):
            return self._union(node.values, scope)
        if isinstance(node, ast.BinOp):
            return self._union([node.left, node.right], scope)
        if isinstance(node, (ast.ListComp, ast.GeneratorExp)):
            return self._comprehension(node, scope)
        if isinstance(node, ast.Call):
            return self._call(node, scope)
        if isinstance(node, ast.NamedExpr):  # `(search := dcc.Input())`: the component, named for a callback
            return self.render(node.value, scope)
        if isinstance(node, ast.Name):
            return self._name(node, scope)
        if isinstance(node, ast.Attribute):
            return self._symbol(symbols.resolve(self.modules, scope.module, node), scope)
        if isinstance(node, ast.Subscript) and self._page_field(node, scope):
            return Rendered()
        return Rendered(complete=False)

    def _page_field(self, node: ast.Subscript, scope: Scope) -> bool:
        """`page["name"]` of a page registry entry: text."""
        key = self.evaluator.value(node.slice, scope)
        return isinstance(node.value, ast.Name) and scope.bindings.get(node.value.id) is PAGE_ENTRY \
            and isinstance(key, Known) and key.value in PAGE_TEXT_FIELDS

    def _union(self, nodes, scope: Scope) -> Rendered:
        out = Rendered()
        for node in nodes:
            out.add(self.render(node, scope))
        return out

    def _comprehension(self, node: ast.ListComp | ast.GeneratorExp, scope: Scope) -> Rendered:
        generator = node.generators[0]
        if len(node.generators) != 1 or not isinstance(generator.target, ast.Name):
            return Rendered(complete=False)
        if self._is_page_registry(generator.iter, scope):
            return self.render(node.elt, scope.bind({generator.target.id: PAGE_ENTRY}))
        values = self._iterable(generator.iter, scope)
        if values is None:
            # Unknown data: each element is rendered with the loop variable unknown.
            return self.render(node.elt, scope.bind({generator.target.id: Unknown()}))
        out = Rendered()
        for value in values[:64]:
            out.add(self.render(node.elt, scope.bind({generator.target.id: value})))
        return out

    def _is_page_registry(self, node: ast.expr, scope: Scope) -> bool:
        """`dash.page_registry.values()`."""
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "values"):
            return False
        symbol = symbols.resolve(self.modules, scope.module, node.func.value) \
            if isinstance(node.func.value, (ast.Name, ast.Attribute)) else None
        return isinstance(symbol, symbols.External) and symbol.origin in ("dash.page_registry", "dash.PAGE_REGISTRY")

    def _iterable(self, node: ast.expr, scope: Scope):
        return known_items(self.evaluator, node, scope)

    def _name(self, node: ast.Name, scope: Scope) -> Rendered:
        name = node.id
        if name in scope.bindings:
            bound = scope.bindings[name]
            if isinstance(bound, Bound):
                inner = bound.scope.enter(bound.scope.module, bound.scope.function, bound.scope.bindings)
                return self.render(bound.node, inner)
            if isinstance(bound, Known) and isinstance(bound.value, (str, int, float)):
                return Rendered()
            return Rendered(complete=False)
        if scope.function is not None and name in scope.function.locals:
            values = scope.function.locals[name]
            if not values or name in scope.function.mutated:
                return Rendered(complete=False)
            return self._union(values, scope)
        return self._symbol(symbols.lookup(self.modules, scope.module, name), scope)

    def _symbol(self, symbol, scope: Scope) -> Rendered:
        if isinstance(symbol, symbols.Constant) and symbol.mutated:
            return Rendered(complete=False)
        if isinstance(symbol, symbols.Constant):
            inner = Scope(symbol.module, None, {}, scope.depth + 1)
            return self._union(list(symbol.values), inner)
        if isinstance(symbol, symbols.External) and symbol.origin == "dash.page_container":
            return self._page_container()
        return Rendered(complete=False)

    def _page_container(self) -> Rendered:
        site = Site(Path("dash"), Span.of(0, 0, 0, 0), "dash.page_container")
        return Rendered(ids={i: [site] for i in PAGE_CONTAINER_IDS})

    def _call(self, node: ast.Call, scope: Scope) -> Rendered:
        func = node.func
        if isinstance(func, ast.Name) and func.id in TEXT_BUILTINS and func.id not in scope.bindings:
            return Rendered()
        if isinstance(func, ast.Attribute) and func.attr in TEXT_METHODS:
            return Rendered()
        symbol = symbols.resolve(self.modules, scope.module, func) \
            if isinstance(func, (ast.Name, ast.Attribute)) else None
        if isinstance(func, ast.Name) and (func.id in scope.bindings or (
                scope.function is not None and func.id in scope.function.locals)):
            symbol = None
        if isinstance(symbol, symbols.External):
            from ..names import is_component_class
            if symbol.origin in TEXT_FUNCTIONS:
                return Rendered()
            if is_component_class(symbol.origin):
                return self._component(node, symbol.origin, scope)
        if isinstance(symbol, symbols.Function):
            return self._function(symbol, node, scope)
        return Rendered(complete=False)

    def _function(self, symbol: symbols.Function, call: ast.Call | None, scope: Scope) -> Rendered:
        if scope.depth >= MAX_DEPTH or not symbol.info.returns:
            return Rendered(complete=False)
        derived = getattr(self.modules, "derived", None)
        if derived is not None and (call is None or not (call.args or call.keywords)):
            # Called without arguments (a panel, a layout function): what it renders depends
            # on its own module and what that reads, so it outlives edits elsewhere.
            key = ("returns", id(symbol.info.node), scope.depth)
            index = symbol.module.statement_of(symbol.info.node)
            return derived.get(key, symbol.module, lambda: self._returns(symbol, call, scope),
                               None if index is None else (index,))
        return self._returns(symbol, call, scope)

    def _returns(self, symbol: symbols.Function, call: ast.Call | None, scope: Scope) -> Rendered:
        bindings = bind_arguments(symbol.info, symbol.module, call, scope)
        inner = scope.enter(symbol.module, symbol.info, bindings)
        return self._union(symbol.info.returns, inner)

    def _component(self, node: ast.Call, origin: str, scope: Scope) -> Rendered:
        out = Rendered()
        if any(k.arg is None for k in node.keywords) or any(isinstance(a, ast.Starred) for a in node.args):
            out.complete = False
        info = self.catalog.info(origin)
        if node.args and info is None:
            out.complete = False  # which positional argument is the id?
        arguments = call_arguments(node, info)
        id_node = arguments.get("id")
        if id_node is not None:
            site = Site(scope.module.path, scope.module.lines.span(id_node), short_name(origin), origin)
            out.add_id(self.evaluator.value(id_node, scope), site)
        node_props = info.node_props if info else frozenset({"children"})
        for prop, value in arguments.items():
            if prop == "id":
                continue
            rendered = self.render(value, scope)
            if prop in node_props:
                out.add(rendered)
            else:
                # Data props (options, figure, style…) only contribute what they visibly hold.
                out.ids.update({k: out.ids.get(k, []) + v for k, v in rendered.ids.items()})
                out.patterns.extend(rendered.patterns)
        return out
