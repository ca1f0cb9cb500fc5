"""close_matches answers what difflib.get_close_matches does, in its order, also when the
candidates change by one between two questions (an id being typed)."""

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from dash_lsp.core.similar import close_matches

words = st.text(alphabet="abcde-_", min_size=0, max_size=8)


@settings(max_examples=300, deadline=None)
@given(word=words, candidates=st.lists(words, max_size=30, unique=True), extra=words,
       limit=st.integers(1, 4), cutoff=st.sampled_from([0.0, 0.6, 0.8]))
def test_close_matches_are_difflibs(word, candidates, extra, limit, cutoff):
    assert close_matches(word, candidates, limit, cutoff) == difflib.get_close_matches(word, candidates, limit, cutoff)
    changed = [*candidates[1:], extra] if extra not in candidates else candidates
    assert close_matches(word, changed, limit, cutoff) == difflib.get_close_matches(word, changed, limit, cutoff)


def test_a_typo_finds_the_ids_spelt_almost_alike():
    ids = ["city-dropdown", "country-dropdown", "graph", "summary"]
    assert close_matches("city-dropdwn", ids) == ["city-dropdown", "country-dropdown"]
    assert close_matches("nothing-like-it", ids) == []
