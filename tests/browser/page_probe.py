"""What the browser shows of a running app: dev-tools errors, the renderer's error log, console
errors, callback requests, and whether a callback ran when its input changed.

Waits are conditions on dash-renderer's own Redux store (`window.store`, set by Dash 3 and 4):
the app is settled once it is hydrated and no callback is requested, queued or executing."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field

CHROMIUM = "/usr/bin/chromium"
# Flags that keep Debian's Chromium quiet on a machine without outside network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
LOAD_TIMEOUT_MS = 15_000
SETTLE_TIMEOUT_MS = 10_000
# A settled store must stay settled this long: a click queues its callbacks synchronously, but a
# callback's answer can chain into the next one through a React render.
CONFIRM_S = 0.15
# After settling, how long a changed output may take to reach the DOM (React 18 renders async).
RENDER_S = 0.5

SETTLED = """() => {
  const store = window.store;
  if (!store) return false;
  const state = store.getState();
  if (state.appLifecycle !== 'HYDRATED') {
    // Settled for good when the layout or the callbacks could not be had: it never hydrates.
    // A request still on its way has the status 'loading', which is no answer.
    const answered = r => r && r.status && r.status !== 'loading';
    const failed = r => answered(r) && (r.status !== 200 || r.content == null);
    return failed(state.layoutRequest) || failed(state.dependenciesRequest);
  }
  const pending = ['requested', 'prioritized', 'blocked', 'executing', 'watched', 'executed'];
  return pending.every(k => !state.callbacks || !(state.callbacks[k] || []).length);
}"""

# Every error the renderer recorded, shown in the dev-tools popup or not (with debug off it only
# reaches the console): title and text.
STORE_ERRORS = """() => {
  const error = (window.store && window.store.getState().error) || {};
  return [...(error.frontEnd || []), ...(error.backEnd || [])].map(e => ({
    title: String((e.error && e.error.message) || ''),
    text: String((e.error && (e.error.html || e.error.message)) || ''),
  }));
}"""


@dataclass
class PageObservation:
    errors: list[str] = field(default_factory=list)  # dev-tools popup error titles (what the user sees)
    logged: list[str] = field(default_factory=list)  # every error title the renderer recorded
    messages: list[str] = field(default_factory=list)  # their texts, shortened
    console: list[str] = field(default_factory=list)  # console errors (network noise left out)
    failed_requests: list[str] = field(default_factory=list)  # requests the server answered 5xx
    requests: list[str] = field(default_factory=list)  # outputs of callback requests after the trigger
    loaded: dict[str, str | None] = field(default_factory=dict)  # texts of chosen elements once loaded
    ran: bool | None = None  # did the watched element change after the trigger
    trigger_problem: str | None = None  # a trigger's element never appeared
    settled: bool = True  # False: callbacks were still pending at the settle timeout
    hydrated: bool = False  # the renderer got its layout and callbacks and rendered the page
    status: int = 0  # HTTP status of the page itself (the app's first request)
    document_error: str = ""  # the page's text when that status is an error (the debugger's traceback)


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


def settle(page) -> bool:
    """Until the renderer is hydrated and idle, and stays so for CONFIRM_S."""
    deadline = time.monotonic() + SETTLE_TIMEOUT_MS / 1000
    while time.monotonic() < deadline:
        remaining = max(1, int((deadline - time.monotonic()) * 1000))
        try:
            page.wait_for_function(SETTLED, polling=25, timeout=remaining)
        except Exception:  # Playwright's TimeoutError: still busy at the deadline
            return False
        page.wait_for_timeout(CONFIRM_S * 1000)
        if page.evaluate(SETTLED):
            return True
    return False


def _popup_titles(page) -> list[str]:
    titles = [e.inner_text().strip() for e in page.query_selector_all(".dash-fe-error__title")]
    counter = page.query_selector(".test-devtools-error-count")
    if not titles and counter is not None and counter.inner_text().strip() not in ("", "0"):
        # The list is folded: open it from the debug menu as the user would.
        counter.click()
        try:
            page.wait_for_selector(".dash-fe-error__title", timeout=2_000)
        except Exception:  # Playwright's TimeoutError: the count showed, the list did not open
            return ["(dev-tools error count shown, list did not open)"]
        titles = [e.inner_text().strip() for e in page.query_selector_all(".dash-fe-error__title")]
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


def _requested_output(request) -> str | None:
    if "_dash-update-component" not in request.url:
        return None
    try:
        return json.loads(request.post_data or "{}").get("output")
    except ValueError:
        return "?"


def _wait_for_change(page, watch: str, attribute: str | None, before: str | None) -> bool:
    deadline = time.monotonic() + RENDER_S
    while True:
        if _watched(page, watch, attribute) != before:
            return True
        if time.monotonic() >= deadline:
            return False
        page.wait_for_timeout(25)


def observe_page(browser, url: str, trigger: tuple[str, ...] = (), watch: str | None = None,
                 watch_attribute: str | None = None, look_at: tuple[str, ...] = ()) -> PageObservation:
    seen = PageObservation()
    context = browser.new_context()
    page = context.new_page()
    recording: list[str] | None = None  # the callback requests after the last trigger step

    def on_request(request):
        output = _requested_output(request)
        if output is not None and recording is not None:
            recording.append(output)

    page.on("console", lambda m: m.type == "error" and "net::ERR_" not in m.text and seen.console.append(m.text[:300]))
    page.on("response", lambda r: r.status >= 500 and seen.failed_requests.append(f"{r.status} {r.url}"))
    page.on("request", on_request)
    try:
        response = page.goto(url, wait_until="load", timeout=LOAD_TIMEOUT_MS)
        seen.status = response.status if response else 0
        if seen.status >= 500:
            seen.document_error = response.text()[:20_000]
            return seen
        page.wait_for_selector("#react-entry-point", state="attached", timeout=LOAD_TIMEOUT_MS)
        seen.settled = settle(page)
        seen.hydrated = page.evaluate("() => !!window.store && window.store.getState().appLifecycle === 'HYDRATED'")
        seen.loaded = {selector: _watched(page, selector, None) for selector in look_at}
        if trigger:
            try:
                for step in trigger[:-1]:
                    _act(page, step)
                    seen.settled = settle(page) and seen.settled
                before = _watched(page, watch, watch_attribute) if watch else None
                recording = seen.requests
                _act(page, trigger[-1])
            except Exception as error:  # the element to act on never appeared
                seen.trigger_problem = f"{type(error).__name__}: {str(error).splitlines()[0]}"
            else:
                seen.settled = settle(page) and seen.settled
                seen.ran = _wait_for_change(page, watch, watch_attribute, before) if watch else None
        recorded = page.evaluate(STORE_ERRORS)
        seen.logged = [e["title"] for e in recorded]
        seen.messages = [" ".join(e["text"].split())[:300] for e in recorded]
        seen.errors = _popup_titles(page)
    finally:
        context.close()
    return seen
