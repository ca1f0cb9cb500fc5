"""DASH004: with validation suppressed, a callback using ids that are never rendered."""

from __future__ import annotations

from ..findings import Finding, Location, Related, Severity
from ..project.layouts import rendered_anywhere
from ..project.registration import registered_callbacks
from ..semantics.render import PAGE_CONTAINER_IDS
from ..values import Known, forbidden_characters, id_text
from .base import Rule
from .common import required_id

EXPLANATION = """\
**What Dash does.** With `suppress_callback_exceptions=True` Dash stops checking callbacks
against the layout, so a callback whose Inputs name components that are never rendered raises
no error at all: it simply never fires.

When only some of its Inputs, or one of its States or Outputs, are never rendered, the callback
is triggered by the others but cannot run: each time, the renderer reports "A nonexistent object
was used in an `Input`" (or `State`, or `Output`) in the dev tools, in debug mode only.

**Why.** Suppression is meant for ids that appear later (rendered by another callback, on
another page). When no layout, page, helper or callback of the project ever creates an id the
callback reads, it can never run – usually a typo or a component that was renamed or removed.
A component written only inside `app.validation_layout` does not count: Dash never renders that
tree, and with suppression on it does not even look at it.

**Wrong**
```python
app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div([dcc.Input(id="search"), html.Div(id="results")])

@app.callback(Output("results", "children"), Input("serach", "value"))
```

**Right** – name an id some layout or callback really renders (`"search"`). dash-lsp says
which rendered id is spelt almost the same, and offers to change it.
"""


def check(model):
    for app in model.apps:
        if app.suppress != Known(True):
            continue
        universe = None
        for module, callback in registered_callbacks(model, app.callbacks):
            if not callback.complete or not callback.inputs:
                continue
            ids = [id_text(model.dependency_id(module, callback, d)) for d in callback.inputs]
            if any(not i or forbidden_characters(i) for i in ids):
                continue  # unknown, or an id Dash rejects (DASH015)
            if universe is None:
                universe = rendered_anywhere(model, app, with_validation_layout=False)
            if not universe.complete:
                break
            if any(universe.has(i) for i in ids):
                yield from _missing_components(model, module, callback, universe)
                continue
            names = ", ".join(f"`{i}`" for i in dict.fromkeys(ids))
            single = len(callback.inputs) == 1
            span = callback.inputs[0].id_span if single else callback.name_span
            corrections = [(d.id_span, i, _close(universe, i)) for d, i in zip(callback.inputs, ids)]
            corrections = [c for c in corrections if c[2]]
            yield Finding(
                RULE.code, RULE.severity,
                f"This callback can never fire: no layout, page or callback of the app ever renders "
                f"its Input id{'s' if len(set(ids)) > 1 else ''} {names}, and with "
                "suppress_callback_exceptions=True Dash says nothing." + _validation_note(model, app, ids)
                + _did_you_mean(corrections, single),
                Location(module.path, span),
                _related(universe, corrections),
                data={"ids": ids, "corrections": corrections},
            )


def _close(universe, text: str) -> list[str]:
    """Rendered ids spelt almost like `text` (not Dash's own page-container ids)."""
    return [i for i in universe.close_ids(text) if i not in PAGE_CONTAINER_IDS]


def _did_you_mean(corrections, single: bool) -> str:
    if not corrections:
        return ""
    if single:
        return f" Did you mean `{corrections[0][2][0]}`?"
    pairs = dict.fromkeys(f"`{close[0]}` for `{text}`" for _, text, close in corrections)
    return " Did you mean " + " and ".join(pairs) + "?"


def _related(universe, corrections) -> tuple[Related, ...]:
    out = {}
    for _, _, close in corrections:
        site = universe.ids[close[0]][0]
        out[close[0]] = Related(Location(site.path, site.span), f"`{close[0]}` ({site.component}) is rendered here")
    return tuple(out.values())


def _validation_note(model, app, ids: list[str]) -> str:
    written = rendered_anywhere(model, app)
    if any(written.has(i) for i in ids):
        return " Only app.validation_layout has it, and Dash never renders that tree."
    return ""


def _missing_components(model, module, callback, universe):
    """Outputs, Inputs and States never rendered, in a callback that other Inputs can trigger."""
    for dependency in [*callback.outputs, *callback.inputs, *callback.states]:
        text = required_id(model, module, callback, dependency)
        if text is None or universe.has(text):
            continue
        article = "a" if dependency.kind == "State" else "an"
        corrections = [(dependency.id_span, text, close)] if (close := _close(universe, text)) else []
        yield Finding(
            RULE.code, RULE.severity,
            f"This callback can never run: no layout, page or callback of the app ever renders `{text}`, "
            f"so each time the callback fires Dash reports \"A nonexistent object was used in {article} "
            f"`{dependency.kind}`\" (in debug mode; otherwise nothing) and skips it." + _did_you_mean(corrections, True),
            Location(module.path, dependency.id_span),
            _related(universe, corrections),
            data={"ids": [text], "corrections": corrections},
        )


RULE = Rule(
    code="DASH004",
    title="callback can never fire",
    summary="With suppress_callback_exceptions=True, a callback using ids that are never rendered never runs.",
    explanation=EXPLANATION,
    severity=Severity.WARNING,
    check=check,
)
