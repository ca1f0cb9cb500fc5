"""Speed and memory of the analysis core (`dash-lsp check`) beside CPython's own parser.

Measured in-process, medians over repeats, on generated apps of about 600 and 6000
lines and on a 50-module project. The floor is `ast.parse` of the same files in the
same run; interpreter start-up is measured apart and reported beside.

    uv run python -m bench.core_bench [--repeats N] [--json PATH]
"""

from __future__ import annotations

import argparse
import ast
import gc
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from bench.generate import generate_app, generate_project
from dash_lsp.core import Workspace


def _median_seconds(action, repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        gc.collect()
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _peak_bytes(action) -> int:
    gc.collect()
    tracemalloc.start()
    action()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def _parse_all(files: list[Path]) -> None:
    for path in files:
        ast.parse(path.read_text(encoding="utf-8"))


def _cold_check(root: Path) -> int:
    return sum(len(v) for v in Workspace(root).findings().values())


def _startup(repeats: int) -> dict:
    def run(code: str) -> float:
        return _median_seconds(lambda: subprocess.run([sys.executable, "-c", code], check=True), repeats)
    return {"python": run("pass"), "python + dash_lsp": run("import dash_lsp.core, dash_lsp.cli")}


def measure_cold(root: Path, repeats: int) -> dict:
    files = sorted(root.rglob("*.py"))
    lines = sum(p.read_text(encoding="utf-8").count("\n") for p in files)
    findings = _cold_check(root)
    return {
        "files": len(files), "lines": lines, "findings": findings,
        "check_s": _median_seconds(lambda: _cold_check(root), repeats),
        "ast_parse_s": _median_seconds(lambda: _parse_all(files), repeats),
        "check_peak_mb": _peak_bytes(lambda: _cold_check(root)) / 1e6,
        "ast_parse_peak_mb": _peak_bytes(lambda: _parse_all(files)) / 1e6,
    }


# The edits timed in a warm project: typing in a comment, which changes no fact; typing in
# a number a component's property is given, which changes nothing the analysis reads; and
# giving a component another id, which changes the layout every callback is checked against.
EDITS = ("comment", "property", "id")
_NUMBER = re.compile(r"(?<=[=(\[, ])\d+(?=[,)\]\s])")
_ID = re.compile(r"\bid=[A-Z][A-Z0-9_]*")


def edit_line(lines: list[str], kind: str, serial: int) -> list[str]:
    """The module's lines after a one-line edit of `kind` (a different one for each serial)."""
    middle = len(lines) // 2
    if kind == "comment":
        return lines[:middle] + [lines[middle].rstrip("\n") + f"  # edit {serial}\n"] + lines[middle + 1:]
    pattern, new = (_NUMBER, str(100 + serial % 900)) if kind == "property" else (_ID, f'id="edited-{serial}"')
    found = [i for i, line in enumerate(lines) if pattern.search(line) and not line.lstrip().startswith("#")]
    target = min(found, key=lambda i: abs(i - middle))
    return lines[:target] + [pattern.sub(new, lines[target], count=1)] + lines[target + 1:]


def measure_edit(root: Path, repeats: int, kind: str) -> dict:
    """Warm workspace; one module gets a one-line edit, then the whole project is re-checked."""
    workspace = Workspace(root)
    workspace.findings()
    modules = sorted(root.rglob("*.py"))
    target = modules[len(modules) // 2].resolve()
    original = target.read_text(encoding="utf-8")
    lines = original.splitlines(keepends=True)
    texts = iter(["".join(edit_line(lines, kind, serial)) for serial in range(repeats)])  # (made untimed)

    def edit_and_check():
        workspace.set_overlay(target, next(texts))
        workspace.findings()

    return {
        "module": target.name, "module_lines": original.count("\n"), "edit": kind,
        "recheck_s": _median_seconds(edit_and_check, repeats),
        "ast_parse_module_s": _median_seconds(lambda: ast.parse(original), repeats),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    results: dict = {"python": sys.version.split()[0]}
    with tempfile.TemporaryDirectory() as scratch:
        scratch_path = Path(scratch)
        for lines in (600, 6000):
            folder = scratch_path / f"app{lines}"
            folder.mkdir()
            (folder / "app.py").write_text(generate_app(lines), encoding="utf-8")
            results[f"app_{lines}"] = measure_cold(folder, args.repeats)
        project = generate_project(scratch_path / "project50", 50)
        results["project_50"] = measure_cold(project, args.repeats)
        for kind in EDITS:
            results[f"project_50_edit_{kind}"] = measure_edit(project, args.repeats * 3, kind)
    results["startup_s"] = _startup(args.repeats)
    _print(results)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2))
    return 0


def _print(results: dict) -> None:
    print(f"dash-lsp analysis core, Python {results['python']} (medians)")
    print(f"{'case':<14}{'files':>6}{'lines':>7}{'check':>10}{'ast.parse':>11}{'ratio':>7}{'peak MB':>9}{'floor MB':>9}")
    for key in ("app_600", "app_6000", "project_50"):
        r = results[key]
        print(f"{key:<14}{r['files']:>6}{r['lines']:>7}{r['check_s'] * 1000:>8.1f}ms{r['ast_parse_s'] * 1000:>9.1f}ms"
              f"{r['check_s'] / r['ast_parse_s']:>6.1f}x{r['check_peak_mb']:>9.1f}{r['ast_parse_peak_mb']:>9.1f}")
    for kind in EDITS:
        e = results[f"project_50_edit_{kind}"]
        print(f"one-line edit ({kind}) of {e['module']} ({e['module_lines']} lines) in the 50-module project, warm: "
              f"re-check {e['recheck_s'] * 1000:.2f} ms vs ast.parse of that module {e['ast_parse_module_s'] * 1000:.2f} ms "
              f"({e['recheck_s'] / e['ast_parse_module_s']:.1f}x)")
    s = results["startup_s"]
    print(f"start-up: python {s['python'] * 1000:.0f} ms, python + dash_lsp {s['python + dash_lsp'] * 1000:.0f} ms")


if __name__ == "__main__":
    sys.exit(main())
