"""DASH007: pattern-matching wildcards that do not line up between a callback's Outputs and Inputs."""

from __future__ import annotations

from ..findings import Finding, Location, Severity
from ..project.registration import registered_callbacks
from ..values import DictId, Known, Value, Wildcard
from .base import Rule
from .common import all_callbacks

EXPLANATION = """\
**What Dash does.** The dash-renderer checks the wildcards of every pattern-matching callback
when the page loads and shows the error in the dev-tools popup (debug mode); the callback
does not work:
- *Mismatched `MATCH` wildcards across `Output`s*: every Output must have `MATCH` on the same
  keys (`ALL` may differ).
- *`Input` / `State` wildcards not in `Output`s*: an Input or State with `ALLSMALLER` on a key
  needs `MATCH` on that key in the Outputs, and when the Outputs have any `MATCH`, the Inputs'
  and States' `MATCH` keys must be among theirs.
- *Callback wildcard ID error*: an Output cannot use `ALLSMALLER`.

**Why.** `MATCH` ties one firing of the callback to one set of components: Dash must know,
from the Input that fired, which Output to write, so the keys have to agree.

**Wrong**
```python
@callback(Output({"type": "total", "index": MATCH}, "children"),
          Input({"type": "row", "index": MATCH, "column": MATCH}, "value"))
```

**Right** – `MATCH` in the Input only on keys the Output matches too:
```python
@callback(Output({"type": "total", "index": MATCH}, "children"),
          Input({"type": "row", "index": MATCH, "column": ALL}, "value"))
```
"""


def _keys(value: Value, wildcard: str) -> frozenset[str] | None:
    """The keys holding `wildcard`; None when the id is not fully known (a value could be one)."""
    if isinstance(value, Known) and isinstance(value.value, str):
        return frozenset()
    if not isinstance(value, DictId) or value.key() is None:
        return None
    return frozenset(k for k, v in value.items if isinstance(v, Wildcard) and v.name == wildcard)


def _listed(keys: frozenset[str]) -> str:
    return ", ".join(f"`{k}`" for k in sorted(keys)) or "no key"


def check(model):
    callbacks = registered_callbacks(model, [(m, c) for _, m, c in all_callbacks(model)])
    for module, callback in callbacks:
        if not callback.outputs:
            continue  # Dash checks wildcards only in callbacks with Outputs
        ids = [model.dependency_id(module, callback, o) for o in callback.outputs]
        matches = [_keys(v, "MATCH") for v in ids]
        for output, value in zip(callback.outputs, ids):
            if _keys(value, "ALLSMALLER"):
                yield Finding(
                    RULE.code, RULE.severity,
                    "An Output cannot use ALLSMALLER (only MATCH and ALL); Dash reports \"Callback wildcard "
                    "ID error\" in the browser.",
                    Location(module.path, output.id_span),
                )
        if any(m is None for m in matches):
            continue  # an Output we cannot read: its MATCH keys are unknown
        first = matches[0]
        for index, (output, keys) in enumerate(zip(callback.outputs, matches)):
            if index and keys != first:
                yield Finding(
                    RULE.code, RULE.severity,
                    f"This Output has MATCH on {_listed(keys)} while the first Output has it on {_listed(first)}; "
                    "Dash reports \"Mismatched `MATCH` wildcards across `Output`s\" in the browser. "
                    "Every Output needs MATCH on the same keys (ALL may differ).",
                    Location(module.path, output.id_span),
                )
        for dependency in [*callback.inputs, *callback.states]:
            value = model.dependency_id(module, callback, dependency)
            smaller, matched = _keys(value, "ALLSMALLER"), _keys(value, "MATCH")
            if smaller is None or matched is None:
                continue
            stray = smaller - first
            if first:
                stray |= matched - first
            if stray:
                outputs = f"MATCH on {_listed(first)}" if first else "no MATCH"
                yield Finding(
                    RULE.code, RULE.severity,
                    f"This {dependency.kind} has MATCH or ALLSMALLER on {_listed(stray)}, where the Outputs have "
                    f"{outputs}; Dash reports \"`Input` / `State` wildcards not in `Output`s\" in "
                    "the browser. ALLSMALLER needs MATCH on the same key in the Outputs, and when the Outputs "
                    "have MATCH, the Inputs' and States' MATCH keys must be among theirs.",
                    Location(module.path, dependency.id_span),
                )


RULE = Rule(
    code="DASH007",
    title="pattern-matching wildcards do not line up",
    summary="MATCH and ALLSMALLER in a callback's Inputs and States must line up with MATCH in its Outputs.",
    explanation=EXPLANATION,
    severity=Severity.ERROR,
    check=check,
)
