"""Walking files and folders: nothing skipped without a word, what is ignored on purpose,
text in other encodings, empty files, broken PDFs."""

from __future__ import annotations

import gzip
import os
import shutil

import pandas as pd
import pytest

from qa_align.cli import main
from qa_align.readers import read_paths
from qa_align.types import Document, Problem

from .conftest import CORPUS, CYBER, PDF235

# the start of the column documentation beside the Belgian records in ../shared/data
R_DOC = """#' @title Dataset from 2017 with Questions and Answers in the Belgium Federal Parliament
#' @description Dataset from 2017 with Questions asked by members of the Belgian Federal Parliament
#' \\item question: the question itself (always in Dutch)
#' \\item answer: the answer given by the department of the minister (always in Dutch)
NULL
"""


def _names(items):
    return sorted(os.path.basename(i.path) for i in items)


def _errors(tmp_path, name="out"):
    return pd.read_csv(tmp_path / f"{name}.errors.csv", dtype=str, keep_default_na=False)


def test_csv_in_a_folder_without_columns_is_reported(tmp_path, capsys):
    folder = tmp_path / "batch"
    folder.mkdir()
    pd.DataFrame({"qid": ["q-1"], "vraag": ["Hoeveel?"], "antwoord": ["Tien."]}).to_csv(
        folder / "eigen.csv", index=False
    )
    shutil.copy(CYBER, folder)
    out = tmp_path / "out.csv"
    assert main(["score", str(folder), "-o", str(out), "--model", "none"]) == 1
    (row,) = _errors(tmp_path).itertuples()
    assert row.path == str(folder / "eigen.csv")
    assert "--id-col" in row.reason and "qid, vraag, antwoord" in row.reason and row.skipped == "False"
    assert "eigen.csv" in capsys.readouterr().err


def test_unreadable_folder_is_reported(tmp_path, monkeypatch):
    (tmp_path / "open").mkdir()
    (tmp_path / "closed").mkdir()
    shutil.copy(CYBER, tmp_path / "open")
    shutil.copy(CYBER, tmp_path / "closed")
    real = os.scandir

    def scandir(path="."):  # tests run as root, where chmod 000 still reads: the refusal is faked
        if os.fspath(path).endswith("closed"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_paths([tmp_path]))
    docs = [i for i in items if isinstance(i, Document)]
    (problem,) = [i for i in items if isinstance(i, Problem)]
    assert [d.path for d in docs] == [str(tmp_path / "open" / CYBER.name)]
    assert problem.path == str(tmp_path / "closed")
    assert problem.reason == "cannot read the folder (Permission denied)"


def test_broken_link_is_reported(tmp_path):
    shutil.copy(CYBER, tmp_path)
    (tmp_path / "weg.txt").symlink_to(tmp_path / "bestaat-niet.txt")
    problems = [i for i in read_paths([tmp_path]) if isinstance(i, Problem)]
    assert [(p.path, p.reason) for p in problems] == [
        (str(tmp_path / "weg.txt"), "a broken link (its target does not exist)")
    ]


def test_ignore_files_and_exclude(tmp_path):
    for name in (
        "a.txt",
        "b.draft.txt",
        "keep.draft.txt",
        "notes/c.txt",
        "sub/d.txt",
        "sub/e.txt",
        "sub/f.txt",
    ):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        shutil.copy(CYBER, tmp_path / name)
    (tmp_path / ".qa-alignignore").write_text("# drafts and notes\n*.draft.txt\n!keep.draft.txt\nnotes/\n")
    (tmp_path / "sub" / ".qa-alignignore").write_text("e.txt\n")
    items = list(read_paths([tmp_path], exclude=["f.txt"]))
    assert all(isinstance(i, Document) for i in items)
    assert sorted(os.path.relpath(i.path, tmp_path) for i in items) == [
        "a.txt",
        "keep.draft.txt",
        "sub/d.txt",
    ]
    # the CLI's --exclude (repeatable), anchored at the folder given
    out = tmp_path.parent / f"{tmp_path.name}-out.csv"
    args = ["score", str(tmp_path), "--all", "-q", "--model", "none", "-o", str(out)]
    assert main([*args, "--exclude", "/a.txt", "--exclude", "sub/"]) == 0
    assert set(pd.read_csv(out)["doc_id"]) == {"keep.draft"}


def test_text_that_is_no_written_question_is_skipped_in_a_folder(tmp_path, capsys):
    folder = tmp_path / "be"
    folder.mkdir()
    (folder / "data_doc.R.txt").write_text(R_DOC, encoding="utf-8")
    (folder / "datapackage.yaml").write_text("name: x\n", encoding="utf-8")
    shutil.copy(CYBER, folder)
    out = tmp_path / "out.csv"
    assert main(["score", str(folder), "--all", "--model", "none", "-o", str(out)]) == 0
    doc, yaml = _errors(tmp_path).itertuples()
    assert doc.path == str(folder / "data_doc.R.txt") and doc.skipped == "True" and doc.unanswered == "False"
    assert doc.reason.startswith("not a written question (not recognised as any of: ")
    assert (yaml.path, yaml.reason, yaml.skipped) == (
        str(folder / "datapackage.yaml"),
        "not a kind of file qa-align reads (.yaml)",
        "True",
    )
    err = capsys.readouterr().err
    assert "data_doc.R.txt: skipped: not a written question" in err
    assert "2 skipped (not written questions) and 0 unreadable" in err
    # named on its own it is what was asked for, and an error
    assert main(["score", str(folder / "data_doc.R.txt"), "-q", "-o", str(out)]) == 1
    assert _errors(tmp_path)["skipped"].tolist() == ["False"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_is_read(tmp_path, encoding, caplog):
    path = tmp_path / CYBER.name
    path.write_bytes(CYBER.read_text(encoding="utf-8").encode(encoding))
    (doc,) = read_paths([path])
    assert isinstance(doc, Document)
    assert [u.n for u in doc.question.units] == ["1", "2", "3", "4", "5"]
    assert doc.metadata.questioner == "Stijn De Roo"
    assert "UTF-16 text; read as such" in caplog.text


def test_utf16_records_are_read(tmp_path):
    sample = CORPUS / "be-kamer" / "questions-sample.jsonl"
    path = tmp_path / "q.jsonl"
    path.write_bytes(sample.read_text(encoding="utf-8").encode("utf-16"))
    items = list(read_paths([path]))
    assert sorted(d.doc_id for d in items if isinstance(d, Document)) == ["184501", "184504", "184509"]
    assert [(p.doc_id, p.unanswered) for p in items if isinstance(p, Problem)] == [("184505", True)]


def test_empty_files_say_so(tmp_path):
    (tmp_path / "leeg.txt").write_bytes(b"")
    (tmp_path / "leeg.jsonl").write_bytes(b"")
    (tmp_path / "blanco.jsonl").write_bytes(b"\n  \n\n")
    (tmp_path / "leeg.jsonl.gz").write_bytes(gzip.compress(b""))
    (tmp_path / "leeg.pdf").write_bytes(b"")
    (tmp_path / "lijst.json").write_text("[]")
    items = list(read_paths([tmp_path]))
    assert {os.path.basename(p.path): p.reason for p in items} == {
        "blanco.jsonl": "empty file (only blank space)",
        "leeg.jsonl": "empty file",
        "leeg.jsonl.gz": "empty file (nothing inside the compressed file)",
        "leeg.pdf": "empty file",
        "leeg.txt": "empty file",
        "lijst.json": "no records (an empty JSON list)",
    }


def test_pdf_errors_give_pdfminer_s_reason(tmp_path):
    (tmp_path / "kapot.pdf").write_bytes(b"not a pdf at all")
    (tmp_path / "afgebroken.pdf").write_bytes(PDF235.read_bytes()[:3000])
    reasons = {os.path.basename(p.path): p.reason for p in read_paths([tmp_path])}
    assert reasons == {
        "afgebroken.pdf": "not a readable PDF (the file ends early: truncated or cut off while downloading; "
        "pdfminer: PSEOF: Unexpected EOF)",
        "kapot.pdf": "not a readable PDF (PDFSyntaxError: No /Root object! - Is this really a PDF?)",
    }


def test_exclude_in_the_settings_takes_a_list(tmp_path):
    from qa_align.errors import ConfigError
    from qa_align.settings import Settings

    path = tmp_path / "s.toml"
    path.write_text('exclude = ["data_doc.R.txt", "drafts/"]\n')
    assert Settings.from_file(path).exclude == ("data_doc.R.txt", "drafts/")
    with pytest.raises(ConfigError, match="setting exclude takes a list of patterns"):
        Settings.from_mapping({"exclude": "data_doc.R.txt"})
