"""Generated callback pairs: whenever the merge is offered silently, the real dash sees no difference."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from equivalence import assert_equivalent, merge
from dashrun import run_app
from merge_cases import HEAD

OUTPUTS = ["out", "status", "extra"]
INPUTS = [("city", "value"), ("year", "value"), ("name", "value"), ("btn", "n_clicks"), ("reset", "n_clicks")]
STYLES = ["value", "variable", "no_update", "partial", "prevent", "early"]


@st.composite
def callback_spec(draw, name: str, must_write: str | None):
    outputs = draw(st.lists(st.sampled_from(OUTPUTS), min_size=1, max_size=3, unique=True))
    if must_write is not None and must_write not in outputs:
        outputs[draw(st.integers(0, len(outputs) - 1))] = must_write
    return {
        "name": name,
        "outputs": outputs,
        "bare": len(outputs) == 1 and draw(st.booleans()),
        "listed": draw(st.booleans()),
        "inputs": draw(st.lists(st.sampled_from(INPUTS), min_size=1, max_size=2, unique=True)),
        "state": draw(st.booleans()),
        "prevent": draw(st.booleans()),
        "style": draw(st.sampled_from(STYLES)),
        "decorator": draw(st.sampled_from(["@app.callback", "@callback"])),
    }


def render(spec: dict) -> str:
    outputs = [f'Output("{o}", "children")' for o in spec["outputs"]]
    deps = [f"[{', '.join(outputs)}]" if spec["listed"] and not spec["bare"] else ", ".join(outputs)]
    deps += [f'Input("{i}", "{p}")' for i, p in spec["inputs"]]
    params = [f"{i}_{p}" if n % 2 else i for n, (i, p) in enumerate(spec["inputs"])]
    if spec["state"]:
        deps.append('State("store", "data")')
        params.append("data")
    if spec["prevent"]:
        deps.append("prevent_initial_call=True")
    name, first = spec["name"], params[0]
    values = [f'f"{name}-{o}:{{{first}}}"' for o in spec["outputs"]]
    style = spec["style"]
    if spec["bare"]:
        value = values[0]
        body = {"value": f"return {value}", "variable": f"result = {value}\n    return result",
                "no_update": "return no_update", "partial": f"return {value}",
                "prevent": "raise PreventUpdate",
                "early": f"if {first} is None:\n        return no_update\n    return {value}"}[style]
    else:
        partial = [values[0], *["no_update"] * (len(values) - 1)]
        body = {"value": f"return {', '.join(values)}",
                "variable": f"result = [{', '.join(values)}]\n    return result",
                "no_update": "return no_update", "partial": f"return {', '.join(partial)}",
                "prevent": "raise PreventUpdate",
                "early": f"if {first} is None:\n        raise PreventUpdate\n    return [{', '.join(values)}]"}[style]
    return f"{spec['decorator']}({', '.join(deps)})\ndef {name}({', '.join(params)}):\n    {body}\n"


@st.composite
def pairs(draw):
    first = draw(callback_spec("first_cb", None))
    second = draw(callback_spec("second_cb", draw(st.sampled_from(first["outputs"]))))
    return HEAD + "\n\n" + render(first) + "\n\n" + render(second)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs())
def test_generated_pairs(source):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "probe").mkdir()
        (root / "probe" / "app.py").write_text(source)
        from equivalence import merge_fix
        fix, _, _ = merge_fix(root / "probe")
        if fix is None:
            return  # refused, with a reason (covered by the refusal tests)
        if fix.explanation is None:
            assert_equivalent(root / "case", {"app.py": source})
        else:
            merged = merge(root / "case", {"app.py": source})
            assert run_app(root / "case" / "merged", plain=True).error is None, merged.texts["app.py"]
