"""A closed question answered by numbered answer segments that give it six sentences or more in plain
words (no deferral, hand-over, pointer, missing data or policy talk) is answered in the readers'
reading: the segment describes the matter asked about at length, and the yes or no is read from the
description, in words the word tests do not take up (helper yesno41, ``answers._described``,
``Settings.yes_no_described_sentences``). A shorter segment, or one beside a hand-over, is read by the
word tests as before; an unnumbered answer is not read so.

Real text, the record named at each test (be-kamer, as published from the first numbered question on);
the expected readings written out from reading them and the labels' notes."""

import pytest

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit

RULE_ONLY = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")

# be-kamer 186764 (dev-be41), the numbered questions and the numbered answer
AID_Q = (
    "Op 31 januari 2017 deelde u mee dat Belgie zijn steentje zou bijdragen aan de preventie van terrorisme in "
    "Burkina Faso en Mauritanie. 1. Hebt u al meer informatie over de verdeling van die steun onder de twee "
    "landen? 2. Voor wat voor projecten is die steun bestemd? Werd er een stappenplan vastgelegd?"
)
AID_A = (
    "1. Belgie trekt daarvoor in totaal 250.000 euro uit. De verdeling daarvan zal in principe gelijkmatig "
    "gebeuren, dwz. in beide landen worden evenveel activiteiten als ook opleidingen gepland. De "
    "capaciteitsopbouw voorziet de vorming van in totaal 50 officials in wetshandhaving. Breed genomen kan men "
    "dus spreken van een verdeling geraamd op 125.000 euro per land. 2. Met die bijdrage kunnen in de twee "
    "landen opleidingssessies worden gegeven over enerzijds onderzoeks- en opsporingstechnieken en gerechtelijke "
    "samenwerking en anderzijds over de strijd tegen financiering van terrorisme. Zo kan, op "
    "mensenrechtenconforme wijze,  het strafrechtelijke kader worden verstrekt en kunnen de overheden beter "
    "inspelen op de dreiging van terroristische groeperingen en van buitenlandse strijders in West-Afrika.In de "
    "periode januari-april 2017 worden er middels de Belgische bijdrage in totaal vier activiteiten voorzien, "
    "twee per land. Een vorming van twee keer vier dagen per land.Een 1ste vorming voorziet een opleiding in "
    "onderzoekstechnieken, vervolging en het berechten van terroristen. Een 2de vorming zal toegespitst zijn op "
    "het tegengaan van de financiering van het terrorisme.Ook Belgische expertise wordt ingebracht. Bovenop de "
    "financiele steun kunnen de landen een beroep doen op expertise van twee Federale magistraten "
    "gespecialiseerd in terrorismedossiers en een expert van de Cel Financiele Informatieverwerking.Ondertussen "
    "vonden al twee van de vier opleidingen plaats. De eerste in Nouakchot/Mauritanie, tussen 31 januari en 2 "
    "februari 2017. De 2de vorming vond plaats in Ouagadougou/Burkina Faso van 14 tot 16 februari 2017.Van 14 "
    "tot 16 maart 2017 zal er nog een opleiding over het tegengaan van de financiering van het terrorisme "
    "plaatsvinden in Nouakchot/Mauritanie, gevolgd door een vorming over  onderzoekstechnieken, vervolging en "
    "het berechten van terroristen in Ouagadougou/Burkina Faso van 28 tot 31 maart 2017."
)

# be-kamer 189954 (dev-be29)
HELI_Q = (
    "Volgens een persbericht zou een Agustahelikopter permanent op de basis van Bevekom staan om te worden "
    "ingezet tegen terroristische aanslagen met een drone.De helikopter zou zijn uitgerust met mitrailleurs om "
    "elk vermeend vijandig toestel te kunnen neerhalen. 1. Is de helikopter alle dagen van de week en de klok "
    "rond beschikbaar? Is de maatregel permanent of tijdelijk? Zullen er nog soortgelijke maatregelen worden "
    "getroffen?2. Hoeveel militairen worden er gemobiliseerd om die opdracht tot een goed einde te kunnen "
    "brengen? 3. Werden er financiele middelen uitgetrokken voor het permanent ter beschikking houden van de "
    "helikopter en om voor de soldaten die het luchtruim moeten bewaken, de best mogelijke arbeidsomstandigheden "
    "te verzekeren?"
)
HELI_A = (
    "1. Tijdens een operationele inzet in het buitenland kan Defensie geconfronteerd worden met vijandelijke of "
    "verdachte drones.Deze drones vormen dan een bedreiging tegen ons personeel en onze installaties. In dit "
    "kader ontwikkelt Defensie een concept voor de strijd tegen drones en experimenteert met specifieke "
    "technieken.Eens deze technieken zijn verfijnd, moeten de bemanningen hiervoor worden getraind. Het is in "
    "dit opzet dat de helikopters A109 worden ingezet in Belgie. Deze trainingen hebben in principe plaats "
    "tijdens de diensturen. 2. Deze trainingen worden uitgevoerd met eenzelfde samenstelling van de bemanning "
    "als voor een operationele inzet, hetzij twee piloten en een gunner. 3. Het personeel belast met deze taak "
    "volgt het normale werkregime en geen enkele investering in materieel is nodig.De bemanning in stand-by "
    "werkt in haar gebruikelijke lokalen.Deze taak veroorzaakt dus geen bijkomende kosten voor Defensie."
)

# be-kamer 184821 (dev-be3), question 4 and its answer
RADICAL_Q = (
    "1. Draagt uw departement nog kennis van andere gevallen van geradicaliseerde jongeren?2. Welke methodes "
    "gebruiken jihadisten om jongeren te radicaliseren?3. Welk profiel hebben deze jongeren?4. Hoe zijn uw "
    "diensten deze geradicaliseerde jongeren op het spoor gekomen? Is dat een proces van lange adem?"
)
RADICAL_A = (
    "1. Op de lijst van het Coordinatieorgaan voor de dreigingsanalyse staan een 25-tal personen. 2. De jongeren "
    "worden op verschillende manieren geradicaliseerd. 3. Er lijkt niet zoiets als een typisch profiel te "
    "bestaan. 4. De detectie kan op verschillende manieren gebeuren:- door een melding;- door infoverzameling "
    "door de politie of andere inlichtingendiensten;- door monitoring van de sociale netwerken;- door elementen "
    "die uit gerechtelijke onderzoeken naar boven komen;- door de partners van de lokale taskforces, lokale "
    "integrale veiligheidcellen;- enz."
)


def test_schedule_described_at_length_answers_whether_a_plan_was_set():
    # unit 2 "Werd er een stappenplan vastgelegd?" - "2. ... In de periode januari-april 2017 worden er ... in
    # totaal vier activiteiten voorzien, twee per land ... Van 14 tot 16 maart 2017 zal er nog een opleiding
    # ... plaatsvinden": the readers read the schedule as the plan asked (answered, no flag)
    assert "yes_no_unanswered" not in flags_by_unit(be_doc(AID_Q, AID_A), RULE_ONLY)["2"]


def test_training_in_service_hours_says_no_to_round_the_clock():
    # unit 1 "Is de helikopter alle dagen van de week en de klok rond beschikbaar?" - "1. ... Het is in dit
    # opzet dat de helikopters A109 worden ingezet in Belgie. Deze trainingen hebben in principe plaats
    # tijdens de diensturen.": the readers read the no to round-the-clock standby, the rest made moot
    assert "yes_no_unanswered" not in flags_by_unit(be_doc(HELI_Q, HELI_A), RULE_ONLY)["1"]


def test_the_same_description_without_numbers_is_not_read_so():
    # guard (passes before and after): the helicopter answer with its heads taken away, one unnumbered answer
    # to the three questions: ``_described`` reads only numbered segments, whose sentences are the unit's own
    answer = HELI_A.replace("1. ", "").replace(" 2. ", " ").replace(" 3. ", " ")
    by_unit = flags_by_unit(be_doc(HELI_Q, answer), RULE_ONLY)
    assert "yes_no_unanswered" in by_unit["1"]


def test_described_sentences_setting_off_keeps_the_flag():
    # the setting read: a count no segment reaches leaves the helicopter question to the word tests
    settings = Settings(
        rules=("yes_no_unanswered",),
        recycled_across_documents=False,
        answered_model="none",
        yes_no_described_sentences=1000,
    )
    assert "yes_no_unanswered" in flags_by_unit(be_doc(HELI_Q, HELI_A), settings)["1"]


@pytest.mark.xfail(
    strict=True, reason="a list of ways of detection, read as answering 'proces van lange adem'"
)
def test_detection_ways_leave_open_whether_it_takes_long():
    # dev-be3 184821 4, the readers: "Answer 4 lists the ways of detection (...); 'Is dat een proces van lange
    # adem?' is not answered (yes_no_unanswered)". The list counts as six sentences of plain words: taken
    # as described at length (a right flag lost, one of six over the development sets before dev-be55)
    assert "yes_no_unanswered" in flags_by_unit(be_doc(RADICAL_Q, RADICAL_A), RULE_ONLY)["4"]
