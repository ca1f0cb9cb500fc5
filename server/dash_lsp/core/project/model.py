"""One consistent view of the project for the rules: apps, callbacks, values, layouts."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

from ..facts.model import Callback, Dependency, ModuleFacts
from ..semantics.catalog import Catalog
from ..semantics.dash_config import ConfigKeys
from ..semantics.evaluate import Evaluator
from ..semantics.render import Rendered, Renderer
from ..semantics.scope import Scope
from ..values import Known, Value
from .apps import App
from .memo import DerivedCache


@dataclass
class ProjectModel:
    modules: dict[Path, ModuleFacts]
    apps: list[App]
    orphans: list[tuple[ModuleFacts, Callback]]
    evaluator: Evaluator
    renderer: Renderer
    catalog: Catalog
    importers: dict[Path, set[Path]] = field(default_factory=dict)
    dash_callbacks: dict[Path, list[Callback]] = field(default_factory=dict)
    derived: DerivedCache | None = None
    dash_version: tuple[int, ...] | None = None  # in the project's environment, when known
    dash_config: ConfigKeys | None = None  # its `app.config` keys, when an app assigns one
    never_loaded: list[ModuleFacts] = field(default_factory=list)  # modules of callbacks nothing imports
    rename_checks: object | None = None  # what renames of a component's id check against (project/id_rename.py)
    _values: dict[tuple, Value] = field(default_factory=dict)  # this build's, in front of `derived`
    _after_start: dict | None = None
    _inside: dict | None = None
    _inside_layouts: dict | None = None

    def value(self, node: ast.expr | None, module: ModuleFacts, dependency: Dependency | None = None,
              callback: Callback | None = None) -> Value:
        if node.__class__ is ast.Constant:  # most ids and properties: nothing to look up or keep
            return Known(node.value)
        # Unrolled comprehensions share one node: their loop values tell them apart.
        key = ("value", id(node), id(dependency) if dependency is not None and dependency.bindings else 0)
        found = self._values.get(key)
        if found is not None and not self.derived.reading:
            return found  # (the rules ask for each id several times per check)
        # Inside a derived computation the lookup goes through `derived`, which records it.
        found = self._values[key] = self.derived.get(
            key, module, lambda: self._compute(node, module, dependency, callback), _statement(module, node))
        return found

    def _compute(self, node: ast.expr, module: ModuleFacts, dependency: Dependency | None,
                 callback: Callback | None) -> Value:
        bindings = {}
        if dependency is not None:
            bindings = {name: _bound(expr, module) for name, expr in dependency.bindings.items()}
        function = None
        if callback is not None and callback.where.function:
            function = module.functions.get(callback.where.function)
        return self.evaluator.value(node, Scope(module, function, bindings))

    def dependency_id(self, module: ModuleFacts, callback: Callback, dependency: Dependency) -> Value:
        return self.value(dependency.id_node, module, dependency, callback)

    def dependency_prop(self, module: ModuleFacts, callback: Callback, dependency: Dependency) -> Value:
        return self.value(dependency.prop_node, module, dependency, callback)

    def render_root(self, node: ast.expr | None, module: ModuleFacts) -> Rendered:
        return self.derived.get(("layout", id(node)), module, lambda: self.renderer.root(node, Scope(module)),
                                _statement(module, node))

    def component_renamed(self) -> None:
        """A component was given another id in place (project/id_rename.py): this build's
        renders go (its values never read that component)."""
        self.renderer.forget()

    def callbacks(self, module: ModuleFacts) -> list[Callback]:
        """The module's callbacks that are Dash's (a `callback` of another library is not)."""
        return self.dash_callbacks.get(module.path, [])

    def after_start(self) -> dict:
        if self._after_start is None:
            from .registration import after_start
            self._after_start = after_start(self)
        return self._after_start

    def inside_callbacks(self) -> dict:
        if self._inside is None:
            from .registration import inside_callbacks
            self._inside = inside_callbacks(self)
        return self._inside

    def inside_layout_functions(self) -> dict:
        if self._inside_layouts is None:
            from .registration import inside_layout_functions
            self._inside_layouts = inside_layout_functions(self)
        return self._inside_layouts

    def unregistered(self) -> set[int]:
        return set(self.after_start()) | set(self.inside_callbacks())

    def apps_of(self, module: ModuleFacts, callback: Callback) -> list[App]:
        return [app for app in self.apps if any(c is callback for _, c in app.callbacks)]


def _statement(module: ModuleFacts, node: ast.AST | None) -> tuple[int, ...] | None:
    """What a result computed for `node` reads of its module besides the names it looks up:
    the statement holding it (its enclosing function, comprehension, callback are there too)."""
    index = module.statement_of(node)
    return None if index is None else (index,)


def _bound(expr: ast.expr, module: ModuleFacts):
    from ..semantics.scope import Bound
    return Bound(expr, Scope(module))
