"""Closed questions of ``yes_no_unanswered`` read as readers read them (helper yesno18): the UK's
closing "and if she will make a statement" is the standing tag, no yes or no asked, and a closed
question whose answer lapsed (no answer segment serves any unit) leaves its yes or no open.
Questions and answers quoted from uk-commons records of the development sets (dev-uk27 1664614,
dev-uk26 1718886, dev-uk17 1902836), the expected values written out from reading them."""

from qa_align.readers.uk_commons import read_record as uk_record

from .conftest import be_doc, closed_of
from .test_yesno17 import _flags

# dev-uk27 1664614: an open question closed by the standing tag (the readers flag `generic`, no
# yes_no_unanswered: "'if she will make a statement' is the customary close")
ASSESSMENT = (
    "To ask the Secretary of State for the Home Department, with reference to the Biometrics and "
    "Surveillance Camera Commissioner's letter to the Secretary of State for Transport on the risks to "
    "the ANPR system, published on 11 October 2023, what assessment she has made of the implications "
    "for her polices of the Commission's comments on the creation of a national facial recognition "
    "software database; and if she will make a statement."
)


def test_the_standing_tag_asks_no_yes_or_no():
    assert closed_of(ASSESSMENT, "en") == []


def test_the_standing_tag_beside_a_whether_clause_leaves_that_one_asked():
    # dev-uk17 1666623: "whether the Government plans to arrange for the relocation ...; and if he will
    # make a statement" still asks whether it plans to
    question = (
        "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, whether the "
        "Government plans to arrange for the relocation of Afghan nationals eligible under the (a) Afghan "
        "Relocation and Assistance Policy and (b) Afghan Citizens Resettlement Scheme to the UK from (i) "
        "Pakistan and (ii) Iran; and if he will make a statement."
    )
    closed = closed_of(question, "en")
    assert len(closed) == 1
    assert "whether the Government plans to arrange" in closed[0]
    assert "make a statement" not in closed[0]


def test_no_flag_for_the_standing_tag_answered_in_general_terms():
    answer = (
        "<p>The government is committed to making sure the police have the tools and technology they need "
        "to solve and prevent crimes, bring offenders to justice, and keep people safe.</p>"
    )
    doc = uk_record({"id": 1664614, "questionText": ASSESSMENT, "answerText": answer}, "t")
    assert _flags(doc)["1"] == set()


LAPSED = "<p>It has not proved possible to respond to the hon. Member in the time available before Prorogation.</p>"


def test_a_closed_question_whose_answer_lapsed_is_left_open():
    # dev-uk26 1718886: "whether he will extend the (a) competence and (b) qualification standards is a
    # closed question left open (yes_no_unanswered)", beside missing_answer
    question = (
        "To ask the Secretary of State for Levelling Up, Housing and Communities, with reference to his "
        "Department's consultation entitled Competence and Conduct Standard for social housing, published "
        "on 6 February 2024, if he will take steps to extend the (a) competence and (b) mandatory "
        "qualification standards to residential property managers."
    )
    doc = uk_record({"id": 1718886, "questionText": question, "answerText": LAPSED}, "t")
    assert _flags(doc)["1"] == {"yes_no_unanswered"}


def test_an_open_question_whose_answer_lapsed_asks_no_yes_or_no():
    question = (
        "To ask the Secretary of State for Transport, what minimum English language proficiency "
        "requirements apply to frontline rail staff responsible for passenger information."
    )
    doc = uk_record({"id": 1, "questionText": question, "answerText": LAPSED}, "t")
    assert _flags(doc)["1"] == set()


def test_a_unit_left_without_a_segment_beside_answered_ones_is_not_flagged():
    # a numbered answer that serves unit 1 only: unit 2 may be answered where the pairing did not see it
    doc = be_doc(
        "1. Hoeveel aanvragen werden er in 2016 ingediend? 2. Zal uw administratie een onderzoek instellen?",
        "1. In 2016 werden 120 aanvragen ingediend.",
    )
    flags = _flags(doc)
    assert flags.get("2", set()) == set()


# a closed clause that the splitter cut from its semicolon (outside the labelled sets, uk-commons
# 1663110, read: whether she has had discussions with the Chancellor is never said)
DISCUSSIONS = (
    "To ask the Secretary of State for Education, what assessment she has made of the adequacy of the "
    "school capital budget for (a) maintenance and (b) other work in the context of the presence of "
    "reinforced autoclaved aerated concrete in some schools; whether she has had discussions with the "
    "Chancellor of the Exchequer on this issue in the context of the Autumn Statement; and if she will "
    "make a statement."
)


def test_a_whether_clause_after_a_semicolon_asks_yes_or_no():
    closed = closed_of(DISCUSSIONS, "en")
    assert len(closed) == 1
    assert closed[0].startswith("whether she has had discussions with the Chancellor")


def test_a_whether_clause_after_a_semicolon_left_open_is_flagged():
    answer = (
        "<p>It is the responsibility of those who run education settings to manage the safety and "
        "maintenance of their estate and to alert the Department if there is a serious concern with a "
        "building.</p>"
    )
    doc = uk_record({"id": 1663110, "questionText": DISCUSSIONS, "answerText": answer}, "t")
    assert _flags(doc)["1"] == {"yes_no_unanswered"}


def test_an_open_question_cut_at_semicolons_stays_open():
    # uk-commons 1663705 (outside the labelled sets, read): three open asks and the standing tag
    question = (
        "To ask the Secretary of State for the Home Department, pursuant to the Answer of 12 September 2023 "
        "on Migrant Help: Standards, what assessment she has made of the potential impact of an increase in "
        "the headcount for Migrant Help on the service standards they provide; what rectification actions "
        "are still outstanding; what progress Migrant Help have made on improving standards to the level "
        "set out in their contract; and if she will make a statement."
    )
    assert closed_of(question, "en") == []
