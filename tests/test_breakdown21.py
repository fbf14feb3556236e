"""breakdown_missing (breakdown21): a sentence that says a split asked with "per" cannot be given and opens a list
("Om verschillende redenen is het niet mogelijk om de cijfers per club en dus per afdelingen mee te delen: 1. De
supporterskeuze ...", dev-be30 189287) holds no figure: the number of the list's first item, which the sentence
splitter leaves at its end, is no figure of what was asked."""

from __future__ import annotations

from qa_align.analyze import analyze_answer
from qa_align.coverage import splits_refused
from qa_align.types import AnswerSegment, Question

from .test_breakdown2 import _nl_flags

# dev-be30 189287 1 (its readers: "no count per club", breakdown_missing beside figures_missing)
CLUBS = (
    "Voetbal. 1. Kan u het aantal geregistreerde risicosupporters meedelen per club in eerste klasse A? Gelieve de "
    "cijfers te geven van 2015 tot en met 2017."
)
REASONS = (
    "1. De per jaar of per seizoen verzamelde cijfers maken geen onderscheid tussen de afdelingen. Om verschillende "
    "redenen is het niet mogelijk om de cijfers per club en dus per afdelingen mee te delen: 1. De supporterskeuze is "
    "geen vaststaand gegeven. 2. Een supporter kan voor verschillende clubs supporteren; 3. Een supporter kan zijn "
    "supporterskeuze veranderen; De cijfers per club zijn dus geen weerspiegeling van de realiteit."
)


def _refused(question: str, answer: str) -> list[str]:
    unit = Question(0, len(question), question)
    segment = AnswerSegment(0, len(answer), answer)
    return [
        x.text for _, _, x in splits_refused(unit, [analyze_answer(segment, "nl", cue_model="lexicon")], "nl")
    ]


def test_a_refusal_that_opens_a_numbered_list_refuses_the_split_per_club():
    said = _refused(CLUBS, REASONS)
    assert len(said) == 1
    assert said[0].startswith("Om verschillende redenen is het niet mogelijk om de cijfers per club")


def test_the_unit_asking_per_club_is_flagged_breakdown_missing():
    assert "breakdown_missing" in _nl_flags(CLUBS, REASONS)["1"]


def test_a_figure_inside_the_refusing_sentence_still_keeps_it_from_refusing():
    # "niet mogelijk ... per club ... voor 2016: 12 clubs": a figure stands in the sentence itself, so it is no
    # plain refusal (the rule's own reading of what is given weighs it)
    answer = "1. Het is niet mogelijk om de cijfers per club mee te delen voor meer dan 12 clubs: 1. De keuze wisselt."
    assert _refused(CLUBS, answer) == []
