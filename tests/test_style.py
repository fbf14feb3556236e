"""The code (the package, its scripts and the tests) passes ruff's lint and format checks (the configuration is in
pyproject.toml; lows53: scripts/ was not checked, and `scripts/pairing_causes.py` failed the format check)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _ruff() -> list[str]:
    exe = Path(sys.executable).with_name("ruff")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("ruff")
    if not found:
        pytest.fail("ruff is not installed; it comes with the [dev] extra (bash scripts/setup.sh)")
    return [found]


@pytest.mark.parametrize("args", [["check"], ["format", "--check"]])
def test_ruff(args):
    result = subprocess.run(
        [*_ruff(), *args, "qa_align", "scripts", "tests"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
