"""figures_missing where the count is asked of a year and the figures given are of another year (figures20, what
a figure counts: its period). A reader who asks "hoeveel ... in 2016?" and is given a count of 2015, or a total on
1 October 2017, does not have the count asked. The year the count is of is a year right after a phrase of
``[coverage] count_year_leads`` ("in", "voor", "for", ...) in a sentence that asks the count; the years given are
those of the answer's figure-bearing sentences and table labels (not a date inside a clause). A table that stood in
the answer (a placeholder code) after a sentence that names no year may hold the year asked and counts as given.
Also what a figure counts by its kind: an amount asked beside a count, and the answer saying the amounts are not
held, is missing whatever counts stand beside the claim (unless a table stood after a sentence of its own).
Questions and answers as they stand in the be-kamer-2017 records named (development sets)."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc, uk_doc

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)


def _flags(question: str, answer: str):
    return [f for sp in score_document(be_doc(question, answer), SETTINGS) for f in sp.flags]


def _names(question: str, answer: str) -> list[str]:
    return [f.name for f in _flags(question, answer)]


# dev-be28 188607 3 (labelled figures_missing): 2016 asked, the figures of 2016 "nog niet beschikbaar", a table and
# a count of 2015 given
DOCTORS = (
    "Indien de huisarts nog een beperkte medische activiteit in stand wenst te houden zoals het voorschrijven van "
    "geneesmiddelen of attesten voor familieleden, dan moet hij wel ingeschreven blijven bij de Orde en het "
    "RIZIV-nummer behouden. Heeft u er zicht op hoeveel artsen een beperkte medische activiteit uitoefenden in 2016?"
)
DOCTORS_ANSWER = (
    "De cijfers van 2016 zijn nog niet beschikbaar, dus vindt u in de onderstaande tabel het aantal artsen dat op "
    "31 december 2015 het recht had om prestaties te verrichten op basis van hun activiteit in 2015.Die cijfers zijn "
    "afkomstig uit de tabellen van het jaarverslag 2015 van het RIZIV.2016201715431-7-1470-bil Er zijn dus 2.616 "
    "huisartsen waarvoor men ervan kan uitgaan dat ze een heel minieme activiteit hebben gehad in 2015."
)


def test_a_count_of_the_year_before_the_one_asked_is_not_the_count_asked():
    flags = [f for f in _flags(DOCTORS, DOCTORS_ANSWER) if f.name == "figures_missing"]
    assert flags
    # the reason names the year asked, the figure given and the year it counts
    assert "in 2016" in flags[0].reason
    assert "'2.616'" in flags[0].reason
    assert "count 2015" in flags[0].reason


def test_the_table_code_is_not_named_as_a_figure_given():
    (flag,) = [f for f in _flags(DOCTORS, DOCTORS_ANSWER) if f.name == "figures_missing"]
    assert "1470" not in flag.reason


# dev-be14 189889 1 (labelled figures_missing): plans foiled in 2016 asked, a total of convictions on 1 October 2017
def test_a_total_on_a_later_date_is_not_the_count_of_the_year_asked():
    question = (
        "Hoeveel concrete plannen voor aanslagen door jihadi's werden in 2016 verijdeld of onmogelijk gemaakt? "
        "Hoeveel concrete plannen voor aanslagen door andere mogelijke terreurgroepen?"
    )
    answer = "Op 1 oktober 2017 werden er in totaal 295 personen veroordeeld voor terroristische misdrijven."
    flags = [f for f in _flags(question, answer) if f.name == "figures_missing"]
    assert flags and "count 2017" in flags[0].reason


# dev-be28 188607 2 (labelled answered): the count of 2016 given, "in de loop van 2016"
def test_the_count_of_the_year_asked_is_given():
    question = "Kan u meegeven hoeveel artsen hun stopzetting hebben aangegeven bij het RIZIV en bij de Orde in 2016?"
    answer = (
        "De Orde der artsen heeft ons meegedeeld dat ze in de loop van 2016 in totaal 31 huisartsen heeft "
        "weggelaten uit de lijst van de Orde. Die artsen mogen het beroep van huisarts dus niet meer uitoefenen. Het "
        "aantal artsen dat in 2016 aan het Rijksinstituut voor ziekte- en invaliditeitsverzekering (RIZIV) heeft "
        "verklaard dat ze gepensioneerd waren of dat ze hun beroepsactiviteit hebben stopgezet, bedraagt 76."
    )
    assert "figures_missing" not in _names(question, answer)


# dev-be22 190867 3 (not labelled figures_missing): "Hieronder de cijfers die u me vroeg:" before two table codes
# names no year; the studies of 2012 beside it do not make the tables of another year
def test_a_table_code_after_a_sentence_without_a_year_may_hold_the_year_asked():
    question = "Wat zijn de cijfers voor 2016?"
    answer = (
        "In 2012 heeft IDEWE een studie uitgevoerd naar de prevalentie van burn-out: de resultaten waren 6,9 % voor "
        "de verpleegkundigen en 5,4 % voor de artsen. Hieronder de cijfers die u me vroeg:2016201716324-7-1600-bil-1 "
        "2016201716324-7-1600-bil-2"
    )
    assert "figures_missing" not in _names(question, answer)


# dev-be16 185824 7 (labelled breakdown_missing only): "de wet van 2014" names a law, not the year of the count
def test_the_year_of_a_law_is_not_the_year_the_count_is_of():
    question = (
        "Welke budgetten worden er gealloceerd voor burn-outpreventie? Hoe zijn die budgetten sinds de "
        "inwerkingtreding van de wet van 2014 geevolueerd?"
    )
    answer = "In 2016 werd ongeveer 10.000 euro besteed aan de analyse van psychosociale risico's."
    assert "figures_missing" not in _names(question, answer)


# dev-be28 192823 1 (labelled figures_missing): a count and an amount asked; counts of a wider category given, and
# the amounts said not to be in the database
THEFTS = (
    "Hoeveel diefstallen van medisch materiaal werden er de voorbije jaren vastgesteld? Voor welk bedrag werd er "
    "gemiddeld gestolen?"
)
THEFTS_COUNTS = (
    "Wat de feiten van diefstal en afpersing betreft in de maatschappelijke en verzorgingsinstellingen, hebben de "
    "politiediensten in totaal 50 feiten geregistreerd in 2012, 56 in 2013, 60 in 2014, 46 in 2015 en 55 voor de "
    "drie eerste semesters van 2016."
)


def test_an_amount_said_not_held_beside_counts_is_missing():
    answer = (
        THEFTS_COUNTS
        + "Aangaande de bedragen van de gestolen (para)medische apparatuur, moet ik het geachte lid "
        "meedelen dat deze informatie niet beschikbaar is in de ANG.2016201717076-3-2296-bil"
    )
    flags = [f for f in _flags(THEFTS, answer) if f.name == "figures_missing"]
    assert flags
    assert "welk bedrag" in flags[0].reason and "niet beschikbaar" in flags[0].reason


# be-kamer-2017 185402 2 (not labelled; read): the claim speaks of part of the amounts, the table after "Onderaan
# vindt u een overzicht van de gevraagde bedragen" holds them (LABELS.md, settled cases)
def test_a_table_of_amounts_after_its_own_sentence_gives_them():
    question = (
        "Hoeveel van deze onmiddellijke inningen werden geind en hoeveel werden niet geind? Om welke bedragen gaat "
        "het voor de geinde onmiddellijke inningen en de niet-geinde onmiddellijke inningen?"
    )
    answer = (
        "Betreffende het bedrag van de OI's, betaald of niet (correct) betaald, beschikken we slechts over cijfers "
        "van het betaald bedrag en het gevraagd bedrag van de OI's.De cijfers betreffende de betaalde bedragen zijn "
        "echter maar beschikbaar sinds 2013 in de databank verkeersinbreuken.Onderaan vindt u een overzicht van de "
        "gevraagde bedragen (van 2010 tot en met eerste semester 2016) en ook van de betaalde bedragen (van 2013 tot "
        "en met eerste semester 2016).2016201714248-3-1900-fr-nl-2"
    )
    assert "figures_missing" not in _names(question, answer)


# dev-be28 185112 1 (labelled figures_missing): the number of delayed trains said not to be published; the table
# after it is of punctuality on one line
def test_a_claim_naming_what_is_counted_beside_a_table_of_something_else():
    question = "Hoeveel treinen hadden er in 2016 vertraging op de lijnen Doornik-Luik en Doornik-Brussel?"
    answer = (
        "De website van Infrabel biedt maandelijks een overzicht van de stiptheid op het Belgische spoorwegnet. Het "
        "aantal treinen die vertraging hadden wordt op zich niet meegedeeld, maar de website geeft wel per maand aan "
        "hoeveel treinen afgeschaft werden.Hieronder gaat een overzicht van de stiptheid van de treinen op Lijn 94 in "
        "2016 tegenover de stiptheid op het volledige netwerk.2016201714125-14-2035-bil"
    )
    flags = [f for f in _flags(question, answer) if f.name == "figures_missing"]
    assert flags and "Het aantal treinen die vertraging hadden" in flags[0].reason
    assert "the number of 'treinen' is not held" in flags[0].reason


# uk-commons 1817019 (not labelled; read): the claim's own sentence gives the count for Nottingham, so that sentence
# does not say the count is missing
def test_a_claim_whose_own_sentence_gives_the_count_does_not_make_it_missing():
    question = (
        "To ask the Secretary of State for Health and Social Care, what information his Department holds on the "
        "number of appointments in Nottingham University Hospitals NHS Trust that have been delayed due to a lack "
        "of availability of medical radioisotopes in 2025 to date."
    )
    answer = (
        "While we do not typically hold this information centrally, the Department is aware that the number of "
        "appointments delayed related to radioisotope supply issues at the Nottingham University Hospitals NHS Trust "
        "for the period of January 2025 to May 2025 consist of: 68 patients delayed for a scan."
    )
    reasons = [f.reason for sp in score_document(uk_doc(question, answer), SETTINGS) for f in sp.flags]
    # (the answer's other claim, "do not typically hold", is weighed as before: figures beside a claim)
    assert not [r for r in reasons if "the answer says the number of" in r]
