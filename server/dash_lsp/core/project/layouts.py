"""What an app's layouts render: the tree Dash validates against, and every id it ever makes."""

from __future__ import annotations

import ast

from ..facts.model import Component, ModuleFacts
from ..semantics import symbols
from ..semantics.render import PAGE_CONTAINER_IDS, Rendered, Site, short_name
from ..semantics.scope import Scope, bind_arguments
from ..values import UNKNOWN, Known, Value
from .apps import App


def validation_layout(model, app: App) -> Rendered | None:
    """The tree Dash checks callbacks against, or None when we cannot know it."""
    key = ("validation", id(app.construction), app.use_pages, app.layout_altered,
           tuple(id(a) for _, a in app.layouts), tuple(id(a) for _, a in app.validation_layouts),
           tuple((id(m), id(r)) for m, r in app.pages))
    return model.derived.get(key, app.module, lambda: _validation_layout(model, app))


def _validation_layout(model, app: App) -> Rendered | None:
    if app.use_pages is UNKNOWN or not isinstance(app.use_pages, Known) or app.layout_altered:
        return None
    out = Rendered()
    if app.use_pages.value:
        # Dash validates against every page's layout plus app.layout (dash.py, _setup_server).
        if not app.pages:
            return None
        for module, registration in app.pages:
            out.add(_page_layout(model, module, registration))
        for module, assignment in app.layouts:
            out.add(model.render_root(assignment.value, module))
        if not app.layouts:
            out.add(model.renderer._page_container())
        return out
    chosen = app.validation_layouts or app.layouts
    if not chosen:
        return None
    for module, assignment in chosen:
        if assignment.where.function not in (None, app.construction.where.function):
            return None  # assigned by some function for some app: we do not know which call wins
        out.add(model.render_root(assignment.value, module))
    for module, registration in app.pages:
        out.add(_page_layout(model, module, registration))
    return out


def _page_layout(model, module: ModuleFacts, registration) -> Rendered:
    if registration is not None and registration.layout is not None:
        return model.render_root(registration.layout, module)
    symbol = symbols.lookup(model.evaluator.modules, module, "layout")
    if isinstance(symbol, symbols.Function):
        return model.renderer.function_returns(symbol.module, symbol.info, Scope(module))
    if isinstance(symbol, symbols.Constant) and len(symbol.values) >= 1:
        return model.render_root(symbol.values[-1], module)
    return Rendered(complete=False)


def rendered_anywhere(model, app: App, with_validation_layout: bool = True) -> Rendered:
    """Every id any component of the app's modules can carry: layouts, helpers, callback returns.

    `with_validation_layout=False` leaves out components written inside `app.validation_layout = …`:
    Dash checks ids against that tree but never renders it.
    """
    out = Rendered()
    site = Site(app.module.path, app.construction.span, "dash.page_container")
    for internal in PAGE_CONTAINER_IDS:
        out.ids.setdefault(internal, []).append(site)
    for module in app.modules:
        out.add(model.derived.get(("components", id(module), with_validation_layout), module,
                                  lambda m=module: _module_ids(model, m, with_validation_layout)))
    return out


def _module_ids(model, module: ModuleFacts, with_validation_layout: bool) -> Rendered:
    """The ids of a module's components, statement by statement: an edit re-reads only its own."""
    out = Rendered()
    for index, piece in enumerate(module.pieces):
        if piece.components:
            key = ("components", id(module), index, with_validation_layout)
            out.add(model.derived.get(key, module, lambda: _statement_ids(model, module, piece, with_validation_layout),
                                      (index,)))
    return out


def _statement_ids(model, module: ModuleFacts, piece, with_validation_layout: bool) -> Rendered:
    out = Rendered()
    skipped = set() if with_validation_layout else _written_in_validation_layout(piece.app_assignments)
    for component in piece.components:
        if id(component.call) not in skipped:
            _add_component(model, module, component, out)
    return out


def _written_in_validation_layout(assignments) -> set[int]:
    """The component calls written inside `app.validation_layout = …`, a tree no name shares
    (the tree and its assignment are one statement)."""
    calls: set[int] = set()
    for assignment in assignments:
        if assignment.attribute == "validation_layout" and assignment.value is not None and not assignment.chained:
            calls.update(id(node) for node in ast.walk(assignment.value) if isinstance(node, ast.Call))
    return calls


def _component_id_node(model, component: Component) -> ast.expr | None:
    if component.id_node is not None:
        return component.id_node
    if component.call.args and component.origin != "attribute":
        info = model.catalog.info(component.origin)
        if info is None:
            return ast.Name(id="__unknown_id__")
        if "id" in info.positional:
            index = info.positional.index("id")
            if index < len(component.call.args):
                return component.call.args[index]
    return None


def _add_component(model, module: ModuleFacts, component: Component, out: Rendered) -> None:
    id_node = _component_id_node(model, component)
    if id_node is None:
        return
    site = Site(module.path, component.id_span or component.span, short_name(component.origin), component.origin)
    function = module.functions.get(component.where.function) if component.where.function else None
    values = [model.evaluator.value(id_node, Scope(module, function))]
    if values[0] is UNKNOWN and function is not None:
        values = _through_callers(model, module, function, id_node)
    for value in values:
        out.add_id(value, site)


def _through_callers(model, module: ModuleFacts, function, id_node: ast.expr) -> list[Value]:
    """The id of a component built by a helper, once per place the helper is called."""
    name = function.name.split(".")[-1]
    values: list[Value] = []
    for caller_module in model.modules.values():
        model.derived.touch(caller_module)  # a new call site anywhere changes the answer
        for call, caller in _calls_to(caller_module, name):
            target = symbols.lookup(model.evaluator.modules, caller_module, name)
            if not (isinstance(target, symbols.Function) and target.info is function) and caller_module is not module:
                continue
            caller_scope = Scope(caller_module, caller)
            bindings = bind_arguments(function, module, call, caller_scope)
            values.append(model.evaluator.value(id_node, Scope(module, function, bindings, 1)))
    return values or [UNKNOWN]


def _calls_to(module: ModuleFacts, name: str):
    for info in module.functions.values():
        if name in info.calls:
            for node in ast.walk(info.node):
                if isinstance(node, ast.Call) and _callee_name(node.func) == name:
                    yield node, info
    if any(n == name for n, _, _ in module.module_calls) or name in module.text:
        for constant_values in module.constants.values():
            for value in constant_values:
                for node in ast.walk(value):
                    if isinstance(node, ast.Call) and _callee_name(node.func) == name:
                        yield node, None
        for assignment in module.app_assignments:
            if assignment.value is not None:
                for node in ast.walk(assignment.value):
                    if isinstance(node, ast.Call) and _callee_name(node.func) == name:
                        yield node, None


def _callee_name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None

