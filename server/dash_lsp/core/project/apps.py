"""The Dash apps of a project: which modules, layouts and callbacks belong together."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

from ..facts.model import (
    AppAssignment,
    AppConstruction,
    Callback,
    ModuleFacts,
    PageRegistration,
    RemovedMethodCall,
    ServerStart,
)
from ..semantics import symbols
from ..semantics.evaluate import Evaluator
from ..semantics.scope import Scope
from ..similar import close_matches
from ..values import UNKNOWN, Known, Value
from .modules import ModuleIndex

MISSPELT = 0.8  # how alike a config key must be to a setting to be taken for it misspelt
# Settings Dash reads when it serves a page (dash.py: `_config`, `_setup_server`), not when a
# callback is registered as `prevent_initial_callbacks` is: the last assignment wins.
READ_WHEN_SERVING = ("suppress_callback_exceptions",)


@dataclass
class App:
    module: ModuleFacts
    construction: AppConstruction
    modules: list[ModuleFacts] = field(default_factory=list)  # in registration order
    callbacks: list[tuple[ModuleFacts, Callback]] = field(default_factory=list)
    layouts: list[tuple[ModuleFacts, AppAssignment]] = field(default_factory=list)
    validation_layouts: list[tuple[ModuleFacts, AppAssignment]] = field(default_factory=list)
    pages: list[tuple[ModuleFacts, PageRegistration | None]] = field(default_factory=list)
    starts: list[tuple[ModuleFacts, ServerStart]] = field(default_factory=list)
    removed_calls: list[tuple[ModuleFacts, RemovedMethodCall]] = field(default_factory=list)
    config_assignments: list[tuple[ModuleFacts, AppAssignment]] = field(default_factory=list)  # `app.config.x = …`
    suppress: Value = UNKNOWN
    prevent_initial_callbacks: Value = UNKNOWN
    use_pages: Value = UNKNOWN
    pages_dir: Path | None = None
    layout_altered: bool = False  # changed in place (`app.layout.children.append`, `_extra_components`)

    @property
    def kind(self) -> str:
        return self.construction.kind

    @property
    def name(self) -> str:
        return f"{self.construction.var or 'app'} ({self.module.path.name})"


class AppBuilder:
    """Builds the apps of a set of modules; one instance per project state."""

    def __init__(self, modules: list[ModuleFacts], graph: "ImportGraph", resolver: symbols.Modules,
                 evaluator: Evaluator, callbacks: dict[Path, list[Callback]],
                 environment: frozenset[str] = frozenset()):
        self.modules = modules
        self.environment = environment  # settings the project may set through DASH_* variables
        self.callbacks = callbacks
        self.graph = graph
        self.resolver = resolver
        self.evaluator = evaluator
        self.app_vars = {a.var for m in modules for a in m.apps if a.var}

    def build(self) -> list[App]:
        apps = [App(m, c) for m in self.modules for c in m.apps]
        by_call = {id(app.construction.call): app for app in apps}
        for app in apps:
            app.pages_dir = self._pages_dir(app)
            app.modules = self.graph.app_modules(app.module, app.pages_dir)
        membership: dict[int, list[App]] = {}
        for app in apps:
            for module in app.modules:
                membership.setdefault(id(module), []).append(app)
        for app in apps:
            self._collect(app, by_call, membership)
        return apps

    def _pages_dir(self, app: App) -> Path | None:
        keywords = app.construction.keywords
        scope = Scope(app.module)
        folder = self.evaluator.value(keywords.get("pages_folder"), scope) if "pages_folder" in keywords else Known("pages")
        use_pages = self.evaluator.value(keywords["use_pages"], scope) if "use_pages" in keywords else None
        if isinstance(folder, Known) and isinstance(folder.value, str):
            if use_pages is None:
                use_pages = Known(folder.value != "pages") if folder.value else Known(False)
            app.use_pages = use_pages
            if isinstance(use_pages, Known) and use_pages.value and folder.value:
                return app.module.path.parent / folder.value
            return None
        app.use_pages = UNKNOWN
        return None

    def app_of(self, module: ModuleFacts, node: ast.expr | None, by_call, membership,
               where=None) -> App | None:
        """The app an expression such as `app` in `@app.callback` stands for."""
        if node is None:
            return None
        if isinstance(node, ast.Name):
            constructed = [c for c in module.apps if c.var == node.id]
            # The nearest construction: in the same (or an enclosing) function, else at module level.
            scope = where.function if where is not None else None
            while constructed:
                for construction in constructed:
                    if construction.where.function == scope:
                        return by_call[id(construction.call)]
                if scope is None:
                    return None
                scope = scope.rpartition(".")[0] or None
        symbol = symbols.resolve(self.resolver, module, node)
        if isinstance(symbol, symbols.Constant):
            for value in symbol.values:
                if id(value) in by_call:
                    return by_call[id(value)]
        if isinstance(node, ast.Name) and node.id in self.app_vars and symbol is None:
            owners = membership.get(id(module), [])
            if len(owners) == 1:
                return owners[0]
        return None

    @staticmethod
    def local_app(module: ModuleFacts, where, by_call) -> App | None:
        """An app built in the function (or an enclosing one) a global callback is registered in."""
        scope = where.function
        while scope:
            for construction in module.apps:
                if construction.where.function == scope:
                    return by_call[id(construction.call)]
            scope = scope.rpartition(".")[0]
        return None

    def _collect(self, app: App, by_call, membership) -> None:
        for module in app.modules:
            for callback in self.callbacks.get(module.path, []):
                if callback.app is None:
                    local = self.local_app(module, callback.where, by_call)
                    if local is None or local is app:
                        app.callbacks.append((module, callback))
                elif self.app_of(module, callback.app, by_call, membership, callback.where) is app:
                    app.callbacks.append((module, callback))
            for assignment in module.app_assignments:
                if self.app_of(module, assignment.app, by_call, membership, assignment.where) is not app:
                    continue
                if assignment.attribute == "layout":
                    app.layouts.append((module, assignment))
                elif assignment.attribute == "validation_layout":
                    app.validation_layouts.append((module, assignment))
                elif assignment.attribute == "layout_altered":
                    app.layout_altered = True
                elif assignment.attribute.startswith("config:") and assignment.key_span is not None \
                        and not self._local_name(module, assignment):
                    app.config_assignments.append((module, assignment))
            for start in module.starts:
                if self.app_of(module, start.app, by_call, membership, start.where) is app:
                    app.starts.append((module, start))
            for call in module.removed_calls:
                if self.app_of(module, call.app, by_call, membership, call.where) is app:
                    app.removed_calls.append((module, call))
            if self._is_page(app, module):
                for registration in module.pages or [None]:
                    app.pages.append((module, registration))
        app.suppress = self._setting(app, "suppress_callback_exceptions", membership, by_call)
        app.prevent_initial_callbacks = self._setting(app, "prevent_initial_callbacks", membership, by_call)

    @staticmethod
    def _local_name(module: ModuleFacts, assignment: AppAssignment) -> bool:
        """`app` in `app.config[…] = …` is a parameter or local of the function it is written in
        (a Flask app handed to an `init_db(app)`), not a Dash app built there or the module's."""
        function = module.functions.get(assignment.where.function) if assignment.where.function else None
        if function is None:
            return False
        if not isinstance(assignment.app, ast.Name):
            return True  # (`self.app.config`: which object, we cannot tell)
        name = assignment.app.id
        if any(c.var == name and c.where.function == function.name for c in module.apps):
            return False
        return function.binds_anywhere(name)

    def _is_page(self, app: App, module: ModuleFacts) -> bool:
        pages_dir = app.pages_dir
        if pages_dir is None:
            return bool(module.pages)
        return pages_dir in module.path.parents and module.mentions_register_page \
            and not module.path.name.startswith(("_", "."))

    def _setting(self, app: App, key: str, membership, by_call) -> Value:
        construction = app.construction
        scope = Scope(app.module)
        if key in construction.keywords:
            values = {self.evaluator.value(construction.keywords[key], scope)}
        elif construction.has_star_kwargs:
            values = {UNKNOWN}
        else:
            values = {Known(None)}
        if Known(None) in values:
            # Left unset (or None): Dash falls back to DASH_<KEY> in the environment, then False.
            values.discard(Known(None))
            values.add(UNKNOWN if key in self.environment else Known(False))
        surely: set[Value] = set()  # set by assignments that always run after the constructor
        maybe: set[Value] = set()  # set by assignments that may run, or at a moment that matters
        for module in app.modules:
            for assignment in module.app_assignments:
                if not assignment.attribute.startswith("config:"):
                    continue
                if self.app_of(module, assignment.app, by_call, membership, assignment.where) is not app:
                    continue
                name = assignment.attribute.split(":", 1)[1]
                if name == "*" or name != key and close_matches(name, [key], 1, MISSPELT):
                    # (`app.config.supress_callback_exceptions`, the old spelling, raises: what
                    # the code means once mended is the setting, and that is not ours to guess)
                    maybe.add(UNKNOWN)
                elif name == key:
                    value = self.evaluator.value(assignment.value, Scope(module))
                    always = key in READ_WHEN_SERVING and self._always_runs(app, module, assignment.where)
                    (surely if always else maybe).add(value)
        # Dash reads a setting of READ_WHEN_SERVING when it serves a page, after every module
        # has run: an assignment that always runs replaces what the constructor said.
        values = (surely or values) | maybe
        truth = set()
        for value in values:
            if not isinstance(value, Known):
                return UNKNOWN
            truth.add(bool(value.value) if not isinstance(value.value, str) else value.value)
        if len(values) == 1:
            return values.pop()
        # Set in several places with different values: the order decides, so we do not guess.
        return UNKNOWN if len(truth) > 1 else values.pop()

    @staticmethod
    def _always_runs(app: App, module: ModuleFacts, where) -> bool:
        """A statement runs whenever the app is built: at the top of a module (of the app), or
        in the function that constructs the app, outside any `if`, loop or `__main__` guard."""
        if where.branches or where.loops or where.main_guard or where.may_fail:
            return False
        return where.function is None or (module is app.module and where.function == app.construction.where.function)


class ImportGraph:
    def __init__(self, modules: dict[Path, ModuleFacts], load, index: ModuleIndex,
                 cache: dict[Path, tuple[ModuleFacts, list[Path]]] | None = None):
        self.modules = modules
        self.load = load  # path → ModuleFacts | None (loads modules without Dash on demand)
        self.index = index
        # Resolved imports, reused across rebuilds while a module's facts are the same object.
        self._cache = cache if cache is not None else {}
        self._importers: dict[Path, set[Path]] | None = None

    def imports(self, module: ModuleFacts) -> list[Path]:
        cached = self._cache.get(module.path)
        if cached is None or cached[0] is not module:
            cached = (module, self.resolve_imports(module))
            self._cache[module.path] = cached
        return cached[1]

    def resolve_imports(self, module: ModuleFacts) -> list[Path]:
        found: list[Path] = []
        for name, _ in module.imported_modules:
            target = self.index.resolve(module.path, name)
            if target is not None and target != module.path and target not in found:
                found.append(target)
        return found

    def importers(self) -> dict[Path, set[Path]]:
        if self._importers is None:
            importers: dict[Path, set[Path]] = {}
            for path, module in self.modules.items():
                for target in self.imports(module):
                    importers.setdefault(target, set()).add(path)
            self._importers = importers
        return self._importers

    def app_modules(self, home: ModuleFacts, pages_dir: Path | None) -> list[ModuleFacts]:
        importers = self.importers()
        users = {home.path}
        frontier = [home.path]
        while frontier:
            current = frontier.pop()
            for importer in importers.get(current, ()):
                if importer not in users:
                    users.add(importer)
                    frontier.append(importer)
        roots = sorted(u for u in users if not (importers.get(u, set()) & users)) or [home.path]
        if pages_dir is not None:
            roots += sorted(p for p in self.modules if pages_dir in p.parents and self.modules[p].mentions_register_page)
        ordered: list[ModuleFacts] = []
        seen: set[Path] = set()

        def visit(path: Path) -> None:
            if path in seen:
                return
            seen.add(path)
            module = self.modules.get(path) or self.load(path)
            if module is None:
                return
            for target in self.imports(module):
                visit(target)
            ordered.append(module)

        visit(home.path)
        for root in roots:
            visit(root)
        return ordered
