"""Facts read from one module: a pure function of its path and text.

Expressions are kept as AST nodes (with the names a comprehension bound), so the
project layer can evaluate them once it knows the other modules. They are kept per
top-level statement too, so an edit can re-read only the statements it touched and
update them in place (facts/incremental.py), with the facts a fresh read would give.
"""

from __future__ import annotations

import ast
import bisect
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..findings import Span
from ..names import ImportTable
from ..positions import LineIndex


@dataclass(frozen=True)
class Where:
    """Where a statement executes: at import (function None) or inside a function."""

    function: str | None  # dotted name of the enclosing function, if any
    top_index: int  # index of the enclosing top-level statement
    main_guard: bool  # inside `if __name__ == "__main__":`
    branches: tuple[tuple[int, int], ...] = ()  # (if-statement, 0 for body / 1 for else) around it
    may_fail: bool = False  # inside `with pytest.raises(...)`: meant not to register
    loops: tuple[ast.For, ...] = ()  # the `for` statements around it, outermost first

    def excludes(self, other: "Where") -> bool:
        """The two sit in different branches of one `if`: at most one of them runs."""
        mine = dict(self.branches)
        return any(node in mine and mine[node] != branch for node, branch in other.branches)

    def within(self, node: int, branch: int) -> "Where":
        return replace(self, branches=(*self.branches, (node, branch)))


@dataclass
class Dependency:
    kind: str  # Output | Input | State | Trigger
    node: ast.Call
    id_node: ast.expr | None
    prop_node: ast.expr | None
    bindings: dict[str, ast.expr]  # comprehension variables → one of their values
    span: Span
    id_span: Span
    allow_duplicate: ast.expr | None = None
    allow_optional: ast.expr | None = None
    unverified: str | None = None  # an origin outside dash that may re-export Dash's class


@dataclass
class Callback:
    app: ast.expr | None  # the `app` of `@app.callback`; None for the global `dash.callback`
    clientside: bool
    outputs: list[Dependency]
    inputs: list[Dependency]
    states: list[Dependency]
    complete: bool  # every dependency argument was understood
    prevent_initial_call: ast.expr | None
    background: bool
    function: ast.FunctionDef | ast.AsyncFunctionDef | None
    name: str | None
    span: Span  # the decorator or call
    name_span: Span
    where: Where
    call: ast.Call
    unverified: str | None = None  # a `callback` imported from outside dash
    misplaced: Dependency | None = None  # the first dependency out of the order Dash requires

    @property
    def origins_to_verify(self) -> set[str]:
        found = {d.unverified for d in self.dependencies if d.unverified}
        return found | {self.unverified} if self.unverified else found

    @property
    def dependencies(self) -> list[Dependency]:
        return [*self.outputs, *self.inputs, *self.states]


@dataclass
class AppConstruction:
    var: str | None
    kind: str  # dash | proxy
    call: ast.Call
    span: Span
    where: Where
    keywords: dict[str, ast.expr]
    has_star_kwargs: bool


@dataclass
class AppAssignment:
    """`app.layout = …`, `app.validation_layout = …`, `app.config.x = …`."""

    app: ast.expr
    attribute: str  # layout | validation_layout | config:<key> | config:* (unknown key)
    value: ast.expr | None
    span: Span
    where: Where
    chained: bool = False  # `a = app.validation_layout = …`: the value has other names too
    key_span: Span | None = None  # where a config key is written (`x` of `app.config.x`, `"x"` of `app.config["x"]`)


@dataclass
class Component:
    origin: str  # canonical origin of the constructor, or the raw call name
    call: ast.Call
    id_node: ast.expr | None
    span: Span
    id_span: Span | None
    where: Where
    bindings: dict[str, ast.expr] = field(default_factory=dict)


@dataclass
class PageRegistration:
    layout: ast.expr | None
    span: Span
    keywords: dict[str, ast.expr]


@dataclass
class ServerStart:
    app: ast.expr
    method: str  # run | run_server
    span: Span
    where: Where
    debug: ast.expr | None = None  # the value of its `debug=` keyword


# Methods of a Dash app that Dash 3 removed (dash/_obsolete.py): calling one raises.
REMOVED_APP_METHODS = ("run_server", "long_callback")


@dataclass
class RemovedMethodCall:
    """`app.run_server(...)`, `@app.long_callback(...)`: a method Dash 3 removed, called."""

    app: ast.expr
    method: str
    span: Span  # the method's name
    where: Where


@dataclass
class FunctionInfo:
    node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
    name: str  # dotted: outer.inner
    calls: set[str]  # names of functions it calls (simple names and attribute tails)
    returns: list[ast.expr]
    locals: dict[str, list[ast.expr]]  # local name → every value assigned to it
    mutated: set[str] = field(default_factory=set)  # locals changed in place
    # Its comparisons with `….triggered_id`, found on first use (triggers.py); a re-read of
    # the function's statement makes a new FunctionInfo, so they never outlive its syntax.
    comparisons: list | None = field(default=None, repr=False, compare=False)

    def binds(self, name: str) -> bool:
        """Whether `name` is a parameter or a local of the function (not the module's name)."""
        args = self.node.args
        return name in self.locals or any(
            a.arg == name for a in (*args.posonlyargs, *args.args, *args.kwonlyargs, *filter(None, [args.vararg, args.kwarg])))

    def binds_anywhere(self, name: str) -> bool:
        """`binds`, or bound in its body otherwise (a loop, a `with`, a walrus, an import), which
        `locals` does not keep. A walk of the body: for the rare questions, not the hot path."""
        return self.binds(name) or any(
            isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store)
            or isinstance(n, ast.alias) and (n.asname or n.name.partition(".")[0]) == name
            for n in ast.walk(self.node))


@dataclass(slots=True)
class StatementFacts:
    """What one top-level statement contributes to its module's facts (in reading order)."""

    callbacks: list[Callback] = field(default_factory=list)
    apps: list[AppConstruction] = field(default_factory=list)
    app_assignments: list[AppAssignment] = field(default_factory=list)
    components: list[Component] = field(default_factory=list)
    pages: list[PageRegistration] = field(default_factory=list)
    starts: list[ServerStart] = field(default_factory=list)
    removed_calls: list[RemovedMethodCall] = field(default_factory=list)
    module_calls: list[tuple[str, int, bool]] = field(default_factory=list)
    functions: dict[str, FunctionInfo] = field(default_factory=dict)
    mutated: set[str] = field(default_factory=set)
    # Module-level names whose binding reading it looked up (a constant list of
    # dependencies, a function decorated by hand): its facts depend on them.
    consulted: set[str] = field(default_factory=set)
    local_imports: bool = False  # imports inside functions, added to the module's table as read


_LISTS = ("callbacks", "apps", "app_assignments", "components", "pages", "starts", "removed_calls", "module_calls")


def assemble(pieces: list[StatementFacts]) -> dict:
    """The module's fact lists: its statements' in order."""
    out: dict = {name: [item for piece in pieces for item in getattr(piece, name)] for name in _LISTS}
    out["functions"] = {name: info for piece in pieces for name, info in piece.functions.items()}
    out["mutated"] = {name for piece in pieces for name in piece.mutated}
    return out


def first_line(statement: ast.stmt) -> int:
    """1-based first line of a statement, its decorators included."""
    decorators = getattr(statement, "decorator_list", None)
    return min([statement.lineno, *(d.lineno for d in decorators)]) if decorators else statement.lineno


@dataclass
class ModuleFacts:
    path: Path
    text: str
    lines: LineIndex
    imports: ImportTable
    imported_modules: list[tuple[str, int]]  # (module with leading dots, top index) in order
    constants: dict[str, list[ast.expr]]  # module-level name → every value assigned
    classes: dict[str, dict[str, ast.expr]]  # class → attribute → value
    functions: dict[str, FunctionInfo]
    callbacks: list[Callback]
    apps: list[AppConstruction]
    app_assignments: list[AppAssignment]
    components: list[Component]
    pages: list[PageRegistration]
    starts: list[ServerStart]
    removed_calls: list[RemovedMethodCall]
    module_calls: list[tuple[str, int, bool]]  # module-level calls of functions: (name, last line, guarded)
    blanked: list[tuple[int, int]]
    syntax_error: str | None
    mentions_register_page: bool
    mutated: set[str] = field(default_factory=set)  # module-level names changed in place
    # Per top-level statement, for re-reading only what an edit touched (facts/incremental.py).
    tree: ast.Module | None = None
    pieces: list[StatementFacts] = field(default_factory=list)
    statement_lines: list[int] = field(default_factory=list)  # first line of each, 1-based
    binders: dict[str, frozenset[int]] = field(default_factory=dict)  # name → statements binding it
    # Bumped by each in-place update; `stamps[i]` is the generation statement i last changed
    # in, `name_stamps[name]` the one in which the statements binding `name` last changed.
    generation: int = 0
    stamps: list[int] = field(default_factory=list)
    name_stamps: dict[str, int] = field(default_factory=dict)

    def statement_of(self, node: ast.AST | None) -> int | None:
        """Index of the top-level statement holding `node` (None: not a node of this tree)."""
        line = getattr(node, "lineno", None)
        if line is None or not self.statement_lines or line < self.statement_lines[0]:
            return None
        return bisect.bisect_right(self.statement_lines, line) - 1

    @property
    def has_dash(self) -> bool:
        return bool(self.callbacks or self.apps or self.app_assignments or self.pages or self.components)
