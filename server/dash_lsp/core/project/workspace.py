"""A workspace: its files (on disk or unsaved), their facts cached by content, its findings."""

from __future__ import annotations

import dataclasses
import logging
import re
import sys
from pathlib import Path
from typing import Callable

from ..collection import collection_paused
from ..config import Config
from ..facts import constant_retype, incremental
from ..facts.comment_edit import comment_edit
from ..facts.edited_line import line_edit
from ..facts.extract import extract
from ..facts.model import ModuleFacts
from ..findings import Finding, Location
from ..positions import LineIndex
from ..semantics.catalog import Catalog
from ..semantics.environment import PythonEnvironment
from ..semantics.evaluate import Evaluator
from ..semantics.render import Renderer, asking_for_close_ids
from ..source import Unreadable, read_source
from ..values import Known
from . import id_rename, unimported
from .apps import AppBuilder, ImportGraph
from .component_calls import ComponentCalls
from .discovery import python_files
from .memo import DerivedCache
from .model import ProjectModel
from .modules import ModuleIndex

log = logging.getLogger(__name__)


# Settings Dash reads from DASH_<NAME> when the code leaves them unset (dash/_configs.py).
ENVIRONMENT_SETTINGS = ("suppress_callback_exceptions",)
# Where deployments set environment variables, at the top of the project.
_ENVIRONMENT_FILES = re.compile(
    r"^(\.env.*|\.flaskenv|Procfile.*|Dockerfile.*|.*\.(ya?ml|toml|cfg|ini|sh|json|env)|Makefile|app\.json)$")


def is_environment_file(path: Path) -> bool:
    """A file at a project's top that may set DASH_* variables (.env, Procfile, Dockerfile…)."""
    return (path.suffix != ".py" and _ENVIRONMENT_FILES.match(path.name) is not None) \
        or path.parts[-2:] == (".vscode", "launch.json")


def _environment_files(root: Path) -> list[Path]:
    try:
        entries = sorted(root.iterdir())
    except OSError:
        return []
    found = [p for p in entries if is_environment_file(p)]
    found.append(root / ".vscode" / "launch.json")
    return [p for p in found if p.is_file()]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class Stopped(Exception):
    """A check was stopped by its caller's `should_stop`."""


def _mentions_dash(text: str) -> bool:
    return "dash" in text or "Dash" in text


class Workspace:
    def __init__(self, root: Path, config: Config | None = None, files: list[Path] | None = None,
                 catalog: Catalog | None = None, interpreter: str | None = None):
        self.root = root.resolve()
        self.config = config or Config.from_pyproject(self.root)
        self.environment = PythonEnvironment(self.root, interpreter)
        self.catalog = catalog or Catalog(lambda: self.environment.sys_path if self.environment.interpreter else None)
        self._dash_names: dict[tuple[Path, str], bool] = {}
        self._external_facts: dict[Path, ModuleFacts] = {}
        # Facts replaced since the last build, kept alive until their derived results are dropped.
        self._replaced: list[ModuleFacts] = []
        self._should_stop: Callable[[], bool] | None = None
        self.derived = DerivedCache(self._is_current)
        self._current: set[int] = set()  # ids of the facts objects in use (they stay alive in _facts)
        self._explicit = [f.resolve() for f in files] if files is not None else None
        self._files: list[Path] | None = None
        self._text_files: list[Path] | None = None  # other files that may name a module (docs, deployment)
        self._too_many_texts = False
        self._overlays: dict[Path, str] = {}
        self._disk: dict[Path, str | Unreadable] = {}
        self._facts: dict[Path, tuple[str, ModuleFacts]] = {}
        self._model: ProjectModel | None = None
        self._raw_findings: dict[Path, list[Finding]] | None = None  # the model's, before `# noqa` comments
        self._findings: dict[Path, list[Finding]] | None = None
        # What the findings read of component ids besides membership: the ids close spellings
        # were asked for, and those the initial layout renders twice (project/id_rename.py).
        self._ids_read: tuple[frozenset[str], frozenset[str]] | None = None
        self._renoqa: set[Path] = set()  # files whose `# noqa` comments may have changed since
        self._resolved: dict[Path, Path] = {}
        # Files edited since the model was built, with their facts then: the model stands
        # while each one's facts come out the same (see `_settle`).
        self._unsettled: dict[Path, tuple[str, ModuleFacts, int]] = {}
        self._link_pattern: re.Pattern | None = None
        self._unimported_pattern: re.Pattern | None = None  # names of modules no import loads

    # -- inputs ------------------------------------------------------------------------------

    def _resolve(self, path: Path) -> Path:
        """`path.resolve()`, remembered: an editor names the file it edits at every keystroke."""
        resolved = self._resolved.get(path)
        if resolved is None:
            resolved = self._resolved[path] = path.resolve()
        return resolved

    def set_overlay(self, path: Path, text: str) -> None:
        path = self._resolve(path)
        if self._overlays.get(path) == text:
            return
        if path not in self._overlays and self._files is not None and path not in self._files \
                and path.suffix == ".py" and self._within(path):
            self._files = None
            self._overlays[path] = text
            self._changed()
            return
        self._overlays[path] = text
        self._edited(path)

    def clear_overlay(self, path: Path) -> None:
        path = self._resolve(path)
        if self._overlays.pop(path, None) is not None:
            self._edited(path)

    def invalidate(self, path: Path | None = None) -> None:
        """A file changed, appeared or went away on disk (None: anything may have)."""
        if path is not None and path.suffix != ".py" and not is_environment_file(path) \
                and unimported.may_name_modules(path):
            # Docs and data: read only to see whether they name a module nothing imports.
            self._disk.pop(path.resolve(), None)
            self._text_files = None
            if self._unimported_pattern is not None:
                self._changed()
            return
        self._dash_names.clear()
        self._external_facts.clear()
        self._resolved.clear()  # (a symbolic link may have changed)
        if path is None or path.suffix != ".py":
            self._text_files = None
        if path is None:
            self._disk.clear()
            self._files = None
        else:
            path = path.resolve()
            self._disk.pop(path, None)
            if self._files is None or path not in self._files or not path.exists():
                self._files = None
        self._changed()

    def set_config(self, config: Config) -> None:
        self.config = config
        self._raw_findings = self._findings = None
        self._renoqa.clear()

    def _changed(self) -> None:
        self._model = None
        self._raw_findings = self._findings = None
        self._unsettled.clear()
        self._renoqa.clear()

    def _edited(self, path: Path) -> None:
        """The text of a file changed in the editor. Most edits change its facts, and then the
        model goes; an edit that changes none (a comment) leaves it standing, so whether it
        did is found out when the model is next wanted."""
        cached = self._facts.get(path)
        if self._model is None or cached is None:
            self._changed()
        elif path not in self._unsettled:
            self._unsettled[path] = (cached[0], cached[1], cached[1].generation)
        self._renoqa.add(path)

    def _settle(self) -> None:
        edited, self._unsettled = self._unsettled, {}
        for path, (old_text, old_facts, generation) in edited.items():
            text = self.text(path)
            if not isinstance(text, str) or self.facts(path) is not old_facts or old_facts.generation != generation \
                    or self._text_signature(old_text) != self._text_signature(text):
                self._changed()
                return

    def _text_signature(self, text: str) -> tuple:
        """What the model reads of a file's text besides its facts (whether it mentions Dash,
        DASH_* settings, register_page, `__main__`, a Dash module's import, a module of
        callbacks nothing imports or a dynamic import)."""
        loads = self._unimported_pattern is not None and (
            self._unimported_pattern.search(text) is not None or unimported.DYNAMIC_IMPORT.search(text) is not None)
        return (_mentions_dash(text), self.sets_environment_text(text), "register_page" in text, "__main__" in text,
                self._link_pattern is not None and self._link_pattern.search(text) is not None, loads)

    def _within(self, path: Path) -> bool:
        return path == self.root or self.root in path.parents

    # -- files ------------------------------------------------------------------------------

    def files(self) -> list[Path]:
        if self._files is None:
            found = self._explicit if self._explicit is not None else python_files(self.root)
            extra = [p for p in self._overlays if p.suffix == ".py" and p not in found and
                     (self._explicit is None and self._within(p))]
            self._files = [*found, *sorted(extra)]
        return self._files

    def sets_environment(self, files: list[Path]) -> frozenset[str]:
        """Dash settings the project may set through DASH_* environment variables.

        Dash reads `DASH_SUPPRESS_CALLBACK_EXCEPTIONS` when the constructor does not
        set it; the variable may come from code, a .env file, a Procfile, a Dockerfile…
        A mention anywhere makes the setting unknown.
        """
        found = set()
        candidates = [*files, *(p for p in _environment_files(self.root) if self._explicit is None)]
        for path in candidates:
            text = self.text(path)
            if isinstance(text, str) and "DASH_" in text:
                found.update(self.sets_environment_text(text))
        return frozenset(found)

    @staticmethod
    def sets_environment_text(text: str) -> frozenset[str]:
        return frozenset(name for name in ENVIRONMENT_SETTINGS if f"DASH_{name.upper()}" in text)

    def text(self, path: Path) -> str | Unreadable:
        if path in self._overlays:
            return self._overlays[path]
        if path not in self._disk:
            self._disk[path] = read_source(path)
        return self._disk[path]

    def lines(self, path: Path) -> list[str]:
        """The file's lines as analysed, split where Python and LSP split them."""
        text = self.text(path)
        if isinstance(text, Unreadable):
            return [""]
        cached = self._facts.get(path)
        if cached is not None and cached[0] is text:
            return cached[1].lines.lines
        return LineIndex(text).lines

    def unreadable(self) -> list[Unreadable]:
        return [t for p in self.files() if isinstance(t := self.text(p), Unreadable)]

    def facts(self, path: Path) -> ModuleFacts | None:
        text = self.text(path)
        if isinstance(text, Unreadable):
            return None
        cached = self._facts.get(path)
        if cached is not None and cached[0] is text or (cached is not None and cached[0] == text):
            return cached[1]
        edit = line_edit(cached[1], text) if cached is not None else None
        if edit is not None and comment_edit(cached[1], text, edit):
            self._facts[path] = (text, cached[1])  # (typed in a comment: no fact changed)
            return cached[1]
        if edit is not None and self._model is not None:
            # A constant a component's property is given, or an id no finding depends on:
            # no finding changes (see the modules).
            moved = constant_retype.retype(cached[1], text, edit, ComponentCalls(self, self.catalog, cached[1]),
                                           self._may_rename(cached[1]))
            if moved is not None:
                self._facts[path] = (text, cached[1])
                if moved.renamed:
                    self.derived.forget_statements(cached[1], moved.renamed)
                    self._model.component_renamed()
                    id_rename.renamed(self._model, moved.new_id)
                self._move_findings(path, moved)
                return cached[1]
        if cached is not None and (changed := incremental.update(cached[1], text)) is not None:
            self._facts[path] = (text, cached[1])
            if not changed.is_empty:
                self.derived.forget_statements(cached[1], {*changed.replaced, *changed.statements, *changed.names})
            return cached[1]
        try:
            facts = extract(path, text)
        except (RecursionError, MemoryError, ValueError) as error:
            log.warning("cannot analyse %s: %s", path, error)
            return None
        if cached is not None:
            self._current.discard(id(cached[1]))
            self._replaced.append(cached[1])
        self._facts[path] = (text, facts)
        self._current.add(id(facts))
        return facts

    def _may_rename(self, facts: ModuleFacts) -> constant_retype.MayRename | None:
        """Whether a component of `facts` may be given another id in place: only while the
        findings of this model stand, and what they read of ids is known."""
        model, read = self._model, self._ids_read
        if model is None or self._raw_findings is None or read is None:
            return None
        return lambda statements, old, new: id_rename.changes_no_finding(model, facts, statements, old, new, *read)

    def _move_findings(self, path: Path, moved: constant_retype.Retyped) -> None:
        """Findings kept across a retyped constant follow the text along its line."""
        if not moved.delta:
            return

        def on_line(where: Location) -> bool:
            return moved.line in (where.span.start.line, where.span.end.line) and where.path == path

        def location(where: Location) -> Location:
            return Location(where.path, moved.moved_span(where.span)) if on_line(where) else where

        def follow(finding: Finding) -> Finding:
            if not (on_line(finding.location) or any(on_line(r.location) for r in finding.related)):
                return finding  # (most findings: nothing of them is on that line)
            related = tuple(dataclasses.replace(r, location=location(r.location)) for r in finding.related)
            return dataclasses.replace(finding, location=location(finding.location), related=related)

        for found in (self._raw_findings, self._findings):
            if found is not None:
                for key, items in found.items():
                    found[key] = [follow(f) for f in items]

    # -- the model -----------------------------------------------------------------------------

    def module(self, importer: ModuleFacts, dotted: str) -> ModuleFacts | None:
        key = (id(importer), dotted)
        if key not in self._module_memo:
            target = self._index.resolve(importer.path, dotted)
            self._module_memo[key] = self.facts(target) if target is not None else None
        found = self._module_memo[key]
        self.derived.touch(found)
        return found

    def _is_current(self, facts: ModuleFacts) -> bool:
        return id(facts) in self._current

    def model(self) -> ProjectModel:
        if self._unsettled:
            self._settle()
        if self._model is None:
            self._model = self._build()
        return self._model

    def _build(self) -> ProjectModel:
        files = self.files()
        if getattr(self, "_index_files", None) is not files:
            # The file set changed: import resolution starts afresh.
            self._index = ModuleIndex(self.root, set(files))
            self._index_files = files
            self._imports = {}
        modules: dict[Path, ModuleFacts] = {}
        for path in files:
            text = self.text(path)
            if isinstance(text, str) and _mentions_dash(text):
                self._checkpoint()
                facts = self.facts(path)
                if facts is not None and facts.has_dash:
                    modules[path] = facts
        # Per-build memos: valid while no module changes, rebuilt with the model.
        self._module_memo: dict[tuple[int, str], ModuleFacts | None] = {}
        self._link_importers(files, modules)
        live = set(files)
        if not live.issuperset(self._facts):
            self._replaced += [f for p, (_, f) in self._facts.items() if p not in live]
            self._facts = {p: f for p, f in self._facts.items() if p in live}
        self._current = {id(f) for _, f in self._facts.values()} | {id(f) for f in self._external_facts.values()}
        if self._replaced:
            self.derived.forget({id(f) for f in self._replaced})
            self._replaced = []
        evaluator = Evaluator(self)
        renderer = Renderer(self, evaluator, self.catalog)
        graph = ImportGraph(modules, self.facts, self._index, self._imports)
        callbacks = {path: [c for c in m.callbacks if self._is_dash_callback(m, c)] for path, m in modules.items()}
        apps = AppBuilder(list(modules.values()), graph, self, evaluator, callbacks,
                          self.sets_environment(files)).build()
        claimed = {id(c) for app in apps for _, c in app.callbacks}
        never_loaded = self._never_loaded(files, modules, graph.importers(), apps)
        # Callbacks of no app, which some app may still import; not those nothing ever loads.
        unloaded = {id(m) for m in never_loaded}
        orphans = [(m, c) for m in modules.values() if id(m) not in unloaded
                   for c in callbacks[m.path] if id(c) not in claimed]
        dash_config = self.environment.dash_config if any(app.config_assignments for app in apps) else None
        return ProjectModel(modules, apps, orphans, evaluator, renderer, self.catalog, graph.importers(),
                            callbacks, self.derived, self.environment.package_version("dash"), dash_config,
                            never_loaded=never_loaded)

    def _never_loaded(self, files: list[Path], modules: dict[Path, ModuleFacts], importers, apps) -> list[ModuleFacts]:
        found = unimported.candidates(modules, importers, apps[0].module) if len(apps) == 1 else []
        self._unimported_pattern = unimported.mention_pattern(found)
        if not found or self._explicit is not None:
            return []
        if self._text_files is None:
            others = python_files(self.root, unimported.TEXT_SUFFIXES, unimported.TEXT_NAMES)
            self._too_many_texts = len(others) > unimported.MAX_TEXT_FILES \
                or sum(_size(p) for p in others) > unimported.MAX_TEXT_BYTES
            self._text_files = [] if self._too_many_texts else others
        if self._too_many_texts:
            return []  # (a folder of data: reading it all on every check would stall the editor)
        texts = {p: t for p in [*files, *self._text_files] if isinstance(t := self.text(p), str)}
        pages = [app.pages_dir if isinstance(app.use_pages, Known) else None for app in apps
                 if not (isinstance(app.use_pages, Known) and not app.use_pages.value)]
        return unimported.never_loaded(found, texts, pages)

    def external_constant(self, origin: str):
        """A constant of an installed package (`from acme.ids import CITY`), read where jedi finds it."""
        from ..semantics import symbols

        root = origin.split(".")[0]
        if root in sys.stdlib_module_names or origin.startswith(("dash.", "plotly.")):
            return None
        definition = self.environment.definition(origin)
        if definition is None or definition.path is None or definition.path.suffix != ".py":
            return None
        facts = self._external_facts.get(definition.path)
        if facts is None:
            text = read_source(definition.path)
            if isinstance(text, Unreadable):
                return None
            facts = self._external_facts[definition.path] = extract(definition.path, text)
            self._current.add(id(facts))
        self.derived.touch(facts)
        name = definition.full_name.rpartition(".")[2]
        values = facts.constants.get(name)
        return symbols.Constant(facts, tuple(values)) if values else None

    def _is_dash_callback(self, module: ModuleFacts, callback) -> bool:
        return all(self.is_dash_name(module, origin) for origin in callback.origins_to_verify)

    def is_dash_name(self, module: ModuleFacts, origin: str) -> bool:
        """Whether a name imported from outside dash (`from .deps import Output`) is Dash's own."""
        key = (module.path, origin)
        if key not in self._dash_names:
            self._dash_names[key] = self._resolve_dash_name(module, origin)
        return self._dash_names[key]

    def _resolve_dash_name(self, module: ModuleFacts, origin: str) -> bool:
        from ..names import canonical
        from ..semantics import symbols

        dotted, _, name = origin.rpartition(".")
        target = self.module(module, dotted) if dotted else None
        if target is not None:  # a project module: follow its own imports
            symbol = symbols.lookup(self, target, name)
            if isinstance(symbol, symbols.Constant) and len(symbol.values) == 1:
                symbol = symbols.resolve(self, symbol.module, symbol.values[0])
            return isinstance(symbol, symbols.External) and symbol.origin.startswith("dash.")
        if dotted.startswith("."):
            return False
        definition = self.environment.definition(origin)
        return definition is not None and canonical(definition.full_name).startswith("dash.")

    def _link_importers(self, files: list[Path], modules: dict[Path, ModuleFacts]) -> None:
        """Add modules without Dash that import a Dash module (a wsgi.py, a run script)."""
        stems = {p.stem for p in modules if p.stem != "__init__"} | {p.parent.name for p in modules}
        self._link_pattern = None
        if not stems:
            return
        pattern = self._link_pattern = re.compile(
            r"^\s*(?:from|import)\s+[\w.]*\b(?:%s)\b" % "|".join(map(re.escape, sorted(stems))), re.M)
        for path in files:
            if path in modules:
                continue
            text = self.text(path)
            if isinstance(text, str) and pattern.search(text):
                facts = self.facts(path)
                if facts is not None:
                    modules[path] = facts

    # -- results -----------------------------------------------------------------------------------

    def findings(self, should_stop: Callable[[], bool] | None = None) -> dict[Path, list[Finding]]:
        """Every analysed module's findings.

        `should_stop` is asked between modules and between rules; when it says yes the
        work so far is kept (facts, derived results) and `Stopped` is raised, so a newer
        edit need not wait for a check it made useless.
        """
        if self._unsettled:
            self._settle()
        if self._findings is None:
            self._should_stop = should_stop
            try:
                with collection_paused():
                    model = self.model()
                    if self._raw_findings is None:
                        self._raw_findings = self._run_rules(model)
            finally:
                self._should_stop = None
            self._findings = {path: self._unsuppressed(path) for path in self._raw_findings}
        elif self._renoqa:
            self._findings = {**self._findings, **{p: self._unsuppressed(p) for p in self._renoqa if p in self._findings}}
        self._renoqa.clear()
        return self._findings

    def _run_rules(self, model: ProjectModel) -> dict[Path, list[Finding]]:
        from ..rules.engine import run_rules
        results: dict[Path, list[Finding]] = {path: [] for path in model.modules}
        self._ids_read = None
        with asking_for_close_ids() as asked:
            for finding in run_rules(model, self.config, self._checkpoint):
                results.setdefault(finding.path, []).append(finding)
        duplicated = frozenset(f.data["id"] for items in results.values() for f in items if f.code == "DASH012")
        self._ids_read = (frozenset(asked), duplicated)
        for items in results.values():
            items.sort(key=Finding.sort_key)
        return results

    def _unsuppressed(self, path: Path) -> list[Finding]:
        from ..rules.engine import unsuppressed
        return list(unsuppressed(self._raw_findings[path], self._model.modules))

    def _checkpoint(self) -> None:
        if self._should_stop is not None and self._should_stop():
            raise Stopped

    def hover(self, path: Path, position) -> str | None:
        from ..hover import hover_text
        return hover_text(self, path.resolve(), position)

    def completions(self, path: Path, position) -> list:
        from ..completion import completions
        return completions(self, path.resolve(), position)

    def definition(self, path: Path, position) -> list:
        from ..navigation import definition
        return definition(self, path.resolve(), position)

    def rename(self, path: Path, position, new: str | None):
        from ..rename import rename
        return rename(self, path.resolve(), position, new)

    def search_symbols(self, query: str) -> list:
        from ..symbol_search import search
        return search(self, query)

    def references(self, path: Path, position, include_declaration: bool = True) -> list:
        from ..navigation import references
        return references(self, path.resolve(), position, include_declaration)
