"""What the browser shows of a running app: dev-tools errors, console errors, and whether a
callback ran when its input changed."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

CHROMIUM = "/usr/bin/chromium"
# Flags that keep Debian's Chromium quiet on a machine without outside network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
SETTLE_S = 0.4
WATCH_S = 3.0


@dataclass
class PageObservation:
    errors: list[str] = field(default_factory=list)  # dev-tools error titles
    console: list[str] = field(default_factory=list)  # console errors (network noise left out)
    failed_requests: list[str] = field(default_factory=list)  # callback requests answered 5xx
    ran: bool | None = None  # did the watched element change after the trigger
    trigger_problem: str | None = None  # a trigger's element never appeared


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


def _settle(page) -> None:
    """Until the network is idle and the dev-tools error count stops changing."""
    try:
        page.wait_for_load_state("networkidle", timeout=10_000)
    except Exception:
        pass
    last, stable_since = None, time.monotonic()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        count = _error_count(page)
        if count != last:
            last, stable_since = count, time.monotonic()
        elif time.monotonic() - stable_since >= SETTLE_S:
            return
        time.sleep(0.05)


def _error_count(page) -> str:
    counter = page.query_selector(".test-devtools-error-count")
    return counter.inner_text() if counter else ""


def _titles(page) -> list[str]:
    return [e.inner_text().strip() for e in page.query_selector_all(".dash-fe-error__title")]


def error_titles(page) -> list[str]:
    titles = _titles(page)
    if not titles and _error_count(page) not in ("", "0"):
        # The error list is folded: open it from the debug menu.
        button = page.query_selector("#dash-debug-menu__errors-button, .test-devtools-error-count")
        if button is not None:
            button.click()
            page.wait_for_timeout(300)
            titles = _titles(page)
    return titles


def _watched(page, selector: str, attribute: str | None) -> str | None:
    element = page.query_selector(selector)
    if element is None:
        return None
    return element.get_attribute(attribute) if attribute else element.inner_text()


def _act(page, step: str) -> None:
    verb, selector, *text = step.split(" ", 2)
    page.wait_for_selector(selector, timeout=5_000)
    if verb == "click":
        page.click(selector)
    elif verb == "type":
        page.fill(selector, text[0] if text else "")
    else:
        raise ValueError(f"unknown trigger {step!r}")


def observe_page(browser, url: str, trigger: tuple[str, ...] = (), watch: str | None = None,
                 watch_attribute: str | None = None) -> PageObservation:
    seen = PageObservation()
    context = browser.new_context()
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and "net::ERR_" not in m.text and seen.console.append(m.text[:300]))
    page.on("response", lambda r: r.status >= 500 and "_dash-update-component" in r.url
            and seen.failed_requests.append(f"{r.status} {r.url}"))
    try:
        page.goto(url, wait_until="load")
        page.wait_for_selector("#react-entry-point", state="attached", timeout=15_000)
        _settle(page)
        if trigger:
            try:
                for step in trigger[:-1]:
                    _act(page, step)
                    _settle(page)
                before = _watched(page, watch, watch_attribute) if watch else None
                _act(page, trigger[-1])
            except Exception as error:  # the element to act on never appeared
                seen.trigger_problem = f"{type(error).__name__}: {str(error).splitlines()[0]}"
            else:
                seen.ran = False
                deadline = time.monotonic() + WATCH_S
                while watch and time.monotonic() < deadline:
                    if _watched(page, watch, watch_attribute) != before:
                        seen.ran = True
                        break
                    time.sleep(0.05)
                _settle(page)
        seen.errors = error_titles(page)
    finally:
        context.close()
    return seen
