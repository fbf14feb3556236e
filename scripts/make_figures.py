"""The README's pictures, made from the shipped corpus (and the Belgian data when it is beside
the repository): a screenshot of the HTML report and the notebook's main plot.

    .venv/bin/python scripts/make_figures.py      # writes docs/report.png, docs/flag_rates.png

Needs Debian's chromium (installed by scripts/setup.sh) for the screenshot.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def screenshot(page: Path, out: Path, size: str = "1280,1500") -> None:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        sys.exit("chromium not found: install Debian's chromium package (scripts/setup.sh does, as root)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--virtual-time-budget=5000", f"--window-size={size}",
             f"--screenshot={out}", page.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip


def main() -> int:
    import matplotlib

    matplotlib.use("Agg")
    import qa_align
    from qa_align.explore import plot_flag_rates
    from qa_align.output import frame
    from qa_align.report import write_report

    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    scored, problems = qa_align.score_pairs(
        [ROOT / "corpus" / "vlaams-parlement" / "schv-8-2024-cybersecurity.txt"]
    )
    with tempfile.TemporaryDirectory() as tmp:
        page = write_report(
            scored, problems, Path(tmp) / "report.html", "qa-align report: the cybersecurity question"
        )
        screenshot(page, docs / "report.png")
    paths = [ROOT / "corpus"]
    belgian = ROOT.parent / "shared" / "data" / "be-kamer-2017"
    if belgian.is_dir():
        paths.append(belgian)
    scored, _ = qa_align.score_pairs(paths)
    ax = plot_flag_rates(frame(scored), "source")
    ax.figure.savefig(docs / "flag_rates.png", dpi=100)
    print(f"wrote {docs / 'report.png'} and {docs / 'flag_rates.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
