"""A plain Dutch answer (no deferral, hand-over, pointer, missing data or policy talk in any sentence) to one
closed question whose first or second statement denies in a main clause ("niet", "geen": `[answer]
plain_denial_words`), with no modal or future verb and no data word, says the no in the minister's own words:
the deed asked or its premise denied, as the readers read it (helper yesno35, `answers._denies_plainly_of`).
Not a negation inside a condition or relative clause (`plain_denial_subordinators`: "mits er geen verkoop
plaatsvindt"), nor beside a question on what will or could be ("Zouden ... kunnen worden uitgebreid?").

Real text, the record named at each test; the expected readings written out from reading them."""

import pytest

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit

RULE_ONLY = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")

# (question, answer, whether the yes or no stays open), each from reading the record
CASES = {
    # be-kamer 185626 unit 2 (dev-be54): the line was not studied in the GEN study, the no (the readers:
    # answered, holding for the study to come)
    "the deed asked denied in other words": (
        "Werd dat idee reeds onderzocht? Wat waren hiervan de resultaten?",
        "In de recente studie over de invoering van een Gewestelijk Express Net voor de agglomeratie Gent die "
        "uitgevoerd werd door NMBS, werd bij de analyse van de belangrijkste vervoersstromen richting Gent "
        "uitgegaan van de bestaande spoorinfrastructuur. Een bediening op spoorlijn 204 werd dan ook niet "
        "bestudeerd. Het is wel de bedoeling voor de NMBS om later dit jaar een studie op te starten over de "
        "mobiliteitsstromen van en naar de haven van Gent. Een mogelijk aanbod op spoorlijn 204 zal dan ook "
        "geanalyseerd worden.",
        False,
    ),
    # be-kamer 189648 unit 1 (dev-be47): the premise denied, then the system kept and strengthened, the no
    # (the readers: answered)
    "the premise denied": (
        "Naar verluidt is de situatie te wijten aan het ingevoerde systeem, waardoor het gros van de klachten in "
        "de doofpot wordt gestopt. Wordt er derhalve overwogen om het begeleidingssysteem te wijzigen en "
        "uitsluitend de burgerrechtelijke weg te volgen? Zo niet, waarom niet?",
        "Allereerst wil ik u geruststellen. De gevallen van pesterijen worden niet in de doofpot gestopt door het "
        "interne systeem. Wanneer een persoon een aanvraag indient voor een formele procedure, wordt de persoon "
        "door de vertrouwenspersoon of de preventieadviseur op de hoogte gebracht van de mogelijke acties die in "
        "de wet voorzien zijn.",
        False,
    ),
    # be-kamer 186064 unit 4 (dev-be42): the exemption's condition, nothing on an occasional brewer (the
    # readers: yes_no_unanswered); "geen" stands in the "mits" clause
    "a negation in a condition": (
        "Wat moet worden verstaan onder \"op regelmatige basis\"? Betekent dit dat een hobbybrouwer die dat "
        "slechts occasioneel doet, daar niet aan onderworpen is? En waar ligt de grens?",
        "De regelgeving vindt men terug in artikel 7 van de wet van 7 januari 1998 betreffende de structuur en de "
        "accijnstarieven op alcohol en alcoholhoudende dranken. Dit artikel voorziet, zoals u zelf ook al aangaf "
        "in uw mondelinge vraag, een vrijstelling van accijnzen voor bier dat door een particulier wordt "
        "geproduceerd en dat door deze particulier, de leden van zijn gezin of zijn gasten wordt verbruikt, mits "
        "er geen verkoop plaatsvindt. Het gaat dus om bier brouwen in de particuliere sfeer zonder dat hier "
        "enige commerciele activiteit aan verbonden is.",
        True,
    ),
    # be-kamer 189964 unit 1 (dev-be59): what the law allows today says nothing of whether the powers could be
    # extended (the readers: yes_no_unanswered, holding)
    "what could be, answered with what is": (
        "De taken van de gemeenschapswachten werden in 2014 uitgebreid tot de preventie en vreedzame "
        "beheersing van verbale conflicten op de openbare weg waarbij het gebruik van dwang niet vereist is, "
        "de begeleiding van schoolrijen en de uitoefening van taken op het stuk van voorlichting en "
        "preventie in de gemeenschappelijke delen van de sociale wooncomplexen.Door die wetswijziging kunnen "
        "de opzichters van sociale wooncomplexen als gemeenschapswachten beschouwd worden. De "
        "gemeenschapswachten-vaststellers in sociale wooncomplexen zijn echter niet bevoegd om gedrag dat "
        "voor overlast zorgt in de gemeenschappelijke delen van de sociale wooncomplexen te bestraffen. "
        "Zouden hun bevoegdheden niet kunnen worden uitgebreid opdat ze inbreuken op het stuk van overlast "
        "in de verschillende gemeenschappelijke delen van de sociale wooncomplexen, maar ook in de "
        "onmiddellijke omgeving ervan (parkings, trottoirs, enz.) zouden kunnen bestraffen?",
        "Hoewel ik mij wel degelijk bewust ben van de lokale problematiek en de ongemakken voor de inwoners "
        "van sociale woningen naar aanleiding van overlast die wordt gepleegd in de gemeenschappelijke delen "
        "zoals de tuinen, parkings, liftkokers en trappen, kelders, gangen of zoals helaas te vaak in de "
        "inkomhal van het gebouw, is het in het licht van de huidige wetgeving niet mogelijk voor een "
        "gemeenschapswacht-vaststeller om een vaststelling op te stellen voor een feit gepleegd in een "
        "private eigendom.Mijn administratie is op dit moment, en in samenwerking met het terrein, bezig met "
        "een evaluatie van de wetgeving. Het probleem dat door u wordt aangekaart, maakt onderdeel uit van "
        "de besprekingen.Een werkgroep die is samengesteld uit leden van de FOD Binnenlandse Zaken en "
        "coordinatoren van de gemeentelijke diensten van Gemeenschapswachten gaat in die zin samenkomen in "
        "juni 2017.",
        True,
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_plain_denial(case):
    question, answer, left_open = CASES[case]
    flagged = "yes_no_unanswered" in flags_by_unit(be_doc(question, answer), RULE_ONLY)["1"]
    assert flagged is left_open
