"""Searching the project by id: the components carrying an id and the callbacks writing
it (`temperature-graph` finds the graph and `temperature-graph.figure ← draw`), for an
editor's "go to symbol in workspace"."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .findings import Span
from .project.layouts import rendered_anywhere
from .rules.common import dependency_label

MAX_RESULTS = 500


@dataclass(frozen=True)
class Entry:
    name: str  # the id, or the callback's outputs and name
    kind: str  # id | callback
    detail: str  # the component, or "callback" and the function's name
    path: Path
    span: Span


def search(workspace, query: str) -> list[Entry]:
    """Ids and callbacks whose name holds the query's characters in order (any case)."""
    model = workspace.model()
    found: dict[tuple, Entry] = {}
    for app in model.apps:
        for component_id, sites in rendered_anywhere(model, app).ids.items():
            for site in sites:
                if site.path.name != "dash" and site.component != "dash.page_container":
                    found.setdefault((site.path, site.span), Entry(component_id, "id", site.component, site.path, site.span))
    for module in model.modules.values():
        for callback in model.callbacks(module):
            outputs = ", ".join(dependency_label(model, module, callback, d) for d in callback.outputs)
            name = f"{outputs or 'no output'} ← {callback.name or 'clientside'}"
            where = callback.name_span or callback.span
            found.setdefault((module.path, where), Entry(name, "callback", "callback", module.path, where))
    matches = [entry for entry in found.values() if _matches(query, entry.name)]
    matches.sort(key=lambda e: (e.kind, e.name, str(e.path), e.span.start))
    return matches[:MAX_RESULTS]


def _matches(query: str, name: str) -> bool:
    """The query's characters appear in the name in order, as editors match symbols."""
    rest = iter(name.lower())
    return all(character in rest for character in query.lower() if not character.isspace())
