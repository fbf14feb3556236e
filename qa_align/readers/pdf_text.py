"""The text layer of a PDF, page by page (pages separated by form feeds), without the
page numbers and running headers or footers that repeat from page to page."""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import ReadError

log = logging.getLogger(__name__)

_PAGE_NUMBER = re.compile(
    r"^\s*(?:-\s*)?(?:pagina\s+|page\s+|p\.\s*)?\d{1,4}(?:\s*(?:/|van|of)\s*\d{1,4})?(?:\s*-)?\s*$",
    re.IGNORECASE,
)


# The PDF last opened by ``extract_pages(..., keep=True)`` (a reader's content check: the Tweede
# Kamer's reads the first page), left open with the pages it parsed, for the reading of the same
# file that follows (``_opened``): each page's characters are laid out once (pdfplumber keeps a
# page's objects), not once to recognise the file and again to read it (speedread46: 1.2 s of
# the 23 PDFs' 7.1 s). One at most, keyed by the path and the file's identity (``_identity``);
# the next one kept closes it.
_KEPT: list[tuple[tuple, Any]] = []
_KEPT_LOCK = threading.Lock()


def _identity(path: Path) -> tuple | None:
    """What tells the file at ``path`` from another file or a changed one; None if unreadable."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (str(path.resolve()), st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _keep(key: tuple | None, pdf: Any) -> None:
    """``pdf`` kept open for the next reading of the file ``key`` names, the one kept before closed."""
    with _KEPT_LOCK:
        before, _KEPT[:] = list(_KEPT), [(key, pdf)] if key is not None else []
    for _, old in before:
        old.close()
    if key is None:
        pdf.close()


def _take(key: tuple | None) -> Any:
    """The PDF kept open for the file ``key`` names (taken: the caller closes it), else None."""
    with _KEPT_LOCK:
        if key is None or not _KEPT or _KEPT[0][0] != key:
            return None
        return _KEPT.pop()[1]


def forget_kept() -> None:
    """Close the PDF kept open for a reading that did not follow, if any."""
    with _KEPT_LOCK:
        before, _KEPT[:] = list(_KEPT), []
    for _, old in before:
        old.close()


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[Any]:
    """pdfplumber's PDF of ``path``: the one a content check kept open for it, with the pages it
    parsed, else opened now; closed at the end either way."""
    import pdfplumber  # heavy: imported only when a PDF is read

    kept = _take(_identity(path))
    with kept if kept is not None else pdfplumber.open(path) as pdf:
        yield pdf


def extract_pages(path: str | Path, max_pages: int | None = None, keep: bool = False) -> list[str]:
    """The text of each page (of the first ``max_pages``) of the PDF at ``path``. Raises
    ``ReadError`` when the file is not a readable PDF or has no text layer. ``keep``: the PDF
    left open for the reading of the same file that follows (a content check; ``_KEPT``)."""
    import pdfplumber  # heavy: imported only when a PDF is read

    path = Path(path)
    with _pdf_errors(path):
        if keep:
            key = _identity(path)
            pdf = pdfplumber.open(path)
            try:
                pages = [page.extract_text() or "" for page in pdf.pages[:max_pages]]
            except BaseException:
                pdf.close()
                raise
            # kept only where a reading may follow (no text layer: the file is not read)
            _keep(key if any(p.strip() for p in pages) else None, pdf)
        else:
            with _opened(path) as pdf:
                pages = [page.extract_text() or "" for page in pdf.pages[:max_pages]]
    if not any(p.strip() for p in pages):
        raise ReadError(str(path), "the PDF has no text layer (scanned images need OCR first)")
    return pages


def _furniture_key(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def remove_page_furniture(pages: list[str]) -> str:
    """Join pages with form feeds, blanking page numbers and lines that repeat at the top
    or bottom of most pages (running headers and footers). Blanked lines keep their
    length as spaces, so nothing moves and offsets stay those of the extracted text."""
    edge_counts: Counter[str] = Counter()
    split = [p.split("\n") for p in pages]
    for lines in split:
        content = [ln for ln in lines if ln.strip()]
        edges = set(content[:2] + content[-2:])
        for ln in edges:
            edge_counts[_furniture_key(ln)] += 1
    repeated = {k for k, c in edge_counts.items() if len(pages) >= 2 and c >= max(2, len(pages) // 2 + 1)}
    out_pages = []
    for lines in split:
        content_idx = [i for i, ln in enumerate(lines) if ln.strip()]
        edge_idx = set(content_idx[:2] + content_idx[-2:])
        cleaned = []
        for i, ln in enumerate(lines):
            if i in edge_idx and (_PAGE_NUMBER.match(ln) or _furniture_key(ln) in repeated):
                cleaned.append(" " * len(ln))
            else:
                cleaned.append(ln)
        out_pages.append("\n".join(cleaned))
    return "\f".join(out_pages)


def pdf_text(path: str | Path) -> str:
    """The PDF's text with page furniture blanked, pages separated by form feeds."""
    return remove_page_furniture(extract_pages(path))


def _is_footnote_start(line: dict, body_size: float) -> bool:
    """A footnote's first line: a small raised marker, then text smaller than the body's."""
    chars = [c for c in line["chars"] if c["text"].strip()]
    if len(chars) < 2 or not chars[0]["text"].isdigit():
        return False
    return chars[0]["size"] < 0.75 * body_size and all(c["size"] < 0.9 * body_size for c in chars[1:])


def extract_body_pages(path: str | Path, bottom: float = 0.88, small: float = 0.72) -> list[str]:
    """The running text of each page of a typeset PDF (``Kamerstukken``-style): lines in
    reading order (top to bottom, left to right, as laid out rather than as stored),
    without the footer band below ``bottom`` of the page height, without the footnotes
    at the foot of a page, and without characters smaller than ``small`` times the body
    size (superscript note markers, subscripts). Raises ``ReadError`` like
    ``extract_pages``."""
    path = Path(path)
    with _pdf_errors(path):
        with _opened(path) as pdf:
            sizes: Counter[float] = Counter()
            for page in pdf.pages:
                sizes.update(round(c["size"], 1) for c in page.chars)
            if not sizes:
                raise ReadError(str(path), "the PDF has no text layer (scanned images need OCR first)")
            body = sizes.most_common(1)[0][0]
            pages = []
            for page in pdf.pages:
                area = page.crop((0, 0, page.width, page.height * bottom))
                cut = area.height
                lines = area.extract_text_lines(return_chars=True)
                for k, line in enumerate(lines):
                    # the footnote block: from its first marker to the foot, all of it small print
                    if _is_footnote_start(line, body) and all(
                        max((c["size"] for c in ln["chars"]), default=0) < 0.9 * body for ln in lines[k:]
                    ):
                        cut = line["top"] - 0.5
                        break
                area = area.crop((0, 0, page.width, cut))
                kept = area.filter(
                    lambda obj: obj.get("object_type") != "char" or obj["size"] >= small * body
                )
                pages.append(kept.extract_text() or "")
    return pages


# pdfminer's reasons in words a reader of the errors file can act on
_PDF_REASONS = {
    "PSEOF": "the file ends early: truncated or cut off while downloading",
    "PDFPasswordIncorrect": "encrypted: it needs a password",
    "PDFEncryptionError": "encrypted in a way pdfminer cannot read",
    "PDFTextExtractionNotAllowed": "its text may not be extracted (permissions)",
}


@contextlib.contextmanager
def _pdf_errors(path: Path) -> Iterator[None]:
    """The errors of pdfplumber and pdfminer on a broken file as one ``ReadError`` that gives
    pdfminer's own reason (pdfplumber wraps it in a ``PdfminerException``)."""
    try:
        yield
    except ReadError:
        raise
    except FileNotFoundError:
        raise ReadError(str(path), "file not found") from None
    except (ValueError, KeyError, TypeError, OSError, AssertionError, RecursionError) as exc:
        raise ReadError(str(path), f"not a readable PDF ({_pdf_reason(exc)})") from exc
    except Exception as exc:  # pdfminer raises a variety of its own errors on broken files
        if type(exc).__module__.startswith(("pdfminer", "pdfplumber", "pypdfium2")):
            raise ReadError(str(path), f"not a readable PDF ({_pdf_reason(exc)})") from exc
        raise


def _pdf_reason(exc: BaseException) -> str:
    inner = exc.args[0] if type(exc).__name__ == "PdfminerException" and exc.args else exc
    name = type(inner).__name__ if isinstance(inner, BaseException) else type(exc).__name__
    said = str(inner).strip()
    known = _PDF_REASONS.get(name)
    if known:
        return f"{known}; pdfminer: {name}: {said}" if said else f"{known}; pdfminer: {name}"
    return f"{name}: {said}" if said else name
