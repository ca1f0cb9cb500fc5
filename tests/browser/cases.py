"""The cases of tests/dash_cases: an app (a file or a package) and its expect.toml."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

CASES_DIR = Path(__file__).resolve().parents[1] / "dash_cases"
_VERSION = re.compile(r"\d+(\.\d+)?")
BEHAVIOURS = ("error", "import-error", "first-request-error", "silent", "works")


@dataclass(frozen=True)
class DashExpectation:
    """What Dash does with the app, for one major (or major.minor) version."""

    behaviour: str  # error | import-error | first-request-error | silent | works
    errors: tuple[str, ...] = ()  # dev-tools error titles, for "error"
    # Error titles the renderer records without showing them (debug off: console only), for
    # "works" and "silent"; any other recorded error is a disagreement.
    logged: tuple[str, ...] = ()
    exception: str | None = None  # the exception's name, for "import-error" and "first-request-error"
    trigger: tuple[str, ...] = ()  # "click #id" or "type #id text", in order
    watch: str | None = None  # the element whose text (or attribute) shows the callback ran
    watch_attribute: str | None = None
    unregistered: tuple[str, ...] = ()  # outputs Dash must not have registered
    # selector → text it must contain once the page has loaded and settled (callbacks that run
    # on load, without a trigger)
    after_load: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Case:
    name: str
    folder: Path
    about: str
    findings: tuple[str, ...]  # "DASH001 app.py:14"
    rule: str | None
    twin_of: str | None
    entry: str
    # Why dash-lsp does not yet report `findings` (what it should report, given what Dash does):
    # the dash-lsp check is then an expected failure, and passing it is news.
    known_gap: str | None = None
    # "3" or "4.1" → expectation; "": any other version
    dash: dict[str, DashExpectation] = field(default_factory=dict)

    def expectation(self, version: str) -> DashExpectation:
        """What the Dash of `version` ("4.1.0") does: its minor's expectation, else its major's, else any."""
        return self.dash.get(minor(version)) or self.dash.get(version.split(".")[0]) or self.dash[""]

    def pins(self, version: str) -> bool:
        """The case says what the minor version of `version` does in a section of its own."""
        return minor(version) in self.dash


def minor(version: str) -> str:
    """The minor of a version ("4.1" of "4.1.0"), as a case's section names it."""
    return ".".join(version.split(".")[:2])


def _expectation(raw: dict, base: dict | None = None) -> DashExpectation:
    merged = {**(base or {}), **raw}
    behaviour = merged.get("behaviour")
    if behaviour not in BEHAVIOURS:
        raise ValueError(f"behaviour must be one of {BEHAVIOURS}, not {behaviour!r}")
    return DashExpectation(
        behaviour=behaviour,
        errors=tuple(merged.get("errors", ())),
        logged=tuple(merged.get("logged", ())),
        exception=merged.get("exception"),
        trigger=tuple(merged.get("trigger", ())),
        watch=merged.get("watch"),
        watch_attribute=merged.get("watch_attribute"),
        unregistered=tuple(merged.get("unregistered", ())),
        after_load=tuple(merged.get("after_load", {}).items()),
    )


def load_case(folder: Path) -> Case:
    raw = tomllib.loads((folder / "expect.toml").read_text(encoding="utf-8"))
    dash_raw = dict(raw["dash"])
    # [dash.3] overrides [dash] for Dash 3.x, [dash."4.1"] for Dash 4.1.x, and so on.
    versions = {k: v for k, v in dash_raw.items() if _VERSION.fullmatch(k) and isinstance(v, dict)}
    base = {k: v for k, v in dash_raw.items() if k not in versions}
    dash = {"": _expectation(base)} | {version: _expectation(v, base) for version, v in versions.items()}
    return Case(name=folder.name, folder=folder, about=raw["about"], findings=tuple(raw.get("findings", ())),
                rule=raw.get("rule"), twin_of=raw.get("twin_of"), entry=raw.get("entry", "app.py"),
                known_gap=raw.get("known_gap"), dash=dash)


def load_cases(root: Path = CASES_DIR) -> list[Case]:
    return [load_case(folder) for folder in sorted(root.iterdir()) if (folder / "expect.toml").is_file()]
