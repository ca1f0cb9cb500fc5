"""DASH009: callbacks that feed each other in a circle."""

from __future__ import annotations

from dataclasses import dataclass

from ..facts.model import Callback, Dependency, ModuleFacts
from ..findings import Finding, Location, Related, Severity
from ..project.registration import registered_callbacks, registration_context
from ..semantics.evaluate import is_true
from ..values import DictId, Known, Pattern, id_text
from .base import Rule
from .common import callback_label

EXPLANATION = """\
**What Dash does.** The dash-renderer draws a graph from every callback's Inputs to its
Outputs when the page loads; when the graph has a cycle (callback A's Output is an Input of
callback B, whose Output is an Input of A) it shows *Circular Dependencies* ("Dependency Cycle
Found: a.value -> b.value -> a.value") in the dev-tools error popup (debug mode).

**Why.** Dash orders the callbacks a change sets off along that graph; a circle of callbacks
has no order. One callback may have the same property as Input and Output (Dash ≥ 1.19), and
a `State` does not count: it never triggers. An `Output(..., allow_duplicate=True)` does not
close a circle either: Dash names it apart.

**Wrong** – two sliders kept in step by two callbacks:
```python
@app.callback(Output("celsius", "value"), Input("fahrenheit", "value"))
def to_celsius(f): ...

@app.callback(Output("fahrenheit", "value"), Input("celsius", "value"))
def to_fahrenheit(c): ...
```

**Right** – one callback with both as Input and Output, branching on what fired:
```python
@app.callback(Output("celsius", "value"), Output("fahrenheit", "value"),
              Input("celsius", "value"), Input("fahrenheit", "value"))
def sync(c, f):
    if ctx.triggered_id == "celsius":
        return no_update, c * 9 / 5 + 32
    return (f - 32) * 5 / 9, no_update
```
"""

OWN_OUTPUT = "__output"  # Dash's node for a property that is its own callback's Input too


@dataclass(frozen=True)
class Edge:
    """One arrow of Dash's graph: `source` triggers the callback that writes `target`."""
    source: str
    target: str
    module: ModuleFacts
    callback: Callback
    output: Dependency
    order: int  # the callback's place in registration order


def check(model):
    for app in model.apps:
        if app.kind == "proxy":
            continue  # dash-extensions' transforms rewrite the dependencies
        edges = _graph(model, registered_callbacks(model, app.callbacks))
        for cycle in _cycles(edges):
            yield _finding(model, cycle)


def _registered_once_at_import(module: ModuleFacts, callback: Callback) -> bool:
    """Callbacks we know Dash registers together: at import, outside any `if`, loop or guard."""
    where = callback.where
    return (registration_context(module, callback) is None and not where.branches and not where.loops
            and not where.main_guard)


def _name(model, module, callback, dependency) -> str | None:
    """`id.property` for a string id and property; None for anything else (a pattern, unknown)."""
    component = id_text(model.dependency_id(module, callback, dependency))
    prop = model.dependency_prop(module, callback, dependency)
    if not component or not (isinstance(prop, Known) and isinstance(prop.value, str)):
        return None
    return f"{component}.{prop.value}"


def _inputs_known(model, module, callback) -> bool:
    """Whether we know which of the callback's Outputs Dash finds among its Inputs: an Input we
    cannot compute might be one, and Dash then names that Output's node apart."""
    for dependency in callback.inputs:
        component = model.dependency_id(module, callback, dependency)
        prop = model.dependency_prop(module, callback, dependency)
        if not isinstance(prop, Known) or not (id_text(component) or isinstance(component, (DictId, Pattern))):
            return False
    return True


def _shape(model, module, callback) -> tuple[frozenset[str], tuple[tuple[str, int], ...]] | None:
    """The callback's Input names and its Output nodes (name, index among its outputs), as Dash
    names them; None when an Input cannot be computed."""
    if not _inputs_known(model, module, callback):
        return None
    inputs = frozenset(n for d in callback.inputs if d.kind == "Input" and (n := _name(model, module, callback, d)))
    outputs = []
    for index, output in enumerate(callback.outputs):
        name = _name(model, module, callback, output)
        if name is None:
            continue
        if output.allow_duplicate is not None:
            if is_true(model.value(output.allow_duplicate, module)) is not False:
                continue  # Dash names it `id.prop@hash`: a node nothing leads out of
        outputs.append((name + OWN_OUTPUT if name in inputs else name, index))
    return inputs, tuple(outputs)


def _cached_shape(model, module, callback):
    """`_shape`, kept while the callback's statement and the values it names stand."""
    index = module.statement_of(callback.call)
    if index is None:
        return _shape(model, module, callback)
    return model.derived.get(("DASH009", id(callback.call)), module, lambda: _shape(model, module, callback), (index,))


def _graph(model, callbacks) -> list[Edge]:
    """The arrows Dash draws between string ids, as the renderer builds its cycle-checking graph,
    where a circle can pass: from a property some callback writes to one some callback reads.

    Arrows we cannot name (pattern-matching or unknown ids) are left out: fewer arrows can hide
    a cycle, never make one.
    """
    shapes = []
    for order, (module, callback) in enumerate(callbacks):
        if _registered_once_at_import(module, callback) and (shape := _cached_shape(model, module, callback)):
            shapes.append((order, module, callback, *shape))
    written = {node for *_, outputs in shapes for node, _ in outputs}
    read = {name for *_, inputs, _ in shapes for name in inputs}
    # A property that is Input and Output of one callback triggers, as written, every other
    # callback it is an Input of: its own node leads where the property does.
    owns = {node for node in written if node.endswith(OWN_OUTPUT)}
    edges: list[Edge] = []
    for order, module, callback, inputs, outputs in shapes:
        sources = [name for name in inputs if name in written]
        sources += [own for own in owns if own[:-len(OWN_OUTPUT)] in inputs and own not in dict(outputs)]
        for node, index in outputs:
            if node in read or node in owns:
                output = callback.outputs[index]
                edges += [Edge(source, node, module, callback, output, order) for source in sorted(sources)]
    return edges


def _cycles(edges: list[Edge]) -> list[list[Edge]]:
    """One shortest cycle per strongly connected part of the graph."""
    leaving: dict[str, list[Edge]] = {}
    for edge in edges:
        leaving.setdefault(edge.source, []).append(edge)
    cycles = []
    for part in _strongly_connected(leaving):
        if len(part) < 2:
            continue
        start = min(part)
        cycles.append(_shortest_cycle(start, part, leaving))
    return cycles


def _strongly_connected(leaving: dict[str, list[Edge]]) -> list[set[str]]:
    """Tarjan's algorithm, iteratively (a long chain of callbacks must not exhaust the stack)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    parts: list[set[str]] = []
    for root in sorted(leaving):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, position = work.pop()
            if position == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            targets = [e.target for e in leaving.get(node, [])]
            if position < len(targets):
                work.append((node, position + 1))
                target = targets[position]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                part = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    part.add(member)
                    if member == node:
                        break
                parts.append(part)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return parts


def _shortest_cycle(start: str, part: set[str], leaving: dict[str, list[Edge]]) -> list[Edge]:
    """The shortest path of edges from `start` back to itself, inside its strongly connected part."""
    reached: dict[str, Edge | None] = {start: None}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for edge in leaving.get(node, []):
                if edge.target not in part:
                    continue
                if edge.target == start:
                    path = [edge]
                    while reached[path[0].source] is not None:
                        path.insert(0, reached[path[0].source])
                    return path
                if edge.target not in reached:
                    reached[edge.target] = edge
                    following.append(edge.target)
        frontier = following
    raise AssertionError("a strongly connected part has a cycle through each member")


def _finding(model, cycle: list[Edge]) -> Finding:
    def shown(node: str) -> str:
        return node[:-len(OWN_OUTPUT)] if node.endswith(OWN_OUTPUT) else node

    # Dash's own wording of the circle, as its dev tools print it.
    chain = " -> ".join(shown(n) for n in [cycle[0].source, *(e.target for e in cycle)])
    # Blame the callback registered last, where the circle closes; the others are related.
    last = max(cycle, key=lambda e: e.order)
    others = []
    for edge in cycle:
        if edge.callback is not last.callback and all(edge.callback is not o.callback for o in others):
            others.append(edge)
    names = ", ".join(callback_label(e.module, e.callback) for e in others)
    return Finding(
        RULE.code, RULE.severity,
        f"This callback and {names} trigger each other in a circle ({chain}); Dash reports "
        "\"Circular Dependencies\" in the browser. Merge them into one callback that has these properties "
        "as Inputs and Outputs and branches on `ctx.triggered_id`.",
        Location(last.module.path, last.output.span),
        tuple(Related(Location(e.module.path, e.output.span), f"`{shown(e.target)}` is written here, "
                      f"triggered by `{shown(e.source)}`") for e in others),
        # The callbacks to merge (the quick fix), in registration order.
        data={"callbacks": [(str(e.module.path), e.callback.span.start.line)
                            for e in sorted({id(e.callback): e for e in cycle}.values(), key=lambda e: e.order)]},
    )


RULE = Rule(
    code="DASH009",
    title="circular callbacks",
    summary="Callbacks must not trigger each other in a circle.",
    explanation=EXPLANATION,
    severity=Severity.ERROR,
    check=check,
)
