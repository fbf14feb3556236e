"""Information withheld for a reason is a refusal, not information not held; figures asked that the department
does not publish are information not available (helper noinfo20, 2026-12-03). Answer sentences quoted from
be-kamer-2017 and uk-commons records (named), the questions shortened. The readers give a
refusal no flag of its own (``corpus/gold`` notes: "a refusal, no flag of its own"); ``LABELS.md`` reads
``no_information`` as information not available, not kept or not held."""

from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

from .conftest import be_doc

LEARNED = Settings(rules=("no_information",), answered_model="none")
LEXICON = Settings(rules=("no_information",), cue_model="lexicon", answered_model="none")


def be_flags(question: str, answer: str, settings: Settings = LEARNED) -> dict[str, set[str]]:
    return {
        sp.pair.question.n: {f.name for f in sp.flags}
        for sp in score_document(be_doc(question, answer), settings)
    }


def test_data_withheld_for_competition_is_no_missing_data():
    # be-kamer 189517 4: the cost asked is held by the issuers and withheld as commercially sensitive
    flags = be_flags(
        "1. Hoeveel hebben die stelsels de werkgevers de jongste vijf jaar gekost?",
        "1. Dit punt behoort tot het commercieel beleid van de uitgiftemaatschappijen. Gelet op het "
        "concurrentieel karakter van deze informatie kunnen geen precieze gegevens meegedeeld worden.",
    )
    assert flags["1"] == set()


def test_figures_withheld_for_investigations_are_no_missing_data():
    # be-kamer 186018 1: the figures per province exist and are withheld so as not to harm investigations
    flags = be_flags(
        "1. Hoeveel imams werden per jaar en per provincie door de veiligheidsdiensten gevolgd?",
        "1. Om bepaalde lopende onderzoeken niet in het gedrang te brengen, werd besloten om geen cijfers per "
        "provincie mee te delen.",
        LEXICON,
    )
    assert flags["1"] == set()


def test_figures_not_kept_are_still_missing_data():
    # be-kamer 189482: no reason for withholding, the figures do not exist
    flags = be_flags(
        "1. Hoeveel talk uit Afghanistan werd in ons land op de markt gebracht?",
        "1. Men mag veronderstellen dat een deel van de talk uit Afghanistan afkomstig is, maar er bestaan "
        "hierover geen cijfers.",
        LEXICON,
    )
    assert flags["1"] == {"no_information"}


def uk_flags(question: str, answer: str) -> set[str]:
    doc = uk_record({"id": 1, "questionText": question, "answerText": answer}, "t")
    return {f.name for sp in score_document(doc, LEXICON) for f in sp.flags}


def test_data_not_published_is_missing_data():
    # dev-uk 1761036: the readers' no_information
    assert "no_information" in uk_flags(
        "To ask the Secretary of State for Levelling Up, Housing and Communities, how much Right to Buy receipts "
        "local authorities have retained in each financial year since 2009-10.",
        "<p>The Department does not publish the amount of Right to Buy receipts retained by local authorities in "
        "each financial year.</p>",
    )


def test_data_not_published_for_commercial_reasons_is_a_refusal():
    # uk-commons 1873236: the grant per home withheld as commercially sensitive, no no_information
    assert "no_information" not in uk_flags(
        "To ask the Secretary of State for Housing, Communities and Local Government, what was the average grant "
        "subsidy in London for the 871 homes completed to date.",
        "<p>The GLA do not publish the information requested on the basis it is commercially sensitive.</p>",
    )
