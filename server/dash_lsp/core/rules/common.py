"""Helpers the rules share: iterating callbacks once, naming things for people."""

from __future__ import annotations

from typing import Iterator

from ..facts.model import Callback, Dependency, ModuleFacts
from ..findings import Location, Related
from ..values import display


def all_callbacks(model) -> Iterator[tuple[object | None, ModuleFacts, Callback]]:
    """(app or None, module, callback), each callback once even when several apps share it."""
    seen: set[int] = set()
    for app in model.apps:
        for module, callback in app.callbacks:
            if id(callback) not in seen:
                seen.add(id(callback))
                yield app, module, callback
    for module, callback in model.orphans:
        if id(callback) not in seen:
            seen.add(id(callback))
            yield None, module, callback


def callback_label(module: ModuleFacts, callback: Callback) -> str:
    name = callback.name or ("clientside callback" if callback.clientside else "callback")
    return f"`{name}` ({module.path.name}:{callback.span.start.line + 1})"


def dependency_label(model, module: ModuleFacts, callback: Callback, dependency: Dependency) -> str:
    component = display(model.dependency_id(module, callback, dependency))
    prop = display(model.dependency_prop(module, callback, dependency))
    return f"{component}.{prop}"


def related_callback(module: ModuleFacts, callback: Callback, message: str, dependency: Dependency | None = None) -> Related:
    span = dependency.span if dependency is not None else callback.span
    return Related(Location(module.path, span), message)
