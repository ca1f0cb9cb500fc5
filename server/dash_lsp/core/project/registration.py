"""Which callbacks Dash never registers before the page loads.

A callback below a blocking `app.run(...)` never registers at all; one created while
another callback runs registers too late for the page. The rules about outputs and
layouts skip both, since Dash never sees them at load.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from ..facts.model import Callback, FunctionInfo, ModuleFacts, ServerStart
from ..findings import Span
from ..semantics import symbols
from ..values import Known
from .loops import registered_every_time

MAX_HOPS = 6


@dataclass(frozen=True)
class Blocked:
    start: ServerStart
    module: ModuleFacts


def blocking_line(module: ModuleFacts, start: ServerStart) -> tuple[int | None, bool]:
    """Last line of the call that blocks, and whether it runs only under __main__."""
    if start.where.function is None:
        return start.span.end.line, start.where.main_guard
    # app.run inside main(): the module-level call of main() is what blocks.
    outer = start.where.function.split(".")[0]
    for name, line, guarded in module.module_calls:
        if name == outer:
            return line, guarded
    return None, False


def blocks_at(model, module: ModuleFacts, start: ServerStart) -> int | None:
    """The line after which nothing of `module` at import runs while the app serves; None when
    the start does not block there (under a main guard in a module the real entry point
    imports, the guard is false)."""
    line, guarded = blocking_line(module, start)
    return None if line is None or (guarded and model.importers.get(module.path)) else line


def after_start(model) -> dict[int, Blocked]:
    """id(callback) → the server start that keeps it from ever registering."""
    blocked: dict[int, Blocked] = {}
    for app in model.apps:
        for module, start in app.starts:
            line = blocks_at(model, module, start)
            if line is None:
                continue
            for callback in model.callbacks(module):
                if callback.where.function is None and callback.span.start.line > line:
                    blocked.setdefault(id(callback), Blocked(start, module))
    return blocked


def allows_dynamic(callback: Callback) -> bool:
    """`_allow_dynamic_callbacks=True` (Dash ≥ 3): Dash's own opt-in to callbacks made by callbacks."""
    return any(k.arg == "_allow_dynamic_callbacks" for k in callback.call.keywords)


def inside_callbacks(model) -> dict[int, tuple[ModuleFacts, Callback]]:
    """id(callback) → the callback whose body registers it (none of them exists at page load)."""
    hosts: dict[tuple, tuple[ModuleFacts, Callback]] = {}
    for module in model.modules.values():
        names = {id(info.node): name for name, info in module.functions.items()}
        for callback in model.callbacks(module):
            if callback.function is not None and not callback.clientside:
                name = names.get(id(callback.function))
                if name is not None:
                    hosts[(module.path, name)] = (module, callback)
    found: dict[int, tuple[ModuleFacts, Callback]] = {}
    if not hosts:
        return found
    for module in model.modules.values():
        for callback in model.callbacks(module):
            if callback.where.function is not None:
                host = _host(model, module, callback.where.function, hosts)
                if host is not None and host[1] is not callback:
                    found[id(callback)] = host
    return found


@dataclass(frozen=True)
class LayoutHost:
    """A layout function whose body registers a callback."""

    callback: Callback
    module: ModuleFacts  # where the function is defined
    function: FunctionInfo
    page: bool  # a page's layout (use_pages), rather than app.layout
    named_in: ModuleFacts  # where it is made the layout: `app.layout = f`, register_page
    named_at: Span


def inside_layout_functions(model) -> dict[int, LayoutHost]:
    """id(callback) → the layout function that registers it each time Dash calls it.

    Dash calls the function assigned to app.layout when it is assigned (to validate it,
    unless callbacks are suppressed or a validation_layout is already set) and again on
    every page load: the callback registers twice. A page's layout function runs only when
    the page is shown, after the browser has fetched the callbacks: never wired. Only
    callbacks the function registers unconditionally count; one behind an `if` may be
    guarded to register once.
    """
    found: dict[int, LayoutHost] = {}
    for app in model.apps:
        checked = app.suppress == Known(False) and not app.validation_layouts
        for module, assignment in app.layouts if checked else ():
            if isinstance(assignment.value, ast.Name) and assignment.where.function is None:
                _registered_by(model, module, assignment.value.id, False, module, assignment.span, found)
        for module, registration in app.pages if app.use_pages == Known(True) else ():
            layout = registration.layout if registration is not None else None
            if layout is None and registration is not None and "layout" in registration.keywords:
                continue  # layout=… that is not a plain name
            name = layout.id if isinstance(layout, ast.Name) else "layout" if layout is None else None
            span = registration.span if registration is not None else None
            if name is not None and span is not None:
                _registered_by(model, module, name, True, module, span, found)
    return found


def _registered_by(model, module: ModuleFacts, name: str, page: bool, named_in: ModuleFacts, named_at: Span,
                   found: dict[int, LayoutHost]) -> None:
    symbol = symbols.lookup(model.evaluator.modules, module, name)
    if not isinstance(symbol, symbols.Function) or "." in symbol.info.name:
        return
    if any(called == symbol.info.name for facts in model.modules.values() for called, _, _ in facts.module_calls):
        return  # also called at import (maybe): that registration is wired
    for callback in model.callbacks(symbol.module):
        if callback.where.function == symbol.info.name and not allows_dynamic(callback) \
                and registered_every_time(symbol.info.node.body, callback):
            found.setdefault(id(callback), LayoutHost(callback, symbol.module, symbol.info, page, named_in, named_at))


def _host(model, module: ModuleFacts, function: str, hosts):
    frontier = [(module, function)]
    seen: set = set()
    for _ in range(MAX_HOPS):
        following = []
        for current, name in frontier:
            if (current.path, name) in seen:
                continue
            seen.add((current.path, name))
            parts = name.split(".")
            for i in range(len(parts), 0, -1):
                enclosing = (current.path, ".".join(parts[:i]))
                if enclosing in hosts:
                    return hosts[enclosing]
            target = current.functions.get(name)
            if target is not None:
                following.extend(_callers(model, current, parts[-1], target))
        if not following:
            return None
        frontier = following
    return None


def _callers(model, module: ModuleFacts, simple: str, target):
    """Functions of the project that call `target` (by name, through an import, or nested)."""
    resolver = model.evaluator.modules
    for caller_module in model.modules.values():
        for caller_name, info in caller_module.functions.items():
            if simple not in info.calls or info is target:
                continue
            found = symbols.lookup(resolver, caller_module, simple)
            if isinstance(found, symbols.Function) and found.info is target:
                yield caller_module, caller_name
            elif caller_module is not module and any(
                    isinstance(s := symbols.lookup(resolver, caller_module, local), symbols.Module) and s.facts is module
                    for local in caller_module.imports.bindings):
                yield caller_module, caller_name


def registered_callbacks(model, callbacks):
    """The (module, callback) pairs Dash has registered when the page loads.

    Callbacks Dash would refuse (arguments out of order or not understood, inside
    `pytest.raises`) are left out too: we cannot tell they ever register.
    """
    skipped = model.unregistered()
    return [(m, c) for m, c in callbacks if id(c) not in skipped and c.complete and not c.where.may_fail]


def registration_context(module: ModuleFacts, callback: Callback) -> tuple | None:
    """None for callbacks registered at import; else the function whose call registers them.

    Two callbacks registered by different functions only meet in one app if both
    functions run for it, which we cannot know; callbacks of one context can be compared.
    """
    function = callback.where.function
    if function is None:
        return None
    outer = function.split(".")[0]
    if any(name == outer for name, _, _ in module.module_calls):
        return None
    return (module.path, function)
