"""Moving a callback body to another module: the imports it needs must come along."""

from __future__ import annotations

import ast

from .edits import TextEdit, line_ending
from .imports import module_names, statements_edit
from .merge_plan import Member, Refusal
from .scoping import free_names


def binding_statement(tree: ast.Module, name: str) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if (alias.asname or alias.name.split(".")[0]) == name:
                    return f"import {alias.name}" + (f" as {alias.asname}" if alias.asname else "")
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if (alias.asname or alias.name) == name:
                    module = "." * node.level + (node.module or "")
                    return f"from {module} import {alias.name}" + (f" as {alias.asname}" if alias.asname else "")
    return None


def moved_imports(member: Member, source, host, host_source, newline: str) -> list[TextEdit]:
    """Import lines the host module needs so the member's body means the same there."""
    member_bound = module_names(source.tree)
    host_bound = module_names(host_source.tree)
    wanted: list[str] = []
    for name in sorted(free_names(member.function) - {member.name}):
        statement = binding_statement(source.tree, name)
        if statement is None:
            if name in member_bound:
                raise Refusal(f"`{member.name}` uses `{name}` from {member.module.path.name}, which "
                              f"{host.path.name} cannot import without a circular import")
            if name in host_bound:
                raise Refusal(f"`{name}` means something else in {host.path.name}")
            continue  # a builtin
        if statement.startswith("from .") and member.module.path.parent != host.path.parent:
            raise Refusal(f"`{name}` is imported relatively in {member.module.path.name}")
        if binding_statement(host_source.tree, name) == statement:
            continue
        if name in host_bound:
            raise Refusal(f"`{name}` means something else in {host.path.name}")
        wanted.append(statement + newline)
    if not wanted:
        return []
    return [statements_edit(host_source.tree, wanted)]


__all__ = ["moved_imports", "line_ending"]
