"""``generic`` as policy talk in place of the specifics asked (issue 17): the share of the answer's
sentences that are policy talk and the share of the question's distinctive words the answer takes
up, decided on their own (a figure on another matter or a pointer beside the talk does not switch
it off). Expected flags written by hand from reading each case."""

from __future__ import annotations

from types import SimpleNamespace

from qa_align.lexicon import load_lexicon
from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.rules.answers import _question_idf
from qa_align.rules.asked import matched
from qa_align.settings import Settings

RULES = ("cross_reference", "deflection", "no_information", "holding", "generic", "yes_no_unanswered")
SETTINGS = Settings(rules=RULES, recycled_across_documents=False)

# uk-commons 1800040 (its first paragraph): the work of the Border Security Command in general,
# nothing on whether the impact of the policies on arrivals will be assessed
SMALL_BOATS = (
    "To ask the Secretary of State for the Home Department, whether she will make an assessment of the "
    "potential impact of her Department’s policies on organised immigration crime on trends in the number "
    "of migrants that have arrived in small boats."
)
TALK = (
    "The Border Security Command continues to focus on tackling the organised immigration crime gangs that are "
    "facilitating small boat crossings, working closely with domestic partners such as the National Crime "
    "Agency. That work will reinforce the commitment of this Government to tackle the smuggling gangs at every "
    "level."
)


def scored(question: str, answer: str):
    (sp,) = score_document(
        uk_record({"id": 1, "questionText": question, "answerText": answer}, "t"), SETTINGS
    )
    return sp


def names(question: str, answer: str) -> list[str]:
    return sorted({f.name for f in scored(question, answer).flags})


def test_a_figure_on_another_matter_does_not_answer_the_assessment_asked():
    # 300 arrests is no assessment of the policies' impact on arrivals: the talk stands in its place
    asked = SMALL_BOATS.replace("whether she will make an assessment", "what assessment she has made")
    assert "generic" in names(asked, f"<p>{TALK} Its work led to 300 arrests this year.</p>")


def test_a_pointer_beside_the_policy_talk_does_not_switch_generic_off():
    flags = names(
        SMALL_BOATS,
        f"<p>{TALK}</p><p>I refer the hon. Member to the answer I gave on 3 June to Question 51234.</p>",
    )
    assert {"generic", "cross_reference"} <= set(flags)


def test_the_same_talk_beside_the_specific_asked_is_not_generic():
    # the answer speaks of the count asked (arrests of gang members this year) with a figure
    assert "generic" not in names(
        "To ask the Secretary of State for the Home Department, how many arrests the Border Security Command "
        "has made of members of organised immigration crime gangs this year.",
        f"<p>{TALK} Its work led to 300 arrests of gang members this year.</p>",
    )


def test_the_evidence_names_the_asked_words_the_answer_never_takes_up():
    (flag,) = [f for f in scored(SMALL_BOATS, f"<p>{TALK}</p>").flags if f.name == "generic"]
    # "migrants" and "arrived" are asked and never said; "crime" is said ("organised immigration crime")
    assert "'migrants'" in flag.reason and "'arrived'" in flag.reason
    assert "'crime'" not in flag.reason.split("never:")[1]
    assert all(e.text in TALK for e in flag.evidence)


def test_words_every_question_holds_weigh_less_than_a_distinctive_one():
    # "assessment" stands in many uk-commons questions ("what assessment has been made"), "pathway"
    # in few; "onderzoek"/"onder" in many Dutch ones, "rookverbod" in few
    en = _question_idf("en", 5)
    assert en["asses"] < 2.0 < en["pathw"] < en[""]
    nl = _question_idf("nl", 5)
    assert nl["onder"] < 3.0 < nl.get("rookv", nl[""])
    # another word length than the file's: no weights, every word weighs the same
    assert _question_idf("en", 4) == {}


def _reader(language: str) -> SimpleNamespace:
    return SimpleNamespace(doc=SimpleNamespace(settings=Settings(), lexicon=load_lexicon(language, None)))


def test_the_words_taken_up_are_read_as_the_closed_question_reads_them():
    # the same first five letters; a four-letter word and its plural; a Dutch compound said ending
    # in the asked word, not the reverse; English joins no words ("vision" is no part of "television")
    nl = _reader("nl")
    assert matched({"rookverbod", "centrum"}, {"verbod", "centra", "boete"}, nl) == {"verbod", "centra"}
    assert matched({"verbod"}, {"rookverbod"}, nl) == set()
    en = _reader("en")
    assert matched({"sites", "television"}, {"site", "vision", "arrests"}, en) == {"site"}
    assert matched({"site"}, {"sites"}, en) == {"sites"}
    # a word of three letters starts nothing ("act" and "actions")
    assert matched({"actions"}, {"act"}, en) == set()
