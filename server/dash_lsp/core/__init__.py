"""The analysis core: pure Python, no editor or protocol in sight."""

from .checker import check_paths
from .config import Config
from .findings import Finding, Location, Position, Related, Severity, Span
from .project.unimported import may_name_modules
from .project.workspace import Stopped, Workspace, is_environment_file
from .rules import RULES
from .rules.base import Rule

__all__ = ["RULES", "Config", "Finding", "Location", "Position", "Related", "Rule", "Severity", "Span",
           "Stopped", "Workspace", "check_paths", "is_environment_file", "may_name_modules"]
