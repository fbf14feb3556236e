"""figures16 (session 17): figures_missing on Chamber records read after the rules were tuned. Each case is a
real Chamber question (be-kamer-2017, shortened) and its answer in its own words."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.readers.uk_commons import read_record as uk_record
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


def _uk_flags(question: str, answer: str) -> list[str]:
    """The flag names of the one unit of a Commons record of ``question`` and ``answer``."""
    rec = {"id": "t", "questionText": question, "answerText": answer, "dateTabled": "2025-01-10"}
    (sp,) = score_document(uk_record(rec, "t"), SETTINGS)
    return [f.name for f in sp.flags]


def test_a_value_asked_in_lettered_parts_is_a_figure_asked():
    # uk-commons 1741518 (dev-uk23, figures_missing by its readers): "what the (i) value and (ii) length of that
    # contract is", answered only by a pointer to Contracts Finder
    flags = _uk_flags(
        "To ask the Chancellor of the Exchequer, if she will publish (a) the contract, (b) the agreed programme of "
        "work and (c) other side documentation for the Valuation Office Agency's agreement with Cognizant; and what "
        "the (i) value and (ii) length of that contract is.",
        "<p>Details of the contract can be found on Contracts Finder: Valuations Office Agency Programme - "
        "Valuations Cloud App - Contracts Finder. The published contract covers new services developed through the "
        "Valuation Office Agency's (VOA) transformation programmes.</p>",
    )
    assert "figures_missing" in flags


def test_no_grant_made_answers_the_total_value_asked():
    # uk-commons 1678076 (not labelled): "the total value" asks an amount, and "No Waterborne Freight Grant award
    # was made" says none was paid (an amount of zero), so nothing is missing
    flags = _uk_flags(
        "To ask the Secretary of State for Transport, if he will list the total value of waterborne freight grants "
        "made to operators of (a) coastal and (b) short sea shipping services in each financial year from 2014-15 "
        "to 2022-23.",
        "<p>No Waterborne Freight Grant award was made in the periods requested.</p>",
    )
    assert "figures_missing" not in flags
    assert "breakdown_missing" not in flags


def test_an_estimate_of_when_asks_no_figure():
    # uk-commons 1716375 (dev-uk24, no figures_missing by its readers): "what estimate he has made of when that
    # review will be completed" asks a date; "The timelines for this review are still being determined" gives none,
    # but no count or amount is missing
    flags = _uk_flags(
        "To ask the Minister for the Cabinet Office, who will lead the Cabinet Office review of Government contracts "
        "with Shared Services Connected Ltd; and what estimate he has made of when that review will be completed.",
        "<p>The review of Shared Services Connected Ltd is being led by the Government Security Group in the Cabinet "
        "Office. The timelines for this review are still being determined as part of the commissioning process.</p>",
    )
    assert "figures_missing" not in flags


def test_the_cost_asked_as_kostenplaatje_is_missing_where_only_a_programme_total_is_given():
    # be-kamer 186557 question 4 (dev-be21, figures_missing by its readers): "het kostenplaatje van het plan" asks
    # an amount; "een onderdeel van het globale investeringsprogramma ... dat voor 2017 ongeveer 90 miljoen zou
    # bedragen" gives the whole programme, not the plan's cost
    flags = _nl_flags(
        "Brievenbussen.\n\n 1. Wat is het kostenplaatje van het plan? Hoe heeft men de noodzaak ervan afgewogen?",
        "1. Bpost volgt in dit kader een tweesporenbeleid. De kostprijs van dit rollend meerjarenprogramma is een "
        "onderdeel van het globale investeringsprogramma van het bedrijf dat voor 2017 ongeveer 90 miljoen zou "
        "bedragen.",
    )
    assert "figures_missing" in flags
