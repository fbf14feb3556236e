"""The labelled cue sentences of ``corpus/cues``: they load, and the readings the project settled
hold across every file (``corpus/cues/README.md``, "Relabelled for consistency")."""

from __future__ import annotations

import re
from pathlib import Path

from qa_align.cues_train import load_labelled

CUE_FILES = sorted((Path(__file__).resolve().parent.parent / "corpus" / "cues").glob("*.jsonl"))

# "ik verwijs naar het antwoord van de minister van Mobiliteit", "verwijs naar het antwoord op de
# vraag 208 gesteld aan de heer Charles Michel, eerste minister": a pointer to another minister's answer
OTHER_MINISTERS_ANSWER = re.compile(
    r"\b(verwijs|verwijzen|verwezen)\b.{0,80}\bantwoord\b.{0,200}"
    r"\b(minister|eerste minister|staatssecretaris|collega|collega's)\b",
    re.IGNORECASE,
)


def test_every_cue_file_loads():
    rows = load_labelled(CUE_FILES)
    assert {p.name for p in CUE_FILES} >= {"round6-nl.jsonl", "round6-en.jsonl"}
    assert len(rows) > 3000


def test_a_pointer_to_another_ministers_answer_is_pointer_and_handover():
    rows = [r for r in load_labelled(CUE_FILES) if r.language == "nl"]
    referring = [r for r in rows if OTHER_MINISTERS_ANSWER.search(r.sentence)]
    # rounds 1 to 6 hold such sentences in six files (corpus/cues/README.md)
    assert len(referring) >= 20
    wrong = [(r.origin, r.id, r.labels) for r in referring if not {"pointer", "handover"} <= set(r.labels)]
    assert wrong == []


def test_the_regex_finds_the_two_kinds_of_reference():
    assert OTHER_MINISTERS_ANSWER.search(
        "Ik verwijs het geachte lid naar het antwoord van de minister van Defensie op zijn vraag nr. 1031."
    )
    assert OTHER_MINISTERS_ANSWER.search(
        "Ik deel het geachte lid mee dat ik voor het antwoord op de vraag verwijs naar het antwoord op de "
        "vraag 208 gesteld aan de heer Charles Michel, eerste minister."
    )
    assert not OTHER_MINISTERS_ANSWER.search("Ik verwijs naar mijn antwoord op vraag nr. 12.")


# "The Government keeps all tax policy under review", "will continue to keep ... under review"
KEPT_UNDER_REVIEW = re.compile(
    r"\b(keep|keeps|kept|keeping)\b.{0,80}\bunder (regular )?review\b", re.IGNORECASE
)
# a duty stated of others is no deferral: "Local authorities ... should keep ... under review"
A_DUTY = re.compile(r"\b(should|must|duty to)\b.{0,60}\bkeep\b", re.IGNORECASE)


def test_a_matter_kept_under_review_is_a_deferral():
    rows = [r for r in load_labelled(CUE_FILES) if r.language == "en"]
    kept = [r for r in rows if KEPT_UNDER_REVIEW.search(r.sentence) and not A_DUTY.search(r.sentence)]
    assert len(kept) >= 30
    assert [(r.origin, r.id) for r in kept if "deferral" not in r.labels] == []


def test_the_duty_of_others_is_told_apart():
    duty = "Local authorities must ensure that it is suitable and should keep the suitability under review."
    assert KEPT_UNDER_REVIEW.search(duty) and A_DUTY.search(duty)
    assert not A_DUTY.search("The Government keeps all tax policy under review.")
