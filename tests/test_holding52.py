"""The link readings between a `holding` deferral sentence and the unit's question
(``scripts/holding_link.py``, holding52): where the cue's clause and subject stand, which readings call a
sentence linked, the long-answer filter and how it is chosen on the older sets alone. Expected values
written out by reading the sentences (shapes of development units, shortened)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def link(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    import holding_link

    return holding_link


def cue(**kw):
    row = {
        "kept": True, "asked_data": False, "sent_m": [], "clause_m": [], "subj_m": [], "prev_m": [],
        "rest_m": [], "q_words": ["a", "b", "c", "d", "e"], "others": 0, "to_come": False, "place": "single",
    }  # fmt: skip
    row.update(kw)
    return row


def unit(cues, gold, part="older", lang="nl", tool=True):
    return {"cues": cues, "gold": gold, "part": part, "lang": lang, "tool": tool}


def test_clause_of_cuts_at_commas_and_joining_words(link):
    text = "As recently announced, we will publish a new National Cancer Plan, which will include details."
    at = text.index("we will publish")
    assert link.clause_of(text, at) == "we will publish a new National Cancer Plan"
    nl = "De selecties zijn nog lopende en de resultaten volgen later"
    assert link.clause_of(nl, nl.index("nog lopende")) == "De selecties zijn nog lopende"


def test_subject_before_the_cue_or_before_the_first_auxiliary(link):
    text = "Data on farm investment will be published in December."
    assert link.subject_of(text, text.index("will be published"), "en") == "Data on farm investment "
    # a learned cue is the whole sentence: the subject is what stands before its first auxiliary
    nl = "Het budget dat hiervoor wordt voorzien ligt nog niet vast."
    assert link.subject_of(nl, 0, "nl") == "Het budget dat hiervoor "
    assert link.subject_of("Further details to follow.", 0, "en") == ""


def test_readings_of_the_link(link):
    plain = cue(sent_m=["budget"], rest_m=["budget", "brochure"])
    assert link.linked(plain, "sent")
    assert not link.linked(plain, "clause")
    assert not link.linked(plain, "own")  # the rest of the answer holds its one word too
    # "These are being considered" read with the sentence before it, which names the matter
    assert link.linked(cue(prev_m=["charities"]), "sent")
    assert link.linked(cue(asked_data=True), "subject")  # "this information" names the data asked
    assert not link.linked(cue(place="all"), "place")
    assert link.linked(cue(sent_m=["a", "b"]), "share")  # 2 of 5 words
    assert not link.linked(cue(sent_m=["a"]), "share")
    with pytest.raises(ValueError):
        link.linked(plain, "nearby")


def test_aside_needs_a_long_answer_that_speaks_of_what_was_asked(link):
    beside = cue(rest_m=["a", "b"], others=9)  # 2 of 5 question words in the rest: 0.4
    assert link.aside(unit([beside], False), 0.4, 9, True)
    assert not link.aside(unit([beside], False), 0.5, 9, True)
    assert not link.aside(unit([beside], False), 0.4, 10, True)
    coming = cue(rest_m=["a", "b"], others=9, to_come=True)
    assert not link.aside(unit([coming], True), 0.4, 9, True)
    assert link.aside(unit([coming], True), 0.4, 9, False)
    # every kept sentence must read aside; a cue the rule did not keep is not read
    assert not link.aside(unit([beside, cue(others=9)], False), 0.4, 9, True)
    assert link.aside(unit([beside, cue(others=9, kept=False)], False), 0.4, 9, True)
    assert not link.aside(unit([cue(kept=False, rest_m=["a", "b"], others=9)], False), 0.4, 9, True)


def test_dropped_counts_right_and_false_flags_only(link):
    beside = cue(rest_m=["a", "b", "c"], others=12)
    units = [
        unit([beside], gold=False),
        unit([beside], gold=False),
        unit([beside], gold=True),
        unit([beside], gold=True, tool=False),  # a miss: nothing to drop
    ]
    assert link.dropped(units, lambda u: link.aside(u, 0.4, 9, True)) == (1, 2)


def test_choose_reads_the_older_sets_alone(link):
    beside = cue(rest_m=["a", "b", "c"], others=12)  # rest 0.6, 12 other sentences
    units = [
        unit([beside], gold=False),
        unit([beside], gold=False),
        unit([cue(rest_m=["a", "b"], others=12)], gold=True),  # rest 0.4: a right flag a lower share drops
        # the last sets would call for more, but are never read to choose
        unit([cue(rest_m=["a"], others=12)], gold=False, part="last"),
        unit([cue(rest_m=["a"], others=12)], gold=False, part="last"),
    ]
    # rest 0.4 and under drops the right flag too; of the readings that drop the two false ones alone,
    # the first of GRID (the least share, the fewest sentences, nothing to come asked) is kept
    assert link.choose(units, "nl") == ((0.5, 0, True), (0, 2))
    assert link.choose(units, "en") is None
    assert link.choose([unit([cue(rest_m=["a", "b", "c"], others=12)], gold=True)], "nl") is None
