"""Loading an example app with the real `dash`, as `python app.py` would, without serving.

`Dash.run` is replaced by a probe that asks the app for its callbacks through
Flask's test client (which runs Dash's first-request set-up) and then stops the
script, as the blocking server would. Each app loads in a process forked from a
fork server, so Dash's global callback registry starts empty every time.
"""

from __future__ import annotations

import multiprocessing
import os
import runpy
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Loaded:
    error: str | None  # exception class raised while importing or serving, if any
    outputs: list[str] | None  # callback outputs Dash registered, in order
    detail: str = ""


class _Stop(BaseException):
    pass


def _probe(app) -> list[str]:
    """The requests of a page load, in the browser's order: the page, its layout, its callbacks."""
    app.server.testing = True  # let exceptions of the first request propagate
    client = app.server.test_client()
    client.get("/")
    client.get("/_dash-layout")  # calls a layout function again, as every page load does
    return [spec["output"] for spec in client.get("/_dash-dependencies").get_json()]


def _load(folder: str, entry: str, queue) -> None:
    import dash

    seen: dict = {}

    def run(self, *args, **kwargs):
        seen["outputs"] = _probe(self)
        raise _Stop()

    dash.Dash.run = run
    if hasattr(dash.Dash, "run_server"):
        dash.Dash.run_server = run
    os.chdir(folder)
    sys.path.insert(0, folder)
    try:
        namespace = runpy.run_path(entry, run_name="__main__")
        if "outputs" not in seen:
            apps = [v for v in namespace.values() if isinstance(v, dash.Dash)]
            seen["outputs"] = _probe(apps[0]) if apps else None
        queue.put(Loaded(None, seen.get("outputs")))
    except _Stop:
        queue.put(Loaded(None, seen.get("outputs")))
    except Exception as error:  # what Dash (or the app) raised is the observation
        queue.put(Loaded(type(error).__name__, seen.get("outputs"), traceback.format_exc(limit=3)))


_CONTEXT = None


def _context():
    """A fork server that has imported dash once, forked from a clean, single-threaded process."""
    global _CONTEXT
    if _CONTEXT is None:
        _CONTEXT = multiprocessing.get_context("forkserver")
        _CONTEXT.set_forkserver_preload(["dash", __name__])
    return _CONTEXT


def load(folder: Path, entry: str = "app.py", timeout: float = 30) -> Loaded:
    context = _context()
    queue = context.Queue()
    process = context.Process(target=_load, args=(str(folder), entry, queue))
    process.start()
    try:
        return queue.get(timeout=timeout)
    finally:
        process.join(5)
        if process.is_alive():
            process.kill()
