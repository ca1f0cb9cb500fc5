"""python -m tests.browser [--dash-python PATH] [case ...]: observations as JSON lines."""

from __future__ import annotations

import argparse
import json
import os
import sys

from playwright.sync_api import sync_playwright

from .cases import load_cases
from .environments import environment, environments
from .observe import dash_disagreements, lint_disagreements, observe
from .page_probe import launch
from .prefetch import AppPrefetcher


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", help="case names (default: all)")
    parser.add_argument("--dash-python", help="the interpreter whose Dash to run (default: every environment)")
    args = parser.parse_args(argv)
    cases = [c for c in load_cases() if not args.cases or c.name in args.cases]
    if args.dash_python:
        # Absolute, not resolved: a venv's python is a link whose target knows nothing of the venv.
        found = environment("given", os.path.abspath(args.dash_python))
        if found is None:
            print(f"no dash importable with {args.dash_python}", file=sys.stderr)
            return 2
        envs = [found]
    else:
        envs = environments()
    plan = [(case, env) for env in envs for case in cases if args.dash_python or env.runs(case)]
    apps = AppPrefetcher(plan)
    try:
        with sync_playwright() as playwright:
            browser = launch(playwright)
            for case, env in plan:
                seen = observe(case, env, browser, apps)
                report = seen.to_json() | {
                    "dash_disagrees": dash_disagreements(case.expectation(env.version), seen),
                    "dash_lsp_disagrees": lint_disagreements(case),
                }
                print(json.dumps(report), flush=True)
            browser.close()
    finally:
        apps.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
