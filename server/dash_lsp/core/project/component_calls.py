"""A module's calls as the project model takes them: which construct a component, and which
property each argument sets (for facts/constant_retype.py)."""

from __future__ import annotations

import ast

from ..facts.model import ModuleFacts
from ..names import is_component_class
from ..semantics import symbols
from ..semantics.catalog import Catalog, call_arguments


class ComponentCalls:
    def __init__(self, modules: symbols.Modules, catalog: Catalog, facts: ModuleFacts):
        self._modules = modules
        self._catalog = catalog
        self._facts = facts

    def _origin(self, call: ast.Call) -> str | None:
        """The component class the call's function resolves to, as the renderer and the
        evaluator resolve it."""
        origin = symbols.origin_of(self._modules, self._facts, call.func)
        return origin if is_component_class(origin) else None

    def is_component(self, call: ast.Call) -> bool:
        return self._origin(call) is not None

    def property_set(self, call: ast.Call, argument: ast.AST) -> str | None:
        if isinstance(argument, ast.keyword):
            return argument.arg
        origin = self._origin(call)
        if origin is None:
            return None
        arguments = call_arguments(call, self._catalog.info(origin))
        return next((prop for prop, node in arguments.items() if node is argument), None)
