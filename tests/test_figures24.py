"""figures24 (session 25): figures_missing where every figure the answer gives is an average or a rate and the
question asks a count or a total (LABELS.md: "the answer gives none of the numbers asked"). Each case is a real
question (shortened) and its answer in its own words, or one written after them."""

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


def _uk_flags(question: str, answer: str) -> list[str]:
    """The flag names of the one unit of a Commons record of ``question`` and ``answer``."""
    rec = {"id": "t", "questionText": question, "answerText": answer, "dateTabled": "2025-01-10"}
    (sp,) = score_document(uk_record(rec, "t"), SETTINGS)
    return [f.name for f in sp.flags]


def test_a_monthly_average_does_not_give_the_count_of_five_years():
    # be-kamer 189282 question 2 (dev-be36, figures_missing by its readers: another period than asked)
    flags = _nl_flags(
        "Namaakproducten.\n\n 1. Heeft u er zicht op hoeveel betwistingen werden ingediend bij Visa of Mastercard "
        "de laatste vijf jaar?",
        "De website www.mijnkaart.be wordt beheerd door de betaalsector, met name Worldline NV. Worldline NV heeft "
        "mijn diensten laten weten dat zij maandelijks gemiddeld 1.300 betwistingen ontvangen voor niet-levering en "
        "niet conforme levering, waarvan zo'n 200 voor namaak.",
    )
    assert "figures_missing" in flags


def test_a_price_per_room_per_night_does_not_give_the_lodging_cost_asked():
    # after be-kamer 189108 question 2 (dev-be27, figures_missing by its readers: another figure than the cost
    # asked), its question asked with "Hoeveel bedroegen", a count the lexicon reads
    flags = _nl_flags(
        "Economische missies.\n\n 1. Hoeveel bedroegen de logementkosten van de missie naar Indonesie?",
        "Het is onmogelijk de logementkosten op te geven. Wel kan meegedeeld worden dat de prijs van een "
        "standaardkamer 147 euro per kamer per nacht in het Pullman Thamrin Hotel Jakarta bedroeg en 97 euro per "
        "kamer per nacht in het Hilton Hotel Bandung.",
    )
    assert "figures_missing" in flags


def test_an_average_asked_is_given_by_an_average():
    # the question names the average itself: the average given is the figure asked
    flags = _nl_flags(
        "Wachttijden.\n\n 1. Wat is de gemiddelde wachttijd voor een aanvraag bij de dienst?",
        "De gemiddelde wachttijd bedroeg in 2016 ongeveer 45 dagen.",
    )
    assert "figures_missing" not in flags


def test_a_total_beside_an_average_gives_the_count():
    # not every figure is an average: the total stands beside it
    flags = _nl_flags(
        "Betwistingen.\n\n 1. Hoeveel betwistingen werden er in 2016 ingediend?",
        "In 2016 werden 15.600 betwistingen ingediend. Dat is maandelijks gemiddeld 1.300 betwistingen.",
    )
    assert "figures_missing" not in flags


def test_an_amount_per_year_is_no_rate_of_another_thing():
    # "per jaar" divides by a period, as a yearly amount asked does: the amount is given
    flags = _nl_flags(
        "Meldpunt.\n\n 1. Hoeveel zal de werking van het meldpunt jaarlijks kosten?",
        "De werking van het meldpunt kost 250.000 euro per jaar.",
    )
    assert "figures_missing" not in flags


def test_an_average_cost_per_car_does_not_give_the_budget_for_the_cars():
    # after uk-commons 1731210 (dev-uk39, figures_missing by its readers: another amount than asked), its budget
    # part asked with "how much", a count the lexicon reads ("what the budget was" is none)
    flags = _uk_flags(
        "To ask the Minister for the Cabinet Office, how much was spent on Government Car Service cars used by "
        "his Department in the 2024-25 financial year.",
        "The Government Car Service (GCS) offers vehicles to government departments as a shared resource. The "
        "average cost to a Department for a single DPC (Department Pool Car) in 2024/25 financial year is £108K "
        "per annum.",
    )
    assert "figures_missing" in flags


def test_an_average_wait_does_not_give_the_waiting_list_totals():
    # after reference-dev 1778740 (figures_missing by its readers): an average waiting time for the totals asked
    # (its answer also names "nine specialist mesh centres", a count of another thing the rule does not read
    # past: every figure must be an average or a rate)
    flags = _uk_flags(
        "To ask the Secretary of State for Health and Social Care, how many patients are on the waiting lists of "
        "the mesh removal centres.",
        "The most recent waiting time data held by NHS England from 2024 indicated that the average waiting time "
        "across the specialist centres was 28 weeks.",
    )
    assert "figures_missing" in flags


def test_an_average_share_gives_the_share_asked():
    # be-kamer 191522 question 1 (dev-be34, answered by its readers): a share asked, an average share given
    flags = _nl_flags(
        "Kunstdiefstal.\n\n 1. Hoe groot is het percentage gestolen kunstvoorwerpen dat in Belgie wordt "
        "teruggevonden?",
        "Op basis van de beschikbare gegevens in de bijzondere gegevensbank van de cel Kunst en Antiek werd "
        "vastgesteld dat het gemiddeld percentage teruggevonden gestolen kunstvoorwerpen ongeveer 5 % bedraagt. De "
        "laatste telling gebeurde in 2015.",
    )
    assert "figures_missing" not in flags


def test_a_count_named_as_what_increases_asks_no_figure():
    # uk-commons 1678455 (not labelled, read in figures24's audit): the steps to manage "increases in the number
    # of new PIP applications" are asked, not their number; the averages of the answer give what it says
    flags = _uk_flags(
        "To ask the Secretary of State for Work and Pensions, what steps his Department is taking to manage increases "
        "in the number of new PIP applications.",
        "Despite the increase in new claims, we have seen a decrease in PIP clearance times since August 2021 with the "
        "latest statistics showing that the average end-to-end journey has reduced from 26 weeks in August 2021 to 15 "
        "weeks at the end of October.",
    )
    assert "figures_missing" not in flags


def test_a_total_before_an_average_in_one_sentence_gives_the_count():
    # review25: the total stands before the average word in its sentence, so it is no average
    flags = _nl_flags(
        "Betwistingen.\n\n 1. Hoeveel betwistingen werden in 2016 ingediend?",
        "In 2016 werden 15.600 betwistingen ingediend, gemiddeld 1.300 per maand.",
    )
    assert "figures_missing" not in flags


def test_a_total_spent_before_an_average_per_participant_gives_the_amount():
    # review25: "an average of £200 per participant" after the total asked, in the same sentence
    flags = _uk_flags(
        "To ask the Secretary of State for Education, how much was spent on the National Tutoring Programme in "
        "2023-24.",
        "In 2023-24, £4 million was spent on the National Tutoring Programme, an average of £200 per participant.",
    )
    assert "figures_missing" not in flags


def test_a_cost_per_day_does_not_give_the_yearly_costs_asked():
    # uk-commons 1673568 (outside the labelled sets, shortened): a daily spend where the cost of each of ten
    # years is asked gives none of the numbers asked (the readers' reading of another period, dev-be36 189282)
    flags = _uk_flags(
        "To ask the Secretary of State for the Home Department, what the cost to the public purse was for "
        "accommodation for people seeking asylum in each of the last 10 years.",
        "The Home Office is currently spending around £8.3m per day on hotel accommodation. Total expenditure on "
        "asylum is published in the Home Office Annual Report and Accounts.",
    )
    assert "figures_missing" in flags


def test_an_amount_per_day_gives_the_allowance_per_day_asked():
    # the unit names the day: the amount per day is the figure asked
    flags = _nl_flags(
        "Vergoedingen.\n\n 1. Hoeveel bedraagt de vergoeding per dag voor een vrijwilliger?",
        "De vergoeding bedraagt 40 euro per dag.",
    )
    assert "figures_missing" not in flags


def test_an_average_said_after_the_figure_does_not_give_the_count():
    # review26: "on average" after the figure, in its clause, makes it an average
    flags = _uk_flags(
        "To ask the Secretary of State for the Home Department, how many applications were processed in 2023.",
        "The department processed 1,300 applications a month on average.",
    )
    assert "figures_missing" in flags


def test_a_yearly_average_gives_the_yearly_count_asked():
    # review26: the Dutch adverb of the period asked stands away from "gemiddeld"
    flags = _nl_flags(
        "Onderwerp.\n\n 1. Hoeveel gevangenen krijgen elk jaar de kans om in zulk een landbouwcentrum te werken?",
        "Jaarlijks zijn er gemiddeld vijftien gedetineerden aan het werk in het landbouwbedrijf.",
    )
    assert "figures_missing" not in flags


def test_a_weekday_is_no_period_of_a_monthly_average():
    # review26: "maandag" is no month; the monthly average does not give the count since Monday
    flags = _nl_flags(
        "Betwistingen.\n\n 1. Hoeveel betwistingen werden sinds maandag ingediend?",
        "Er worden maandelijks gemiddeld 1.300 betwistingen ingediend.",
    )
    assert "figures_missing" in flags
