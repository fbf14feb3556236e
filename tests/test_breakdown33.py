"""breakdown_missing (breakdown33): years said covered beside an annex. A word of availability before a word of
``[coverage] available_from`` and a year (``available_since``: "ter beschikking sinds 2014") names the first year
the figures cover with no "enkel" or "slechts" before it, and a sentence pointing to the answer's annex names the
years it holds ("Als bijlage vindt u een tabel ... voor de periode 2013 tot 2016"; ``coverage.outside_annex_named``,
where it names the year at which the answer's years start or end, a year after ``up_to_words`` every year up to it):
the years asked outside them are not given, the annex notwithstanding. Texts are the records' own; the expected
flags are the readers' of the labelled sets named, or the helper's reading (unlabelled). The last two tests guard
the forms read wrong by the first version of the change (they pass on a816156 too)."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc, flagged, uk_doc

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)


def _nl(question: str, answer: str, date: str) -> dict[str, dict[str, str]]:
    scored = score_document(be_doc(question, answer, date_tabled=date), SETTINGS)
    return {sp.pair.question.n: {f.name: f.reason for f in sp.flags} for sp in scored}


# dev-be54 189787 (its readers, unit 1: breakdown_missing, no_information: "betrouwbare aantallen ter beschikking
# sinds 2014", so 2010-2013 of the overview asked "van 2010 tot en met 2016" are not given; the detail of another
# unit stands in the annex sent to the member)
AMBULANCES = (
    "Interventies ziekenwagens in Vlaams Gewest. \n\n Regelmatig bereiken ons berichten over interventies v"
    "an dringende medische hulpverlening in Vlaanderen waar de patienten geconfronteerd worden met Nederl"
    "andsonkundige ambulanciers. U kan zich best wel inbeelden dat dit kan leiden tot lastige situaties. "
    "Het lijkt ons aangeraden om de omvang van deze problematiek in kaart te brengen en te kijken naar de"
    " cijfers. 1. Hoeveel interventies van Waalse en Brusselse ziekenwagens gebeuren er jaarlijks op het "
    "grondgebied van het Vlaams Gewest? Graag een overzicht van 2010 tot en met 2016. 2. Bij hoeveel van "
    "de interventies was een Nederlandstalige ambulancier aanwezig?3. Wat is de verhouding van Nederlands"
    "talige en Franstalige ambulanciers in de verschillende ziekenhuizen? Graag een overzicht van Brussel"
    "se, Waalse en Vlaamse ziekenhuizen. 4. Naar welk ziekenhuis zijn de patienten overgebracht? Graag oo"
    "k meegeven of deze ziekenhuizen meegerekend worden als Frans- of Nederlandstalig."
)
AMBULANCES_ANSWER = (
    "Om uw vraag te beantwoorden zijn betrouwbare aantallen ter beschikking sinds 2014.In 2014 werden er "
    "binnen de Vlaamse provincies 281.672 interventies geregistreerd. 287 interventies werden uitgevoerd "
    "door diensten waarvan men zou kunnen stellen dat ze eentaligFranstalig of Duitstalig zijn. Dit verte"
    "lt ons echter niets over de taalkundigheid van de hulpverleners-ambulanciers op deze ziekenwagens.De"
    "ze interventies gaven aanleiding tot 236.041 afvoeren naar een spoedgevallendienst. 606 slachtoffers"
    " werden afgevoerd naar een ziekenhuis met een eentalig, Franstalig of Duitstalig, administratief sta"
    "tuut. Ook dit vertelt ons niets over de taalkundigheid van het personeel op de spoedgevallendiensten"
    " aldaar.In 2015 spreken we over 294.144 interventies en 247.249 transporten naar spoedgevallendienst"
    "en. 318 interventies werden uitgevoerd door diensten waarvan men zou kunnen stellen dat ze eentalige"
    " Franstalige of Duitstalige zijn en 607 slachtoffers werden afgevoerd naar een ziekenhuis met een ee"
    "ntalig, Franstalig of Duitstalig, administratief statuut.De taalkundigheid van de hulpverlener-ambul"
    "anciers wordt nergens opgetekend. Ik kan u dan ook alleen de verhouding geven van de taal van hun di"
    "ploma. Samengevat is de verhouding NL/FR voor Brussel is 510/1333, voor Vlaanderen 9481/27 en voor W"
    "allonie 8/6021. Het detail is te vinden in de tabel in bijlage.De bijlagen bij het antwoord op deze "
    "vraag zijn het geachte Kamerlid rechtstreeks toegestuurd. Gezien het louter documentaire karakter er"
    "van worden zij niet in het Bulletin van Vragen en Antwoorden opgenomen maar liggen zij ter inzage bi"
    "j de griffie van de Kamer van volksvertegenwoordigers (dienst Parlementaire Vragen)."
)

# dev-be53 191026 (its readers: breakdown_missing, cross_reference: the annex holds "de periode 2013 tot 2016",
# 2011 and 2012 of the years asked are not in it)
LIMOSA = (
    "Bouwsector. - Aantal Limosa-meldingen. \n\n De bouwsector heeft het moeilijk. De afgelopen jaren ginge"
    "n heel wat banen verloren als gevolg van sociale dumping.Kan u cijfers bezorgen over het aantal Limo"
    "sa-aangiftes in de bouwsector voor de periode 2011 tot 2016, opgesplitst per jaar, opgesplitst per l"
    "and van oorsprong, opgesplitst per Regio en opgesplitst per statuut van de gedetacheerde (werknemer "
    "of zelfstandige)?"
)
LIMOSA_ANSWER = (
    "Als bijlage vindt u een tabel met cijfergegevens omtrent het aantal Limosa-aangiftes in de bouwsecto"
    "r voor de periode 2013 tot 2016.De cijfergegevens zijn gebaseerd op de meldingsplicht Limosa. Het aa"
    "ntal gedetacheerde personen heeft betrekking op het aantal unieke personen, onafhankelijk van het aa"
    "ntal verrichte meldingen in de loop van een kalenderjaar. Het gaat om het aantal personen dat in de "
    "loop van het jaar minstens een dag in Belgie gewerkt heeft en daarvoor niet onderworpen was aan het "
    "Belgische socialezekerheidsstelsel. Het gaat niet om het aantal voltijdse betrekkingen. Eenzelfde pe"
    "rsoon kan meerdere jaren in rekening worden gebracht.Over het land van oorsprong zijn cijfers toegev"
    "oegd voor alle Limosa's, over de sectoren heen.De bijlagen bij het antwoord op deze vraag zijn het g"
    "eachte Kamerlid rechtstreeks toegestuurd. Gezien het louter documentaire karakter ervan worden zij n"
    "iet in het Bulletin van Vragen en Antwoorden opgenomen maar liggen zij ter inzage bij de griffie van"
    " de Kamer van volksvertegenwoordigers (dienst Parlementaire Vragen)."
)

# be-kamer 184824 (unlabelled; read by breakdown33: units 1 and 2 ask 2011-2016 per jaar, "De tabel 1 in bijlage
# geeft een overzicht ... voor de periode 2011 - 2015": 2016 is not in the annex; unit 3 asks no figures by year)
DRUGS = (
    "Gebruik van psychofarmaca. \n\n Om psychosociale problemen te behandelen beschikt de geneesheer over e"
    "en heel arsenaal aan psychofarmaca. 1. Hoe evolueert het gebruik van antidepressiva? Graag de cijfer"
    "s voor de periode van 1 januari 2011 tot 31 december 2016, per jaar, uitgesplitst per landsdeel, en "
    "verder per provincie en verder op basis van de subcategorie: TCA's, SSRI's, NRI's, SNRI's, NDRI's, n"
    "iet-selectieve en irreversibele MAO-remmers, reversibele MAO-A remmers en overige antidepressiva. 2."
    " Hoeveel wordt aan terugbetaling uitgegeven voor antidepressiva? Graag de cijfers voor de periode va"
    "n 1 januari 2011 tot 31 december 2016, per jaar, uitgesplitst per landsdeel, en verder per provincie"
    " en verder op basis van de subcategorie: TCA's, SSRI's, NRI's, SNRI's, NDRI's, niet-selectieve en ir"
    "reversibele MAO-remmers, reversibele MAO-A remmers en overige antidepressiva. 3. Welke zijn de drie "
    'meest voorgeschreven antidepressiva die vallen in de categorie "overige"?4. Hoe evolueert het gebrui'
    "k van benzodiazepinen? Graag de cijfers voor de periode van 1 januari 2011 tot 31 december 2016, per"
    " jaar, uitgesplitst per landsdeel, en verder per provincie. 5. Hoeveel wordt aan terugbetaling van b"
    "enzodiazepinen uitgegeven? Graag de cijfers voor de periode van 1 januari 2011 tot 31 december 2016,"
    " uitgesplitst per landsdeel, en verder per provincie. 6. Welke zijn de drie meest voorgeschreven ben"
    "zodiazepinen?7. Hoe evolueert het gebruik van angstverminderende middelen die vallen in de categorie"
    " van anxiolytica? Graag de cijfers voor de periode van 1 januari 2011 tot 31 december 2016, per jaar"
    ", uitgesplitst per landsdeel, en verder per provincie. 8. Hoeveel wordt aan terugbetaling van anxiol"
    "ytica uitgegeven? Graag de cijfers voor de periode van 1 januari 2011 tot 31 december 2016, uitgespl"
    "itst per landsdeel, en verder per provincie. 9. Welke zijn de drie meest voorgeschreven anxiolytica?"
    "10. Hoe evolueert het gebruik van antipsychotica? Graag de cijfers voor de periode van 1 januari 201"
    "1 tot 31 december 2016, uitgesplitst per landsdeel, en verder per provincie. 11. Hoeveel wordt aan t"
    "erugbetaling van antipsychotica uitgegeven? Graag de cijfers voor de periode van 1 januari 2011 tot "
    "31 december 2016, uitgesplitst per landsdeel, en verder per provincie. 12. Welke zijn de drie meest "
    "voorgeschreven antipsychotica?13. Hoe evolueert het gebruik van barbituraten? Graag de cijfers voor "
    "de periode van 1 januari 2011 tot 31 december 2016, uitgesplitst per landsdeel, en verder per provin"
    "cie. 14. Hoeveel wordt aan terugbetaling van barbituraten uitgegeven? Graag de cijfers voor de perio"
    "de van 1 januari 2011 tot 31 december 2016, uitgesplitst per landsdeel, en verder per provincie."
)
DRUGS_ANSWER = (
    "1. en 2. De tabel 1 in bijlage geeft een overzicht van de evolutie van het aantal defined daily dose"
    " (DDD) en de Rijksinstituut voor ziekte- en invaliditeitsverzekering (RIZIV) uitgaven aan antidepres"
    "siva per subcategorie en per provincie voor de periode 2011 - 2015, het meest recente jaar waarvoor "
    "de gegevens in de farmanet databank (terugbetaalde farmaceutische specialiteiten die afgeleverd word"
    "en in de openbare officina) volledig beschikbaar zijn. 3. De drie antidepressiva in de subcategorie "
    "'overige antidepressiva' die in 2015 vergoedbaar waren, zijn: trazodon (20. 342.295 DDD), mirtazapin"
    "e (17. 698.335 DDD) en mianserine (928.449 DDD). 4. De tabel 2 in bijlage geeft een overzicht van de"
    " evolutie van het gebruik van benzodiazepines voor de periode 2011 - 2015. De IMS databank (vergoedb"
    "are en niet-vergoedbare farmaceutische specialiteiten) laat niet toe een onderscheid te maken op bas"
    "is van de regio's of de provincies. 5. Aangezien benzodiazepines niet vergoedbaar zijn, zijn er geen"
    " RIZIV uitgaven voor deze specialiteiten. 6. De drie benzodiazepines met het grootste verbruik zijn "
    "(in 2015): zolpidem (2. 807.900 verpakkingen), lormetazepam (2. 315.100 verpakkingen) en alprazolam "
    "(2. 300.700 verpakkingen). 7. De tabel 2 in bijlage geeft een overzicht van de evolutie van het gebr"
    "uik van anxiolytica voor de periode 2011 - 2015. De IMS databank (vergoedbare en niet-vergoedbare fa"
    "rmaceutische specialiteiten) laat niet toe een onderscheid te maken op basis van de regio's of de pr"
    "ovincies. 8. Aangezien anxiolytica niet vergoedbaar zijn, zijn er geen RIZIV uitgaven voor deze spec"
    "ialiteiten. 9. De drie anxiolytica met het grootste verbruik zijn (in 2015): alprazolam (2. 300.700 "
    "verpakkingen), lorazepam (1. 780.700 verpakkingen) en diazepam (689.300 verpakkingen).10 en 11. De t"
    "abel 3 in bijlage geeft een overzicht van de evolutie van het aantal DDD en de RIZIV uitgaven aan an"
    "tipsychotica per provincie voor de periode 2011 - 2015, het meest recente jaar waarvoor de gegevens "
    "in de farmanet databank volledig beschikbaar zijn. 12. De drie antipsychotica met grootste verbruik "
    "zijn (in 2015): quetiapine (11. 306.945 DDD), olanzapine (9. 279.050 DDD) en risperidon (5. 623.639 "
    "DDD).13 en 14. Barbituraten zijn enkel vergoedbaar als anti-epilepticum. Zij zijn niet vergoedbaar a"
    "ls antidepressivum, antipsychoticum of anxiolyticum.De tabellen bij het antwoord op deze vraag zijn "
    "het geachte Kamerlid rechtstreeks toegestuurd. Gezien het louter documentaire karakter ervan worden "
    "zij niet in het Bulletin van Vragen en Antwoorden opgenomen maar liggen zij ter inzage bij de griffi"
    "e van de Kamer van volksvertegenwoordigers (dienst Parlementaire Vragen)."
)


def test_years_before_a_phrase_of_availability_are_missing_beside_an_annex() -> None:
    flags = _nl(AMBULANCES, AMBULANCES_ANSWER, "2017-04-25")
    assert "2010–2013" in flags["1"]["breakdown_missing"]
    assert "breakdown_missing" not in flags["2"]  # a count with no period asked


def test_years_outside_the_period_an_annex_sentence_names_are_missing() -> None:
    flags = _nl(LIMOSA, LIMOSA_ANSWER, "2017-05-19")
    assert "2011–2012" in flags["1"]["breakdown_missing"]


def test_a_year_after_the_annex_period_is_missing_and_the_years_it_names_are_given() -> None:
    flags = _nl(DRUGS, DRUGS_ANSWER, "2017-01-12")
    for n in ("1", "2"):
        reason = flags[n]["breakdown_missing"]
        assert reason.startswith("asks 2016: answer ends at 2015")
        assert "2011" not in reason  # the years the annex sentence names are given
    assert "breakdown_missing" not in flags["3"]


# uk-commons 1697083 (unlabelled; read by breakdown33: "The information requested up to 2023/24 is in the attached
# table" holds every financial year since 2015-16 asked; the years of the next paragraph are no span of the annex)
NHS = (
    "To ask the Secretary of State for Health and Social Care, with reference to the Answer of 12 October"
    " 2021 to Question 51702 on NHS: Expenditure, how much NHS England, clinical commissioning groups and"
    " integrated care boards spent in aggregate on (a) mental health services, (b) acute health services,"
    " (c) social care services, (d) primary medical services, (e) specialised services, (f) NHS continuin"
    "g healthcare and (g) all other recorded spending categories in each financial year since 2015-16; an"
    "d how much those organisations plan to spend in aggregate in each of those areas in the (i) 2023-24 "
    "and (ii) 2024-25 financial years."
)
NHS_ANSWER = (
    "<p>The information requested up to 2023/24 is in the attached table due to its size. NHS England con"
    "tinues to work with integrated care boards (ICB) to develop their financial plans for 2024/25. Until"
    " that process is complete, we will not have a final agreed set of financial plans for the year ahead"
    ".</p><p>The £38 billion increase in clinical commissioning group and ICB direct commissioning spend "
    "between the 2019/20 and 2023/24 budgets reflects the record settlement for health and social care fu"
    "nding confirmed at the 2021 Spending Review.</p>"
)

# uk-commons 1689459 (unlabelled; read by breakdown33: the table gives the five years 2018-2022 asked; "Annex A of
# 'Electricity Generation Costs Report 2023'" is a published report's annex and names no year of them)
WIND = (
    "To ask the Secretary of State for Energy Security and Net Zero, what the average capacity factor was"
    " for the fixed bottom offshore windfarm fleet in each of the last five years; what the average capac"
    "ity factor was for fixed bottom offshore windfarms that were commissioned between 2017 and 2020; and"
    " if he will make an estimate of the capacity factor of windfarms due to be commissioned in 2025."
)
WIND_ANSWER = (
    "<p>The Department publishes historic capacity factors (also known as load factors) for offshore wind"
    ' generation. These can be found in ‘Digest of UK Energy Statistics: Chapter 6.3’ - <a href="https://'
    "eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.gov.uk%2Fgovernment%2Fstatistics%2Fren"
    "ewable-sources-of-energy-chapter-6-digest-of-united-kingdom-energy-statistics-dukes&data=05%7C02%7CP"
    "arliamentary.PQ%40energysecurity.gov.uk%7Cfb4b1c85aaaf4e53f0c908dc36d2dbcc%7Ccbac700502c143ebb497e64"
    "92d1b2dd8%7C0%7C0%7C638445526493280327%7CUnknown%7CTWFpbGZsb3d8eyJWIjoiMC4wLjAwMDAiLCJQIjoiV2luMzIiL"
    "CJBTiI6Ik1haWwiLCJXVCI6Mn0%3D%7C0%7C%7C%7C&sdata=N79TrlBdQ3XX8UHOhUhbKfZQ9L89DOT3YWNGxuchB%2FM%3D&re"
    'served=0" target="_blank">https://www.gov.uk/government/statistics/renewable-sources-of-energy-chapt'
    "er-6-digest-of-united-kingdom-energy-statistics-dukes</a></p><p> </p><table><tbody><tr><td><p><stron"
    "g>Year</strong></p></td><td><p><strong>2018</strong></p></td><td><p><strong>2019</strong></p></td><t"
    "d><p><strong>2020</strong></p></td><td><p><strong>2021</strong></p></td><td><p><strong>2022</strong>"
    "</p></td></tr><tr><td><p>Offshore Wind Load Factor (%)</p></td><td><p>39.9</p></td><td><p>40.4</p></"
    "td><td><p>45.7</p></td><td><p>37.4</p></td><td><p>40.7</p></td></tr></tbody></table><p><br> The Depa"
    "rtment publishes estimates for future offshore wind load factors for given commissioning years in An"
    'nex A of ‘Electricity Generation Costs Report 2023’ -<a href="https://eur02.safelinks.protection.out'
    "look.com/?url=https%3A%2F%2Fwww.gov.uk%2Fgovernment%2Fpublications%2Felectricity-generation-costs-20"
    "23&data=05%7C02%7CParliamentary.PQ%40energysecurity.gov.uk%7Cfb4b1c85aaaf4e53f0c908dc36d2dbcc%7Ccbac"
    "700502c143ebb497e6492d1b2dd8%7C0%7C0%7C638445526493290733%7CUnknown%7CTWFpbGZsb3d8eyJWIjoiMC4wLjAwMD"
    "AiLCJQIjoiV2luMzIiLCJBTiI6Ik1haWwiLCJXVCI6Mn0%3D%7C0%7C%7C%7C&sdata=OS7hyZSxUl28XmxgX44YjCNhQ%2FQOS9"
    '%2Ffa5iZtQ%2FfWJg%3D&reserved=0" target="_blank">https://www.gov.uk/government/publications/electric'
    "ity-generation-costs-2023</a></p><p> </p><table><tbody><tr><td><p><strong>Year</strong></p></td><td>"
    "<p><strong>2025</strong></p></td><td><p><strong>2030</strong></p></td><td><p><strong>2035</strong></"
    "p></td><td><p><strong>2040</strong></p></td></tr><tr><td><p>Fixed Bottom Offshore Wind Load Factor ("
    "%)</p></td><td><p>61</p></td><td><p>65</p></td><td><p>69</p></td><td><p>69</p></td></tr></tbody></ta"
    "ble><p> </p><p>The main reason we expect load factors to be higher for new wind farms commissioning "
    "in 2025 compared to the existing fleet is due to the increased turbine size and improved technology "
    "of newer turbines.</p>"
)


def test_a_year_after_up_to_in_the_annex_sentence_names_every_year_before_it() -> None:
    assert not flagged(uk_doc(NHS, NHS_ANSWER), "breakdown_missing", SETTINGS)


def test_an_annex_sentence_that_names_no_edge_of_the_years_given_leaves_them() -> None:
    assert not flagged(uk_doc(WIND, WIND_ANSWER), "breakdown_missing", SETTINGS)
