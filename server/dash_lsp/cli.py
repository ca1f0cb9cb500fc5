"""The command line: `dash-lsp check | explain | rules | serve`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .core import RULES, Config, check_paths
from .core.checker import unreadable_files
from .output import render_json, render_sarif, render_text


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, no traceback
        raise UsageError(message)


def _codes(value: str) -> list[str]:
    codes = [c.strip().upper() for c in value.split(",") if c.strip()]
    unknown = [c for c in codes if not any(r.startswith(c) for r in RULES)]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown rule code(s): {', '.join(unknown)}")
    return codes


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="dash-lsp", description="Find Plotly Dash callback mistakes.")
    parser.add_argument("--version", action="version", version=f"dash-lsp {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    check = commands.add_parser("check", help="check files or folders and report findings")
    check.add_argument("paths", nargs="*", type=Path, default=[Path(".")])
    check.add_argument("--format", choices=("text", "json", "sarif"), default="text")
    check.add_argument("--select", type=_codes, help="only these rule codes (comma separated)")
    check.add_argument("--ignore", type=_codes, default=[], help="skip these rule codes")
    check.add_argument("--fix", action="store_true", help="apply the safe fixes, then report what is left")
    check.add_argument("--diff", action="store_true", help="show the safe fixes as a diff; change nothing")
    explain = commands.add_parser("explain", help="explain a rule")
    explain.add_argument("code")
    commands.add_parser("rules", help="list the rules")
    commands.add_parser("serve", help="run the language server over stdio")
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise UsageError("a command is required: check, explain, rules or serve")
        return _run(args)
    except UsageError as error:
        print(f"dash-lsp: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _run(args) -> int:
    if args.command == "serve":
        from .lsp import serve
        serve()
        return 0
    if args.command == "rules":
        for rule in RULES.values():
            print(f"{rule.code}  {rule.severity.value:<8} {rule.title}")
        return 0
    if args.command == "explain":
        rule = RULES.get(args.code.strip().upper())
        if rule is None:
            raise UsageError(f"unknown rule {args.code!r}; `dash-lsp rules` lists them")
        print(f"# {rule.code}: {rule.title}\n\n{rule.summary}\n\n{rule.explanation}")
        return 0
    return _check(args)


def _check(args) -> int:
    for path in args.paths:
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder")
        if path.is_file() and path.suffix not in (".py", ".pyw") and not path.name.endswith(".py"):
            raise UsageError(f"{path}: not a Python file")
    unreadable = unreadable_files(args.paths)
    for item in unreadable:
        if not item.reason.startswith("skipped"):
            if any(item.path == p.resolve() for p in args.paths):
                raise UsageError(f"{item.path}: {item.reason}")
        print(f"dash-lsp: {item.path}: {item.reason}", file=sys.stderr)
    config = Config(select=frozenset(args.select) if args.select else None, ignore=frozenset(args.ignore))
    base = Config.from_pyproject(Path.cwd())
    if args.fix or args.diff:
        from .core.fixes.apply import run_fixes
        fixed = run_fixes(list(args.paths), base.overlay(config), write=args.fix, diff=args.diff)
        if not args.fix:
            return 1 if fixed else 0
    findings = check_paths(list(args.paths), base.overlay(config))
    renderer = {"text": render_text, "json": render_json, "sarif": render_sarif}[args.format]
    sys.stdout.write(renderer(findings, Path.cwd()))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
