"""Completion of `app.config.` keys: the keys the installed Dash's config has, with what its
docstring says of each, so that a key it lacks (DASH018) is not typed in the first place.

Read from the line up to the cursor, as the completion of ids is: `app.config.sup|` and
`app.config["sup|`, where `app` names a Dash app of the module.
"""

from __future__ import annotations

import re
from pathlib import Path

from .findings import Position, Span
from .navigation import apps_named

# `app.config.sup|`: a key being typed as an attribute.
_TYPING_ATTRIBUTE = re.compile(r"(?<![\w.])([A-Za-z_]\w*)\.config\.(\w*)$")
# `app.config["sup|`: a key being typed as a string.
_TYPING_STRING = re.compile(r"(?<![\w.])([A-Za-z_]\w*)\.config\[\s*(['\"])([^'\"\\]*)$")


def typed_config_key(before: str) -> re.Match | None:
    """Where the line up to the cursor types a config key, if it does."""
    return _TYPING_ATTRIBUTE.search(before) or _TYPING_STRING.search(before)


def config_key_completions(workspace, path: Path, position: Position, match: re.Match, after: str) -> list:
    from .completion import Completion

    model = workspace.model()
    module = model.modules.get(path)
    keys = workspace.environment.dash_config
    if module is None or keys is None:
        return []
    if not apps_named(model, module, match.group(1)):
        return []  # (a Flask app's config, or a name that is no Dash app here)
    typed = match.group(match.lastindex)
    string = match.re is _TYPING_STRING
    rest = re.match(r"[^'\"\\]*(?=" + match.group(2) + ")" if string else r"\w*", after)
    replace = Span.of(position.line, position.column - len(typed), position.line,
                      position.column + (len(rest.group()) if rest else 0))
    return [Completion(key, "config", _detail(keys, key), replace, keys.doc(key)) for key in sorted(keys.keys)]


def _detail(keys, key: str) -> str:
    if key in keys.read_only:
        return "Dash config · read-only: set it in Dash(...)"
    if key in keys.locked_with_server:
        return "Dash config · read-only once the app has its server"
    return "Dash config"
