"""The rule registry: one module per Dash gotcha, in code order."""

from __future__ import annotations

from .base import Rule


def _load() -> dict[str, Rule]:
    from . import (
        dash001_duplicate_output,
        dash002_allow_duplicate,
        dash003_id_not_in_layout,
        dash004_never_fires,
        dash005_after_run,
        dash006_inside_callback,
        dash007_wildcards,
        dash008_unknown_property,
        dash009_circular,
        dash010_arguments,
        dash011_return_shape,
        dash012_duplicate_id,
        dash013_never_imported,
        dash014_no_inputs,
        dash015_invalid_id,
        dash016_removed_method,
        dash017_out_of_order,
        dash018_config_key,
        dash019_triggered_id,
        dash020_state_keyword,
    )
    modules = (dash001_duplicate_output, dash002_allow_duplicate, dash003_id_not_in_layout,
               dash004_never_fires, dash005_after_run, dash006_inside_callback, dash007_wildcards,
               dash008_unknown_property, dash009_circular,
               dash010_arguments, dash011_return_shape, dash012_duplicate_id,
               dash013_never_imported, dash014_no_inputs, dash015_invalid_id,
               dash016_removed_method, dash017_out_of_order, dash018_config_key,
               dash019_triggered_id, dash020_state_keyword)
    return {m.RULE.code: m.RULE for m in modules}


RULES: dict[str, Rule] = _load()
