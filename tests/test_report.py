"""The HTML report, as a person sees it: rendered in headless Chromium (Debian's package,
installed by scripts/setup.sh), with a screenshot; and the notebook, executed from a clean
kernel."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from qa_align import score_pairs
from qa_align.report import build_report, document_html
from qa_align.settings import Settings

from .conftest import CYBER, ROOT


def _chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe:
        return exe
    if os.environ.get("CI"):
        pytest.fail("chromium is not installed; scripts/setup.sh installs it (apt-get install chromium)")
    pytest.skip("chromium is not installed here")


def _run_chromium(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'chromium-profile'}", "--virtual-time-budget=5000",
    ]  # fmt: skip
    return subprocess.run([_chromium(), *flags, *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def cyber_report(tmp_path_factory) -> Path:
    scored, problems = score_pairs([CYBER])
    path = tmp_path_factory.mktemp("report") / "cyber.html"
    path.write_text(build_report(scored, problems, "cybersecurity"), encoding="utf-8")
    return path


def test_report_is_self_contained(cyber_report):
    page = cyber_report.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']https?://""", page)  # nothing fetched at view time
    data = json.loads(
        re.search(r'<script id="data" type="application/json">(.*?)</script>', page, re.S).group(1)
    )
    (doc,) = data["docs"]
    assert [p["n"] for p in doc["pairs"]] == ["1", "2", "3", "4", "5"]
    assert [[f["name"] for f in p["flags"]] for p in doc["pairs"]] == [
        [],
        [],
        ["recycled_text"],
        [],
        ["recycled_text"],
    ]


def test_report_in_chromium(cyber_report, tmp_path):
    done = _run_chromium(["--dump-dom", cyber_report.as_uri()], tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    import lxml.html

    dom = lxml.html.fromstring(done.stdout)
    assert dom.xpath("//body/@data-ready") == ["1"]  # the script ran
    pairs = dom.xpath("//div[@class='pair']")
    assert [p.get("data-n") for p in pairs] == ["1", "2", "3", "4", "5"]
    badges = {p.get("data-n"): [b.text for b in p.xpath(".//span[contains(@class,'badge')]")] for p in pairs}
    assert badges == {"1": [], "2": [], "3": ["recycled_text"], "4": [], "5": ["recycled_text"]}
    table = pairs[0].xpath(".//table[@class='t']")
    assert len(table) == 1
    cells = [td.text for td in table[0].xpath(".//tr[td]/td[1]")]
    assert cells[:2] == ["Antwerpen", "BRUSSEL*"] and cells[-1] == "Eindtotaal"
    assert pairs[2].xpath(".//mark")[0].text.startswith("VLAIO kijkt erop toe")  # the evidence, highlighted
    # each answer's heading shows the pair's score, similarity and identifiability
    scored, _ = score_pairs([CYBER])
    shown = [p.xpath(".//span[@class='values']")[0].text for p in pairs]
    assert shown == [
        f" · score {sp.score:.2f} · similarity {sp.similarity:.2f} · identifiability {sp.identifiability:.2f}"
        for sp in scored
    ]
    shot = tmp_path / "cyber.png"
    done = _run_chromium([f"--screenshot={shot}", "--window-size=1280,2200", cyber_report.as_uri()], tmp_path)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000


def test_document_html_for_notebooks():
    scored, _ = score_pairs([CYBER])
    fragment = document_html(scored)
    assert fragment.count("<div class='pair'>") == 5
    assert fragment.count("badge recycled_text") == 2
    assert (
        "<td>Antwerpen</td>" in fragment and "<mark class='a' title='recycled_text'>VLAIO kijkt" in fragment
    )
    assert (
        f"<span class=values>· score {scored[0].score:.2f} · similarity {scored[0].similarity:.2f}"
        in fragment
    )
    unscored, _ = score_pairs([CYBER], Settings(similarity_model=None, score_model="none"))
    assert "class=values" not in document_html(unscored)  # nothing to show, nothing shown


def test_notebook_runs_top_to_bottom():
    nbformat = pytest.importorskip("nbformat")
    from nbclient import NotebookClient

    nb = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")  # outputs are not committed
    NotebookClient(
        nb, timeout=900, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "notebooks")}}
    ).execute()
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) >= 3  # the flag rates, the ministers, the distributions
