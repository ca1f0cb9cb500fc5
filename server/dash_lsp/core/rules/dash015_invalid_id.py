"""DASH015: a callback names an id Dash does not accept."""

from __future__ import annotations

from ..findings import Finding, Location, Severity
from ..values import forbidden_characters, id_text
from .base import Rule
from .common import all_callbacks

EXPLANATION = """\
**What Dash does.** A string id in an `Output`, `Input` or `State` may not contain `.` or `{`:
registering the callback raises `dash.exceptions.InvalidComponentIdError` ("The element
`city.name` contains `.` in its ID"), so the app stops at import. An empty id passes the
import, and then the renderer reports *Callback item missing ID* in the browser. Components
may carry such ids; only callbacks cannot name them. The values of a pattern-matching (dict)
id may contain dots.

**Why.** Dash joins an id and its property with a dot (`city.value`) and keeps dict ids as
JSON, so a dot or a brace in a string id would be ambiguous.

**Wrong**
```python
app.layout = html.Div([dcc.Input(id="city.name"), html.Div(id="out")])

@callback(Output("out", "children"), Input("city.name", "value"))
```

**Right**
```python
app.layout = html.Div([dcc.Input(id="city-name"), html.Div(id="out")])

@callback(Output("out", "children"), Input("city-name", "value"))
```
"""

def check(model):
    for _, module, callback in all_callbacks(model):
        if callback.where.may_fail:
            continue  # (a test expecting the error)
        for dependency in callback.dependencies:
            text = id_text(model.dependency_id(module, callback, dependency))
            if text is None:
                continue
            if text == "":
                message = (f"This {dependency.kind} has an empty id: Dash reports \"Callback item missing ID\" "
                           "in the browser. Name the component it means.")
            elif found := forbidden_characters(text):
                shown = " and ".join(f"`{c}`" for c in found)
                message = (f"The id `{text}` contains {shown}, which Dash does not accept in a callback: "
                           "registering it raises InvalidComponentIdError and the app does not start. "
                           f"Rename the id (and the component's), e.g. `{suggested_id(text)}`.")
            else:
                continue
            yield Finding(RULE.code, RULE.severity, message, Location(module.path, dependency.id_span),
                          data={"id": text})


def suggested_id(text: str) -> str:
    """`text` without what Dash refuses: a dash for a dot, no brace."""
    return text.replace(".", "-").replace("{", "")


RULE = Rule(
    code="DASH015",
    title="invalid id in a callback",
    summary="A callback's string id is empty or contains `.` or `{`, which Dash rejects.",
    explanation=EXPLANATION,
    severity=Severity.ERROR,
    check=check,
)
