"""hyphen29 (session 29): a negation word joined by a hyphen to the next word opens a compound and negates
nothing for the answer's cue phrases ("niet-geelektrificeerde haltes", "niet-asielzoekers", "non-urgent";
``[text] negating_prefixes``, ``analyze._compound_negations``). The texts are be-kamer 189164 (dev-be38, whose
"de 43 niet-geelektrificeerde haltes, opgesplitst per Gewest" was read as a refusal to split) and 186062;
expected readings decided by reading them."""

from __future__ import annotations

from qa_align.analyze import answer_cues
from qa_align.settings import Settings

from .conftest import be_doc, flags_of

SETTINGS = Settings(rules=("breakdown_missing", "no_information"), recycled_across_documents=False)

STATIONS = (
    "Het geachte lid vindt hieronder de gevraagde inlichtingen, met name de lijst van de haltes die op "
    "werkdagen worden bediend en de lijst van de 43 niet-geelektrificeerde haltes, opgesplitst per Gewest en "
    "per provincie."
)


def _kinds(text: str, language: str = "nl") -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for cue in [*answer_cues(text, language), *answer_cues(text, language, on_demand=True)]:
        found.setdefault(cue.kind, []).append(cue.text)
    return found


def test_a_compound_with_niet_is_no_refusal_to_split():
    kinds = _kinds(STATIONS)
    assert "no_breakdown" not in kinds
    assert "own_remit_not" not in kinds


def test_a_plain_niet_before_the_split_word_still_refuses_it():
    assert "no_breakdown" in _kinds("De cijfers zijn niet opgesplitst per Gewest en per provincie.")


def test_the_negation_after_a_compound_is_read_from_its_own_word():
    text = "Specifieke statistieken betreffende NBMV niet-asielzoekers zijn niet beschikbaar voor de periode 2012-2015."
    kinds = _kinds(text)
    assert kinds["no_information"] == ["niet beschikbaar"]
    assert kinds["own_remit_not"] == ["niet"]


def test_the_stations_asked_per_province_and_listed_so_are_given():
    question = (
        "De Belgische treinstations (MV 16945).\n\n 1. Hoeveel haltes worden er op werkdagen bediend door de "
        "NMBS? Graag een opsplitsing per Gewest en per provincie."
    )
    answer = (
        STATIONS
        + "2016201715651-13-2242-nl-fr\n      Uit de tabel blijkt dat er in Belgie 552 haltes worden "
        "bediend op werkdagen (34 in het Brussels Hoofdstedelijk Gewest, 265 in het Waals Gewest en 253 in het "
        "Vlaams Gewest)."
    )
    flags = flags_of(be_doc(question, answer, doc_id="189164", date_tabled="2017-03-01"), SETTINGS)
    assert "breakdown_missing" not in flags
    assert "no_information" not in flags
