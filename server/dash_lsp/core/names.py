"""What a name in a module refers to, from its imports: `Output` → `dash.Output`."""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass

# Paths under which Dash and its companions define the names we care about,
# folded to one canonical spelling each.
_CANONICAL_MODULES = {
    "dash.dependencies": "dash",
    "dash.dash": "dash",
    "dash._callback": "dash",
    "dash._callback_context": "dash",
    "dash._no_update": "dash",
    "dash._pages": "dash",
    "dash.exceptions": "dash",
    "dash_extensions.enrich": "dash",
    "jupyter_dash": "dash",
    "dash_html_components": "dash.html",
    "dash_core_components": "dash.dcc",
    "dash_table": "dash.dash_table",
}

# The lowercase names `from dash import *` binds (dash.__all__); Dash's other modules bind
# classes, constants and helpers no app calls. Any other lowercase name a module uses after
# a star import from Dash (`app`, `server`) is its own.
_STAR_EXPORTED_LOWERCASE = frozenset({
    "callback", "callback_context", "clientside_callback", "ctx", "dash_table", "dcc", "development",
    "exceptions", "get_app", "get_asset_url", "get_relative_path", "hooks", "html", "jupyter_dash",
    "no_update", "page_container", "page_registry", "register_page", "set_props", "stringify_id",
    "strip_relative_path",
})

# Classes that make an app; the value says whether its transforms change the rules.
APP_CLASSES = {
    "dash.Dash": "dash",
    "dash.JupyterDash": "dash",
    "dash.DashProxy": "proxy",
}
# dash_extensions.enrich.Dash is DashProxy under another name.
_PROXY_ORIGINS = {"dash_extensions.enrich.Dash", "dash_extensions.enrich.DashProxy"}


@dataclass(frozen=True)
class Binding:
    """A module-level name bound by an import."""

    module: str  # the imported module, relative dots included (".ids")
    attr: str | None  # None for `import x`, else the imported attribute


class ImportTable:
    def __init__(self) -> None:
        self.bindings: dict[str, Binding] = {}
        self.star_modules: list[str] = []

    def add(self, node: ast.Import | ast.ImportFrom) -> None:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    self.bindings[alias.asname] = Binding(alias.name, None)
                else:
                    root = alias.name.split(".")[0]
                    self.bindings[root] = Binding(root, None)
            return
        module = "." * node.level + (node.module or "")
        for alias in node.names:
            if alias.name == "*":
                self.star_modules.append(module)
            else:
                self.bindings[alias.asname or alias.name] = Binding(module, alias.name)

    def origin(self, node: ast.expr) -> str | None:
        """Dotted origin of a Name/Attribute chain, e.g. `dash.Output`, or None."""
        parts: list[str] = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if not isinstance(node, ast.Name):
            return None
        binding = self.bindings.get(node.id)
        if binding is None:
            star = self._star_origin(node.id)
            if star is None:
                return None
            head = star
        elif binding.attr is None:
            head = binding.module
        else:
            sep = "" if binding.module.endswith(".") else "."
            head = f"{binding.module}{sep}{binding.attr}"
        return ".".join([head, *reversed(parts)])

    def _star_origin(self, name: str) -> str | None:
        if name[:1].islower() and name not in _STAR_EXPORTED_LOWERCASE:
            return None  # (`app` after `from dash.dependencies import *` is the module's own)
        for module in self.star_modules:
            if canonical(f"{module}.{name}").startswith("dash."):
                return f"{module}.{name}"
        return None


@functools.lru_cache(maxsize=8192)  # a pure function of a few hundred distinct names, called per node
def canonical(origin: str | None) -> str:
    """Fold the many import paths of a Dash name into one: `dash.dependencies.Input` → `dash.Input`."""
    if not origin:
        return ""
    if origin in _PROXY_ORIGINS:
        return "dash.DashProxy"
    for prefix, replacement in _CANONICAL_MODULES.items():
        if origin == prefix or origin.startswith(prefix + "."):
            return replacement + origin[len(prefix):]
    return origin


def is_component_class(origin: str) -> bool:
    """A component constructor from Dash or a Dash component library."""
    if not origin:
        return False
    module, _, name = origin.rpartition(".")
    if not name[:1].isupper() or not module:
        return False
    root = module.split(".")[0]
    if module in ("dash",):
        return False
    return root == "dash" or root.startswith("dash_")
