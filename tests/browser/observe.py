"""One case under one Dash: run it, look at it in the browser, and compare with its expect.toml."""

from __future__ import annotations

import json
import re
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .app_server import AppServer
from .cases import Case, DashExpectation
from .environments import DashEnvironment
from .page_probe import PageObservation, observe_page


@dataclass
class Observation:
    case: str
    dash: str  # the Dash version observed
    served: bool
    exception: str | None = None  # the exception the app raised before serving, or on the first request
    first_status: int = 200  # HTTP status of the first request
    outputs: list[str] = field(default_factory=list)  # what /_dash-dependencies registered
    page: PageObservation | None = None

    def to_json(self) -> dict:
        return asdict(self)


def _exception(output: str) -> str | None:
    lines = re.findall(r"^(?:<title>)?(?:[\w.]+\.)?(\w+(?:Error|Exception|Callback)):", output, re.M)
    return lines[-1] if lines else None


def _outputs(url: str) -> list[str]:
    with urllib.request.urlopen(url + "_dash-dependencies", timeout=10) as response:
        return [d["output"] for d in json.load(response)]


def observe(case: Case, environment: DashEnvironment, browser) -> Observation:
    expected = case.expectation(environment.major)
    with AppServer(environment.python, case.folder, case.entry) as running:
        if running.url is None:
            return Observation(case.name, environment.version, False, _exception(running.output) or running.output[-500:])
        exception = None
        if running.first_status >= 500:
            exception = _exception(running.first_error) or _exception(running.output)
        outputs = _outputs(running.url)
        page = observe_page(browser, running.url, expected.trigger, expected.watch, expected.watch_attribute)
    return Observation(case.name, environment.version, True, exception, running.first_status, outputs, page)


def dash_disagreements(expected: DashExpectation, seen: Observation) -> list[str]:
    """How Dash's behaviour differs from the expectation (empty: as expected)."""
    if expected.behaviour == "import-error":
        if seen.served:
            return [f"expected the app to fail with {expected.exception} before serving; it served"]
        if expected.exception and seen.exception != expected.exception:
            return [f"expected {expected.exception} before serving, got {seen.exception}"]
        return []
    if not seen.served:
        return [f"the app did not serve: {seen.exception}"]
    page = seen.page
    problems = []
    if expected.behaviour == "first-request-error":
        if seen.first_status < 500 or seen.exception != expected.exception:
            problems.append(f"expected the first request to fail with {expected.exception}, "
                            f"got status {seen.first_status} ({seen.exception})")
    elif expected.behaviour == "error":
        missing = [t for t in expected.errors if not any(title.startswith(t) for title in page.errors)]
        if missing or not page.errors:
            problems.append(f"expected dev-tools errors {list(expected.errors)}, got {page.errors}")
    if expected.behaviour in ("works", "silent"):
        if seen.first_status >= 500:
            problems.append(f"the first request failed ({seen.first_status}, {seen.exception})")
        if page.errors:
            problems.append(f"expected no dev-tools error, got {page.errors}")
        if page.failed_requests:
            problems.append(f"callback requests failed: {page.failed_requests}")
        if expected.trigger:
            if page.trigger_problem:
                problems.append(f"could not trigger: {page.trigger_problem}")
            wanted = expected.behaviour == "works"
            if page.ran is not wanted:
                problems.append(f"expected the callback {'to run' if wanted else 'never to run'} "
                                f"after {list(expected.trigger)}; it {'ran' if page.ran else 'did not run'}")
    registered = [o for o in expected.unregistered if any(o in output.split("..") for output in seen.outputs)
                  or o in seen.outputs]
    if registered:
        problems.append(f"expected {registered} not to be registered; /_dash-dependencies has them")
    return problems


def lint(case: Case) -> list[str]:
    from dash_lsp.core import check_paths

    folder = case.folder.resolve()
    return sorted(f"{f.code} {f.path.relative_to(folder).as_posix()}:{f.span.start.line + 1}"
                  for f in check_paths([folder]))


def lint_disagreements(case: Case) -> list[str]:
    got = lint(case)
    if got == sorted(case.findings):
        return []
    return [f"dash-lsp reports {got}, the case expects {sorted(case.findings)}"]


