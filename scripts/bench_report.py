"""Benchmark of the HTML report: its size and the time headless Chromium takes to open it.

    .venv/bin/python scripts/bench_report.py [PATH...]   (default: ../shared/data/be-kamer-2017)

Prints the documents, the page's size in MB, and the wall time of Chromium loading the page
and running its script (``--dump-dom``; Chromium's own start-up is measured apart, on an
empty page, and shown beside it). Then, as the page itself counts it (``performance.now()``,
from the start of navigation, on a copy of the page with two timing lines added): when the page
was read and when its script was done, the figures least disturbed by other work on the machine.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


_TIMED = (
    "<script>document.body.dataset.read = Math.round(performance.now());</script>",
    "<script>document.body.dataset.done = Math.round(performance.now());</script></body>",
)


def _timed_copy(page: Path) -> Path:
    """The page with its own timing: when parsing reached its script, and when that was done."""
    text = page.read_text(encoding="utf-8")
    at = text.rindex("<script>")
    text = text[:at] + _TIMED[0] + text[at:].replace("</body>", _TIMED[1])
    timed = page.with_name("timed.html")
    timed.write_text(text, encoding="utf-8")
    return timed


def _open(exe: str, url: str, profile: str) -> float:
    return _dump(exe, url, profile)[0]


def _dump(exe: str, url: str, profile: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(
        [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    elapsed = time.perf_counter() - start
    if 'data-ready="1"' not in done.stdout and url.endswith(".html"):
        sys.exit("the page's script did not finish")
    return elapsed, done.stdout


def main(argv: list[str]) -> int:
    import qa_align
    from qa_align.report import write_report

    paths = argv or [str(ROOT.parent / "shared" / "data" / "be-kamer-2017" / "questions.jsonl")]
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        sys.exit("chromium not found")
    t0 = time.perf_counter()
    scored, problems = qa_align.score_pairs(paths)
    with tempfile.TemporaryDirectory() as tmp:
        page = write_report(scored, problems, Path(tmp) / "report.html")
        build = time.perf_counter() - t0
        empty = Path(tmp) / "empty.htm"
        empty.write_text("<p>empty</p>")
        runs = [_open(exe, page.as_uri(), str(Path(tmp) / f"p{k}")) for k in range(3)]
        base = [_open(exe, empty.as_uri(), str(Path(tmp) / f"e{k}")) for k in range(3)]
        timed = _timed_copy(page)
        marks = []
        for k in range(3):
            body = re.search(r"<body[^>]*>", _dump(exe, timed.as_uri(), str(Path(tmp) / f"t{k}"))[1]).group(0)
            marks.append(tuple(int(re.search(f'data-{m}="(\\d+)"', body).group(1)) for m in ("read", "done")))
        docs = len({(sp.document.source, sp.document.doc_id) for sp in scored})
        print(f"documents: {docs} ({len(problems)} not scored: listed in the summary)")
        print(f"scored and written in: {build:.1f} s")
        print(f"page size: {page.stat().st_size / 1e6:.1f} MB")
        print(
            f"Chromium opening it (load + script), best of 3: {min(runs):.2f} s; an empty page: {min(base):.2f} s"
        )
        read, done = min(marks, key=lambda m: m[1])
        print(
            f"as the page counts it, best of 3: read in {read / 1000:.2f} s, script done at {done / 1000:.2f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
