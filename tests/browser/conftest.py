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


@pytest.fixture(scope="package")
def apps(request):
    """Starts each selected case's app one observation ahead, in the order pytest runs them."""
    from .prefetch import AppPrefetcher

    plan = [(item.callspec.params["case"], item.callspec.params["environment"]) for item in request.session.items
            if getattr(item, "originalname", "") == "test_dash_does_what_the_case_says"]
    prefetcher = AppPrefetcher(plan)
    yield prefetcher
    prefetcher.close()
