"""Round 9 of the cue sentences (``corpus/cues/round9-en.jsonl``, ``corpus/cues/README.md``,
"Round 9"): English answer sentences read beside their question, where a future form is a
deferral when it puts off what was asked and no deferral when it is the plan asked for or a plan
beside the asked matter. Each expected label below is the reading of the quoted sentence with its
question, written down before any model saw it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CUES = Path(__file__).resolve().parent.parent / "corpus" / "cues"
ROUND9 = CUES / "round9-en.jsonl"


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _labels_of(sentence: str) -> list[str]:
    found = [r["labels"] for r in _rows(ROUND9) if r["sentence"] == sentence]
    assert len(found) == 1, sentence
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "deferral"),
    [
        # asked whether the new grant covers three reliefs: the answer to that is put off
        ("We will set out further details at the provisional Settlement in December.", True),
        # asked when the assessment will be published: no date, in due course
        (
            "Work on the UK's National Baseline Assessment is ongoing, and it will be published in the "
            "normal way in due course.",
            True,
        ),
        # asked whether the strategy comes before or after the new group: the date is the answer
        ("On current plans, the Defence Industrial Strategy will be published in late-Spring 2025.", False),
        # asked "if she will take steps" on vetting: the step, with its date, is the answer
        (
            "We are building on this by introducing statutory vetting standards later this year, which "
            "forces must adhere to.",
            False,
        ),
        # asked for an assessment of one company's compliance: a reform considered beside it
        (
            "While Section 54 was primarily designed to increase transparency, allowing scrutiny by "
            "consumers, investors, and civil society, the Government is considering how it can "
            "strengthen the Section 54 regime, including penalties for non-compliance.",
            False,
        ),
    ],
)
def test_a_future_form_is_a_deferral_only_where_it_puts_off_what_was_asked(sentence, deferral):
    assert ("deferral" in _labels_of(sentence)) is deferral


def test_a_plan_read_as_no_deferral_says_why():
    # every future-worded sentence the question kept from `deferral` carries the reason in its note
    row = next(r for r in _rows(ROUND9) if r["sentence"].startswith("On current plans, the Defence"))
    assert row["labels"] == ["none"]
    assert "plan stated as the answer" in row["note"]


def test_round9_documents_are_in_no_other_cue_file():
    ours = {r["doc_id"] for r in _rows(ROUND9)}
    assert len(ours) == 300  # one sentence a document
    # round 10 (cues15) was drawn later from the development sets' documents, some of them round
    # 9's; it reuses documents, never sentences (tests/test_cues15.py), so only earlier files count
    later = {"round10-en.jsonl", "round10-nl.jsonl"}
    others = {
        r["doc_id"]
        for p in CUES.glob("*.jsonl")
        if p != ROUND9 and p.name not in later
        for r in _rows(p)
        if r["source"] == "uk-commons"
    }
    assert not ours & others
