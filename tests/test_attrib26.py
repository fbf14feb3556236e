"""Attribution of a grouped or unnumbered answer's sentences (issue 17 item 2; attrib26). What the readers read,
written by hand from their labels of be-kamer records:

- a sentence that opens by pointing back to what the sentence before it spoke of (`[numbering] back_openers`):
  192447 (dev-be43), "Voor die gegevens verwijs ik u naar mijn collega van Binnenlandse Zaken" names no unit and
  shares no word with one unit alone; it hands over the data the sentence before it says are missing, which
  unit 5 alone asks (the fines for walking on the tracks), and the readers flag deflection on unit 5 only;
- in a missing-data sentence, one word of one unit alone that the question's preamble names too (`attribute`,
  ``preamble``): 189422 (dev-be37), "Er is geen gecentraliseerde codering van die lichte dossiers ..." in the
  answer "1. en 2." says neither the disciplinary files (unit 1) nor the light penalties (unit 2) can be counted,
  though only unit 2 names "lichte" again, a word of the preamble ("lichte tuchtstraffen"); the readers flag
  no_information on both."""

from qa_align.settings import Settings

from .conftest import be_doc, be_sentence_units

SETTINGS = Settings(rules=("deflection", "no_information"), recycled_across_documents=False)

# be-kamer 189422 (dev-be37): three numbered questions, answered "1. en 2." and "3."
DISCIPLINE_QUESTION = (
    "Toepassing van het nieuwe tuchtrecht voor magistraten. \n\n Op 1 september 2014 trad het vernieuwde "
    "tuchtrecht voor magistraten en het gerechtspersoneel van de rechterlijke orde in werking. Sindsdien "
    "worden de zwaarwichtige tuchtdossiers behandeld door de Nederlandstalige of de Franstalige "
    "tuchtrechtbank, met de mogelijkheid om in beroep te gaan. De lichte tuchtstraffen blijven de "
    "verantwoordelijkheid van de door de wet aangeduide tuchtoverheid. 1. Kan u een overzicht bezorgen van "
    "het aantal tuchtdossiers dat er per arrondissement of per ressort werd opgestart per gerechtelijk jaar, "
    "met een onderscheid tussen de magistraten van de zetel en de magistraten van het openbaar ministerie en "
    "tussen de personeelsleden van de zetel en het openbaar ministerie?2.  In hoeveel van deze gevallen werd "
    "een lichte tuchtstraf opgelegd?3. a) In hoeveel van deze gevallen werd de zaak aanhangig gemaakt voor de"
    " tuchtrechtbank?b) In hoeveel gevallen legde de tuchtrechtbank een lichte dan wel een zware tuchtstraf "
    "op? Graag een overzicht tussen de verschillende opgelegde straffen en van de feiten die hiertoe "
    "aanleiding gaven.c) In hoeveel gevallen werd een beroep ingesteld tegen een beslissing van de "
    "tuchtrechtbank bij de tuchtrechtbank in hoger beroep? Wat is het aandeel van de beroepen ingesteld door "
    "de betrokkene dan wel door het openbaar ministerie of door de bevoegde tuchtoverheid?"
)
DISCIPLINE_ANSWER = (
    "1. en 2. De tuchtrechtbanken zijn enkel in staat om het aantal dossiers te geven dat is ingeleid voor "
    'een tuchtrechtbank. De "lichte" tuchtdossiers blijven bij de betrokken tuchtrechtelijke autoriteiten. Er'
    " is geen gecentraliseerde codering van die lichte dossiers en het is niet mogelijk om alle "
    "tuchtrechtelijke autoriteiten daarover te bevragen. 3. De gevraagde informatie wordt in bijlage "
    'weergegeven onder respectievelijk het bestand "Nieuwe zaken", de excel bestanden "Straffen" en "Feiten" '
    'en ten slotte het bestand "beroepen".De bijlagen bij het antwoord op deze vraag zijn het geachte '
    "Kamerlid rechtstreeks toegestuurd. Gezien het louter documentaire karakter ervan worden zij niet in het "
    "Bulletin van Vragen en Antwoorden opgenomen maar liggen zij ter inzage bij de griffie van de Kamer van "
    "volksvertegenwoordigers (dienst Parlementaire Vragen)."
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


def be_segment_units(question: str, answer: str, opening: str) -> tuple[str, ...]:
    """The units the segment of a Belgian answer that holds the sentence opening with ``opening`` gives it to."""
    from qa_align.align import align
    from qa_align.rules.context import DocContext

    d = be_doc(question, answer)
    ctx = DocContext(d, align(d, SETTINGS), SETTINGS)
    (s,) = [
        s for seg in d.answer.segments for s in ctx.attribution(seg).sentences if s.text.startswith(opening)
    ]
    return s.units


def test_missing_data_that_meets_a_word_of_the_preamble_speaks_for_both_units_of_the_group():
    # the readers flag no_information on units 1 and 2: neither count can be had
    segment = be_segment_units(DISCIPLINE_QUESTION, DISCIPLINE_ANSWER, "Er is geen gecentraliseerde codering")
    assert set(segment) == {"1", "2"}
