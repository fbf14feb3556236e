import re

import qa_align
from qa_align.cli import main
from qa_align.output import COLUMNS

from .conftest import CYBER, ROOT, VLAAMS


def test_score_returns_the_csv_columns(tmp_path):
    df = qa_align.score(VLAAMS)
    assert tuple(df.columns) == COLUMNS
    assert len(df) == 8
    assert df.attrs["problems"].empty
    flags = df.attrs["flags"]
    # answers 3 and 5 share a paragraph; answer 5 is also generic (corpus/gold/README.md, "The
    # cybersecurity document read again")
    assert set(flags["flag"]) == {"recycled_text", "generic"}
    text = CYBER.read_text(encoding="utf-8")
    for _, row in flags.iterrows():
        source = re.sub(r"-[ \t]*\n", "-", text[row["start"] : row["end"]])
        assert " ".join(source.split()) == row["text"]


def test_score_accepts_documents_and_paths_and_reports_problems(cyber_doc, tmp_path):
    df = qa_align.score([cyber_doc, tmp_path / "nope.txt"], flagged_only=True)
    assert list(df["question_no"]) == ["3", "5"]
    assert list(df.attrs["problems"]["reason"]) == ["no such file or folder"]


def test_read_raises_when_asked(tmp_path):
    import pytest

    with pytest.raises(qa_align.ReadError, match="no such file"):
        qa_align.read(tmp_path / "nope.txt", on_error="raise")
    assert qa_align.read(tmp_path / "nope.txt") == []


def test_read_does_not_raise_for_an_unanswered_question():
    # corpus/be-kamer holds 184505, asked and never answered: no failure for `qa-align score` (exit
    # 0) nor for `score`, so `read(..., on_error="raise")` reads the rest and leaves it out (userpath45)
    docs = qa_align.read(ROOT / "corpus" / "be-kamer", on_error="raise")
    assert sorted(d.doc_id for d in docs) == ["184501", "184504", "184509"]


def test_read_results_gives_back_the_frame_the_cli_wrote(tmp_path):
    import pandas as pd
    import pytest

    from qa_align import COLUMNS, ConfigError, read_results
    from qa_align.cli import main

    from .conftest import ROOT

    data = ROOT / "corpus"
    out = tmp_path / "s.csv"
    assert main(["score", str(data), "--all", "-o", str(out), "-q", "--model", "tfidf"]) == 0
    df = read_results(out)
    assert list(df.columns) == list(COLUMNS)
    # ids of every source stay text: a UK id and a Flemish file name in one column
    assert df["doc_id"].map(type).eq(str).all()
    assert "schv-8-2024-cybersecurity" in set(df["doc_id"])
    assert df["similarity"].dtype == "float64" and df["identifiability"].dtype == "float64"
    assert str(df["days_to_answer"].dtype) == "Int64" and str(df["on_time"].dtype) == "boolean"
    assert df["similarity"].notna().all()
    cyber = df[df["doc_id"] == "schv-8-2024-cybersecurity"].set_index("question_no")
    assert cyber.loc["3", "flags"] == "recycled_text" and cyber.loc["1", "flags"] == ""
    # not a score table, or no file at all: a clear error
    other = tmp_path / "other.csv"
    pd.DataFrame({"source": ["x"], "doc_id": ["1"]}).to_csv(other, index=False)
    with pytest.raises(ConfigError, match="lacks the columns question_no"):
        read_results(other)
    with pytest.raises(ConfigError, match="no such file"):
        read_results(tmp_path / "missing.csv")


class _SameEverywhere:
    """A fake embedder: every text is the same unit vector, so every answered pair has
    similarity 1."""

    name = "same"

    def fit(self, texts):
        return self

    def embed(self, texts):
        import numpy as np

        return np.tile([1.0, 0.0], (len(texts), 1))


def _names_vlaio(ctx):
    from qa_align.types import Flag

    if "VLAIO" in ctx.pair.answer_text:
        yield Flag("names_vlaio", "names VLAIO")


def test_score_takes_an_embedder_and_rules(cyber_doc):
    from qa_align.embed import Backend
    from qa_align.rules import Rule

    embedder = type("Same", (_SameEverywhere, Backend), {})()
    rule = Rule("names_vlaio", "the answer names VLAIO", _names_vlaio)
    df = qa_align.score(cyber_doc, embedder=embedder, rules=["missing_answer", rule])
    assert list(df["similarity"]) == [1.0] * 5
    # answers 3, 4 and 5 name VLAIO ("3. VLAIO kijkt erop toe", "4. ... het VLAIO-netwerk",
    # "5. VLAIO kijkt erop toe"); nothing is missing; no other rule ran
    assert dict(zip(df["question_no"], df["flags"])) == {
        "1": "",
        "2": "",
        "3": "names_vlaio",
        "4": "names_vlaio",
        "5": "names_vlaio",
    }


def test_read_skips_what_is_no_written_question_even_when_raising(tmp_path):
    import shutil

    shutil.copy(CYBER, tmp_path)
    (tmp_path / "datapackage.yaml").write_text("name: x\n")
    (tmp_path / "notes.txt").write_text("Some notes on where these came from.\n")
    (doc,) = qa_align.read(tmp_path, on_error="raise")
    assert doc.doc_id == "schv-8-2024-cybersecurity"


def test_readme_notebook_example_runs_as_written(tmp_path, monkeypatch):
    """The README's Python block of "In a notebook", every line as written, in a folder holding the
    shipped corpus, the CSV of the README's run command and a table of one's own (``my.csv``, with
    the columns the block names): each step gives what its comment says (session 45, userpath45)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## In a notebook.*?```python\n(.*?)```", readme, re.S).group(1)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").symlink_to(ROOT / "corpus")
    assert main(["score", "corpus", "--all", "-o", "out/scores.csv", "-q"]) == 0  # the README's run command
    (tmp_path / "my.csv").write_text(
        "qid,vraag,antwoord\nq1,Hoeveel aanvragen werden ingediend in 2023?,Er werden 1.250 aanvragen ingediend.\n",
        encoding="utf-8",
    )
    names: dict = {}
    frames = []  # each ``df`` the block makes, in order
    for paragraph in block.split("\n\n"):
        exec(paragraph, names)
        if re.search(r"^df = ", paragraph, re.M):
            frames.append(names["df"])
    scored, read_back, own = frames
    assert tuple(scored.columns) == COLUMNS and len(scored) == 45
    # "files that could not be read, unanswered questions ...": the corpus's one unanswered record
    problems = scored.attrs["problems"]
    assert list(problems["doc_id"]) == ["184505"] and bool(problems["unanswered"].iloc[0])
    assert len(names["docs"]) == 14 and len(names["cyber"]) == 5
    assert names["fragment"].startswith('<div class="qa-align"')
    assert tuple(read_back.columns) == COLUMNS and len(read_back) == 45  # the run command's CSV, read back
    assert list(own["doc_id"]) == ["q1"] and own.attrs["problems"].empty
