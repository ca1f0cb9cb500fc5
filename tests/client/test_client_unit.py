"""The client's own unit tests (node:test on the modules that do not import vscode), run from pytest."""

from __future__ import annotations

import re
import subprocess

from client_paths import ROOT


def test_npm_test_passes():
    assert (ROOT / "node_modules").is_dir(), "node_modules is missing: scripts/setup.sh runs npm ci"
    result = subprocess.run(["npm", "test", "--silent"], cwd=ROOT, capture_output=True, text=True, timeout=240)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    passed = int(re.search(r"^# pass (\d+)$", output, re.M).group(1))
    failed = int(re.search(r"^# fail (\d+)$", output, re.M).group(1))
    assert failed == 0 and passed >= 30, output[-2000:]
    # Every test module ran (interpreter choice, launch, restart policy, settings).
    for name in ("a real python3 is probed", "the bundled libraries go first on PYTHONPATH",
                 "crashes restart the server up to the limit", "the manifest's defaults translate"):
        assert re.search(rf"^ok \d+ - {re.escape(name)}", output, re.M), name
