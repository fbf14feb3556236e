"""Attribution of a grouped or unnumbered answer's sentences (issue 17 item 2; attrib26). What the readers read,
written by hand from their labels of be-kamer records:

- a sentence that opens by pointing back to what the sentence before it spoke of (`[numbering] back_openers`):
  192447 (dev-be43), "Voor die gegevens verwijs ik u naar mijn collega van Binnenlandse Zaken" names no unit and
  shares no word with one unit alone; it hands over the data the sentence before it says are missing, which
  unit 5 alone asks (the fines for walking on the tracks), and the readers flag deflection on unit 5 only;
- one word of one unit alone that the question's preamble names too (`attribute`, ``preamble``): 186323
  (dev-be17), "Daar dit centrum onder de bevoegdheid van de eerste minister valt, verwijs ik u naar hem voor uw
  vraag" answers unit 1 (the evaluation of the Centre's activities; the readers flag deflection on units 1 and
  3), though only unit 2 names "het centrum" again; 190791 (dev-be43), "Na deze evaluatieprocedure ... zal ik een
  beslissing nemen over de opname van dit geneesmiddel in de terugbetaling" puts off the reimbursement unit 1
  asks about (holding on unit 1), though only unit 2 names "beslist" again, a word of the preamble ("wat de
  redenen voor die beslissing zijn")."""

from qa_align.settings import Settings

from .conftest import be_sentence_units

SETTINGS = Settings(rules=("deflection", "no_information"), recycled_across_documents=False)

# be-kamer 186323 (dev-be17): three numbered questions, one unnumbered answer
CENTRE_QUESTION = (
    "Opleiding cyberdreiging voor politieke partijen via het CCB (MV 16264). \n\n U hebt op 11 januari 2017 "
    "meegedeeld dat u de Belgische politieke partijen de mogelijkheid wilt geven om een stoomcursus "
    "cyberdreiging te volgen bij het Centrum voor Cybersecurity Belgie (CCB).Het CCB werd opgericht bij "
    "koninklijk besluit van 10 oktober 2014 en valt onder de bevoegdheid van de eerste minister. In het "
    "Centrum werken er momenteel tien mensen. 1. Hoe evalueert u de activiteiten van het CCB meer dan twee "
    "jaar na de oprichting ervan? 2. Hebt u in het kader van uw plannen voor een betere cyberbeveiliging van "
    "de politieke partijen contact opgenomen met het centrum? Kunt u een en ander nader toelichten? 3. "
    "Sommigen zijn van oordeel dat de opleiding van politieke partijen inzake cyberbeveiliging geen deel zou "
    "mogen uitmaken van de prioritaire taken van het CCB. Wat vindt u daar als staatssecretaris voor Privacy "
    "van?"
)
CENTRE_ANSWER = (
    "U vraagt mij wat mijn evaluatie is van de door het Centrum voor Cybersecurity Belgie (CCB) uitgevoerde "
    "activiteiten. Daar dit centrum onder de bevoegdheid van de eerste minister valt, verwijs ik u naar hem "
    "voor uw vraag.U vraagt mij vervolgens of contacten zijn opgenomen om de veiligheid van de politieke "
    "partijen te versterken. Een vergadering werd gehouden tussen mijn kabinet en het kabinet van de eerste "
    "minister in dit verband. We hebben van gedachten gewisseld over de bescherming van persoonsgegevens in "
    "het bezit van overheidsdiensten en de bescherming van personen uit het maatschappelijk middenveld, zoals"
    " politici, die het doelwit van aanvallen zouden kunnen zijn.Tijdens deze vergadering werd met het "
    "kabinet van de premier overeengekomen dat we een lijst van mijn bevoegdheden zullen opstellen die "
    "rechtstreeks verband houden met de opdrachten van het CCB. Op basis van deze nota zullen we bekijken "
    "welke acties we in voorkomend geval kunnen overwegen om de samenwerking te verbeteren uit het oogpunt "
    "van het respect voor de privacy en van de versterking van de gegevensbescherming.Volgens mij zijn deze "
    "twee onderwerpen uiteraard gekoppeld. Want zodra persoonsgegevens worden gedigitaliseerd en ergens "
    "opgeslagen, bestaat het risico dat deze gegevens gehackt, gestolen, of vervalst worden. Hoewel het over "
    "twee verschillende materies gaat, moeten bescherming van de privacy en cyberveiligheid wel coherent met "
    "elkaar worden behandeld. Synergien zijn mogelijk en het is precies de bedoeling van mijn huidige "
    "discussie met de premier.U vraagt mij uiteindelijk wat mijn mening is over de prioriteiten die het CCB "
    "zou moeten stellen. Dit centrum valt onder de bevoegdheid van de eerste minister, ik verwijs u dus "
    "opnieuw naar hem voor uw vraag."
)
# be-kamer 190791 (dev-be43): two numbered questions, one unnumbered answer
PALBOCICLIB_QUESTION = (
    "Palbociclib. - Terugbetaling. \n\n In het tijdschrift van de American Society of Clinical Oncology werden "
    "onlangs de resultaten van de klinische onderzoeken PALOMA 1, 2 en 3 voor Palbociclib gepubliceerd. Die "
    "resultaten zijn zeer veelbelovend, aangezien het middel de levensduur van patientes met HR-"
    "positieve/HER2-negatieve lokaal gevorderde of metastatische borstkanker verhoogt. De ontwikkelaars van "
    "het middel onderstrepen voorts dat de bijwerkingen die de patientes ervaren gering zijn in vergelijking "
    "met andere behandelingen.Uit andere studies blijkt dat die molecule ook goed werkt bij andere kankers "
    "dan borstkanker. In de Verenigde Staten werd die nieuwe molecule in juli 2015 goedgekeurd als "
    "behandeling.Palbociclib is dus een nieuw lichtpunt in de strijd tegen kanker, in het bijzonder "
    "borstkanker. Die kleine molecule inhibeert de activiteit van CDK4 en CDK6 (twee eiwitten die "
    "verantwoordelijk zijn voor de deling en de woekering van borstkankercellen), waardoor de tumorgroei "
    "wordt afgeremd. Op 9 november 2016 heeft de Europese Commissie trouwens de vergunning voor het in de "
    "handel brengen van die molecule goedgekeurd.Gezien de veelbelovende resultaten en de positieve "
    "beoordeling in de vakliteratuur hebben tal van oncologen een aanvraag ingediend om dat middel aan hun "
    "patientes te kunnen voorschrijven. De molecule wordt echter niet meer terugbetaald sinds 14 maart 2017, "
    "waardoor de toegang tot die behandeling zo goed als onmogelijk wordt gemaakt. Men kan zich afvragen wat "
    "de redenen voor die beslissing zijn, temeer daar de met die molecule bereikte resultaten indrukwekkend "
    "zijn. 1. Zal die molecule in aanmerking komen voor terugbetaling?2. Zo niet, waarom hebt u beslist dat "
    "dat middel niet voor terugbetaling in aanmerking komt?"
)
PALBOCICLIB_ANSWER = (
    "Er is momenteel reeds een financiele tegemoetkoming voorzien voor palbociclib (geregistreerd onder de "
    'naam IbranceR) in het kader van de "Unmet Medical Need"-procedure (onbeantwoorde medische behoeften), en'
    " dit sinds 16 november 2016. Deze tegemoetkoming is van toepassing in specifieke gevallen, namelijk "
    "wanneer palbociclib toegediend wordt in combinatie met letrozol als eerste-lijnsbehandeling van "
    "hormoonreceptor (HR)-positieve, humane epidermale groeifactorreceptor 2 (HER2)-negatieve gevorderde of "
    "metastatische borstkanker.   Unmet Medical Need is een procedure die een tegemoetkoming toekent voor "
    "innovatieve geneesmiddelen, zelfs nog voordat ze geregistreerd zijn, wanneer ze gebruikt worden bij de "
    "behandeling van een ernstige of dodelijke aandoening waarvoor geen therapeutisch alternatief bestaat. De"
    " tegemoetkoming wordt toegewezen aan het bedrijf dat het geneesmiddel ter beschikking stelt van de "
    "patienten volgens de speciaal opgestelde procedures van compassionate use bij het FAGG. Deze "
    "tegemoetkoming is vandaag nog steeds van toepassing in de genoemde indicatie.De eerste aanvraag tot "
    "tegemoetkoming had specifiek betrekking op de eerstelijnsbehandeling, en een tegemoetkoming in tweede, "
    'derde,... lijn is nooit voorzien door het bedrijf in de eerder vermelde "Unmet Medical Need"- '
    "procedure.Ik kan u eveneens meedelen dat de Commissie voor Tegemoetkoming Geneesmiddelen van het RIZIV "
    "bezig is met een evaluatie van het geneesmiddel IbranceR in het kader van de behandeling van borstkanker"
    " voor een reguliere terugbetaling door de ziekteverzekering. Na deze evaluatieprocedure en op basis van "
    "een gemotiveerd voorstel van de CTG zal ik een beslissing nemen over de opname van dit geneesmiddel in "
    "de terugbetaling."
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


def test_a_hand_over_that_meets_a_word_of_the_preamble_is_not_the_one_units_that_names_it_again():
    # be-kamer 186323: the preamble introduces the Centre (CCB) "valt onder de bevoegdheid van de eerste minister"
    units = be_sentence_units(
        CENTRE_QUESTION, CENTRE_ANSWER, "Daar dit centrum onder de bevoegdheid", SETTINGS
    )
    assert "1" in units


def test_a_deferral_that_meets_a_word_of_the_preamble_is_not_the_one_units_that_names_it_again():
    # be-kamer 190791: "Zal die molecule in aanmerking komen voor terugbetaling?" is put off to the decision
    settings = Settings(rules=("holding",), recycled_across_documents=False)
    units = be_sentence_units(
        PALBOCICLIB_QUESTION, PALBOCICLIB_ANSWER, "Na deze evaluatieprocedure", settings
    )
    assert "1" in units
