"""Editor latency through a real LSP client: dash-lsp beside the floor and the Python peers.

For generated apps of about 600 and 6000 lines and a 50-module project it measures,
per server: didOpen to the first diagnostics; a one-character didChange to the
diagnostics of that version (p50, p95; one change in flight at a time), inside a
string in the middle of the file and, apart, Enter at the end of that line (every
line after it moves); hover; completion inside an Input's id string; and the resident
memory of the server's process tree. In the same run it times parso's full and
incremental (diff) re-parse of each file, which sets the aim:

    dash-lsp change p95 on the 6000-line app <= 3 x (floor p95 + parso incremental re-parse)

    uv run python -m bench.lsp_latency [--servers dash-lsp,floor,...] [--changes N] [--quick]

Results: bench/results/lsp_latency-<time>.json and a table on stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import parso
from pygls.exceptions import JsonRpcMethodNotFound

from bench.generate import generate_app, generate_project
from bench.lsp_client import MeasuringClient, tree_rss_mb
from bench.peers import ROOT, Server, ensure_peers, servers

RESULTS = ROOT / "bench" / "results"
WARMUP = 3
AIM_FACTOR = 3


@dataclass
class Case:
    name: str
    root: Path
    file: Path

    @property
    def text(self) -> str:
        return self.file.read_text()


def make_cases(workdir: Path, sizes: list[int], modules: int) -> list[Case]:
    cases = []
    for lines in sizes:
        root = workdir / f"app{lines}"
        root.mkdir()
        (root / "app.py").write_text(generate_app(lines))
        cases.append(Case(f"app {lines} lines", root, root / "app.py"))
    if modules:
        root = generate_project(workdir / f"project{modules}", modules)
        middle = sorted((root / "callbacks").glob("[!_]*.py"))
        cases.append(Case(f"project {modules} modules", root, middle[len(middle) // 2]))
    return cases


def _point(text: str, needle: str, offset: int) -> tuple[int, int]:
    """The first line at or after the middle of the file containing `needle`."""
    lines = text.split("\n")
    for number in [*range(len(lines) // 2, len(lines)), *range(len(lines) // 2)]:
        if needle in lines[number]:
            return number, lines[number].index(needle) + offset
    raise ValueError(f"no {needle!r} in the file")


def edit_point(text: str) -> tuple[int, int]:
    """Inside a string literal: one character there keeps the file valid Python."""
    return _point(text, '("', 2)


def hover_point(text: str) -> tuple[int, int]:
    return _point(text, "Output(", 2)


def completion_point(text: str) -> tuple[int, int]:
    """Just inside the id string of an Input, where dash-lsp offers the layout's ids; in a
    module whose ids are constants, inside the property string."""
    try:
        return _point(text, 'Input("', 7)
    except ValueError:
        return _point(text, '"value"', 1)


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


async def measure(server: Server, case: Case, changes: int, hovers: int, timeout: float) -> dict:
    result: dict = {"server": server.name, "case": case.name, "note": server.note}
    client = MeasuringClient()
    started = time.perf_counter()
    await client.start(server.command, server.env(), case.root)
    try:
        await asyncio.wait_for(client.initialize(case.root), timeout)
        result["initialize_s"] = time.perf_counter() - started
        uri, text = case.file.as_uri(), case.text
        waiter = client.expect(uri, 1)
        client.open(uri, text)
        result["open_s"] = await client.wait(waiter, timeout)

        line, column = edit_point(text)
        samples, version = [], 1
        for index in range(WARMUP + changes):
            version += 1
            waiter = client.expect(uri, version)
            if index % 2 == 0:
                client.change(uri, version, line, column, column, "x")
            else:
                client.change(uri, version, line, column, column + 1, "")
            seconds = await client.wait(waiter, timeout)
            if index >= WARMUP:
                samples.append(seconds)
        result["change_s"] = samples
        result["change_p50_s"] = statistics.median(samples)
        result["change_p95_s"] = percentile(samples, 0.95)
        result["versioned"] = bool(client.versioned)

        # Enter at the end of that line, then its removal: every line after it moves.
        end = len(text.split("\n")[line])
        newline_samples = []
        for index in range(max(2, changes // 3)):
            version += 1
            waiter = client.expect(uri, version)
            if index % 2 == 0:
                client.change(uri, version, line, end, end, "\n")
            else:
                client.change_range(uri, version, (line, end), (line + 1, 0), "")
            newline_samples.append(await client.wait(waiter, timeout))
        result["newline_p50_s"] = statistics.median(newline_samples)
        result["newline_p95_s"] = percentile(newline_samples, 0.95)

        hover_line, hover_column = hover_point(text)
        hover_samples = [await client.hover_seconds(uri, hover_line, hover_column, timeout) for _ in range(hovers)]
        result["hover_p50_s"] = statistics.median(hover_samples)
        completion_line, completion_column = completion_point(text)
        try:
            completion_samples = [await client.completion_seconds(uri, completion_line, completion_column, timeout)
                                  for _ in range(hovers)]
            result["completion_p50_s"] = statistics.median(completion_samples)
        except JsonRpcMethodNotFound:  # ruff server offers no completion
            result["completion_p50_s"] = None
        result["rss_mb"] = tree_rss_mb(client.pid)
    except Exception as error:  # one server failing must not end the run
        result["error"] = f"{type(error).__name__}: {error}".strip()
        result["stderr_tail"] = list(client.stderr_tail)[-10:]
    finally:
        await client.close_session()
    return result


def parso_times(case: Case, repeats: int = 20) -> dict:
    """parso's full parse and its incremental (diff) re-parse after a one-character edit."""
    grammar = parso.load_grammar()
    text = case.text
    path = case.file
    full = []
    for _ in range(5):
        started = time.perf_counter()
        grammar.parse(text, error_recovery=True)
        full.append(time.perf_counter() - started)
    line, column = edit_point(text)
    lines = text.split("\n")
    edited = "\n".join([*lines[:line], lines[line][:column] + "x" + lines[line][column:], *lines[line + 1:]])
    grammar.parse(text, path=path, diff_cache=True, cache=False)
    incremental = []
    for index in range(repeats):
        started = time.perf_counter()
        grammar.parse(edited if index % 2 == 0 else text, path=path, diff_cache=True, cache=False)
        incremental.append(time.perf_counter() - started)
    return {"case": case.name, "lines": len(lines), "full_s": statistics.median(full),
            "incremental_s": statistics.median(incremental)}


def aim(results: list[dict], parso: list[dict], case_name: str) -> dict | None:
    mine = next((r for r in results if r["server"] == "dash-lsp" and r["case"] == case_name and "error" not in r), None)
    floor = next((r for r in results if r["server"] == "floor" and r["case"] == case_name and "error" not in r), None)
    reparse = next((p for p in parso if p["case"] == case_name), None)
    if not (mine and floor and reparse):
        return None
    limit = AIM_FACTOR * (floor["change_p95_s"] + reparse["incremental_s"])
    return {"case": case_name, "limit_s": limit, "dash_lsp_p95_s": mine["change_p95_s"],
            "met": mine["change_p95_s"] <= limit}


def ms(value: float | None) -> str:
    return "-" if value is None else f"{value * 1000:,.1f}"


def table(results: list[dict], parso: list[dict], target: dict | None) -> str:
    rows = [f"{'server':<14}{'case':<22}{'open ms':>10}{'chg p50':>10}{'chg p95':>10}{'enter p50':>11}"
            f"{'hover':>9}{'complete':>10}{'RSS MB':>9}"]
    for r in results:
        if "error" in r:
            rows.append(f"{r['server']:<14}{r['case']:<22}  failed: {r['error'][:60]}")
            continue
        rows.append(
            f"{r['server']:<14}{r['case']:<22}{ms(r['open_s']):>10}{ms(r['change_p50_s']):>10}"
            f"{ms(r['change_p95_s']):>10}{ms(r['newline_p50_s']):>11}{ms(r['hover_p50_s']):>9}"
            f"{ms(r.get('completion_p50_s')):>10}{r['rss_mb']:>9.0f}"
            + ("" if r.get("versioned") else "  (no versions)")
        )
    rows.append("")
    for p in parso:
        rows.append(f"parso {p['case']:<22} full parse {ms(p['full_s'])} ms, incremental re-parse "
                    f"{ms(p['incremental_s'])} ms")
    if target:
        rows.append(
            f"aim on {target['case']}: dash-lsp change p95 {ms(target['dash_lsp_p95_s'])} ms <= "
            f"{AIM_FACTOR} x (floor p95 + parso incremental) = {ms(target['limit_s'])} ms: "
            + ("met" if target["met"] else "NOT met")
        )
    return "\n".join(rows)


async def run(args: argparse.Namespace) -> int:
    available = servers()
    chosen = [available[name] for name in args.servers.split(",")]
    if any(server.peer for server in chosen):
        ensure_peers()
    sizes = [int(size) for size in args.apps.split(",") if size]
    with tempfile.TemporaryDirectory(prefix="dash-lsp-bench-") as workdir:
        cases = make_cases(Path(workdir), sizes, args.project)
        parso_results = [parso_times(case) for case in cases]
        results = []
        for case in cases:
            for server in chosen:
                print(f"bench: {server.name} on {case.name} ...", file=sys.stderr, flush=True)
                results.append(await measure(server, case, args.changes, args.hovers, args.timeout))
    biggest = f"app {max(sizes)} lines" if sizes else None
    target = aim(results, parso_results, biggest) if biggest else None
    report = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": __import__("os").cpu_count()},
        "changes": args.changes, "warmup": WARMUP, "hovers": args.hovers,
        "results": results, "parso": parso_results, "aim": target,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"lsp_latency-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(report, indent=2))
    print(table(results, parso_results, target))
    print(f"\nfull results: {out.relative_to(ROOT)}")
    return 0 if target is None or target["met"] else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--servers", default="dash-lsp,floor,ruff,pylsp,jedi,basedpyright")
    parser.add_argument("--apps", default="600,6000", help="line counts of the one-module apps")
    parser.add_argument("--project", type=int, default=50, help="modules of the project case (0: none)")
    parser.add_argument("--changes", type=int, default=30, help="measured one-character changes per case")
    parser.add_argument("--hovers", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for any one answer")
    parser.add_argument("--quick", action="store_true", help="dash-lsp and the floor only, 10 changes")
    args = parser.parse_args(argv)
    if args.quick:
        args.servers, args.changes, args.hovers = "dash-lsp,floor", 10, 3
    return asyncio.run(run(args))


if __name__ == "__main__":
    raise SystemExit(main())
