"""One pass over a module's AST collecting every Dash fact it holds."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

from ..findings import Position, Span
from ..names import APP_CLASSES, ImportTable, canonical, is_component_class
from ..parsing import parse
from ..positions import LineIndex
from .dependencies import DependencyReader
from .model import (
    AppAssignment,
    AppConstruction,
    Callback,
    Component,
    FunctionInfo,
    ModuleFacts,
    PageRegistration,
    REMOVED_APP_METHODS,
    RemovedMethodCall,
    ServerStart,
    StatementFacts,
    Where,
    assemble,
    first_line,
)

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
# Nodes that hold no Dash facts and have no children worth a visit: most of any tree.
_LEAVES = frozenset({ast.Name, ast.Constant, ast.Load, ast.Store, ast.Del, ast.alias, ast.Pass, ast.Break,
                     ast.Continue, *ast.operator.__subclasses__(), *ast.unaryop.__subclasses__(),
                     *ast.cmpop.__subclasses__(), *ast.boolop.__subclasses__()})


def extract(path: Path, text: str) -> ModuleFacts:
    parsed = parse(text)
    lines = LineIndex(text)
    return _Extractor(path, text, lines).run(parsed.tree, parsed.blanked, parsed.error)


def read_statements(facts: ModuleFacts, text: str, lines: LineIndex, tree: ast.Module,
                    indices: range, same_names: bool) -> tuple[list[StatementFacts], dict, dict]:
    """Facts of the top-level statements `indices` of `tree`, the rest of the module as in `facts`.

    For a statement re-parsed after an edit that added no import: the module's import
    table stands, the constants and classes the statements bind are re-collected (all of
    them unless `same_names`: the statements bind the constants and classes they did), and
    only functions defined before the statements are visible to them, as in a full read.
    Returns their facts with the module's new constants and classes.
    """
    extractor = _Extractor(facts.path, text, lines)
    extractor.imports = facts.imports
    extractor.imported_modules = facts.imported_modules
    if same_names:
        extractor._recollect_constants(facts, tree, indices)
    else:
        extractor._collect_constants(tree)
    for piece in facts.pieces[:indices.start]:
        extractor.functions.update(piece.functions)
    extractor.reader = DependencyReader(extractor.origin, lines, extractor.constants)
    pieces = [extractor.piece(index, tree.body[index]) for index in indices]
    return pieces, extractor.constants, extractor.classes


def _is_main_guard(node: ast.stmt) -> bool:
    if not isinstance(node, ast.If) or not isinstance(node.test, ast.Compare):
        return False
    parts = [node.test.left, *node.test.comparators]
    names = [p for p in parts if isinstance(p, ast.Name) and p.id == "__name__"]
    mains = [p for p in parts if isinstance(p, ast.Constant) and p.value == "__main__"]
    return bool(names and mains)


class _Extractor:
    def __init__(self, path: Path, text: str, lines: LineIndex):
        self.path = path
        self.text = text
        self.lines = lines
        self.imports = ImportTable()
        self.imported_modules: list[tuple[str, int]] = []
        self.constants: dict[str, list[ast.expr]] = {}
        self.classes: dict[str, dict[str, ast.expr]] = {}
        self.functions: dict[str, FunctionInfo] = {}  # every function read so far, for lookups
        self.binders: dict[str, set[int]] = {}  # module-level name → statements binding it
        self.out = StatementFacts()  # what the statement being read contributes
        self.decorated: set[int] = set()  # ids of calls already read as decorators
        self.classes_open: list[ast.ClassDef] = []

    def origin(self, node: ast.expr) -> str | None:
        return self.imports.origin(node)

    def run(self, tree: ast.Module, blanked, error) -> ModuleFacts:
        self._collect_imports(tree)
        self._collect_constants(tree)
        self.reader = DependencyReader(self.origin, self.lines, self.constants)
        pieces = [self.piece(index, statement) for index, statement in enumerate(tree.body)]
        return ModuleFacts(
            path=self.path, text=self.text, lines=self.lines, imports=self.imports,
            imported_modules=self.imported_modules, constants=self.constants, classes=self.classes,
            blanked=blanked, syntax_error=error, mentions_register_page="register_page" in self.text,
            tree=tree, pieces=pieces, statement_lines=[first_line(s) for s in tree.body],
            binders=self._binders(pieces), stamps=[0] * len(pieces), **assemble(pieces),
        )

    def piece(self, index: int, statement: ast.stmt) -> StatementFacts:
        """Read one top-level statement."""
        self.out = StatementFacts()
        self.reader.consulted = self.out.consulted
        guard = _is_main_guard(statement)
        self._statement(statement, Where(None, index, guard), [])
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call):
            self._module_call(statement.value, index, False)
        if guard:
            for inner in statement.body:
                if isinstance(inner, ast.Expr) and isinstance(inner.value, ast.Call):
                    self._module_call(inner.value, index, True)
        return self.out

    def _binders(self, pieces: list[StatementFacts]) -> dict[str, frozenset[int]]:
        """Module-level name → the top-level statements that bind it (imports aside: they never
        change without a full read)."""
        for index, piece in enumerate(pieces):
            for name in piece.functions:
                if "." not in name:
                    self.binders.setdefault(name, set()).add(index)
        return {name: frozenset(indices) for name, indices in self.binders.items()}

    # -- module level -------------------------------------------------------------------------

    def _collect_imports(self, tree: ast.Module) -> None:
        for index, statement in enumerate(tree.body):
            for node in module_level_statements(statement):
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    self.imports.add(node)
                    self._record_imported_modules(node, index)

    def _collect_constants(self, tree: ast.Module, only: set[str] | None = None) -> None:
        for index, statement in enumerate(tree.body):
            for node in module_level_statements(statement):
                if isinstance(node, (ast.Assign, ast.AnnAssign)):
                    for name, value in _assigned_names(node):
                        if only is None or name in only:
                            self.constants.setdefault(name, []).append(value)
                            self.binders.setdefault(name, set()).add(index)
                elif isinstance(node, ast.ClassDef) and (only is None or node.name in only):
                    self._class(node, node.name)
                    self.binders.setdefault(node.name, set()).add(index)

    def _recollect_constants(self, facts: ModuleFacts, tree: ast.Module, indices: range) -> None:
        """The module's constants with those bound in `indices` read again from `tree`.

        The names bound there are assumed unchanged (the caller checks), so the other
        statements binding them are known from `facts.binders`, and the names keep their
        order. A class among them is re-collected with everything (nested classes may come
        and go).
        """
        bound = [module_names(facts.tree.body[index]) for index in indices]
        names = {name for constants, _ in bound for name in constants}
        if any(classes for _, classes in bound):
            self._collect_constants(tree)
            return
        binding = sorted({i for name in names for i in facts.binders.get(name, ())})
        self._collect_constants(ast.Module(body=[tree.body[i] for i in binding], type_ignores=[]), names)
        read = self.constants
        self.constants = {name: read.get(name, []) if name in names else values
                          for name, values in facts.constants.items()}
        self.classes = facts.classes

    def _record_imported_modules(self, node: ast.Import | ast.ImportFrom, index: int) -> None:
        if isinstance(node, ast.Import):
            for alias in node.names:
                self.imported_modules.append((alias.name, index))
            return
        base = "." * node.level + (node.module or "")
        self.imported_modules.append((base, index))
        for alias in node.names:  # `from pkg import module` imports a module too
            if alias.name != "*":
                sep = "" if base.endswith(".") else "."
                self.imported_modules.append((f"{base}{sep}{alias.name}", index))

    def _class(self, node: ast.ClassDef, name: str) -> None:
        attributes: dict[str, ast.expr] = {}
        for statement in node.body:
            if isinstance(statement, (ast.Assign, ast.AnnAssign)):
                for attr, value in _assigned_names(statement):
                    attributes[attr] = value
            elif isinstance(statement, ast.ClassDef):
                self._class(statement, f"{name}.{statement.name}")
        self.classes[name] = attributes

    def _module_call(self, call: ast.Call, index: int, guarded: bool) -> None:
        if isinstance(call.func, ast.Name):
            self.out.module_calls.append((call.func.id, (call.end_lineno or call.lineno) - 1, guarded))

    # -- statements and expressions -------------------------------------------------------------

    def _statement(self, node: ast.AST, where: Where, stack: list[FunctionInfo]) -> None:
        if type(node) in _LEAVES:
            return
        if not stack and not self.classes_open:
            # A module-level name bound again by a loop, a `with`, an unpacking…: its value
            # is no longer the one a plain assignment gave it.
            self.out.mutated.update(_rebound_names(node))
        elif isinstance(node, ast.Global):
            self.out.mutated.update(node.names)
        if isinstance(node, _FUNCTIONS):
            self._function(node, where, stack)
            return
        if isinstance(node, ast.ClassDef):
            self.classes_open.append(node)
            for statement in node.body:
                if isinstance(statement, _FUNCTIONS):
                    self._function(statement, where, stack, prefix=f"{node.name}.")
                else:
                    self._statement(statement, where, stack)
            self.classes_open.pop()
            return
        if isinstance(node, ast.Lambda):
            self._expression_children(node, where, stack)
            return
        if isinstance(node, ast.If):
            self._statement(node.test, where, stack)
            for statement in node.body:
                self._statement(statement, where.within(id(node), 0), stack)
            for statement in node.orelse:
                self._statement(statement, where.within(id(node), 1), stack)
            return
        if isinstance(node, ast.For):
            for part in (node.target, node.iter):
                self._statement(part, where, stack)
            for statement in node.body:
                self._statement(statement, replace(where, loops=(*where.loops, node)), stack)
            for statement in node.orelse:
                self._statement(statement, where, stack)
            return
        if isinstance(node, (ast.With, ast.AsyncWith)) and any(_is_raises(item.context_expr) for item in node.items):
            for statement in node.body:
                self._statement(statement, replace(where, may_fail=True), stack)
            return
        if isinstance(node, (ast.Import, ast.ImportFrom)) and stack:
            # Imports inside functions still tie modules together (registration helpers).
            self.imports.add(node)
            self._record_imported_modules(node, -1)
            self.out.local_imports = True
        if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            self._mutations(node, stack, where)
        elif isinstance(node, ast.Delete):
            for target in node.targets:
                if isinstance(target, (ast.Subscript, ast.Attribute)):
                    self._mutated(target, stack, where)
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            self._assignment(node, where, stack)
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            self._call_statement(node.value, where)
        if isinstance(node, ast.Return) and node.value is not None and stack:
            stack[-1].returns.append(node.value)
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Attribute) and node.func.attr in _MUTATORS:
                self._mutated(node.func.value, stack, where)
            self._call(node, where)
            if isinstance(node.func, ast.Attribute) and node.func.attr in REMOVED_APP_METHODS:
                self.out.removed_calls.append(RemovedMethodCall(
                    node.func.value, node.func.attr, self._attribute_name_span(node.func), where))
            if stack:
                func = node.func
                stack[-1].calls.add(func.id if isinstance(func, ast.Name) else
                                    func.attr if isinstance(func, ast.Attribute) else "")
        for child in ast.iter_child_nodes(node):
            self._statement(child, where, stack)

    def _expression_children(self, node: ast.AST, where: Where, stack: list[FunctionInfo]) -> None:
        for child in ast.iter_child_nodes(node):
            self._statement(child, where, stack)

    def _mutations(self, node: ast.Assign | ast.AnnAssign | ast.AugAssign, stack: list[FunctionInfo],
                   where: Where) -> None:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        for target in targets:
            if isinstance(node, ast.AugAssign) or isinstance(target, ast.Subscript) or (
                    isinstance(target, ast.Attribute) and target.attr not in ("layout", "validation_layout", "id")):
                self._mutated(target, stack, where)

    def _mutated(self, node: ast.expr, stack: list[FunctionInfo], where: Where) -> None:
        """The object a name holds changes in place: its value is no longer the one assigned."""
        through_layout = False
        while isinstance(node, (ast.Attribute, ast.Subscript)):
            if isinstance(node, ast.Attribute) and node.attr in ("layout", "validation_layout", "_extra_components"):
                through_layout = True
                app = node.value
            node = node.value
        if through_layout:
            # `app.layout.children.append(...)`: the app's tree is changed after it was built.
            self.out.app_assignments.append(AppAssignment(app, "layout_altered", None, self.lines.span(node), where))
            return
        if not isinstance(node, ast.Name):
            return
        local = next((f for f in reversed(stack) if f.binds(node.id)), None)
        if local is not None:
            local.mutated.add(node.id)
        else:
            self.out.mutated.add(node.id)

    def _function(self, node, where: Where, stack: list[FunctionInfo], prefix: str = "") -> None:
        name = f"{stack[-1].name}.{node.name}" if stack else f"{prefix}{node.name}"
        info = FunctionInfo(node=node, name=name, calls=set(), returns=[], locals={})
        self.functions[name] = info
        self.out.functions[name] = info
        if stack:
            stack[-1].locals.setdefault(node.name, [])
        for decorator in node.decorator_list:
            if isinstance(decorator, ast.Call):
                self._maybe_callback(decorator, node, where)
            self._statement(decorator, where, stack)
        for default in [*node.args.defaults, *node.args.kw_defaults]:
            if default is not None:
                self._statement(default, where, stack)
        inner = replace(where, function=name)
        stack.append(info)
        for statement in node.body:
            self._statement(statement, inner, stack)
        stack.pop()
        if stack:  # what a nested function calls, its outer function may call through it
            stack[-1].calls |= info.calls

    def _assignment(self, node: ast.Assign | ast.AnnAssign, where: Where, stack: list[FunctionInfo]) -> None:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        value = node.value
        if value is None:
            return
        if stack:
            for name, assigned in _assigned_names(node):
                stack[-1].locals.setdefault(name, []).append(assigned)
        for target in targets:
            if isinstance(value, ast.Call) and isinstance(target, ast.Name):
                kind = APP_CLASSES.get(canonical(self.origin(value.func)))
                if kind:
                    keywords = {k.arg: k.value for k in value.keywords if k.arg}
                    self.out.apps.append(AppConstruction(
                        var=target.id, kind=kind, call=value, span=self.lines.span(value), where=where,
                        keywords=keywords, has_star_kwargs=any(k.arg is None for k in value.keywords)))
            self._app_target(target, value, where, chained=len(targets) > 1)

    def _app_target(self, target: ast.expr, value: ast.expr, where: Where, chained: bool = False) -> None:
        span = self.lines.span(target)
        if isinstance(target, ast.Attribute):
            if target.attr in ("layout", "validation_layout"):
                self.out.app_assignments.append(AppAssignment(target.value, target.attr, value, span, where, chained))
            elif target.attr == "id" and not self._plain_object_attribute(target):
                self.out.components.append(Component("attribute", ast.Call(func=target, args=[], keywords=[]),
                                                 value, span, self.lines.span(value), where))
            elif isinstance(target.value, ast.Attribute) and target.value.attr == "config":
                self.out.app_assignments.append(AppAssignment(target.value.value, f"config:{target.attr}", value, span,
                                                              where, key_span=self._attribute_name_span(target)))
        elif isinstance(target, ast.Subscript) and isinstance(target.value, ast.Attribute) \
                and target.value.attr == "config":
            key = target.slice
            named = isinstance(key, ast.Constant) and isinstance(key.value, str)
            self.out.app_assignments.append(AppAssignment(target.value.value, f"config:{key.value if named else '*'}",
                                                          value, span, where,
                                                          key_span=self.lines.span(key) if named else None))

    def _config_update(self, app: ast.expr, call: ast.Call, where: Where) -> None:
        """`app.config.update({"key": value})` or `update(key=value)`: each key as if assigned;
        any other form (a dict built elsewhere, `**options`) sets keys we cannot name."""
        span = self.lines.span(call)
        if len(call.args) == 1 and not call.keywords and isinstance(call.args[0], ast.Dict) and all(
                isinstance(k, ast.Constant) and isinstance(k.value, str) for k in call.args[0].keys):
            pairs = [(k.value, v, self.lines.span(k)) for k, v in zip(call.args[0].keys, call.args[0].values)]
        elif not call.args and call.keywords and all(k.arg for k in call.keywords):
            pairs = []
            for keyword in call.keywords:
                start = self.lines.position(keyword.lineno, keyword.col_offset)
                pairs.append((keyword.arg, keyword.value,
                              Span(start, Position(start.line, start.column + len(keyword.arg)))))
        else:
            self.out.app_assignments.append(AppAssignment(app, "config:*", None, span, where))
            return
        for key, value, key_span in pairs:
            self.out.app_assignments.append(AppAssignment(app, f"config:{key}", value, span, where, key_span=key_span))

    def _attribute_name_span(self, node: ast.Attribute) -> Span:
        """Where `name` of `value.name` is written (it ends the node, on its last line)."""
        end = self.lines.position(node.end_lineno, node.end_col_offset)
        return Span(Position(end.line, end.column - len(node.attr)), end)

    def _plain_object_attribute(self, target: ast.Attribute) -> bool:
        """`self.id = …` in a class that is no component (a Flask-Login user, a model)."""
        if not (isinstance(target.value, ast.Name) and target.value.id == "self" and self.classes_open):
            return False
        bases = self.classes_open[-1].bases
        return all((origin := self.origin(base)) is not None and not is_component_class(canonical(origin))
                   for base in bases)

    def _call_statement(self, call: ast.Call, where: Where) -> None:
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in ("run", "run_server"):
            debug = next((k.value for k in call.keywords if k.arg == "debug"), None)
            self.out.starts.append(ServerStart(func.value, func.attr, self.lines.span(call), where, debug))
        elif isinstance(func, ast.Attribute) and func.attr == "update" \
                and isinstance(func.value, ast.Attribute) and func.value.attr == "config":
            self._config_update(func.value.value, call, where)
        elif isinstance(func, ast.Call) and len(call.args) == 1 and not call.keywords:
            # app.callback(...)(function): the decorator applied by hand, to a function of the
            # module or to one made elsewhere (`(make_handler("a"))`), which stays unread.
            target = None
            if isinstance(call.args[0], ast.Name):
                target = self.functions.get(call.args[0].id)
                self.out.consulted.add(call.args[0].id)
            self._maybe_callback(func, target.node if target else None, where)

    def _call(self, call: ast.Call, where: Where) -> None:
        origin = canonical(self.origin(call.func))
        func = call.func
        if origin == "dash.clientside_callback" or (
                isinstance(func, ast.Attribute) and func.attr == "clientside_callback"):
            self._maybe_callback(call, None, where, clientside=True)
        elif origin == "dash.register_page":
            keywords = {k.arg: k.value for k in call.keywords if k.arg}
            self.out.pages.append(PageRegistration(keywords.get("layout"), self.lines.span(call), keywords))
        if is_component_class(origin) or any(k.arg == "id" for k in call.keywords):
            id_node = next((k.value for k in call.keywords if k.arg == "id"), None)
            self.out.components.append(Component(
                origin or _raw_name(func), call, id_node, self.lines.span(call),
                self.lines.span(id_node) if id_node is not None else None, where))

    def _maybe_callback(self, call: ast.Call, function, where: Where, clientside: bool = False) -> None:
        if id(call) in self.decorated:
            return
        func = call.func
        origin = canonical(self.origin(func))
        if clientside:
            app = func.value if isinstance(func, ast.Attribute) and origin != "dash.clientside_callback" else None
        unverified = None
        if clientside:
            pass
        elif origin == "dash.callback":
            app = None
        elif isinstance(func, ast.Attribute) and func.attr == "callback" and not origin.startswith("dash."):
            app = func.value
            if isinstance(func.value, ast.Name) and self.imports.bindings.get(func.value.id) is not None \
                    and self.imports.bindings[func.value.id].attr is None:
                app, unverified = None, origin  # `mylib.callback`: a module's function, not an app
        elif origin.rpartition(".")[2] == "callback" and not origin.startswith("dash."):
            app, unverified = None, origin  # `callback` imported from a module that may re-export Dash's
        else:
            return
        dependencies, complete, misplaced = self.reader.read(call, skip_first=clientside)
        if not dependencies:
            return  # not a Dash callback (Typer, click and friends have `.callback` too)
        self.decorated.add(id(call))
        keywords = {k.arg: k.value for k in call.keywords if k.arg}
        background = keywords.get("background")
        name_node = function if function is not None else call
        name_span = self.lines.span(name_node)
        if function is not None:
            line = function.lineno
            start = self.lines.position(line, function.col_offset + (6 if isinstance(function, ast.AsyncFunctionDef) else 0) + 4)
            name_span = type(name_span)(start, type(start)(start.line, start.column + len(function.name)))
        self.out.callbacks.append(Callback(
            app=app, clientside=clientside,
            outputs=[d for d in dependencies if d.kind == "Output"],
            inputs=[d for d in dependencies if d.kind in ("Input", "Trigger")],
            states=[d for d in dependencies if d.kind == "State"],
            complete=complete, prevent_initial_call=keywords.get("prevent_initial_call"),
            background=isinstance(background, ast.Constant) and background.value is True
            or (background is not None and not isinstance(background, ast.Constant)),
            function=function, name=function.name if function is not None else None,
            span=self.lines.span(call), name_span=name_span, where=where, call=call, unverified=unverified,
            misplaced=misplaced,
        ))


# Methods that change a container in place: growing it (a layout may hold more) or shrinking
# it (a component counted once may be gone).
_MUTATORS = frozenset({"append", "extend", "insert", "update", "add", "setdefault", "__setitem__",
                       "pop", "remove", "clear", "popitem", "discard", "__delitem__"})


def _is_raises(node: ast.expr) -> bool:
    """`pytest.raises(...)`, `self.assertRaises(...)`: code written to fail."""
    func = node.func if isinstance(node, ast.Call) else None
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    return name in ("raises", "assertRaises", "assertRaisesRegex")


def _raw_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return "?"


def module_level_statements(statement: ast.stmt):
    """The statement, and those nested in module-level if/try/with blocks."""
    yield statement
    if isinstance(statement, (ast.If, ast.Try, ast.With, ast.For, ast.While)):
        for field in ("body", "orelse", "finalbody", "handlers"):
            for child in getattr(statement, field, []) or []:
                if isinstance(child, ast.ExceptHandler):
                    for inner in child.body:
                        yield from module_level_statements(inner)
                else:
                    yield from module_level_statements(child)


def _rebound_names(node: ast.AST) -> set[str]:
    """Names `node` binds other than by a plain `name = value` (a loop variable, `with … as`,
    `except … as`, `:=`, `del`, an unpacking of something not a literal tuple)."""
    if isinstance(node, (ast.For, ast.AsyncFor)):
        targets = [node.target]
    elif isinstance(node, (ast.With, ast.AsyncWith)):
        targets = [item.optional_vars for item in node.items if item.optional_vars is not None]
    elif isinstance(node, ast.ExceptHandler):
        return {node.name} if node.name else set()
    elif isinstance(node, ast.NamedExpr):
        targets = [node.target]
    elif isinstance(node, ast.Delete):
        targets = node.targets
    elif isinstance(node, ast.Assign):
        plain = {name for name, _ in _assigned_names(node)}
        return {n.id for target in node.targets if isinstance(target, (ast.Tuple, ast.List))
                for n in ast.walk(target) if isinstance(n, ast.Name) and n.id not in plain}
    else:
        return set()
    return {n.id for target in targets for n in ast.walk(target) if isinstance(n, ast.Name)}


def _assigned_names(node: ast.Assign | ast.AnnAssign):
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    value = node.value
    if value is None:
        return
    for target in targets:
        if isinstance(target, ast.Name):
            yield target.id, value
        elif isinstance(target, (ast.Tuple, ast.List)) and isinstance(value, (ast.Tuple, ast.List)) \
                and len(target.elts) == len(value.elts):
            for sub_target, sub_value in zip(target.elts, value.elts):
                if isinstance(sub_target, ast.Name):
                    yield sub_target.id, sub_value


def module_names(statement: ast.stmt) -> tuple[frozenset[str], frozenset[str]]:
    """The constants and classes a top-level statement binds at module level."""
    constants, classes = set(), set()
    for node in module_level_statements(statement):
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            constants.update(name for name, _ in _assigned_names(node))
        elif isinstance(node, ast.ClassDef):
            classes.add(node.name)
    return frozenset(constants), frozenset(classes)


def statement_bindings(statement: ast.stmt, piece: StatementFacts) -> set[tuple[str, str]]:
    """The module-level names a top-level statement binds, with their kind."""
    constants, classes = module_names(statement)
    return {("constant", n) for n in constants} | {("class", n) for n in classes} \
        | {("function", n) for n in piece.functions if "." not in n}

