"""DASH012: two components of the initial layout with the same id."""

from __future__ import annotations

from ..findings import Finding, Location, Related, Severity
from ..project.registration import blocks_at
from ..semantics.scope import Scope
from ..semantics.sure_ids import SureIds, duplicates, parting
from .base import Rule

EXPLANATION = """\
**What Dash does.** Before it serves the first page, Dash walks the layout (`app.layout`, or
what the layout function returns) through every component's `children` and raises
`DuplicateIdError` – *Duplicate component id found in the initial layout* – at the second
component carrying an id it has already seen. The first request fails with *500 Internal
Server Error* and the page never loads; with a layout function and callback validation on,
the assignment `app.layout = serve_layout` already raises.

**Why.** Callbacks name components by id: with two of them Dash could not tell which one an
`Input` or `Output` means. A copied component, or a helper called twice with the same id, is
the usual cause.

**Wrong**
```python
app.layout = html.Div([
    dcc.Input(id="city"),
    dcc.Dropdown(id="city", options=CITIES),
])
```

**Right** – every component its own id:
```python
app.layout = html.Div([
    dcc.Input(id="city-search"),
    dcc.Dropdown(id="city", options=CITIES),
])
```

A comprehension over known values (`for day in ["Mon", "Tue"]`, `range(3)`) that gives each
component it makes the same id is a duplicate too. Only what every run of the layout surely
renders counts: components in the two branches of an `if`, in a comprehension over data or
with a condition, or with ids that cannot be computed never make a finding.
"""


def check(model):
    for app in model.apps:
        occurrences = initial_layout_ids(model, app)
        for first, later in duplicates(occurrences or ()):
            yield _finding(first, later)


def initial_layout_ids(model, app) -> list | None:
    """The ids the app's initial layout surely renders, each time it renders one, or None
    where Dash's check of the layout is not ours to repeat."""
    if app.kind == "proxy" or app.layout_altered or len(app.layouts) != 1:
        return None  # (dash-extensions' transforms rewrite the layout)
    module, assignment = app.layouts[0]
    where = assignment.where
    if where.function not in (None, app.construction.where.function) or where.branches or where.loops \
            or where.may_fail or assignment.value is None:
        return None  # (assigned by some function for some app, or maybe not at all)
    if any(m is module and (line := blocks_at(model, m, start)) is not None and assignment.span.start.line > line
           for m, start in app.starts):
        return None  # never assigned at all (DASH005)
    index = module.statement_of(assignment.value)
    return model.derived.get(("DASH012", id(assignment.value)), module,
                             lambda: SureIds(model.evaluator.modules, model.evaluator, model.catalog)
                             .root(assignment.value, Scope(module)),
                             None if index is None else (index,))


def _finding(first, later) -> Finding:
    there, here = parting(first, later)
    component_id = later.component_id
    if here == there and later.loop is not None:  # one comprehension makes both
        return Finding(
            RULE.code, RULE.severity,
            f"This comprehension gives every component it makes the id `{component_id}`, and it makes several "
            "for the initial layout. Dash refuses the layout: the first request fails with DuplicateIdError "
            "(\"Duplicate component id found in the initial layout\") and the page never loads. Give each its "
            "own id (an f-string with the loop's variable).",
            later.loop,
            (Related(later.trail[-1], f"the id `{component_id}`"),),
            data={"id": component_id},
        )
    line = f"{there.path.name}:{there.span.start.line + 1}" if there.path != here.path else f"line {there.span.start.line + 1}"
    related = [Related(there, f"the first component with the id `{component_id}`")]
    if later.trail[-1] != here:
        related.append(Related(later.trail[-1], f"the id `{component_id}` given here"))
    return Finding(
        RULE.code, RULE.severity,
        f"A second component with the id `{component_id}` in the initial layout (the first: {line}). "
        "Dash refuses the layout: the first request fails with DuplicateIdError (\"Duplicate component id "
        "found in the initial layout\") and the page never loads. Give each component its own id.",
        Location(here.path, here.span),
        tuple(related),
        data={"id": component_id},
    )


RULE = Rule(
    code="DASH012",
    title="duplicate component id",
    summary="Two components of the initial layout cannot share an id.",
    explanation=EXPLANATION,
    severity=Severity.ERROR,
    check=check,
)
