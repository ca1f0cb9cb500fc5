"""DASH010: a callback function that cannot take one argument per Input and State."""

from __future__ import annotations

import ast

from ..facts.model import Callback, ModuleFacts
from ..findings import Finding, Location, Related, Severity
from .base import Rule
from .common import called_as_written, dependency_label

EXPLANATION = """\
**What Dash does.** When a callback fires, Dash calls its function with one positional
argument per `Input` and `State`, in the order the decorator lists them. A function that takes
fewer (or needs more) raises `TypeError` on every call: the dev tools show *Callback error
updating …* (debug mode), the server logs the traceback, and the Outputs never change.

**Why.** Usually an `Input` or `State` was added to the decorator and not to the function
(or the other way round). Dash does not compare the two when the callback is registered.

**Wrong**
```python
@app.callback(Output("out", "children"), Input("go", "n_clicks"), State("city", "value"))
def show(n_clicks):
    ...
```

**Right** – one parameter per Input and State, in the same order:
```python
@app.callback(Output("out", "children"), Input("go", "n_clicks"), State("city", "value"))
def show(n_clicks, city):
    ...
```
"""


# Keywords of a callback that add no argument to the call (`progress` does: `set_progress`).
PASS_NOTHING = frozenset({"prevent_initial_call", "running", "cancel", "manager", "interval", "cache_args_to_ignore",
                          "cache_ignore_triggered", "on_error", "hidden", "api_endpoint", "optional"})


def check(model):
    for module, callback in called_as_written(model):
        finding = _mismatch(model, module, callback)
        if finding is not None:
            yield finding


def _called_positionally(callback: Callback) -> bool:
    """Dependencies passed as the decorator's own arguments, each a plain Output/Input/State
    call or a flat list of them: Dash then calls the function with one positional argument per
    Input and State. Keyword forms (`inputs=dict(...)`) and groupings pass other shapes."""
    if any(k.arg not in PASS_NOTHING for k in callback.call.keywords):
        return False
    dependencies = {id(d.node) for d in callback.dependencies}
    for argument in callback.call.args:
        items = argument.elts if isinstance(argument, ast.List) else [argument]
        if not all(id(item) in dependencies for item in items):
            return False  # a grouping (`dict(...)`, a tuple), a variable, a comprehension
    return True


def _mismatch(model, module: ModuleFacts, callback: Callback) -> Finding | None:
    function = callback.function
    if callback.clientside or callback.background or not callback.complete or function is None:
        return None
    # The count first: it is cheap, and almost always right.
    args = function.args
    positional = len(args.posonlyargs) + len(args.args)
    required = positional - len(args.defaults)
    given = len(callback.inputs) + len(callback.states)
    needs_keyword = [a.arg for a, default in zip(args.kwonlyargs, args.kw_defaults) if default is None]
    if required <= given and (args.vararg is not None or given <= positional) and not needs_keyword:
        return None
    if (len(function.decorator_list) != 1 or function.decorator_list[0] is not callback.call
            or not _called_positionally(callback) or any(d.kind != "Input" for d in callback.inputs)):
        return None
    first = (args.posonlyargs or args.args or [None])[0]
    if first is not None and first.arg in ("self", "cls"):
        return None  # a method: what binds it is beyond us
    takes = _takes(positional, required, args.vararg is not None)
    dependencies = [*callback.inputs, *callback.states]
    names = ", ".join(f"`{dependency_label(model, module, callback, d)}`" for d in dependencies) or "none"
    detail = f" and the keyword-only {', '.join(f'`{n}`' for n in needs_keyword)}" if needs_keyword else ""
    return Finding(
        RULE.code, RULE.severity,
        f"`{callback.name}` takes {takes}{detail}, but Dash calls it with {given}, one per Input and State "
        f"({names}): every call raises TypeError and the Outputs never change. Give it one parameter "
        "per Input and State, in that order.",
        Location(module.path, callback.name_span),
        tuple(Related(Location(module.path, d.span), f"argument {index} of the call") for index, d in
              enumerate(dependencies, 1)),
    )


def _takes(positional: int, required: int, varargs: bool) -> str:
    def arguments(count: int) -> str:
        return f"{count} argument{'s' if count != 1 else ''}"
    if varargs:
        return f"at least {arguments(required)}"
    if required == positional:
        return arguments(positional)
    return f"{required} to {arguments(positional)}"


RULE = Rule(
    code="DASH010",
    title="callback arguments do not match",
    summary="A callback's function takes one argument per Input and State.",
    explanation=EXPLANATION,
    severity=Severity.ERROR,
    check=check,
)
