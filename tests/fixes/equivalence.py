"""Merge callbacks with the fix, then show the merged app answers every trigger as the originals did."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from dash_lsp.core import Workspace
from dash_lsp.core.fixes import Fix, apply_edits, duplicate_groups, fixes_for, merge_refusal
from dash_lsp.core.fixes.merge_plan import Plan, plan

from dashrun import Outcome, run_app


@dataclass
class Merged:
    fix: Fix
    plan: Plan
    texts: dict[str, str]  # file name -> merged text
    original: Outcome | None = None
    merged: Outcome | None = None


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)


def merge_fix(folder: Path) -> tuple[Fix | None, Plan | None, Workspace]:
    workspace = Workspace(folder)
    groups = duplicate_groups(workspace)
    assert groups, f"no duplicate outputs found: {workspace.findings()}"
    members, findings = groups[0]
    finding = findings[0]
    fixes = [f for f in fixes_for(workspace, finding.path, finding.span) if f.title.startswith("Merge")]
    if not fixes:
        return None, None, workspace
    return fixes[0], plan(workspace.model(), members), workspace


def merge(tmp_path: Path, files: dict[str, str]) -> Merged:
    source = tmp_path / "original"
    write(source, files)
    fix, the_plan, workspace = merge_fix(source)
    assert fix is not None, f"the merge was not offered: {merge_refusal(workspace, duplicate_groups(workspace)[0][0])}"
    texts = dict(files)
    for path, edits in fix.edits.items():
        name = str(path.relative_to(source.resolve()))
        texts[name] = apply_edits(texts[name], edits)
        ast.parse(texts[name])  # every edit parses
    merged = tmp_path / "merged"
    write(merged, texts)
    return Merged(fix, the_plan, texts)


def assert_equivalent(tmp_path: Path, files: dict[str, str], values: dict | None = None,
                      entry: str = "app.py") -> Merged:
    result = merge(tmp_path, files)
    original = run_app(tmp_path / "original", entry, values)
    merged = run_app(tmp_path / "merged", entry, values, plain=True)
    assert original.error is None, original.error
    assert merged.error is None, f"Dash rejects the merged app: {merged.error}\n{_show(result)}"
    result.original, result.merged = original, merged
    names = [m.name for m in result.plan.members]
    before = {r.name: i for i, r in enumerate(original.registrations)}
    unrelated = {r.name for r in original.registrations} - set(names)
    created = [i for i, r in enumerate(merged.registrations) if r.name not in unrelated]
    assert len(created) == 1, merged.registrations
    index = created[0]
    registration = merged.registrations[index]
    assert registration.prevent_initial_call == (not result.plan.at_load)
    compared = 0
    for position, name in enumerate(names):
        original_index = before[name]
        for dependency in original.registrations[original_index].inputs:
            trigger = f"{dependency['id']}.{dependency['property']}"
            key = next(k for k in result.plan.owner if f"{k[0]}.{k[1]}" == trigger)
            if result.plan.owner[key] != position:
                continue  # a shared Input: the merged callback runs its owner, as its comment says
            assert _same(merged.results[(index, trigger)], original.results[(original_index, trigger)]), (
                f"{trigger} fired {name}\n{_show(result)}")
            compared += 1
    if result.plan.at_load:
        default = before[names[result.plan.default]]
        assert _same(merged.results[(index, None)], original.results[(default, None)]), _show(result)
    assert compared >= len(names)
    # The duplicate is gone.
    assert not any(f.code == "DASH001" for fs in Workspace(tmp_path / "merged").findings().values() for f in fs)
    return result


def _same(merged, original) -> bool:
    """Equal outputs, or both failed (a wrong return shape fails in either, with different words)."""
    failed = isinstance(merged, tuple) and isinstance(original, tuple)
    return failed or merged == original


def _show(result: Merged) -> str:
    return "\n".join(f"--- {name}\n{text}" for name, text in result.texts.items())
