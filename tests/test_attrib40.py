"""Attribution of an unnumbered answer to numbered questions where some units get no sentence at all
(attrib40): a sentence holding a missing-data or pointer cue or a deferral, not named for a unit, speaks
for the units that nothing else in the answer addresses (``attribute._left_to_bare``), as a grouped head's
sentences go to the units its head names and no sentence concerns. Expected values from reading: be-kamer
186589 (outside the labelled sets, read for this change): its whole answer is one pointer to the minister
of the Interior ("Er wordt verwezen naar de minister van Binnenlandse Zaken, gelet op diens bevoegdheid ter
zake (vraag nr. 1983 ...)"), which the word "bevoegdheid" gave to unit 2 alone; it answers unit 1, the means
the cities have, no more than unit 2. be-kamer 190872 (`corpus/gold/dev.jsonl`): the readers flag unit 1,
"Kunt u bevestigen dat lijn 130a vanaf 2019 op een enkel spoor gebracht zal worden?", `holding` for
"Infrabel laat me weten dat het enkelsporig maken ... het voorwerp uitmaakt van interne besprekingen"
(neither confirmed nor denied, still under discussion), which its words gave to unit 3 alone."""

from qa_align.settings import Settings

from .conftest import be_doc, be_sentence_units, flags_by_unit

GAS_QUESTION = (
    "Vervolging via GAS op basis van telefoonnummers. \n\n Tegenwoordig is het in Belgie een plaag dat "
    "handelaars in tweedehandsvoertuigen hun kaartjes ongevraagd achterlaten bij het raam van geparke"
    "erde wagens op parkings of in straten. De kaartjes vallen ook vaak op straat, al dan niet door d"
    "e eigenaar van de wagen die het ongevraagde kaartje aan zijn raam ziet hangen. De kaartjes zorge"
    "n op die manier voor vervuiling.De bestrijding voor gemeenten via een GAS-PV blijkt echter niet "
    "eenvoudig. Indien de persoon die de kaartjes verdeelt wordt aangetroffen, blijkt het vaak te gaa"
    "n om mensen met een problematische verblijfssituatie. De kaartjes worden dan wel achtergehouden,"
    " maar een GAS-PV heeft weinig zin omdat de betrokkene achteraf niet meer kan worden aangetroffen"
    ".Ook de bestrijding via een GAS-reglement op flyeren blijkt niet eenvoudig. Vaak staat er geen a"
    "dres op de kaartjes, maar enkel een telefoonnummer. Een GAS-ambtenaar kan op basis van een telef"
    "oonnummer de houder van het nummer niet achterhalen, omdat die daarvoor niet de bevoegdheid heef"
    "t. Indien de GAS-ambtenaar een adres heeft kan dat wel, op die manier wordt bijvoorbeeld sluikst"
    "orten aangepakt.De kaartjes van handelaars in tweedehandsvoertuigen zijn al langer een doorn in "
    "het oog van beleidsmakers. In Wallonie wil men het verbieden, in Vlaanderen is daarover een deba"
    "t bezig. 1. Over welke middelen beschikken steden en gemeenten momenteel om dergelijke praktijke"
    "n aan te pakken?2. Overweegt u om GAS-ambtenaren ook de bevoegdheid te geven om op basis van een"
    " telefoonnummer een GAS-PV te laten uitschrijven?"
)
GAS_ANSWER = (
    "Er wordt verwezen naar de minister van Binnenlandse Zaken, gelet op diens bevoegdheid ter zake ("
    "vraag nr. 1983 van 17 februari 2017)."
)
LINE_QUESTION = (
    "Stand van zaken op lijn 130a (MV 17721). \n\n Kenmerkend voor spoorlijn 130a Erquelinnes - Charler"
    "oi-Zuid is dat deze spoorverbinding tussen Marchienne-Zone en Erquelinnes 15 keer de Samber over"
    "steekt. Het metalen brugdek van de spoorbruggen is aan vernieuwing toe en vertoont vele gebreken"
    ".Daarom loopt er al enkele jaren een programma voor de vervanging van de in slechte staat verker"
    "ende metalen brugdekken (MIP 2001-2012). Een aantal fasen van het programma zijn intussen beeind"
    "igd, maar andere fasen werden uitgesteld bij gebrek aan de nodige budgetten.Door de gebreken aan"
    " de bruggen 7, 8, 9, 10 en 11 geldt er dan ook sinds 2014 een snelheidsbeperking tot 60 km/uur o"
    "p deze kunstwerken. Infrabel heeft onlangs aangekondigd dat lijn 130a vanaf 2019 bij gebrek aan "
    "budgettaire middelen op een enkel spoor gebracht zou worden. 1. Kunt u bevestigen dat lijn 130a "
    "vanaf 2019 op een enkel spoor gebracht zal worden? 2. Kunt u bevestigen u dat deze verslechterin"
    "g van de  dienstverlening voor de bevolking te wijten is aan een gebrek aan budgettaire middelen"
    "?3. Wat zal precies de impact zijn van het enkelsporig maken van spoorlijn 130a?4. Wordt het ond"
    "erhoud van de lijn toch gegarandeerd?"
)
LINE_ANSWER = (
    "Infrabel laat me weten dat het enkelsporig maken van een deel van lijn 130a het voorwerp uitmaak"
    "t van interne besprekingen.In het huidige stadium wijst de NMBS erop dat het enkelsporig maken v"
    "an bepaalde baanvakken geen enkele impact zal hebben op de treindienst zoals deze in het raam va"
    "n het vervoersplan 12/2017 - 2020 is voorzien.Infrabel zegt verder dat haar ontwerpmeerjareninve"
    "steringsplan de leefbaarheid van de lijn niet in het gedrang brengt.Wat er ook van zij, ik herin"
    "ner eraan dat conform artikel 90 van het beheerscontract van Infrabel, de maatschappij het capac"
    "iteitsniveau van het netwerk op een peil moet houden dat ten minste gelijk is aan dat wat werd v"
    "astgesteld op de datum van ondertekening van het contract.Elke wijziging moet het voorwerp uitma"
    "ken van een analyse die aantoont dat de capaciteit toereikend is voor de implementatie van het d"
    "oor de NMBS voorziene spooraanbod met een marge voor een mogelijke verhoging, wetende dat op dez"
    "e lijn ook goederenkonvooien rijden. Infrabel moet deze analyse nog maken."
)


def _flagged(question: str, answer: str, rule: str) -> set[str]:
    settings = Settings(rules=(rule,), recycled_across_documents=False)
    return {n for n, flags in flags_by_unit(be_doc(question, answer), settings).items() if rule in flags}


def test_whole_answer_pointer_serves_the_unit_it_shares_no_word_with():
    units = be_sentence_units(GAS_QUESTION, GAS_ANSWER, "Er wordt verwezen", Settings())
    assert units == ("1", "2")


def test_whole_answer_pointer_flags_both_units():
    assert _flagged(GAS_QUESTION, GAS_ANSWER, "cross_reference") == {"1", "2"}


def test_deferral_reaches_the_unit_no_sentence_concerns():
    assert "1" in _flagged(LINE_QUESTION, LINE_ANSWER, "holding")


def test_sentence_without_such_cue_stays_with_its_unit():
    # the NMBS's statement on the impact is unit 3's answer; it holds no pointer, missing data or deferral
    units = be_sentence_units(LINE_QUESTION, LINE_ANSWER, "In het huidige stadium wijst de NMBS", Settings())
    assert units == ("3",)
