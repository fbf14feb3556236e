"""Session 49's lows left by review51 (session 50, lows50): a ``.txt``'s kind read once a path and a
UTF-16 text with tab-indented lines read as a document; the shares' range checks; a nil of data since
a year is no nil of the events; bad input end to end."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .conftest import CYBER

# 1. (review51's 3) a .txt's kind read once; a UTF-16 text with tabs is a text


def _unicode_table(tmp_path: Path, name: str = "export.txt") -> Path:
    rows = ["id\tvraag\tantwoord", "A1\tHoeveel scholen, in 2023?\tDrie scholen; in Gent."]
    path = tmp_path / name
    path.write_bytes(("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-16-le"))
    return path


def _tab_indented(text: str) -> str:
    return "".join("\t" + line + "\n" for line in text.splitlines())


def test_a_unicode_text_table_is_opened_once_for_its_kind(tmp_path, monkeypatch):
    from qa_align.readers import read_paths, tabular
    from qa_align.readers.tabular import Columns

    path = _unicode_table(tmp_path)
    # (lows51: a kind is kept only for a file written a clock's step before it was read, as an exported file is)
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns - 3_600_000_000_000))
    opened = []

    def counted(file, *args, **kwargs):
        opened.append(Path(file))
        return open(file, *args, **kwargs)

    monkeypatch.setattr(tabular, "open", counted, raising=False)
    (doc,) = read_paths([path], columns=Columns(id="id", question="vraag", answer="antwoord"))
    assert doc.doc_id == "A1"
    # one opening for the kind, one for the table's first bytes (e49f3f7: four for the kind, five in all)
    assert opened == [path, path]


def test_guard_the_kind_is_read_again_once_the_file_changes(tmp_path):
    """Guard (passes on e49f3f7 too): the kind kept for a path is not kept past a change of the file."""
    from qa_align.readers.tabular import suffix_of

    path = _unicode_table(tmp_path)
    assert suffix_of(path) == ".tsv"
    path.write_text("id\tvraag\tantwoord\nA1\tq\ta\n", encoding="utf-8")
    assert suffix_of(path) == ".txt"


@pytest.mark.parametrize("columns", [False, True])
def test_a_utf16_text_with_tab_indented_lines_is_read_as_its_utf8_copy(tmp_path, columns):
    from qa_align.readers import read_paths
    from qa_align.readers.tabular import Columns

    text = _tab_indented(Path(CYBER).read_text(encoding="utf-8"))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "cyber.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b" / "cyber.txt").write_bytes(("\ufeff" + text).encode("utf-16-le"))
    given = Columns(id="id", question="vraag", answer="antwoord") if columns else None
    read = {}
    for side in ("a", "b"):
        items = list(read_paths([tmp_path / side / "cyber.txt"], columns=given))
        read[side] = [(type(x).__name__, getattr(x, "doc_id", ""), getattr(x, "text", "")) for x in items]
    assert read["a"][0][0] == "Document"
    assert read["b"] == read["a"]  # e49f3f7: "a table of no known layout", its columns "Unnamed: 0", ...


def test_a_utf16_letter_with_tabs_in_a_folder_is_skipped_as_its_utf8_copy(tmp_path):
    from qa_align.readers import read_paths

    letter = "\tDear Minister\n\tThank you for your letter of 3 May.\n\tYours sincerely\tJane Doe\n"
    (tmp_path / "l8.txt").write_text(letter, encoding="utf-8")
    (tmp_path / "l16.txt").write_bytes(("\ufeff" + letter).encode("utf-16-le"))
    problems = {Path(p.path).name: p for p in read_paths([tmp_path])}
    assert problems["l8.txt"].skipped and problems["l16.txt"].skipped  # e49f3f7: l16 failed as a table
    assert problems["l16.txt"].reason == problems["l8.txt"].reason


def test_guard_an_excel_unicode_text_is_still_a_table(tmp_path):
    """Guard (passes on e49f3f7 too): lows49's table keeps its message naming the columns."""
    from qa_align.readers import read_paths

    (problem,) = read_paths([_unicode_table(tmp_path)])
    assert "a table of no known layout" in problem.reason and "id, vraag, antwoord" in problem.reason


# 2. (review51's 4) every share, probability and margin of Settings takes a number from 0 to 1


def test_every_setting_with_a_fraction_has_its_range_checked():
    import dataclasses

    from qa_align.settings import Settings

    fractions = [f.name for f in dataclasses.fields(Settings) if type(f.default) is float]
    assert "generic_rule_min_general" in fractions and len(fractions) >= 14
    for name in fractions:
        for value in (1.5, -0.1, float("nan")):
            with pytest.raises(ValueError, match=rf"setting {name} takes a number from 0 to 1, not {value}"):
                Settings.from_mapping({name: value})  # e49f3f7: taken
        assert getattr(Settings.from_mapping({name: 1}), name) == 1  # the ends are in range
        assert getattr(Settings.from_mapping({name: 0.0}), name) == 0


def test_the_cli_names_the_settings_file_the_key_its_value_and_the_range(tmp_path, capsys):
    from qa_align.cli import main

    config = tmp_path / "settings.toml"
    config.write_text("generic_rule_min_general = 1.5\n", encoding="utf-8")
    code = main(["score", str(CYBER), "-o", str(tmp_path / "out.csv"), "--config", str(config)])
    err = capsys.readouterr().err
    assert code == 2 and not (tmp_path / "out.csv").exists()
    assert (
        f"settings file {config}: setting generic_rule_min_general takes a number from 0 to 1, not 1.5" in err
    )


def test_the_dask_plan_detects_no_file_that_cannot_be_records(tmp_path, monkeypatch):
    """The plan reads a file's layout only where a record layout may take it (a .jsonl, a .json): a
    text, a PDF or a table went through ``detect`` here and again on its worker (e49f3f7)."""
    from qa_align import engine

    (tmp_path / "cyber.txt").write_bytes(Path(CYBER).read_bytes())
    _unicode_table(tmp_path)
    from qa_align.errors import NotRecognised

    detected = []

    def detect(path):
        detected.append(path.name)
        raise NotRecognised(str(path), "not looked at")

    monkeypatch.setattr(engine, "detect", detect)
    parts = list(engine.plan([tmp_path]))
    assert detected == []
    assert sorted(Path(f[0]).name for part in parts for f in part.files) == ["cyber.txt", "export.txt"]


# 3. (review51's 5) a nil of data since a year is missing data, not a nil of the events


def _breakdown():
    from qa_align.settings import Settings

    return Settings(rules=("breakdown_missing",), recycled_across_documents=False)


SANCTIONS = (
    "To ask the Secretary of State for the Home Department, what sanctions have been applied under sections 70-74 "
    "of the Nationality and Borders Act 2022 in each year since 2022."
)


@pytest.mark.parametrize(
    "answer",
    [
        "<p>No figures have been collected since 2022 on the use of these provisions.</p>",
        "<p>The Department has not held data on visa penalties since 2022.</p>",
        "<p>No records of their use have been kept since 2022.</p>",
    ],
)
def test_a_nil_of_data_since_the_first_year_asked_leaves_the_years_missing(answer):
    from .conftest import flagged, uk_doc

    assert flagged(uk_doc(SANCTIONS, answer), "breakdown_missing", _breakdown()) is True  # e49f3f7: False


def test_guard_a_nil_of_the_events_since_the_first_year_still_gives_every_year():
    """Guard (passes on e49f3f7 too): lows49's nil of the events."""
    from .conftest import flagged, uk_doc

    answer = "<p>These provisions have not been used since their introduction in 2022.</p>"
    assert flagged(uk_doc(SANCTIONS, answer), "breakdown_missing", _breakdown()) is False


# 4. bad input end to end: a JSON Lines line cut short says where; an empty folder named is said


def test_a_json_lines_line_cut_short_says_what_and_where(tmp_path):
    from qa_align.readers.records import iter_json_records

    path = tmp_path / "q.jsonl"
    path.write_text('{"id": 1}\n{"id": 2, "questionText": "cut short\n{"id": 3}\n', encoding="utf-8")
    got = [(k, rec, error) for k, rec, error in iter_json_records(path)]
    assert [(k, rec) for k, rec, _ in got] == [(1, {"id": 1}), (2, None), (3, {"id": 3})]
    # e49f3f7: "line 2: not JSON (Invalid control character at)", its newline the character, no place
    assert got[1][2] == "line 2: not JSON (Unterminated string starting at column 27)"


def test_an_empty_folder_named_is_a_row_of_the_errors_file_and_the_rest_is_scored(tmp_path, capsys):
    import csv

    from qa_align.cli import main

    (tmp_path / "empty").mkdir()
    out = tmp_path / "out.csv"
    code = main(
        ["score", str(tmp_path / "empty"), str(CYBER), "-o", str(out), "--all", "-q", "--model", "none"]
    )
    with open(tmp_path / "out.errors.csv", encoding="utf-8") as fh:
        errors = list(csv.DictReader(fh))
    assert code == 1  # e49f3f7: 0, no errors file, not a word of the folder
    assert [(e["path"], e["reason"]) for e in errors] == [
        (
            str(tmp_path / "empty"),
            "no document in empty/: an empty folder",
        )  # lows51: was "an empty folder: no file in it to read (none, or every one excluded)"
    ]
    with open(out, encoding="utf-8") as fh:
        assert {row["doc_id"] for row in csv.DictReader(fh)} == {"schv-8-2024-cybersecurity"}


def test_guard_a_folder_of_files_all_skipped_is_no_empty_folder(tmp_path):
    """Guard (passes on e49f3f7 too): a folder whose files are read, skipped or not, is not said empty."""
    from qa_align.readers import read_paths

    (tmp_path / "notes.txt").write_text("Nothing here is a written question.\n", encoding="utf-8")
    (problem,) = read_paths([tmp_path])
    assert problem.skipped and "empty folder" not in problem.reason
