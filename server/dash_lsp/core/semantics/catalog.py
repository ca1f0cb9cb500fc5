"""What the installed component libraries say about a component class.

Dash component classes are generated, one `ClassName.py` per component, with an
`__init__` whose positional order differs between libraries (`dcc.Store("x")`
sets the id, `html.Div("x")` the children) and `_base_nodes` naming the
properties that hold components. We read those files with `ast`, never import them.
"""

from __future__ import annotations

import ast
import importlib.util
import itertools
import os
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class ComponentInfo:
    positional: tuple[str, ...]
    node_props: frozenset[str]
    properties: frozenset[str]
    # What a generated component class declares (`_prop_names`, the props its JavaScript
    # checks), and the prefixes of the attributes it takes besides (`data-`, `aria-`);
    # None for a class that declares nothing.
    declared: frozenset[str] | None = None
    wildcards: tuple[str, ...] = ()

    def accepts(self, prop: str) -> bool | None:
        """Whether the component has the property; None when it does not say."""
        if self.declared is None:
            return None
        return prop in self.declared or given_by_renderer(prop) or any(prop.startswith(p) for p in self.wildcards)


def call_arguments(call: ast.Call, info: ComponentInfo | None) -> dict[str, ast.expr]:
    """The properties a component call sets, by name: its keywords and, where the class's
    positional order is known, its positional arguments up to a `*args` (which hides where
    the rest go)."""
    arguments: dict[str, ast.expr] = {}
    if call.args and info is not None:
        placed = itertools.takewhile(lambda a: not isinstance(a, ast.Starred), call.args)
        arguments.update(zip(info.positional, placed))
    arguments.update({k.arg: k.value for k in call.keywords if k.arg})
    return arguments


# Properties the dash-renderer gives components beside those their classes declare: every
# component's setProps, and private ones (dcc.Graph's `_dashprivate_transformFigure`).
RENDERER_PROPS = frozenset({"setProps"})
PRIVATE_PREFIX = "_dashprivate_"


def given_by_renderer(prop: str) -> bool:
    return prop in RENDERER_PROPS or prop.startswith(PRIVATE_PREFIX)


# html components take children first and hold components only there.
_HTML = ComponentInfo(("children",), frozenset({"children"}), frozenset())


class Catalog:
    """Component classes of the project's environment (search_path None: this interpreter's)."""

    def __init__(self, search_path=None):
        self._search_path = search_path  # a list, or a callable giving one when first needed

    @property
    def search_path(self) -> list[str] | None:
        if callable(self._search_path):
            self._search_path = self._search_path()
        return self._search_path

    def info(self, origin: str) -> ComponentInfo | None:
        module, _, name = origin.rpartition(".")
        if module == "dash.html":
            return _info_from_file(self._class_file(module, name)) or _HTML
        return _info_from_file(self._class_file(module, name))

    def property_doc(self, origin: str, prop: str) -> tuple[str, str] | None:
        """A property's type and description, from the docstring of its generated class."""
        module, _, name = origin.rpartition(".")
        return _property_docs(self._class_file(module, name)).get(prop)

    def _class_file(self, module: str, name: str) -> Path | None:
        root, _, inner = module.partition(".")
        package = self._package_dir(root)
        if package is None:
            return None
        return _class_file(package, inner, name)

    def _package_dir(self, package: str) -> Path | None:
        return _find_package(package, tuple(self.search_path or ()))


@lru_cache(maxsize=64)
def _find_package(package: str, search_path: tuple[str, ...]) -> Path | None:
    for entry in search_path:
        candidate = Path(entry, package)
        if (candidate / "__init__.py").is_file():
            return candidate
    if search_path:
        return None
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


@lru_cache(maxsize=4096)
def _class_file(package: Path, inner: str, name: str) -> Path | None:
    """The file of class `name` of module `inner` of `package`: in that module's folder when it
    is one (`dash.dcc.Textarea`, not `dash.html.Textarea`), else wherever the package has it."""
    if inner:
        folder = package.joinpath(*inner.split("."))
        if folder.is_dir():
            candidate = folder / f"{name}.py"
            return candidate if candidate.is_file() else None
    return _class_index(package).get(name)


@lru_cache(maxsize=64)
def _class_index(package: Path) -> dict[str, Path]:
    index: dict[str, Path] = {}
    for directory, subdirectories, files in os.walk(package):
        subdirectories[:] = [d for d in subdirectories if not d.startswith((".", "__pycache__"))
                             and d not in ("tests", "deps", "dash-renderer", "testing")]
        for file in files:
            if file.endswith(".py") and file[:1].isupper():
                index.setdefault(file[:-3], Path(directory, file))
    return index


@lru_cache(maxsize=2048)
def _info_from_file(path: Path | None) -> ComponentInfo | None:
    if path is None:
        return None
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return None
    positional: tuple[str, ...] = ()
    node_props: frozenset[str] = frozenset({"children"})
    properties: set[str] = set()
    declared: frozenset[str] | None = None
    wildcards: tuple[str, ...] = ()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "__init__":
            positional = tuple(a.arg for a in node.args.args[1:])
            properties.update(positional)
            properties.update(a.arg for a in node.args.kwonlyargs)
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "_base_nodes":
            try:
                node_props = frozenset(ast.literal_eval(node.value))
            except ValueError:
                pass
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and _is_self_attribute(node.targets[0]):
            try:
                value = ast.literal_eval(node.value)
            except ValueError:
                continue
            if node.targets[0].attr == "_prop_names" and isinstance(value, list):
                declared = frozenset(map(str, value))
            elif node.targets[0].attr == "_valid_wildcard_attributes" and isinstance(value, list):
                wildcards = tuple(map(str, value))
    if not positional:
        return None
    return ComponentInfo(positional, node_props, frozenset(properties), declared, wildcards)


@lru_cache(maxsize=256)
def _property_docs(path: Path | None) -> dict[str, tuple[str, str]]:
    """`- prop (type; default …):` items of a generated class's docstring, with the lines under
    each (nested items, a dict's keys, stay with their property)."""
    if path is None:
        return {}
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return {}
    classes = [node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == path.stem]
    docstring = ast.get_docstring(classes[0]) if classes else None
    docs: dict[str, tuple[str, str]] = {}
    current: list[str] | None = None
    for line in (docstring or "").splitlines():
        item = _PROPERTY_ITEM.match(line)
        if item:
            current = []
            docs[item.group(1)] = (item.group(2), current)  # type: ignore[assignment]
        elif current is not None and (line.startswith(" ") or not line):
            current.append(line[4:] if line.startswith("    ") else line.strip())
        else:
            current = None
    return {prop: (" ".join(kind.split()), "\n".join(lines).strip()) for prop, (kind, lines) in docs.items()}


_PROPERTY_ITEM = re.compile(r"^- ([A-Za-z_][\w-]*(?:\*)?) \((.*)\):$")


def _is_self_attribute(node: ast.expr) -> bool:
    return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self"


def default_catalog() -> Catalog:
    return Catalog(None)


def python_path() -> list[str]:
    return list(sys.path)
