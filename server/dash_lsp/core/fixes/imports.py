"""Names of Dash objects in a module: reuse its imports and aliases, add what is missing."""

from __future__ import annotations

import ast

from ..findings import Position
from ..names import canonical
from .edits import TextEdit, insert, line_ending, line_offsets

# Other spellings of the same object.
_SAME = {"dash.ctx": ("dash.ctx", "dash.callback_context")}


def module_names(tree: ast.Module) -> set[str]:
    """Every name bound at module level (imports, defs, classes, assignments), not inside functions."""
    names: set[str] = set()
    stack: list[ast.AST] = list(tree.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
            stack.extend(getattr(node, "decorator_list", []))
            continue
        if isinstance(node, ast.Lambda):
            continue
        if isinstance(node, ast.alias):
            names.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        stack.extend(ast.iter_child_nodes(node))
    return names


def _top_imports(tree: ast.Module):
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node


def dash_names(tree: ast.Module, text: str, wanted: list[str], taken: set[str] = frozenset()
               ) -> tuple[dict[str, str], list[TextEdit]]:
    """Local names for `dash.<name>` of each wanted name, and the edits that import the missing ones."""
    found: dict[str, str] = {}
    for node in _top_imports(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0:
            for alias in node.names:
                origin = canonical(f"{node.module}.{alias.name}")
                for name in wanted:
                    if name not in found and origin in _SAME.get(f"dash.{name}", (f"dash.{name}",)):
                        found[name] = alias.asname or alias.name
    missing = [name for name in wanted if name not in found]
    if not missing:
        return found, []
    bound = module_names(tree) | set(taken)
    clauses = []
    for name in missing:
        local = name
        if local in bound:
            local = f"dash_{name}"
            while local in bound:
                local += "_"
        found[name] = local
        clauses.append(name if local == name else f"{name} as {local}")
    return found, [_import_edit(tree, text, clauses)]


def _import_edit(tree: ast.Module, text: str, clauses: list[str]) -> TextEdit:
    newline = line_ending(text)
    imports = list(_top_imports(tree))
    for node in imports:
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == "dash" \
                and not any(a.name == "*" for a in node.names):
            last = node.names[-1]
            return insert(Position(last.end_lineno - 1, _column(text, last.end_lineno, last.end_col_offset)),
                          ", " + ", ".join(clauses))
    return statements_edit(tree, [f"from dash import {', '.join(clauses)}{newline}"])


def statements_edit(tree: ast.Module, statements: list[str]) -> TextEdit:
    """Insert whole import lines after the module's last top-level import."""
    imports = list(_top_imports(tree))
    statement = "".join(statements)
    if imports:
        return insert(Position(imports[-1].end_lineno, 0), statement)
    first = tree.body[0] if tree.body else None
    if first is not None and isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
            and isinstance(first.value.value, str):
        return insert(Position(first.end_lineno, 0), statement)
    return insert(Position(0, 0), statement)


def _column(text: str, lineno: int, byte_column: int) -> int:
    offsets = line_offsets(text)
    line = text[offsets[lineno - 1]:]
    return len(line.encode("utf-8")[:byte_column].decode("utf-8", errors="ignore"))
