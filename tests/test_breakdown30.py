"""breakdown30 (session 29): the split asked stands where the answer says its figures do (an annex of this
answer, the note that the annexes went to the member directly) beside a claim of missing data that names no
split and no period: that claim speaks of another matter, so the split counts as given for breakdown_missing
(`LABELS.md`, settled cases; `rules.core._annex_beside_other_claims`). A claim that names the split asked, or
a split word, keeps the gap. Each case is a real question (shortened) and its answer in its own words, or one
written after them."""

from __future__ import annotations

from qa_align.settings import Settings

from .conftest import be_doc, flags_of

SETTINGS = Settings(rules=("breakdown_missing", "figures_missing"), recycled_across_documents=False)

_NOTE = (
    "De bijlagen bij het antwoord op deze vraag zijn het geachte Kamerlid rechtstreeks toegestuurd. Gezien het "
    "louter documentaire karakter ervan worden zij niet in het Bulletin van Vragen en Antwoorden opgenomen maar "
    "liggen zij ter inzage bij de griffie van de Kamer van volksvertegenwoordigers (dienst Parlementaire Vragen)."
)


def _be_flags(question: str, answer: str) -> list[str]:
    """The flags of a Chamber record of ``question`` and ``answer`` (one unit)."""
    return flags_of(be_doc(question, answer, doc_id="t", date_tabled="2017-03-01"), SETTINGS)


def test_an_annex_per_province_beside_a_claim_on_another_matter_gives_the_split():
    # be-kamer 188564 1 (dev-be47: cross_reference, no breakdown_missing; the overview per province is in the
    # annexes sent to the member, "geen onderscheid" speaks of how an appointment is made)
    flags = _be_flags(
        "1. Hoeveel steden en gemeenten maken gebruik van het systeem om op afspraak te werken voor burgers? "
        "Graag een overzicht per provincie van de steden en gemeenten die dit systeem toepassen.",
        "Om op uw vraag te kunnen antwoorden, hebben de regionale afgevaardigden van het Rijksregister een "
        "rondvraag gehouden bij alle gemeenten. Er werd geen onderscheid gemaakt tussen de wijze waarop de "
        "burger een afspraak kan maken. Van de 589 gemeenten hebben er 118 meegedeeld dat hun inwoners voor een "
        "bepaalde dienst of product enkel op afspraak terecht kunnen. Voor de details verwijs ik naar de "
        "bijgevoegde tabellen. " + _NOTE,
    )
    assert "breakdown_missing" not in flags


def test_an_annex_beside_a_claim_that_names_the_split_keeps_the_gap():
    # written after be-kamer 188564: the claim beside the annex says the split asked is not made
    flags = _be_flags(
        "1. Hoeveel steden en gemeenten maken gebruik van het systeem om op afspraak te werken voor burgers? "
        "Graag een overzicht per provincie van de steden en gemeenten die dit systeem toepassen.",
        "Van de 589 gemeenten hebben er 118 meegedeeld dat hun inwoners voor een bepaalde dienst enkel op "
        "afspraak terecht kunnen. Een opsplitsing per provincie is niet beschikbaar. Voor de details verwijs ik "
        "naar de bijgevoegde tabellen. " + _NOTE,
    )
    assert "breakdown_missing" in flags


def test_a_claim_on_another_matter_without_an_annex_leaves_the_split_missing():
    # written after be-kamer 189601: no annex, so nothing holds the list per municipality asked
    flags = _be_flags(
        "1. Hoeveel BIN's zijn er momenteel actief in Belgie, opgesplitst per gemeente en gebundeld per "
        "provincie?",
        "Momenteel bestaan er 995 geregistreerde buurtinformatienetwerken (BIN's) in Belgie. Mijn administratie "
        "beschikt niet over de cijfers met betrekking tot het aandeel van de BIN's in de ophelderingsgraad van "
        "misdrijven.",
    )
    assert "breakdown_missing" in flags


def test_an_annex_beside_a_claim_that_names_the_dimension_without_a_split_word_keeps_the_gap():
    # written after be-kamer 188564 (review30): the claim names the provinces asked, with no split word
    # ("opsplitsing", "verdeling") and no period: the split per province is said not held, whatever the annex holds
    flags = _be_flags(
        "1. Hoeveel steden en gemeenten maken gebruik van het systeem om op afspraak te werken voor burgers? "
        "Graag een overzicht per provincie van de steden en gemeenten die dit systeem toepassen.",
        "Van de 589 gemeenten hebben er 118 meegedeeld dat hun inwoners voor een bepaalde dienst enkel op "
        "afspraak terecht kunnen. De provincies houden hierover geen gegevens bij. Voor de details verwijs ik "
        "naar de bijgevoegde tabellen. " + _NOTE,
    )
    assert "breakdown_missing" in flags
