"""DASH018's cure for a key only `Dash(...)` sets (`app.config.serve_locally = False`): pass
it to the constructor instead, and drop the assignment that raised.

Taken only where that is the same program: the assignment and `app = Dash(...)` are
statements of the same module, the constructor does not set the key already (by keyword, or
by position: at most `__name__` is given so), and the value means the same at the
constructor (a literal, or names bound before it and not after).
"""

from __future__ import annotations

import ast

from ..findings import Finding
from .edits import Fix, TextEdit, insert, whole_lines
from .merge_code import Source
from .simple import _position, _span


def to_constructor(model, finding: Finding) -> Fix | None:
    module = model.modules.get(finding.path)
    key = finding.data.get("key")
    created = finding.related[0].location if finding.related else None
    if module is None or not key or created is None or created.path != finding.path:
        return None
    source = Source(module.text)
    body = source.tree.body
    assignment = next((s for s in body if _assigns_key(source, s, key, finding)), None)
    construction = next((s for s in body if isinstance(s, ast.Assign) and isinstance(s.value, ast.Call)
                         and _span(source, s.value) == created.span), None)
    if assignment is None or construction is None or construction.lineno >= assignment.lineno \
            or not _alone_on_its_lines(source, assignment):
        return None
    call = construction.value
    if any(k.arg in (key, None) for k in call.keywords) or not _same_value_at(body, assignment, construction):
        return None
    if len(call.args) > 1 or (key == "name" and call.args) or any(isinstance(a, ast.Starred) for a in call.args):
        return None  # (the key may be given by position already: `Dash(__name__)` is `name`)
    value = ast.get_source_segment(module.text, assignment.value)
    if value is None or "\n" in value:
        return None
    if call.args or call.keywords:
        last = max([*call.args, *call.keywords], key=lambda n: (n.end_lineno, n.end_col_offset))
        at, text = _position(source, last.end_lineno, last.end_col_offset), f", {key}={value}"
    else:
        at, text = _position(source, call.end_lineno, call.end_col_offset - 1), f"{key}={value}"
    edits = [insert(at, text), TextEdit(whole_lines(assignment.lineno - 1, assignment.end_lineno - 1), "")]
    return Fix(f"Pass {key}={value} to Dash(...)", "quickfix", (finding.code,), {finding.path: edits}, finding,
               preferred=True)


def _assigns_key(source: Source, statement: ast.stmt, key: str, finding: Finding) -> bool:
    """`app.config.key = …` or `app.config["key"] = …`, the one the finding is on."""
    if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1):
        return False
    target = statement.targets[0]
    if isinstance(target, ast.Attribute) and target.attr == key:
        named = _span(source, target)
        written = named.end.line == finding.span.end.line and named.end.column == finding.span.end.column
    elif isinstance(target, ast.Subscript) and isinstance(target.slice, ast.Constant) and target.slice.value == key:
        written = _span(source, target.slice) == finding.span
    else:
        return False
    config = target.value
    return written and isinstance(config, ast.Attribute) and config.attr == "config"


def _alone_on_its_lines(source: Source, statement: ast.stmt) -> bool:
    """Nothing but the statement (and a comment) on its lines: deleting them deletes only it
    (not `a = 1; app.config.x = 2`)."""
    first, last = source.line(statement.lineno - 1), source.line(statement.end_lineno - 1)
    before = first.encode("utf-8")[:statement.col_offset].decode("utf-8", errors="ignore")
    after = last.encode("utf-8")[statement.end_col_offset:].decode("utf-8", errors="ignore")
    return not before.strip() and (not after.strip() or after.strip().startswith("#"))


def _same_value_at(body: list[ast.stmt], assignment: ast.Assign, construction: ast.Assign) -> bool:
    """The value reads only names bound before the constructor and not bound again up to the
    assignment (nor by the constructor's own statement)."""
    names = {n.id for n in ast.walk(assignment.value) if isinstance(n, ast.Name)}
    if any(isinstance(n, (ast.Call, ast.Lambda, ast.NamedExpr)) for n in ast.walk(assignment.value)):
        return False  # (a call may answer differently, or do something, at the other place)
    before = {name for s in body if s.lineno < construction.lineno for name in _bound(s)}
    between = {name for s in body if construction.lineno <= s.lineno < assignment.lineno for name in _bound(s)}
    return names <= before and not names & between


def _bound(statement: ast.stmt) -> set[str]:
    found = {n.id for n in ast.walk(statement) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    found |= {(a.asname or a.name).split(".")[0] for n in ast.walk(statement)
              if isinstance(n, (ast.Import, ast.ImportFrom)) for a in n.names}
    if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        found.add(statement.name)
    return found
