"""DASH011: a callback with several Outputs returning something other than one value per Output."""

from __future__ import annotations

import ast
from typing import Iterator

from ..facts.model import Callback, ModuleFacts
from ..findings import Finding, Location, Related, Severity
from .base import Rule
from .common import callback_syntax, called_as_written, dependency_label

EXPLANATION = """\
**What Dash does.** A callback whose Outputs are given as a list (`[Output(...)]`, even of one)
or as several `Output` arguments must return a list or tuple with one value per Output. Any
other return value (a string, `None`, a dict, a tuple of another length) makes Dash raise
`SchemaTypeValidationError` or `SchemaLengthValidationError` when that `return` runs: the request
fails with a server error, the dev tools show *Callback error updating …* (debug mode), and no
Output changes.

**Why.** Dash pairs the returned values with the Outputs one by one. To leave some Outputs as
they are, return `no_update` in their place; to change none of them, return `no_update` alone or
raise `PreventUpdate`.

**Wrong**
```python
@app.callback(Output("graph", "figure"), Output("note", "children"), Input("city", "value"))
def draw(city):
    if city is None:
        return None
    return figure_for(city), f"{city} selected"
```

**Right**
```python
    if city is None:
        return no_update, no_update   # or: raise PreventUpdate
```
"""


def check(model):
    for module, callback in called_as_written(model):
        if _may_be_a_list(callback):
            wrong = callback_syntax(model, RULE.code, module, callback, lambda: _wrong_returns(callback))
            yield from (_finding(model, module, callback, *w) for w in wrong)


def _may_be_a_list(callback: Callback) -> bool:
    """A cheap first look: several Outputs, or a list among the arguments."""
    return len(callback.outputs) > 1 or any(a.__class__ is ast.List for a in callback.call.args) or any(
        k.arg == "output" for k in callback.call.keywords)


def _output_count(callback: Callback) -> int | None:
    """How many values Dash expects when the Outputs form a flat list (`[Output, …]` or several
    Output arguments); None for a single Output, a grouping or a form we do not read."""
    outputs = {id(d.node) for d in callback.outputs}
    given = [*callback.call.args, *(k.value for k in callback.call.keywords if k.arg == "output")]
    direct = [node for node in given if id(node) in outputs]
    lists = [node for node in given if isinstance(node, ast.List) and node.elts
             and all(id(item) in outputs for item in node.elts)]
    if len(direct) >= 2 and not lists and len(direct) == len(outputs):
        return len(direct)
    if len(lists) == 1 and not direct and len(lists[0].elts) == len(outputs):
        return len(outputs)
    return None


def _returns(function: ast.FunctionDef) -> list[ast.Return] | None:
    """The function's own `return` statements (not those of functions defined inside it), in
    order; None for a generator, whose values Dash collects otherwise."""
    found = []
    stack = list(reversed(function.body))
    while stack:
        node = stack.pop()
        kind = node.__class__
        if kind in _OWN_SCOPE:
            continue
        if kind is ast.Return:
            found.append(node)
        elif kind is ast.Yield or kind is ast.YieldFrom:
            return None
        stack.extend(reversed(list(ast.iter_child_nodes(node))))
    return found


_OWN_SCOPE = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def _shape(value: ast.expr | None, expected: int) -> str | None:
    """What is wrong with returning `value` where `expected` values are due; None when it may be right."""
    if value is None or (isinstance(value, ast.Constant) and value.value is None):
        return "returns None"
    if isinstance(value, (ast.Constant, ast.JoinedStr, ast.Dict, ast.DictComp, ast.Set, ast.SetComp)):
        return "returns a single value"
    if isinstance(value, (ast.Tuple, ast.List)) and not any(isinstance(e, ast.Starred) for e in value.elts):
        if len(value.elts) != expected:
            return f"returns {len(value.elts)} value{'s' if len(value.elts) != 1 else ''}"
    return None


def _wrong_returns(callback: Callback) -> Iterator[tuple[ast.Return, int, str]]:
    """(return statement, values due, what is wrong) for each return Dash cannot accept."""
    function = callback.function
    if (callback.clientside or callback.background or not callback.complete or function is None
            or isinstance(function, ast.AsyncFunctionDef) or len(function.decorator_list) != 1
            or function.decorator_list[0] is not callback.call):
        return
    expected = _output_count(callback)
    if expected is None:
        return
    for statement in _returns(function) or ():
        wrong = _shape(statement.value, expected)
        if wrong is not None:
            yield statement, expected, wrong


def _finding(model, module: ModuleFacts, callback: Callback, statement: ast.Return, expected: int,
             wrong: str) -> Finding:
    labels = ", ".join(f"`{dependency_label(model, module, callback, d)}`" for d in callback.outputs)
    if wrong == "returns None":
        cure = "return no_update (or raise PreventUpdate) to change nothing"
    elif expected == 1:
        cure = "return the value in a list (`[value]`), or give the Output without the list"
    else:
        cure = "return one value per Output, no_update for those to leave alone"
    outputs = f"gives its Output in a list ({labels})" if expected == 1 else f"has {expected} Outputs ({labels})"
    return Finding(
        RULE.code, RULE.severity,
        f"`{callback.name}` {outputs}, so Dash expects a list or tuple of {expected}; this {wrong}, and Dash "
        f"fails the request each time it runs (\"Callback error updating …\"). {cure[0].upper()}{cure[1:]}.",
        Location(module.path, module.lines.span(statement)),
        (Related(Location(module.path, callback.span), "the Outputs"),),
        data={"expected": expected, "returns_none": wrong == "returns None"},
    )


RULE = Rule(
    code="DASH011",
    title="return value does not match the Outputs",
    summary="A callback with a list of Outputs returns one value per Output.",
    explanation=EXPLANATION,
    severity=Severity.ERROR,
    check=check,
)
