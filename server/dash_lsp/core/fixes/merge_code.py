"""Writing the merged callback: one decorator, the original bodies as nested functions
(so their early returns keep working), and a dispatch on `ctx.triggered_id`."""

from __future__ import annotations

import ast
import json
from pathlib import Path

from ..findings import Position, Span
from ..values import DictId, Known
from .edits import TextEdit, line_ending, line_offsets, whole_lines
from .imports import dash_names, module_names
from .merge_plan import DEPENDENCY_KEYWORDS, Dep, Member, Plan, Refusal
from .portable import binding_statement, moved_imports
from .scoping import free_names, identifier, imported_elsewhere, references_outside, unique

MAX_JOINED_NAME = 40


def literal(value: object) -> str:
    if isinstance(value, DictId):
        items = ", ".join(f"{json.dumps(k)}: {literal(v)}" for k, v in value.items)
        return "{" + items + "}"
    if isinstance(value, Known):
        return literal(value.value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value)


class Source:
    """A module's text split into lines the way ast numbers them."""

    def __init__(self, text: str):
        self.text = text
        offsets = line_offsets(text)
        self.lines = [text[a:b] for a, b in zip(offsets, [*offsets[1:], len(text)])]
        self.tree = ast.parse(text)

    def line(self, index: int) -> str:
        return self.lines[index].rstrip("\r\n") if 0 <= index < len(self.lines) else ""

    def segment(self, node: ast.AST) -> str:
        segment = ast.get_source_segment(self.text, node)
        if segment is None:
            raise Refusal("the source of a dependency cannot be read")
        return segment


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def _protected_lines(function: ast.FunctionDef) -> set[int]:
    """0-based lines that continue a multi-line string: re-indenting them would change it."""
    lines: set[int] = set()
    for node in ast.walk(function):
        if isinstance(node, (ast.Constant, ast.JoinedStr)) and node.end_lineno and node.end_lineno > node.lineno:
            lines.update(range(node.lineno, node.end_lineno))
    return lines


def _region(member: Member) -> tuple[int, int]:
    function = member.function
    return min(d.lineno for d in function.decorator_list) - 1, function.end_lineno - 1


class MergeWriter:
    def __init__(self, model, plan: Plan, sources: dict[Path, Source]):
        self.model = model
        self.plan = plan
        self.sources = sources
        self.host = plan.members[0]
        self.host_source = sources[self.host.module.path]
        self.newline = line_ending(self.host_source.text)

    # -- names -----------------------------------------------------------------------------

    def _names(self) -> None:
        plan, host = self.plan, self.host
        reserved: set[str] = set()
        for m in plan.members:
            reserved |= free_names(m.function)
        self.helpers: list[str] = []
        for m in plan.members:
            source = self.sources[m.module.path]
            line = references_outside(source.tree, m.name, m.function)
            duplicates = [o for o in plan.members if o.name == m.name and o.module.path == m.module.path and o is not m]
            if line is not None and not (duplicates and any(o.function.lineno <= line <= o.function.end_lineno
                                                            for o in duplicates)):
                raise Refusal(f"`{m.name}` is also used on line {line} of {m.module.path.name}; merging removes it")
            other = imported_elsewhere(self.model, m.module.path, m.name)
            if other is not None:
                raise Refusal(f"`{m.name}` is imported by {other.name}; merging removes it")
            name = unique(m.name, set(self.helpers))
            if name != m.name and m.name in free_names(m.function):
                raise Refusal(f"two callbacks are named `{m.name}` and one refers to itself")
            self.helpers.append(name)
        for m, helper in zip(plan.members, self.helpers):
            if any(helper in free_names(o.function) for o in plan.members if o is not m):
                raise Refusal(f"another callback body refers to `{m.name}`")
        taken = module_names(self.host_source.tree) | reserved | set(self.helpers)
        enclosing = host.module.functions.get(host.callback.where.function or "")
        if enclosing is not None:  # registered inside a function: its locals are neighbours too
            taken |= set(enclosing.locals) | {a.arg for a in ast.walk(enclosing.node) if isinstance(a, ast.arg)}
        for m in plan.members:
            if m.module.path == host.module.path:
                taken.discard(m.name)
        taken |= set(self.helpers)
        joined = "_".join(dict.fromkeys(self.helpers))
        self.name = unique(joined if len(joined) <= MAX_JOINED_NAME else f"{host.name}_merged", taken)
        taken.add(self.name)
        wanted = ["ctx", "no_update"]
        if self._moved():
            wanted += sorted({d.node.kind for m in self._moved() for d in [*m.outputs, *m.args]})
        self.dash, self.import_edits = dash_names(self.host_source.tree, self.host_source.text, wanted,
                                                  taken=taken)
        taken |= set(self.dash.values())
        self.params: dict[tuple, str] = {}
        for dep in plan.args:
            first = next(m for m in plan.members if dep.key in [d.key for d in m.args])
            candidate = first.function.args.args[[d.key for d in first.args].index(dep.key)].arg
            if candidate in taken:
                candidate = identifier(f"{dep.key[0]}_{dep.key[1]}")
            self.params[dep.key] = unique(candidate, taken)
            taken.add(self.params[dep.key])
        self.trigger = unique("trigger", taken)
        taken.add(self.trigger)
        self.result = unique("result", taken)
        taken.add(self.result)
        self.taken = taken

    def _moved(self) -> list[Member]:
        return [m for m in self.plan.members if m.module.path != self.host.module.path]

    # -- the decorator ------------------------------------------------------------------------

    def _dependency(self, dep: Dep, member: Member) -> str:
        node = dep.node.node
        source = self.sources[member.module.path]
        if member.module.path == self.host.module.path:
            return source.segment(node)
        if self._portable(node, member):
            return source.segment(node)  # every name means the same in both modules
        extras = []
        names = ("allow_duplicate",) if dep.node.kind == "Output" else ("allow_optional",)
        for index, value in enumerate(node.args[2:3]):
            extras.append((names[index], value))
        extras += [(k.arg, k.value) for k in node.keywords if k.arg not in ("component_id", "component_property")]
        parts = [literal(dep.value), literal(dep.key[1])]
        for name, value in extras:
            if not isinstance(value, ast.Constant):
                raise Refusal(f"`{dep.key[0]}.{dep.key[1]}` has arguments that do not move between modules")
            parts.append(f"{name}={value.value!r}")
        return f"{self.dash[dep.node.kind]}({', '.join(parts)})"

    def _owner_of(self, dep: Dep) -> Member:
        return next(m for m in self.plan.members if any(d is dep for d in [*m.outputs, *m.args]))

    def _decorator(self, indent: str) -> str:
        host, plan = self.host, self.plan
        source = self.host_source
        head = source.segment(host.callback.call.func)
        extra = [k for k in host.callback.call.keywords if k.arg not in DEPENDENCY_KEYWORDS
                 and k.arg != "prevent_initial_call"]
        for m in plan.members[1:]:
            theirs = [k for k in m.callback.call.keywords if k.arg not in DEPENDENCY_KEYWORDS
                      and k.arg != "prevent_initial_call"]
            if sorted(ast.dump(k) for k in theirs) != sorted(ast.dump(k) for k in extra):
                raise Refusal(f"`{m.name}` is registered with other options than `{host.name}`")
        lines = [self._dependency(d, self._owner_of(d)) for d in plan.outputs]
        if len(plan.outputs) == 1 and not plan.single:
            lines = [f"[{lines[0]}]"]
        lines += [self._dependency(d, self._owner_of(d)) for d in plan.args]
        lines += [source.segment(k) for k in extra]
        pic = self._prevent_initial_call()
        if pic is not None:
            lines.append(f"prevent_initial_call={pic}")
        inner = indent + "    "
        return f"{indent}@{head}(" + self.newline + "".join(f"{inner}{line},{self.newline}" for line in lines) \
            + f"{indent})"

    def _prevent_initial_call(self) -> str | None:
        plan = self.plan
        if not plan.at_load:
            return "True"
        duplicate = any(d.node.allow_duplicate is not None for d in plan.outputs)
        if duplicate:
            return '"initial_duplicate"'
        if self.host.callback.app is not None:
            apps = self.model.apps_of(self.host.module, self.host.callback)
            if any(a.prevent_initial_callbacks != Known(False) for a in apps):
                return "False"
        return None

    # -- the body ------------------------------------------------------------------------------

    def _helper(self, member: Member, name: str, unit: str) -> list[str]:
        source = self.sources[member.module.path]
        function = member.function
        protected = _protected_lines(function)
        base = _indent(source.line(function.lineno - 1))
        out = []
        for index in range(function.lineno - 1, function.end_lineno):
            line = source.line(index)
            if index in protected:
                out.append(line)
            elif not line.strip():
                out.append("")
            else:
                out.append(self.indent + unit + line[len(base):] if line.startswith(base) else unit + line)
        if name != member.name:
            first = out[0]
            at = first.index(f"def {member.name}") + 4
            out[0] = first[:at] + name + first[at + len(member.name):]
        return out

    def _call(self, member: Member, helper: str) -> str:
        return f"{helper}({', '.join(self.params[d.key] for d in member.args)})"

    def _branch(self, member: Member, helper: str, unit: str) -> list[str]:
        plan = self.plan
        no_update = self.dash["no_update"]
        call = self._call(member, helper)
        keys = [d.key for d in plan.outputs]
        if plan.single or member.output_keys == keys and not member.single:
            return [f"return {call}"]
        if member.single:
            if len(keys) == 1:
                return [f"return [{call}]"]
            items = [call if k == member.outputs[0].key else no_update for k in keys]
            return [f"return {', '.join(items)}"]
        # Unpacking fails on a wrong shape, as Dash's own check of a multi-output return does.
        taken = set(self.taken)
        names = []
        for dep in member.outputs:
            names.append(unique(identifier(str(dep.key[0])), taken))
            taken.add(names[-1])
        target = f"{names[0]}," if len(names) == 1 else ", ".join(names)
        if _returns_sequences(member):
            lines = [f"{target} = {call}"]
        else:
            lines = [f"{self.result} = {call}", f"if {self.result} is {no_update}:", f"{unit}return {no_update}",
                     f"{target} = {self.result}"]
        own = member.output_keys
        items = [names[own.index(k)] if k in own else no_update for k in keys]
        lines.append(f"return {', '.join(items)}")
        return lines

    def _portable(self, node: ast.AST, member: Member) -> bool:
        if member.module.path == self.host.module.path:
            return True
        source = self.sources[member.module.path]
        names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
        return all(binding_statement(source.tree, n) not in (None, "") and
                   binding_statement(source.tree, n) == binding_statement(self.host_source.tree, n) for n in names)

    def _id_text(self, dep: Dep) -> str:
        """The id as the code spells it (`ids.CITY`), where that means the same in the merged callback."""
        node = dep.node.id_node
        member = self._owner_of(dep)
        if node is None or isinstance(node, ast.Constant) or dep.node.bindings or not self._portable(node, member):
            return literal(dep.value)
        return self.sources[member.module.path].segment(node)

    def _condition(self, index: int) -> str:
        values: dict[str, str] = {}
        for dep in self.plan.args:
            if self.plan.owner.get(dep.key) == index and dep.key[0] not in values:
                values[dep.key[0]] = self._id_text(dep)
        texts = list(values.values())
        if len(texts) == 1:
            return f"{self.trigger} == {texts[0]}"
        return f"{self.trigger} in ({', '.join(texts)})"

    def function_text(self) -> str:
        self._names()
        plan, host = self.plan, self.host
        host_line = self.host_source.line(host.function.lineno - 1)
        self.indent = _indent(host_line)
        unit = _unit(self.host_source, host.function)
        body = self.indent + unit
        lines = [self._decorator(self.indent)]
        params = ", ".join(self.params[d.key] for d in plan.args)
        lines.append(f"{self.indent}def {self.name}({params}):")
        for m, helper in zip(plan.members, self.helpers):
            lines += self._helper(m, helper, unit)
            lines.append("")
        lines.append(f"{body}{self.trigger} = {self.dash['ctx']}.triggered_id")
        for note in plan.notes:
            lines.append(f"{body}# {note}")
        for index, (m, helper) in enumerate(zip(plan.members, self.helpers)):
            if index == plan.default:
                continue
            lines.append(f"{body}if {self._condition(index)}:")
            lines += [f"{body}{unit}{line}" for line in self._branch(m, helper, unit)]
        default = plan.members[plan.default]
        lines += [f"{body}{line}" for line in self._branch(default, self.helpers[plan.default], unit)]
        return self.newline.join(lines) + self.newline

    # -- edits ---------------------------------------------------------------------------------

    def edits(self) -> dict[Path, list[TextEdit]]:
        text = self.function_text()
        edits: dict[Path, list[TextEdit]] = {}
        host_start, host_end = _region(self.host)
        edits.setdefault(self.host.module.path, []).append(TextEdit(whole_lines(host_start, host_end), text))
        for m in self.plan.members[1:]:
            start, end = _region(m)
            source = self.sources[m.module.path]
            while start > 0 and not source.line(start - 1).strip():
                start -= 1  # the gap before it goes with it; the one after stays
            edits.setdefault(m.module.path, []).append(TextEdit(whole_lines(start, end), ""))
        imports = list(self.import_edits)
        for m in self._moved():
            imports += moved_imports(m, self.sources[m.module.path], self.host.module, self.host_source,
                                     self.newline)
        edits[self.host.module.path].extend(_merge_inserts(imports))
        return edits


def _merge_inserts(edits: list[TextEdit]) -> list[TextEdit]:
    """Inserts at one position become one edit, in order (clients differ on ties)."""
    merged: dict[Span, str] = {}
    for edit in edits:
        merged[edit.span] = merged.get(edit.span, "") + edit.new_text
    return [TextEdit(span, text) for span, text in merged.items()]


def _unit(source: Source, function: ast.FunctionDef) -> str:
    first = function.body[0]
    line = source.line(first.lineno - 1)
    own = _indent(source.line(function.lineno - 1))
    body = _indent(line)
    if first.lineno == function.lineno or not body.startswith(own) or len(body) == len(own):
        return "    "
    return body[len(own):]


def _returns_sequences(member: Member) -> bool:
    """Every `return` of the body gives a tuple or list of the callback's length."""
    count = len(member.outputs)
    found = False
    stack = list(member.function.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        if isinstance(node, ast.Return):
            found = True
            if not (isinstance(node.value, (ast.Tuple, ast.List)) and len(node.value.elts) == count
                    and not any(isinstance(e, ast.Starred) for e in node.value.elts)):
                return False
        stack.extend(ast.iter_child_nodes(node))
    return found


def merge_edits(model, plan: Plan) -> dict[Path, list[TextEdit]]:
    sources: dict[Path, Source] = {}
    for m in plan.members:
        if m.module.path not in sources:
            try:
                sources[m.module.path] = Source(m.module.text)
            except SyntaxError:
                raise Refusal(f"{m.module.path.name} does not parse") from None
    # The facts' nodes come from the same text: positions agree.
    return MergeWriter(model, plan, sources).edits()


__all__ = ["merge_edits", "literal", "Position"]
