"""Fixes: pure functions from a finding, the analysed project and its source text to text edits."""

from .api import duplicate_groups, fixes_for, merge_refusal, safe_fixes
from .edits import Fix, TextEdit, apply_edits

__all__ = ["Fix", "TextEdit", "apply_edits", "duplicate_groups", "fixes_for", "merge_refusal", "safe_fixes"]
