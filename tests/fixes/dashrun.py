"""Running callbacks with the real `dash`, through the request path the browser uses.

An app is loaded in a forked process (Dash keeps global callback registries), with
each callback registration captured on its own: Dash's callback map keeps only the
last writer of a duplicated output, so every registration gets its own map and a
request is dispatched through `/_dash-update-component` with that map in place.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import runpy
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

import dash  # imported before forking: each child starts warm

PREVENTED = "PreventUpdate"


@dataclass
class Registration:
    name: str  # the Python function's name
    output: str  # Dash's callback id
    inputs: list[dict]
    state: list[dict]
    prevent_initial_call: bool


@dataclass
class Outcome:
    error: str | None
    registrations: list[Registration]
    results: dict  # (registration index, trigger "id.prop" or None) -> result


def _decode(component: str):
    return json.loads(component) if component.startswith("{") else component


def _outputs(output: str) -> list[dict] | dict:
    def one(text: str) -> dict:
        component, prop = text.rsplit(".", 1)
        return {"id": _decode(component), "property": prop}
    if output.startswith(".."):
        return [one(p) for p in output[2:-2].split("...")]
    return one(output)


def _value(values: dict, dependency: dict):
    component = dependency["id"]
    key = f"{component}.{dependency['property']}"
    if key in values:
        return values[key]
    return 1 if dependency["property"] == "n_clicks" else f"<{key}>"


def _result(response):
    if response.status_code == 204:
        return PREVENTED
    body = response.get_json()
    flat = {}
    for component, props in body.get("response", {}).items():
        for prop, value in props.items():
            flat[f"{component}.{prop}"] = value
    return flat


def _dispatch(client, registration: Registration, values: dict, trigger: str | None):
    def item(dependency):
        return {"id": _decode(dependency["id"]), "property": dependency["property"],
                "value": _value(values, dependency)}
    body = {
        "output": registration.output,
        "outputs": _outputs(registration.output),
        "inputs": [item(d) for d in registration.inputs],
        "state": [item(d) for d in registration.state],
        "changedPropIds": [trigger] if trigger else [],
    }
    try:
        return _result(client.post("/_dash-update-component", json=body))
    except Exception as error:  # what the callback raised is the observation
        return ("error", type(error).__name__)


def _child(folder: str, entry: str, values: dict, plain: bool, queue) -> None:
    from dash import _callback

    registrations: list[tuple[Registration, dict]] = []
    original = _callback.register_callback

    def recording(callback_list, callback_map, config_prevent_initial_callbacks, *args, **kwargs):
        own_list: list = []
        own_map: dict = {}
        decorator = original(own_list, own_map, config_prevent_initial_callbacks, *args, **kwargs)

        def wrap(func):
            result = decorator(func)
            spec = own_list[0]
            registrations.append((Registration(
                func.__name__, spec["output"], spec["inputs"], spec["state"],
                bool(spec.get("prevent_initial_call"))), own_map))
            return result
        return wrap

    if not plain:
        _callback.register_callback = recording
    dash.Dash.run = lambda self, *a, **k: None
    os.chdir(folder)
    sys.path.insert(0, folder)
    try:
        namespace = runpy.run_path(entry, run_name="dash_app")
        app = next(v for v in namespace.values() if isinstance(v, dash.Dash))
        app.server.testing = True
        client = app.server.test_client()
        client.get("/_dash-dependencies")  # Dash's first-request set-up (raises DuplicateCallback)
        if plain:
            for spec in app._callback_list:
                func = app.callback_map[spec["output"]]["callback"]
                registrations.append((Registration(
                    getattr(func, "__name__", "?"), spec["output"], spec["inputs"], spec["state"],
                    bool(spec.get("prevent_initial_call"))), app.callback_map))
        results = {}
        for index, (registration, own_map) in enumerate(registrations):
            app.callback_map = own_map
            triggers = [f"{d['id']}.{d['property']}" for d in registration.inputs]
            for trigger in [None, *triggers]:
                results[(index, trigger)] = _dispatch(client, registration, values, trigger)
        queue.put(Outcome(None, [r for r, _ in registrations], results))
    except Exception as error:
        queue.put(Outcome(f"{type(error).__name__}: {error}\n{traceback.format_exc(limit=4)}", [], {}))


def run_app(folder: Path, entry: str = "app.py", values: dict | None = None, plain: bool = False) -> Outcome:
    """Load `entry` from `folder` and fire every registration on load and for each of its Inputs.

    `plain` loads the app as Dash does (no per-registration maps): used to check Dash accepts it.
    """
    return _in_child(_child, str(folder), entry, values or {}, plain)


def _run_main(folder: str, entry: str, queue) -> None:
    seen: dict = {}

    def run(self, *args, **kwargs):
        client = self.server.test_client()
        seen["outputs"] = [spec["output"] for spec in client.get("/_dash-dependencies").get_json()]

    dash.Dash.run = run
    os.chdir(folder)
    sys.path.insert(0, folder)
    try:
        runpy.run_path(entry, run_name="__main__")
        queue.put((None, seen.get("outputs")))
    except Exception as error:
        queue.put((f"{type(error).__name__}: {error}", seen.get("outputs")))


def outputs_at_run(folder: Path, entry: str = "app.py") -> tuple[str | None, list[str] | None]:
    """Run `entry` as a script; the callback outputs Dash has when `app.run()` is reached."""
    return _in_child(_run_main, str(folder), entry)


_CONTEXT = None


def _in_child(target, *args):
    """Run `target(*args, queue)` in a fresh process and return what it puts on the queue.

    Children come from a fork server that imported dash once in a clean, single-threaded
    process: forking the test process itself (threads of the event loop, hypothesis) can
    deadlock on a lock held at fork time.
    """
    global _CONTEXT
    if _CONTEXT is None:
        _CONTEXT = multiprocessing.get_context("forkserver")
        _CONTEXT.set_forkserver_preload(["dash", __name__])
    queue = _CONTEXT.Queue()
    process = _CONTEXT.Process(target=target, args=(*args, queue))
    process.start()
    try:
        return queue.get(timeout=60)
    finally:
        process.join(10)
        if process.is_alive():
            process.kill()
            process.join(5)
