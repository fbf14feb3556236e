"""Readers: files (or records) in, ``Document``s out.

Each source layout is a module that registers its reader with ``@reader`` (name, the
suffixes and content it recognises, a priority); plug-ins register theirs through entry
points of group ``qa_align.readers``. ``read_paths`` walks files and folders, picks a reader
per file (``detect``: by extension, then content, in the readers' declared order; or the
one named), and
yields a ``Document`` per written question or a ``Problem`` saying why one could not be
read, so one bad file never stops a batch.

Walking a folder leaves out hidden files, provenance and licence notes, and what a
``.qa-alignignore`` file (gitignore syntax, looked up in every folder walked) or an
``exclude`` pattern names. Everything else comes out as a document or a ``Problem``: a folder
that cannot be read, a table of no known layout, a broken link. A file of a kind no reader
takes, and a text file found in a folder that no reader recognises (column documentation,
notes), are no written questions: each is a ``Problem`` marked ``skipped``, listed but not an
error.
"""

from __future__ import annotations

import bisect
import errno
import hashlib
import logging
import os
import pickle
import re
import stat
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError, NotRecognised, ReadError
from ..types import Document, Problem
from ..workers import (
    NotStarted,
    cannot_start,
    end_pool,
    in_run,
    new_pool,
    settled,
    submit,
    submit_suspect,
    unavailable,
)

if TYPE_CHECKING:
    from .tabular import Columns

log = logging.getLogger(__name__)

# provenance and licence notes kept beside documents; skipped when walking a folder
_NOTES = re.compile(
    r"^(SOURCE|LICEN[CS]E|README|NOTICE|PROVENANCE)([._-].*)?$|.*\.note$|.*\.meta\.json$", re.IGNORECASE
)  # and metadata sidecars (FILE.meta.json, read with FILE)
IGNORE_FILE = ".qa-alignignore"  # gitignore syntax, in any folder walked
# found in a folder and recognised by no reader: not a written question (notes, documentation)
_PLAIN_TEXT = (".txt",)


@dataclass(frozen=True)
class Reader:
    """A source layout: which files it takes and how it reads one.

    ``looks_like`` tells from a file's content whether it is of this layout; ``None`` takes
    every file of its ``suffixes`` (a fallback, tried after every reader that checks content).
    Among the readers of one suffix, the higher ``priority`` is tried first (ties by name).
    For reading some documents only (``read_paths(only=...)``): ``one_per_file``, each file
    is one question whose doc_id is its name without the extension (``STEM-NUMBER`` for each
    answer of a file holding several ministers' answers), so the others are not read; ``read_some(path, ids)`` reads only the records of a file that may be those ids."""

    name: str
    suffixes: tuple[str, ...]
    read: Callable[[Path], Iterator[Document | Problem]]
    looks_like: Callable[[Path], bool] | None = None
    priority: int = 0
    description: str = ""
    one_per_file: bool = False
    read_some: Callable[[Path, Collection[str]], Iterator[Document | Problem]] | None = None

    def read_only(self, path: Path, ids: Collection[str]) -> Iterator[Document | Problem]:
        """The file's documents of ``ids`` and perhaps a few others (the caller keeps those
        it wants), without reading what certainly is not among them."""
        if self.one_per_file:
            return self.read(path) if _may_hold(path.stem, ids) else iter(())
        return self.read_some(path, ids) if self.read_some is not None else self.read(path)

    def order(self) -> tuple[bool, int, str]:
        """The key readers are tried in: content checks first, by priority, then the fallback."""
        return (self.looks_like is None, -self.priority, self.name)


READERS: dict[str, Reader] = {}
ENTRY_POINT_GROUP = "qa_align.readers"  # plug-ins: modules (or Reader objects) that register readers


def register(new: Reader) -> Reader:
    """Add ``new`` to the registry. A second reader of the same name, or a second fallback
    (no ``looks_like``) for a suffix, is an error: the order of readers is never left to
    the order of imports."""
    old = READERS.get(new.name)
    if old is not None and old.read is not new.read:
        raise ConfigError(f"two readers named {new.name!r}")
    if new.looks_like is None:
        for other in READERS.values():
            shared = set(other.suffixes) & set(new.suffixes)
            if other.name != new.name and other.looks_like is None and shared:
                raise ConfigError(
                    f"readers {other.name!r} and {new.name!r} both take every {', '.join(sorted(shared))} file"
                )
    READERS[new.name] = new
    return new


def reader(
    name: str,
    *,
    suffixes: tuple[str, ...],
    looks_like: Callable[[Path], bool] | None = None,
    priority: int = 0,
    description: str = "",
    one_per_file: bool = False,
    read_some: Callable[[Path, Collection[str]], Iterator[Document | Problem]] | None = None,
) -> Callable[
    [Callable[[Path], Iterator[Document | Problem]]], Callable[[Path], Iterator[Document | Problem]]
]:
    """Register the decorated function (path -> documents and problems) as the reader
    ``name`` (see ``Reader``)."""

    def decorate(read: Callable[[Path], Iterator[Document | Problem]]):
        register(
            Reader(name, tuple(suffixes), read, looks_like, priority, description, one_per_file, read_some)
        )
        return read

    return decorate


def get_reader(name: str) -> Reader:
    load_readers()
    try:
        return READERS[name]
    except KeyError:
        raise ConfigError(f"unknown source {name!r}; known sources: {', '.join(sorted(READERS))}") from None


def _read_bytes(path: Path, size: int = -1) -> bytes:
    """The file's bytes (the first ``size`` of them); ``ReadError`` when it is missing or
    unreadable."""
    try:
        with path.open("rb") as fh:
            return fh.read(size)
    except FileNotFoundError:
        raise ReadError(str(path), "file not found") from None
    except IsADirectoryError:
        raise ReadError(str(path), "a folder where a file was expected") from None
    except OSError as exc:
        raise ReadError(str(path), f"cannot read the file ({exc.strerror})") from exc


# the first bytes of archives and other containers: never text, whatever their entries hold (a zip of
# stored entries holds its files' bytes as they are: UTF-16 text in one was read as UTF-16: lows47)
_CONTAINERS = (
    (b"PK\x03\x04", "a zip archive"),
    (b"PK\x05\x06", "a zip archive"),
    (b"PK\x07\x08", "a zip archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE container (an old Office file)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
)


def container(head: bytes) -> str | None:
    """What container ``head`` (a file's start) begins, by its signature (a zip, compressed data,
    a PDF, ...; a tar by the ``ustar`` at byte 257), or None: its bytes are never to be read as
    text, nor its entries (qa-align reads no archive but ``.gz`` records and Word files, each by
    its own reader): lows47. The signatures that text could begin with are read whole (lows48):
    bzip2's ``BZh`` with its block size and the first block's (or the empty stream's) magic; a
    PDF's ``%PDF-1.7`` with its line end, at the start or (as PDF readers take it) at a line's
    start within the first 1,024 bytes where an object (``1 0 obj``) follows; a tar's ``ustar``
    with its NUL and the header's checksum. Spaces or tabs may stand before the header's line end
    (``%PDF-1.4 \\n``, as some writers put it: lows49)."""
    for magic, kind in _CONTAINERS:
        if head.startswith(magic):
            return kind
    if _BZIP2.match(head):
        return "bzip2-compressed data"
    pdf = _PDF.search(head[: 1024 + 16])
    if pdf and pdf.start() < 1024 and (pdf.start() == 0 or _PDF_OBJECT.search(head, pdf.end())):
        return "a PDF"
    if head[257:263] in (b"ustar\x00", b"ustar ") and _tar_checksum_holds(head[:512]):
        return "a tar archive"
    return None


# bzip2: "BZh", the block size 1-9, then a block's magic (the digits of pi) or the end of an empty
# stream's (the square root of pi); a PDF's header line (spaces before its line end: lows49); an indirect
# object of a PDF's body
_BZIP2 = re.compile(rb"BZh[1-9](?:\x31\x41\x59\x26\x53\x59|\x17\x72\x45\x38\x50\x90)")
_PDF = re.compile(rb"(?:^|(?<=[\r\n]))%PDF-[12]\.\d[ \t]*(?:\r|\n|%)")
_PDF_OBJECT = re.compile(rb"\d+ \d+ obj\b")


def _tar_checksum_holds(header: bytes) -> bool:
    """Whether a tar header block's checksum (octal at bytes 148-155) is the sum of its bytes,
    those eight counted as spaces."""
    if len(header) < 512:
        return False
    field = header[148:156].replace(b"\x00", b" ").strip()
    try:
        told = int(field, 8)
    except ValueError:
        return False
    return told == sum(header[:148]) + 8 * 32 + sum(header[156:512])


def wide_encoding(head: bytes) -> str | None:
    """The encoding of text of two or four bytes a character that ``head`` (a file's start, or
    the whole file) begins: ``utf-32`` or ``utf-16`` with a byte-order mark; without one
    ``utf-32-le``/``-be`` (every unit of ``head`` a code point: its high byte NUL, the next at most
    0x10, and at least half of them of the first 65,536, two NUL high bytes: lows47) or
    ``utf-16-le``/``-be`` (NUL bytes in one of the alternate byte places only: the ASCII
    characters' high bytes, spaces and line ends in a non-Latin script too: lows46), each taken
    only where the sample decodes so into text (``_is_text``); else None. Where the NUL bytes
    are fewer than a third of the units (not Latin text), bytes that with their NUL bytes dropped
    are UTF-8 text are no UTF-16: UTF-8 with stray NUL bytes (lows47). A container (``container``:
    a zip of stored UTF-16 files was read as UTF-16) is None."""
    if container(head):
        return None
    if head[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        return "utf-32"
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    sample = head[:4096]
    if len(sample) < 4:
        return None
    four = head[: len(head) // 4 * 4]
    units = len(four) // 4
    for name, zero, small in (("utf-32-le", 3, 2), ("utf-32-be", 0, 1)):
        # every unit, not a sample's (lows47: UTF-16 text of a control character every other one
        # was four bytes a character beyond the first 65,536)
        if (
            four[zero::4].count(0) == units
            and max(four[small::4]) <= 0x10
            and four[small::4].count(0) * 2 >= units
        ):
            if _is_text(sample[: len(sample) // 4 * 4], name):
                return name
    two = sample[: len(sample) // 2 * 2]
    for name, low, high in (("utf-16-le", two[0::2], two[1::2]), ("utf-16-be", two[1::2], two[0::2])):
        # the high bytes NUL at least for one character in a hundred (four at the least); the low
        # bytes almost never (a character U+xx00)
        nul = high.count(0)
        if nul >= max(4, len(high) // 100) and low.count(0) <= len(low) // 100:
            if nul * 3 < len(high) and _is_text(two.replace(b"\x00", b""), "utf-8"):
                return None  # UTF-8 with stray NUL bytes, not UTF-16 of another script (lows47)
            if _is_text(two, name):
                return name
    return None


def _is_text(sample: bytes, encoding: str) -> bool:
    """Whether ``sample`` decodes as ``encoding`` (a character cut at its end aside) into text:
    control characters (``_CONTROL``'s) under one in a hundred."""
    text = sample.decode(encoding, errors="replace")
    if "\ufffd" in text[:-1]:
        return False
    controls = sum(text.count(chr(c)) for c in _CONTROL)
    return controls * 100 < max(len(text), 1)


# the C0 control bytes but tab, the line ends, form feed and escape; and DEL: rare in text of any
# 8-bit encoding or UTF-8, common in images, archives and compressed data
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1b") + b"\x7f"


def is_binary(sample: bytes) -> bool:
    """Whether bytes (a file's first 4 KB) are no text, by a measure of them: control bytes
    (``_CONTROL``, NUL among them) at least 3, and at least a twentieth of the sample or 1% of 4 KB
    (40), whichever is fewer (lows46: lows45's 3 made a file under 300 bytes with three stray bytes
    binary; the bytes of an image, an archive or random data are one in ten control bytes or more, text
    none). A text file with a stray NUL or two is text; an image, a zip or random bytes are not."""
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls >= max(3, min(-(-len(sample) // 20), 4096 // 100))


def _named(encoding: str) -> str:
    """``UTF-16`` or ``UTF-32``, as a warning names a codec of ``wide_encoding``."""
    return "UTF-32" if "32" in encoding else "UTF-16"


def decode_text(data: bytes, path: Path, head: bool = False) -> str:
    """Bytes of a text file as text: UTF-8 (with or without BOM), UTF-16 or UTF-32 (read, with a
    warning), else Windows-1252 with a warning. ``head``: the start of a file, decoded leniently
    for recognising its layout. Raises ``ReadError`` on binary content (``is_binary``, or a
    ``container`` by its signature: lows47); NUL bytes in text are dropped, with a warning."""
    kind = container(data)
    if kind:  # never its bytes as text, whatever the measure of them says (lows47)
        raise ReadError(str(path), f"binary content ({kind}) where text was expected")
    wide = wide_encoding(data)
    if wide:
        if not head:
            log.warning("%s: %s text; read as such (UTF-8 is expected)", path, _named(wide))
        return data.decode(wide, errors="replace" if head else "strict").lstrip("\ufeff")
    if b"\x00" in data:
        if is_binary(data[:4096]):
            raise ReadError(str(path), "binary content (NUL and other control bytes) where text was expected")
        if not head:  # a stray NUL in text (lows45): dropped, as no text holds one
            log.warning(
                "%s: %d NUL byte%s in text; dropped", path, data.count(0), "s" if data.count(0) > 1 else ""
            )
        data = data.replace(b"\x00", b"")
    if head:
        return data.decode("utf-8", errors="replace").lstrip("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return decode_not_utf8(data, path)


def _beyond_ascii(text: str) -> int:
    """How many characters of ``text`` are beyond ASCII (bytes that are no UTF-8 among them, as
    escapes or marks)."""
    return len(text) - len(text.encode("ascii", errors="ignore"))


def _utf8_kept(beyond_ascii: int, bad: int, bom: bool = False) -> bool:
    """lows45's choice for text holding ``beyond_ascii`` characters beyond ASCII, ``bad`` of them
    bytes that are no UTF-8: UTF-8 where the others are at least as many, or the text begins with
    the mark."""
    good = beyond_ascii - bad
    return bom or bool(good and good >= bad)


_LINE_END = re.compile(r"\r\n|\r|\n")


def line_numbers(text: str, at: Iterable[int]) -> list[int]:
    """The line (from 1) of each place ``at`` (ascending) of ``text``, each line ended by CR LF,
    LF or CR alone (lows46: a file of CR line ends was one line)."""
    out, line, last = [], 1, 0
    for i in at:
        line, last = line + len(_LINE_END.findall(text, last, i)), i
        out.append(line)
    return out


def _lines_shown(lines: list[int]) -> str:
    lines = list(dict.fromkeys(lines))
    return _lines_shown_of(lines[:5], len(lines))


def _bad_bytes_lines(text: str) -> tuple[int, list[int], int]:
    """The bytes that are no UTF-8 in ``text`` (kept by ``surrogateescape``): how many, the first
    five lines holding one, and how many lines do, in one pass (lows48: a list of each byte's
    place and another of its line, some 36 bytes a byte: 36 MB for a million)."""
    count, first, lines, line, last, seen = 0, [], 0, 1, 0, 0
    for m in _ESCAPED.finditer(text):
        i = m.start()
        line, last = line + len(_LINE_END.findall(text, last, i)), i
        count += 1
        if line != seen:
            seen, lines = line, lines + 1
            if len(first) < 5:
                first.append(line)
    return count, first, lines


def decode_not_utf8(data: bytes, path: Path | str) -> str:
    """Bytes that are not all UTF-8, decided by the bytes (lows45): where the file holds at least
    as many UTF-8 characters beyond ASCII as bytes that are no UTF-8 (a UTF-8 file with a stray
    byte or two), UTF-8, each such byte U+FFFD and a warning naming its lines; else (no UTF-8
    character beyond ASCII, or fewer than the bad bytes: a spreadsheet's export) Windows-1252 with
    a warning. ``ReadError`` where Windows-1252 is chosen and a byte is undefined there. A file that
    begins with UTF-8's byte-order mark is UTF-8 whatever its counts (review47: read as
    Windows-1252, its first line began "ï»¿", a table's first column not found by its name). A
    table's fields are decided each by its own bytes (``FieldDecoder``)."""
    text = data.decode("utf-8", errors="surrogateescape")
    bom = text.startswith("\ufeff")
    text = text.removeprefix("\ufeff")
    bad, first, lines = _bad_bytes_lines(text)
    if _utf8_kept(_beyond_ascii(text), bad, bom):
        log.warning(
            "%s: %d byte%s not UTF-8 (%s) in UTF-8 text; read as UTF-8, each replaced by U+FFFD",
            path, bad, "s" if bad > 1 else "", _lines_shown_of(first, lines),
        )  # fmt: skip
        return _ESCAPED.sub("\ufffd", text)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ReadError(
            str(path), f"not UTF-8 text (bad byte at offset {_first_bad(data)}) nor Windows-1252"
        ) from exc
    log.warning("%s: not valid UTF-8; read as Windows-1252", path)
    return text


_ESCAPED = re.compile("[\udc80-\udcff]")  # a byte that is no UTF-8, as ``surrogateescape`` keeps it
# while a table is parsed, a byte ``b`` that is no UTF-8 stands as the private-use character
# ``chr(_MARK + b)`` (``FieldDecoder``): the parser sees valid text, each field is decided after
_MARK = 0x10FF00
_MARKED = re.compile("[\U0010ff80-\U0010ffff]")
# the same in bytes: ``surrogateescape`` keeps byte ``b`` as U+DC00+b, whose UTF-8 (``surrogatepass``)
# is ED B2 b or ED B3 b-0x40; the mark U+10FF00+b is F4 8F BE b or F4 8F BF b-0x40: the same last
# byte, so two replacements of two bytes make the one the other (lows47). ED is always a lead byte, and
# ED B2 or ED B3 begins a surrogate only, which no UTF-8 text holds.
_ESCAPES_UTF8 = (b"\xed\xb2", b"\xed\xb3")
_PIECE = 1 << 20  # bytes of a table ``FieldDecoder`` marks at a time (then to the next line end)
_MARKS_UTF8 = (b"\xf4\x8f\xbe", b"\xf4\x8f\xbf")


class _LinesNamed:
    """The lines a warning names of the bytes that are no UTF-8 read one way (lows47): the first
    five, how many lines in all, and how many bytes; lows46 kept a line number a byte (some 50 MB
    for a 31 MB Windows-1252 table)."""

    def __init__(self) -> None:
        self.first: list[int] = []
        self.lines = 0
        self.bytes = 0
        self._last = 0

    def add(self, first: list[int], last: int, count: int, n: int) -> None:
        """A field's ``n`` bytes on ``count`` lines, ``first`` the first of them (ascending) and
        ``last`` the last, in the file's order after those added before."""
        self.bytes += n
        self.lines += count - (first[0] == self._last)
        for line in first:
            if len(self.first) < 5 and line not in self.first:
                self.first.append(line)
        self._last = last

    def __bool__(self) -> bool:
        return self.bytes > 0

    def shown(self) -> str:
        return _lines_shown_of(self.first, self.lines)


def _lines_shown_of(first: list[int], count: int) -> str:
    """``_lines_shown`` of ``count`` distinct lines, ``first`` the first of them."""
    shown = ", ".join(map(str, first[:5])) + (f" and {count - 5} more" if count > 5 else "")
    return f"line{'s' if count > 1 else ''} {shown}"


class FieldDecoder:
    """A table's bytes that are not all UTF-8, decided by the fields that are read (lows46):
    ``text`` is the file with each byte that is no UTF-8 marked (None where the file holds the
    marks' characters itself: then ``decode_not_utf8`` decides the file whole); the parsed table's
    fields that hold a mark are then given, in the file's order, to ``__call__`` with lows45's
    choice made over the columns read (``chosen``), so that a stray byte in a column no one reads
    cannot change how another is read. ``warn`` logs what was read how, naming the lines.

    lows47: the marks are made, and found, in bytes (a regex's call a byte was most of 4 s for a
    31 MB Windows-1252 table); a bad byte's line is found from the lines that hold such bytes (one
    entry a line, not a byte), and each way of reading keeps only what its warning names
    (``_LinesNamed``)."""

    def __init__(self, data: bytes, path: Path | str) -> None:
        self.path = path
        self.bom = data.startswith(b"\xef\xbb\xbf")
        self._next = 0
        self.utf8 = _LinesNamed()
        self.cp1252 = _LinesNamed()
        self._starts: list[int] = []  # by line holding bad bytes: the ordinal of its first bad byte
        self._lines: list[int] = []  # and its number
        self._starts_count = 0  # bad bytes noted so far (``_mark``)
        # ``text`` in UTF-8, for the parser (lows47: a str of it was 4 bytes a character)
        self.marked: bytes | None = None
        # a piece of lines at a time (lows48: the whole file decoded to a str, then encoded, then
        # marked twice over, was most of the peak; a line end is never inside a UTF-8 character,
        # so each piece decodes as it does within the whole)
        pieces, lines_before, at = [], 0, 3 if self.bom else 0
        while at < len(data):
            cut = data.find(b"\n", at + _PIECE)
            end = len(data) if cut < 0 else cut + 1
            marked, lines_before = self._mark(data[at:end], lines_before)
            if marked is None:  # (the file holds the marks' characters itself)
                self._starts, self._lines = [], []
                return
            pieces.append(marked)
            at = end
        self.marked = b"".join(pieces)

    def _mark(self, piece: bytes, lines_before: int) -> tuple[bytes | None, int]:
        """A piece of whole lines of the file with each byte that is no UTF-8 marked (None where it
        holds the marks' characters itself), its lines holding such bytes noted; and the lines
        ended before the next piece."""
        import numpy as np

        raw = piece.decode("utf-8", errors="surrogateescape").encode("utf-8", errors="surrogatepass")
        if any(m in raw for m in _MARKS_UTF8):
            return None, lines_before
        a = np.frombuffer(raw, np.uint8)
        # the line ends: LF, and CR but before an LF (lows46's ``line_numbers``)
        cr = np.flatnonzero(a == 0x0D)
        cr = cr[(cr + 1 >= len(a)) | (a[np.minimum(cr + 1, len(a) - 1)] != 0x0A)]
        ends = np.union1d(np.flatnonzero(a == 0x0A), cr)
        lead = np.flatnonzero(a[:-1] == 0xED)
        bad = lead[(a[lead + 1] == 0xB2) | (a[lead + 1] == 0xB3)]
        if len(bad):
            line = np.searchsorted(ends, bad) + 1 + lines_before
            firsts = np.flatnonzero(np.diff(line, prepend=0))
            before = self._starts_count
            self._starts.extend((firsts + before).tolist())
            self._lines.extend(line[firsts].tolist())
            self._starts_count = before + len(bad)
            raw = raw.replace(_ESCAPES_UTF8[0], _MARKS_UTF8[0]).replace(_ESCAPES_UTF8[1], _MARKS_UTF8[1])
        return raw, lines_before + len(ends)

    @property
    def text(self) -> str | None:
        return None if self.marked is None else self.marked.decode("utf-8")

    def chosen(self, beyond_ascii: int, marks: int) -> bool:
        """lows45's choice for fields holding ``beyond_ascii`` characters beyond ASCII, ``marks``
        of them bytes that are no UTF-8: UTF-8 (True) or Windows-1252."""
        return _utf8_kept(beyond_ascii, marks, self.bom)

    def _field_lines(self, n: int) -> tuple[list[int], int, int]:
        """The next ``n`` bad bytes' lines: the first six, the last, and how many."""
        a = bisect.bisect_right(self._starts, self._next) - 1
        b = bisect.bisect_right(self._starts, self._next + n - 1) - 1
        self._next += n
        return self._lines[a : min(b + 1, a + 6)], self._lines[b], b - a + 1

    def account(self, n: int, utf8: bool) -> None:
        """A field of ``n`` marks decoded elsewhere as UTF-8 (``utf8``) or Windows-1252: its lines
        told, as ``__call__`` tells them (``tabular._decoded``: a column's fields decoded together)."""
        first, last, count = self._field_lines(n)
        (self.utf8 if utf8 else self.cp1252).add(first, last, count, n)

    def __call__(self, field: str, utf8: bool | None = None) -> str:
        """The field's text, as UTF-8 or Windows-1252 (``utf8``; None: by the field's own bytes)."""
        encoded = field.encode("utf-8")
        n = encoded.count(_MARKS_UTF8[0]) + encoded.count(_MARKS_UTF8[1])
        if not n:
            return field
        first, last, count = self._field_lines(n)
        if utf8 is None:
            utf8 = self.chosen(_beyond_ascii(field), n)
        if utf8:
            self.utf8.add(first, last, count, n)
            return _MARKED.sub("\ufffd", field)
        # each mark its byte again, as ``surrogateescape`` keeps it, in bytes (lows47)
        raw = (
            encoded.replace(_MARKS_UTF8[0], _ESCAPES_UTF8[0])
            .replace(_MARKS_UTF8[1], _ESCAPES_UTF8[1])
            .decode("utf-8", errors="surrogatepass")
            .encode("utf-8", errors="surrogateescape")
        )
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise ReadError(
                str(self.path),
                f"not UTF-8 text (bad byte 0x{raw[exc.start]:02x} on {_lines_shown_of(first, count)}) nor Windows-1252",
            ) from exc
        self.cp1252.add(first, last, count, n)
        return text

    def warn(self) -> None:
        if self.utf8:
            n = self.utf8.bytes
            log.warning(
                "%s: %d byte%s not UTF-8 (%s) in UTF-8 text; read as UTF-8, each replaced by U+FFFD",
                self.path, n, "s" if n > 1 else "", self.utf8.shown(),
            )  # fmt: skip
        if self.cp1252:
            log.warning(
                "%s: not valid UTF-8; read as Windows-1252 (the bytes of %s)", self.path, self.cp1252.shown()
            )


def _first_bad(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return -1


def read_text_head(path: Path, size: int = 8192) -> str:
    """The start of a text file, for recognising its layout without reading it all."""
    return decode_text(_read_bytes(path, size), path, head=True)


def read_text_file(path: Path) -> str:
    """A text file's content: UTF-8 (with or without BOM), UTF-16 or UTF-32, else Windows-1252
    with a warning. Raises ``ReadError`` on a binary file or a missing one."""
    try:
        return decode_text(_read_bytes(path), path)
    except UnicodeDecodeError as exc:  # UTF-16 or UTF-32 with a broken character
        raise ReadError(
            str(path), f"{_named(exc.encoding)} text with a broken character ({exc.reason}): convert to UTF-8"
        ) from exc


def empty_reason(path: Path) -> str | None:
    """Why the file holds nothing to read (``empty file``; gzip files looked into), or None."""
    import gzip
    import json
    import zlib

    try:
        size = path.stat().st_size
        if size == 0:
            return "empty file"
        if size > 4096:
            return None
        data = path.read_bytes()
        if path.suffix.lower() == ".gz":
            data = gzip.decompress(data)
    except (OSError, EOFError, zlib.error):
        return None  # the reader says what is wrong with it
    if not data:
        return "empty file (nothing inside the compressed file)"
    if not data.lstrip(b"\xef\xbb\xbf\xff\xfe").strip(b" \t\r\n\x00"):
        return "empty file (only blank space)"
    if path.name.lower().endswith((".json", ".json.gz")):
        try:
            value = json.loads(data)
        except ValueError:
            return None
        if value == [] or (isinstance(value, dict) and value.get("results") == []):
            return "no records (an empty JSON list)"
    return None


def problem_from(exc: ReadError, doc_id: str = "", source: str = "") -> Problem:
    """The ``Problem`` row of a ``ReadError``; ``doc_id``/``source`` fill in what it lacks."""
    return Problem(
        exc.path, exc.reason, exc.source or source, exc.doc_id or doc_id, exc.unanswered, exc.skipped
    )


class FirstOfEachId:
    """The rule of ids in a batch (lows45): the first document of a (source, doc_id) is scored,
    a later one is a ``Problem`` naming the first one's path (and place in it, when given), and
    whether it is the same text again or another text under the id. ``repeated(doc, where)``:
    that ``Problem``, or None for a first. Used over the batch (``pipeline.unique_ids``), and within
    a file of records by its reader, which knows the line (lows46)."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], tuple[str, str, bytes]] = {}

    def repeated(self, item: Document, where: str = "") -> Problem | None:
        return self.repeated_key(item.source, item.doc_id, item.path, text_digest(item.text), where)

    def repeated_key(
        self, source: str, doc_id: str, path: str, digest: bytes, where: str = "", lines_in_file: bool = False
    ) -> Problem | None:
        """``repeated`` of a document known by its source, id, path and ``text_digest`` (the Dask
        engine's partitions send these, not their documents). ``lines_in_file``: the places are
        named only where the first is of the same file (the Dask engine's rule over its partitions:
        the local engine names them within a file only, where the file's reader finds it: lows47)."""
        key = (source, doc_id)
        if key not in self.seen:
            self.seen[key] = (path, where, digest)
            return None
        first_path, first, text = self.seen[key]
        if lines_in_file and first_path != path:
            where, first = "", ""
        what = "the same text" if text == digest else "another text"
        reason = (
            f"{where + ': ' if where else ''}duplicate id: {doc_id!r} ({source}) was read before "
            f"from {first_path}{', ' + first if first else ''}; this one, {what}, is not scored (ids must be "
            "unique in a batch)"
        )
        return Problem(path, reason, source, doc_id)


def text_digest(text: str) -> bytes:
    """What tells the same text again from another one under an id (``FirstOfEachId``)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


_loaded = False


def load_readers() -> dict[str, Reader]:
    """Every reader: the modules of this package register theirs with ``@reader`` when
    imported, plug-ins through entry points of group ``qa_align.readers`` (a module that
    registers readers, or a ``Reader``). A plug-in that cannot be loaded is a ``ConfigError``."""
    global _loaded
    if _loaded:
        return READERS
    import importlib
    import pkgutil
    from importlib.metadata import entry_points

    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = ep.load()
        except Exception as exc:  # a plug-in's own import error, whatever it is
            raise ConfigError(f"reader plug-in {ep.name!r} ({ep.value}) cannot be loaded: {exc}") from exc
        if isinstance(loaded, Reader):
            register(loaded)
    _loaded = True
    return READERS


def iter_files(
    paths: Iterable[str | os.PathLike[str]], exclude: Iterable[str] = ()
) -> Iterator[Path | Problem]:
    """Files under ``paths`` (folders recursively, in sorted order) of the kinds a reader
    takes, tables included. Skipped: hidden files, sidecar notes, other kinds of file, and
    what a ``.qa-alignignore`` of a folder walked (or above it, within the path given) or an
    ``exclude`` pattern (gitignore syntax, relative to each path given) names. A path that
    does not exist, a folder that cannot be read and a broken link come out as a ``Problem``."""
    for found in walk(paths, exclude):
        yield found if isinstance(found, Problem) else found[0]


def walk(paths: Iterable[str | os.PathLike[str]], exclude: Iterable[str] = ()) -> Iterator[_Found | Problem]:
    """Like ``iter_files``, each file with whether it was found in a folder (rather than named):
    what ``read_found`` reads, in the order ``read_paths`` reads."""
    from .tabular import SUFFIXES

    load_readers()
    suffixes = {s for r in READERS.values() for s in r.suffixes} | set(SUFFIXES)
    user = _spec(exclude)
    yield from _once(_walk_paths(paths, suffixes, user))


def _once(found: Iterator[_Found | Problem]) -> Iterator[_Found | Problem]:
    """Each file once, however often the paths given reach it (``score data data/sub``, a file
    named beside its folder, overlapping globs, a link to a file walked): the later ones would be
    the same documents again, each a duplicate id (``pipeline.unique_ids``)."""
    files: set[tuple[int, int]] = set()
    for item in found:
        if not isinstance(item, Problem):
            try:
                st = item[0].stat()
            except OSError:  # gone since it was listed: its reader tells why
                yield item
                continue
            if (st.st_dev, st.st_ino) in files:
                log.info("skipping %s: read already (named twice, or in a folder also named)", item[0])
                continue
            files.add((st.st_dev, st.st_ino))
        yield item


def _walk_paths(
    paths: Iterable[str | os.PathLike[str]], suffixes: set[str], user
) -> Iterator[_Found | Problem]:
    for p in paths:
        path = Path(p)
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            # ``Path.is_dir`` and ``is_file`` answer False for a link that loops and raise for a
            # folder that cannot be entered: the cause is told from the error itself
            yield Problem(str(path), _missing_reason(path, exc))
            continue
        if stat.S_ISDIR(mode):
            specs = [(path, user)] if user else []
            found = False
            for item in _walk_folder(path, specs, suffixes, set()):
                found = True
                yield item
            if not found:  # (lows50: an empty folder named read as "0 documents", exit 0, not a word of it)
                yield Problem(str(path), _nothing_read(path), empty_folder=True)
        elif stat.S_ISREG(mode):
            if user and user.match_file(path.name):
                log.info("skipping %s: excluded", path)
                continue
            yield path, False
        else:  # a pipe, device or socket: reading it could wait for ever
            yield Problem(str(path), _NOT_A_FILE)


_NOT_A_FILE = "not a file or folder (a device, pipe or socket)"
_NOTES_NAMED = 5  # notes named at most in the reason of a folder that holds only notes


def _nothing_read(folder: Path) -> str:
    """Why a folder named gave no document and no file skipped, told from what it holds (lows51; review52: "(none,
    or every one excluded)" for a folder of notes): nothing at all, only provenance or licence notes (``_NOTES``),
    or files hidden or excluded (``--exclude``, ``IGNORE_FILE``). A hidden folder (".git") counts as one thing, not
    walked: the reader walks none (``_walk_folder``), and its files are none of the user's (lows52)."""
    where = f"{folder.name or folder}{os.sep}"  # (the full path stands beside the reason, in its row and on stderr)
    notes: set[str] = set()
    other = folders = 0
    for _root, dirs, files in os.walk(folder):
        hidden_dirs = [d for d in dirs if d.startswith(".")]
        folders += len(hidden_dirs)
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if _NOTES.match(name) and not name.startswith("."):
                notes.add(name)
            else:
                other += 1
    if not notes and not other and not folders:
        return f"no document in {where}: an empty folder"
    named = ", ".join(sorted(notes)[:_NOTES_NAMED]) + (", ..." if len(notes) > _NOTES_NAMED else "")
    if not other and not folders:
        return f"no document in {where}: it holds only {named}"
    counted = [
        f"{n} {kind}{'' if n == 1 else 's'}" for n, kind in ((other, "file"), (folders, "folder")) if n
    ]
    hidden = f"{' and '.join(counted)} hidden or excluded (--exclude, {IGNORE_FILE})"
    return f"no document in {where}: {hidden}" + (f", and {named}" if notes else "")


def _missing_reason(path: Path, exc: OSError) -> str:
    """Why a path named could not be looked at: missing, a broken link, or the system's reason."""
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return "a broken link (its target does not exist)" if path.is_symlink() else "no such file or folder"
    return f"cannot read ({exc.strerror or exc})"


_Found = tuple[Path, bool]  # a file, and whether it was found in a folder


def _spec(lines: Iterable[str]):
    import pathspec

    lines = [ln for ln in lines if ln.strip()]
    return pathspec.GitIgnoreSpec.from_lines(lines) if lines else None


def _ignored(path: Path, is_dir: bool, specs: list) -> bool:
    """Whether the ignore patterns in force exclude ``path``: the last pattern that matches
    decides, a deeper folder's file after a higher one's (gitignore's order)."""
    ignored = False
    for base, spec in specs:
        rel = path.relative_to(base).as_posix() + ("/" if is_dir else "")
        include = spec.check_file(rel).include
        if include is not None:
            ignored = include
    return ignored


def _walk_folder(
    folder: Path, specs: list, suffixes: set[str], seen: set[tuple[int, int]]
) -> Iterator[_Found | Problem]:
    try:
        st = folder.stat()
        if (st.st_dev, st.st_ino) in seen:
            log.info("skipping %s: a link back to a folder already walked", folder)
            return
        seen.add((st.st_dev, st.st_ino))
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield Problem(str(folder), f"cannot read the folder ({exc.strerror or exc})")
        return
    ignore_file = folder / IGNORE_FILE
    if any(e.name == IGNORE_FILE for e in entries):
        try:
            spec = _spec(ignore_file.read_text(encoding="utf-8").splitlines())
        except (OSError, UnicodeDecodeError) as exc:
            yield Problem(
                str(ignore_file), f"cannot read the ignore file ({exc}); nothing in the folder read"
            )
            return
        if spec is not None:
            specs = [*specs, (folder, spec)]
    for entry in entries:
        if entry.name.startswith("."):
            continue
        f = Path(entry.path)
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
        except OSError as exc:
            yield Problem(str(f), f"cannot read ({exc.strerror or exc})")
            continue
        if _ignored(f, is_dir, specs):
            log.info("skipping %s: named in %s or --exclude", f, IGNORE_FILE)
        elif is_dir:
            yield from _walk_folder(f, specs, suffixes, seen)
        elif not is_file:
            if entry.is_symlink() and not os.path.exists(f):
                yield Problem(str(f), "a broken link (its target does not exist)")
            else:  # a pipe, device or socket, never opened (a pipe would wait for a writer): lows45
                yield Problem(str(f), _NOT_A_FILE)
        elif _NOTES.match(f.name):
            log.debug("skipping provenance or licence note %s", f)
        elif "".join(f.suffixes[-2:]).lower() in suffixes or f.suffix.lower() in suffixes:
            yield f, True
        else:
            kind = "".join(f.suffixes[-2:]) or "no extension"
            yield Problem(str(f), f"not a kind of file qa-align reads ({kind})", skipped=True)


# files slow to read for their size (layout analysis of a PDF, a Word file): with ``jobs``,
# these are read in worker processes while the others (text, records) are read here
_SLOW_SUFFIXES = (".pdf", ".docx")


def read_paths(
    paths: Iterable[str | os.PathLike[str]],
    source: str | None = None,
    columns: Columns | None = None,
    jobs: int = 1,
    exclude: Iterable[str] = (),
    only: Collection[str] | None = None,
) -> Iterator[Document | Problem]:
    """Documents from files and folders; a ``Problem`` for each that cannot be read (see
    ``iter_files`` for what is skipped; ``exclude``: gitignore patterns, as ``--exclude``).

    ``source`` forces a reader; ``columns`` reads every table file (CSV, JSON Lines, JSON,
    Parquet) with the columns it names, as documents of source ``columns.source``.
    ``jobs`` > 1 reads PDF and Word files in that many worker processes (started by the fork
    server, never forked from this one: ``workers.new_pool``), in the same order, with the
    readers this process has registered (``_slow_readers``); where no worker can start (a script
    without ``if __name__ == "__main__":``: ``workers.cannot_start``, told once), in this one.
    ``only``: doc_ids wanted; files and records that certainly hold none of them are not read
    (``Reader.read_only``), some others may be: the caller keeps what it wants. One run
    (``workers.in_run``): where a worker could not start for a reason that may pass, the next call
    tries again, as does one made while this one is held half-read."""
    yield from in_run(_read_paths(paths, source, columns, jobs, exclude, only))


def _read_paths(
    paths: Iterable[str | os.PathLike[str]],
    source: str | None,
    columns: Columns | None,
    jobs: int,
    exclude: Iterable[str],
    only: Collection[str] | None,
) -> Iterator[Document | Problem]:
    if source and not columns:
        get_reader(source)  # an unknown source fails before any file is read
    files = list(walk(paths, exclude))
    slow = [f for f in files if not isinstance(f, Problem) and f[0].suffix.lower() in _SLOW_SUFFIXES]

    def task(item: _Found | Problem) -> _Task:
        return (
            (item, source, columns, False, only)
            if isinstance(item, Problem)
            else (item[0], source, columns, item[1], only)
        )

    def here(item: _Found | Problem) -> Iterator[Document | Problem]:
        return _read_one(*task(item))

    # a source forced that reads no PDF or Word file (a JSON records layout, whose reader ``register_records`` makes of
    # lambdas that cannot be sent) finds only problems in them: nothing to read in workers
    forced_elsewhere = bool(source) and not columns and not _takes_slow(get_reader(source))
    # where no worker process can start (``workers.cannot_start``: a script without the main-module guard), read here
    parallel = jobs > 1 and slow and not forced_elsewhere and unavailable() is None
    sent = _slow_readers(source) if parallel else None
    if sent is None:
        for item in files:
            yield from here(item)
        return
    # ``jobs`` workers, though this process reads the other files meanwhile: those are quick to read
    # (text, records), and once they are read this process only waits. With ``jobs - 1`` (so until
    # session 40), ``-j 2`` over 23 PDFs and one text file read every PDF in one worker, as ``-j 1``
    workers = min(len(slow), jobs)
    pool = new_pool(workers)
    told = False  # whether the readers were said not to load in a worker
    try:
        started = {
            # a pool already broken gives a future that says so (``workers.submit``), for ``_result``
            i: submit(pool, _read_list, task(f), sent)
            for i, f in enumerate(files)
            if not isinstance(f, Problem) and f[0].suffix.lower() in _SLOW_SUFFIXES
        }
        ahead: dict[int, list[Document | Problem]] = {}  # files read while waiting for a slow one
        for i, item in enumerate(files):
            if i in started:
                later = (j for j in range(i + 1, len(files)) if j not in started and j not in ahead)
                while not started[i].done() and (j := next(later, None)) is not None:
                    ahead[j] = list(here(files[j]))
                try:
                    read = _result(started.pop(i), task(item), sent, pool)
                except _NotSent as exc:
                    if not told:
                        log.warning("PDF and Word files read in this process: %s", exc)
                        told = True
                    read = None
                yield from here(item) if read is None else read
            elif i in ahead:
                yield from ahead.pop(i)
            else:
                yield from here(item)
    except BaseException:
        # Ctrl-C, SIGTERM, an error, or the caller no longer reading (GeneratorExit): the files
        # still being read or waiting are not wanted; end the workers now rather than wait for them
        # (a ``with`` block's exit waits for every file submitted)
        end_pool(pool)
        raise
    pool.shutdown(wait=True)


# what to read, with which reader or columns, whether it was found in a folder, the ids wanted
_Task = tuple[Path | Problem, str | None, "Columns | None", bool, "Collection[str] | None"]


def _takes_slow(r: Reader) -> bool:
    return any(s.endswith(_SLOW_SUFFIXES) for s in r.suffixes)


def _slow_readers(source: str | None) -> bytes | None:
    """The readers a PDF or Word file may be read with (and the one ``source`` names), as this
    process has them registered, pickled for the reading workers: a worker started by the fork
    server has only the readers its imports and plug-ins register, not one registered at run time
    (by a script, a notebook, a test). ``None`` when one of them cannot be pickled (a lambda, a
    function defined inside another): the files are then read in this process."""
    sent = {name: r for name, r in load_readers().items() if name == source or _takes_slow(r)}
    try:
        return pickle.dumps(sent)
    except (pickle.PicklingError, AttributeError, TypeError) as exc:
        log.warning(
            "PDF and Word files read in this process: a reader of them cannot be sent to a worker process (%s)",
            exc,
        )
        return None


class _NotSent(Exception):
    """In a reading worker: the readers sent (``_slow_readers``) cannot be loaded there (a function
    defined where a new process cannot import it: under ``if __name__ == "__main__":``, in a
    notebook's cell). The file is read in the calling process instead."""


_TAKEN: list[bytes] = []  # in a reading worker: the readers it was last sent


def _take_readers(sent: bytes) -> None:
    """In a reading worker: make the readers of PDF and Word files (and the one a source names)
    those the calling process has (``_slow_readers``); the others stay as this process's imports
    register them."""
    if _TAKEN == [sent]:
        return
    try:
        registry = load_readers()
        readers = pickle.loads(sent)
    except Exception as exc:  # whatever the import of a reader's module raises
        raise _NotSent(
            f"its readers cannot be loaded in a worker process ({type(exc).__name__}: {exc})"
        ) from None
    for name in [n for n, r in registry.items() if _takes_slow(r)]:
        del registry[name]
    registry.update(readers)
    _TAKEN[:] = [sent]


def _result(
    future: Future, task: _Task, sent: bytes, pool: ProcessPoolExecutor
) -> list[Document | Problem] | None:
    """A worker's documents; when the pool broke (this file or another killed a worker, as a
    crash in a PDF library would), the file is read again alone in a new process, and is
    reported as a ``Problem`` if that one dies too. ``None`` when no worker process can start
    here at all (``workers.cannot_start``, which says why, once, and reads the exit status of
    ``pool``'s workers first), or when none could be started for a file that was never in the pool as it
    broke (``workers.NotStarted``: the fork server ended or could not fork; the file was never tried, so it
    is no crash of it): the file is to be read in this process, as everything is where no worker starts.
    A file that was in the pool as it broke (its future not ``NotStarted``: it may be the one that crashed)
    is never read here for want of a process: tried once more (``workers.submit_suspect``), then reported
    as a ``Problem`` that says no process could be started for it (review44; mend42).
    ``_NotSent`` when the worker could not load the readers."""
    try:
        return future.result()
    except BrokenProcessPool as broke:
        suspect = not isinstance(broke, NotStarted)
        if cannot_start(settled(pool)) is not None:
            return None
        solo = new_pool(1)
        try:
            if suspect:
                solo, again = submit_suspect(new_pool, solo, _read_list, task, sent)
            else:
                again = submit(solo, _read_list, task, sent)
            read = again.result()
        except NotStarted as exc:  # (review43; reliab42; mend42)
            end_pool(solo)
            if suspect:
                log.warning("%s: no process could be started to read it alone: %s", task[0], exc)
                reason = f"no process could be started to read this file alone after its pool broke ({exc})"
                return [Problem(str(task[0]), reason)]
            log.info("%s: no process could be started to read it: read here", task[0])
            return None
        except BrokenProcessPool:
            solo.shutdown(wait=True)
            log.warning("%s: the process reading it died", task[0])
            return [Problem(str(task[0]), "the process reading this file died (a crash while reading it)")]
        except BaseException:
            end_pool(solo)
            raise
        solo.shutdown(wait=True)
        return read


def read_found(
    found: _Found | Problem, source: str | None = None, columns: Columns | None = None
) -> Iterator[Document | Problem]:
    """The documents of one item of ``walk`` (a file, or a ``Problem`` of walking, given back),
    as ``read_paths`` reads it: what an engine that reads elsewhere (a Dask worker) calls."""
    if isinstance(found, Problem):
        return _read_one(found, source, columns)
    return _read_one(found[0], source, columns, found[1])


def _read_list(task: _Task, sent: bytes) -> list[Document | Problem]:
    """In a reading worker: the documents of one file, read with the readers ``sent``."""
    _take_readers(sent)
    return list(_read_one(*task))


def _may_hold(stem: str, ids: Collection[str]) -> bool:
    """Whether a file named ``stem`` may hold one of ``ids``: its own id, or, for a file of
    several answers to one question, ``STEM-NUMBER``."""
    return stem in ids or any(i.startswith(stem + "-") for i in ids)


def _read_one(
    item: Path | Problem,
    source: str | None,
    columns: Columns | None,
    walked: bool = False,
    only: Collection[str] | None = None,
) -> Iterator[Document | Problem]:
    """The documents of one file (``walked``: found in a folder, not named)."""
    from . import tabular
    from .detect import candidates_for, detect

    if isinstance(item, Problem):
        yield item
        return
    path = item
    empty = empty_reason(path)
    if empty:
        yield Problem(str(path), empty)
        return
    try:
        if columns and tabular.suffix_of(path) in tabular.SUFFIXES:
            yield from tabular.read_file(path, columns)
            return
        if only is not None and not columns and not _may_hold(path.stem, only):
            # a file that is one document of another id: not even opened to detect its layout
            readers = [get_reader(source)] if source else candidates_for(path)
            if readers and all(r.one_per_file for r in readers):
                return
        reader = get_reader(source) if source and not columns else detect(path)
        yield from reader.read(path) if only is None else reader.read_only(path, only)
    except NotRecognised as exc:
        if walked and path.suffix.lower() in _PLAIN_TEXT:
            log.info("skipping %s: not a written question", path)
            yield Problem(str(path), f"not a written question ({exc.reason})", skipped=True)
        else:
            yield problem_from(exc)
    except ReadError as exc:
        yield problem_from(exc)
    finally:  # a PDF a content check kept open for a reading that did not follow (lows48)
        release_kept_pdf()


def release_kept_pdf() -> None:
    """Close the PDF that a reader's content check kept open for the reading of the same file
    (``pdf_text._KEPT``), if any: once a file is read, or was only recognised (the Dask engine's
    plan), nothing keeps it open (lows48: the last one stayed open, locked on Windows)."""
    import sys

    kept = sys.modules.get(f"{__name__}.pdf_text")
    if kept is not None:
        kept.forget_kept()
