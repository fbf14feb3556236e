"""A Dutch closed question of being ("Werden er al maatregelen getroffen ...?", "Zijn er specifieke
installaties nodig?") asks whether a thing is there or was done; an answer statement that names the thing,
affirmed or denied, is the yes or the no, as the readers read it (helper closed33, `[question]
existence_markers`, `existence_modifiers`, `existence_stops`, `existence_not_leads`;
`answers._asked_thing`, `_names_thing_of`). A question that places the thing first ("Zijn er in Belgie
...?") or asks what will be done ("Zal er ...?") is not read so.

Real be-kamer-2017 text, the record named at each test; the expected readings written out from reading
them."""

import pytest

from qa_align.rules import answers
from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit

RULE_ONLY = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")


def _thing(question: str):
    """The thing ``_asked_thing`` reads in the first closed question of a one-unit record."""
    from qa_align.align import align
    from qa_align.rules.context import DocContext, PairContext

    doc = be_doc(question, "Geen antwoord.")
    pairs = align(doc, RULE_ONLY)
    ctx = PairContext(DocContext(doc, pairs, RULE_ONLY), pairs[0])
    return answers._asked_thing(ctx, ctx.question.closed[0])


# (question, answer, the thing read, whether the yes or no stays open), each from reading the record
CASES = {
    # be-kamer 188104 unit 3 (dev-be52): the readers read "the yes with the measures" from the master plan
    "measures named": (
        "Werden er al maatregelen getroffen om geweld tegen treinbegeleiders te voorkomen?",
        "De problematiek van agressie tegen het personeel is een van de absolute prioriteiten van NMBS. Om die "
        "reden heeft NMBS een masterplan anti-agressie ingevoerd dat een vijftigtal maatregelen bevat en er "
        "zowel op gericht is het risico op agressie te verkleinen als de opvang van het personeel dat het "
        "slachtoffer wordt van agressie te bevorderen. Deze maatregelen worden regelmatig opgevolgd, "
        "geevalueerd en aangepast in het kader van een paritaire stuurgroep.",
        "maatregelen",
        False,
    ),
    # be-kamer 186963 unit 1 (dev-be): "Er was geen bijzondere installatie ... vereist" says no to the
    # installations asked (the readers: answered); "specifieke", an adjective before it, is not the thing
    "installation denied": (
        "Wordt die technologie gericht gebruikt of voor de hele gevangenis? Zijn er specifieke installaties nodig?",
        "Die sweepings gebeuren op gecontroleerde wijze. Er was geen bijzondere installatie in de gebouwen "
        "vereist, aangezien het gaat om een mobiel systeem. De meeste gevangenissen hebben hun eigen "
        "sweeping-materiaal.",
        "installaties",
        False,
    ),
    # be-kamer 192430 unit 3: whether similar cases were found in Belgium is never said; "Belgie" in the
    # answer's "Deze laatste beperking werd door Belgie ondersteund" names the place, not the cases
    "place first": (
        "Zijn er in Belgie gelijkaardige gevallen vastgesteld?",
        "Lood is verboden in verf. Deze laatste beperking werd door Belgie ondersteund en is respectievelijk "
        "op 9 oktober 2016 en op 1 juni 2016 in werking getreden.",
        None,
        True,
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_question_of_being(case):
    question, answer, thing, left_open = CASES[case]
    assert _thing(question) == thing
    flagged = "yes_no_unanswered" in flags_by_unit(be_doc(question, answer), RULE_ONLY)["1"]
    assert flagged is left_open


def test_what_will_be_done_is_not_read_as_a_question_of_being():
    # be-kamer 192901 unit 3 (dev-be9): a committee to be set up; experts named elsewhere do not say it will be
    assert _thing("Zal er een wetenschappelijk comite opgericht worden?") is None
    assert _thing("Werden er studies uitgevoerd?") == "studies"  # be-kamer 189685 unit 6 (dev-be48)
