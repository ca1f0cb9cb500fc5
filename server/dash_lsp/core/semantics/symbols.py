"""What a module-level name stands for, following imports through the project."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Protocol

from ..facts.model import FunctionInfo, ModuleFacts
from ..names import canonical


class Modules(Protocol):
    def module(self, importer: ModuleFacts, dotted: str) -> ModuleFacts | None: ...


@dataclass(frozen=True)
class Constant:
    module: ModuleFacts
    values: tuple[ast.expr, ...]
    mutated: bool = False  # changed in place somewhere (`.append`, `+=`, item assignment)


@dataclass(frozen=True)
class Function:
    module: ModuleFacts
    info: FunctionInfo


@dataclass(frozen=True)
class Class:
    module: ModuleFacts
    name: str


@dataclass(frozen=True)
class Module:
    facts: ModuleFacts


@dataclass(frozen=True)
class External:
    """A name from outside the project, e.g. `dash.html.Div` or `pandas.DataFrame`."""

    origin: str


Symbol = Constant | Function | Class | Module | External

MAX_DEPTH = 12


def lookup(modules: Modules, facts: ModuleFacts, name: str, depth: int = 0) -> Symbol | None:
    derived = getattr(modules, "derived", None)
    if derived is None:
        return _lookup(modules, facts, name, depth)
    # What a name stands for depends on the statements binding it and on which statements
    # those are (the name itself; imports change only with a full read of the module), and
    # on the modules its imports lead to, which it touches.
    return derived.get(("symbol", id(facts), name), facts, lambda: _lookup(modules, facts, name, depth),
                       (*facts.binders.get(name, ()), name))


def _lookup(modules: Modules, facts: ModuleFacts, name: str, depth: int = 0) -> Symbol | None:
    if depth > MAX_DEPTH:
        return None
    if name in facts.functions and "." not in name:
        return Function(facts, facts.functions[name])
    if name in facts.classes:
        return Class(facts, name)
    if name in facts.constants:
        return Constant(facts, tuple(facts.constants[name]), name in facts.mutated)
    binding = facts.imports.bindings.get(name)
    if binding is not None:
        if binding.attr is None:
            target = modules.module(facts, binding.module)
            return Module(target) if target else External(canonical(binding.module))
        sep = "" if binding.module.endswith(".") else "."
        submodule = modules.module(facts, f"{binding.module}{sep}{binding.attr}")
        target = modules.module(facts, binding.module) if binding.module.strip(".") or binding.module else None
        if target is not None and target is not submodule:
            found = lookup(modules, target, binding.attr, depth + 1)
            if found is not None:
                return found
        if submodule is not None:
            return Module(submodule)
        return External(canonical(f"{binding.module}{sep}{binding.attr}"))
    for star in facts.imports.star_modules:
        target = modules.module(facts, star)
        if target is not None:
            found = lookup(modules, target, name, depth + 1)
            if found is not None:
                return found
        elif canonical(f"{star}.{name}").startswith("dash."):
            return External(canonical(f"{star}.{name}"))
    return None


def attribute(modules: Modules, symbol: Symbol | None, attr: str) -> Symbol | None:
    """`symbol.attr`: a module's member, a class attribute, or an external dotted name."""
    if isinstance(symbol, Module):
        return lookup(modules, symbol.facts, attr)
    if isinstance(symbol, Class):
        nested = f"{symbol.name}.{attr}"
        if nested in symbol.module.classes:
            return Class(symbol.module, nested)
        value = symbol.module.classes.get(symbol.name, {}).get(attr)
        if value is not None:
            return Constant(symbol.module, (value,))
        method = symbol.module.functions.get(nested)
        return Function(symbol.module, method) if method else None
    if isinstance(symbol, External):
        return External(canonical(f"{symbol.origin}.{attr}"))
    return None


def resolve(modules: Modules, facts: ModuleFacts, node: ast.expr) -> Symbol | None:
    """The symbol a Name or dotted Attribute chain stands for."""
    if isinstance(node, ast.Name):
        return lookup(modules, facts, node.id)
    if isinstance(node, ast.Attribute):
        return attribute(modules, resolve(modules, facts, node.value), node.attr)
    return None


def origin_of(modules: Modules, facts: ModuleFacts, node: ast.expr) -> str:
    """Canonical dotted origin of an expression naming something outside the project."""
    symbol = resolve(modules, facts, node)
    return symbol.origin if isinstance(symbol, External) else ""
