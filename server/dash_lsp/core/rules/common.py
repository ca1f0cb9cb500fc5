"""Helpers the rules share: iterating callbacks once, the apps whose layout proves ids missing,
naming things for people."""

from __future__ import annotations

from typing import Iterator

from ..facts.model import Callback, Dependency, ModuleFacts
from ..findings import Location, Related
from ..project.layouts import validation_layout
from ..project.registration import registered_callbacks
from ..semantics.evaluate import is_true
from ..values import Known, display, forbidden_characters, id_text


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


def validated_layouts(model) -> Iterator[tuple[object, object]]:
    """(app, layout) for each app whose callbacks Dash checks against a layout (validation on)
    that we know whole: only there can an id or a property be proven missing."""
    for app in model.apps:
        if app.suppress != Known(False):
            continue
        layout = validation_layout(model, app)
        if layout is not None and layout.complete:
            yield app, layout


def required_id(model, module: ModuleFacts, callback: Callback, dependency: Dependency) -> str | None:
    """The dependency's string id when Dash requires its component: None for an id we cannot
    compute, a pattern-matching id, or a use marked (or maybe marked) allow_optional=True."""
    text = id_text(model.dependency_id(module, callback, dependency))
    if not text or forbidden_characters(text):
        return None  # (Dash rejects the callback before it looks for the component: DASH015)
    if dependency.allow_optional is not None and \
            is_true(model.value(dependency.allow_optional, module)) is not False:
        return None
    return text


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



def callback_syntax(model, rule: str, module: ModuleFacts, callback: Callback, compute) -> list:
    """`compute()`, a list read from the callback's own syntax alone (no value, no other
    statement), kept while the statement defining it stands: an edit elsewhere does not walk
    its body again."""
    index = module.statement_of(callback.function)
    if index is None:
        return list(compute())
    return model.derived.get((rule, id(callback.function)), module, lambda: list(compute()), (index,))


def called_as_written(model) -> Iterator[tuple[ModuleFacts, Callback]]:
    """Each callback Dash registers for an app, once; not those of dash-extensions' apps, whose
    transforms rewrite what a callback receives and returns."""
    seen: set[int] = set()
    for app in model.apps:
        if app.kind == "proxy":
            continue
        for module, callback in registered_callbacks(model, app.callbacks):
            if id(callback) not in seen:
                seen.add(id(callback))
                yield module, callback
