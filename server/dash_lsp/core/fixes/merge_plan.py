"""Deciding whether callbacks that share an output can become one, and how it dispatches.

The plan is plain data: the merged Outputs/Inputs/States (deduplicated by the ids and
properties Dash sees), which callback owns each Input, which one runs at load, and
what would change. Anything that cannot be expressed faithfully is a Refusal.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from ..facts.model import Callback, Dependency, ModuleFacts
from ..values import DictId, Known, id_key

DEPENDENCY_KEYWORDS = {"output", "outputs", "inputs", "input", "state", "states"}


class Refusal(Exception):
    """The callbacks cannot be merged without changing what the app does."""


@dataclass
class Dep:
    key: tuple  # (id key, property): what Dash matches on
    value: object  # the id value (str or DictId)
    node: Dependency


@dataclass
class Member:
    module: ModuleFacts
    callback: Callback
    function: ast.FunctionDef
    outputs: list[Dep]
    args: list[Dep]  # Inputs and States in the order Dash passes them
    inputs: list[Dep]
    single: bool  # one bare Output: the function returns the value itself
    at_load: bool  # runs on the initial call

    @property
    def name(self) -> str:
        return self.function.name

    @property
    def output_keys(self) -> list[tuple]:
        return [d.key for d in self.outputs]


@dataclass
class Plan:
    members: list[Member]  # registration order; members[0] hosts the merged callback
    outputs: list[Dep]
    args: list[Dep]  # merged Inputs then States
    owner: dict[tuple, int]  # input key -> index of the member that runs when it fires
    default: int  # member run when nothing triggered (initial call), or the fallthrough
    at_load: bool
    notes: list[str] = field(default_factory=list)  # comments for the generated code
    changes: list[str] = field(default_factory=list)  # behaviour that differs, for people

    @property
    def single(self) -> bool:
        return len(self.outputs) == 1 and all(m.single for m in self.members)


def _key(model, module, callback, dependency) -> tuple[tuple, object]:
    value = model.dependency_id(module, callback, dependency)
    prop = model.dependency_prop(module, callback, dependency)
    component = id_key(value)
    if component is None or not (isinstance(prop, Known) and isinstance(prop.value, str)):
        raise Refusal("an id or property of these callbacks cannot be computed statically")
    if isinstance(value, DictId) and value.has_wildcard:
        raise Refusal("pattern-matching ids (MATCH/ALL/ALLSMALLER) make the trigger a family of ids")
    return (component, prop.value), (value.value if isinstance(value, Known) else value)


def _single_output(callback: Callback) -> bool:
    if len(callback.outputs) != 1:
        return False
    node = callback.outputs[0].node
    call = callback.call
    return any(arg is node for arg in call.args) or any(
        k.arg == "output" and k.value is node for k in call.keywords)


def _keyword_dependencies(callback: Callback) -> bool:
    return any(k.arg in ("inputs", "input", "state", "states") for k in callback.call.keywords)


def _check_form(module: ModuleFacts, callback: Callback) -> ast.FunctionDef:
    name = callback.name or "clientside callback"
    if callback.clientside:
        raise Refusal("a clientside callback runs in the browser and cannot share a function with a server one")
    if callback.background:
        raise Refusal(f"`{name}` is a background callback; its job manager runs it apart from the others")
    function = callback.function
    if function is None or not any(d is callback.call for d in getattr(function, "decorator_list", [])):
        raise Refusal(f"`{name}` is not registered with a decorator")
    if isinstance(function, ast.AsyncFunctionDef):
        raise Refusal(f"`{name}` is async")
    if len(function.decorator_list) != 1:
        raise Refusal(f"`{name}` has other decorators")
    if not callback.complete or any(d.kind == "Trigger" for d in callback.inputs):
        raise Refusal(f"the dependencies of `{name}` are not all plain Output/Input/State")
    for node in [*callback.call.args, *(k.value for k in callback.call.keywords if k.arg in DEPENDENCY_KEYWORDS)]:
        if not _only_dict_ids(node):
            raise Refusal(f"`{name}` uses grouped or generated dependencies")
    args = function.args
    if args.vararg or args.kwarg or args.kwonlyargs or args.posonlyargs:
        raise Refusal(f"`{name}` takes *args, **kwargs or keyword-only parameters")
    if len(args.args) != len(callback.inputs) + len(callback.states):
        raise Refusal(f"`{name}` does not take one parameter per Input and State")
    return function


def _only_dict_ids(node: ast.expr) -> bool:
    """Dicts that only appear as component ids (the first argument of a dependency)."""
    allowed: set[int] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call) and sub.args and isinstance(sub.args[0], ast.Dict):
            allowed.update(id(n) for n in ast.walk(sub.args[0]))
    return all(id(sub) in allowed for sub in ast.walk(node) if isinstance(sub, (ast.Dict, ast.ListComp, ast.Starred))
               or (isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id == "dict"))


def _at_load(model, module: ModuleFacts, callback: Callback) -> bool:
    if callback.prevent_initial_call is not None:
        value = model.value(callback.prevent_initial_call, module)
    elif callback.app is None:
        return True  # dash.callback: prevent_initial_call defaults to False
    else:
        apps = model.apps_of(module, callback)
        values = {a.prevent_initial_callbacks for a in apps}
        if len(values) != 1:
            raise Refusal(f"cannot tell whether `{callback.name}` runs when the page loads")
        value = values.pop()
    if not isinstance(value, Known):
        raise Refusal(f"cannot tell whether `{callback.name}` runs when the page loads")
    # Dash prevents the initial call only for `True`; 'initial_duplicate' still runs.
    return value.value is not True


def member(model, module: ModuleFacts, callback: Callback) -> Member:
    function = _check_form(module, callback)
    outputs = [Dep(*_key(model, module, callback, d), d) for d in callback.outputs]
    inputs = [Dep(*_key(model, module, callback, d), d) for d in callback.inputs]
    states = [Dep(*_key(model, module, callback, d), d) for d in callback.states]
    if _keyword_dependencies(callback):
        args = [*inputs, *states]
    else:
        args = sorted([*inputs, *states], key=lambda d: d.node.span.start)
    return Member(module, callback, function, outputs, args, inputs, _single_output(callback),
                  _at_load(model, module, callback))


def _label(key: tuple) -> str:
    return f"{key[0]}.{key[1]}"


def plan(model, pairs: list[tuple[ModuleFacts, Callback]]) -> Plan:
    members = [member(model, m, c) for m, c in pairs]
    if len(members) < 2:
        raise Refusal("there is nothing to merge")
    _check_scopes(members)

    outputs: list[Dep] = []
    for m in members:
        for dep in m.outputs:
            if dep.key not in [o.key for o in outputs]:
                outputs.append(dep)
    inputs: list[Dep] = []
    states: list[Dep] = []
    for m in members:
        for dep in m.args:
            target = inputs if dep.node.kind == "Input" else states
            if dep.key not in [d.key for d in (*inputs, *states)]:
                target.append(dep)
            elif dep.key in [d.key for d in (states if target is inputs else inputs)]:
                raise Refusal(f"`{_label(dep.key)}` is an Input of one callback and a State of another")

    owner = _owners(members, inputs, prefer_cover=True)
    if len(set(owner.values())) < len(members):
        owner = _owners(members, inputs, prefer_cover=False)
    notes: list[str] = []
    changes: list[str] = []
    for dep in inputs:
        holders = [i for i, m in enumerate(members) if dep.key in [d.key for d in m.inputs]]
        chosen = owner[dep.key]
        if len(holders) > 1:
            others = [members[i] for i in holders if i != chosen]
            notes.append(f"{_label(dep.key)} fired {_both([members[chosen], *others])}; "
                         f"{members[chosen].name} runs here.")
            for other in others:
                lost = [k for k in other.output_keys if k not in members[chosen].output_keys]
                if lost:
                    changes.append(f"when {_label(dep.key)} changes, {other.name} no longer runs, so "
                                   f"{', '.join(map(_label, lost))} is not updated then")
    for i, m in enumerate(members):
        if not any(v == i for v in owner.values()):
            raise Refusal(f"every Input of `{m.name}` also fires another callback, so the trigger cannot tell "
                          "them apart")
    _check_triggers(members, inputs, owner)

    runners = [i for i, m in enumerate(members) if m.at_load]
    at_load = bool(runners)
    default = _cover(members, runners) if runners else max(owner.values())
    if len(runners) > 1:
        notes.append(f"On page load {_both([members[i] for i in runners])} ran; {members[default].name} runs here.")
        for i in runners:
            lost = [k for k in members[i].output_keys if k not in members[default].output_keys]
            if lost:
                changes.append(f"on page load {members[i].name} no longer runs, so {', '.join(map(_label, lost))} "
                               "keeps its initial value")
    return Plan(members, outputs, [*inputs, *states], owner, default, at_load, notes, changes)


def _both(members: list[Member]) -> str:
    names = [m.name for m in members]
    return f"both {names[0]} and {names[1]}" if len(names) == 2 else ", ".join(names[:-1]) + f" and {names[-1]}"


def _cover(members: list[Member], holders: list[int]) -> int:
    """The holder whose outputs include every other holder's (the later one), else the last."""
    union = {k for i in holders for k in members[i].output_keys}
    covering = [i for i in holders if union <= set(members[i].output_keys)]
    return covering[-1] if covering else holders[-1]


def _owners(members: list[Member], inputs: list[Dep], prefer_cover: bool) -> dict[tuple, int]:
    """Which callback runs for each Input. For an Input several callbacks listen to, one that writes
    everything the others write keeps the app the same; otherwise the most specific listener, and
    among equals the later one, as Dash's own callback map keeps the last writer."""
    owner = {}
    for dep in inputs:
        holders = [i for i, m in enumerate(members) if dep.key in [d.key for d in m.inputs]]
        union = {k for i in holders for k in members[i].output_keys}
        candidates = [i for i in holders if union <= set(members[i].output_keys)] if prefer_cover else []
        owner[dep.key] = min(candidates or holders, key=lambda i: (len(members[i].inputs), -i))
    return owner


def _check_triggers(members: list[Member], inputs: list[Dep], owner: dict[tuple, int]) -> None:
    """`ctx.triggered_id` names the component only: one id must lead to one callback."""
    by_id: dict[str, int] = {}
    for dep in inputs:
        previous = by_id.setdefault(dep.key[0], owner[dep.key])
        if previous != owner[dep.key]:
            raise Refusal(f"`{dep.key[0]}` fires {members[previous].name} and {members[owner[dep.key]].name} "
                          "through different properties; ctx.triggered_id cannot tell which")


def _check_scopes(members: list[Member]) -> None:
    first = members[0]
    for m in members:
        where = m.callback.where
        if where.main_guard:
            raise Refusal(f"`{m.name}` is registered under `if __name__ == \"__main__\":`")
        if m.module.path != first.module.path and (where.function or first.callback.where.function):
            raise Refusal("callbacks in two modules can be merged only when both are defined at module level")
        if where.function != first.callback.where.function or m.function.col_offset != first.function.col_offset:
            raise Refusal("the callbacks are defined in different scopes")
        if where.function is None and m.function.col_offset != 0:
            raise Refusal(f"`{m.name}` is defined inside a block")
