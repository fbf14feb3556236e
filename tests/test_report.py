"""The HTML report, as a person sees it: rendered in headless Chromium (Debian's package,
installed by scripts/setup.sh), with a screenshot; and the notebook, executed from a clean
kernel."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest

from qa_align import score_pairs
from qa_align.cli import main
from qa_align.readers.tabular import Columns
from qa_align.report import build_report, document_html
from qa_align.settings import Settings

from .conftest import CYBER, ROOT, VLAAMS

HOSTILE = ("<!--<script>", "</script>", "\u2028", "<b>&amp;</b>")


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


def _dom_in_chromium(page: Path, tmp_path: Path, then: str = ""):
    """The page's DOM once Chromium has run its script, and then ``then`` (a script that acts
    as a reader would: types a search, picks a flag)."""
    if then:
        text = page.read_text(encoding="utf-8")
        page = page.with_name("driven-" + page.name)
        page.write_text(text.replace("</body>", f"<script>{then}</script></body>"), encoding="utf-8")
    done = _run_chromium(["--dump-dom", page.as_uri()], tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    dom = lxml.html.fromstring(done.stdout)
    assert dom.xpath("//body/@data-ready") == ["1"]  # the script ran
    return dom


def _shown(dom) -> list[str]:
    return dom.xpath("//div[@id='docs']/details[@class='doc']/@data-id")


@pytest.fixture(scope="module")
def cyber_report(tmp_path_factory) -> Path:
    scored, problems = score_pairs([CYBER])
    path = tmp_path_factory.mktemp("report") / "cyber.html"
    path.write_text(build_report(scored, problems, "cybersecurity"), encoding="utf-8")
    return path


def test_report_is_self_contained(cyber_report):
    page = cyber_report.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']?\w+:""", page)  # nothing fetched at view time
    dom = lxml.html.fromstring(page)
    (data,) = dom.xpath("//script[@id='documents'][@type='application/json']/text()")
    (doc,) = json.loads(data)
    # answers 3 and 5 share a paragraph; answer 5 is also generic (corpus/gold/README.md, "The
    # cybersecurity document read again")
    assert doc["flags"] == ["recycled_text", "generic"]
    (section,) = lxml.html.fragments_fromstring(doc["html"])
    assert section.get("data-id") == "schv-8-2024-cybersecurity"
    pairs = section.xpath(".//div[@class='pair']")
    assert [p.get("data-n") for p in pairs] == ["1", "2", "3", "4", "5"]
    assert [[b.text for b in p.xpath(".//span[contains(@class,'badge')]")] for p in pairs] == [
        [],
        [],
        ["recycled_text"],
        [],
        ["recycled_text", "generic"],
    ]
    assert dom.xpath("//select[@id='flag']/option/text()") == ["all documents", "generic", "recycled_text"]
    assert dom.xpath("//figcaption/text()")[0] == "Flagged sub-questions per flag"
    assert dom.xpath("(//svg)[1]/rect/title/text()") == ["recycled_text: 2", "generic: 1"]


def test_report_in_chromium(cyber_report, tmp_path):
    dom = _dom_in_chromium(cyber_report, tmp_path)
    assert dom.xpath("//span[@id='count']/text()") == ["1 document"]
    assert len(dom.xpath("//details[@class='doc'][@open]")) == 1  # a short list is shown open
    pairs = dom.xpath("//div[@class='pair']")
    assert [p.get("data-n") for p in pairs] == ["1", "2", "3", "4", "5"]
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
    _run_chromium([f"--screenshot={shot}", "--window-size=1280,2200", cyber_report.as_uri()], tmp_path)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000


def _table(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["qid", "titel", "vraag", "antwoord"])
        writer.writeheader()
        writer.writerows(rows)
    return path


_COLUMNS = Columns(id="qid", question="vraag", answer="antwoord", title="titel")


def test_text_that_looks_like_markup_is_shown_as_written(tmp_path):
    """A document's text is text: ``<!--<script>`` or ``</script>`` in it neither ends nor
    blanks the page (it did, when the documents were JSON inside a script element)."""
    rows = [
        {
            "qid": f"hostile-{k}",
            "titel": f"titel {bad}",
            "vraag": f"1. Staat er {bad} in de vraag?\n2. En hier?",
            "antwoord": f"1. Ja, {bad} staat erin.\n2. Hier niet.",
        }
        for k, bad in enumerate(HOSTILE)
    ]
    scored, problems = score_pairs(_table(tmp_path / "hostile.csv", rows), columns=_COLUMNS)
    page = tmp_path / "hostile.html"
    page.write_text(build_report(scored, problems, "<!--<script> as a title"), encoding="utf-8")
    (data,) = lxml.html.fromstring(page.read_text(encoding="utf-8")).xpath("//script[@id='documents']/text()")
    assert "<" not in data and "\u2028" not in data
    dom = _dom_in_chromium(page, tmp_path)
    assert dom.xpath("/html/head/title/text()") == ["<!--<script> as a title"]
    assert _shown(dom) == ["hostile-0", "hostile-1", "hostile-2", "hostile-3"]
    assert dom.xpath("//span[@id='count']/text()") == ["4 documents"]
    for doc, bad in zip(dom.xpath("//details[@class='doc']"), HOSTILE, strict=True):
        assert f"titel {bad}" in doc.xpath("./summary/span[@class='meta']")[0].text_content()
        assert f"Staat er {bad} in de vraag?" in doc.xpath(".//div[@class='q']")[0].text_content()
        assert f"Ja, {bad} staat erin." in doc.xpath(".//div[@class='a']")[0].text_content()


def test_an_answer_serving_two_questions_is_carried_once_and_shown_twice(tmp_path):
    answer = "Daarover zijn bij mijn administratie geen cijfers beschikbaar."
    row = {
        "qid": "w1",
        "titel": "Fietspaden",
        "vraag": "1. Hoeveel fietspaden werden er in 2023 aangelegd?\n2. Hoeveel kostten ze?",
        "antwoord": answer,
    }
    scored, problems = score_pairs(_table(tmp_path / "whole.csv", [row]), columns=_COLUMNS)
    page = tmp_path / "whole.html"
    page.write_text(build_report(scored, problems), encoding="utf-8")
    assert page.read_text(encoding="utf-8").count("Daarover zijn bij mijn") == 1
    dom = _dom_in_chromium(page, tmp_path)
    answers = [a.text_content() for a in dom.xpath("//div[@class='pair']/div[@class='a']")]
    assert len(answers) == 2 and all(answer in a for a in answers)
    assert document_html(scored).count("Daarover zijn bij mijn") == 2  # a fragment needs no script


@pytest.fixture(scope="module")
def many_report(tmp_path_factory) -> Path:
    """120 small documents (the 7th, 77th and 107th about a bridge) and the cybersecurity one."""
    tmp = tmp_path_factory.mktemp("many")
    streets = ["Kerkstraat", "Molenweg", "Stationsplein", "Dorpsstraat", "Veldweg", "Schoolstraat"]
    rows = [
        {
            "qid": f"q{k:03d}",
            "titel": "Brug" if k in (7, 77, 107) else f"Wegenwerken {streets[k % 6]}",
            "vraag": f"1. Wanneer begint de heraanleg van {k} meter {streets[k % 6]}?",
            "antwoord": f"1. De werken aan de {streets[k % 6]} starten in week {k % 52 + 1}.",
        }
        for k in range(1, 121)
    ]
    scored, problems = score_pairs([_table(tmp / "many.csv", rows), CYBER], columns=_COLUMNS)
    page = tmp / "many.html"
    page.write_text(build_report(scored, problems), encoding="utf-8")
    return page


def test_documents_come_50_a_page(many_report, tmp_path):
    dom = _dom_in_chromium(many_report, tmp_path)
    assert _shown(dom) == [f"q{k:03d}" for k in range(1, 51)]
    assert dom.xpath("//span[@id='count']/text()") == ["121 documents · page 1 of 3"]
    assert not dom.xpath("//details[@class='doc'][@open]")  # a long list is shown closed
    dom = _dom_in_chromium(
        many_report, tmp_path, "for (const k of [1, 2]) document.getElementById('next').click();"
    )
    assert _shown(dom) == [*(f"q{k:03d}" for k in range(101, 121)), "schv-8-2024-cybersecurity"]
    assert dom.xpath("//span[@id='count']/text()") == ["121 documents · page 3 of 3"]
    assert dom.xpath("//button[@disabled]/@id") == ["next"]


def test_search_and_filter_by_flag(many_report, tmp_path):
    search = (
        "const s = document.getElementById('search'); s.value = '{}'; s.dispatchEvent(new Event('input'));"
    )
    dom = _dom_in_chromium(many_report, tmp_path, search.format("BRUG"))  # a title, in any case
    assert _shown(dom) == ["q007", "q077", "q107"]
    assert dom.xpath("//span[@id='count']/text()") == ["3 of 121 documents"]
    dom = _dom_in_chromium(many_report, tmp_path, search.format("vlaio-netwerk"))  # the text of an answer
    assert _shown(dom) == ["schv-8-2024-cybersecurity"]
    pick = "const f = document.getElementById('flag'); f.value = 'recycled_text'; f.dispatchEvent(new Event('change'));"
    dom = _dom_in_chromium(many_report, tmp_path, pick)
    assert "schv-8-2024-cybersecurity" in _shown(dom)
    badges = [
        d.xpath("./summary/span[contains(@class,'badge')]/text()")
        for d in dom.xpath("//details[@class='doc']")
    ]
    assert all("recycled_text" in b for b in badges)


def test_report_names_the_files_it_could_not_read(tmp_path, capsys):
    folder = tmp_path / "batch"
    shutil.copytree(VLAAMS, folder)
    (folder / "kapot.pdf").write_bytes(b"not a pdf at all")
    out = tmp_path / "report.html"
    assert main(["report", str(folder), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{folder / 'kapot.pdf'}: " in err and "report of 2 documents" in err
    dom = lxml.html.fromstring(out.read_text(encoding="utf-8"))
    (row,) = dom.xpath("//details[@id='not-read']//tr[td]")
    assert row.xpath("./td[1]/text()") == [str(folder / "kapot.pdf")]
    assert row.xpath("./td[3]/text()")[0]  # the reason
    assert dom.xpath("//details[@open]/@id") == ["not-read"]  # the few not read, in view


def test_document_html_for_notebooks():
    scored, _ = score_pairs([CYBER])
    fragment = document_html(scored)
    assert "<style>" in fragment and "body{" not in fragment  # styles the fragment, not the notebook
    assert fragment.count("<div class='pair'") == 5
    assert fragment.count("badge recycled_text") == 3  # the document's, answers 3 and 5
    assert "<td>Antwerpen</td>" in fragment
    assert "<mark class='a' title='recycled_text'>VLAIO kijkt" in fragment
    assert (
        f"<span class='values'> · score {scored[0].score:.2f} · similarity {scored[0].similarity:.2f}"
        in fragment
    )
    unscored, _ = score_pairs([CYBER], Settings(similarity_model=None, score_model="none"))
    assert "class='values'" not in document_html(unscored)  # nothing to show, nothing shown
    with pytest.raises(TypeError, match="takes scored pairs"):
        document_html(scored[0].document)


def test_readme_document_html_example_runs_as_written(monkeypatch):
    """The README's notebook lines that make ``scored`` and show it with ``document_html``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## In a notebook.*?```python\n(.*?)```", readme, re.S).group(1)
    lines = [line for line in block.splitlines() if "scored" in line or "document_html" in line]
    assert any("document_html(" in line for line in lines)
    monkeypatch.chdir(ROOT)
    names: dict = {}
    exec("import qa_align\n" + "\n".join(lines), names)
    (fragment,) = [v for v in names.values() if isinstance(v, str) and v.startswith('<div class="qa-align"')]
    assert "data-id='schv-8-2024-cybersecurity'" in fragment and fragment.count("<div class='pair'") == 5


def test_notebook_runs_top_to_bottom():
    nbformat = pytest.importorskip("nbformat")
    from nbclient import NotebookClient

    nb = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")  # outputs are not committed
    NotebookClient(
        nb,
        timeout=900,
        startup_timeout=600,  # a kernel that starts slowly on a loaded machine is not a failure of the notebook
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT / "notebooks")}},
    ).execute()
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) >= 3  # the flag rates, the ministers, the distributions
    printed = "".join(
        o.get("text", "") for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "stream"
    )
    # every shipped document read once: beside ../shared/data, corpus/be-kamer (a sample of its records) is
    # left out, not read twice as three duplicate ids counted "unreadable" (userpath47)
    assert " 0 unreadable" in printed
