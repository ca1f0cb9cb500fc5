import pytest


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium (Debian's) for every case."""
    from playwright.sync_api import sync_playwright

    from .page_probe import launch

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()
