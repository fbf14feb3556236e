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

    def __init__(self, questions: dict, files: dict, cap: int = 10_000, fail_once: frozenset = frozenset()):
        self.questions, self.files, self.cap = questions, files, cap
        self.fail_once = set(fail_once)
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
                            "title": fake.questions[qid]["detail"]["titel"],
                            "metatags": {"metatag": [
                                {"name": "opendata", "value": f"http://ws.vlpar.be/e/opendata/schv/{qid}"},
                                {"name": "publicatiedatum", "value": d},
                                {"name": "soort", "value": "SCHV"},
                            ]},
                        }
                        for d, qid in window
                    ]  # fmt: skip
                    body = {
                        "count": len(hits),
                        "firstindex": (page - 1) * size + 1,
                        "lastindex": (page - 1) * size + len(result),
                        "result": result,
                    }
                    return self._send(200, json.dumps(body).encode())
                m = re.match(r"/e/opendata/schv/(\d+)$", path)
                if m:
                    qid = m.group(1)
                    if qid in fake.fail_once:
                        fake.fail_once.discard(qid)
                        return self._send(503, b"busy", "text/plain", [("Retry-After", "0")])
                    if self.headers.get("Accept") != "application/json" or qid not in fake.questions:
                        return self._send(404, b"", "text/plain")
                    detail = dict(fake.questions[qid]["detail"])
                    detail["bestand-ordered"] = [
                        {"URL": f"{fake.base}/pfile?id={f}"} for f in fake.questions[qid]["files"]
                    ]
                    return self._send(200, json.dumps(detail).encode())
                if path == "/pfile":
                    data = fake.files.get(params.get("id", ""))
                    if data is None:
                        return self._send(404, b"not found", "text/plain")
                    return self._send(200, data, "application/octet-stream")
                return self._send(404, b"", "text/plain")

        return Handler


def _detail(number, title, first, last, minister, asked, answered, tijdig=True):
    return {
        "nummer": number, "titel": title, "onderwerp": title, "thema": [{"naam": "Economie"}],
        "vraagsteller": {"voornaam": first, "naam": last}, "minister": {"voornaam": minister[0], "naam": minister[1]},
        "procedureverloop": [{"naam": "Vraag ingediend", "datum": asked}, {"naam": "Antwoord ontvangen", "datum": answered}],
        "tijdig": tijdig,
    }  # fmt: skip


@pytest.fixture()
def served():
    text = CYBER.read_text(encoding="utf-8").splitlines()
    cut = next(i for i, ln in enumerate(text) if ln.strip() == "ANTWOORD")
    start = next(i for i, ln in enumerate(text) if ln.strip() == "SCHRIFTELIJKE VRAAG")
    files = {
        "q8": _docx(text[start:cut]),  # the question and the answer in separate .docx files
        "a8": _docx(text[cut:]),
        "p235": PDF235.read_bytes(),
    }
    questions = {
        "1001": {"date": "2024-10-17", "files": ["q8", "a8"],
                 "detail": _detail(8, "Cybersecurity bij kmo's", "Stijn", "De Roo", ("Matthias", "Diependaele"), "2024-10-17", "2024-11-20")},
        "1002": {"date": "2024-01-11", "files": ["p235"],
                 "detail": _detail(235, "Draaiboek wateroverlast", "Suzy", "Wouters", ("Zuhal", "Demir"), "2024-01-11", "2024-02-20", False)},
        "1003": {"date": "2024-03-01", "files": ["gone"],
                 "detail": _detail(300, "Weg", "A", "B", ("Zuhal", "Demir"), "2024-03-01", "2024-03-20")},
    }  # fmt: skip
    fake = FakeApi(questions, files, fail_once=frozenset({"1002"}))
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
    assert meta["days_to_answer"] == 34 and meta["on_time"] is True and meta["themes"] == ["Economie"]
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
        str(2000 + k): {"date": (dt.date(2024, 1, 1) + dt.timedelta(days=9 * k)).isoformat(), "files": [],
                        "detail": _detail(k, f"Vraag {k}", "A", "B", ("C", "D"), "2024-01-01", "2024-01-02")}
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
