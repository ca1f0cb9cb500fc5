"""Searching a project by id: components and the callbacks writing them, nothing of Dash's own."""

from pathlib import Path

from dash_lsp.core import Workspace

CASES = Path(__file__).parents[1] / "dash_cases"


def names(root: Path, query: str) -> list[tuple[str, str, str]]:
    return [(e.name, e.detail, e.path.name) for e in Workspace(root).search_symbols(query)]


def test_a_pages_app_lists_its_pages_ids_and_callbacks_but_not_dashs_own():
    assert names(CASES / "pages_app", "") == [
        ("out.children ← show", "callback", "home.py"),
        ("about-text", "html.P", "about.py"), ("go", "html.Button", "home.py"), ("out", "html.Div", "home.py"),
    ]


def test_the_query_matches_letters_in_order_in_any_case():
    root = CASES / "pages_app"
    assert names(root, "OUT") == [("out.children ← show", "callback", "home.py"),
                                  ("about-text", "html.P", "about.py"), ("out", "html.Div", "home.py")]
    assert names(root, "abtxt") == [("about-text", "html.P", "about.py")]
    assert names(root, "txta") == []
