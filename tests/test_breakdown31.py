"""breakdown_missing (breakdown31): a sentence of the answer that says its figures cover only part of the period
asked leaves the years outside it missing, whatever table placeholder stands beside it (``coverage._said_span``):
the last year after ``[coverage] available_until`` ("Momenteel zijn er gegevens beschikbaar tot en met 2013"), a
range after a word of ``only_words`` ("zijn enkel beschikbaar voor de periode 2014 tot en met 2016"), "na" before a
date ("enkel voor de periode na 1 september 2016"). Texts are the records' own (the answers cut to the unit's
sentences); the expected flags are the readers' of the labelled sets named."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.settings import Settings

SETTINGS = Settings(rules=("breakdown_missing",), recycled_across_documents=False)


def _nl_flags(question: str, answer: str, date: str = "2017-06-14") -> dict[str, list[str]]:
    rec = dict(doc_id="t", question=question, answer=answer, department="D", date_tabled=date)
    return {
        sp.pair.question.n: [f"{f.name}: {f.reason}" for f in sp.flags]
        for sp in score_document(be_record(rec, "t"), SETTINGS)
    }


# dev-be42 192365 1 (its readers: the placeholder and the trend cover earlier years only, no count for 2014, 2015
# and 2016: breakdown_missing)
DEATHS = "Hoeveel doden door een overdosis drugs kende dit land in 2014, 2015 en 2016?"
DEATHS_ANSWER = (
    "Er bestaat geen specifiek register voor druggerelateerde overlijdens. In Belgie zijn de nationale gegevens over "
    "drugsgerelateerde doden verkrijgbaar bij het algemene overlijdensregister (General Mortality Register (GMR)). Het "
    "gaat hier ook om enkel die overlijdens die geregistreerd worden als rechtstreeks toe te schrijven aan "
    "druggebruik. Momenteel zijn er gegevens beschikbaar tot en met 2013 en wordt er gewerkt aan een inhaalbeweging "
    "om meer recente gegevens te verkrijgen.Het aantal door drugs geinduceerde sterfgevallen in Belgie piekte in de "
    "periode 2008-2009 en daalde daarna opnieuw in de periode 2010-2012, en bleef stabiel in 2013.2016201716873-7-1706-nl-fr"
)

# dev-be16 189507 1, the RIZIV's segment (its readers: 'enkel beschikbaar voor de periode 2014 tot en met 2016', the
# five years asked not covered: breakdown_missing)
CHECKS = (
    "Hoeveel controles voerden de sociale inspectiediensten de afgelopen vijf jaar uit in de strijd tegen "
    "domiciliefraude in het arrondissement Turnhout? Graag cijfers per jaar, per gemeente/stad uit het arrondissement "
    "en per inspectiedienst."
)
CHECKS_ANSWER = (
    "Gelieve hieronder de beschikbare resultaten per sociale inspectiedienst te willen vinden:De resultaten van de "
    "onderzoeken naar domiciliefraude zijn enkel beschikbaar voor de periode 2014 tot en met 2016. U vindt de tabel "
    "met de resultaten hieronder:2016201715794-17-327-bil-1"
)

# dev-be47 187583 4 (its readers: data 'enkel voor de periode na 1 september 2016', the years asked not all covered:
# breakdown_missing)
ADVERTS = (
    "Werden er ook controles gehouden op de reclameregels voor e-sigaretten? Hoeveel de laatste drie jaar? Graag "
    "cijfers per jaar."
)
ADVERTS_ANSWER = (
    "Begin september 2016 werd de controledatabank van de Tabak- en Alcoholcontroledienst aangepast en uitgebreid met "
    "de controlegegevens voor e-sigaretten. Bijgevolg kunnen relevante controlegegevens over het roken, het "
    "verkoopverbod van en de reclame voor e-sigaretten enkel voor de periode na 1 september 2016 worden verstrekt.De "
    "gedetailleerde controlegegevens worden in de onderstaande tabel weergegeven.2016201715080-7-1434-bil"
)


def test_years_after_the_last_said_available_are_missing_beside_a_placeholder():
    flags = _nl_flags(DEATHS, DEATHS_ANSWER)["1"]
    assert len(flags) == 1 and flags[0].startswith(
        "breakdown_missing: asks 2014–2016: said available up to 2013"
    )


def test_years_up_to_the_last_said_available_are_given_by_the_placeholder():
    # the same answer to the years it covers (the question's years changed): the table holds them
    assert _nl_flags(DEATHS.replace("2014, 2015 en 2016", "2011, 2012 en 2013"), DEATHS_ANSWER) == {"1": []}


def test_years_before_a_range_said_to_be_the_only_one_available_are_missing():
    flags = _nl_flags(CHECKS, CHECKS_ANSWER, "2017-04-19")["1"]
    assert len(flags) == 1 and flags[0].startswith("breakdown_missing: asks 2012–2013: answer starts at 2014")


def test_years_before_a_date_after_na_are_missing():
    flags = _nl_flags(ADVERTS, ADVERTS_ANSWER, "2017-03-01")["1"]
    assert len(flags) == 1 and flags[0].startswith("breakdown_missing: asks 2014–2015: answer starts at 2016")


# dev-be43 184622 2 (its readers: the revenues 'in de periode 2013-2015' in a placeholder table, five years asked,
# three covered: breakdown_missing; the yes can be read)
LEVIES = (
    "1. Welke maatregelen hebt u genomen om activiteiten met betrekking tot kansspelen te belasten? Volgens welke "
    "modaliteiten?2. Bestaan er nu al heffingen op deze activiteiten op het federale niveau? Zo ja, wat zijn de "
    "cijfers voor de voorbije vijf jaar?"
)
LEVIES_ANSWER = (
    "1. De Gewesten zijn bevoegd om de aanslagvoet, de heffingsgrondslag en de vrijstellingen van deze belasting te "
    "wijzigen. 2. Op basis van de beschikbare gegevens bedragen de ontvangen inkomsten (in duizend euro) voor de "
    'belasting op de spelen en de weddenschappen ("belasting SW") en de belasting op automatische '
    'ontspanningstoestellen ("belasting AO") in de periode 2013-2015 het volgende:2016201712982-9-1402nl'
)


def test_a_table_of_the_count_with_its_years_gives_the_yes_its_follow_up_is_asked_on():
    flags = _nl_flags(LEVIES, LEVIES_ANSWER, "2017-01-06")["2"]
    assert len(flags) == 1 and flags[0].startswith("breakdown_missing: asks 2012: answer starts at 2013")
