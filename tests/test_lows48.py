"""The low-severity faults session 47's reviews left (session 48, lows48): each input written here
from its bytes; each test fails at 7f136f8 (README, "Bad input and small faults, session 47's lows")."""

from __future__ import annotations

import csv
import io
import logging
import os
import re
import tarfile
import tracemalloc
import zipfile
from pathlib import Path

import pytest

import qa_align
from qa_align.readers import container, decode_text

from .conftest import CORPUS, CYBER, score_cli

TK = sorted((CORPUS / "tweede-kamer").glob("*.pdf"))


# 1. a container's signature read whole: text that begins like one is text; a real one is found


def test_text_that_begins_like_a_pdf_bzip2_or_tar_is_text_and_real_ones_are_containers():
    for text in (
        "%PDF-bestanden van het ministerie: hoeveel zijn er?\n",
        "BZh-code 12 in de lijst van de administratie.\n",
        "x" * 257 + "ustar is geen woord, maar hier staat het.\n" + "y" * 300,
    ):
        assert container(text.encode()) is None  # 7f136f8: a PDF, bzip2-compressed data, a tar archive
        assert decode_text(text.encode(), Path("n.txt")) == text
    # a PDF with a line before its header (PDF readers look within the first 1,024 bytes)
    assert container(b"garbage line\r\n%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n") == "a PDF"
    # the real ones still are
    import bz2

    assert container(bz2.compress(b"Vraag 1.")) == container(bz2.compress(b"")) == "bzip2-compressed data"
    assert container(CYBER.with_name("vrg_en_antw.235.pdf").read_bytes()[:4096]) == "a PDF"
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        info = tarfile.TarInfo("vraag.txt")
        info.size = 8
        tar.addfile(info, io.BytesIO(b"Vraag 1."))
    assert container(out.getvalue()) == "a tar archive"


# 2. a leftover's process told by its start time and the place it runs, not its pid alone


def test_a_leftover_is_told_by_its_process_start_time_and_where_it_ran(tmp_path, caplog):
    from qa_align.sinks import PartFolder

    out = tmp_path / "scores.parquet"
    out.write_bytes(b"PAR1 an earlier run's single file PAR1")
    mine = PartFolder(out).path.name  # beside an earlier file: a temporary folder's name
    found = re.fullmatch(
        r"\.scores\.parquet\.qa-align-parts\.(\d+)-(\d+)-([0-9a-f]{8})\.[0-9a-f]{8}\.tmp", mine
    )
    assert found and int(found[1]) == os.getpid()  # 7f136f8: the pid alone
    tag = found[3]
    # a pid that runs now (this process's parent) but a process that started at another time: the
    # run that left it ended, its pid taken since (7f136f8 took it for a run still running)
    reused = tmp_path / f".scores.parquet.qa-align-parts.{os.getppid()}-1-{tag}.0badc0de.tmp"
    # a pid no process here has, made in another container or on another machine (7f136f8 removed it:
    # a live run of another PID namespace on a shared volume lost its folder)
    elsewhere = (
        tmp_path
        / f".scores.parquet.qa-align-parts.999999-12345-{'0' * 8 if tag != '0' * 8 else '1' * 8}.0badc0de.tmp"
    )
    for leftover in (reused, elsewhere):
        (leftover / "_state").mkdir(parents=True)
    with caplog.at_level(logging.WARNING):
        PartFolder(out)
    assert not reused.exists() and elsewhere.is_dir()
    assert (
        f"{elsewhere}: left, made by a run (process 999999) on another machine or in another container"
        in (caplog.text)
    )


# 3. a model folder saved again within the file system's time step is another model


def test_a_model_folder_saved_again_with_the_same_sizes_and_times_has_another_key(tmp_path):
    from qa_align.embed import _folder_key

    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "config.json").write_text('{"hidden": 1}')
    (folder / "model.safetensors").write_bytes(bytes(range(256)) * 8192)  # 2 MB: sampled
    times = {p: p.stat().st_mtime_ns for p in folder.iterdir()}
    before = _folder_key(folder)
    (folder / "config.json").write_text('{"hidden": 2}')
    (folder / "model.safetensors").write_bytes(bytes(range(255, -1, -1)) * 8192)
    for p, t in times.items():  # a file system of one-second (or two-second) times: the same times
        os.utime(p, ns=(t, t))
    assert _folder_key(folder) != before  # 7f136f8: the same key, the first model's vectors


# 4. huggingface_hub's bars as they were after a model load


def test_the_hub_s_progress_bars_are_put_back_as_they_were():
    pytest.importorskip("transformers")
    from huggingface_hub.utils import are_progress_bars_disabled, disable_progress_bars, enable_progress_bars
    from transformers.utils import logging as hf_logging

    from qa_align.embed import _no_loading_bars

    was = (hf_logging.is_progress_bar_enabled(), are_progress_bars_disabled())
    try:
        hf_logging.disable_progress_bar()  # transformers' off, the hub's on
        enable_progress_bars()
        with _no_loading_bars():
            assert are_progress_bars_disabled() and not hf_logging.is_progress_bar_enabled()
        assert not are_progress_bars_disabled()  # 7f136f8: left off
        assert not hf_logging.is_progress_bar_enabled()
    finally:
        hf_logging.enable_progress_bar() if was[0] else hf_logging.disable_progress_bar()
        disable_progress_bars() if was[1] else enable_progress_bars()


# 5. a PDF kept open for a reading that does not follow is closed


def _open_files() -> set[str]:
    fds = Path("/proc/self/fd")
    return {os.path.realpath(fds / f) for f in os.listdir(fds)} if fds.is_dir() else set()


def test_a_pdf_only_recognised_is_not_kept_open():
    from qa_align import engine
    from qa_align.readers import pdf_text

    parts = list(engine.plan([str(p) for p in TK]))  # the Dask engine's plan: each file recognised here
    assert parts and not pdf_text._KEPT  # 7f136f8: the last one kept open
    assert not {str(p.resolve()) for p in TK} & _open_files()
    docs = qa_align.read(TK[0])
    assert docs and not pdf_text._KEPT


# 7, 8. -q still says what could not be read; a count of one is singular


def test_quiet_still_tells_the_unreadable_files_and_counts_of_one_are_singular(tmp_path, capsys):
    from qa_align.cli import main

    (tmp_path / "kapot.txt").write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    out = tmp_path / "out.csv"
    assert (
        main(["score", str(CYBER), str(tmp_path / "kapot.txt"), "--model", "none", "-q", "-o", str(out)]) == 1
    )
    err = capsys.readouterr().err
    # 7f136f8: nothing on stderr
    assert (
        err == f"qa-align: 1 unreadable (file or record not read), listed in {tmp_path / 'out.errors.csv'}\n"
    )
    one = tmp_path / "one.csv"
    with one.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["id", "vraag", "antwoord"], ["A1", "Hoeveel scholen?", "Drie scholen."]])
    args = ["score", str(one), "--id-col", "id", "--question-col", "vraag", "--answer-col", "antwoord"]
    assert main([*args, "--all", "--model", "none", "-o", str(tmp_path / "one-out.csv")]) == 0
    assert "qa-align: 1 document, 1 pair, 0 flagged; 1 row written to " in capsys.readouterr().err


# 9, 11. a cut cell: after a whole word, within a spreadsheet's count (UTF-16 units)


def test_a_cut_cell_ends_after_a_whole_word_and_counts_as_a_spreadsheet_does():
    from qa_align.output import _cut

    assert (
        _cut("Hoeveel scholen werden in 2024 gerenoveerd?", 20) == "Hoeveel scholen…"
    )  # 7f136f8: "... wer…"
    assert (
        _cut("Hoeveel scholen werden in 2024 gerenoveerd?", 16) == "Hoeveel scholen…"
    )  # (a word ends at the cut)
    assert _cut("Hoeveel scholen werden", 15) == "Hoeveel…"  # 7f136f8: "Hoeveel schole…"
    assert _cut("x" * 30, 10) == "x" * 9 + "…"  # no word ends in the second half: cut where it must
    emoji = "\U0001f3eb" * 20  # each two UTF-16 units, as Excel counts a cell
    cut = _cut(emoji, 10)
    assert len(cut.encode("utf-16-le")) // 2 <= 10 and cut == "\U0001f3eb" * 4 + "…"  # 7f136f8: 19 units
    assert _cut("kort", 10) == "kort"


def test_excel_unicode_text_named_csv_is_read_by_its_tabs(tmp_path):
    from qa_align.readers.tabular import load_frame

    rows = ["id\tvraag\tantwoord", "A1\tHoeveel scholen, in 2023?\tDrie scholen; in Gent."]
    path = tmp_path / "export.csv"  # Excel's "Unicode text": UTF-16 LE with its mark, tab-separated
    path.write_bytes(("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-16-le"))
    frame = load_frame(path)
    assert list(frame.columns) == ["id", "vraag", "antwoord"]  # 7f136f8: one column "id\tvraag\tantwoord"
    assert frame.values.tolist() == [["A1", "Hoeveel scholen, in 2023?", "Drie scholen; in Gent."]]


# 10. a Word table of a header and one row is a table


def test_a_word_table_of_a_header_and_one_row_is_read_as_a_table(tmp_path):
    docx = pytest.importorskip("docx")
    lines = CYBER.read_text(encoding="utf-8").splitlines()
    start = lines.index("Rijlabels 2021 2022 2023 2024** TOTAAL")
    document = docx.Document()
    for k, line in enumerate(lines):
        if k == start:
            table = document.add_table(rows=2, cols=3)
            for r, row in enumerate([["Provincie", "Trajecten", "Aandeel"], ["Antwerpen", "89", "28%"]]):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        elif not start < k <= start + 7:
            document.add_paragraph(line)
    document.save(tmp_path / "vraag.docx")
    (doc,) = qa_align.read(tmp_path / "vraag.docx")
    tables = doc.answer.segments[0].tables
    # 7f136f8: none ("Provincie Trajecten Aandeel" over "Antwerpen 89 28%": one row of figures)
    assert [(t.header, t.rows) for t in tables] == [
        (("Provincie", "Trajecten", "Aandeel"), (("Antwerpen", "89", "28%"),))
    ]
    assert [t.column_labels for t in tables] == [("Trajecten", "Aandeel")]


# 12. a zip named .csv is said to be a zip, and what to do


def test_a_zip_named_csv_is_said_to_be_a_zip_not_a_table_of_no_known_layout(tmp_path):
    zipped = tmp_path / "export.csv"
    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr("export.csv", "id,vraag,antwoord\nA1,Hoeveel?,Drie.\n")
    code, rows, errors = score_cli([zipped, CYBER], tmp_path)
    assert code == 1 and {r["doc_id"] for r in rows} == {"schv-8-2024-cybersecurity"}
    # 7f136f8: "a table of no known layout; name its columns with --id-col, ..."
    assert [e["reason"] for e in errors] == [
        "binary content (a zip archive) where a table was expected; qa-align reads no archive: unpack it "
        "and give the table inside"
    ]


# 13, 14. the memory of reading bytes that are no UTF-8: no entry a byte, no copy of the whole kept


def test_decoding_a_text_with_many_stray_bytes_keeps_no_entry_a_byte():
    from qa_align.readers import decode_not_utf8

    data = "café ".encode() * 1 + ("é".encode() + b"\xff") * 1_000_000  # UTF-8 kept: as many é as bad bytes
    tracemalloc.start()
    try:
        text = decode_not_utf8(data, Path("n.txt"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert text.count("\ufffd") == 1_000_000
    # the text (2 M characters of two bytes, as decoded and as replaced) and the replacement's pieces:
    # some 25 MB; 7f136f8 kept a place and a line a bad byte besides (62 MB)
    assert peak < 40_000_000, peak


def test_a_windows_1252_table_is_read_without_a_copy_of_it_whole_as_text(tmp_path):
    from qa_align.readers.tabular import load_frame

    answer = "De cafés en één crèche kosten € 12.000. " * 50  # 2 KB, 250 bytes not UTF-8
    path = tmp_path / "export.csv"
    path.write_bytes(
        ("qid,vraag,antwoord\n" + "".join(f'{i},"Hoeveel?","{answer}"\n' for i in range(1500))).encode(
            "cp1252"
        )
    )
    logging.disable(logging.WARNING)
    tracemalloc.start()
    try:
        frame = load_frame(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        logging.disable(logging.NOTSET)
    assert frame["antwoord"].tolist() == [answer] * 1500
    size = path.stat().st_size  # 3 MB
    assert peak < 12 * size, (peak, size)  # 7f136f8: some 15 times the file
