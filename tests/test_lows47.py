"""Bad input, review48's lows in lows46's code (session 47, lows47): each input written here from
its bytes; each test fails at 4817d63 but those marked as guards (README, "Bad input, review48's
lows")."""

from __future__ import annotations

import dataclasses
import io
import json
import logging
import os
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import qa_align
from qa_align import Settings
from qa_align.errors import ReadError
from qa_align.readers import FieldDecoder, decode_text, wide_encoding
from qa_align.readers.tabular import load_frame
from qa_align.types import Problem

from .conftest import CORPUS, CYBER, ROOT, score_cli

NONE = Settings(similarity_model="none", jobs=1)
BE = CORPUS / "be-kamer" / "questions-sample.jsonl"
NOTE = "Vraag 1. Hoeveel scholen zijn er in 2023 geopend?\n\nAntwoord: drie scholen, in Gent en Brugge.\n"


# 1. a container is no text, whatever it holds


def _stored_zip(name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        z.writestr(name, data)
    return out.getvalue()


def test_a_stored_zip_of_utf16_text_is_binary_not_utf16(tmp_path):
    # an entry of odd name length puts its UTF-16-LE bytes' NULs in the even places: the zip read as
    # UTF-16-BE at 4817d63, the header's bytes a line of CJK-looking text before the note
    zipped = _stored_zip("vraag.txt", (NOTE * 30).encode("utf-16-le"))
    assert zipped[:4] == b"PK\x03\x04" and wide_encoding(zipped) is None
    plain = _stored_zip("vraag.txt", (NOTE * 30).encode("utf-8"))  # few NULs: text by the binary measure
    for name, data in [("a.txt", zipped), ("b.txt", plain), ("c.jsonl", zipped), ("d.csv", plain)]:
        (tmp_path / name).write_bytes(data)
    code, rows, errors = score_cli([*(tmp_path / n for n in ("a.txt", "b.txt", "c.jsonl")), CYBER], tmp_path)
    assert code == 1 and {r["doc_id"] for r in rows} == {"schv-8-2024-cybersecurity"}
    assert [(Path(e["path"]).name, e["reason"]) for e in errors] == [
        ("a.txt", "binary content (a zip archive) where text was expected"),
        ("b.txt", "binary content (a zip archive) where text was expected"),
        ("c.jsonl", "binary content (a zip archive) where JSON was expected"),
    ]
    with pytest.raises(ReadError, match=r"binary content \(a zip archive\) where a table was expected"):
        load_frame(tmp_path / "d.csv")


# 2. UTF-32 by every unit


def test_utf16_text_with_a_control_character_every_other_one_is_not_utf32():
    # UTF-16-LE "H", U+0001, "o", U+0001, ...: as UTF-32-LE each unit is U+100xx, beyond the first
    # 65,536 code points; 4817d63 read it as UTF-32 text of plane 16
    data = "".join(c + "\x01" for c in "Hoeveel scholen zijn er in 2023 geopend?").encode("utf-16-le")
    assert wide_encoding(data) is None
    # real UTF-32 text with a character beyond the first 65,536 still is (a guard)
    text = "Antwoord: drie scholen \U0001f3eb in Gent.\n" * 4
    assert wide_encoding(text.encode("utf-32-le")) == "utf-32-le"
    assert decode_text(text.encode("utf-32-be"), Path("f.txt")) == text
    # every unit looked at, not the first 4 KB only: a unit further on that is no code point
    late = (text * 40).encode("utf-32-le") + b"\x00\x00\x11\x00"
    assert len(late) > 4096 and wide_encoding(late) is None


# 3. a UTF-8 note with four stray NULs of one parity is UTF-8


def test_a_utf8_note_with_four_stray_nul_bytes_of_one_parity_is_utf8(tmp_path, caplog):
    note = bytearray(b"Vraag 1. Hoeveel scholen zijn er in 2023 geopend? Antwoord: drie scholen in Gent.\n")
    for k in (9, 21, 33, 45):  # odd places: the high bytes of UTF-16-LE; 4817d63 read it so (CJK)
        note[k] = 0
    assert wide_encoding(bytes(note)) is None
    with caplog.at_level(logging.WARNING):
        text = decode_text(bytes(note), Path("n.txt"))
    assert text == bytes(note).replace(b"\x00", b"").decode("utf-8")
    assert "n.txt: 4 NUL bytes in text; dropped" in caplog.text
    # Latin text in UTF-16 (half its bytes NUL) and Cyrillic in UTF-16 (a few) stay UTF-16 (a guard)
    assert wide_encoding(NOTE.encode("utf-16-le")) == "utf-16-le"
    russian = "Сколько школ открылось в 2023 году? Три школы.\n" * 3
    assert decode_text(russian.encode("utf-16-be"), Path("r.txt")) == russian


# 4. a Windows-1252 table: the lines the warning names kept bounded, the fields decoded the same


def test_a_windows_1252_table_keeps_the_lines_its_warning_names_not_a_line_a_byte(tmp_path, caplog):
    answer = "De cafés en één school. " * 20  # 80 bytes not UTF-8 a row
    rows = [f'{i},"Hoeveel cafés?","{answer}"\n' for i in range(300)]
    path = tmp_path / "export.csv"
    path.write_bytes(("qid,vraag,antwoord\n" + "".join(rows)).encode("cp1252"))
    fields = FieldDecoder(path.read_bytes(), path)
    # one entry a line holding such bytes (300), not a line number a byte (4817d63: 24,300)
    assert len(fields._lines) == 300 and not hasattr(fields, "lines")
    with caplog.at_level(logging.WARNING):
        frame = load_frame(path)
    assert (
        frame["antwoord"].tolist() == [answer] * 300 and frame["vraag"].tolist() == ["Hoeveel cafés?"] * 300
    )
    assert (
        f"{path}: not valid UTF-8; read as Windows-1252 (the bytes of lines 2, 3, 4, 5, 6 and 295 more)"
        in (caplog.text)
    )


def test_a_table_whose_fields_are_read_each_way_decodes_as_its_bytes_say(tmp_path, caplog):
    # a guard (passes at 4817d63): a column read as UTF-8 with a stray byte, one as Windows-1252,
    # a byte of each half of the marks (0x80-0xBF, 0xC0-0xFF), CR LF and CR line ends
    data = (
        b"qid,vraag,antwoord,noot\r\n"
        b'q-1,"Hoeveel caf\xc3\xa9s?","Er zijn er \xe9\xe9n, \x80 \xbf \xff.","caf\xc3\xa9s \xc3\xa9\xc3\xa9n"\r'
        b'q-2,"Waar? \xe9","Twee\r\nscholen \xe8n \xd0.","x \xe9 \xc3\xa9"\n'
    )
    (tmp_path / "m.csv").write_bytes(data)
    with caplog.at_level(logging.WARNING):
        frame = load_frame(tmp_path / "m.csv", {"qid", "vraag", "antwoord"})
    # the columns read: one UTF-8 character beyond ASCII, eight bytes not UTF-8: Windows-1252
    assert frame["vraag"].tolist() == ["Hoeveel cafés?", "Waar? é"]
    assert frame["antwoord"].tolist() == ["Er zijn er één, € ¿ ÿ.", "Twee\r\nscholen èn Ð."]
    # the column not read: four UTF-8 characters, one byte not UTF-8: UTF-8, the byte U+FFFD
    assert frame["noot"].tolist() == ["cafés één", "x \ufffd é"]
    assert "1 byte not UTF-8 (line 4) in UTF-8 text" in caplog.text
    assert "read as Windows-1252 (the bytes of lines 2, 3, 4)" in caplog.text
    # a byte undefined in Windows-1252 (0x81) is the file's error, naming its line
    (tmp_path / "u.csv").write_bytes(b"qid,antwoord\nq-1,\xe9\xe9n\nq-2,tw\x81e\n")
    with pytest.raises(ReadError, match=r"bad byte 0x81 on line 3\) nor Windows-1252"):
        load_frame(tmp_path / "u.csv")


# 5 and 8. the Dask engine: ids without unpickling the documents again; the file's lines named


def test_the_dask_engine_finds_ids_without_loading_the_documents_again(in_process_client):
    from qa_align import engine
    from qa_align.document_rules import Held

    parts = list(engine.plan([BE], part_records=3))
    held = engine.map_part(parts[0], None, None, NONE, [], False)
    ids = [json.loads(line)["doc_id"] for line in BE.read_text(encoding="utf-8").splitlines()[:3]]
    # the documents' pickles made unreadable: 4817d63 unpickled each again (a zlib error here)
    broken = [dataclasses.replace(h, document=b"not a pickle") if isinstance(h, Held) else h for h in held]
    found = engine.part_ids(broken)
    assert [(k, doc_id) for k, _, doc_id, *_ in found] == [(k, str(i)) for k, i in enumerate(ids)]
    assert [where for *_, where in found] == ["line 1", "line 2", "line 3"]


def test_the_dask_engine_names_the_file_s_lines_of_an_id_twice_across_partitions(tmp_path, in_process_client):
    from qa_align import engine
    from qa_align.pipeline import iter_scored

    lines = BE.read_text(encoding="utf-8").splitlines()
    path = tmp_path / "kamer.jsonl"
    path.write_text("\n".join([lines[0], lines[1], lines[2], lines[0]]) + "\n", encoding="utf-8")
    other = tmp_path / "other.jsonl"
    other.write_text(lines[1] + "\n", encoding="utf-8")
    settings = Settings(jobs=1)
    local = [r for r in iter_scored([path, other], settings) if isinstance(r, Problem)]
    # two records a partition: line 4 is in another partition than line 1 (4817d63: no line named)
    dask = list(engine.iter_scored([path, other], settings, client=in_process_client, part_records=2))
    doc_id = str(json.loads(lines[0])["doc_id"])
    assert [p.reason.split(";")[0] for p in local] == [
        f"line 4: duplicate id: '{doc_id}' (be-kamer) was read before from {path}, line 1",
        f"duplicate id: '{json.loads(lines[1])['doc_id']}' (be-kamer) was read before from {path}",
    ]
    assert [r for r in dask if isinstance(r, Problem)] == local


# 6. a commit leaves the output and its errors file both old or both new


def _earlier(tmp_path: Path) -> tuple[Path, Path]:
    out, errors = tmp_path / "scores.parquet", tmp_path / "scores.errors.csv"
    out.write_bytes(b"PAR1 an earlier run's single file PAR1")
    errors.write_bytes(b"path,reason\nold.txt,an earlier run's problem\r\n")
    return out, errors


@pytest.mark.parametrize("failing", ["the folder's rename", "the errors file's rename"])
def test_a_commit_that_fails_leaves_the_earlier_output_and_errors_file(tmp_path, monkeypatch, failing):
    from qa_align.sinks import PartFolder

    out, errors = _earlier(tmp_path)
    folder = PartFolder(out)
    folder.begin()
    real_rename, real_replace = os.rename, os.replace

    def rename(src, dst, *args, **kwargs):
        if failing == "the folder's rename" and Path(src).is_dir():
            raise OSError(28, "No space left on device")
        return real_rename(src, dst, *args, **kwargs)

    def replace(src, dst, *args, **kwargs):
        if failing == "the errors file's rename" and Path(dst).name == errors.name:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "rename", rename)
    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError, match="No space"):
        folder.commit([Problem("new.txt", "this run's problem")], {"complete": True})
    folder.discard()
    # 4817d63, the folder's rename failing: the earlier file removed, this run's errors file beside nothing
    assert out.read_bytes() == b"PAR1 an earlier run's single file PAR1"
    assert errors.read_bytes() == b"path,reason\nold.txt,an earlier run's problem\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scores.errors.csv", "scores.parquet"]


def test_a_commit_into_a_folder_whose_errors_file_fails_leaves_no_manifest(tmp_path, monkeypatch):
    from qa_align.sinks import MANIFEST, PART_STATE, PartFolder

    out = tmp_path / "scores.parquet"
    errors = tmp_path / "scores.errors.csv"
    errors.write_bytes(b"path,reason\nold.txt,an earlier run's problem\r\n")
    folder = PartFolder(out)
    folder.begin()
    real_replace = os.replace
    monkeypatch.setattr(
        os,
        "replace",
        lambda src, dst: (
            (_ for _ in ()).throw(OSError(28, "No space"))
            if Path(dst).name == errors.name
            else real_replace(src, dst)
        ),
    )
    with pytest.raises(OSError, match="No space"):
        folder.commit([Problem("new.txt", "this run's problem")], {"complete": True})
    # 4817d63 wrote the manifest first: a folder read as complete beside the earlier errors file
    assert not (out / PART_STATE / MANIFEST).exists()
    assert errors.read_bytes() == b"path,reason\nold.txt,an earlier run's problem\r\n"


# 7. a run killed while its part folder stands under a temporary name


_MAKE = """
import os, signal, sys
from qa_align.sinks import PartFolder
folder = PartFolder(sys.argv[1])
folder.begin()
(folder.path / "part-000000.parquet").write_bytes(b"PAR1 half PAR1")
print(folder.path, flush=True)
if sys.argv[2] == "kill":
    os.kill(os.getpid(), signal.SIGKILL)
sys.stdin.read()
"""


def _run_making(out: Path, how: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", _MAKE, str(out), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_the_next_run_removes_the_temporary_folder_of_a_killed_run_only(tmp_path, caplog):
    from qa_align.sinks import PartFolder

    out, errors = _earlier(tmp_path)
    running = _run_making(out, "wait")  # (first: a run that begins removes a killed one's folder too)
    live = Path(running.stdout.readline().strip())
    killed = _run_making(out, "kill")
    temp = Path(killed.stdout.readline().strip())
    assert killed.wait() == -signal.SIGKILL and temp.is_dir()  # what SIGKILL leaves (no ``discard``)
    user = tmp_path / f".{out.name}.mine.tmp"  # a folder of the user's of a like name
    user.mkdir()
    try:
        with caplog.at_level(logging.WARNING):
            PartFolder(out)
        assert not temp.exists()  # 4817d63: left, one more a killed run
        assert (
            f"{temp}: removed, the temporary part folder of a run (process {killed.pid}) that was killed"
            in (caplog.text)
        )
        assert live.is_dir() and user.is_dir()  # a run that still runs, and the user's, left
    finally:
        running.communicate("")
    assert out.read_bytes() == b"PAR1 an earlier run's single file PAR1"


# the good documents' rows with the bad inputs beside them (a guard)


def test_the_good_documents_rows_are_the_same_beside_this_session_s_bad_inputs(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "zip.txt").write_bytes(_stored_zip("vraag.txt", (NOTE * 30).encode("utf-16-le")))
    note = bytearray(NOTE.encode())
    for k in (9, 21, 33, 45):
        note[k] = 0
    (bad / "note.txt").write_bytes(bytes(note))
    good = qa_align.score([CYBER], NONE)
    both = qa_align.score([CYBER, bad], NONE)
    pd.testing.assert_frame_equal(good.reset_index(drop=True), both.reset_index(drop=True), check_exact=True)
    assert len(both.attrs["problems"]) == 2


def test_a_leftover_that_cannot_be_cleaned_stops_no_run(tmp_path, caplog):
    """A name of ``PartFolder``'s own, of a process that no longer runs, that cannot be removed
    (here a non-empty folder where an earlier output moved aside, a file, is looked for): told, and
    the run goes on (the lead's re-read: 4817d63+lows47 raised IsADirectoryError from PartFolder)."""
    from qa_align.sinks import PartFolder

    out, errors = _earlier(tmp_path)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    pid = int(dead.stdout)
    odd = tmp_path / f".{out.name}.qa-align-old.{pid}.0123abcd.tmp"
    odd.mkdir()
    (odd / "notes.txt").write_text("the user's", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        PartFolder(out)
    assert (odd / "notes.txt").read_text(encoding="utf-8") == "the user's"
    assert (
        f"{odd}: left, a run (process {pid}) that was killed left it and it could not be cleaned"
        in caplog.text
    )
    assert out.read_bytes() == b"PAR1 an earlier run's single file PAR1"
