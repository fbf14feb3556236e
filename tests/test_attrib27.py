"""Attribution of a grouped or unnumbered answer's sentence that speaks for the segment (a missing-data, pointer or
hand-over cue) and has no unit of its own (issue 17 item 2; attrib27): it goes to the units whose questions share
the most of its words, two more than any other unit, where the sentences around it give it to none. Written by
hand from the readers' labels of be-kamer 189442 (dev-be34: "Ik beschik niet over de cijfers van de gefedereerde
ziekenwagendiensten" is `no_information` for the counts of ambulances of units 3 and 5 only, not for the start
date, the staff's training or the firms that offer both services) and from reading be-kamer 187682 (no labelled
set: the annex table "van het aantal opstijgingen/landingen per type toestel" answers the movements per type and
the list of other aircraft, units 1 and 2, not whether there were night flights, unit 3)."""

from qa_align.document_rules import score_document
from qa_align.settings import Settings

from .conftest import be_doc, be_sentence_units

SETTINGS = Settings(rules=("no_information", "cross_reference"), recycled_across_documents=False)

# be-kamer 189442 (dev-be34): five numbered questions, one unnumbered answer
AMBULANCE_QUESTION = (
    "Sirenes ziekenwagens. \n\n Op 29 maart 2017 schreef Het Nieuwsblad over de nieuwe regeling voor sirene"
    "s van ziekenwagens. 1. Wanneer gaat de nieuwe regeling van start?2. Waarom maakt u een onderscheid t"
    "ussen hoogopgeleid personeel en laagopgeleid personeel, en niet louter een onderscheid tussen dringe"
    'nd en niet-dringend vervoer?3. Hoeveel goed uitgeruste "gele" ziekenwagens rijden er exact rond? Hoe'
    'veel minder uitgeruste "witte" ziekenwagens rijden er exact rond?4. Is er reeds een oplossing voor b'
    "edrijven die met dezelfde ambulance zowel dringende hulp als niet-dringend patientenvervoer aanbiede"
    "n?5. Kan u meer duidelijkheid verschaffen over de tussencategorie die u heeft opgericht, waarbij zwa"
    "ailicht en sirene nog wel mogen? Hoeveel ziekenwagens zouden tot deze categorie behoren?"
)
AMBULANCE_ANSWER = (
    "De meldingen binnen de media betrof de ondertekening van een protocolakkoord betreffende de harmonis"
    "atie van de uiterlijke kenmerken van de voertuigen en de interventiekledij binnen de sector van het "
    "ziekenvervoer. Nu dient dit protocolakkoord omgezet te worden in een koninklijk besluit en pas na pu"
    "blicatie van dit koninklijk besluit zal dit van kracht worden.Het identificeren van de opleidingsgra"
    "ad van het personeel door gebruik te maken van de kleur van de star of life op hun interventiekledij"
    " staat los van de werksituatie waarin deze hulpverlener zich bevindt. Zo zal bijvoorbeeld een verple"
    "egkundige altijd een groene star of life dragen, zowel binnen het dringend, als het niet-dringend zi"
    "ekenvervoer. Maar hij/zij zal zo wel altijd herkenbaar zijn als verpleegkundige.De kleur van de ziek"
    "enwagen gebruiken als indicator voor meer of minder uitrusting is geen correcte weergave van de gema"
    "akte afspraken binnen het protocolakkoord.Een voertuig welk actief is binnen de dringende geneeskund"
    "ige hulpverlening (DGH), met basiskleur geel en prioritaire signalen, voldoet aan de minimale inhoud"
    "seisen die opgelegd worden aan de DGH middelen door de federale regelgeving, en het personeel voldoe"
    "t aan de federaal opgelegde opleidingsvoorwaarden van de DGH.Een voertuig van het niet-dringend ligg"
    "end vervoer van patienten, met basiskleur wit en zonder prioritaire signalen, voldoet aan de minimal"
    "e inhoudseisen zoals beschreven door de voor haar bevoegde gefedereerde overheid, en het personeel v"
    "oldoet aan door de bevoegde gefedereerde overheid opgelegde opleidingsvoorwaarden.Een voertuig van h"
    "et niet-dringend liggend vervoer van patienten dat occasioneel ook dringende opdrachten uitvoert, me"
    "t basiskleur wit en met prioritaire signalen, voldoet aan de minimale inhoudseisen zoals beschreven "
    "door de voor haar bevoegde gefedereerde overheid, maar ook aan de minimale inhoudseisen die opgelegd"
    " worden aan de DGH middelen door de federale regelgeving, en het personeel voldoet aan door de bevoe"
    "gde gefedereerde overheid opgelegde opleidingsvoorwaarden en aan de federaal opgelegde opleidingsvoo"
    "rwaarden van de DGH. Hier vinden we de oplossing voor de ziekenwagendiensten welke beide diensten aa"
    "nbieden.Federaal ben ik alleen bevoegd voor de ziekenwagens van de DGH en daar hebben wij vandaag 42"
    "0 ziekenwagens rijden.Ik beschik niet over de cijfers van de gefedereerde ziekenwagendiensten."
)

# be-kamer 187682 (no labelled set): three numbered questions, one grouped answer "1. tot 3."
FLIGHTS_QUESTION = (
    "Vliegbasis Bevekom. - Vliegbewegingen. \n\n Het is momenteel erg moeilijk om op de website van Defensi"
    "e informatie te vinden over het aantal vliegbewegingen van en naar de luchtmachtbasis te Bevekom. Op"
    " de website staat alleen te lezen dat de daar gestationeerde 1 Wing verantwoordelijk is voor het ond"
    "erhoud van vier types luchtvaartuigen: de A109-BA, de SIAI-Marchetti SF.260M/D, de Alpha Jet 1B en d"
    "e Piper L-21B Super Cub. 1. Hoeveel vliegbewegingen (landen en opstijgen) werden er in 2014, 2015 en"
    " 2016 voor elk van die toesteltypes opgetekend? 2. Voor diezelfde jaren ontving ik ook graag een ged"
    "etailleerde lijst van de bewegingen (landen en opstijgen) van andere toestellen dan die welke doorga"
    "ans in Bevekom worden gestationeerd of onderhouden. 3. Zijn er op die plek vliegbewegingen geweest t"
    "ussen 22.00 en 7.00 uur? Zo ja, hoeveel?"
)
FLIGHTS_ANSWER = (
    "1. tot 3. De tabel in bijlage geeft een overzicht van het aantal opstijgingen/landingen per type toe"
    "stel. Deze cijfers houden geen rekening met het aantal doorstarts (touch and go). Deze doorstarts wo"
    "rden veelvuldig uitgevoerd tijdens instructievluchten maar worden niet systematisch bijgehouden.2016"
    "201715108-12-1093"
)


def test_a_missing_data_sentence_goes_to_the_units_that_share_most_of_its_words():
    units = be_sentence_units(
        AMBULANCE_QUESTION, AMBULANCE_ANSWER, "Ik beschik niet over de cijfers", SETTINGS
    )
    assert units == ("3", "5")


def test_no_information_only_on_the_questions_that_count_ambulances():
    pairs = score_document(be_doc(AMBULANCE_QUESTION, AMBULANCE_ANSWER), SETTINGS)
    flagged = {sp.pair.question.n for sp in pairs if any(f.name == "no_information" for f in sp.flags)}
    assert flagged == {"3", "5"}


def test_an_annex_table_of_movements_per_type_is_not_the_night_flights_question():
    units = be_sentence_units(FLIGHTS_QUESTION, FLIGHTS_ANSWER, "De tabel in bijlage", SETTINGS)
    assert units == ("1", "2")
