import textwrap
from pathlib import Path

import pytest

from dash_lsp.core import check_paths


def write_project(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root


def expected_markers(root: Path) -> set[tuple[str, str, int]]:
    """(code, file, 1-based line) for every `# expect: CODE` comment in the project."""
    out = set()
    for path in sorted(root.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "# expect:" in line:
                for code in line.split("# expect:")[1].split(","):
                    out.add((code.strip(), path.relative_to(root).as_posix(), number))
    return out


def reported(root: Path, paths=None) -> set[tuple[str, str, int]]:
    findings = check_paths(paths or [root])
    return {(f.code, f.path.relative_to(root.resolve()).as_posix(), f.span.start.line + 1) for f in findings}


@pytest.fixture
def project(tmp_path):
    def make(files: dict[str, str]) -> Path:
        return write_project(tmp_path, files)
    return make
