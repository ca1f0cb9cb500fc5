"""Static values of id and property expressions.

`UNKNOWN` is a value in its own right: whatever we cannot compute stays unknown,
and nothing unknown is ever reported as missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


class Value:
    __slots__ = ()


@dataclass(frozen=True)
class Unknown(Value):
    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN = Unknown()


@dataclass(frozen=True)
class Known(Value):
    value: object


@dataclass(frozen=True)
class Pattern(Value):
    """A string with unknown stretches, e.g. f"{name}-card" → (None, "-card")."""

    parts: tuple[str | None, ...]

    def regex(self) -> re.Pattern:
        return _compiled(self.parts)

    def matches(self, text: str) -> bool:
        return self.regex().fullmatch(text) is not None

    def display(self) -> str:
        return "".join("…" if p is None else p for p in self.parts)


@dataclass(frozen=True)
class Wildcard(Value):
    name: str  # MATCH | ALL | ALLSMALLER


@dataclass(frozen=True)
class DictId(Value):
    items: tuple[tuple[str, Value], ...]

    def key(self) -> str | None:
        """Dash's own spelling of the id (sorted keys), or None if a value is unknown."""
        parts = []
        for name, value in self.items:
            if isinstance(value, Wildcard):
                parts.append(f'"{name}":["{value.name}"]')
            elif isinstance(value, Known) and isinstance(value.value, (str, int, float, bool)):
                parts.append(f'"{name}":{_json(value.value)}')
            else:
                return None
        return "{" + ",".join(parts) + "}"

    @property
    def has_wildcard(self) -> bool:
        return any(isinstance(v, Wildcard) for _, v in self.items)


@dataclass(frozen=True)
class PageEntry(Value):
    """One page of `dash.page_registry`: its fields are text, but for `layout`."""


PAGE_ENTRY = PageEntry()
PAGE_TEXT_FIELDS = frozenset({"module", "name", "path", "relative_path", "title", "description", "order",
                              "supplied_path", "supplied_name", "supplied_title", "supplied_order",
                              "path_template", "image", "image_url", "redirect_from", "supplied_image"})


@dataclass(frozen=True)
class Sequence(Value):
    items: tuple[Value, ...]


@lru_cache(maxsize=4096)
def _compiled(parts: tuple[str | None, ...]) -> re.Pattern:
    return re.compile("".join(".*" if p is None else re.escape(p) for p in parts), re.S)


def _json(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return repr(value)


def concat(parts: list[Value]) -> Value:
    """Join string values; unknown parts become unknown stretches of a pattern."""
    out: list[str | None] = []
    for part in parts:
        if isinstance(part, Known) and isinstance(part.value, (str, int, float)) \
                and not isinstance(part.value, bool):
            text = str(part.value)
            if out and out[-1] is not None:
                out[-1] += text
            else:
                out.append(text)
        elif isinstance(part, Pattern):
            for piece in part.parts:
                if piece is not None and out and out[-1] is not None:
                    out[-1] += piece
                elif not (piece is None and out and out[-1] is None):
                    out.append(piece)
        elif out and out[-1] is None:
            continue
        else:
            out.append(None)
    if not out:
        return Known("")
    if all(p is not None for p in out):
        return Known("".join(out))  # type: ignore[arg-type]
    if all(p is None for p in out):
        return UNKNOWN
    return Pattern(tuple(out))


# What Dash's registration refuses in a callback's string id (dash._validate.validate_id_string).
FORBIDDEN_IN_IDS = ".{"


def forbidden_characters(component_id: str) -> str:
    """The characters of `component_id` that Dash refuses in a callback's string id."""
    return "".join(c for c in FORBIDDEN_IN_IDS if c in component_id)


def id_text(value: Value) -> str | None:
    """The string id, if the value is one."""
    if isinstance(value, Known) and isinstance(value.value, str):
        return value.value
    return None


def id_key(value: Value) -> str | None:
    """A hashable spelling of a fully known id (string or dict)."""
    text = id_text(value)
    if text is not None:
        return text
    if isinstance(value, DictId):
        return value.key()
    return None


def display(value: Value) -> str:
    if isinstance(value, Known):
        return repr(value.value) if not isinstance(value.value, str) else value.value
    if isinstance(value, Pattern):
        return value.display()
    if isinstance(value, DictId):
        return value.key() or "{…}"
    return "…"
