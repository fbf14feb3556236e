"""Attribution of a grouped answer's sentences by the years they name (issue 17 item 2; attrib22): a
sentence that names a year (or a period) that one unit alone of the segment asks figures for concerns
that unit, where no name, no two words of one unit alone and no word for the question as a whole say
otherwise, and where every other unit that asks figures names years of its own (one that names none may
ask them for the same years). A year inside a date, the session of a document cited, the number of a
directive and the years of a question's preamble name no year asked. Questions and answers quoted from
be-kamer records; the unit each sentence concerns written by hand as a reader reads it."""

import pytest

from qa_align.coverage import years_named
from qa_align.settings import Settings

from .conftest import be_sentence_units
from .test_attrib20 import TAX_ANSWER, TAX_QUESTION

SETTINGS = Settings(rules=("no_information", "cross_reference"), recycled_across_documents=False)

# be-kamer 185792 (unlabelled): the answer of test_attrib20 with its closing sentences, which pairing
# reads to give question 2 the answer too
WHOLE_TAX_ANSWER = TAX_ANSWER + (
    " Dit sorteert vanzelfsprekend een impact op de opbrengst van de beurstaks.Tenslotte wil ik opmerken dat "
    "de Brusselse beurs zelf reeds heeft vastgesteld dat bijvoorbeeld de handel in aandelen van kmo's weer "
    "opveert sinds de aankondiging van de afschaffing van de speculatietaks. Precies de handel in die aandelen "
    "was in 2016 zowat gehalveerd tegenover de handel in 2015."
)

# be-kamer 184809 (unlabelled): three questions, one unnumbered answer of one sentence
EXPULSION_QUESTION = (
    "Gedwongen repatrieringen. - Kosten. \n\n 1. Wat zijn voor het jaar 2017 de totale kosten in absolute "
    "bedragen voor de gedwongen uitzetting van:a) uitgeprocedeerde asielzoekers;b) illegalen;c) anderen?"
    "2. Hoeveel daarvan gebeurden op EU-kosten?3. Kan u de gegevens uit vraag 1 opsplitsen al naar gelang het "
    "gaat om:a) vliegtuigtickets;b) het charteren van toestellen van Defensie;c) maaltijden aan boord;"
    "d) medische begeleiding;e) escortes van de federale politie;f) reisdocumenten;g) kosten gemaakt door "
    "gemeenten en andere politiediensten;h) eventueel nog andere kosten?"
)
EXPULSION_ANSWER = (
    "Ik wens het geachte lid er op te wijzen dat 2017 net gestart is en dat het bijgevolg nog niet mogelijk "
    "is de gevraagde informatie te geven."
)

# be-kamer 185586 (unlabelled): four questions, one unnumbered answer
FINES_QUESTION = (
    "NMBS. - In 2016 geinde boetes. \n\n De aanwezigheid van treinbegeleiders op de trein is niet onnuttig. "
    "1. Kunt u de cijfers voor 2016 meedelen? Is het verschil tussen eerste en tweede klas nog altijd even "
    "uitgesproken? 2. Bestaat de categorie 'andere' nog steeds? Zo ja, welk bedrag aan boetes vertegenwoordigt "
    "ze? 3. Hoeveel reizigers werden er beboet omdat ze hun abonnement niet bij zich hadden? Hoeveel kregen er "
    "een terugbetaling? 4. Beschikt u over statistieken en/of cijfers met betrekking tot de boetes die onbetaald "
    "bleven doordat de betrokkene een valse identiteit opgaf?"
)
FINES_ANSWER = (
    "Omdat de cijfers voor 2016 nog niet beschikbaar zijn, kan de NMBS deze vraag nog niet beantwoorden.De "
    "cijfers zullen beschikbaar zijn na publicatie van het jaarverslag."
)

# be-kamer 188325 (dev-be27): the first three questions and their grouped answer "1. tot 3."
CAMERA_QUESTION = (
    "ANPR-camera's. \n\n West-Vlaanderen telt 74 slimme ANPR-camera's, zowel vaste als mobiele, die aangesloten "
    "zijn op de provinciale server. Tegen 2018 moet het aantal meer dan verdubbelen, aldus de provinciegouverneur. "
    "Bestaan er eveneens plannen voor de rest van het land om het ANPR-camerapark uit te breiden?"
    "1. Hoeveel ANPR-camera's waren er bij de verschillende veiligheidsdiensten actief in 2012, 2013, 2014, 2015 "
    "en 2016?2. Graag een opdeling van de cijfers naargelang het om vaste dan wel mobiele ANPR-camera's gaat?"
    "3. Graag eveneens een regionale opdeling van het aantal. Hoeveel in het Vlaams Gewest? Hoeveel in het Waals "
    "Gewest? Hoeveel in het Brussels Hoofdstedelijk Gewest?"
)
CAMERA_ANSWER = (
    "1. tot 3. Het geachte lid kan hieronder de cijfers met betrekking tot de uitrusting met ANPR-camera's van de "
    "lokale politie tussen 2012 en 2015 terugvinden met een opdeling naar vaste en mobiele camera's en dit voor de "
    "drie Gewesten van het land. De cijfers voor het jaar 2016 zijn nog niet gekend.De resultaten zijn afkomstig "
    "van de jaarlijkse vragenlijst morfologie die de federale politie uitvoert bij de zones van de lokale politie."
)

# be-kamer 186626 (dev-be19): the first three questions and their grouped answer "1. tot 3."
INCOME_QUESTION = (
    "Inkomensverschil tussen mannen en vrouwen. \n\n Vrouwelijke zelfstandigen bleken in 2015 in ons land "
    "gemiddeld 37 % minder te verdienen dan mannelijke. Mannelijke zelfstandigen verdienden in 2015 gemiddeld "
    "23.809 euro, terwijl dat slechts 15.111 euro bedroeg voor vrouwelijke. 1. Welke trend is waarneembaar voor "
    "2016? Graag cijfers opgesplitst per geslacht, bijberoep, en voor zelfstandigen actief na de "
    "pensioenleeftijd. 2. Kunnen de loonverschillen verklaard worden door het verschil in aard van de activiteit "
    "of zijn er binnen dezelfde activiteiten ook even grote loonverschillen tussen mannen en vrouwen?3. Bij welke "
    "zelfstandige beroepen is de loonkloof het grootst?"
)
INCOME_ANSWER = (
    "1. tot 3. De cijfers over de inkomsten van zelfstandigen zijn nog niet beschikbaar voor 2016. Wij kunnen "
    "verwijzen naar het antwoord op parlementaire vraag nr. 430 van 9 december 2016 (Vragen en Antwoorden, "
    "Kamer, 2016-2017, nr. 101) , waarin de cijfers voor 2015 worden gegeven."
)

# be-kamer 185329 (dev-be17): three questions, one unnumbered answer (part of it)
LETTER_QUESTION = (
    "De stellingname van de Belgische Staat in het kader van gerechtelijke procedures. \n\n Naar aanleiding "
    "daarvan schreef de eerste minister op 23 juni 2016 een brief naar de regeringsleden om hen te verzoeken "
    "aandachtig te zijn voor de handelingen van de federale overheidsdienst(en) waarover zij het gezag voeren. "
    "1. Op welke wijze heeft u dit schrijven geimplementeerd en gecommuniceerd naar de overheidsdiensten en/of "
    "instellingen waarover u het gezag uitvoert?2. Welke dossiers werden in dat verband in de tweede jaarhelft "
    "van 2016 door de administraties/instellingen onder uw gezag onder uw aandacht gebracht? Over welke zaken "
    "ging het, welke stellingname werd daarbij ingenomen door de administratie, en werd deze stellingname al dan "
    "niet door u als minister ondersteund? Waarom wel of waarom niet?3. Heeft u bepaalde van deze dossiers op het "
    "niveau van de Ministerraad gebracht? Zo ja, om welke reden? Wat was de beslissing van de Ministerraad?"
)
LETTER_ANSWER = (
    "In antwoord op de vraag van het geachte lid, kan ik haar informeren dat ik de brief van de eerste minister "
    "ontvangen heb. In geen enkel dossier werd er een standpunt ingenomen dat strijdig was met het standpunt van "
    "de regering. Rekening houdend met bovenstaande elementen, moest er geen enkele bijkomende maatregel genomen "
    "worden om de brief van 23 juni 2016 te implementeren.Wat de andere subvragen betreft van het geachte lid, kan "
    "ik enkel beknopt antwoorden op bepaalde specifiekere punten met betrekking tot lopende procedures.FAVVIn de "
    "tweede helft van 2016 werden 2 dossiers aan mij voorgelegd:- Een eerste dossier over het betalen van een "
    "schadevergoeding als gevolg van het blokkeren van vlees ten tijde van de BSE-crisis in 1996;- Een tweede "
    "dossier over de financiering van BSE-testen;Er werd geen enkel dossier overgemaakt aan de Ministerraad."
)


@pytest.mark.xfail(
    strict=True, reason="questions 2 and 3 ask splits of figures and name no year of their own"
)
def test_the_year_not_yet_known_is_the_question_that_asks_the_years():
    # "De cijfers voor het jaar 2016 zijn nog niet gekend" says what question 1 ("actief in 2012, 2013, 2014,
    # 2015 en 2016?") cannot be given; questions 2 and 3 ask splits of those figures and name no year
    assert be_sentence_units(CAMERA_QUESTION, CAMERA_ANSWER, "De cijfers voor het jaar 2016", SETTINGS) == (
        "1",
    )


def test_the_figures_not_yet_available_for_the_year_asked_are_its_question():
    # question 1 asks "Welke trend is waarneembaar voor 2016?"; questions 2 and 3 ask why the pay gap is
    # there and where it is largest, which no figure for 2016 answers
    assert be_sentence_units(INCOME_QUESTION, INCOME_ANSWER, "De cijfers over de inkomsten", SETTINGS) == (
        "1",
    )


def test_a_pointer_whose_years_are_a_date_and_a_session_still_serves_every_question():
    # "vraag nr. 430 van 9 december 2016 (Vragen en Antwoorden, Kamer, 2016-2017, nr. 101)" names the
    # answer pointed to, not a year asked; its readers flag cross_reference on questions 1, 2 and 3 alike
    units = be_sentence_units(INCOME_QUESTION, INCOME_ANSWER, "Wij kunnen verwijzen", SETTINGS)
    assert units == ("1", "2", "3")


def test_the_files_of_the_second_half_of_2016_are_the_second_question():
    # "In de tweede helft van 2016 werden 2 dossiers aan mij voorgelegd" lists the files question 2 asks
    # for ("Welke dossiers werden ... in de tweede jaarhelft van 2016 ... onder uw aandacht gebracht?")
    units = be_sentence_units(LETTER_QUESTION, LETTER_ANSWER, "FAVVIn de tweede helft van 2016", SETTINGS)
    assert units == ("2",)


def test_the_date_of_the_letter_is_no_year_asked():
    # "om de brief van 23 juni 2016 te implementeren" answers how the letter was implemented (question 1);
    # its year is the date of the letter, not the half year question 2 asks about
    units = be_sentence_units(LETTER_QUESTION, LETTER_ANSWER, "Rekening houdend met bovenstaande", SETTINGS)
    assert "1" in units


def test_the_revenue_of_2015_is_the_question_that_asks_2015():
    # "In 2015 is een bedrag geind van 288,6 miljoen euro" gives the TOB revenue question 2 asks "in 2015
    # en 2016"; question 1 asks the speculation tax of 2016 only
    assert be_sentence_units(TAX_QUESTION, WHOLE_TAX_ANSWER, "In 2015 is een bedrag geind", SETTINGS) == (
        "2",
    )


def test_a_year_the_other_questions_ask_in_other_words_serves_them_all():
    # "Hoeveel daarvan ...?" and "de gegevens uit vraag 1" ask the figures of 2017 too: "2017 net gestart
    # ... nog niet mogelijk de gevraagde informatie te geven" answers all three
    units = be_sentence_units(EXPULSION_QUESTION, EXPULSION_ANSWER, "Ik wens het geachte lid", SETTINGS)
    assert units == ("1", "2", "3")


def test_a_year_in_a_sentence_on_the_question_as_a_whole_serves_every_unit():
    # "kan de NMBS deze vraag nog niet beantwoorden": the figures of 2016 that question 1 names are those
    # every question asks (the fines of 2016, the title's "In 2016 geinde boetes")
    units = be_sentence_units(FINES_QUESTION, FINES_ANSWER, "Omdat de cijfers voor 2016", SETTINGS)
    assert units == ("1", "2", "3", "4")


def test_the_years_a_text_names():
    # be-kamer 185487: "richtlijn 2002/24" is the number of a directive, no year
    assert (
        years_named("Een homologatie volgens richtlijn 2002/24 voor elektrische fiets", "nl") == frozenset()
    )
    # be-kamer 186626: a date and the session of the answer pointed to, then the year of its figures
    cited = "vraag nr. 430 van 9 december 2016 (Vragen en Antwoorden, Kamer, 2016-2017, nr. 101) , waarin de cijfers voor 2015"
    assert years_named(cited, "nl") == frozenset({2015})
    # be-kamer 185387: a range names the years between
    assert years_named("van 2012 tot en met 2016, opgesplitst per Gewest", "nl") == frozenset(
        range(2012, 2017)
    )
    # be-kamer 187462: "sinds 29 september 2015" is a day, no period from 2015 on
    assert years_named("Het nieuwe Comite is werkzaam sinds 29 september 2015", "nl") == frozenset()
