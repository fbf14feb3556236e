"""Attribution of a grouped or unnumbered answer's sentence that opens by pointing back to what the sentence
before it spoke of (issue 17 item 2; attrib26, `[numbering] back_openers`). What the readers read, written by
hand from their labels of be-kamer 192447 (dev-be43): "Voor die gegevens verwijs ik u naar mijn collega van
Binnenlandse Zaken" names no unit and shares no word with one unit alone; it hands over the data the sentence
before it says are missing, which unit 5 alone asks (the fines for walking on the tracks), and the readers flag
deflection on unit 5 only."""

from qa_align.settings import Settings

from .conftest import be_sentence_units

SETTINGS = Settings(rules=("deflection", "no_information"), recycled_across_documents=False)

# be-kamer 192447 (dev-be43): six numbered questions, one unnumbered answer
TRACKS_QUESTION = (
    "Campagnes die het spoorlopen moeten tegengaan (MV 18041). \n\n Verschillende media wezen er op dat er nog "
    "nooit zoveel gevallen van spoorlopen werden vastgesteld als in de eerste maanden van 2017: liefst 226 "
    "meldingen. Het blijkt niet enkel om jongeren te gaan, waarbij het spoorlopen populair zou zijn, maar in "
    "eerste instantie om pendelaars die op zoek zijn naar een kortere weg naar huis, of een ander perron. Met"
    " dit gevaarlijk gedrag brengen deze mensen niet enkel zichzelf, maar ook anderen in gevaar. Om nog maar "
    "te zwijgen over het aantal uren vertragingen dat het Belgische spoorverkeer zo jaarlijks oploopt.Het "
    "stijgende aantal gevallen van spoorlopers staat haaks op het feit dat Infrabel al enkele jaren "
    "investeert in sensibiliseringscampagnes, waarvan ze er ondertussen een nieuwe aankondigde. 1. Hoeveel "
    "bedraagt de kostprijs van de door Infrabel bestelde campagne(s)?2. Werden/worden de vorige campagnes "
    "kwalitatief geevalueerd?3. Hoeveel bedraagt het aantal dodelijke slachtoffers door toedoen van "
    "spoorlopen in 2016 en in 2017 tot nu toe?4. Hoeveel bedraagt het totaal aantal uren vertragingen door "
    "toedoen van spoorlopen in 2016 en in 2017 tot nu toe?5. Hoeveel personen kregen in 2016 een boete voor "
    "spoorlopen? Hoeveel van die boetes werd effectief betaald?6. Bent u van mening dat de preventieve "
    "campagnes en de repressieve boetes afdoende zijn om potentiele spoorlopers te evalueren?"
)
TRACKS_ANSWER = (
    "In 2016 besteedde Infrabel een budget van 224.000 euro aan campagnes rond spoorlopen.Voor 2017 is "
    "daarvoor in een budget van 100.000 euro voorzien.Infrabel maakt elk jaar een actieplan op met alle "
    "mogelijke maatregelen die het aantal gevallen en incidenten moet verminderen.Elk gemeld geval en "
    "incident wordt bij Infrabel opgenomen in een database. Op basis van statistieken worden dan de hotspots "
    "bepaald.Infrabel werkt eveneens regelmatig sensibiliseringsacties uit. In 2016 werd ook een nationale "
    "enquete gehouden om een beter inzicht te hebben op welke doelgroepen deze acties in de toekomst moeten "
    "zijn gericht. Deze enquete werd uitgevoerd door Dedicated van 18 tot 25 januari 2016 bij 1.031 "
    "respondenten tussen 18 en 70 jaar.In 2016 kwamen zeven mensen om het leven door toedoen van spoorlopen "
    "en was er een zwaargewonde. Er waren in totaal 679 meldingen van spoorlopen. Deze incidenten hebben "
    "118.872 minuten vertraging veroorzaakt in 2016.In het eerste trimester van 2017 zitten we aan 187 "
    "meldingen van spoorlopen. Dit jaar vielen ook al drie dodelijke slachtoffers door toedoen van spoorlopen"
    " en was er een zwaargewonde. Deze incidenten hebben tot nog toe 25.293 minuten vertraging veroorzaakt.Ik"
    " beschik niet over de gegevens betreffende het aantal personen die in 2016 een boete hebben gekregen "
    "wegens spoorlopen, noch betreffende hoeveel van die boetes ook effectief betaald werden. Voor die "
    "gegevens verwijs ik u naar mijn collega van Binnenlandse Zaken.Infrabel beseft dat sensibiliseren een "
    "werk van lange adem is. Dit belet niet dat er mag gehoopt worden dat de genomen maatregelen hun vruchten"
    " afwerpen."
)


def test_a_hand_over_of_those_data_goes_with_the_missing_data_sentence_before_it():
    units = be_sentence_units(TRACKS_QUESTION, TRACKS_ANSWER, "Voor die gegevens verwijs ik u", SETTINGS)
    assert units == ("5",)


def test_the_missing_data_sentence_it_points_back_to_is_unit_5s():
    units = be_sentence_units(TRACKS_QUESTION, TRACKS_ANSWER, "Ik beschik niet over de gegevens", SETTINGS)
    assert units == ("5",)
