"""A plain answer that settles the first of two closed clauses leaves the second open where it says
nothing at all of it (helper yesno29, ``answers._one_left_open``, ``answers._silent_on``): no word that the
second clause asks with and the first does not stands in the answer. Only a clause that "whether" or
"if" opens (``[question] closed_clauses``): a Dutch closed question sentence after another speaks of what
the one before names ("Zijn die resultaten concludent?").

Real records (uk-commons 1847854, outside every labelled set; be-kamer 188041, labelled in dev-be19), the
expected verdicts written out from reading them and the readers' notes."""

from qa_align.settings import Settings

from .conftest import be_doc, uk_doc

SETTINGS = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False)
# the rule alone, without the gate on a unit read as answered (``qa_align.answered``)
RULE_ONLY = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")


def _flag(doc, settings):
    from qa_align.pipeline import score_document

    (sp,) = score_document(doc, settings)
    return next((f for f in sp.flags if f.name == "yes_no_unanswered"), None)


# uk-commons 1847854
SUTTON_QUESTION = (
    "To ask the Secretary of State for Transport, pursuant to the Answer of 28 October 2025 to Question 83840 "
    "on Railways: West Midlands, if her Department will explore the use of the Sutton Park freight line for "
    "passenger services; and whether its inclusion in the Rail Network Enhancement Pipeline was considered."
)
SUTTON_ANSWER = (
    "<p>The Department for Transport is not actively exploring this proposal for the Sutton Park freight line, "
    "but local authorities, such as West Midlands Combined Authority, are free to develop local proposals for "
    "investment using their own devolved transport funding.</p>"
)


def test_second_clause_never_spoken_of_is_left_open():
    # uk-commons 1847854: "not actively exploring this proposal" says no to the first clause; whether the
    # line's inclusion in the Rail Network Enhancement Pipeline was considered is never spoken of
    flag = _flag(uk_doc(SUTTON_QUESTION, SUTTON_ANSWER), RULE_ONLY)
    assert flag is not None
    assert "Rail Network Enhancement Pipeline" in flag.evidence[0].text


def test_second_clause_spoken_of_is_read_whole():
    # the same answer with a sentence on the pipeline (added): the plain answer is read whole, as before
    answer = SUTTON_ANSWER.replace(
        "</p>",
        " The line was not put forward for the Rail Network Enhancement Pipeline.</p>",
    )
    assert _flag(uk_doc(SUTTON_QUESTION, answer), RULE_ONLY) is None


# be-kamer 188041 (unit 2 of 3)
BPOST_QUESTION = (
    "Energietransitie bij bpost. Bpost streeft er voortdurend naar zijn organisatie efficienter te maken. "
    "2. Beschikt u al over de resultaten van de analyse van bpost over aardgasvoertuigen? Zijn die resultaten "
    "concludent?"
)
BPOST_ANSWER = (
    "2. Het gebruik van CNG (Compressed Natural Gas) werd getest met bestelwagens en het resultaat was positief. "
    "CNG kan beschouwd worden als een volwaardig alternatief voor diesel. Momenteel is de beperkte "
    "beschikbaarheid van CNG-tankstations een hinderpaal."
)


def test_dutch_follow_up_sentence_is_read_whole():
    # be-kamer 188041 2: "het resultaat was positief" answers both closed questions (the readers: answered);
    # "concludent", the one word the second asks alone, is not said, and the follow-up is no clause
    assert _flag(be_doc(BPOST_QUESTION, BPOST_ANSWER), RULE_ONLY) is None
