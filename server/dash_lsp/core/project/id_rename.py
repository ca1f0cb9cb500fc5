"""Whether giving one component another string id (`id="city"` → `id="cities"`) can change
a finding of the project.

The rules read a component's id in four ways only: whether a layout has the id a
callback names (DASH003, DASH004, DASH008, DASH019), which ids of a layout are spelt
like one it lacks (the did-you-mean of DASH003 and DASH004), whether the initial layout
renders an id twice (DASH012), and as the id of a component passed where a callback
wants an id (a value). So when neither id is one a callback names, neither is alike an
id a layout was asked about, neither is rendered twice by the initial layout, and no
value read the statement that builds the component, every finding stays as it was: the
new id is patched into the tree in place (facts/constant_retype.py), the layouts that
read it are computed again when next wanted, and the findings only move along the line.

Any other kind of result that read the statement makes the rename take the full way, so
a rule that comes to read ids another way is checked afresh, never left stale.
"""

from __future__ import annotations

from ..facts.extract import statement_bindings
from ..facts.model import ModuleFacts
from ..similar import alike
from ..values import forbidden_characters, id_text

# Results (by the first item of their keys) that may read a renamed component and stay
# true of the findings: layouts and the ids they render, the sure ids of the initial
# layout (counted below), and what a name stands for (nodes, not their values).
_LAYOUT_RESULTS = frozenset({"layout", "validation", "components", "returns", "sure ids", "DASH012", "symbol"})


def changes_no_finding(model, facts: ModuleFacts, statements: list[int], old: str, new: str,
                       asked: frozenset[str], duplicated: frozenset[str]) -> bool:
    """Whether every finding of `model` holds once the component that top-level
    `statements` of `facts` build is given the id `new` instead of `old`. `asked`: the
    ids layouts were asked for close spellings of when the findings were made;
    `duplicated`: the ids they report the initial layout renders twice (DASH012)."""
    if not old or not new or forbidden_characters(old) or forbidden_characters(new):
        return False  # (an id Dash rejects is read apart: keep to the plain ones)
    names = {name for index in statements
             for _, name in statement_bindings(facts.tree.body[index], facts.pieces[index])}
    if not model.derived.reader_kinds(facts, [*statements, *names]) <= _LAYOUT_RESULTS:
        return False
    known = _known(model)
    if old in known.callback_ids or new in known.callback_ids or old in duplicated \
            or any(new in ids for ids in known.initial_ids):
        return False
    return not any(alike(text, old) or alike(text, new) for text in asked)


def renamed(model, new: str) -> None:
    """A component was given the id `new` in place: the initial layout may now render it."""
    for ids in _known(model).initial_ids:
        ids.add(new)


class _Known:
    """What the renames of one model check against, read once."""

    def __init__(self, model):
        from ..rules.common import all_callbacks
        from ..rules.dash012_duplicate_id import initial_layout_ids
        # The string ids the callbacks name.
        self.callback_ids = frozenset(
            text for _, module, callback in all_callbacks(model) for dependency in callback.dependencies
            if (text := id_text(model.dependency_id(module, callback, dependency))) is not None)
        # Per app, the ids its initial layout may surely render. A rename can make only the
        # new id one of them (the branches of an `if` rendering it alike), so each rename
        # adds its id and none is taken away: the set holds every id the layout surely renders.
        self.initial_ids = [{o.component_id for o in initial_layout_ids(model, app) or ()} for app in model.apps]


def _known(model) -> _Known:
    if model.rename_checks is None:
        model.rename_checks = _Known(model)
    return model.rename_checks
