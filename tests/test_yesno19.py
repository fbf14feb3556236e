"""Every closed question of a unit read by ``yes_no_unanswered`` (helper yesno19): where a unit asks
two closed questions or more and the answer settles one of them beside a deferral, a hand-over, a
pointer, missing data or policy talk, the one left open is flagged; "what assessment she has made of
whether ..." asks what assessment, not yes or no; "Kunt u me meer vertellen over ...?" asks for
information. Questions and answers quoted from records of the development sets (dev-be24 192764,
dev-uk18 1675828, dev-be19 188041, dev-be2 185226, dev-be27 191456) and of uk-commons, the expected
values written out from reading them."""

from qa_align.analyze import after_reply
from qa_align.readers.uk_commons import read_record as uk_record

from .conftest import be_doc, closed_of
from .test_yesno17 import _flags


def _reasons(doc) -> dict[str, list[str]]:
    from qa_align.pipeline import score_document
    from qa_align.settings import Settings

    settings = Settings(rules=("yes_no_unanswered",), answered_model="none")
    return {sp.pair.question.n: [f.reason for f in sp.flags] for sp in score_document(doc, settings)}


# dev-be24 192764 1: the readers read the no to the second question and nothing of the first ("'Mijn
# diensten werden hierover niet gecontacteerd door het Europees Parlement' answers the second question;
# whether the minister knew of the problems is not said")
BUILDING = (
    "1. Was u op de hoogte van de problemen met dat gebouw, dat amper 25 jaar geleden werd ingehuldigd? "
    "Werd uw administratie gecontacteerd?"
)
NOT_CONTACTED = (
    "Mijn diensten werden hierover niet gecontacteerd door het Europees Parlement."
    "Het zou voorbarig zijn om in dit stadium over deze vraag enige uitspraak te doen. De bevoegde "
    "instanties van het Europese Parlement hebben nog geen beslissing genomen over de omvang van de uit "
    "te voeren werken."
)


def test_the_closed_question_left_open_beside_one_settled_is_flagged():
    reasons = _reasons(be_doc(BUILDING, "1. " + NOT_CONTACTED))["1"]
    assert len(reasons) == 1
    # the flag names the question left open, not the one the answer says no to
    assert "Was u op de hoogte van de problemen" in reasons[0]


def test_each_closed_question_settled_leaves_nothing_open():
    # the same two questions, the first answered too in a sentence of its own
    answer = "Ik was inderdaad op de hoogte van de problemen met dat gebouw. " + NOT_CONTACTED
    assert _flags(be_doc(BUILDING, "1. " + answer))["1"] == set()


def test_a_plain_answer_settling_one_closed_question_is_read_whole():
    # dev-be19 188041 2: "'Het gebruik van CNG ... werd getest met bestelwagens en het resultaat was
    # positief'" answers both (the readers: answered); no deferral, hand-over or pointer beside it
    question = (
        "1. Beschikt u al over de resultaten van de analyse van bpost over aardgasvoertuigen? Zijn die "
        "resultaten concludent?"
    )
    answer = (
        "1. Het gebruik van CNG (Compressed Natural Gas) werd getest met bestelwagens en het resultaat was "
        "positief. CNG kan beschouwd worden als een volwaardig alternatief voor diesel. Momenteel is de "
        "beperkte beschikbaarheid van CNG-tankstations een hinderpaal."
    )
    assert _flags(be_doc(question, answer))["1"] == set()


def test_a_question_asked_on_one_reply_is_not_read_on_its_own():
    # dev-be2 185226 2: "Zo niet, zou het niet interessant zijn om die in te stellen?" is asked only if
    # there are no sanctions; the answer's sanction sentence put as a plain yes ("staan er wel sancties
    # op"), with its "Het detail per type sigaret ... is niet beschikbaar" beside it: the follow-up is moot
    question = "1. Staan er daar sancties op? Zo niet, zou het niet interessant zijn om die in te stellen?"
    answer = (
        "1. Bij overtreding van het rookverbod staan er wel sancties op: de treinbegeleider stelt een "
        "vaststelling van overlast (document C173) op voor een bedrag van 25 euro. Het detail per type "
        "sigaret (klassiek of elektronisch) of andere (pijp, enz.) is niet beschikbaar."
    )
    assert after_reply("Zo niet, zou het niet interessant zijn om die in te stellen?", "nl")
    assert not after_reply("Staan er daar sancties op?", "nl")
    assert _flags(be_doc(question, answer))["1"] == set()


def test_a_uk_clause_left_open_beside_a_hedged_answer_is_flagged():
    # dev-uk18 1675828: "whether legislation will be brought forward, is never said" beside "The
    # consultation response will be published shortly" (holding)
    question = (
        "To ask the Secretary of State for Health and Social Care, if she will make an assessment of the "
        "potential impact of limiting vape flavours to tobacco-flavoured devices on levels of smoking; and if "
        "she will bring forward legislative proposals to implement such a limitation."
    )
    answer = (
        "<p>Due to nicotine content and the unknown long-term harms, vaping carries risks to health and "
        "lifelong addiction for children. The health advice is clear that young people and people who have "
        "never smoked should not vape.</p><p>This is why the Government consulted on measures to reduce the "
        "appeal and availability of vapes to children. These measures will need to balance having the biggest "
        "impact on youth vaping with ensuring vapes continue to support adult smokers to quit.</p><p>The "
        "consultation response will be published shortly.</p>"
    )
    reasons = _reasons(uk_record({"id": 1675828, "questionText": question, "answerText": answer}, "t"))["1"]
    assert len(reasons) == 1
    assert "bring forward legislative proposals" in reasons[0]


def test_what_assessment_made_of_whether_asks_no_yes_or_no():
    # uk-commons 1861414: an open question on an assessment, its "of whether" a preposition's object
    question = (
        "To ask the Secretary of State for Housing, Communities and Local Government, what assessment he has "
        "made of whether the planning system enables local authorities to approve applications for homes in a "
        "timely manner for young people at risk of homelessness."
    )
    assert closed_of(question, "en") == []


def test_an_assessment_of_whether_after_if_she_will_still_asks():
    # "if she will make an assessment of whether ..." asks whether she will
    question = (
        "To ask the Secretary of State for Health, if she will make an assessment of whether the scheme "
        "works."
    )
    assert len(closed_of(question, "en")) == 1


def test_and_whether_after_an_open_part_still_asks():
    # dev-uk2 1920546: the assessment is open, the "and whether she plans" clause closed
    question = (
        "To ask the Secretary of State for Environment, Food and Rural Affairs, what assessment she has made "
        "of whether the distinct cost profiles of flood risk management and coastal erosion schemes are "
        "adequately reflected in current funding allocations; and whether she plans to adjust funding "
        "approaches to better account for these differences."
    )
    assert closed_of(question, "en") == [
        "and whether she plans to adjust funding approaches to better account for these differences."
    ]


def test_asking_to_be_told_more_is_a_request():
    # dev-be27 191456 2: "a request for information, not closed" (the readers)
    question = "Kunt u me meer vertellen over het veertigtal controles die door de Economische Inspectie werden uitgevoerd?"
    assert closed_of(question) == []
    assert closed_of("Kan u hierover iets meer vertellen?") == []
