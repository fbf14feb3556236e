"""The labelled cue sentences of ``corpus/cues``: they load, and the readings the project settled
hold across every file (``corpus/cues/README.md``, "Relabelled for consistency"). The R1 and R4
tests are guards on the consistency of those relabellings: their expected value is the reading the
relabelling applied to every sentence its pattern finds, not a reading of each sentence (the
readers of ``../shared/labels/cues.jsonl`` read some such sentences otherwise)."""

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
    assert {p.name for p in CUE_FILES} >= {"round6-nl.jsonl", "round6-en.jsonl", "round11-nl.jsonl"}
    assert len(rows) > 3000


# the prime minister ("de eerste minister", not "de vice-eerste minister en minister van ..."), who
# answers a question put to every minister
PRIME_MINISTER = re.compile(r"(?<!vice-)(?<!vice )\beerste ?minister\b", re.IGNORECASE)


def test_a_pointer_to_another_ministers_answer_is_pointer_and_handover():
    """Consistency guard of R1 as R6 left it: every Dutch sentence the pattern finds that points to
    a line minister's answer carries pointer and handover, as the readers of ``cues.jsonl`` read
    seven such sentences; one that points to the prime minister's answer carries pointer alone, as
    they read all three of theirs (s2-121, s2-125, s3-232) and as the flag readers read it
    (``cross_reference``, no ``deflection``: corpus/gold/README.md, reading 6)."""
    rows = [r for r in load_labelled(CUE_FILES) if r.language == "nl"]
    referring = [r for r in rows if OTHER_MINISTERS_ANSWER.search(r.sentence)]
    # rounds 1 to 6 hold such sentences in six files (corpus/cues/README.md)
    assert len(referring) >= 20
    to_prime = [r for r in referring if PRIME_MINISTER.search(r.sentence)]
    to_others = [r for r in referring if not PRIME_MINISTER.search(r.sentence)]
    assert len(to_prime) >= 10 and len(to_others) >= 10
    assert [(r.origin, r.id) for r in to_others if not {"pointer", "handover"} <= set(r.labels)] == []
    assert [(r.origin, r.id) for r in to_prime if set(r.labels) != {"pointer"}] == []


def test_the_prime_minister_is_told_apart_from_a_deputy():
    assert PRIME_MINISTER.search(
        "verwijs ik naar het antwoord gegeven door de eerste minister (vraag nr. 208)"
    )
    assert PRIME_MINISTER.search("naar het antwoord van de Eerste minister (Zie vraag nr. 206)")
    assert not PRIME_MINISTER.search(
        "naar het antwoord van mijn collega, de vice-eerste minister en Minister van Werk"
    )
    assert not PRIME_MINISTER.search("het antwoord van de minister van Defensie")


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
# a duty is no deferral: "Local authorities ... should keep ... under review", "In line with its
# legal obligation to do so, HMT keeps ... under review"
A_DUTY = re.compile(r"\b(should|must|duty to|obligation)\b.{0,60}\bkeeps?\b", re.IGNORECASE)
# nor a relative clause beside what the sentence does: "The guidance ..., which the government
# keeps under review, can be found on gov."
A_RELATIVE_CLAUSE = re.compile(r"\bwhich\b[^,.]{0,40}\bkeeps?\b", re.IGNORECASE)


def test_a_matter_kept_under_review_is_a_deferral():
    """Consistency guard of R4: every English sentence the pattern finds that states no duty and
    keeps nothing under review in a relative clause carries deferral, as relabelled; the readers of
    ``cues.jsonl`` gave two of their eight such sentences none ("The Government keeps the Building
    Regulations under review." is general alone)."""
    rows = [r for r in load_labelled(CUE_FILES) if r.language == "en"]
    kept = [
        r
        for r in rows
        if KEPT_UNDER_REVIEW.search(r.sentence)
        and not A_DUTY.search(r.sentence)
        and not A_RELATIVE_CLAUSE.search(r.sentence)
    ]
    assert len(kept) >= 25
    assert [(r.origin, r.id) for r in kept if "deferral" not in r.labels] == []


def test_a_pointer_or_a_duty_beside_kept_under_review_is_no_deferral():
    # reread by CUES.md: the first points to guidance (the keeping is a relative clause about it),
    # the second states a statutory duty, as r2en-378's "has a duty to keep ... under review"
    labels = {r.id: set(r.labels) for r in load_labelled(CUE_FILES) if r.language == "en"}
    assert labels["r2en-492"] == {"pointer", "general"}
    assert labels["r4en-77"] == {"general"}
    assert labels["r2en-378"] == {"general"}


def test_the_duty_of_others_is_told_apart():
    duty = "Local authorities must ensure that it is suitable and should keep the suitability under review."
    assert KEPT_UNDER_REVIEW.search(duty) and A_DUTY.search(duty)
    assert not A_DUTY.search("The Government keeps all tax policy under review.")
    assert A_DUTY.search("In line with its legal obligation to do so, HMT keeps the statement under review.")
    pointer = "The guidance on allocations, which the government keeps under review, can be found on gov."
    assert A_RELATIVE_CLAUSE.search(pointer) and not A_DUTY.search(pointer)
    assert not A_RELATIVE_CLAUSE.search("We keep all policies and processes under review.")


# "Het project moet voor advies worden voorgelegd aan de Commissie ...", "Dit bestek moet voor
# publicatie ter ondertekening worden voorgelegd aan de minister": a decided text's next step
TO_BE_PUT_FOR_ADVICE_OR_SIGNATURE = re.compile(
    r"\b(moet|moeten|zal|zullen)\b.{0,60}\b(voor advies|ter ondertekening)\b.{0,60}\bvoorgelegd\b",
    re.IGNORECASE,
)


def test_a_text_still_to_be_put_for_advice_or_signature_is_no_deferral():
    """Consistency guard of R5: a decided text or project still to be put to a body for advice or
    signature is no deferral, as the readers' s1-117 (``cues.jsonl``); every Dutch sentence of
    these files the pattern finds carries no deferral, as relabelled."""
    rows = [r for r in load_labelled(CUE_FILES) if r.language == "nl"]
    found = [r for r in rows if TO_BE_PUT_FOR_ADVICE_OR_SIGNATURE.search(r.sentence)]
    assert {r.id for r in found} >= {"r2nl-100", "r2nl-304", "r5nl-23"}
    assert [(r.origin, r.id) for r in found if "deferral" in r.labels] == []


def test_an_evaluation_still_to_come_is_a_deferral():
    # R5, read by CUES.md beside the readers' s2-77 ("... zal moeten geevalueerd worden": deferral)
    labels = {r.id: set(r.labels) for r in load_labelled(CUE_FILES) if r.language == "nl"}
    assert labels["r2nl-650"] == {"deferral"}


def test_the_advice_or_signature_pattern():
    assert TO_BE_PUT_FOR_ADVICE_OR_SIGNATURE.search(
        "Het project moet voor advies worden voorgelegd aan de Commissie voor begrotingscontrole."
    )
    assert TO_BE_PUT_FOR_ADVICE_OR_SIGNATURE.search(
        "Dit bestek moet voor publicatie ter ondertekening worden voorgelegd aan de minister."
    )
    assert not TO_BE_PUT_FOR_ADVICE_OR_SIGNATURE.search(
        "De resultaten van deze voorstudie zullen binnenkort aan de Ministerraad worden voorgelegd."
    )
