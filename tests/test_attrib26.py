"""Attribution of a grouped or unnumbered answer's sentence that opens by pointing back to what the sentence
before it spoke of (issue 17 item 2; attrib26, `[numbering] back_openers`), written by hand from the readers'
labels of be-kamer 192447 (dev-be43) and from reading be-kamer 189890 (no labelled set): 192447's "Voor die gegevens verwijs ik u naar mijn collega van Binnenlandse Zaken" names no unit and
  shares no word with one unit alone; it hands over the data the sentence before it says are missing, which
  unit 5 alone asks (the fines for walking on the tracks), and the readers flag deflection on unit 5 only;
189890's "Hiervoor heeft het Federaal agentschap ... een sensibiliseringscampagne ... opgestart" is a measure
against the addiction (unit 2), done for the prevention the sentence before it speaks of, not the situation in
Belgium or its figures (unit 1)."""

from qa_align.settings import Settings

from .conftest import be_sentence_units

SETTINGS = Settings(rules=("deflection", "no_information"), recycled_across_documents=False)

# be-kamer 189890 (no labelled set): two numbered questions, one unnumbered answer
ADDICTION_QUESTION = (
    "Geneesmiddelenverslaving. \n\n Volgens een op 10 maart 2017 in Le Figaro verschenen artikel zouden er "
    "steeds meer mensen verslaafd zijn aan pijnstillers. Meer dan 4 miljoen Fransen blijven weken langer dan "
    "voorgeschreven hun geneesmiddel nemen.Een geneesmiddelenverslaving heeft nefaste gevolgen, en kan "
    "ongevallen op de openbare weg, angstaanvallen, slapeloosheid of zelfs epilepsieaanvallen veroorzaken. 1."
    " Wat is de huidige situatie in Belgie? Hebt u daar cijfergegevens over?2. Welke maatregelen worden er "
    "genomen om deze vorm van verslaving aan te pakken?"
)
ADDICTION_ANSWER = (
    "Het is op dit ogenblik in functie van de beschikbare gegevens, moeilijk om een nauwkeurig overzicht te "
    "hebben over de prevalentie van dit type verslaving in Belgie. Sommige indicatoren kunnen ons echter al "
    "enkele antwoorden geven.Zo tonen de MZG gegevens (minimale ziekenhuis gegevens) aan dat het aantal "
    "diagnoses, van verslavingen aan opiaten en soortgelijke medicatie, in de algemene ziekenhuizen relatief "
    "stabiel blijft (tussen de 3.935 en 4.064 diagnoses tussen 2010 en 2014).Volgens de gegevens van de "
    "gezondheidsenquete van het Wetenschappelijk Instituut Volksgezondheid (WIV) uit 2013, is het percentage "
    "van de bevolking dat het consumeren van een pijnstiller rapporteert in de 24 uur voorafgaand aan het "
    "interview, 4,8  %. Dit percentage was 5,6 % in 2004 en 5,7 % in 2008. Hier stellen we dus eerder een "
    "daling vast.Hieronder vindt u de gegevens van Farmanet betreffende de afgifte van terugbetaalde "
    "geneesmiddelen in de openbare apotheken voor 2013, 2014 en 2015. Het betreft telkens het aantal "
    'patienten dat "een aantal defined daily dose (DDD) per categorie" per jaar heeft ontvangen. '
    "Bijvoorbeeld, in 2015 was het aantal patienten die in de apotheek meer dan 42 DDD kreeg per jaar gelijk "
    "aan 300. 996. Het percentage patienten die meer dan 42 DDD heeft gekregen, bij de patienten aan wie een "
    "pijnstiller werd afgegeven, blijft stabiel in de tijd op 29 %.2016201715959-7-1549-bil\n      Verslaving "
    "aan pijnstillers betekent natuurlijk een probleem voor de volksgezondheid waar ik bijzonder aandachtig "
    "voor blijf. Het is van essentieel belang om de artsen te sensibiliseren voor het rationeel gebruik van "
    "deze geneesmiddelen. Belangrijk is dat de patienten die deze geneesmiddelen nodig hebben die ook "
    "krijgen, maar dat degenen voor wie er een ander alternatief bestaat hier gebruik van maken. Daarnaast is"
    " het belangrijk om aan preventie te doen bij de patienten om hen wijzen op het verhoogd "
    "verslavingsrisico. Hiervoor heeft het Federaal agentschap voor geneesmiddelen en gezondheidsproducten "
    "een sensibiliseringscampagne voor het adequaat gebruik van geneesmiddelen opgestart. U kunt informatie "
    "vinden via de volgende link: www.eengeneesmiddelisgeensnoepje.be . Een pagina is er specifiek gewijd aan"
    " het correct gebruik van pijnstillers."
)

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


def test_a_measure_opening_on_hiervoor_goes_with_the_prevention_sentence_before_it():
    units = be_sentence_units(
        ADDICTION_QUESTION, ADDICTION_ANSWER, "Hiervoor heeft het Federaal agentschap", SETTINGS
    )
    assert units == ("2",)
