"""figures15 (session 16): figures_missing on Chamber records read after the rules were tuned (dev-be16,
dev-be20). Each case is a real Chamber question (be-kamer-2017, shortened) and its answer in its own words."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

SETTINGS = Settings(rules=("breakdown_missing", "figures_missing"), recycled_across_documents=False)


def _nl_flags(question: str, answer: str) -> list[str]:
    """The flag names of the one unit of a Chamber record of ``question`` and ``answer``."""
    rec = dict(doc_id="t", question=question, answer=answer, department="D", date_tabled="2017-03-01")
    (sp,) = score_document(be_record(rec, "t"), SETTINGS)
    return [f.name for f in sp.flags]


def test_the_cause_of_a_fall_in_a_number_asks_no_count():
    # be-kamer 193284 question 1 (dev-be16, no figures_missing by its readers): "die afname van het aantal ...
    # werklozen" and "die daling van het aantal werklozen" are what the member asks about, not a count asked
    flags = _nl_flags(
        "Daling van het aantal werklozen.\n\n 1. Hoe analyseert u die afname van het aantal bij de RVA "
        "ingeschreven werklozen? Wat zijn de voornaamste zaken die die daling van het aantal werklozen in 2016 "
        "mogelijk hebben gemaakt?",
        "De vergoede werkloosheid is gevoelig gedaald in 2016. Afzonderlijke cijfers voor aanwervingen zijn nog "
        "niet beschikbaar voor 2016.",
    )
    assert "figures_missing" not in flags


def test_a_count_asked_beside_a_fall_is_still_asked():
    # the words of a fall name no count, but "Hoeveel" in the same unit still asks one
    flags = _nl_flags(
        "Daling van het aantal werklozen.\n\n 1. Hoe verklaart u de daling van het aantal werklozen? Hoeveel "
        "werklozen waren er eind 2016?",
        "De vergoede werkloosheid is gevoelig gedaald in 2016 dankzij de maatregelen van de regering.",
    )
    assert "figures_missing" in flags


def test_an_annex_named_beside_a_year_not_yet_available_gives_the_amounts():
    # be-kamer 185170 question 1 (dev-be20, breakdown_missing but no figures_missing by its readers): the amounts
    # stand in "de bijgaande tabel"; the claim that 2016 is not yet available names a year, not the amounts
    flags = _nl_flags(
        "Uitgaven voor OCMW's.\n\n 1. Kan u mij voor de jongste vijf jaar, op jaarbasis, per Gewest en per materie, "
        "meedelen welke bedragen door de federale overheid werden uitgegeven in het kader van de werkzaamheden "
        "van de OCMW's?",
        "Het door de POD Maatschappelijke Integratie betaalde bedrag per OCMW voor de periode 2011 tot 2015 wordt "
        "weergegeven in de bijgaande tabel. De bijlagen bij het antwoord op deze vraag zijn het geachte Kamerlid "
        "rechtstreeks toegestuurd. Cijfers voor 2016 zijn nog niet beschikbaar in het uniek jaarrapport.",
    )
    assert "figures_missing" not in flags
    assert "breakdown_missing" in flags


def test_an_annex_of_other_figures_beside_a_hand_over_leaves_the_count_missing():
    # be-kamer 187365 question 4 (dev-be20, figures_missing by its readers): the annexes hold acquisitions of
    # nationality; the pending naturalisation files asked are left to the Commission
    flags = _nl_flags(
        "Nationaliteitswetgeving.\n\n 1. Wat bedraagt heden nog het aantal hangende naturalisatiedossiers die "
        "vallen onder de oude wetgeving?",
        "De FOD Justitie beheert zelf geen statistieken met betrekking tot de verwervingen van de Belgische "
        "nationaliteit. De FOD Justitie heeft de cijfers met betrekking tot de nationaliteitsverwervingen in 2016 "
        "ontvangen en verwerkt in tabelvorm, dewelke worden gevoegd bij dit antwoord in twee bijlages. Om de "
        "cijfers te kennen van het aantal nog hangende naturalisatiedossiers onder de oude wetgeving, wordt "
        "verwezen naar de Commissie voor Naturalisaties.",
    )
    assert "figures_missing" in flags


def test_a_count_given_where_a_share_is_asked_leaves_the_share_missing():
    # be-kamer 189724 question 4 (dev-be20, figures_missing by its readers): the count of registered mopeds is
    # given, the share of the whole park asked is not
    flags = _nl_flags(
        "Nummerplaten voor bromfietsen.\n\n 1. Hoeveel oldtimers van maximaal 50 cc werden ingeschreven als "
        "bromfiets en welk percentage van het werkelijke oldtimer-bromfietspark vertegenwoordigen zij?",
        "Er zijn momenteel 3.255 bromfietsen met een cilinderinhoud van maximaal 50 cm3 ingeschreven onder "
        "oldtimer S-kenteken.",
    )
    assert "figures_missing" in flags


def test_a_share_given_answers_the_share_asked():
    # the same question answered with the count and a percentage of the park
    flags = _nl_flags(
        "Nummerplaten voor bromfietsen.\n\n 1. Hoeveel oldtimers van maximaal 50 cc werden ingeschreven als "
        "bromfiets en welk percentage van het werkelijke oldtimer-bromfietspark vertegenwoordigen zij?",
        "Er zijn momenteel 3.255 bromfietsen met een cilinderinhoud van maximaal 50 cm3 ingeschreven onder "
        "oldtimer S-kenteken, ongeveer 40 % van het geschatte oldtimer-bromfietspark.",
    )
    assert "figures_missing" not in flags


def test_two_counts_that_give_the_share_asked_answer_it():
    # be-kamer 186365 question 3 (not labelled, shortened): the share of politicians who answered can be had
    # from the two counts given (53 of 1115)
    flags = _nl_flags(
        "Reputatiemeting.\n\n 1. Hoeveel mensen werden er gecontacteerd en hoeveel procent van hen heeft de "
        "enquete ingevuld?",
        "In december 2016 ontvingen 1115 politici een uitnodiging om de vragenlijst online in te vullen; 53 hebben "
        "geantwoord.",
    )
    assert "figures_missing" not in flags


def _uk_flags(question: str, answer: str) -> list[str]:
    """The flag names of the one unit of a Commons record of ``question`` and ``answer``."""
    rec = {"id": "t", "questionText": question, "answerText": answer, "dateTabled": "2025-01-10"}
    (sp,) = score_document(uk_record(rec, "t"), SETTINGS)
    return [f.name for f in sp.flags]


def test_a_share_of_all_said_in_words_answers_the_share():
    # uk-commons 1748702 (not labelled, shortened): "all of EWIC's ... policies originated with Zurich" gives the
    # proportion asked, the whole
    flags = _uk_flags(
        "To ask the Chancellor of the Exchequer, how much and what proportion of the costs covered by East West "
        "Insurance Company policies relate to policies originally written by Zurich Insurance.",
        "The Joint Administrators of East West Insurance Company (EWIC) published a report in 2021 that confirmed "
        "that all of EWIC's building guarantee and warranty policies originated with Zurich Insurance. The best "
        "estimate for the costs to resolve building remediation work covered by EWIC policies is approximately "
        "£335m.",
    )
    assert "figures_missing" not in flags


def test_an_amount_given_where_a_proportion_is_asked_leaves_it_missing():
    # uk-commons 1766582 (not labelled): the revenue is given, the proportion raised in Scotland is not
    flags = _uk_flags(
        "To ask the Chancellor of the Exchequer, what proportion of the revenue from the abolition of the "
        "Furnished Holiday Lettings tax regime is expected to be raised in Scotland.",
        "The Government will abolish the Furnished Holiday Lettings (FHL) tax regime from April 2025. The "
        "abolition of the FHL regime will raise £190m by 2029-30, which will help support public services across "
        "the United Kingdom, including in Scotland.",
    )
    assert "figures_missing" in flags
