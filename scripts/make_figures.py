"""The README's pictures, made from the shipped corpus (and the Belgian data when it is beside
the repository): a screenshot of the HTML report and the notebook's main plot.

    .venv/bin/python scripts/make_figures.py      # writes docs/report.png, docs/flag_rates.png

and ``docs/figures.json``: what made them (this script, the commit, the date), the rules run by
default then and the flags the bars show; ``tests/test_figures_docs.py`` fails where the rules run by
default are no longer those, or the figures the README names are not those made here (lows46).

Needs Debian's chromium (installed by scripts/setup.sh) for the screenshot.
"""

from __future__ import annotations

import datetime
import json
import os
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
    from qa_align.explore import flag_rates, plot_flag_rates
    from qa_align.output import frame
    from qa_align.report import write_report
    from qa_align.scoring import rule_flags

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
    df = frame(scored)
    ax = plot_flag_rates(df, "source")
    ax.figure.savefig(docs / "flag_rates.png", dpi=100)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    made = {
        "script": "scripts/make_figures.py",
        "commit": commit.stdout.strip(),  # the figures are made from the work tree as it was then
        "date": datetime.date.today().isoformat(),
        "rules": list(rule_flags()),  # run by default
        "figures": {
            "report.png": {"input": "corpus/vlaams-parlement/schv-8-2024-cybersecurity.txt"},
            "flag_rates.png": {
                "input": [os.path.relpath(p, ROOT) for p in paths],
                "flags": [str(f) for f in flag_rates(df, "source").columns],
            },
        },
    }
    (docs / "figures.json").write_text(json.dumps(made, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {docs / 'report.png'}, {docs / 'flag_rates.png'} and {docs / 'figures.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
