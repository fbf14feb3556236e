"""The text layer of a PDF, page by page (pages separated by form feeds), without the
page numbers and running headers or footers that repeat from page to page."""

from __future__ import annotations

import logging
import re
from collections import Counter
from pathlib import Path

from ..errors import ReadError

log = logging.getLogger(__name__)

_PAGE_NUMBER = re.compile(
    r"^\s*(?:-\s*)?(?:pagina\s+|page\s+|p\.\s*)?\d{1,4}(?:\s*(?:/|van|of)\s*\d{1,4})?(?:\s*-)?\s*$",
    re.IGNORECASE,
)


def extract_pages(path: str | Path) -> list[str]:
    """The text of each page of the PDF at ``path``. Raises ``ReadError`` when the file
    is not a readable PDF or has no text layer."""
    import pdfplumber  # heavy: imported only when a PDF is read
    from pdfminer.pdfparser import PDFSyntaxError

    path = Path(path)
    try:
        with pdfplumber.open(path) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
    except FileNotFoundError:
        raise ReadError(str(path), "file not found") from None
    except (PDFSyntaxError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ReadError(str(path), f"not a readable PDF ({type(exc).__name__}: {exc})") from exc
    except Exception as exc:  # pdfminer raises a variety of its own errors on broken files
        if type(exc).__module__.startswith(("pdfminer", "pdfplumber", "pypdfium2")):
            raise ReadError(str(path), f"not a readable PDF ({type(exc).__name__})") from exc
        raise
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
