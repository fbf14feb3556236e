"""Fetching the Flemish Parliament's written questions from its open-data API.

1. The search API lists written questions published in a date range
   (``ws.vlpar.be/api/search/query/...?collection=vp_collection``), at most ``page_size``
   (100) a page and at most ``max_results`` (10,000) a query: a range whose count exceeds
   that is split in two, again and again, until every part fits. A result's ``metatags`` may
   repeat a name (several ``thema``); ``count`` may come as a string.
2. Each question's detail record (``ws.vlpar.be/e/opendata/schv/{id}``, asked for as JSON;
   the XML form is read into the same shape) gives its
   number, title, subject, themes, questioner, minister, procedure steps and dates, whether
   it was answered on time, and the links to its documents.
3. The documents are downloaded: one PDF is kept as ``{id}.pdf``; several files (older
   questions put question and answer in separate files, often ``.docx``, also ``.doc`` or
   ``.rtf``) are converted to text and joined into ``{id}.txt``, their originals kept under
   ``.raw/{id}/``. Beside each, ``{id}.meta.json``
   holds the API's metadata; the Flemish reader takes questioner, minister, dates and themes
   from it rather than from the text.

Towards the server (requests, with urllib3's ``Retry``): one request at a time, ``delay``
seconds apart, a timeout, retries with exponential back-off on errors and on 429/5xx
(honouring ``Retry-After``). Towards the user:
a second run fetches only what is missing (a question is done when its sidecar exists; the
sidecar is written last); files are written to a temporary name and renamed, so an
interruption leaves nothing half-written.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import tempfile
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import QaAlignError

log = logging.getLogger(__name__)

SEARCH_URL = "https://ws.vlpar.be/api/search/query/"
DETAIL_URL = "https://ws.vlpar.be/e/opendata/schv/{id}"
USER_AGENT = "qa-align (https://github.com/; written-question responsiveness research)"
_REQUIRED = (
    "requiredfields=paginatype:Parlementair%20document.aggregaat:Vraag%20of%20interpellatie."
    "aggregaattype:Schriftelijke%20vraag"
)


class FetchError(QaAlignError):
    """A request that failed after its retries (or could not be made at all)."""


class NetworkUnreachable(FetchError):
    """The server cannot be reached at all (no route, no DNS, connection refused)."""


@dataclass(frozen=True)
class FetchConfig:
    """Where and how politely to fetch."""

    search_url: str = SEARCH_URL
    detail_url: str = DETAIL_URL
    page_size: int = 100
    max_results: int = 10_000
    delay: float = 0.5  # seconds between requests
    timeout: float = 30.0
    retries: int = 5
    backoff: float = 1.0  # first wait after a failure; doubles each time
    max_wait: float = 60.0


_RETRY_STATUSES = (429, 500, 502, 503, 504)


def _polite_retry(config: FetchConfig, sleep: Callable[[float], None]):
    """urllib3's ``Retry`` with this project's policy: ``config.retries`` retries of a GET on
    read errors and on 429/5xx, waiting ``backoff`` seconds and doubling, or what the
    server's ``Retry-After`` asks (both capped at ``max_wait``), through ``sleep``. A
    connection the network refuses outright (no route, no DNS, refused) is not retried."""
    from urllib3.exceptions import MaxRetryError, NewConnectionError
    from urllib3.util.retry import Retry

    class PoliteRetry(Retry):
        def increment(self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None):
            if isinstance(error, NewConnectionError):  # NameResolutionError is one too
                raise MaxRetryError(_pool, url or "", error) from error
            return super().increment(method, url, response, error, _pool, _stacktrace)

        def sleep(self, response=None) -> None:
            after = self.get_retry_after(response) if response is not None else None
            wait = after if after is not None else config.backoff * 2 ** max(0, len(self.history) - 1)
            log.info("retrying %s in %.1f s", self.history[-1].url if self.history else "", wait)
            sleep(min(config.max_wait, wait))

    return PoliteRetry(
        total=config.retries,
        connect=config.retries,
        read=config.retries,
        status=config.retries,
        other=0,
        redirect=5,
        status_forcelist=_RETRY_STATUSES,
        allowed_methods=frozenset({"GET"}),
        respect_retry_after_header=True,
        raise_on_status=False,  # the last response is returned and reported with its status
    )


class Client:
    """HTTP GETs (requests, with urllib3's ``Retry``) one at a time, ``delay`` seconds
    apart, with a timeout and retries with back-off (see ``_polite_retry``)."""

    def __init__(
        self, config: FetchConfig | None = None, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        import requests
        from requests.adapters import HTTPAdapter

        self.config = config or FetchConfig()
        self.sleep = sleep
        self._last = 0.0
        self.requests = 0
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        adapter = HTTPAdapter(max_retries=_polite_retry(self.config, sleep), pool_maxsize=1)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    def _wait_turn(self) -> None:
        gap = self.config.delay - (time.monotonic() - self._last)
        if gap > 0:
            self.sleep(gap)
        self._last = time.monotonic()

    def get(self, url: str, accept: str = "*/*") -> bytes:
        """The body of ``url``. Raises ``FetchError`` (404 and other client errors at once,
        server errors and timeouts after the retries) or ``NetworkUnreachable``."""
        import requests
        from urllib3.exceptions import MaxRetryError, NewConnectionError

        self._wait_turn()
        self.requests += 1
        try:
            response = self.session.get(url, headers={"Accept": accept}, timeout=self.config.timeout)
        except requests.ConnectionError as exc:
            reason = exc.args[0] if exc.args else exc
            if isinstance(reason, MaxRetryError):
                reason = reason.reason
            if isinstance(reason, NewConnectionError):
                cause = str(reason).split(": ", 1)[-1]
                raise NetworkUnreachable(
                    f"cannot reach {urllib.parse.urlsplit(url).netloc}: {cause}"
                ) from None
            raise FetchError(f"{url}: {reason} (after {self.config.retries} retries)") from None
        except requests.Timeout:
            raise FetchError(f"{url}: timed out after {self.config.timeout:g} s") from None
        except requests.RequestException as exc:
            raise FetchError(f"{url}: {exc}") from None
        if response.status_code >= 400:
            tried = (
                f" (after {self.config.retries} retries)" if response.status_code in _RETRY_STATUSES else ""
            )
            raise FetchError(f"{url}: HTTP {response.status_code} {response.reason}{tried}")
        return response.content

    def get_json(self, url: str) -> Any:
        body = self.get(url, accept="application/json")
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise FetchError(f"{url}: not JSON ({exc})") from None

    def get_record(self, url: str) -> dict:
        """A detail record, asked for as JSON; an XML answer (the API's default form) is read
        as well, into the same shape (``xml_record``)."""
        body = self.get(url, accept="application/json")
        if body.lstrip().startswith(b"<"):
            return xml_record(body, url)
        try:
            record = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise FetchError(f"{url}: neither JSON nor XML ({exc})") from None
        if not isinstance(record, dict):
            raise FetchError(f"{url}: not a record (a JSON {type(record).__name__})")
        return record


def _element(node) -> Any:
    """An XML element as JSON would give it: text for a leaf, else a dict whose repeated
    children are lists."""
    children = list(node)
    if not children:
        return (node.text or "").strip()
    out: dict[str, Any] = {}
    for child in children:
        value = _element(child)
        if child.tag in out:
            if not isinstance(out[child.tag], list):
                out[child.tag] = [out[child.tag]]
            out[child.tag].append(value)
        else:
            out[child.tag] = value
    return out


def xml_record(body: bytes, url: str = "") -> dict:
    """The XML form of a detail record (``<schriftelijke-vraag>`` with ``<vraagsteller>``,
    repeated ``<procedureverloop>`` and ``<bestand-ordered>``, ``<themas><thema>``) as the
    dict its JSON form gives."""
    from lxml import etree

    try:
        root = etree.fromstring(body, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise FetchError(f"{url}: not well-formed XML ({exc})") from None
    for el in root.iter():
        if isinstance(el.tag, str) and "}" in el.tag:
            el.tag = el.tag.split("}", 1)[1]  # namespaces dropped: the names are the JSON keys
    record = _element(root)
    if not isinstance(record, dict):
        raise FetchError(f"{url}: an XML record with no fields")
    for key in ("procedureverloop", "bestand-ordered"):  # lists in the JSON form, even of one
        if isinstance(record.get(key), dict):
            record[key] = [record[key]]
    themes = record.get("themas")
    if "thema" not in record and isinstance(themes, dict):
        record["thema"] = themes.get("thema")
    return record


# ---------------------------------------------------------------- listing


def search_url(config: FetchConfig, start: dt.date, end: dt.date, page: int) -> str:
    query = f"+inmeta:publicatiedatum:daterange:{start.isoformat()}..{end.isoformat()}&{_REQUIRED}"
    params = urllib.parse.urlencode(
        {"collection": "vp_collection", "sort": "date", "order": "asc", "max": config.page_size, "page": page}
    )
    return f"{config.search_url}{query}?{params}"


def _metatags(result: dict) -> dict[str, list[str]]:
    """A search result's metatags by name; a name may repeat (several ``thema``)."""
    tags = (result.get("metatags") or {}).get("metatag") or []
    out: dict[str, list[str]] = {}
    for tag in tags if isinstance(tags, list) else [tags]:
        if isinstance(tag, dict) and "name" in tag:
            value = tag.get("value", "")
            for v in value if isinstance(value, list) else [value]:
                out.setdefault(str(tag["name"]), []).append(str(v))
    return out


def _tag(tags: dict[str, list[str]], name: str) -> str:
    """The first value of a metatag, or ``""``."""
    return next(iter(tags.get(name) or []), "")


def _count(value: Any) -> int:
    """The search's ``count``: a number, or a string ("1234", "1.234", "1,234")."""
    digits = re.sub(r"[\s.,\u00a0]", "", str(value or "0"))
    return int(digits) if digits.isdigit() else 0


def question_id(result: dict) -> str | None:
    """The written question's id of a search result: from its ``opendata`` link
    (``.../opendata/schv/{id}``), else from its own id (``.../{id}/pfls``)."""
    m = re.search(r"/schv/(\d+)", _tag(_metatags(result), "opendata"))
    if m:
        return m.group(1)
    m = re.search(r"/(\d+)/pfls", str(result.get("id", "")))
    return m.group(1) if m else None


def list_questions(client: Client, start: dt.date, end: dt.date) -> Iterator[dict]:
    """Every search result in ``[start, end]``, splitting the range while it holds more
    than ``max_results``."""
    config = client.config
    first = client.get_json(search_url(config, start, end, 1))
    count = _count(first.get("count"))
    if count > config.max_results and start < end:
        middle = start + (end - start) // 2
        log.info("%s..%s holds %d questions (over %d): split", start, end, count, config.max_results)
        yield from list_questions(client, start, middle)
        yield from list_questions(client, middle + dt.timedelta(days=1), end)
        return
    if count > config.max_results:
        log.warning(
            "%s holds %d questions; only the first %d can be listed", start, count, config.max_results
        )
    page, data, seen = 1, first, 0
    while True:
        results = data.get("result") or []
        if isinstance(results, dict):
            results = [results]  # a page of one result, as some JSON forms of XML give it
        if not results:
            break
        yield from results
        seen += len(results)
        if seen >= min(count, config.max_results):
            break
        page += 1
        data = client.get_json(search_url(config, start, end, page))


# ---------------------------------------------------------------- details and documents


def _name(value: Any) -> str:
    """A person as the API gives one: a string, or an object with first and last names."""
    if isinstance(value, list):
        return "; ".join(n for n in (_name(v) for v in value) if n)
    if isinstance(value, dict):
        first = value.get("voornaam") or value.get("firstname") or ""
        last = value.get("naam") or value.get("achternaam") or value.get("name") or ""
        full = f"{first} {last}".strip()
        return full or str(value.get("titel") or value.get("title") or "")
    return "" if value is None else str(value).strip()


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return _strings(value.get("naam") or value.get("name") or value.get("titel"))
    return [str(value).strip()] if str(value).strip() else []


def _date(value: Any) -> str:
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", str(value or ""))
    if m:
        return m.group(0)
    m = re.search(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", str(value or ""))
    return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else ""


def _steps(detail: dict) -> list[tuple[str, str]]:
    """(name, ISO date) of each procedure step."""
    steps = detail.get("procedureverloop") or []
    if isinstance(steps, dict):
        steps = steps.get("stap") or steps.get("procedurestap") or [steps]
    out = []
    for s in steps if isinstance(steps, list) else []:
        if isinstance(s, dict):
            name = str(s.get("naam") or s.get("omschrijving") or s.get("titel") or s.get("status") or "")
            out.append((name, _date(s.get("datum") or s.get("date"))))
    return out


def metadata_of(qid: str, detail: dict, result: dict | None = None) -> dict:
    """The sidecar's metadata: the fields qa-align uses, and the API's record as given."""
    tags = _metatags(result or {})
    steps = _steps(detail)
    asked = next((d for n, d in steps if d and re.search(r"ingedien|gesteld|vraag", n, re.I)), "")
    asked = asked or next((d for _, d in steps if d), "") or _date(_tag(tags, "publicatiedatum"))
    answered = next((d for n, d in steps if d and re.search(r"antwoord", n, re.I)), "")
    days = None
    if asked and answered:
        days = (dt.date.fromisoformat(answered) - dt.date.fromisoformat(asked)).days
    tijdig = detail.get("tijdig")
    on_time = None
    if isinstance(tijdig, bool):
        on_time = tijdig
    elif isinstance(tijdig, str) and tijdig.strip():
        on_time = tijdig.strip().lower() in ("true", "ja", "1", "yes", "tijdig")
    return {
        "source": "vlaams-parlement",
        "id": qid,
        "number": str(detail.get("nummer") or _tag(tags, "nummer")),
        "title": str(detail.get("titel") or (result or {}).get("title") or ""),
        "subject": str(detail.get("onderwerp") or _tag(tags, "onderwerp")),
        "themes": _strings(detail.get("thema")) or _strings(tags.get("thema")),
        "questioner": _name(detail.get("vraagsteller")) or _tag(tags, "vraagsteller"),
        "minister": _name(detail.get("minister")) or _tag(tags, "minister"),
        "answer_kind": str(detail.get("soort-antwoord") or ""),
        "date": asked,
        "date_answered": answered,
        "days_to_answer": days,
        "on_time": on_time,
        "documents": document_urls(detail),
        "api": detail,
    }


def document_urls(detail: dict) -> list[str]:
    files = detail.get("bestand-ordered") or detail.get("bestand") or []
    if isinstance(files, dict):
        files = [files]
    urls = []
    for f in files if isinstance(files, list) else []:
        url = (f.get("URL") or f.get("url")) if isinstance(f, dict) else f
        if url:
            urls.append(str(url))
    return urls


def kind_of(data: bytes) -> str:
    """``pdf``, ``docx``, ``doc`` (old Word), ``rtf`` or ``unknown``, from the first bytes."""
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        return "docx"
    if data[:8] == bytes.fromhex("D0CF11E0A1B11AE1"):
        return "doc"
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    return "unknown"


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------- the run


@dataclass
class FetchReport:
    listed: int = 0
    fetched: int = 0
    skipped: int = 0  # already there from an earlier run
    filtered: int = 0  # not the minister or theme asked for
    problems: list[tuple[str, str]] = field(default_factory=list)  # (question id, reason)


def _matches(meta: dict, minister: str | None, theme: str | None) -> bool:
    if minister and minister.lower() not in meta["minister"].lower():
        return False
    if theme and not any(theme.lower() in t.lower() for t in meta["themes"]):
        return False
    return True


def fetch_question(client: Client, qid: str, out: Path, result: dict | None = None,
                   minister: str | None = None, theme: str | None = None) -> str:  # fmt: skip
    """Fetch one question into ``out``: ``"fetched"``, ``"filtered"``; raises ``FetchError``."""
    detail = client.get_record(client.config.detail_url.format(id=qid))
    if isinstance(detail, dict) and len(detail) == 1 and isinstance(next(iter(detail.values())), dict):
        detail = next(iter(detail.values()))  # {"schriftelijke-vraag": {...}}
    meta = metadata_of(qid, detail, result)
    if not _matches(meta, minister, theme):
        return "filtered"
    urls = meta["documents"]
    if not urls:
        raise FetchError(f"question {qid}: the record links no document")
    files = []
    for url in urls:
        data = client.get(url)
        files.append((url, kind_of(data), data))
    if len(files) == 1 and files[0][1] == "pdf":
        _write_atomic(out / f"{qid}.pdf", files[0][2])
        meta["file"] = f"{qid}.pdf"
    else:
        from .errors import ReadError
        from .readers.office import office_text
        from .readers.pdf_text import pdf_text

        texts = []
        for k, (url, kind, data) in enumerate(files, 1):
            raw = out / ".raw" / qid / f"{k}.{kind if kind != 'unknown' else 'bin'}"
            _write_atomic(raw, data)
            if kind == "unknown":
                raise FetchError(f"question {qid}: {url} is neither PDF, Word nor RTF")
            try:
                texts.append(pdf_text(raw) if kind == "pdf" else office_text(raw))
            except ReadError as exc:
                raise FetchError(f"question {qid}: {url}: {exc.reason}") from None
        _write_atomic(out / f"{qid}.txt", "\n\n".join(texts).encode("utf-8"))
        meta["file"] = f"{qid}.txt"
    # the sidecar last: its presence marks the question as done
    _write_atomic(out / f"{qid}.meta.json", json.dumps(meta, ensure_ascii=False, indent=1).encode("utf-8"))
    return "fetched"


def fetch(
    start: dt.date,
    end: dt.date,
    out: str | os.PathLike[str],
    minister: str | None = None,
    theme: str | None = None,
    client: Client | None = None,
    progress: bool = False,
) -> FetchReport:
    """Fetch the written questions published from ``start`` to ``end`` into ``out``."""
    if end < start:
        raise QaAlignError(f"--to {end} is before --from {start}")
    client = client or Client()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    report = FetchReport()
    results: dict[str, dict] = {}
    for result in list_questions(client, start, end):
        qid = question_id(result)
        if qid and qid not in results:
            results[qid] = result
    report.listed = len(results)
    items = results.items()
    if progress:
        from tqdm import tqdm

        items = tqdm(items, total=len(results), unit=" questions")
    for qid, result in items:
        if (out / f"{qid}.meta.json").exists():
            report.skipped += 1
            continue
        named = _metatags(result).get("minister") or []
        if minister and named and not any(minister.lower() in m.lower() for m in named):
            report.filtered += 1
            continue
        try:
            status = fetch_question(client, qid, out, result, minister, theme)
        except NetworkUnreachable:
            raise
        except FetchError as exc:
            report.problems.append((qid, str(exc)))
            log.warning("%s", exc)
            continue
        if status == "filtered":
            report.filtered += 1
        else:
            report.fetched += 1
    return report
