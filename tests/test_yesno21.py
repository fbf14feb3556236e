"""The closed-question pair files read by one reader (``readers.labels.read_settles_pairs``) and
what the settles reading (``qa_align.settles.pair_features``) reads of a real pair."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa_align.errors import ConfigError
from qa_align.readers.labels import SETTLES_FILES, read_settles_pairs
from qa_align.settles import pair_features

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def pairs():
    return {p.id: p for p in read_settles_pairs(SETTLES_FILES, ROOT)}


def test_both_files_read_into_one_format(pairs):
    # 279 pairs of yesno8 (session 8) and 360 of settles21 (session 21), each id once
    assert len(pairs) == 279 + 360
    assert {p.origin for p in pairs.values()} == set(SETTLES_FILES)


def test_the_older_format_read_with_its_provenance(pairs):
    # "Was u reeds op de hoogte van deze praktijk?" - "Ik ben niet op de hoogte van dergelijke
    # praktijken waarnaar het geachte lid verwijst.": a no, labelled settles_no in dev-be56
    p = pairs["yn000"]
    assert (p.source, p.doc_id, p.n, p.index) == ("be-kamer", "185457", "1", 0)
    assert p.closed == "Was u reeds op de hoogte van deze praktijk?"
    assert p.settles == "no" and p.settled
    assert p.how is None and p.labelled_set == "dev-be56"
    assert p.origin == "corpus/yesno/pairs.jsonl"


def test_does_not_settle_is_kept_apart_from_open_and_other(pairs):
    # yesno8 did not tell a sentence that leaves the matter open from one about something else:
    # "RFA Argus, alongside Bay Class, is a highly capable ship ..." to whether reductions in
    # amphibious capability were identified
    p = pairs["yn002"]
    assert p.sentence.startswith("RFA Argus, alongside Bay Class, is a highly capable ship")
    assert p.settles == "not_settled" and not p.settled


def test_the_newer_format_read_as_it_stands(pairs):
    # "In principe mag het bedrag dat (bij een tankbeurt) als waarborg wordt gereserveerd, ..." says
    # nothing of contacts with the payment company: other
    p = pairs["be-kamer:192744:2:0"]
    assert (p.source, p.doc_id, p.n, p.index, p.language) == ("be-kamer", "192744", "2", 0, "nl")
    assert p.closed.startswith("Hebt u contacten met het bedrijf dat instaat voor het betalingsverkeer")
    assert p.settles == "other" and p.how is None
    assert p.origin == "corpus/settles/round1.jsonl"


def test_a_label_neither_format_allows_is_refused(tmp_path):
    rec = {
        "id": "x",
        "source": "be-kamer",
        "doc_id": "1",
        "n": "1",
        "language": "nl",
        "closed": "Werd alle schade ondertussen vergoed?",
        "n_closed": 1,
        "index": 0,
        "sentence": "Bijgevolg werd de schade nog niet vergoed.",
        "settles": "maybe",
        "how": None,
        "note": "",
    }
    (tmp_path / "p.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="p.jsonl:1: settles 'maybe'"):
        read_settles_pairs(["p.jsonl"], tmp_path)
    (tmp_path / "q.jsonl").write_text(json.dumps({"id": "x", "sentence": "Ja."}) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not a settles pair"):
        read_settles_pairs(["q.jsonl"], tmp_path)


def test_a_dutch_no_read_as_a_negation_beside_the_asked_words():
    # "hoogte" and "praktijk" of the question said again, "niet" right before "op de hoogte"
    f = pair_features(
        "Was u reeds op de hoogte van deze praktijk?",
        "Ik ben niet op de hoogte van dergelijke praktijken waarnaar het geachte lid verwijst.",
        "nl",
    )
    assert f["x s_neg"] == 1.0 and f["x q_neg"] == 0.0
    assert f["x neg_near_asked"] == 1.0
    assert f["x share"] == pytest.approx(2 / 3)  # reeds, hoogte, praktijk: two taken up
    assert f["x plain"] == 0.0 and f["x first"] == 1.0
    assert f["q was"] == 1.0


def test_an_english_no_in_the_question_s_own_noun():
    f = pair_features(
        "whether his Department has identified reductions in amphibious capability from the use of "
        "RFA Argus in place of HMS Albion and HMS Bulwark.",
        "The previous administration had no plans for either HMS Albion or HMS Bulwark to return to sea "
        "ahead of their leaving service in the 2030s, therefore there has been no reduction in capability.",
        "en",
        index=0,
    )
    assert f["x neg_near_asked"] == 1.0  # "no reduction" to "reductions"
    assert f["x figure"] == 1.0  # "2030s"
    assert f["q whether"] == 1.0


def test_a_plain_yes_first():
    f = pair_features(
        "Bent u bekend met het NRC-artikel «Bunq-werknemers keken stiekem in klantrekeningen»?",
        "Ja, daar ben ik mee bekend.",
        "nl",
        index=1,
    )
    assert f["x plain"] == 1.0 and f["x s_aff"] == 1.0 and f["x s_neg"] == 0.0
    assert f["x first"] == 0.0
