"""breakdown_missing and figures_missing (breakdown24): a count of none needs no split. A zero figure before what the
unit asks its figures of one by one ("Kan u voor elke reis ... het volgende meedelen: a) ... l)", `[coverage]
each_words`) says there is none of it ("Ik heb geen enkele reis in het buitenland gedaan", dev-be33 186173 1); a
negation with "any" before a word of money later in its clause (`[coverage] zero_any`: "We are not aware of the FCDO
itself having spent any money on ...", dev-uk36 1725475 1) says none was spent: nothing to give per year or part."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)


def _nl(question: str, answer: str) -> dict[str, list[str]]:
    rec = dict(doc_id="t", question=question, answer=answer, department="D", date_tabled="2017-04-28")
    return {
        sp.pair.question.n: sorted(f.name for f in sp.flags)
        for sp in score_document(be_record(rec, "t"), SETTINGS)
    }


def _uk(question: str, answer: str) -> list[str]:
    (sp,) = score_document(
        uk_record({"id": 1, "questionText": question, "answerText": answer}, "t"), SETTINGS
    )
    return sorted(f.name for f in sp.flags)


# dev-be33 186173 1 (its readers: "no trips, so a) to l) are moot; answered")
TRIPS = (
    "Kan u voor elke reis in het buitenland die u sinds uw ambtsaanvaarding heeft ondernomen het volgende meedelen:"
    "a) datum en duur;b) bestemming;c) hoeveel ambtenaren u vergezelden en wat de kostprijs hiervan was;"
    "d) totale kostprijs ten laste van de overheid?"
)
NO_TRIPS = "Ik heb geen enkele reis in het buitenland gedaan in het kader van mijn functie als minister."
# the same question, a zero of something else: the trips and their costs stay unanswered
NO_PRESS = "Er heeft geen enkele journalist mij vergezeld op mijn reizen."

# dev-uk36 1725475 1 (its readers: "nil for each year, answered")
BIOT = (
    "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, how much his Department has "
    "spent on private security companies in the British Indian Ocean Territory in each of the last five years."
)
BIOT_NIL = (
    "The FCDO provides financial support to the BIOT Administration to enable it to discharge its responsibilities. "
    "We are not aware of the FCDO itself having spent any money on private security companies in BIOT in the last "
    "five years."
)
# a claim that the spending cannot be told apart is no nil
BIOT_UNHELD = (
    "The FCDO does not hold data on any spending on private security companies in BIOT, which is not recorded "
    "separately."
)


def test_no_trip_at_all_answers_every_part():
    assert _nl(TRIPS, NO_TRIPS) == {"1": []}


def test_a_zero_of_another_noun_leaves_the_parts_missing():
    assert "breakdown_missing" in _nl(TRIPS, NO_PRESS)["1"]


def test_no_money_spent_at_all_answers_every_year():
    assert _uk(BIOT, BIOT_NIL) == []


def test_any_money_in_a_claim_of_no_data_is_no_nil():
    assert _uk(BIOT, BIOT_UNHELD) == ["breakdown_missing", "figures_missing"]


# dev-be32 187611 4 (its readers: no_information and figures_missing, no breakdown): a preamble sentence whose one
# colon opens a clause of its own states; its "per jaar" is the bank's rate, no split asked
SWEDBANK = (
    "In het kader van het Zweedse debat over de e-kroon voert Swedbank een ecologisch argument aan voor haar weigering "
    "om met cashgeld te werken: de bank heeft berekend dat de geldtransporten tussen haar kantoren 700 ton CO2 per "
    "jaar uitstoten. Beschikt u voor ons land over cijfers in dat verband?"
)
# the same colon opening a list of what is wanted asks it
SWEDBANK_LIST = (
    "Ik heb volgende vragen over de geldtransporten van de banken: het aantal per jaar, per provincie. Beschikt u "
    "voor ons land over cijfers in dat verband?"
)
NOT_HELD = "Neen, wij beschikken niet over deze informatie."


def test_a_rate_after_a_colon_clause_of_the_preamble_asks_no_split():
    assert _nl(SWEDBANK, NOT_HELD) == {"1": ["figures_missing"]}


def test_a_list_after_a_colon_of_the_preamble_stays_asked():
    assert "breakdown_missing" in _nl(SWEDBANK_LIST, NOT_HELD)["1"]
