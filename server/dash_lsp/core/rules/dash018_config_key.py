"""DASH018: `app.config.<key> = …` with a key Dash's config lacks or keeps read-only."""

from __future__ import annotations

import ast

from ..findings import Finding, Location, Related, Severity
from ..similar import close_matches
from .base import Rule

EXPLANATION = """\
**What Dash does.** `app.config` is final once the app is built: assigning a key it does not
have raises `AttributeError: ('Invalid config key. Some settings are only available via the
Dash constructor', key)`, and assigning one of the keys only the constructor sets (`name`,
`assets_folder`, `serve_locally`, `compress`, `pages_folder`…) raises `AttributeError:
('Read-only: can only be set in the Dash constructor', key)`. The module stops at that line,
so `python app.py` never serves the app. The keys are read from the installed Dash.

**Why.** Most often `app.config.supress_callback_exceptions = True`: the misspelt name Dash
accepted until 1.0, still in many tutorials and answers. Also Flask settings
(`app.config["SECRET_KEY"]`), which belong to the Flask server, and settings that only
`Dash(...)` takes.

**Wrong**
```python
app = Dash(__name__)
app.config.supress_callback_exceptions = True
app.config["SECRET_KEY"] = "…"
```

**Right**
```python
app = Dash(__name__, suppress_callback_exceptions=True)
app.server.config["SECRET_KEY"] = "…"
```
"""

SPELT_BEFORE_1_0 = "supress_callback_exceptions"


def check(model):
    keys = model.dash_config
    if keys is None:
        return
    for app in model.apps:
        for module, assignment in app.config_assignments:
            if assignment.where.may_fail:
                continue  # (inside `with pytest.raises(…)`: written to raise)
            key = assignment.attribute.split(":", 1)[1]
            where = Location(module.path, assignment.key_span)
            created = (Related(Location(app.module.path, app.construction.span), "the app is created here"),)
            if key in keys.read_only or key in keys.locked_with_server and _default_server(app.construction):
                yield Finding(RULE.code, RULE.severity,
                              f"`{key}` can only be set in the Dash constructor: assigning app.config.{key} raises "
                              f"AttributeError (\"Read-only\"), and the app never starts. Pass {key}=… to Dash(…).",
                              where, created, data={"key": key, "read_only": True})
            elif key not in keys.keys:
                meant = close_matches(key, sorted(keys.keys))
                message = f"Dash's config has no `{key}`: assigning it raises AttributeError (\"Invalid config key\"), " \
                          "and the app never starts."
                if key == SPELT_BEFORE_1_0:
                    message += " That spelling was dropped in Dash 1.0: write suppress_callback_exceptions."
                elif meant:
                    message += f" Did you mean `{meant[0]}`?"
                elif key.isupper():
                    message += " Flask's settings go in app.server.config."
                yield Finding(RULE.code, RULE.severity, message, where, created,
                              data={"key": key, "suggestions": meant})


def _default_server(construction) -> bool:
    """`Dash(__name__)`, which makes its Flask server (and runs init_app) at once; not
    `Dash(server=False)`, whose keys stay open until `app.init_app(server)`."""
    arguments = construction.call.args
    return "server" not in construction.keywords and not construction.has_star_kwargs \
        and len(arguments) < 2 and not any(isinstance(a, ast.Starred) for a in arguments)


RULE = Rule(
    code="DASH018",
    title="invalid app.config key",
    summary="app.config takes only the keys Dash has, and not those only its constructor sets.",
    explanation=EXPLANATION,
    severity=Severity.ERROR,
    check=check,
)
