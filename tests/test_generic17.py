"""``generic`` where the rule decides (Dutch units): one sentence of policy talk beside a closed
question whose yes or no the answer leaves open hedges that yes or no; it is not general text
standing in place of the specifics asked (``rules.answers._hedges_open``). Expected flags written
by hand from reading each case."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.settings import Settings

RULES = ("holding", "generic", "yes_no_unanswered")
SETTINGS = Settings(rules=RULES, recycled_across_documents=False)

# be-kamer 192546, question and answer 4 as they stand: whether stricter rules and controls come
# with keeping the "sperperiode"; the answer says controls go on, "bijzondere aandacht" is asked for,
# and a proposal on stricter sanctions is asked of the FOD: no yes or no, no general text in place
# of what was asked (the readers of dev-be25 flag holding)
QUESTION = (
    "De sperperiode. \n\n 4. Indien de sperperiode na verder onderzoek alsnog behouden zou blijven, wordt "
    "hieraan dan eveneens een verstrenging van de regelgeving en een versterking van de controles gekoppeld?"
)
CONTROLS = (
    "4. Ook dit jaar blijft de Economische Inspectie onderzoek voeren naar de prijsaanduiding en de "
    "prijspromoties. Ik heb gevraagd om bijzondere aandacht te besteden aan het niet misleidend karakter "
    "van dergelijke promoties.Ook heb ik de FOD Economie gevraagd te onderzoeken hoe de sancties in geval "
    "van misleidende prijspromoties kunnen worden verstrengd en om mij hiervoor een concreet voorstel te "
    "formuleren."
)
# a second sentence of talk ("van groot belang"), written for this test: talk then stands around the
# open question, which ``_policy_around_open`` reads as generic
MORE_TALK = " Een eerlijke prijsaanduiding is voor de consument van groot belang."


def flags(answer: str, settings: Settings = SETTINGS) -> list[str]:
    rec = {
        "doc_id": "192546",
        "question": QUESTION,
        "answer": answer,
        "department": "D",
        "date_tabled": "2017-01-01",
    }
    (sp,) = score_document(be_record(rec, "t"), settings)
    return sorted(f.name for f in sp.flags)


def test_one_sentence_of_talk_beside_an_open_yes_or_no_is_not_generic():
    # "bijzondere aandacht" is policy talk, but the unit asks yes or no and gets neither
    assert "generic" not in flags(CONTROLS)


def test_two_sentences_of_talk_around_the_open_question_stay_generic():
    # the rule's way alone: the cue classifier reads these sentences as specific on average (under
    # ``generic_rule_min_general``, generic49), which takes the flag off (tests/test_generic49.py)
    assert "generic" in flags(CONTROLS + MORE_TALK, SETTINGS.replace(generic_rule_min_general=0.0))
    assert "generic" not in flags(CONTROLS + MORE_TALK)


# be-kamer 193294, question and answer 2 as they stand: whether the procedure can be changed; "Een
# aanpassing van deze procedure is niet voorzien" is a no, with its reason (the readers of dev-be22:
# answered, no flag)
PROCEDURE_QUESTION = (
    "Dienstvoertuigen. \n\n 2. Indien standaard de procedure via personeelsdiensten verloopt, kan dit worden "
    "aangepast met het oog op het zelfbeschikkingsrecht van het personeelslid en het extra ontlasten van "
    "administratieve rompslomp voor de personeelsdiensten?"
)
PROCEDURE_ANSWER = (
    "2. Een aanpassing van deze procedure is niet voorzien.Deze werd juist ingevoerd om de werklast van het "
    "SSGPI te minderen zodat het zich ten volle kan inzetten voor de uitoefening van haar wettelijke taken.Er "
    "werd immers vastgesteld dat het SSGPI voor de meest simpele zaken werd bevraagd, hetgeen de "
    "dienstverlening niet ten goede kwam."
)


def test_a_change_said_not_planned_is_a_no_and_no_generic():
    rec = {
        "doc_id": "193294",
        "question": PROCEDURE_QUESTION,
        "answer": PROCEDURE_ANSWER,
        "department": "D",
        "date_tabled": "2017-01-01",
    }
    (sp,) = score_document(be_record(rec, "t"), SETTINGS)
    assert not {"generic", "yes_no_unanswered"} & {f.name for f in sp.flags}
