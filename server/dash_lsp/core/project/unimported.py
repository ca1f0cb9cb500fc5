"""Modules whose callbacks Dash never sees: nothing imports them and nothing runs them.

`@callback` registers a callback when its module is imported. A module of callbacks beside
the module that builds the project's one app, that no module imports, that is no script,
no page and no test, is never loaded: its callbacks never fire and Dash says nothing.
Anything that could load a module without a plain `import` keeps it out: its name in a
string of the project's code (for importlib, a Celery `include`, a gunicorn config) or
anywhere in its other files (a Procfile's `gunicorn callbacks:server`, a directive in the
docs), any dynamic import in the project, pages whose folder is unknown. Projects with
several apps (a folder of examples) are left alone.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

from ..facts.model import ModuleFacts

# Ways to load a module without an import statement naming it.
DYNAMIC_IMPORT = re.compile(r"\b(importlib|__import__|import_module|pkgutil|runpy|exec|execfile|load_source|"
                            r"spec_from_file_location|autodiscover|entry_points)\b")
# Names a WSGI server may be pointed at (`gunicorn module:server`).
_ENTRY_NAMES = ("server", "application", "app_server")
_LOADED_OTHERWISE = ("__init__.py", "__main__.py", "conftest.py", "setup.py", "noxfile.py")


# Files that may name a module to load, besides Python: docs directives, deployment files…
TEXT_SUFFIXES = (".md", ".rst", ".txt", ".toml", ".yaml", ".yml", ".json", ".cfg", ".ini", ".sh", ".ipynb",
                 ".env", ".html", ".j2", ".conf")
TEXT_NAMES = ("Procfile", "Dockerfile", "Makefile", "Containerfile", ".flaskenv", ".env")
MAX_TEXT_FILES = 2000
MAX_TEXT_BYTES = 20_000_000


def may_name_modules(path: Path) -> bool:
    """A file other than Python that may name a module to load (docs, configs, notebooks)."""
    return path.name in TEXT_NAMES or path.name.endswith(TEXT_SUFFIXES)


def candidates(modules: dict[Path, ModuleFacts], importers: dict[Path, set[Path]],
               app_home: ModuleFacts) -> list[ModuleFacts]:
    """Modules beside the app's own that register callbacks when imported, that no project
    module imports, and that are not scripts, pages or tests themselves."""
    folder = app_home.path.parent
    return [m for path, m in modules.items()
            if path.parent == folder and not importers.get(path) and _registers_at_import(m)
            and not _may_run_by_itself(m)]


def _registers_at_import(module: ModuleFacts) -> bool:
    return any(c.where.function is None for c in module.callbacks)


def _may_run_by_itself(module: ModuleFacts) -> bool:
    path = module.path
    if path.name in _LOADED_OTHERWISE or path.name.startswith("test_") or path.stem.endswith("_test") \
            or any(part in ("tests", "test") for part in path.parts[:-1]):
        return True
    return bool(module.apps or module.starts or module.pages or module.mentions_register_page
                or "__main__" in module.text
                or any(name in module.constants or name in module.imports.bindings for name in _ENTRY_NAMES))


def mention_pattern(found: list[ModuleFacts]) -> re.Pattern | None:
    """Any word that names one of the modules, in any file."""
    stems = sorted({m.path.stem for m in found})
    return re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, stems))) if stems else None


def never_loaded(found: list[ModuleFacts], texts: dict[Path, str], pages_dirs: list[Path | None]) -> list[ModuleFacts]:
    """Of the candidates, those nothing else in the project can load: `texts` holds every
    file of the project (and its deployment files); `pages_dirs` one entry per app using
    pages (None: its folder is unknown)."""
    if not found or None in pages_dirs or any(_imports_dynamically(text) for text in texts.values()):
        return []
    out = []
    for module in found:
        if any(folder in module.path.parents for folder in pages_dirs):
            continue
        if not any(_names(module.path.stem, path, text) for path, text in texts.items() if path != module.path):
            out.append(module)
    return out


# Both asked again at every check while a module stays unimported: texts seldom change (the
# cache holds texts alive, hence its small size).
@functools.lru_cache(maxsize=128)
def _imports_dynamically(text: str) -> bool:
    return DYNAMIC_IMPORT.search(text) is not None


@functools.lru_cache(maxsize=128)
def _names(stem: str, path: Path, text: str) -> bool:
    """Whether the text may name the module for something to load: anywhere in other files; in
    Python in an import (one the project's import graph could not follow) or a string (another
    identifier is no module, a comment or a docstring loads nothing)."""
    word = re.compile(r"\b%s\b" % re.escape(stem))
    if word.search(text) is None:
        return False
    if path.suffix != ".py":
        return True
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return True
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings \
                and word.search(node.value):
            return True
        if isinstance(node, (ast.Import, ast.ImportFrom)) and any(
                word.search(name) for name in (getattr(node, "module", None) or "", *(a.name for a in node.names))):
            return True
    return False
