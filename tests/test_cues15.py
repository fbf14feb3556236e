"""Round 10 of ``corpus/cues`` (``corpus/cues/README.md``, "Round 10"): the sentences of units whose
flag the tool misses and as many at random, read with their questions. The draw's rules hold in the
files, and the round's hard readings are those the README states, on the sentences it quotes."""

from __future__ import annotations

import json
import re
from pathlib import Path

CUES_DIR = Path(__file__).resolve().parent.parent / "corpus" / "cues"
ROUND10 = ("round10-nl.jsonl", "round10-en.jsonl")
FLAGS = {"deflection", "no_information", "cross_reference", "holding"}


def _rows(*names: str) -> list[dict]:
    return [
        json.loads(line)
        for name in names
        for line in (CUES_DIR / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _by_sentence() -> dict[str, set[str]]:
    return {r["sentence"]: set(r["labels"]) for r in _rows(*ROUND10)}


def test_half_from_missed_units_half_at_random_none_read_before():
    rows = _rows(*ROUND10)
    assert len(rows) == 300
    assert sum(r["drawn"] == "missed" for r in rows) == sum(r["drawn"] == "random" for r in rows) == 150
    assert all(set(r["missed"]) <= FLAGS and r["missed"] for r in rows if r["drawn"] == "missed")
    assert all("missed" not in r for r in rows if r["drawn"] == "random")
    assert {r["language"] for r in rows} == {"nl", "en"}
    ws = lambda s: re.sub(r"\s+", " ", s).strip()  # noqa: E731
    earlier = {
        ws(r["sentence"]) for r in _rows(*(p.name for p in CUES_DIR.glob("*.jsonl") if p.name not in ROUND10))
    }
    earlier |= {
        ws(json.loads(line)["sentence"])
        for line in (CUES_DIR.parent.parent.parent / "shared" / "labels" / "cues.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip()
    }
    assert [r["id"] for r in rows if ws(r["sentence"]) in earlier] == []
    assert len({r["sentence"] for r in rows}) == 300


def test_every_close_call_says_what_decided_it():
    notes = [r["note"] for r in _rows(*ROUND10) if "close call" in r.get("note", "")]
    assert len(notes) == 48
    assert all(len(n) > len("close call: ") + 20 for n in notes)


def test_a_reference_within_the_same_answer_is_no_pointer_an_earlier_answer_is():
    labels = _by_sentence()
    assert labels[
        "Zoals vermeld in de punten 1 en 2, voorziet de reglementering dat een ambtenaar van niveau B "
        "slechts kan postuleren voor een vacante betrekking in niveau A op voorwaarde dat hij/zij "
        "laureaat is van een vergelijkende proef voor overgang naar niveau A."
    ] == {"none"}
    assert labels[
        "Ik heb al de gelegenheid gehad om deze details in alle transparantie te communiceren in "
        "antwoorden op gelijkaardige schriftelijke vragen gesteld door sommigen van uw collega's."
    ] == {"pointer"}


def test_an_analysis_still_to_be_made_is_a_deferral_and_incomplete_figures_are_missing_data():
    labels = _by_sentence()
    assert labels["Infrabel moet deze analyse nog maken."] == {"deferral"}
    assert labels["Van de 34 hulpverlenings-zones hebben er 24 geantwoord."] == {"missing_data"}


def test_the_member_sent_to_a_body_is_a_handover():
    labels = _by_sentence()
    assert labels[
        "Any specific queries regarding this scheme should be directed to Platform 4 (info@platform4.com)."
    ] == {"handover"}
    assert labels["Each department independently determines the allocation of these vehicles."] == {"none"}
