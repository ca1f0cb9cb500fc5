"""One analysis project per workspace folder, and the queue of edits it has not seen yet.

Two threads touch a Project. The event loop records what changed (`overlay`,
`close`, `invalidate`, `reconfigure`) and drains it into a Job; the analysis thread
applies a Job to the core Workspace and runs it. Jobs run one at a time, in order,
so the core always sees the edits in the order the client made them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dash_lsp.core import Config, Workspace

from .convert import Lines
from .settings import RuleSettings, Settings, combine

log = logging.getLogger(__name__)


@dataclass
class Edits:
    """Changes the core has not been told about yet (later entries win)."""

    overlays: dict[Path, str | None] = field(default_factory=dict)  # None: back to disk
    invalidated: set[Path] = field(default_factory=set)
    rules: RuleSettings | None = None
    reload_config: bool = False

    def __bool__(self) -> bool:
        return bool(self.overlays or self.invalidated or self.reload_config or self.rules is not None)


@dataclass
class Snapshot:
    """The versions of a project's open documents when a job was made."""

    versions: dict[Path, int] = field(default_factory=dict)

    def version(self, path: Path) -> int | None:
        return self.versions.get(path)


class Project:
    def __init__(self, root: Path, settings: Settings):
        self.root = root
        self.settings = settings
        self._workspace: Workspace | None = None  # made in the analysis thread
        self._project_config: Config | None = None
        self._pending = Edits(rules=settings.rules, reload_config=True)
        # uri -> (version, diagnostics) last sent; touched on the event loop only.
        self.published: dict[str, tuple[int | None, list]] = {}

    def __repr__(self) -> str:
        return f"Project({self.root})"

    def contains(self, path: Path) -> bool:
        return path == self.root or self.root in path.parents

    # -- event loop side ---------------------------------------------------------------

    def overlay(self, path: Path, text: str) -> None:
        self._pending.overlays[path] = text

    def close(self, path: Path) -> None:
        self._pending.overlays[path] = None

    def invalidate(self, path: Path) -> None:
        self._pending.invalidated.add(path)

    def reconfigure(self, settings: Settings | None = None, *, reload_pyproject: bool = False) -> None:
        if settings is not None:
            self.settings = settings
            self._pending.rules = settings.rules
        self._pending.reload_config |= reload_pyproject

    def drain(self) -> Edits:
        edits, self._pending = self._pending, Edits()
        return edits

    # -- analysis thread side ----------------------------------------------------------

    def workspace(self) -> Workspace:
        if self._workspace is None:
            self._workspace = Workspace(self.root, None)
        return self._workspace

    def apply(self, edits: Edits) -> None:
        """Tell the core about the edits; one that fails is logged and the rest still apply."""
        workspace = self.workspace()
        steps: list[tuple[str, Callable[[], None]]] = []
        if edits.reload_config or edits.rules is not None:
            steps.append(("settings", lambda: self._configure(workspace, edits.reload_config)))
        for path in edits.invalidated:
            steps.append((str(path), lambda path=path: workspace.invalidate(path)))
        for path, text in edits.overlays.items():
            if text is None:
                steps.append((str(path), lambda path=path: workspace.clear_overlay(path)))
            else:
                steps.append((str(path), lambda path=path, text=text: workspace.set_overlay(path, text)))
        for what, step in steps:
            try:
                step()
            except Exception:
                log.exception("dash-lsp: updating the analysis of %s failed", what)

    def _configure(self, workspace: Workspace, reload_pyproject: bool) -> None:
        if reload_pyproject or self._project_config is None:
            self._project_config = _read_pyproject(self.root)
        workspace.set_config(combine(self._project_config, self.settings.rules))


def _read_pyproject(root: Path) -> Config:
    try:
        return Config.from_pyproject(root)
    except Exception:
        log.exception("dash-lsp: cannot read [tool.dash-lsp] of %s; using the defaults", root / "pyproject.toml")
        return Config()


class LineSource:
    """Lines of a file exactly as the analysis read them (unsaved text or the disk's)."""

    def __init__(self, workspace: Workspace):
        self._workspace = workspace
        self._cache: dict[Path, Lines] = {}

    def __call__(self, path: Path) -> Lines:
        lines = self._cache.get(path)
        if lines is None:
            lines = self._cache[path] = self._workspace.lines(path)
        return lines


class Projects:
    """Workspace folders to projects; a file outside every folder gets its directory's."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._folders: dict[Path, Project] = {}
        self._loose: dict[Path, Project] = {}

    def __iter__(self):
        yield from self._folders.values()
        yield from self._loose.values()

    def add_folder(self, root: Path) -> Project:
        root = root.resolve()
        if root not in self._folders:
            self._folders[root] = Project(root, self.settings)
            # A folder now owns files a loose project may have been analysing.
            for loose_root in [r for r in self._loose if r == root or root in r.parents]:
                del self._loose[loose_root]
        return self._folders[root]

    def remove_folder(self, root: Path) -> Project | None:
        return self._folders.pop(root.resolve(), None)

    def for_path(self, path: Path) -> Project:
        best: Project | None = None
        for root, project in self._folders.items():
            if project.contains(path) and (best is None or len(root.parts) > len(best.root.parts)):
                best = project
        if best is not None:
            return best
        directory = path.parent
        if directory not in self._loose:
            self._loose[directory] = Project(directory, self.settings)
        return self._loose[directory]

    def find(self, path: Path) -> Project | None:
        """The project owning `path`, without creating one."""
        for project in self:
            if project.contains(path):
                return project
        return None

    def set_settings(self, settings: Settings, only: Iterable[Project] | None = None) -> None:
        if only is None:
            self.settings = settings
        for project in only if only is not None else list(self):
            project.reconfigure(settings)
