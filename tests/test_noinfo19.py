"""Missing data said in words no cue read, and data said at hand read as missing (helper noinfo19,
2026-12-03). Answer sentences quoted from be-kamer-2017 and uk-commons records (named), the questions
shortened. The lexicon tests read with the lexicon alone (no cue classifier), so each reads the phrase it
names; the last test reads with the cue classifier, whose reading of missing data the held data undoes."""

from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

from .conftest import be_doc

LEXICON = Settings(rules=("no_information",), cue_model="lexicon", answered_model="none")
LEARNED = Settings(rules=("no_information",), answered_model="none")


def be_flags(question: str, answer: str, settings: Settings = LEXICON) -> dict[str, set[str]]:
    return {
        sp.pair.question.n: {f.name for f in sp.flags}
        for sp in score_document(be_doc(question, answer), settings)
    }


def uk_flags(question: str, answer: str) -> set[str]:
    doc = uk_record({"id": 1, "questionText": question, "answerText": answer}, "t")
    return {f.name for sp in score_document(doc, LEXICON) for f in sp.flags}


def test_a_count_not_registered_unambiguously_is_missing_data():
    # be-kamer 189905: the pre-alarms per province and year asked are not counted as such
    flags = be_flags(
        "1. Kan u een overzicht geven van het aantal pre-alarmen in de jaren 2014, 2015 en 2016?",
        "1. Het aantal pre-alarmen en medische interventieplannen (MIP's) wordt niet eenduidig geregistreerd in "
        "de hulpcentra 112/100.",
    )
    assert flags["1"] == {"no_information"}


def test_a_fact_not_registered_as_such_is_missing_data():
    # be-kamer 186849: cyberbullying is no offence of its own, so no count of it is kept
    flags = be_flags(
        "1. Hoeveel feiten van cyberpesten werden er geregistreerd?",
        "1. Cyberpesten is geen strafrechtelijke inbreuk en wordt om die reden niet als dusdanig geregistreerd "
        "in de ANG.",
    )
    assert flags["1"] == {"no_information"}


def test_a_figure_that_cannot_be_given_is_missing_data():
    # be-kamer 187242: the minister will put no figure on hidden fraud
    flags = be_flags(
        "1. Hoeveel bedraagt de fiscale fraude?",
        "1. Verder lijkt het mij onmogelijk om met zekerheid een cijfer te kleven op per definitie occulte "
        "handelingen.",
    )
    assert flags["1"] == {"no_information"}


def test_a_figure_compared_is_no_figure_missing():
    # be-kamer 187242 has the cue above; "onmogelijk om die cijfers te vergelijken" (a plural, and a
    # comparison) says the figures exist but do not compare: the phrase names one figure not given
    flags = be_flags(
        "1. Hoeveel bedraagt de fiscale fraude?",
        "1. Verschillende redenen maken het echter onmogelijk om die cijfers te vergelijken.",
    )
    assert flags["1"] == set()


def test_english_not_held_centrally_after_another_verb():
    # uk-commons 1864671: "whether the diversity policies ... are centrally monitored or held by the Cabinet Office"
    assert "no_information" in uk_flags(
        "To ask the Minister for the Cabinet Office, whether the diversity policies adopted by individual "
        "departments are centrally monitored or held by the Cabinet Office.",
        "<p>The Cabinet Office has not set a timetable for departments. Departmental policies are not monitored "
        "or held centrally by the Cabinet Office.</p>",
    )


def test_data_said_at_hand_is_no_missing_data():
    # dev-be 185121 2: the readers' labels, no no_information; the figures per province follow
    flags = be_flags(
        "1. Wat zijn de cijfers per provincie?",
        "1. Mijn diensten beschikken inderdaad over gegevens op gewestelijk en provinciaal niveau. Op het niveau "
        "van de Gewesten stelt men dezelfde tendens vast voor de evolutie van 2013 tot 2016.",
        LEARNED,
    )
    assert flags["1"] == set()


def test_data_said_not_at_hand_still_is_missing_data():
    # be-kamer 184923: "mijn administratie niet beschikt over de gevraagde gegevens"
    flags = be_flags(
        "1. Hoeveel aanvragen werden ingediend?",
        "1. Ik breng het geachte lid ervan op de hoogte dat mijn administratie niet beschikt over de gevraagde "
        "gegevens.",
        LEARNED,
    )
    assert flags["1"] == {"no_information"}
