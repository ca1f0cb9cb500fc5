"""workspace/executeCommand dash-lsp.explainRule: the rule's explanation, as the CLI prints it."""

from __future__ import annotations

import pytest
from lsprotocol import types
from lsp_session import start

from dash_lsp.core import RULES


async def explain(client, *arguments):
    return await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="dash-lsp.explainRule", arguments=list(arguments))
    )


async def test_the_command_is_advertised_and_explains_every_rule(vscode, shop):
    result = await start(vscode, shop)
    assert "dash-lsp.explainRule" in result.capabilities.execute_command_provider.commands

    for code, rule in RULES.items():
        assert await explain(vscode, code) == rule.explanation
    # As a code action's argument might carry it: an object, any case.
    assert await explain(vscode, {"code": "dash002"}) == RULES["DASH002"].explanation


async def test_an_unknown_rule_is_an_error_answer_not_a_crash(vscode, shop):
    await start(vscode, shop)

    with pytest.raises(Exception, match="unknown rule 'DASH999'"):
        await explain(vscode, "DASH999")
    with pytest.raises(Exception, match="takes a rule code"):
        await explain(vscode)

    assert await explain(vscode, "DASH001") == RULES["DASH001"].explanation
