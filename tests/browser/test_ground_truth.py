"""Every case of tests/dash_cases, run as its user would under real Dash (each major version we
support) in headless Chromium: Dash must do what the case's expect.toml says, and dash-lsp must
report exactly the findings it lists (faulty cases found, correct twins silent)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from .cases import load_cases, minor
from .environments import PINNED_ONLY, ROOT, environments
from .observe import dash_disagreements, lint_disagreements, observe

CASES = load_cases()
ENVIRONMENTS = environments()
ARTIFACTS = ROOT / ".artifacts" / "dash-ground-truth"


def test_the_cases_cover_every_rule_with_faulty_cases_and_correct_twins():
    from dash_lsp.core import RULES

    names = {c.name for c in CASES}
    assert len(CASES) >= 40
    for case in CASES:
        if case.rule is None:  # a fault no rule covers: dash-lsp must say nothing
            assert not case.findings and case.twin_of is None and case.known_gap is None, case.name
            continue
        assert case.rule in RULES, case.name
        assert (case.twin_of is None) == bool(case.findings), f"{case.name}: a twin has no findings, a fault has some"
        assert case.twin_of is None or case.twin_of in names, case.name
        assert all(f.split()[0] in RULES for f in case.findings), case.name
    ruled = [c for c in CASES if c.rule is not None]
    faulty = Counter(c.rule for c in ruled if c.findings)
    twins = Counter(c.rule for c in ruled if not c.findings)
    assert set(faulty) == set(twins) == set(RULES)


def test_the_newest_dash_3_and_4_and_the_pinned_minors_are_all_here():
    # scripts/setup.d/50-dash-envs.sh makes the other environments; a missing one is a set-up fault.
    assert {e.major for e in ENVIRONMENTS} >= {3, 4}, [(e.name, e.version) for e in ENVIRONMENTS]
    assert {e.name for e in ENVIRONMENTS} >= PINNED_ONLY, [(e.name, e.version) for e in ENVIRONMENTS]


def test_each_pinned_minor_has_cases_and_the_cases_pin_only_those():
    pinned = [e for e in ENVIRONMENTS if e.name in PINNED_ONLY]
    for environment in pinned:
        assert any(c.pins(environment.version) for c in CASES), environment.name
    minors = {minor(e.version) for e in pinned}
    for case in CASES:
        assert {key for key in case.dash if "." in key} <= minors, case.name


def _with_known_gap(case):
    if case.known_gap is None:
        return case
    return pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=f"known gap: {case.known_gap}"))


@pytest.mark.parametrize("case", [_with_known_gap(c) for c in CASES], ids=lambda c: c.name)
def test_dash_lsp_reports_what_the_case_lists(case):
    problems = lint_disagreements(case)
    assert problems == [], (
        f"dash-lsp disagrees with {case.folder.name}/expect.toml, whose Dash side the browser test confirms "
        f"({case.about}): {problems}")


@pytest.mark.browser
@pytest.mark.parametrize("case, environment", [pytest.param(c, e, id=f"{c.name}-{e.name}")
                                               for c in CASES for e in ENVIRONMENTS if e.runs(c)])
def test_dash_does_what_the_case_says(case, environment, browser, apps):
    seen = observe(case, environment, browser, apps)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"{case.name}-{environment.name}.json").write_text(json.dumps(seen.to_json(), indent=1))
    problems = dash_disagreements(case.expectation(environment.version), seen)
    assert problems == [], (
        f"Dash {seen.dash} does not behave as {Path(case.folder.name) / 'expect.toml'} says "
        f"(the expectation or the case is wrong, not dash-lsp): {problems}; observed: {seen.to_json()}")
