"""`qa-align fetch` against a local server on 127.0.0.1 that answers in the shapes of the
Flemish Parliament's API (search pages, detail records, documents). No test touches the
real network. The documents served are the real ones of corpus/vlaams-parlement."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from qa_align import api
from qa_align.cli import main
from qa_align.fetch import Client, FetchConfig, fetch, list_questions

from .conftest import CYBER, PDF235


def _docx(lines: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


class FakeApi:
    """Search pages, detail records and documents; ``cap`` results listable per query."""

    def __init__(self, questions: dict, files: dict, cap: int = 10_000, failures: dict | None = None,
                 form: str = "json"):  # fmt: skip
        self.questions, self.files, self.cap = questions, files, cap
        self.failures = {qid: list(f) for qid, f in (failures or {}).items()}  # (status, Retry-After)
        self.form = form  # "json": as Accept asks (the API's way); "xml": XML whatever is asked
        self.log: list[str] = []
        handler = self._handler()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _send(self, code, body=b"", ctype="application/json", headers=()):
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                for k, v in headers:
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                fake.log.append(self.path)
                path, _, query = self.path.partition("?")
                params = dict(urllib.parse.parse_qsl(query))
                if path.startswith("/api/search/query/"):
                    m = re.search(
                        r"daterange:(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", urllib.parse.unquote(path)
                    )
                    start, end = m.group(1), m.group(2)
                    hits = sorted(
                        (q["date"], qid) for qid, q in fake.questions.items() if start <= q["date"] <= end
                    )
                    size, page = int(params["max"]), int(params["page"])
                    window = hits[: fake.cap][(page - 1) * size : page * size]
                    result = [
                        {
                            "id": f"https://www.vlaamsparlement.be/nl/parlementair-werk/{qid}/pfls",
                            "date": d,
                            "title": fake.questions[qid]["title"],
                            "metatags": {"metatag": [
                                {"name": "opendata", "value": f"http://ws.vlpar.be/e/opendata/schv/{qid}"},
                                {"name": "publicatiedatum", "value": d},
                                {"name": "soort", "value": "SCHV"},
                                *({"name": "thema", "value": t} for t in fake.questions[qid]["themes"]),
                                {"name": "minister", "value": fake.questions[qid]["minister"]},
                            ]},
                        }
                        for d, qid in window
                    ]  # fmt: skip
                    body = {
                        "count": str(len(hits)),  # the API gives it as a string
                        "firstindex": (page - 1) * size + 1,
                        "lastindex": (page - 1) * size + len(result),
                        "result": result,
                    }
                    return self._send(200, json.dumps(body).encode())
                m = re.match(r"/e/opendata/schv/(\d+)$", path)
                if m:
                    qid = m.group(1)
                    if fake.failures.get(qid):
                        status, after = fake.failures[qid].pop(0)
                        return self._send(
                            status, b"busy", "text/plain", [("Retry-After", after)] if after else []
                        )
                    if qid not in fake.questions:
                        return self._send(404, b"", "text/plain")
                    urls = "".join(
                        f"<bestand-ordered><URL>{fake.base}/pfile?id={f}</URL></bestand-ordered>"
                        for f in fake.questions[qid]["files"]
                    )
                    if fake.form == "xml" or self.headers.get("Accept") != "application/json":
                        xml = fake.questions[qid]["xml"].replace("<!--FILES-->", urls)
                        return self._send(200, xml.encode("utf-8"), "application/xml;charset=UTF-8")
                    detail = json.loads(fake.questions[qid]["json"])
                    detail["bestand-ordered"] = [
                        {"URL": f"{fake.base}/pfile?id={f}", "bestandsnaam": f}
                        for f in fake.questions[qid]["files"]
                    ]
                    return self._send(200, json.dumps(detail).encode(), "application/json;charset=UTF-8")
                if path == "/pfile":
                    data = fake.files.get(params.get("id", ""))
                    if data is None:
                        return self._send(404, b"not found", "text/plain")
                    return self._send(200, data, "application/octet-stream")
                return self._send(404, b"", "text/plain")

        return Handler


# Detail records as the open-data API gives them, written by hand in its two forms (JSON when
# asked with Accept: application/json, XML otherwise); the document links are filled in by the server.
JSON_1001 = """{
 "id": 1001, "nummer": "8", "zittingsjaar": "2024-2025",
 "titel": "Cybersecurity bij kmo's", "onderwerp": "Cybersecurity bij Vlaamse bedrijven - Stand van zaken",
 "thema": [{"id": 36, "naam": "Economie"}, {"id": 52, "naam": "Wetenschap en Innovatie"}],
 "vraagsteller": {"id": 4120, "voornaam": "Stijn", "naam": "De Roo"},
 "minister": {"id": 1803, "voornaam": "Matthias", "naam": "Diependaele"},
 "procedureverloop": [
  {"status": "Vraag gesteld aan de minister", "datum": "2024-10-17T00:00:00+02:00"},
  {"status": "Tijdig beantwoord", "datum": "2024-11-20T00:00:00+01:00"}],
 "soort-antwoord": "Schriftelijk antwoord", "tijdig": true
}"""
XML_1001 = """<?xml version="1.0" encoding="UTF-8"?>
<schriftelijke-vraag>
 <id>1001</id><nummer>8</nummer><zittingsjaar>2024-2025</zittingsjaar>
 <titel>Cybersecurity bij kmo's</titel>
 <onderwerp>Cybersecurity bij Vlaamse bedrijven - Stand van zaken</onderwerp>
 <themas><thema>Economie</thema><thema>Wetenschap en Innovatie</thema></themas>
 <vraagsteller><id>4120</id><voornaam>Stijn</voornaam><naam>De Roo</naam></vraagsteller>
 <minister><id>1803</id><voornaam>Matthias</voornaam><naam>Diependaele</naam></minister>
 <procedureverloop><status>Vraag gesteld aan de minister</status><datum>2024-10-17T00:00:00+02:00</datum></procedureverloop>
 <procedureverloop><status>Tijdig beantwoord</status><datum>2024-11-20T00:00:00+01:00</datum></procedureverloop>
 <soort-antwoord>Schriftelijk antwoord</soort-antwoord><tijdig>true</tijdig>
 <!--FILES-->
</schriftelijke-vraag>"""
JSON_1002 = """{
 "id": 1002, "nummer": "235", "titel": "Draaiboek wateroverlast",
 "onderwerp": "Wateroverlast Demerbekken - Draaiboek voor lokale besturen", "thema": [{"id": 40, "naam": "Leefmilieu en Natuur"}],
 "vraagsteller": {"id": 3993, "voornaam": "Suzy", "naam": "Wouters"},
 "minister": {"id": 1679, "voornaam": "Zuhal", "naam": "Demir"},
 "procedureverloop": [
  {"status": "Vraag gesteld aan de minister", "datum": "2024-01-11T00:00:00+01:00"},
  {"status": "Laattijdig beantwoord", "datum": "2024-02-20T00:00:00+01:00"}],
 "soort-antwoord": "Schriftelijk antwoord", "tijdig": false
}"""
XML_1002 = """<?xml version="1.0" encoding="UTF-8"?>
<schriftelijke-vraag xmlns="http://ws.vlpar.be/opendata">
 <id>1002</id><nummer>235</nummer><titel>Draaiboek wateroverlast</titel>
 <onderwerp>Wateroverlast Demerbekken - Draaiboek voor lokale besturen</onderwerp>
 <themas><thema>Leefmilieu en Natuur</thema></themas>
 <vraagsteller><id>3993</id><voornaam>Suzy</voornaam><naam>Wouters</naam></vraagsteller>
 <minister><id>1679</id><voornaam>Zuhal</voornaam><naam>Demir</naam></minister>
 <procedureverloop><status>Vraag gesteld aan de minister</status><datum>2024-01-11T00:00:00+01:00</datum></procedureverloop>
 <procedureverloop><status>Laattijdig beantwoord</status><datum>2024-02-20T00:00:00+01:00</datum></procedureverloop>
 <soort-antwoord>Schriftelijk antwoord</soort-antwoord><tijdig>false</tijdig>
 <!--FILES-->
</schriftelijke-vraag>"""


def _question(date, files, number, title, minister, themes, record_json=None, record_xml=None):
    """A question the fake API lists; without recorded records, simple ones of the same shape."""
    first, last = minister
    record_json = record_json or json.dumps({
        "id": number, "nummer": str(number), "titel": title, "thema": [{"naam": t} for t in themes],
        "vraagsteller": {"voornaam": "A", "naam": "B"}, "minister": {"voornaam": first, "naam": last},
        "procedureverloop": [{"status": "Vraag gesteld aan de minister", "datum": date},
                             {"status": "Tijdig beantwoord", "datum": date}],
        "tijdig": True,
    })  # fmt: skip
    record_xml = record_xml or (
        f"<schriftelijke-vraag><nummer>{number}</nummer><titel>{title}</titel>"
        f"<minister><voornaam>{first}</voornaam><naam>{last}</naam></minister><!--FILES--></schriftelijke-vraag>"
    )
    return {"date": date, "files": files, "title": title, "minister": f"{first} {last}", "themes": themes,
            "json": record_json, "xml": record_xml}  # fmt: skip


@pytest.fixture(params=["json", "xml"])
def served(request):
    text = CYBER.read_text(encoding="utf-8").splitlines()
    cut = next(i for i, ln in enumerate(text) if ln.strip() == "ANTWOORD")
    start = next(i for i, ln in enumerate(text) if ln.strip() == "SCHRIFTELIJKE VRAAG")
    files = {
        "q8": _docx(text[start:cut]),  # the question and the answer in separate .docx files
        "a8": _docx(text[cut:]),
        "p235": PDF235.read_bytes(),
    }
    questions = {
        "1001": _question("2024-10-17", ["q8", "a8"], 8, "Cybersecurity bij kmo's", ("Matthias", "Diependaele"),
                          ["Economie", "Wetenschap en Innovatie"], JSON_1001, XML_1001),
        "1002": _question("2024-01-11", ["p235"], 235, "Draaiboek wateroverlast", ("Zuhal", "Demir"),
                          ["Leefmilieu en Natuur"], JSON_1002, XML_1002),
        "1003": _question("2024-03-01", ["gone"], 300, "Weg", ("Zuhal", "Demir"), ["Energie"]),
    }  # fmt: skip
    fake = FakeApi(questions, files, failures={"1002": [(503, "0")]}, form=request.param)
    yield fake
    fake.close()


def _client(fake, **kw):
    config = FetchConfig(
        search_url=f"{fake.base}/api/search/query/", detail_url=f"{fake.base}/e/opendata/schv/{{id}}",
        delay=0, backoff=0.01, retries=3, **kw,
    )  # fmt: skip
    return Client(config, sleep=lambda s: None)


def test_fetch_writes_documents_and_sidecars(served, tmp_path):
    report = fetch(dt.date(2024, 1, 1), dt.date(2024, 12, 31), tmp_path, client=_client(served))
    assert (report.listed, report.fetched, report.skipped) == (3, 2, 0)
    assert [qid for qid, _ in report.problems] == ["1003"] and "HTTP 404" in report.problems[0][1]
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == [
        "1001.meta.json", "1001.txt", "1002.meta.json", "1002.pdf",
    ]  # fmt: skip
    assert (tmp_path / "1002.pdf").read_bytes() == PDF235.read_bytes()
    meta = json.loads((tmp_path / "1001.meta.json").read_text(encoding="utf-8"))
    assert (meta["questioner"], meta["minister"], meta["date"], meta["date_answered"]) == (
        "Stijn De Roo", "Matthias Diependaele", "2024-10-17", "2024-11-20",
    )  # fmt: skip
    assert meta["days_to_answer"] == 34 and meta["on_time"] is True
    assert (
        meta["themes"] == ["Economie", "Wetenschap en Innovatie"]
        and meta["answer_kind"] == "Schriftelijk antwoord"
    )
    meta = json.loads((tmp_path / "1002.meta.json").read_text(encoding="utf-8"))
    assert (meta["number"], meta["date_answered"], meta["on_time"]) == ("235", "2024-02-20", False)
    # the 503 on 1002's record was retried once
    assert sum(p.endswith("/schv/1002") for p in served.log) == 2
    assert not list(tmp_path.rglob("*.part"))


def test_fetched_scores_like_the_documents_themselves(served, tmp_path):
    fetch(dt.date(2024, 1, 1), dt.date(2024, 12, 31), tmp_path, client=_client(served))
    fetched = api.score(tmp_path)
    direct = api.score([CYBER, PDF235])
    rename = {"1001": "schv-8-2024-cybersecurity", "1002": "vrg_en_antw.235"}
    key = ["doc_id", "question_no", "answer_no", "flags"]
    got = fetched.assign(doc_id=fetched["doc_id"].map(rename))[key].sort_values(key).reset_index(drop=True)
    want = direct[key].sort_values(key).reset_index(drop=True)
    assert got.equals(want)
    by_id = fetched.drop_duplicates("doc_id").set_index("doc_id")
    assert by_id.loc["1001", "questioner"] == "Stijn De Roo"
    assert by_id.loc["1001", "date_answered"] == "2024-11-20" and by_id.loc["1001", "days_to_answer"] == 34
    assert bool(by_id.loc["1001", "on_time"]) is True and bool(by_id.loc["1002", "on_time"]) is False


def test_resume_after_interruption_fetches_only_what_is_missing(served, tmp_path):
    client = _client(served)
    real_get = client.get
    calls = {"n": 0}

    def interrupting_get(url, accept="*/*"):
        if "/pfile" in url:
            calls["n"] += 1
            if (
                calls["n"] == 4
            ):  # listed by date: 1002's PDF, 1003's missing file, 1001's first file; then stop
                raise KeyboardInterrupt
        return real_get(url, accept)

    client.get = interrupting_get
    with pytest.raises(KeyboardInterrupt):
        fetch(dt.date(2024, 1, 1), dt.date(2024, 12, 31), tmp_path, client=client)
    assert (tmp_path / "1002.meta.json").exists() and not (tmp_path / "1001.meta.json").exists()
    assert not list(tmp_path.rglob("*.part")) and not (tmp_path / "1001.txt").exists()
    served.log.clear()
    report = fetch(dt.date(2024, 1, 1), dt.date(2024, 12, 31), tmp_path, client=_client(served))
    assert (report.fetched, report.skipped) == (1, 1)
    assert not any("/schv/1002" in p or "id=p235" in p for p in served.log)
    assert (tmp_path / "1001.meta.json").exists() and (tmp_path / "1001.txt").exists()


def test_pagination_and_the_result_cap_split_the_range():
    questions = {
        str(2000 + k): _question((dt.date(2024, 1, 1) + dt.timedelta(days=9 * k)).isoformat(), [], k,
                                 f"Vraag {k}", ("C", "D"), ["Economie"])
        for k in range(20)
    }  # fmt: skip
    fake = FakeApi(questions, {}, cap=6)
    try:
        client = _client(fake, page_size=4, max_results=6)
        ids = [
            r["id"].split("/")[-2] for r in list_questions(client, dt.date(2024, 1, 1), dt.date(2024, 12, 31))
        ]
        assert sorted(ids) == sorted(questions) and len(ids) == 20
        ranges = {
            re.search(r"daterange:([\d-]+\.\.[\d-]+)", urllib.parse.unquote(p)).group(1) for p in fake.log
        }
        assert len(ranges) > 1  # split: no single query held more than 6
        assert any("page=2" in p for p in fake.log)  # and paged: at most 4 a page
    finally:
        fake.close()


def test_unreachable_network_is_a_clear_error(tmp_path, capsys):
    # nothing listens on this port: connection refused
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    code = main(["fetch", "--from", "2024-01-01", "--to", "2024-01-31", "-o", str(tmp_path / "out"),
                 "--api", f"http://127.0.0.1:{port}", "--retries", "0", "-q"])  # fmt: skip
    assert code == 3
    assert "cannot reach 127.0.0.1" in capsys.readouterr().err
    assert not any((tmp_path / "out").iterdir())


def test_cli_fetch_then_score(served, tmp_path, capsys):
    out = tmp_path / "vp"
    code = main(["fetch", "--from", "2024-01-01", "--to", "2024-12-31", "-o", str(out), "--api", served.base,
                 "--delay", "0", "--minister", "Demir"])  # fmt: skip
    assert code == 1  # 1003 (to Demir) has a missing document
    err = capsys.readouterr().err
    assert "3 questions listed, 1 fetched" in err and "1 not matching the filters" in err
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "1002.meta.json",
        "1002.pdf",
    ]
    assert main(["score", str(out), "--all", "-o", str(tmp_path / "s.csv"), "-q"]) == 0


def _busy_server(failures, form="json"):
    files = {"p235": PDF235.read_bytes()}
    questions = {"1002": _question("2024-01-11", ["p235"], 235, "Draaiboek wateroverlast", ("Zuhal", "Demir"),
                                   ["Leefmilieu en Natuur"], JSON_1002, XML_1002)}  # fmt: skip
    return FakeApi(questions, files, failures={"1002": failures}, form=form)


def test_retries_double_the_wait_and_honour_retry_after(tmp_path):
    fake = _busy_server([(503, None), (502, None), (500, None), (429, "7"), (429, "600")])
    slept = []
    config = FetchConfig(search_url=f"{fake.base}/api/search/query/", detail_url=f"{fake.base}/e/opendata/schv/{{id}}",
                         delay=0, backoff=0.5, retries=5, max_wait=60)  # fmt: skip
    try:
        report = fetch(
            dt.date(2024, 1, 1), dt.date(2024, 1, 31), tmp_path, client=Client(config, sleep=slept.append)
        )
    finally:
        fake.close()
    assert report.fetched == 1 and not report.problems
    # 0.5, doubling, while the server gives no Retry-After; then its 7 s, and 600 s capped at 60
    assert slept == [0.5, 1.0, 2.0, 7.0, 60.0]
    assert sum(p.endswith("/schv/1002") for p in fake.log) == 6


def test_a_server_still_busy_after_the_retries_is_a_problem_row(tmp_path):
    fake = _busy_server([(429, "0")] * 4)
    try:
        report = fetch(dt.date(2024, 1, 1), dt.date(2024, 1, 31), tmp_path, client=_client(fake))
    finally:
        fake.close()
    ((qid, reason),) = report.problems
    assert qid == "1002" and "HTTP 429" in reason and "after 3 retries" in reason
    assert not (tmp_path / "1002.meta.json").exists()


def test_a_404_is_not_retried(tmp_path):
    fake = _busy_server([(404, None)])
    try:
        report = fetch(dt.date(2024, 1, 1), dt.date(2024, 1, 31), tmp_path, client=_client(fake))
    finally:
        fake.close()
    assert "HTTP 404" in report.problems[0][1]
    assert sum(p.endswith("/schv/1002") for p in fake.log) == 1


def test_the_xml_record_reads_as_the_json_record():
    from qa_align.fetch import metadata_of, xml_record

    from_xml = metadata_of(
        "1001",
        xml_record(
            XML_1001.replace("<!--FILES-->", "<bestand-ordered><URL>u1</URL></bestand-ordered>").encode()
        ),
    )
    from_json = metadata_of("1001", {**json.loads(JSON_1001), "bestand-ordered": [{"URL": "u1"}]})
    keep = ("number", "subject", "themes", "questioner", "minister", "date", "date_answered", "days_to_answer",
            "on_time", "answer_kind", "documents")  # fmt: skip
    assert {k: from_xml[k] for k in keep} == {k: from_json[k] for k in keep}
    assert from_xml["themes"] == ["Economie", "Wetenschap en Innovatie"] and from_xml["documents"] == ["u1"]
    assert from_xml["on_time"] is True and from_xml["date_answered"] == "2024-11-20"


def test_a_search_page_with_repeated_metatags_and_a_string_count():
    from qa_align.fetch import _count, metadata_of, question_id

    # a search result as the API gives it: "thema" twice, "count" a string
    page = json.loads("""{"count": "2", "result": [{"id": "https://www.vlaamsparlement.be/nl/parlementair-werk/1834565/pfls",
      "title": "Cybersecurity bij Vlaamse bedrijven", "metatags": {"metatag": [
        {"name": "opendata", "value": "http://ws.vlpar.be/e/opendata/schv/1834565"},
        {"name": "thema", "value": "Economie"}, {"name": "thema", "value": "Wetenschap en Innovatie"},
        {"name": "publicatiedatum", "value": "2024-10-22"}, {"name": "nummer", "value": "8"}]}}]}""")  # fmt: skip
    assert _count(page["count"]) == 2 and _count("10.234") == 10234 and _count(None) == 0
    (result,) = page["result"]
    assert question_id(result) == "1834565"
    meta = metadata_of("1834565", {}, result)  # a record that says nothing: the metatags fill in
    assert meta["themes"] == ["Economie", "Wetenschap en Innovatie"]
    assert (meta["number"], meta["date"]) == ("8", "2024-10-22")
