"""The merged callback answers every Input as the original callbacks did, with the real dash."""

from __future__ import annotations

import pytest

from equivalence import assert_equivalent
from merge_cases import CASES, VALUES


@pytest.mark.parametrize("name", list(CASES))
def test_merge_keeps_behaviour(tmp_path, name):
    result = assert_equivalent(tmp_path, CASES[name], VALUES.get(name))
    assert any(".triggered_id" in text for text in result.texts.values())
    assert result.fix.explanation is None, result.fix.explanation
