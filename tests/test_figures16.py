"""figures16 (session 17): figures_missing on Chamber records read after the rules were tuned. Each case is a
real Chamber question (be-kamer-2017, shortened) and its answer in its own words."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.settings import Settings

SETTINGS = Settings(rules=("breakdown_missing", "figures_missing"), recycled_across_documents=False)


def _nl_flags(question: str, answer: str, n: str = "1") -> list[str]:
    """The flag names of unit ``n`` of a Chamber record of ``question`` and ``answer``."""
    rec = dict(doc_id="t", question=question, answer=answer, department="D", date_tabled="2017-04-28")
    pairs = score_document(be_record(rec, "t"), SETTINGS)
    (sp,) = [p for p in pairs if p.pair.question.n == n]
    return [f.name for f in sp.flags]


def test_one_car_said_with_the_article_gives_the_count():
    # be-kamer 190010 question 5 (dev-be3, no figures_missing by its readers): "een dienstwagen" is one car
    flags = _nl_flags(
        "Kabinet.\n\n 1. Hoeveel personen werken er op uw kabinet?\n 2. Hoeveel voertuigen staan er ter "
        "beschikking van uw kabinet? Wat zijn de kenmerken ervan?",
        "1. Er werken 25 personen op het kabinet.\n 2. Het kabinet heeft een dienstwagen ter beschikking.",
        n="2",
    )
    assert "figures_missing" not in flags


def test_an_answer_that_is_one_expert_gives_the_count():
    # be-kamer 190015 question 6 (dev-be10, no figures_missing by its readers): "Een externe expert." is one,
    # though "expert" is not the word the question counts ("deskundigen")
    flags = _nl_flags(
        "Kabinet.\n\n 1. Hoeveel personen werken er op uw kabinet?\n 2. Hoeveel deskundigen zijn er op uw "
        "kabinet in dienst?",
        "1. Er werken 25 personen op het kabinet.\n 2. Een externe expert.",
        n="2",
    )
    assert "figures_missing" not in flags


def test_the_article_before_something_else_than_money_gives_no_amount():
    # be-kamer 187227 question 3 (dev-be6, figures_missing by its readers): "een beroep" is no amount of money
    flags = _nl_flags(
        "Vertalingen.\n\n 1. Welk bedrag wordt er gealloceerd voor externe vertaaldiensten, zoals bijvoorbeeld de "
        "Centrale dienst voor Duitse vertaling voor vertalingen naar het Duits?",
        "1. Er wordt op ad hoc basis een beroep gedaan op de Centrale dienst voor Duitse vertaling, in functie van "
        "de behoeften. Het aantal vertalingen naar het Duits is echter zeer beperkt.",
    )
    assert "figures_missing" in flags


def test_the_article_in_a_negated_sentence_gives_no_count():
    # be-kamer 187302 question 2 (dev-be6, figures_missing by its readers): "komt niet overeen met een
    # reglementaire categorie" says the count cannot be had, not that there is one
    flags = _nl_flags(
        "Oudere werknemers.\n\n 1. Hoeveel in 2015 ontslagen oudere werknemers die geen bedrijfstoeslag "
        "ontvingen, hebben er over heel Belgie gezien een nieuwe betrekking gevonden?",
        "1. De notie van ontslagen oudere werknemers die niet gerechtigd zijn op het stelsel van werkloosheid met "
        "bedrijfstoeslag, komt niet overeen met een reglementaire categorie waarvoor gegevens beschikbaar zijn bij "
        "de Rijksdienst voor Arbeidsvoorziening (RVA).",
    )
    assert "figures_missing" in flags
