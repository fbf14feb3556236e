"""Text of word-processor files: ``.docx`` (python-docx), ``.rtf`` (striprtf, an optional
extra) and old binary Word ``.doc`` (Debian's ``antiword``, run as a program).

Each gives the document's text one paragraph a line, tables in place as one line per row
with its cells joined by `` | `` (as HTML tables' rows are; ``tables`` reads a row so by its
cells, and a header of one row with a single row under it as a table: lows48). A file that cannot be
converted raises ``ReadError`` saying why and what to install.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

from ..errors import ReadError

SUFFIXES = (".docx", ".rtf", ".doc")
_OLE = bytes.fromhex("D0CF11E0A1B11AE1")  # the signature of a binary Word (OLE2) file


def docx_text(data: bytes, name: str = "") -> str:
    """The paragraphs and table rows of a ``.docx``, in document order, one a line (a row's
    cells joined by `` | ``, an empty cell an empty place: ``Antwerpen |  | 28``)."""
    import docx  # python-docx: imported only when a .docx is met
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise ReadError(name, f"not a readable .docx file ({exc})") from exc
    except Exception as exc:  # a broken zip or XML inside: zipfile's and lxml's own errors
        raise ReadError(name, f"not a readable .docx file ({type(exc).__name__}: {exc})") from exc
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells, seen = [], set()
                for cell in row.cells:  # a merged cell comes once per grid column it spans
                    if id(cell._tc) not in seen:
                        cells.append(" ".join(cell.text.split()))
                    seen.add(id(cell._tc))
                # as HTML tables' rows (lows48: ``tables`` reads them so); an empty cell kept in its place,
                # so that the figures after it stay in their columns (lows49); a row of empty cells is empty
                lines.append(" | ".join(cells) if any(cells) else "")
    return "\n".join(lines)


def rtf_text(data: bytes, name: str = "") -> str:
    """The text of an ``.rtf`` file (needs the ``rtf`` extra: striprtf)."""
    try:
        from striprtf.striprtf import rtf_to_text
    except ImportError:
        raise ReadError(
            name,
            "reading .rtf files needs striprtf: pip install 'qa-align[rtf]' (scripts/setup.sh installs it)",
        ) from None
    if not data.lstrip().startswith(b"{\\rtf"):
        raise ReadError(name, "not an RTF file (it does not start with '{\\rtf')")
    # RTF is 7-bit: non-ASCII characters are escapes (\'e9, \u233?); the rest is ASCII
    text = rtf_to_text(data.decode("latin-1"), errors="ignore")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def doc_text(path: Path) -> str:
    """The text of an old binary Word ``.doc`` file, converted by ``antiword``."""
    with path.open("rb") as fh:
        if fh.read(8) != _OLE:
            raise ReadError(str(path), "not a binary Word (.doc) file")
    program = shutil.which("antiword")
    if program is None:
        raise ReadError(
            str(path),
            "reading .doc files needs the antiword program (Debian package antiword: "
            "apt-get install antiword; scripts/setup.sh installs it), or save the file as .docx",
        )
    try:
        done = subprocess.run(
            [program, "-w", "0", "-m", "UTF-8.txt", str(path)], capture_output=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ReadError(str(path), f"antiword could not convert it ({exc})") from exc
    if done.returncode != 0:
        why = done.stderr.decode("utf-8", errors="replace").strip().splitlines()
        raise ReadError(str(path), f"antiword could not convert it ({why[-1] if why else done.returncode})")
    return done.stdout.decode("utf-8", errors="replace")


def office_text(path: Path) -> str:
    """The text of a ``.docx``, ``.rtf`` or ``.doc`` file, by its extension."""
    suffix = path.suffix.lower()
    if suffix == ".doc":
        if not path.is_file():
            raise ReadError(str(path), "file not found")
        return doc_text(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(str(path), "file not found") from None
    except OSError as exc:
        raise ReadError(str(path), f"cannot read the file ({exc.strerror})") from exc
    if suffix == ".docx":
        return docx_text(data, str(path))
    if suffix == ".rtf":
        return rtf_text(data, str(path))
    raise ReadError(str(path), f"not a word-processor file ({suffix}); accepted: {', '.join(SUFFIXES)}")
