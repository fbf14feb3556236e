"""A report asked of the minister by its verb is a request in closed form, not a yes/no question (helper
yesno22): "Kunt u verslag doen over deze gedachtewisseling?" asks for the report, as "Kan u ... meedelen"
asks for what it names (``[question] request_nouns``, "verslag doen", "verslag uitbrengen"). The
questions are quoted from be-kamer-2017 records (185429, labelled in dev-be30; 190177, read only for the
holding cue set), the expected readings written out from reading them."""

import pytest

from qa_align.analyze import analyze_question
from qa_align.types import Passage


def _closed(text: str) -> list[str]:
    return [c.text for c in analyze_question(Passage(0, len(text), text), "nl").closed]


@pytest.mark.parametrize(
    "text",
    [
        # be-kamer 185429 1: the readers read the account of the Council's exchange, no yes or no
        "Kunt u verslag doen over deze gedachtewisseling?",
        # be-kamer 190177: the report of the talks is asked
        "Kan u verslag uitbrengen over uw gesprekken met de ter zake bevoegde Irakese autoriteiten?",
    ],
)
def test_a_report_asked_by_its_verb_is_a_request(text):
    assert _closed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # be-kamer 193005 1 (dev-be30, flagged by the readers): a report named, its findings to be confirmed
        "Kunt u de vaststellingen van het CAT-verslag bevestigen?",
        # a report named as what was done, no report asked
        "Heeft de commissie haar verslag al goedgekeurd?",
    ],
)
def test_a_report_only_named_leaves_the_question_closed(text):
    assert _closed(text) == [text]
