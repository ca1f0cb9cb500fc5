"""Each rule against faulty projects and their correct twins, with Dash's own verdict beside ours."""

import pytest

from .cases import CASES
from .conftest import expected_markers, reported, write_project
from .realdash import load


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_findings_match_markers(case, tmp_path):
    root = write_project(tmp_path, case.files)
    assert reported(root) == expected_markers(root)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_real_dash_agrees(case, tmp_path):
    root = write_project(tmp_path, case.files)
    if "dash>=3.1" in case.tags:
        pytest.importorskip("dash", minversion="3.1")
    loaded = load(root, case.entry)
    if case.dash == "any":
        assert loaded.error is None, loaded.detail
    elif case.dash == "ok":
        assert loaded.error is None, loaded.detail
        assert loaded.outputs is not None and len(loaded.outputs) == len(set(loaded.outputs))
    else:
        kind, what = case.dash
        if kind == "raises":
            assert loaded.error == what, loaded.detail
        elif kind == "twice":
            assert loaded.error is None, loaded.detail
            names = [o for o in loaded.outputs if o == what or o.startswith(what + "@")]
            assert len(names) == 2 and len(set(names)) == 1, loaded.outputs
        elif kind == "again":  # registered more than once (each registration adds an entry)
            assert loaded.error is None, loaded.detail
            assert loaded.outputs.count(what) >= 2, loaded.outputs
        elif kind == "repeated":
            assert loaded.error is None, loaded.detail
            assert any(o.count(what) == 2 for o in loaded.outputs), loaded.outputs
        elif kind == "absent":
            assert loaded.error is None, loaded.detail
            assert what not in loaded.outputs
