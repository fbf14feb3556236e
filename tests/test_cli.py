"""The CLI end to end on the shipped corpus."""

import csv
import re
import shlex
import shutil
import subprocess
import sys

from qa_align.cli import main
from qa_align.output import COLUMNS

from .conftest import ROOT, VLAAMS


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        return reader.fieldnames, list(reader)


def test_score_all_pairs(tmp_path):
    out = tmp_path / "out.csv"
    assert main(["score", str(VLAAMS), "--all", "-o", str(out), "-q"]) == 0
    header, rows = read_csv(out)
    assert tuple(header) == COLUMNS == (
        "source", "doc_id", "question_no", "answer_no", "question", "answer", "similarity",
        "score", "flags", "evidence", "date", "questioner", "minister", "title", "date_answered",
        "days_to_answer", "on_time", "identifiability",
    )  # fmt: skip
    cyber = [r for r in rows if r["doc_id"] == "schv-8-2024-cybersecurity"]
    pdf = [r for r in rows if r["doc_id"] == "vrg_en_antw.235"]
    assert len(cyber) == 5 and len(pdf) == 3
    assert all(r["question_no"] == r["answer_no"] for r in rows)
    assert [r["flags"] for r in cyber] == ["", "", "recycled_text", "", "recycled_text;generic"]
    assert "answer 5" in cyber[2]["evidence"] and "answer 3" in cyber[4]["evidence"]
    assert {r["source"] for r in rows} == {"vlaams-parlement"}
    assert cyber[0]["date"] == "2024-10-17" and pdf[0]["date"] == "2024-01-11"
    assert cyber[0]["questioner"] == "Stijn De Roo" and pdf[0]["minister"] == "Zuhal Demir"
    assert all(0.0 <= float(r["similarity"]) <= 1.0 for r in rows)  # the default backend, tfidf
    # the shipped responsiveness model scores every pair; the answer with the table above a recycled one
    assert all(0.0 < float(r["score"]) < 1.0 for r in rows)
    assert float(cyber[0]["score"]) > float(cyber[2]["score"])
    assert not (tmp_path / "out.errors.csv").exists()


def test_flagged_only_by_default(tmp_path):
    out = tmp_path / "flagged.csv"
    assert main(["score", str(VLAAMS), "-o", str(out), "-q"]) == 0
    _, rows = read_csv(out)
    assert [(r["doc_id"], r["question_no"]) for r in rows] == [
        ("schv-8-2024-cybersecurity", "3"),
        ("schv-8-2024-cybersecurity", "5"),
    ]


def test_bad_files_are_reported_and_the_rest_still_runs(tmp_path, capsys):
    folder = tmp_path / "batch"
    shutil.copytree(VLAAMS, folder)
    (folder / "kapot.pdf").write_bytes(b"not a pdf at all")
    out = tmp_path / "out.csv"
    code = main(["score", str(folder), str(tmp_path / "missing.txt"), "--all", "-o", str(out)])
    assert code == 1
    _, rows = read_csv(out)
    assert len(rows) == 8
    _, errors = read_csv(tmp_path / "out.errors.csv")
    assert sorted(e["path"].rsplit("/", 1)[-1] for e in errors) == ["kapot.pdf", "missing.txt"]
    assert "kapot.pdf" in capsys.readouterr().err


def test_unknown_rule_is_a_usage_error(tmp_path, capsys):
    code = main(["score", str(VLAAMS), "-o", str(tmp_path / "x.csv"), "--rules", "nonsense"])
    assert code == 2
    assert "unknown rule 'nonsense'" in capsys.readouterr().err


def test_console_script_runs():
    result = subprocess.run(
        [sys.executable, "-m", "qa_align", "rules"], capture_output=True, text=True, check=True
    )
    assert "breakdown_missing" in result.stdout
    # each rule with its stage and whether it runs unless named
    lines = {line.split()[0]: line.split()[1:3] for line in result.stdout.splitlines()}
    assert lines["off_topic"] == ["late", "opt-in"]
    assert lines["recycled_text"] == ["document", "default"]
    assert lines["boilerplate"] == ["batch", "default"]
    assert lines["holding"] == ["document", "default"]


def test_unanswered_questions_are_listed_but_not_failures(tmp_path):
    out = tmp_path / "be.csv"
    assert main(["score", str(VLAAMS.parent / "be-kamer"), "--all", "-o", str(out), "-q"]) == 0
    _, rows = read_csv(out)
    assert sorted({r["doc_id"] for r in rows}) == ["184501", "184504", "184509"]
    assert {r["source"] for r in rows} == {"be-kamer"}
    _, errors = read_csv(tmp_path / "be.errors.csv")
    assert [(e["doc_id"], e["unanswered"]) for e in errors] == [("184505", "True")]


def test_language_option_scores_an_english_table(tmp_path):
    # --language is the texts' language, not a column: "no column --language-col 'en'" before
    table = tmp_path / "questions.csv"
    table.write_text(
        "uin,q,a\n"
        'HL1,"To ask the Secretary of State for Health, how many nurses were recruited in 2023.",'
        '"The Department does not hold this information."\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    argv = ["score", str(table), "--id-col", "uin", "--question-col", "q", "--answer-col", "a"]
    assert main([*argv, "--language", "en", "--all", "-o", str(out), "-q"]) == 0
    _, rows = read_csv(out)
    assert [(r["doc_id"], r["question_no"]) for r in rows] == [("HL1", "1")]
    # the English lexicon's "does not hold" and "how many": read as English, not Dutch
    assert set(rows[0]["flags"].split(";")) >= {"no_information", "figures_missing"}


def _readme_section(title: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_readme_run_command_writes_the_csv_the_readme_documents(tmp_path, monkeypatch):
    """The README's first run command, as written, on the shipped corpus: the CSV's columns are
    the README's column table in its order, the file is as "The CSV of flagged answers" says
    (UTF-8 without BOM, rows ending in CR LF, line breaks only inside quoted cells, and in the
    question only after a sentence's end), and every flag is one of the README's flag table
    (session 45, userpath45)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```bash\n(.*?)```", readme, re.S).group(1)
    (command,) = [line.split("#")[0] for line in first_block.splitlines() if "qa-align score" in line]
    args = shlex.split(command)[1:]  # ".venv/bin/qa-align" left out
    assert args[:2] == ["score", "corpus"]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").symlink_to(ROOT / "corpus")
    assert main([*args, "-q"]) == 0
    out = tmp_path / args[args.index("-o") + 1]

    documented = re.findall(r"^\| `([a-z_]+)` \|", _readme_section("The CSV of flagged answers"), re.M)
    header, rows = read_csv(out)
    assert header == documented
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # "UTF-8 without a BOM"
    assert raw.endswith(b"\r\n") and raw.count(b"\r\n") == len(rows) + 1  # one CR LF a row, none inside cells
    assert len(rows) == 45 and any("\n" in r["answer"] for r in rows)  # tables, one line a row
    sentence_end = re.compile(r"[.?!:;]['’”\")]*$")
    for r in rows:  # a break in a question only where a sentence ends ("dienstverleners.\nHoeveel ...")
        lines = r["question"].split("\n")
        assert all(sentence_end.search(line) for line in lines[:-1]), r["question"]
    assert any("\n" in r["question"] for r in rows)
    known = set(re.findall(r"^\| `([a-z_]+)` \|", _readme_section("Flags"), re.M))
    assert {f for r in rows for f in r["flags"].split(";") if f} <= known
    _, problems = read_csv(out.with_name("scores.errors.csv"))
    assert [(p["doc_id"], p["unanswered"], p["skipped"]) for p in problems] == [("184505", "True", "False")]
