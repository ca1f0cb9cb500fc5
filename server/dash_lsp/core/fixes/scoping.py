"""Which names a function body takes from its module, and who else uses a function's name."""

from __future__ import annotations

import ast
import builtins
import keyword
import re
from pathlib import Path

_BUILTINS = set(dir(builtins))


def free_names(function: ast.FunctionDef) -> set[str]:
    """Names the function reads without binding them itself (globals and builtins).

    Conservative: a name bound anywhere inside (even in a nested scope) counts as bound.
    """
    loaded: set[str] = set()
    bound: set[str] = set()
    for part in [function.args, *function.body]:
        for node in ast.walk(part):
            if isinstance(node, ast.Name):
                (loaded if isinstance(node.ctx, ast.Load) else bound).add(node.id)
            elif isinstance(node, ast.arg):
                bound.add(node.arg)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                bound.add(node.name)
            elif isinstance(node, ast.alias):
                bound.add((node.asname or node.name).split(".")[0])
            elif isinstance(node, (ast.Global, ast.Nonlocal)):
                loaded.update(node.names)
    for default in [*function.args.defaults, *(d for d in function.args.kw_defaults if d is not None)]:
        loaded.update(n.id for n in ast.walk(default) if isinstance(n, ast.Name))
    return loaded - bound


def uses_global_statement(function: ast.FunctionDef) -> bool:
    return any(isinstance(n, (ast.Global, ast.Nonlocal)) for n in ast.walk(function))


def is_builtin(name: str) -> bool:
    return name in _BUILTINS


def references_outside(tree: ast.Module, name: str, function: ast.FunctionDef) -> int | None:
    """Line (1-based) of a use of `name` outside `function`, if any."""
    first = min([function.lineno, *(d.lineno for d in function.decorator_list)])
    for node in ast.walk(tree):
        if first <= getattr(node, "lineno", 0) <= function.end_lineno:
            continue
        if isinstance(node, ast.Name) and node.id == name:
            return node.lineno
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets) \
                and any(isinstance(c, ast.Constant) and c.value == name for c in ast.walk(node.value)):
            return node.lineno
    return None


def imported_elsewhere(model, path: Path, name: str) -> Path | None:
    """Another project module that imports `name` from the module at `path`."""
    stem = path.stem if path.stem != "__init__" else path.parent.name
    for other, facts in model.modules.items():
        if other == path:
            continue
        for binding in facts.imports.bindings.values():
            if binding.attr == name and binding.module.rstrip(".").split(".")[-1] == stem:
                return other
            if binding.attr == stem and re.search(rf"\b{re.escape(stem)}\.{re.escape(name)}\b", facts.text):
                return other
            if binding.attr is None and binding.module.split(".")[-1] == stem \
                    and re.search(rf"\b{re.escape(stem)}\.{re.escape(name)}\b", facts.text):
                return other
    return None


def identifier(text: str) -> str:
    name = re.sub(r"\W+", "_", text).strip("_").lower()
    if not name or name[0].isdigit():
        name = f"value_{name}"
    return name


def unique(candidate: str, taken: set[str]) -> str:
    name = candidate
    number = 2
    while name in taken or keyword.iskeyword(name):
        name = f"{candidate}_{number}"
        number += 1
    return name
