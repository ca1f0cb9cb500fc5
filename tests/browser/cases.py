"""The cases of tests/dash_cases: an app (a file or a package) and its expect.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

CASES_DIR = Path(__file__).resolve().parents[1] / "dash_cases"
BEHAVIOURS = ("error", "import-error", "first-request-error", "silent", "works")


@dataclass(frozen=True)
class DashExpectation:
    """What Dash does with the app, for one major version."""

    behaviour: str  # error | import-error | first-request-error | silent | works
    errors: tuple[str, ...] = ()  # dev-tools error titles, for "error"
    exception: str | None = None  # the exception's name, for "import-error" and "first-request-error"
    trigger: tuple[str, ...] = ()  # "click #id" or "type #id text", in order
    watch: str | None = None  # the element whose text (or attribute) shows the callback ran
    watch_attribute: str | None = None
    unregistered: tuple[str, ...] = ()  # outputs Dash must not have registered


@dataclass(frozen=True)
class Case:
    name: str
    folder: Path
    about: str
    findings: tuple[str, ...]  # "DASH001 app.py:14"
    rule: str | None
    twin_of: str | None
    entry: str
    dash: dict[int, DashExpectation] = field(default_factory=dict)  # major → expectation; 0: any

    def expectation(self, major: int) -> DashExpectation:
        return self.dash.get(major, self.dash[0])


def _expectation(raw: dict, base: dict | None = None) -> DashExpectation:
    merged = {**(base or {}), **raw}
    behaviour = merged.get("behaviour")
    if behaviour not in BEHAVIOURS:
        raise ValueError(f"behaviour must be one of {BEHAVIOURS}, not {behaviour!r}")
    return DashExpectation(
        behaviour=behaviour,
        errors=tuple(merged.get("errors", ())),
        exception=merged.get("exception"),
        trigger=tuple(merged.get("trigger", ())),
        watch=merged.get("watch"),
        watch_attribute=merged.get("watch_attribute"),
        unregistered=tuple(merged.get("unregistered", ())),
    )


def load_case(folder: Path) -> Case:
    raw = tomllib.loads((folder / "expect.toml").read_text(encoding="utf-8"))
    dash_raw = dict(raw["dash"])
    # [dash.3] overrides [dash] for Dash 3.x, and so on.
    by_major = {int(k): v for k, v in list(dash_raw.items()) if k.isdigit() and isinstance(v, dict)}
    base = {k: v for k, v in dash_raw.items() if not k.isdigit()}
    dash = {0: _expectation(base)} | {major: _expectation(v, base) for major, v in by_major.items()}
    return Case(name=folder.name, folder=folder, about=raw["about"], findings=tuple(raw.get("findings", ())),
                rule=raw.get("rule"), twin_of=raw.get("twin_of"), entry=raw.get("entry", "app.py"), dash=dash)


def load_cases(root: Path = CASES_DIR) -> list[Case]:
    return [load_case(folder) for folder in sorted(root.iterdir()) if (folder / "expect.toml").is_file()]
