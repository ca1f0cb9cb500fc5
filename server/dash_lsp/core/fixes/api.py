"""Which fixes apply at a place in a file: the one entry point the faces call."""

from __future__ import annotations

import logging
from pathlib import Path

from ..facts.model import Callback, ModuleFacts
from ..findings import Finding, Position, Span
from ..rules.common import all_callbacks
from .edits import Fix
from .merge_code import merge_edits
from .merge_plan import Refusal, plan
from .simple import (allow_duplicate, callback_at_line, callback_of_output, config_key, did_you_mean,
                     import_callbacks, move_above_run, prevent_initial_call, rename_invalid_id, return_no_update,
                     outputs_first, positional_states, run_for_run_server, run_on_load)

log = logging.getLogger(__name__)


# The rules whose finding has one cure, written from the model and the finding alone.
ONE_FIX = {"DASH002": prevent_initial_call, "DASH005": move_above_run, "DASH011": return_no_update,
           "DASH013": import_callbacks, "DASH014": run_on_load, "DASH016": run_for_run_server,
           "DASH017": outputs_first, "DASH018": config_key,
           "DASH020": positional_states}


def _safely(fix, *args):
    """A fix that cannot be written for this text (it does not parse now) is no fix."""
    try:
        return fix(*args)
    except (SyntaxError, ValueError, RecursionError) as error:
        log.debug("no %s: %s", getattr(fix, "__name__", "fix"), error)
        return None


def _overlaps(a: Span, b: Span) -> bool:
    return a.start <= b.end and b.start <= a.end


def _callback_lines(callback: Callback) -> Span:
    end = callback.function.end_lineno - 1 if callback.function is not None else callback.span.end.line
    first = min([callback.span.start.line, *(d.lineno - 1 for d in getattr(callback.function, "decorator_list", []))])
    return Span(Position(first, 0), Position(end, 1 << 30))


def duplicate_groups(workspace) -> list[tuple[list[tuple[ModuleFacts, Callback]], list[Finding]]]:
    """Callbacks linked by DASH001 (writing a common output), in registration order, with the findings."""
    model = workspace.model()
    parent: dict[int, int] = {}
    nodes: dict[int, tuple[ModuleFacts, Callback]] = {}

    def root(key: int) -> int:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    edges: list[tuple[int, int, Finding]] = []
    for path, findings in workspace.findings().items():
        for finding in findings:
            other = finding.data.get("other") if finding.code == "DASH001" else None
            if other is None:
                continue
            module = model.modules.get(path)
            first_module = model.modules.get(Path(other[0]))
            later = callback_of_output(module, finding.span) if module else None
            first = callback_at_line(first_module, other[1]) if first_module else None
            if later is None or first is None:
                continue
            nodes[id(later)] = (module, later)
            nodes[id(first)] = (first_module, first)
            parent[root(id(later))] = root(id(first))
            edges.append((id(first), id(later), finding))
    order = {id(c): i for i, (_, _, c) in enumerate(all_callbacks(model))}
    groups: dict[int, list[int]] = {}
    for key in nodes:
        groups.setdefault(root(key), []).append(key)
    out = []
    for members in groups.values():
        members.sort(key=lambda k: order.get(k, 1 << 30))
        findings = [f for a, b, f in edges if root(a) == root(members[0])]
        out.append(([nodes[k] for k in members], findings))
    return out


def merge_fix(workspace, members: list[tuple[ModuleFacts, Callback]], finding: Finding) -> Fix | None:
    model = workspace.model()
    try:
        merged = plan(model, members)
        edits = merge_edits(model, merged)
    except (Refusal, SyntaxError, ValueError, RecursionError) as refusal:
        log.debug("no merge for %s: %s", finding.message, refusal)
        return None
    names = [m.name for m in merged.members]
    title = "Merge into one callback" if len(names) == 2 else f"Merge {len(names)} callbacks into one"
    explanation = None
    if merged.changes:
        explanation = "Merging changes behaviour: " + "; ".join(merged.changes) + "."
        title += " (changes behaviour)"
    return Fix(title, "quickfix", (finding.code,), edits, finding, explanation=explanation,
               preferred=explanation is None)


def circle_members(workspace, finding: Finding) -> list[tuple[ModuleFacts, Callback]] | None:
    """The callbacks of a DASH009 circle, in registration order."""
    model = workspace.model()
    members = []
    for path, line in finding.data.get("callbacks", []):
        module = model.modules.get(Path(path))
        callback = callback_at_line(module, line) if module else None
        if callback is None:
            return None
        members.append((module, callback))
    return members or None


def merge_refusal(workspace, members) -> str | None:
    """Why these callbacks cannot be merged (None when they can)."""
    model = workspace.model()
    try:
        merge_edits(model, plan(model, members))
    except Refusal as refusal:
        return str(refusal)
    return None


def fixes_for(workspace, path: Path, where: Span | Position) -> list[Fix]:
    """Every fix for findings at `where` (a span or a position) in `path`."""
    path = path.resolve()
    span = where if isinstance(where, Span) else Span(where, where)
    findings = workspace.findings().get(path, [])
    fixes: list[Fix] = []
    for finding in findings:
        if not _overlaps(finding.span, span):
            continue
        model = workspace.model()
        if finding.code == "DASH001":
            fixes.append(_safely(allow_duplicate, model, finding))
        elif finding.code in ("DASH003", "DASH004", "DASH008", "DASH019"):
            fixes.extend(_safely(did_you_mean, model, finding) or [])
        elif finding.code == "DASH009" and (members := circle_members(workspace, finding)):
            fixes.append(merge_fix(workspace, members, finding))
        elif finding.code == "DASH015":
            fixes.append(_safely(rename_invalid_id, workspace, finding))
        elif finding.code in ONE_FIX:
            fixes.append(_safely(ONE_FIX[finding.code], model, finding))
    # The merge is offered on any callback of a duplicate group, not only where the finding is.
    for members, group_findings in duplicate_groups(workspace):
        here = [f for f in group_findings if f.path == path and _overlaps(f.span, span)]
        touched = any(m.path == path and _overlaps(_callback_lines(c), span) for m, c in members)
        if here or touched:
            fix = merge_fix(workspace, members, (here or group_findings)[0])
            if fix is not None:
                fixes.insert(0, fix)
    return [f for f in fixes if f is not None]


def safe_fixes(workspace) -> list[Fix]:
    """The fixes `dash-lsp check --fix` applies: each cures its finding and changes nothing else."""
    model = workspace.model()
    out = []
    for findings in workspace.findings().values():
        for finding in findings:
            if finding.code in ONE_FIX:
                out.append(_safely(ONE_FIX[finding.code], model, finding))
    return [f for f in out if f is not None and f.safe]
