"""`# noqa` comments, as ruff and flake8 read them, silence a finding on their line."""

from __future__ import annotations

from lsp_session import codes, open_file, replace_all, start, wait_for

DUPLICATE = '''

@callback(Output("price-text", "children"), Input("order-button", "n_clicks")){comment}
def reset_price(n_clicks):
    return "0 EUR"
'''


async def test_noqa_with_the_code_silences_only_that_rule(client, shop):
    await start(client, shop)
    path = shop / "callbacks.py"
    clean = path.read_text()
    item = open_file(client, path, clean + DUPLICATE.format(comment=""))
    assert codes(await wait_for(client, item, lambda d: d != [], version=1)) == ["DASH001"]

    replace_all(client, item, 2, clean + DUPLICATE.format(comment="  # noqa: DASH001"))
    assert await wait_for(client, item, lambda d: d == [], version=2) == []

    # Another rule's code leaves the finding in place.
    replace_all(client, item, 3, clean + DUPLICATE.format(comment="  # noqa: DASH003"))
    assert codes(await wait_for(client, item, lambda d: d != [], version=3)) == ["DASH001"]


async def test_a_bare_noqa_silences_every_rule_on_its_line(vscode, shop):
    await start(vscode, shop)
    path = shop / "callbacks.py"
    item = open_file(vscode, path, path.read_text() + DUPLICATE.format(comment="  # noqa"))

    assert await wait_for(vscode, item, version=1) == []
