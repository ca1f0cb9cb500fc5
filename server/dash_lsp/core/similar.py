"""Words spelt almost like another: difflib.get_close_matches, with each pair's score kept.

A layout's ids change by one while an id is typed, so each check would compare the
missing id with every id of the layout again; keeping the score of each pair makes that
one comparison per new id. The answer is difflib's, in its order.
"""

from __future__ import annotations

import difflib
import heapq

_MAX_KEPT = 200_000  # pairs; then all are forgotten (a typed word's pairs are soon stale anyway)
_scores: dict[tuple[str, str, float], float | None] = {}
# A matcher per word, its index of the word built once (difflib's set_seq2 is the costly half).
_matchers: dict[str, difflib.SequenceMatcher] = {}
_MAX_MATCHERS = 256


def close_matches(word: str, candidates, limit: int = 3, cutoff: float = 0.6) -> list[str]:
    """The `limit` candidates most like `word`, best first, each at least `cutoff` alike."""
    if len(_scores) > _MAX_KEPT:
        _scores.clear()
    scored = []
    for candidate in candidates:
        key = (word, candidate, cutoff)
        if key not in _scores:
            matcher = _matcher(word)
            matcher.set_seq1(candidate)
            passes = matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff \
                and matcher.ratio() >= cutoff
            _scores[key] = matcher.ratio() if passes else None
        score = _scores[key]
        if score is not None:
            scored.append((score, candidate))
    return [candidate for _, candidate in heapq.nlargest(limit, scored)]


def _matcher(word: str) -> difflib.SequenceMatcher:
    matcher = _matchers.get(word)
    if matcher is None:
        if len(_matchers) >= _MAX_MATCHERS:
            _matchers.clear()
        matcher = _matchers[word] = difflib.SequenceMatcher()
        matcher.set_seq2(word)
    return matcher


def alike(word: str, candidate: str, cutoff: float = 0.6) -> bool:
    """Whether `close_matches(word, …)` would offer `candidate`, however many others it offered."""
    return bool(close_matches(word, (candidate,), 1, cutoff))
