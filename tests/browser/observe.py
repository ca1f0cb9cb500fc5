"""One case under one Dash: run it, look at it in the browser, and compare with its expect.toml."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import urllib.request
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .app_server import AppServer
from .cases import Case, DashExpectation
from .environments import DashEnvironment
from .page_probe import PageObservation, observe_page
from .prefetch import AppPrefetcher


@dataclass
class Observation:
    case: str
    dash: str  # the Dash version observed
    served: bool
    exception: str | None = None  # the exception the app raised before serving, or on the first request
    first_status: int = 0  # HTTP status of the first request (the browser's page load)
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


def observe(case: Case, environment: DashEnvironment, browser, apps: AppPrefetcher | None = None) -> Observation:
    expected = case.expectation(environment.version)
    server = apps.running(case, environment) if apps else AppServer(environment.python, case.folder, case.entry)
    with server as running:
        if running.url is None:
            return Observation(case.name, environment.version, False, _exception(running.output) or running.output[-500:])
        page = observe_page(browser, running.url, expected.trigger, expected.watch, expected.watch_attribute,
                            tuple(selector for selector, _ in expected.after_load))
        exception = None
        if page.status >= 500:
            exception = _exception(page.document_error) or _exception(running.output)
            page.document_error = page.document_error[:300]
        outputs = _outputs(running.url)
    return Observation(case.name, environment.version, True, exception, page.status, outputs, page)


def _titles_missing(wanted: tuple[str, ...], titles: list[str]) -> list[str]:
    return [t for t in wanted if not any(title.startswith(t) for title in titles)]


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
    if not page.settled:
        problems.append("callbacks were still pending when the page should have settled")
    if page.hydrated is (expected.behaviour == "first-request-error"):
        problems.append(f"the page {'rendered' if page.hydrated else 'never rendered'}")
    if expected.behaviour == "first-request-error":
        if seen.first_status < 500 or seen.exception != expected.exception:
            problems.append(f"expected the first request to fail with {expected.exception}, "
                            f"got status {seen.first_status} ({seen.exception})")
    elif expected.behaviour == "error":
        if _titles_missing(expected.errors, page.errors) or not page.errors:
            problems.append(f"expected dev-tools errors {list(expected.errors)}, got {page.errors}")
        if expected.trigger and page.ran is not False:
            # After the error the faulty callback (or, when the renderer rejected the callbacks,
            # every callback) does nothing.
            problems.append(f"expected {list(expected.trigger)} to change nothing after the error; "
                            f"{page.trigger_problem or 'it did'}")
    if expected.behaviour in ("works", "silent"):
        if seen.first_status >= 500:
            problems.append(f"the first request failed ({seen.first_status}, {seen.exception})")
        if page.errors:
            problems.append(f"expected no dev-tools error, got {page.errors}")
        unexpected = [t for t in page.logged if not any(t.startswith(w) for w in expected.logged)]
        if unexpected or _titles_missing(expected.logged, page.logged):
            problems.append(f"expected the renderer to record the errors {list(expected.logged)}, "
                            f"it recorded {page.logged}")
        if page.failed_requests:
            problems.append(f"requests failed: {page.failed_requests}")
        for selector, text in expected.after_load:
            if text not in (page.loaded.get(selector) or ""):
                problems.append(f"expected {selector} to show {text!r} once loaded, it showed {page.loaded.get(selector)!r}")
        if expected.trigger:
            if page.trigger_problem:
                problems.append(f"could not trigger: {page.trigger_problem}")
            wanted = expected.behaviour == "works"
            if page.ran is not wanted:
                problems.append(f"expected the callback {'to run' if wanted else 'never to run'} "
                                f"after {list(expected.trigger)}; it {'ran' if page.ran else 'did not run'} "
                                f"(callback requests after the last step: {page.requests})")
    registered = [o for o in expected.unregistered if any(o in output.split("..") for output in seen.outputs)
                  or o in seen.outputs]
    if registered:
        problems.append(f"expected {registered} not to be registered; /_dash-dependencies has them")
    return problems


def lint(case: Case) -> list[str]:
    """dash-lsp's findings on the app alone, as its users have it (without the case's notes,
    which name its modules)."""
    from dash_lsp.core import check_paths

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch, case.name).resolve()
        shutil.copytree(case.folder, folder, ignore=shutil.ignore_patterns("expect.toml", "__pycache__"))
        return sorted(f"{f.code} {f.path.relative_to(folder).as_posix()}:{f.span.start.line + 1}"
                      for f in check_paths([folder]))


def lint_disagreements(case: Case) -> list[str]:
    """How dash-lsp's findings differ from the case's, each named as a miss or a false report."""
    got, wanted = Counter(lint(case)), Counter(case.findings)
    missed, extra = sorted((wanted - got).elements()), sorted((got - wanted).elements())
    problems = []
    if missed:
        problems.append(f"dash-lsp misses {missed}, which the case expects from what Dash does")
    if extra:
        problems.append(f"dash-lsp reports {extra}, which the case does not expect"
                        + (" (a false positive: the app is correct)" if case.twin_of else ""))
    return problems
