"""Where an id lives: the components that carry it and the callbacks that name it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .facts.model import ModuleFacts
from .findings import Position, Span
from .project.layouts import rendered_anywhere
from .semantics.render import Site
from .semantics.scope import Scope
from .triggers import trigger_comparisons
from .values import Known, id_text


@dataclass(frozen=True)
class Place:
    path: Path
    span: Span


def apps_of(model, module: ModuleFacts) -> list:
    """The apps whose modules include `module`: the ids it may name are theirs."""
    return [app for app in model.apps if any(m is module for m in app.modules)]


def apps_named(model, module: ModuleFacts, name: str) -> list:
    """`module`'s apps whose constructor's result is bound to `name` (the `app` of `app.config`)."""
    return [app for app in apps_of(model, module) if app.construction.var == name]


def app_modules(model, module: ModuleFacts) -> list[ModuleFacts]:
    """The modules of `module`'s apps, each once."""
    return list({id(m): m for app in apps_of(model, module) for m in app.modules}.values())


def id_under(model, module: ModuleFacts, position: Position) -> str | None:
    """The string id of the `Output`/`Input`/`State` or the component `id=` under the cursor."""
    found = id_written_at(model, module, position)
    return id_text(found[1]()) if found is not None else None


def id_written_at(model, module: ModuleFacts, position: Position):
    """The span of the id expression under the cursor and how to get its value, if one is there:
    in an Output/Input/State, in a component's `id=`, or compared with `ctx.triggered_id`."""
    for callback in model.callbacks(module):
        for dependency in callback.dependencies:
            if dependency.id_node is not None and dependency.id_span.contains(position):
                return dependency.id_span, lambda: model.dependency_id(module, callback, dependency)
    for component in module.components:
        if component.id_span is not None and component.id_span.contains(position):
            function = module.functions.get(component.where.function) if component.where.function else None
            return component.id_span, lambda: model.evaluator.value(component.id_node, Scope(module, function))
    for _, literal in trigger_comparisons(model.evaluator.modules, [module], position.line):
        span = module.lines.span(literal)
        if span.contains(position):
            return span, lambda: Known(literal.value)
    return None


def carriers(model, module: ModuleFacts, component_id: str) -> list[Site]:
    """The components of `module`'s apps that carry `component_id` (Dash's own left out)."""
    sites: dict[tuple, Site] = {}
    for app in apps_of(model, module):
        for site in rendered_anywhere(model, app).ids.get(component_id, []):
            if site.path.name != "dash":
                sites.setdefault((site.path, site.span), site)
    return list(sites.values())


def naming(model, module: ModuleFacts, component_id: str):
    """(module, dependency) of each Output/Input/State of `module`'s apps that names `component_id`."""
    seen: set[int] = set()
    for app in apps_of(model, module):
        for owner, callback in app.callbacks:
            if id(callback) in seen:
                continue
            seen.add(id(callback))
            for dependency in callback.dependencies:
                if dependency.id_node is not None \
                        and id_text(model.dependency_id(owner, callback, dependency)) == component_id:
                    yield owner, dependency


def definition(workspace, path: Path, position: Position) -> list[Place]:
    """From an id in a callback (or on a component) to the components that carry it."""
    model = workspace.model()
    module = model.modules.get(path)
    component_id = id_under(model, module, position) if module is not None else None
    if component_id is None:
        return []
    return [Place(site.path, site.span) for site in carriers(model, module, component_id)]


def references(workspace, path: Path, position: Position, include_declaration: bool = True) -> list[Place]:
    """Every place an id is written: the components carrying it, the callbacks naming it and
    their comparisons with `ctx.triggered_id`."""
    model = workspace.model()
    module = model.modules.get(path)
    component_id = id_under(model, module, position) if module is not None else None
    if component_id is None:
        return []
    places = [Place(site.path, site.span) for site in carriers(model, module, component_id)] \
        if include_declaration else []
    places += [Place(owner.path, dependency.id_span) for owner, dependency in naming(model, module, component_id)]
    for owner, literal in trigger_comparisons(model.evaluator.modules, app_modules(model, module)):
        if literal.value == component_id:
            places.append(Place(owner.path, owner.lines.span(literal)))
    return sorted(set(places), key=lambda p: (str(p.path), p.span.start, p.span.end))
