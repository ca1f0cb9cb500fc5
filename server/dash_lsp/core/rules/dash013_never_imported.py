"""DASH013: callbacks in a module that nothing imports."""

from __future__ import annotations

from ..findings import Finding, Location, Related, Severity
from .base import Rule

EXPLANATION = """\
**What Dash does.** `@callback` (and `@app.callback`) registers a callback when Python runs
the decorator, that is when its module is imported. A module of callbacks that no module of
the app imports is never run: its callbacks are not registered, their Inputs do nothing, and
Dash says nothing – the browser's dev tools show no error either, because as far as Dash
knows there is no such callback.

**Why.** Callbacks moved to their own module (`callbacks.py`) still have to be imported by
the module that builds or runs the app, even though nothing from the module is used there.

**Wrong**
```python
# app.py
from dash import Dash
from layout import layout

app = Dash(__name__)
app.layout = layout   # callbacks.py is never imported
```

**Right**
```python
# app.py
from dash import Dash
from layout import layout
import callbacks  # noqa: F401  (registers its callbacks)

app = Dash(__name__)
app.layout = layout
```

It is reported only where nothing else can load the module: beside the module that builds
the project's one app; not for pages (Dash imports the pages folder), tests, scripts, or a
module whose name appears in a string of the project's code (for `importlib`, a Celery
`include`, a gunicorn config) or anywhere in its other files (a Procfile, the docs); and not
in a project that imports modules dynamically.
"""


def check(model):
    entry = _entry_module(model)
    for module in model.never_loaded:
        # The fix imports the module from the app's: only where that registers the callbacks
        # once and for the app that runs (`@callback`, and the module does not import the
        # app's module back, which run as a script would be a second copy of it).
        fixable = entry is not None and all(c.app is None for c in model.callbacks(module)) \
            and not _reaches(model, module.path, entry.path)
        data = {"entry": str(entry.path), "import": _import_name(module, entry)} if fixable else {}
        for callback in model.callbacks(module):
            if callback.where.function is not None:
                continue
            where = f"in {entry.path.name}" if fixable else "in the module that runs the app"
            yield Finding(
                RULE.code, RULE.severity,
                f"No module of the project imports `{module.path.stem}` ({module.path.name}), so this callback is "
                f"never registered and never fires; Dash says nothing. Import it {where} "
                f"(`import {_import_name(module, entry)}`).",
                Location(module.path, callback.span),
                tuple(Related(Location(app.module.path, app.construction.span), "the app, which never imports it")
                      for app in model.apps),
                data,
            )


def _import_name(module, entry) -> str:
    """The module's dotted name as the app's module would import it (from its own folder)."""
    if entry is not None and entry.path.parent in module.path.parents:
        return ".".join(module.path.relative_to(entry.path.parent).with_suffix("").parts)
    return module.path.stem


def _reaches(model, start, goal) -> bool:
    """Whether importing `start` imports `goal` (through the project's modules)."""
    imports: dict = {}
    for target, importers in model.importers.items():
        for importer in importers:
            imports.setdefault(importer, set()).add(target)
    seen, frontier = {start}, [start]
    while frontier:
        for target in imports.get(frontier.pop(), ()):
            if target == goal:
                return True
            if target not in seen:
                seen.add(target)
                frontier.append(target)
    return False


def _entry_module(model):
    homes = {id(app.module): app.module for app in model.apps}
    return next(iter(homes.values())) if len(homes) == 1 else None


RULE = Rule(
    code="DASH013",
    title="callbacks never imported",
    summary="A module of callbacks must be imported for its callbacks to be registered.",
    explanation=EXPLANATION,
    severity=Severity.WARNING,
    check=check,
)
