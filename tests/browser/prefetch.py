"""Starts the app of the next observation while the browser looks at the current one: an app
spends most of its start-up importing Dash (twice with the reloader), which overlaps well with the
browser's work on the previous app."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Iterator

from .app_server import AppServer, Running
from .cases import Case
from .environments import DashEnvironment

Key = tuple[str, str]


class AppPrefetcher:
    def __init__(self, plan: list[tuple[Case, DashEnvironment]]):
        self._plan = plan  # the observations in the order they will be asked for
        self._keys = [(case.name, env.name) for case, env in plan]
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="app-start")
        self._started: dict[Key, tuple[AppServer, Future[Running]]] = {}

    def _start(self, case: Case, environment: DashEnvironment) -> None:
        key = (case.name, environment.name)
        if key not in self._started:
            server = AppServer(environment.python, case.folder, case.entry)
            self._started[key] = (server, self._pool.submit(server.start))

    @contextmanager
    def running(self, case: Case, environment: DashEnvironment) -> Iterator[Running]:
        key = (case.name, environment.name)
        self._start(case, environment)
        server, started = self._started.pop(key)
        if key in self._keys and self._keys.index(key) + 1 < len(self._plan):
            self._start(*self._plan[self._keys.index(key) + 1])
        try:
            yield started.result()
        finally:
            server.stop()

    def close(self) -> None:
        """Stops what was started and never asked for (a run cut short)."""
        for server, started in self._started.values():
            started.exception()  # waits for a start under way, without raising what it raised
            server.stop()
        self._started.clear()
        self._pool.shutdown()
