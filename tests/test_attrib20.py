"""Attribution of an unnumbered answer's sentences by the words they share with one unit alone
(issue 17 item 2; attrib20). Questions and answers quoted from be-kamer records; the unit each
sentence concerns written by hand as a reader reads it. attrib20 tried a stricter word match
(inflections only, so "ondernomen" no longer meets "ondernemingen") and a sentence opening on
"Dit", "Deze", "These" taken with the one before; both were dropped (README, "Sentence
attribution"): the first test holds a sentence the stricter match took from its unit, the second
a deferral that order gave to the wrong unit until attrib35 (strict xfail till then)."""

from qa_align.settings import Settings

from .conftest import be_sentence_units

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)

# be-kamer 185792 (unlabelled): three questions, one unnumbered answer
TAX_QUESTION = (
    "De speculatietaks en de TOB.\n\n"
    "Uw argumentatie om de speculatietaks af te schaffen was dat deze meer kost dan ze opbrengt. "
    "1. Hoeveel heeft de speculatietaks opgebracht in 2016?"
    "2. Hoeveel bedroeg de opbrengst van de taks op beursverrichtingen (TOB) in 2015 en 2016?"
    "3. Welke aanwijzingen heeft u dat de daling van de TOB gerelateerd kan worden aan de invoering van "
    "de speculatiebelasting?"
)
TAX_ANSWER = (
    "Wat uw eerste vraag betreft inzake de speculatietaks, kan ik u mededelen dat deze belasting gedurende "
    "het jaar 2016 zowat 32,4 miljoen euro opgebracht. Dit zijn nog voorlopige cijfers gezien de verwerking "
    "van alle detailgegevens met betrekking tot het jaar 2016 nog niet volledig is afgerond.Wat uw vraag met "
    "betrekking tot de taks op de beursverrichtingen (TOB) aangaat, kan ik u definitieve cijfers verstrekken "
    "voor het jaar 2015 en voorlopige cijfers voor 2016. In 2015 is een bedrag geind van 288,6 miljoen euro. "
    "Voor 2016 is dat bedrag teruggevallen tot 212,7 miljoen euro of meteen een daling met 75,6 miljoen euro "
    "of 26,3 %, wat toch substantieel is.Het ligt dus eigenlijk wel voor de hand dat de invoering van de "
    "speculatietaks een impact heeft uitgeoefend op het niveau van de beurstaks. Uiteraard kan het algemeen "
    "beursklimaat sowieso altijd een impact sorteren op de groei van de TOB. Maar een daling van de "
    "ontvangsten van om het even welke belastingsoort heeft meestal een exogene oorzaak. De daling van de "
    "beurstaks had dus veel te maken met de gedragingen van de beleggers die op zoek gingen naar een "
    "ontwijking van de speculatietaks en mede daardoor dus van aankopen op de Brusselse beurs."
)
FALL = "De daling van de beurstaks had dus veel te maken met de gedragingen van de beleggers"

# be-kamer 193251 (dev-be23): four questions, one unnumbered answer; its readers flag holding on 2 alone
LICENCE_QUESTION = (
    "Een voorlopig rijbewijs.\n\n"
    "In december 2016 heeft u een vergadering gehad met de drie Gewesten over het afschaffen van de wachttijd "
    "na het vervallen van een voorlopig rijbewijs. "
    "1. Zijn de administraties al samengekomen om een voorstel van koninklijk besluit uit te werken? Zo ja, "
    "wanneer? Hoe verloopt het overleg? Zo neen, waarom niet?"
    "2. Welke aanpassingen zou het koninklijk besluit precies omvatten? Welke aanpassingen zullen er gebeuren "
    "met betrekking tot de aanpassing van het model van voorlopig rijbewijs?"
    "3. Wat is de stand van zaken?"
    "4. Wat is de verdere timing?"
)
LICENCE_ANSWER = (
    "Op 10 maart 2017 vond een vergadering plaats tussen de federale administratie en de regionale besturen "
    "over het voorlopig rijbewijs. Op deze vergadering heeft de FOD Mobiliteit en Vervoer een voorstel "
    "voorgelegd voor een wijziging van de regeling van de wachttijd van drie jaar.De regionale besturen konden "
    "evenwel niet akkoord gaan met dit voorstel en er werd dan ook beslist om een tweede vergadering te "
    "beleggen in aanwezigheid van de bevoegde kabinetten.Op 5 mei 2017 vond overleg plaats over de zogenaamde "
    "wachttijd na afloop van de geldigheidsduur van het voorlopig rijbewijs B en de voorgestelde wijzigingen "
    "aan het voorlopig rijbewijs. Daarbij waren mijn kabinet en dat van de drie gewestelijke ministers van "
    "Mobiliteit vertegenwoordigd, evenals de federale en gewestelijke administraties.Het staat nog niet "
    "definitief vast welke maatregelen op federaal niveau zullen genomen worden. Daarvoor is nog verder "
    "overleg vereist.Ik wil nog steeds zo spoedig mogelijk in een oplossing voorzien voor personen die zich "
    "in de wachttijd bevinden."
)
PENDING = "Het staat nog niet definitief vast welke maatregelen op federaal niveau zullen genomen worden."


def test_the_fall_of_the_tax_is_the_third_question():
    # "De daling van de beurstaks had dus veel te maken met ... de speculatietaks" explains the fall of
    # the TOB that question 3 asks about, not the yields of questions 1 and 2 (the stricter match gave it
    # to all three)
    assert be_sentence_units(TAX_QUESTION, TAX_ANSWER, FALL, SETTINGS) == ("3",)


def test_the_measures_not_yet_fixed_are_the_second_question():
    # expected to fail until attrib35, order giving it to unit 1: a deferral that no name and no two words
    # of one unit place now goes to the units whose question holds a future form ("Welke aanpassingen
    # zullen er gebeuren ...?", question 2 alone; attribute, ``how == "ahead"``)
    # "Het staat nog niet definitief vast welke maatregelen ... zullen genomen worden" puts off what
    # question 2 asks ("Welke aanpassingen zou het koninklijk besluit precies omvatten?"), not whether the
    # administrations met (question 1); it shares no word with question 2 ("maatregelen" / "aanpassingen")
    assert be_sentence_units(LICENCE_QUESTION, LICENCE_ANSWER, PENDING, SETTINGS) == ("2",)
