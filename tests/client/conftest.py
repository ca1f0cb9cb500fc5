import sys
import zipfile
from pathlib import Path

import pytest

# The helpers beside the tests import by plain name.
sys.path.insert(0, str(Path(__file__).parent))

from client_paths import VSIX  # noqa: E402


@pytest.fixture(scope="session")
def vsix() -> zipfile.ZipFile:
    assert VSIX.exists(), f"{VSIX.name} is missing: scripts/setup.sh (setup.d/30-vscode-client.sh) builds it"
    with zipfile.ZipFile(VSIX) as archive:
        yield archive


@pytest.fixture(scope="session")
def unpacked(vsix, tmp_path_factory) -> Path:
    """The extension folder as VS Code installs it."""
    target = tmp_path_factory.mktemp("vsix")
    vsix.extractall(target)
    return target / "extension"
