"""breakdown_missing (breakdown33): years said covered beside an annex. A phrase of availability right before a year
(``[coverage] available_since``: "ter beschikking sinds", "beschikbaar vanaf") names the first year the figures
cover with no "enkel"/"slechts" before it, and a sentence pointing to the answer's annex names the years it holds
("Als bijlage vindt u een tabel ... voor de periode 2013 tot 2016"; ``coverage.outside_annex_named``): the years
asked outside them are not given, the annex notwithstanding. Texts are the records' own; the expected flags are
the readers' of the labelled sets named, or the helper's reading (unlabelled)."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.settings import Settings

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)


def _nl(question: str, answer: str, date: str) -> dict[str, dict[str, str]]:
    rec = dict(doc_id="t", question=question, answer=answer, department="D", date_tabled=date)
    return {
        sp.pair.question.n: {f.name: f.reason for f in sp.flags}
        for sp in score_document(be_record(rec, "t"), SETTINGS)
    }


# dev-be54 189787 (its readers, unit 1: breakdown_missing, no_information: "betrouwbare aantallen ter beschikking
# sinds 2014", so 2010-2013 of the overview asked "van 2010 tot en met 2016" are not given; the detail of another
# unit stands in the annex sent to the member)
AMBULANCES = (
    'Interventies ziekenwagens in Vlaams Gewest. \n\n Regelmatig bereiken ons berichten over interventies v'
    'an dringende medische hulpverlening in Vlaanderen waar de patienten geconfronteerd worden met Nederl'
    'andsonkundige ambulanciers. U kan zich best wel inbeelden dat dit kan leiden tot lastige situaties. '
    'Het lijkt ons aangeraden om de omvang van deze problematiek in kaart te brengen en te kijken naar de'
    ' cijfers. 1. Hoeveel interventies van Waalse en Brusselse ziekenwagens gebeuren er jaarlijks op het '
    'grondgebied van het Vlaams Gewest? Graag een overzicht van 2010 tot en met 2016. 2. Bij hoeveel van '
    'de interventies was een Nederlandstalige ambulancier aanwezig?3. Wat is de verhouding van Nederlands'
    'talige en Franstalige ambulanciers in de verschillende ziekenhuizen? Graag een overzicht van Brussel'
    'se, Waalse en Vlaamse ziekenhuizen. 4. Naar welk ziekenhuis zijn de patienten overgebracht? Graag oo'
    'k meegeven of deze ziekenhuizen meegerekend worden als Frans- of Nederlandstalig.'
)
AMBULANCES_ANSWER = (
    'Om uw vraag te beantwoorden zijn betrouwbare aantallen ter beschikking sinds 2014.In 2014 werden er '
    'binnen de Vlaamse provincies 281.672 interventies geregistreerd. 287 interventies werden uitgevoerd '
    'door diensten waarvan men zou kunnen stellen dat ze eentaligFranstalig of Duitstalig zijn. Dit verte'
    'lt ons echter niets over de taalkundigheid van de hulpverleners-ambulanciers op deze ziekenwagens.De'
    'ze interventies gaven aanleiding tot 236.041 afvoeren naar een spoedgevallendienst. 606 slachtoffers'
    ' werden afgevoerd naar een ziekenhuis met een eentalig, Franstalig of Duitstalig, administratief sta'
    'tuut. Ook dit vertelt ons niets over de taalkundigheid van het personeel op de spoedgevallendiensten'
    ' aldaar.In 2015 spreken we over 294.144 interventies en 247.249 transporten naar spoedgevallendienst'
    'en. 318 interventies werden uitgevoerd door diensten waarvan men zou kunnen stellen dat ze eentalige'
    ' Franstalige of Duitstalige zijn en 607 slachtoffers werden afgevoerd naar een ziekenhuis met een ee'
    'ntalig, Franstalig of Duitstalig, administratief statuut.De taalkundigheid van de hulpverlener-ambul'
    'anciers wordt nergens opgetekend. Ik kan u dan ook alleen de verhouding geven van de taal van hun di'
    'ploma. Samengevat is de verhouding NL/FR voor Brussel is 510/1333, voor Vlaanderen 9481/27 en voor W'
    'allonie 8/6021. Het detail is te vinden in de tabel in bijlage.De bijlagen bij het antwoord op deze '
    'vraag zijn het geachte Kamerlid rechtstreeks toegestuurd. Gezien het louter documentaire karakter er'
    'van worden zij niet in het Bulletin van Vragen en Antwoorden opgenomen maar liggen zij ter inzage bi'
    'j de griffie van de Kamer van volksvertegenwoordigers (dienst Parlementaire Vragen).'
)

# dev-be53 191026 (its readers: breakdown_missing, cross_reference: the annex holds "de periode 2013 tot 2016",
# 2011 and 2012 of the years asked are not in it)
LIMOSA = (
    'Bouwsector. - Aantal Limosa-meldingen. \n\n De bouwsector heeft het moeilijk. De afgelopen jaren ginge'
    'n heel wat banen verloren als gevolg van sociale dumping.Kan u cijfers bezorgen over het aantal Limo'
    'sa-aangiftes in de bouwsector voor de periode 2011 tot 2016, opgesplitst per jaar, opgesplitst per l'
    'and van oorsprong, opgesplitst per Regio en opgesplitst per statuut van de gedetacheerde (werknemer '
    'of zelfstandige)?'
)
LIMOSA_ANSWER = (
    'Als bijlage vindt u een tabel met cijfergegevens omtrent het aantal Limosa-aangiftes in de bouwsecto'
    'r voor de periode 2013 tot 2016.De cijfergegevens zijn gebaseerd op de meldingsplicht Limosa. Het aa'
    'ntal gedetacheerde personen heeft betrekking op het aantal unieke personen, onafhankelijk van het aa'
    'ntal verrichte meldingen in de loop van een kalenderjaar. Het gaat om het aantal personen dat in de '
    'loop van het jaar minstens een dag in Belgie gewerkt heeft en daarvoor niet onderworpen was aan het '
    'Belgische socialezekerheidsstelsel. Het gaat niet om het aantal voltijdse betrekkingen. Eenzelfde pe'
    'rsoon kan meerdere jaren in rekening worden gebracht.Over het land van oorsprong zijn cijfers toegev'
    "oegd voor alle Limosa's, over de sectoren heen.De bijlagen bij het antwoord op deze vraag zijn het g"
    'eachte Kamerlid rechtstreeks toegestuurd. Gezien het louter documentaire karakter ervan worden zij n'
    'iet in het Bulletin van Vragen en Antwoorden opgenomen maar liggen zij ter inzage bij de griffie van'
    ' de Kamer van volksvertegenwoordigers (dienst Parlementaire Vragen).'
)

# be-kamer 184824 (unlabelled; read by breakdown33: units 1 and 2 ask 2011-2016 per jaar, "De tabel 1 in bijlage
# geeft een overzicht ... voor de periode 2011 - 2015": 2016 is not in the annex; unit 3 asks no figures by year)
DRUGS = (
    'Gebruik van psychofarmaca. \n\n Om psychosociale problemen te behandelen beschikt de geneesheer over e'
    'en heel arsenaal aan psychofarmaca. 1. Hoe evolueert het gebruik van antidepressiva? Graag de cijfer'
    's voor de periode van 1 januari 2011 tot 31 december 2016, per jaar, uitgesplitst per landsdeel, en '
    "verder per provincie en verder op basis van de subcategorie: TCA's, SSRI's, NRI's, SNRI's, NDRI's, n"
    'iet-selectieve en irreversibele MAO-remmers, reversibele MAO-A remmers en overige antidepressiva. 2.'
    ' Hoeveel wordt aan terugbetaling uitgegeven voor antidepressiva? Graag de cijfers voor de periode va'
    'n 1 januari 2011 tot 31 december 2016, per jaar, uitgesplitst per landsdeel, en verder per provincie'
    " en verder op basis van de subcategorie: TCA's, SSRI's, NRI's, SNRI's, NDRI's, niet-selectieve en ir"
    'reversibele MAO-remmers, reversibele MAO-A remmers en overige antidepressiva. 3. Welke zijn de drie '
    'meest voorgeschreven antidepressiva die vallen in de categorie "overige"?4. Hoe evolueert het gebrui'
    'k van benzodiazepinen? Graag de cijfers voor de periode van 1 januari 2011 tot 31 december 2016, per'
    ' jaar, uitgesplitst per landsdeel, en verder per provincie. 5. Hoeveel wordt aan terugbetaling van b'
    'enzodiazepinen uitgegeven? Graag de cijfers voor de periode van 1 januari 2011 tot 31 december 2016,'
    ' uitgesplitst per landsdeel, en verder per provincie. 6. Welke zijn de drie meest voorgeschreven ben'
    'zodiazepinen?7. Hoe evolueert het gebruik van angstverminderende middelen die vallen in de categorie'
    ' van anxiolytica? Graag de cijfers voor de periode van 1 januari 2011 tot 31 december 2016, per jaar'
    ', uitgesplitst per landsdeel, en verder per provincie. 8. Hoeveel wordt aan terugbetaling van anxiol'
    'ytica uitgegeven? Graag de cijfers voor de periode van 1 januari 2011 tot 31 december 2016, uitgespl'
    'itst per landsdeel, en verder per provincie. 9. Welke zijn de drie meest voorgeschreven anxiolytica?'
    '10. Hoe evolueert het gebruik van antipsychotica? Graag de cijfers voor de periode van 1 januari 201'
    '1 tot 31 december 2016, uitgesplitst per landsdeel, en verder per provincie. 11. Hoeveel wordt aan t'
    'erugbetaling van antipsychotica uitgegeven? Graag de cijfers voor de periode van 1 januari 2011 tot '
    '31 december 2016, uitgesplitst per landsdeel, en verder per provincie. 12. Welke zijn de drie meest '
    'voorgeschreven antipsychotica?13. Hoe evolueert het gebruik van barbituraten? Graag de cijfers voor '
    'de periode van 1 januari 2011 tot 31 december 2016, uitgesplitst per landsdeel, en verder per provin'
    'cie. 14. Hoeveel wordt aan terugbetaling van barbituraten uitgegeven? Graag de cijfers voor de perio'
    'de van 1 januari 2011 tot 31 december 2016, uitgesplitst per landsdeel, en verder per provincie.'
)
DRUGS_ANSWER = (
    '1. en 2. De tabel 1 in bijlage geeft een overzicht van de evolutie van het aantal defined daily dose'
    ' (DDD) en de Rijksinstituut voor ziekte- en invaliditeitsverzekering (RIZIV) uitgaven aan antidepres'
    'siva per subcategorie en per provincie voor de periode 2011 - 2015, het meest recente jaar waarvoor '
    'de gegevens in de farmanet databank (terugbetaalde farmaceutische specialiteiten die afgeleverd word'
    'en in de openbare officina) volledig beschikbaar zijn. 3. De drie antidepressiva in de subcategorie '
    "'overige antidepressiva' die in 2015 vergoedbaar waren, zijn: trazodon (20. 342.295 DDD), mirtazapin"
    'e (17. 698.335 DDD) en mianserine (928.449 DDD). 4. De tabel 2 in bijlage geeft een overzicht van de'
    ' evolutie van het gebruik van benzodiazepines voor de periode 2011 - 2015. De IMS databank (vergoedb'
    'are en niet-vergoedbare farmaceutische specialiteiten) laat niet toe een onderscheid te maken op bas'
    "is van de regio's of de provincies. 5. Aangezien benzodiazepines niet vergoedbaar zijn, zijn er geen"
    ' RIZIV uitgaven voor deze specialiteiten. 6. De drie benzodiazepines met het grootste verbruik zijn '
    '(in 2015): zolpidem (2. 807.900 verpakkingen), lormetazepam (2. 315.100 verpakkingen) en alprazolam '
    '(2. 300.700 verpakkingen). 7. De tabel 2 in bijlage geeft een overzicht van de evolutie van het gebr'
    'uik van anxiolytica voor de periode 2011 - 2015. De IMS databank (vergoedbare en niet-vergoedbare fa'
    "rmaceutische specialiteiten) laat niet toe een onderscheid te maken op basis van de regio's of de pr"
    'ovincies. 8. Aangezien anxiolytica niet vergoedbaar zijn, zijn er geen RIZIV uitgaven voor deze spec'
    'ialiteiten. 9. De drie anxiolytica met het grootste verbruik zijn (in 2015): alprazolam (2. 300.700 '
    'verpakkingen), lorazepam (1. 780.700 verpakkingen) en diazepam (689.300 verpakkingen).10 en 11. De t'
    'abel 3 in bijlage geeft een overzicht van de evolutie van het aantal DDD en de RIZIV uitgaven aan an'
    'tipsychotica per provincie voor de periode 2011 - 2015, het meest recente jaar waarvoor de gegevens '
    'in de farmanet databank volledig beschikbaar zijn. 12. De drie antipsychotica met grootste verbruik '
    'zijn (in 2015): quetiapine (11. 306.945 DDD), olanzapine (9. 279.050 DDD) en risperidon (5. 623.639 '
    'DDD).13 en 14. Barbituraten zijn enkel vergoedbaar als anti-epilepticum. Zij zijn niet vergoedbaar a'
    'ls antidepressivum, antipsychoticum of anxiolyticum.De tabellen bij het antwoord op deze vraag zijn '
    'het geachte Kamerlid rechtstreeks toegestuurd. Gezien het louter documentaire karakter ervan worden '
    'zij niet in het Bulletin van Vragen en Antwoorden opgenomen maar liggen zij ter inzage bij de griffi'
    'e van de Kamer van volksvertegenwoordigers (dienst Parlementaire Vragen).'
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
