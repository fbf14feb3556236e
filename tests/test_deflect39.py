"""Hand-overs the readers give to more units than the rules did (deflect39), written by hand from the
readers' labels and the answers' text.

A segment headed by several units' numbers ("3 en 4.") answers them together: a hand-over in it that
names no unit concerns each of them (`attribute`, ``together``). In be-kamer 184843 (dev-be37) "3 en 4.
Het is aan de ondernemingen om promotiecampagnes op te zetten" leaves the promotion to the businesses,
and the readers flag `deflection` on 3 ("Hoe kan men ze het best promoten?") and on 4 (the organisation
of such events), not on 1 and 2, which have segments of their own.

The member sent on to the members of the European Parliament for the EU's part is a hand-over
(`[cues] deflection` and `remit` "verwijzen naar de leden van"): be-kamer 187130 (dev-be33), unit 2,
"Sta mij toe het geachte lid te verwijzen naar de leden van het Europees Parlement die hem een
nauwkeurig antwoord kunnen bezorgen op uw vraag over financiele hulp van de EU aan UNHCR"."""

from qa_align.settings import Settings

from .conftest import be_doc

SETTINGS = Settings(rules=("deflection",), recycled_across_documents=False)

# be-kamer 184843 (dev-be37)
BLACK_FRIDAY_QUESTION = (
    "Black Friday. \n\n Blijkbaar heeft het fenomeen Black Friday dit jaar definitief wortel geschoten in Belgie. "
    "Die soldendag, die uit de VS komt overwaaien, doet al enkele jaren van zich spreken, maar heeft hier in 2016 "
    "voor het eerst echt ingang gevonden.Op de dag na Thanksgiving wordt sinds de jaren 60 met Black Friday "
    "traditioneel de aftrap gegeven voor de kerstinkopen en bieden winkeliers spectaculaire promoties aan. Volgens "
    "velen is Black Friday een groot succes, met een forse toename van de verkoop in tal van sectoren. Black "
    "Friday wordt bovendien gevolgd door Cyber Monday, zodat shoppers een verlengd weekend lang kortingen kunnen "
    "scoren. 1. Kunt u de balans opmaken van dat fenomeen? Kunt u cijfers meedelen? Is de impact meetbaar? Hoe is "
    "die geevolueerd ten opzichte van vorig jaar? 2. In welke sectoren heeft Black Friday de grootste impact "
    "gehad? 3. Hoe kan men zoveel mogelijk voordeel halen uit zulke evenementen? Hoe kan men ze het best "
    "promoten?4. Hoe kan men nadenken over de organisatie van soortgelijke evenementen die de werking van de "
    "economie ten goede komen en beter afgestemd zijn op onze Belgische realiteit, met andere woorden: zonder "
    "systematisch Amerika na te apen? Denkt u niet dat zulke evenementen nog meer succes zouden kunnen hebben?"
)
BLACK_FRIDAY_ANSWER = (
    "1. Het fenomeen Black Friday bestaat in Belgie al enkele jaren, maar werd pas in november 2016 echt populair "
    "in de sector van de kleinhandel. Volgens COMEOS nam ongeveer de helft van zijn leden deel aan commerciele "
    "acties in 2016, hetzij in het kader van Black Friday, hetzij van Cyber Monday. In sommige winkels werd zelfs "
    "een omzetverhoging van bijna 80 % vastgesteld ten opzichte van dezelfde periode in 2015. Black Friday 2016 "
    "was de derde beste verkoopdag van alle online-verkoopdagen. In die sector kon een verhoging van 25 % van de "
    "verkoop ten opzichte van 2015 worden vastgesteld. 2. Die verhoging betrof, nog steeds volgens COMEOS, alle "
    "sectoren: de winkels die elektro-huishoudelijke apparaten verkopen, registreerden een verhoging van hun "
    "omzetcijfer van 50 % ten opzichte van dezelfde periode vorig jaar. Sommige modeketens zagen hun omzet met "
    "80 % stijgen, terwijl de verkoop in de interieurzaken tussen vrijdag en zondag verdubbelde in de periode van "
    "27 en 30 november.3 en 4. Het is aan de ondernemingen om promotiecampagnes op te zetten, zowel online als in "
    "de winkel, gericht op specifieke thema's en beperkt in de tijd. De Belgische en Europese reglementeringen die "
    "de commerciele acties omkaderen, zijn voldoende soepel om campagnes die uit het buitenland komen, te kunnen "
    "volgen of om nieuwe campagnes te lanceren die gericht zijn op meer Europese of specifiek Belgische thema's."
)

# be-kamer 187130 (dev-be33), the answer shortened to its second segment's opening and the hand-over
BURUNDI_QUESTION = (
    "Hulp aan Burundi. \n\n De Verenigde Naties meldden op 7 februari 2017 dat het aantal Burundese vluchtelingen "
    "die als gevolg van de huidige politieke situatie naar de buurlanden vluchten, in 2017 naar schatting tot meer "
    "dan 500.000 zou oplopen. 1. De humanitaire situatie van de Burundese vluchtelingen blijft dramatisch. Hoe is "
    "de humanitaire situatie sinds 2016 geevolueerd? Welke hulp wordt er verleend? Zal de hulp gezien de situatie "
    "uitgebreid worden?2. Worden er samen met Hoog Commissariaat voor de Vluchtelingen van de VN (UNHCR) "
    "hervestigingsprojecten uitgevoerd voor deze vluchtelingen? Overweegt de Europese Unie bijkomende financiele "
    "steun aan UNHCR?"
)
BURUNDI_ANSWER = (
    "1. Burundi blijft kampen met een politieke en veiligheidscrisis die wordt gekarakteriseerd door een "
    "verslechtering van de levensomstandigheden van de bevolking. In 2016 kende de Belgische humanitaire hulp 6,3 "
    "miljoen euro rechtstreeks toe voor hulp in Burundi en 2 miljoen euro voor hulp aan Burundese vluchtelingen in "
    "Tanzania en Rwanda. 2. UNHCR is een cruciale partner bij de hervestiging van vluchtelingen in derde landen. "
    "UNHCR is verantwoordelijk voor de registratie van de vluchtelingen in de regio alsook voor de voordracht van "
    "hervestigingsdossiers aan derde landen.Sta mij toe het geachte lid te verwijzen naar de leden van het "
    "Europees Parlement die hem een nauwkeurig antwoord kunnen bezorgen op uw vraag over financiele hulp van de "
    "EU aan UNHCR."
)


def _flagged(question: str, answer: str) -> dict[str, list]:
    from qa_align.pipeline import score_document

    doc = be_doc(question, answer)
    return {
        sp.pair.question.n: [f for f in sp.flags if f.name == "deflection"]
        for sp in score_document(doc, SETTINGS)
    }


def test_the_hand_over_under_a_head_of_two_numbers_concerns_both_units():
    flagged = _flagged(BLACK_FRIDAY_QUESTION, BLACK_FRIDAY_ANSWER)
    assert sorted(n for n, flags in flagged.items() if flags) == ["3", "4"]


def test_the_fourth_units_flag_quotes_the_businesses_left_to_promote():
    (flag,) = _flagged(BLACK_FRIDAY_QUESTION, BLACK_FRIDAY_ANSWER)["4"]
    assert any("Het is aan de" in e.text for e in flag.evidence)


def test_the_member_sent_to_the_members_of_the_european_parliament_is_a_hand_over():
    flagged = _flagged(BURUNDI_QUESTION, BURUNDI_ANSWER)
    assert [n for n, flags in flagged.items() if flags] == ["2"]
    (flag,) = flagged["2"]
    assert any("verwijzen naar de leden van" in e.text for e in flag.evidence)
