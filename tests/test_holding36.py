"""Round 3 of the sentence-level ``holding`` labels (``corpus/holding/round3-nl.jsonl``, helper
holding36): every sentence of 32 whole be-kamer answers to questions on what is still to come,
labelled by reading. The file's form, and a few of its labels as read (expected values from reading
the question and the answer, never from the tool)."""

import json
import re

import pytest

from .conftest import CORPUS, SHARED, needs_shared

ROUND3 = CORPUS / "holding" / "round3-nl.jsonl"


def _rows() -> list[dict]:
    return [json.loads(line) for line in ROUND3.read_text(encoding="utf-8").splitlines()]


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def test_round3_has_the_fields_and_values_of_the_earlier_rounds():
    rows = _rows()
    assert len(rows) == 272
    assert [r["id"] for r in rows] == [f"h36-{i:03d}" for i in range(1, 273)]
    assert len({r["doc_id"] for r in rows}) == 32
    for r in rows:
        assert r["source"] == "be-kamer" and r["language"] == "nl" and r["drawn"] == "ahead_question"
        assert r["holding"] in ("asked", "beside", "none") and isinstance(r["cue_deferral"], bool)
        assert bool(r["asked"]) == (r["holding"] == "asked") and r["note"]
    assert sum(r["holding"] == "asked" for r in rows) == 22


@pytest.mark.parametrize(
    ("doc_id", "start", "holding", "cue"),
    [
        # be-kamer 190341, asked how far the announced evaluation of the law stands and its results
        ("190341", "Het evaluatieonderzoek is nog niet afgerond.", "asked", True),
        # the same answer: no figures yet because the evaluation runs (missing data in its words)
        ("190341", "Er zijn derhalve momenteel nog geen nieuwe cijfers", "asked", False),
        # be-kamer 191041, asked the state and timing of the plans for the Beernem stop
        ("191041", "In afwachting van de conclusies van deze overlegrondes is het voorbarig", "asked", True),
        # be-kamer 189621, asked when the troops return: the date "nog niet bepaald" is the answer
        ("189621", "De definitieve datum voor het vertrek", "beside", False),
        # be-kamer 188063, asked whether instructions will be issued: the action is decided
        ("188063", "Aan het College van hoven en rechtbanken zal melding worden gedaan", "beside", False),
    ],
)
def test_round3_labels_as_read(doc_id, start, holding, cue):
    (row,) = [r for r in _rows() if r["doc_id"] == doc_id and r["sentence"].startswith(start)]
    assert (row["holding"], row["cue_deferral"]) == (holding, cue)


@needs_shared
def test_every_round3_sentence_stands_in_its_answer():
    answers = {}
    with (SHARED / "be-kamer-2017" / "questions.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            answers[str(r["doc_id"])] = _norm(r.get("answer") or "")
    for r in _rows():
        assert _norm(r["sentence"]) in answers[r["doc_id"]], r["id"]
