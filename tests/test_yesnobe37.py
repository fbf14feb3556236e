"""A closed question that an open one follows in the same unit ("Zo ja, hoe?", "Wat waren hiervan de
resultaten?"), answered by the unit's own numbered segment in plain words (no deferral, hand-over,
pointer, missing data or policy talk), is answered in the readers' reading: the segment replies to the
matter, and the yes or no is read from it (helper yesnobe37, `answers._followed_up`). Beside a hand-over
the flag stays.

Real text, the record named at each test; the expected readings written out from reading them."""

from qa_align.analyze import asks_open_followup
from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit

RULE_ONLY = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")

# be-kamer 189951 (dev-be18), the three numbered questions and the numbered answer as published
FIRE_Q = "1. Hebt u informatie over de brandoorzaak? Kunt u bevestigen dat de brand door een kortsluiting werd veroorzaakt?2. Had de brand vermeden kunnen worden? Zo ja, hoe?3. Doen er zich regelmatig kortsluitingen voor op het Belgische spoorwegnet?"
FIRE_A = "1. De door het parket aangestelde deskundige kon de brandoorzaak niet bevestigen. 2. Met de preventieadviseurs en de veiligheidscoordinator was voorafgaandelijk aan de werken een risicoanalyse uitgevoerd; alle aanbevelingen werden opgevolgd. 3. Het was geen kortsluiting op het spoorwegnet; de brand is ontstaan in de loge die door het externe bedrijf op de werktrein was geplaatst en werd niet door de trein zelf of door de spoorinfrastructuur veroorzaakt."

# be-kamer 186348 (dev-be51), from the first numbered question on
NOTES_Q = "1. Heeft u reeds klachten ontvangen over valse eurobiljetten op tweedehandssites ? Zo ja, hoeveel de laatste vijf jaar? Graag opgesplitst per jaar. 2. Plant u maatregelen om particuliere verkopers hiervoor te waarschuwen? Zo ja, welke? Zo neen, waarom niet?3. Enkele jaren geleden voerde het parket van Dendermonde een grootschalig onderzoek naar oplichters die actief waren op Belgische websites voor tweedehandsverkoop. Op enkele dagen tijd werden 1.400 potentiele slachtoffers in beeld gebracht. De oplichters misleidden de slachtoffers met valse accounts die afkomstig lijken van de betalingssystemen van PayPal en Western Union. Heeft u hierover nog klachten ontvangen? Zo ja, hoeveel?4. Plant u een overleg met de meest bekende websitebeheerders van tweedehandssites om hun gebruikers te waarschuwen voor valsemunters?"
NOTES_A = "1. en 3. Het is de taak van de federale gerechtelijke politie om dergelijke klachten te centraliseren en op te volgen. Ik stel u bijgevolg voor deze vragen te richten tot de vice-eersteminister en minister van Veiligheid en Binnenlandse Zaken. 2. De Europese Centrale Bank en de Nationale Bank van Belgie hebben op hun websites heel wat informatie ter beschikking gesteld om op eenvoudige wijze echte van valse biljetten te onderscheiden :https://www.nbb.be/nl/biljetten-en-munten/beschadigde-en-valse-biljetten/bestrijding-van-valsemunterij enhttp://www.nieuwe-eurobankbiljetten.eu/Eurobankbiljetten/EchtheidskenmerkenVoor de volledigheid: voor wie in het kader van zijn of haar beroep regelmatig cashgeld ontvangt, organiseert de Nationale Bank bovendien gratis trainingssessies met hetzelfde doel. Informatie daarover kan worden gevonden op de website van de Bank: https://www.nbb.be/nl/biljetten-en-munten/beschadigde-en-valse-biljetten/opleidingen-controleren-van-een-eurobankbiljet4. Ik ben bereid samen met de minister van Veiligheid en Binnenlandse Zaken en zijn bevoegde diensten te onderzoeken of een dergelijk initiatief kan worden genomen."


def test_followed_up_closed_question_read_from_its_own_plain_answer():
    # unit 2 "Had de brand vermeden kunnen worden? Zo ja, hoe?" - "2. Met de preventieadviseurs en de
    # veiligheidscoordinator was voorafgaandelijk aan de werken een risicoanalyse uitgevoerd; alle
    # aanbevelingen werden opgevolgd.": the readers read the implied no (answered, no flag)
    assert "yes_no_unanswered" not in flags_by_unit(be_doc(FIRE_Q, FIRE_A), RULE_ONLY)["2"]


def test_followed_up_closed_question_beside_a_hand_over_stays_open():
    # unit 1 "Heeft u reeds klachten ontvangen ...? Zo ja, hoeveel de laatste vijf jaar?" - "1. en 3. Het is de
    # taak van de federale gerechtelijke politie ... Ik stel u bijgevolg voor deze vragen te richten tot de
    # vice-eersteminister ...": a hand-over, the yes or no left open (the readers: yes_no_unanswered)
    assert "yes_no_unanswered" in flags_by_unit(be_doc(NOTES_Q, NOTES_A), RULE_ONLY)["1"]


def test_open_followups():
    # question sentences of 189951, 186348 and 189724 (dev-be20) read one by one
    assert asks_open_followup("Zo ja, hoe?", "nl")
    assert asks_open_followup("Zo ja, hoeveel de laatste vijf jaar?", "nl")
    assert asks_open_followup("Zo neen, waarom niet?", "nl")
    # 189343 4 (dev-be25): a question word after a preposition
    assert asks_open_followup(
        "Zo ja, tegen wanneer zal die oplossing er zijn en waaruit zal ze precies bestaan?", "nl"
    )
    assert not asks_open_followup(
        "Kunt u bevestigen dat de brand door een kortsluiting werd veroorzaakt?", "nl"
    )
    assert not asks_open_followup("Had de brand vermeden kunnen worden?", "nl")
    assert not asks_open_followup("Graag opgesplitst per jaar.", "nl")
    # 189343 4: asked on the no, a closed question again
    assert not asks_open_followup(
        "Zo neen, zal u de DIV verzoeken om met bekwame spoed een oplossing uit te werken?", "nl"
    )
