"""The labelled (closed question, answer sentence) pairs of ``corpus/settles/round1.jsonl``: every
line parses with the fields and labels ``corpus/settles/README.md`` names, ids are unique, the
labels are consistent with each other, and every sentence stands in its record's answer in
``../shared/data`` (skipped where that folder is absent)."""

from __future__ import annotations

import gzip
import html
import json
import re
from pathlib import Path

from .conftest import SHARED, needs_shared

ROUND1 = Path(__file__).resolve().parent.parent / "corpus" / "settles" / "round1.jsonl"
FIELDS = {
    "id",
    "source",
    "doc_id",
    "n",
    "language",
    "closed",
    "n_closed",
    "index",
    "sentence",
    "settles",
    "how",
    "note",
}
SETTLES = {"yes", "no", "open", "other"}
HOW = {"explicit", "implied"}
LANGUAGE = {"be-kamer": "nl", "uk-commons": "en"}


def _rows() -> list[dict]:
    with ROUND1.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_every_line_parses_with_the_named_fields():
    rows = _rows()
    assert len(rows) >= 300
    assert [r["id"] for r in rows if set(r) != FIELDS] == []


def test_ids_are_unique_and_name_their_unit_and_sentence():
    rows = _rows()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert [r["id"] for r in rows if r["id"] != f"{r['source']}:{r['doc_id']}:{r['n']}:{r['index']}"] == []


def test_labels_lie_in_the_allowed_sets():
    rows = _rows()
    assert {r["settles"] for r in rows} == SETTLES
    # how the sentence settles it is said for a yes or a no only
    assert [r["id"] for r in rows if r["settles"] in {"yes", "no"} and r["how"] not in HOW] == []
    assert [r["id"] for r in rows if r["settles"] in {"open", "other"} and r["how"] is not None] == []
    assert [r["id"] for r in rows if LANGUAGE.get(r["source"]) != r["language"]] == []
    assert [r["id"] for r in rows if not (0 <= r["index"] <= 3) or r["n_closed"] < 1] == []
    # a close call carries its note
    assert [r["id"] for r in rows if not isinstance(r["note"], str)] == []


def test_both_languages_are_drawn_about_evenly():
    rows = _rows()
    units = {(r["source"], r["doc_id"], r["n"]) for r in rows}
    per_source = {s: sum(1 for u in units if u[0] == s) for s in LANGUAGE}
    assert min(per_source.values()) >= 50
    assert abs(per_source["be-kamer"] - per_source["uk-commons"]) <= 5


def test_readings_of_real_sentences():
    """What a reader reads in four sentences of the file, written out by hand."""
    by_id = {r["id"]: r for r in _rows()}
    # "Er is dus geen geneesmiddel dat met behulp van een pipet moet worden toegediend." to "Zijn er
    # nog andere geneesmiddelen voor kinderen die met een pipet worden toegediend?": a plain no
    r = by_id["be-kamer:185052:2:1"]
    assert r["sentence"].startswith("Er is dus geen geneesmiddel")
    assert (r["settles"], r["how"]) == ("no", "explicit")
    # "... blijft Belgie op dezelfde wijze deelnemen aan de gezamenlijke operaties van Frontex." to
    # "Zal Belgie de samenwerking met het agentschap intensiveren?": the same way, an implied no
    r = by_id["be-kamer:192829:3:0"]
    assert "op dezelfde wijze" in r["sentence"]
    assert (r["settles"], r["how"]) == ("no", "implied")
    # "The Department for Work and Pensions complies with correspondence reporting and data
    # requests from the Cabinet Office." to "whether the Department for Work and Pensions
    # complies with reporting and data requests": the question's verb affirmed
    r = by_id["uk-commons:1756884:1:0"]
    assert (r["settles"], r["how"]) == ("yes", "explicit")
    # "I refer the hon. Member to the answer given to Question 100495 on 24 December 2025.": a
    # pointer speaks of the matter and leaves the yes or no open
    r = by_id["uk-commons:1865487:1:0"]
    assert r["sentence"].startswith("I refer the hon. Member")
    assert (r["settles"], r["how"]) == ("open", None)


def _letters(text: str) -> str:
    """Letters and digits only, lower case: the record's markup, spacing and the sentence
    splitter's joins left out of the comparison."""
    return re.sub(r"[\W_]+", "", html.unescape(re.sub(r"<[^>]+>", " ", text)).lower())


@needs_shared
def test_every_sentence_stands_in_its_records_answer():
    rows = _rows()
    wanted = {r["doc_id"] for r in rows}
    answers: dict[tuple[str, str], str] = {}
    with (SHARED / "be-kamer-2017" / "questions.jsonl").open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if str(rec["doc_id"]) in wanted:
                answers["be-kamer", str(rec["doc_id"])] = _letters(rec.get("answer") or "")
    with gzip.open(SHARED / "uk-commons" / "written_questions.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if str(rec["id"]) in wanted:
                answers["uk-commons", str(rec["id"])] = _letters(rec.get("answerText") or "")
    missing = [r["id"] for r in rows if (r["source"], r["doc_id"]) not in answers]
    assert missing == []
    absent = [r["id"] for r in rows if _letters(r["sentence"]) not in answers[r["source"], r["doc_id"]]]
    assert absent == []


def test_the_letters_comparison_ignores_markup_only():
    assert _letters("<p>No assessment&nbsp;has been made.</p>") == "noassessmenthasbeenmade"
    assert _letters("No assessment has been made.") not in _letters("An assessment has been made.")
