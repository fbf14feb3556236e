"""Missing data said in words the lexicon lacked (helper noinfo18, 2026-12-03): the lexicon's phrases
with an adverb between ("worden niet systematisch bijgehouden", "not centrally held", "does not
routinely collect"), and a statement that the figures are not broken down the way they were asked
("is not broken down by office"), which ``LABELS.md`` reads as ``no_information`` ("No figures are
kept per X ... whatever words express it"). Answer sentences quoted from unlabelled be-kamer-2017
and uk-commons records (named), the questions shortened; the lexicon alone decides (no cue
classifier), so each test reads the phrase it names."""

from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

from .conftest import be_doc

SETTINGS = Settings(rules=("no_information",), cue_model="lexicon", answered_model="none")


def be_flags(question: str, answer: str) -> dict[str, set[str]]:
    return {
        sp.pair.question.n: {f.name for f in sp.flags}
        for sp in score_document(be_doc(question, answer), SETTINGS)
    }


def uk_flags(question: str, answer: str) -> set[str]:
    doc = uk_record({"id": 1, "questionText": question, "answerText": answer}, "t")
    return {f.name for sp in score_document(doc, SETTINGS) for f in sp.flags}


def test_dutch_data_not_kept_with_words_between():
    # be-kamer 187682: touch-and-go landings are not counted
    flags = be_flags(
        "1. Hoeveel doorstarts werden er uitgevoerd?",
        "1. Deze doorstarts worden veelvuldig uitgevoerd tijdens instructievluchten maar worden niet "
        "systematisch bijgehouden.",
    )
    assert flags["1"] == {"no_information"}
    # be-kamer 187384: poultry deaths are not registered centrally
    flags = be_flags(
        "1. Hoeveel kippen sterven er jaarlijks?",
        "1. De sterftecijfers van pluimvee en andere gehouden vogels worden niet centraal geregistreerd.",
    )
    assert flags["1"] == {"no_information"}


def test_dutch_data_not_available_with_words_between():
    # be-kamer 191352 2: "Deze gegevens zijn niet gecentraliseerd beschikbaar."
    flags = be_flags(
        "1. Hoeveel agenten volgden de opleiding?", "1. Deze gegevens zijn niet gecentraliseerd beschikbaar."
    )
    assert flags["1"] == {"no_information"}
    # be-kamer 188024 1: "Hierover zijn geen exacte gegevens beschikbaar."
    flags = be_flags("1. Hoeveel vrouwen namen deel?", "1. Hierover zijn geen exacte gegevens beschikbaar.")
    assert flags["1"] == {"no_information"}
    # be-kamer 189413: "Cijfers per gewest zijn momenteel niet voorhanden."
    flags = be_flags(
        "1. Hoeveel inbreuken per gewest?", "1. Cijfers per gewest zijn momenteel niet voorhanden."
    )
    assert flags["1"] == {"no_information"}


def test_a_person_not_available_names_no_data():
    # be-kamer 193119: the unemployed who need not be available for work; no data is said to be missing
    # ("niet * beschikbaar" is one of `lacking`: it counts only beside a data word or where the cue
    # classifier reads missing data, so this test reads with the classifier)
    doc = be_doc(
        "1. Welke groepen werklozen worden vrijgesteld?",
        "1. De groep van de werklozen die niet effectief beschikbaar moeten zijn voor de arbeidsmarkt, wordt "
        "kleiner.",
    )
    learned = Settings(rules=("no_information",), answered_model="none")
    assert [f.name for sp in score_document(doc, learned) for f in sp.flags] == []


def test_english_data_not_held_with_an_adverb():
    # uk-commons 1874868
    assert uk_flags(
        "To ask the Secretary of State for Justice, how many complaints were received in 2024.",
        "The information requested is not centrally held and could only be collected and verified by "
        "examining individual records.",
    ) == {"no_information"}
    # uk-commons 1854096
    assert uk_flags(
        "To ask the Secretary of State for the Home Department, how many mobile phones were stolen in 2024.",
        "The Home Office does not routinely collect data on the items stolen in theft offences which are "
        "reported to the police.",
    ) == {"no_information"}
    # uk-commons 1695323
    assert uk_flags(
        "To ask the Minister for the Cabinet Office, how many veterans applied to Civil Service roles.",
        "Whilst a breakdown of demographics of veterans who apply to Civil Service roles is not currently "
        "available, the Office for Veterans' Affairs is committed to enhancing the collection of data.",
    ) == {"no_information"}


def test_figures_not_broken_down_as_asked_are_no_information():
    # uk-commons 1673613: applications asked per office; the data is not broken down by office
    asked = "To ask the Secretary of State for the Home Department, how many applications were processed by each office."
    said = (
        "Since staff work digitally across all available work locations, the data for the number of "
        "applications processed is not broken down by office."
    )
    assert uk_flags(asked, said) == {"no_information"}
    # the same words asking no figure: a statement of how the work is organised, not of data missing
    assert (
        uk_flags(
            "To ask the Secretary of State for the Home Department, what steps she is taking to modernise offices.",
            said,
        )
        == set()
    )
