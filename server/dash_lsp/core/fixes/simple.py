"""The one-line cures: allow a duplicate, prevent the initial call, the id you meant, move above app.run."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from ..facts.model import Callback, ModuleFacts
from ..findings import Finding, Position, Span
from ..values import Known
from .edits import Fix, TextEdit, insert, line_ending, whole_lines
from .imports import dash_names, statements_edit
from .merge_code import Source, literal


def _position(source: Source, lineno: int, byte_column: int) -> Position:
    line = source.line(lineno - 1)
    return Position(lineno - 1, len(line.encode("utf-8")[:byte_column].decode("utf-8", errors="ignore")))


def _span(source: Source, node: ast.AST) -> Span:
    return Span(_position(source, node.lineno, node.col_offset), _position(source, node.end_lineno, node.end_col_offset))


def _after_last_argument(source: Source, call: ast.Call) -> Position | None:
    nodes = [*call.args, *call.keywords]
    if not nodes:
        return None
    last = max(nodes, key=lambda n: (n.end_lineno, n.end_col_offset))
    return _position(source, last.end_lineno, last.end_col_offset)


def add_keyword(source: Source, call: ast.Call, name: str, value: str) -> TextEdit | None:
    """Set `name=value` on a call: replace an existing value, or append the keyword."""
    for keyword in call.keywords:
        if keyword.arg == name:
            return TextEdit(_span(source, keyword.value), value)
    at = _after_last_argument(source, call)
    if at is None:
        return None
    return insert(at, f", {name}={value}")


def callback_at_line(module: ModuleFacts, line: int) -> Callback | None:
    return next((c for c in module.callbacks if c.span.start.line == line), None)


def callback_of_output(module: ModuleFacts, span: Span) -> Callback | None:
    return next((c for c in module.callbacks if any(o.span == span for o in c.outputs)), None)


def runs_at_load(model, module: ModuleFacts, callback: Callback) -> bool | None:
    if callback.prevent_initial_call is not None:
        value = model.value(callback.prevent_initial_call, module)
    elif callback.app is None:
        return True
    else:
        values = {a.prevent_initial_callbacks for a in model.apps_of(module, callback)}
        value = values.pop() if len(values) == 1 else None
    if not isinstance(value, Known):
        return None
    return value.value is not True


# -- DASH001: allow the duplicate ----------------------------------------------------------------

def allow_duplicate(model, finding: Finding) -> Fix | None:
    if model.dash_version is not None and model.dash_version < (2, 9):
        return None
    if finding.data.get("loop") and not finding.data.get("inputs_vary"):
        return None  # every pass has the same Inputs, so the same allow_duplicate name
    module = model.modules.get(finding.path)
    callback = callback_of_output(module, finding.span) if module else None
    if callback is None:
        return None
    output = next(o for o in callback.outputs if o.span == finding.span)
    if output.allow_duplicate is not None:
        return None  # both allow duplicates with the same Inputs: Dash still names them alike
    source = Source(module.text)
    edits = []
    at = _after_last_argument(source, output.node)
    if at is None:
        return None
    edits.append(insert(at, ", allow_duplicate=True"))
    at_load = runs_at_load(model, module, callback)
    if at_load is None:
        return None
    if at_load:
        # Keep the initial call this callback makes today.
        edits.append(add_keyword(source, callback.call, "prevent_initial_call", '"initial_duplicate"'))
    elif callback.prevent_initial_call is None:
        edits.append(add_keyword(source, callback.call, "prevent_initial_call", "True"))
    if any(e is None for e in edits):
        return None
    return Fix("Allow this duplicate output (allow_duplicate=True)", "quickfix", (finding.code,),
               {finding.path: edits}, finding)


# -- DASH002: prevent the initial call -------------------------------------------------------------

def prevent_initial_call(model, finding: Finding) -> Fix | None:
    return _set_prevent_initial_call(model, finding, "True", "Add prevent_initial_call=True", safe=True)


def _set_prevent_initial_call(model, finding: Finding, value: str, title: str, safe: bool) -> Fix | None:
    """`prevent_initial_call=value` on the callback the finding names (its `callback_line`)."""
    module = model.modules.get(finding.path)
    callback = callback_at_line(module, finding.data.get("callback_line", -1)) if module else None
    if callback is None:
        return None
    edit = add_keyword(Source(module.text), callback.call, "prevent_initial_call", value)
    if edit is None:
        return None
    return Fix(title, "quickfix", (finding.code,), {finding.path: [edit]}, finding, safe=safe, preferred=safe)


# -- DASH003, DASH004, DASH008: the id or the property you meant -------------------------------------

def did_you_mean(model, finding: Finding) -> list[Fix]:
    """Write a suggested id (or property) over the string literal the finding names.

    A finding names one literal (its span: `id`/`property` and `suggestions` in its data)
    or several (`corrections`: span, what is written, suggestions); an id that is computed
    (an f-string, a constant) has no literal here, and its fix belongs elsewhere.
    """
    module = model.modules.get(finding.path)
    if module is None:
        return []
    corrections = finding.data.get("corrections")
    if corrections is None:
        written = finding.data.get("id", finding.data.get("property"))
        corrections = [(finding.span, written, finding.data.get("suggestions", []))]
    source = Source(module.text)
    literals = {_span(source, n): n.value
                for n in ast.walk(source.tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    fixes = []
    for span, written, suggestions in corrections:
        if literals.get(span) != written:
            continue
        # One literal: its three nearest; several: each one's nearest, saying which it replaces.
        for index, suggestion in enumerate(suggestions[:3] if len(corrections) == 1 else suggestions[:1]):
            title = f"Change to {literal(suggestion)}" if span == finding.span else \
                f"Change {literal(written)} to {literal(suggestion)}"
            fixes.append(Fix(title, "quickfix", (finding.code,), {finding.path: [TextEdit(span, literal(suggestion))]},
                             finding, preferred=index == 0 and len(corrections) == 1))
    return fixes


# -- DASH005: move above app.run --------------------------------------------------------------------

def _top_statement(tree: ast.Module, line0: int) -> ast.stmt | None:
    for statement in tree.body:
        start = min([statement.lineno, *(d.lineno for d in getattr(statement, "decorator_list", []))])
        if start - 1 <= line0 <= statement.end_lineno - 1:
            return statement
    return None


def move_above_run(model, finding: Finding) -> Fix | None:
    module = model.modules.get(finding.path)
    start_line = finding.data.get("start_line")
    if module is None or start_line is None:
        return None
    source = Source(module.text)
    moved = _top_statement(source.tree, finding.span.start.line)
    blocker = _top_statement(source.tree, start_line)
    if moved is None or blocker is None or moved is blocker or moved.lineno <= blocker.lineno:
        return None
    first = min([moved.lineno, *(d.lineno for d in getattr(moved, "decorator_list", []))]) - 1
    last = moved.end_lineno - 1
    # Names the moved code needs at definition time must exist where it lands.
    needed = {n.id for d in [*getattr(moved, "decorator_list", []), getattr(moved, "value", None)] if d is not None
              for n in ast.walk(d) if isinstance(n, ast.Name)}
    later = {t.id for s in source.tree.body if s.lineno > blocker.lineno and s is not moved
             for t in ast.walk(s) if isinstance(t, ast.Name) and isinstance(t.ctx, ast.Store)}
    later |= {s.name for s in source.tree.body if s.lineno > blocker.lineno and s is not moved
              and isinstance(s, (ast.FunctionDef, ast.ClassDef))}
    if needed & later:
        return None
    target = blocker.lineno - 1
    while target > 0 and re.match(r"\s*#", source.line(target - 1)):
        target -= 1  # keep the comment above `if __name__ ...` with it
    newline = "\r\n" if "\r\n" in module.text else "\n"
    text = newline.join(source.line(i) for i in range(first, last + 1)) + newline * 3
    while first > 0 and not source.line(first - 1).strip():
        first -= 1  # the gap it leaves closes
    edits = [insert(Position(target, 0), text), TextEdit(whole_lines(first, last), "")]
    what = "the callback" if isinstance(moved, (ast.FunctionDef, ast.AsyncFunctionDef)) else "this statement"
    return Fix(f"Move {what} above the server start", "quickfix", (finding.code,), {finding.path: edits},
               finding, safe=True, preferred=True)


# -- DASH014: let a callback without Inputs run on load ----------------------------------------------

def run_on_load(model, finding: Finding) -> Fix | None:
    """prevent_initial_call=False, where Dash runs a callback without Inputs once on load."""
    from ..rules.dash014_no_inputs import RUNS_ON_LOAD

    if model.dash_version is None or model.dash_version < RUNS_ON_LOAD:
        return None  # (older Dash rejects the callback either way)
    return _set_prevent_initial_call(model, finding, "False", "Run it once on page load (prevent_initial_call=False)",
                                     safe=False)


# -- DASH015: an id Dash accepts, everywhere ------------------------------------------------------------

def rename_invalid_id(workspace, finding: Finding) -> Fix | None:
    """Rename the id on the component and in every callback naming it, as a rename would."""
    from ..rename import rename
    from ..rules.dash015_invalid_id import suggested_id

    old = finding.data.get("id")
    if not old:
        return None  # (an empty id names no component: which one was meant is not ours to guess)
    new = suggested_id(old)
    renamed = rename(workspace, finding.path, finding.span.start, new)
    if renamed is None or renamed.refusal is not None or not renamed.edits:
        return None
    return Fix(f"Rename the id to `{new}` everywhere", "quickfix", (finding.code,), renamed.edits, finding,
               preferred=True)


# -- DASH016: app.run for app.run_server ------------------------------------------------------------------

def run_for_run_server(model, finding: Finding) -> Fix | None:
    """`run_server` was an alias of `run` with the same arguments: the new name does what the old did."""
    if finding.data.get("method") != "run_server":
        return None
    return Fix("Call app.run instead", "quickfix", (finding.code,), {finding.path: [TextEdit(finding.span, "run")]},
               finding, safe=True, preferred=True)


# -- DASH020: the States as positional arguments ----------------------------------------------------------

def positional_states(model, finding: Finding) -> Fix | None:
    """Dropping `state=` hands Dash the States after the Inputs, as Dash 1 took them: the
    function's parameters keep their order."""
    if not finding.data.get("positional"):
        return None
    return Fix("Pass the States positionally (drop state=)", "quickfix", (finding.code,),
               {finding.path: [TextEdit(finding.data["delete"], "")]}, finding, safe=True, preferred=True)


# -- DASH018: the config key meant -------------------------------------------------------------------------

def config_key(model, finding: Finding) -> Fix | None:
    """The key Dash has for a misspelt one, written as the key was (a name or a string); or
    Flask's config for a Flask setting (`app.config["SECRET_KEY"]` → `app.server.config[…]`);
    or, for a key only the constructor sets, that constructor (constructor_keyword.py)."""
    if finding.data.get("read_only"):
        from .constructor_keyword import to_constructor
        return to_constructor(model, finding)
    module = model.modules.get(finding.path)
    key, suggestions = finding.data.get("key"), finding.data.get("suggestions") or []
    if module is None or not key:
        return None
    source = Source(module.text)
    written = _text_at(source, finding.span)
    if suggestions and written == key:
        new = suggestions[0]
    elif suggestions and _string_value(written) == key:
        new = literal(suggestions[0])
    else:
        return _to_server_config(source, finding, key) if key.isupper() else None  # (Dash's keys are lower case)
    return Fix(f"Change to {new}", "quickfix", (finding.code,), {finding.path: [TextEdit(finding.span, new)]},
               finding, preferred=True)


def _to_server_config(source: Source, finding: Finding, key: str) -> Fix | None:
    for node in ast.walk(source.tree):
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store) and isinstance(node.value, ast.Attribute) \
                and node.value.attr == "config" and isinstance(node.value.value, ast.Name) \
                and isinstance(node.slice, ast.Constant) and node.slice.value == key \
                and _span(source, node.slice) == finding.span:
            end = _position(source, node.value.end_lineno, node.value.end_col_offset)
            at = Position(end.line, end.column - len("config"))
            return Fix("Set it in the Flask server's config (app.server.config)", "quickfix", (finding.code,),
                       {finding.path: [insert(at, "server.")]}, finding, preferred=True)
    return None


def _text_at(source: Source, span: Span) -> str | None:
    if span.start.line != span.end.line:
        return None
    return source.line(span.start.line)[span.start.column:span.end.column]


def _string_value(text: str | None) -> str | None:
    try:
        value = ast.literal_eval(text) if text else None
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


# -- DASH017: the Outputs first ------------------------------------------------------------------------------

def outputs_first(model, finding: Finding) -> Fix | None:
    """Move a server callback's Outputs before its Inputs and States, each group in the order
    written: the function gets its arguments, and its return value goes to the Outputs, as
    the code meant. Only where every positional argument is one dependency, with nothing but
    commas and spaces between them (a comment would lose its place)."""
    module = model.modules.get(finding.path)
    callback = next((c for c in module.callbacks if c.misplaced is not None and c.misplaced.span == finding.span),
                    None) if module else None
    if callback is None or callback.clientside or callback.misplaced.kind != "Output":
        return None
    kinds = {id(d.node): d.kind for d in callback.dependencies}
    arguments = list(callback.call.args)
    if arguments and isinstance(arguments[-1], ast.Constant) and isinstance(arguments[-1].value, bool):
        arguments.pop()  # (prevent_initial_call, written positionally, stays last)
    if len(arguments) != len(callback.dependencies) or any(id(a) not in kinds for a in arguments):
        return None
    source = Source(module.text)
    spans = [_span(source, a) for a in arguments]
    starts = [_offset(source, span.start) for span in spans]
    ends = [_offset(source, span.end) for span in spans]
    texts = [module.text[a:b] for a, b in zip(starts, ends)]
    between = [module.text[a:b] for a, b in zip(ends, starts[1:])]
    if any(gap.strip() != "," for gap in between):
        return None
    order = sorted(range(len(arguments)), key=lambda i: kinds[id(arguments[i])] != "Output")
    written = texts[order[0]] + "".join(gap + texts[i] for gap, i in zip(between, order[1:]))
    edit = TextEdit(Span(spans[0].start, spans[-1].end), written)
    return Fix("Put the Outputs first", "quickfix", (finding.code,), {finding.path: [edit]}, finding, preferred=True)


def _offset(source: Source, position: Position) -> int:
    return sum(len(line) for line in source.lines[:position.line]) + position.column


# -- DASH011: return no_update instead of None ---------------------------------------------------------

def _bound_in(function: ast.FunctionDef) -> set[str]:
    arguments = function.args
    names = {a.arg for a in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs,
                             *filter(None, [arguments.vararg, arguments.kwarg])]}
    return names | {n.id for n in ast.walk(function) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}


def return_no_update(model, finding: Finding) -> Fix | None:
    """`return` / `return None` in a callback with a list of Outputs fails the request; `no_update`
    changes nothing, which is what such a return means."""
    module = model.modules.get(finding.path)
    if module is None or not finding.data.get("returns_none"):
        return None
    source = Source(module.text)
    function = None
    for candidate in ast.walk(source.tree):
        if isinstance(candidate, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
                isinstance(node, ast.Return) and _span(source, node) == finding.span for node in ast.walk(candidate)):
            function = candidate  # the innermost function holding it comes last
    if function is None:
        return None
    names, imports = dash_names(source.tree, module.text, ["no_update"])
    if names["no_update"] in _bound_in(function):
        return None  # a local of that name would hide Dash's
    edits = [TextEdit(finding.span, f"return {names['no_update']}"), *imports]
    return Fix("Return no_update (change nothing)", "quickfix", (finding.code,), {finding.path: edits}, finding)


def import_callbacks(model, finding: Finding) -> Fix | None:
    """The module of callbacks nothing imports (DASH013), imported beside the app's own imports."""
    entry_path, name = finding.data.get("entry"), finding.data.get("import")
    entry = model.modules.get(Path(entry_path)) if entry_path else None
    if entry is None or not name:
        return None
    source = Source(entry.text)
    statement = f"import {name}  # noqa: F401  (registers its callbacks){line_ending(entry.text)}"
    return Fix(f"Import {name} in {entry.path.name}", "quickfix", (finding.code,),
               {entry.path: [statements_edit(source.tree, [statement])]}, finding, preferred=True)
