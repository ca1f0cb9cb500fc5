"""Checking paths from the command line: folders are projects, files are checked together."""

from __future__ import annotations

from pathlib import Path

from .config import Config
from .findings import Finding
from .project.workspace import Workspace
from .source import Unreadable


def workspaces_for(paths: list[Path], config: Config | None = None) -> list[Workspace]:
    folders = [p for p in paths if p.is_dir()]
    files = [p for p in paths if not p.is_dir()]
    spaces = [Workspace(folder, config) for folder in folders]
    if files:
        root = Path(*_common_parts([f.resolve().parent for f in files]))
        spaces.append(Workspace(root, config, files=files))
    return spaces


def _common_parts(folders: list[Path]) -> tuple[str, ...]:
    parts = folders[0].parts
    for folder in folders[1:]:
        common = 0
        for a, b in zip(parts, folder.parts):
            if a != b:
                break
            common += 1
        parts = parts[:common]
    return parts or ("/",)


def check_paths(paths: list[Path], config: Config | None = None) -> list[Finding]:
    findings: list[Finding] = []
    for workspace in workspaces_for([Path(p) for p in paths], config):
        for items in workspace.findings().values():
            findings.extend(items)
    return sorted(set(findings), key=Finding.sort_key)


def unreadable_files(paths: list[Path]) -> list[Unreadable]:
    out: list[Unreadable] = []
    for workspace in workspaces_for([Path(p) for p in paths]):
        out.extend(workspace.unreadable())
    return out
