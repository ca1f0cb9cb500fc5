import pytest


@pytest.fixture(scope="package")
def browser():
    """One headless Chromium (Debian's) for every case, closed when the package is done: while
    Playwright's sync API is open it holds an event loop, which the asyncio tests after it need."""
    from playwright.sync_api import sync_playwright

    from .page_probe import launch

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()
