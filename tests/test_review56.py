"""review56: faults found in session 54's changes, each test failing on staging54 (fd408dc1).

yes_no_unanswered (``answers._takes_step_of``, yesno54): the step's participle and the question's verb
met on their first five letters, a participle prefix and little more: "ondertussen" (an adverb of a
participle's form, "in the meantime") met "onderhoudsgeld" in be-kamer 190541 2, a view asked ("Zijn de
resultaten van deze studie relevant volgens u ...?"), whose answer invites the researchers and says no
yes or no; the readers' reading (``LABELS.md``: no sentence says yes or no) keeps the flag."""

from qa_align.rules.answers import _step_stem
from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit

RULE_ONLY = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")
ANSWER_190541 = (
    "Ik dank u voor uw vraag en ik deel uw interesse en bezorgdheid rond het thema.Een van mijn eerste "
    "terreinbezoeken was aan het MIRIAM-project in Leuven. Zoals u weet is MIRIAM een door mij "
    "ondersteund project rond empowerment van alleenstaande moeders met een leefloon. Er wordt, "
    "individueel en groep, gewerkt rond toeleiding, participatie, informatie en netwerkversterking. Maar "
    "ook aspecten als zelfvertrouwen en zelfbeeld komen aan bod.Uit mijn gesprek met de dames bleek dat "
    "naast werk, de onderhoudsbijdrage/alimentatie van de vader zeer vaak een pijnpunt is. Dit bedrag is "
    "vaak te laag om de kosten voor de opvoeding van hun kind mee te dekken of, erger nog, de vader "
    "betaalt onregelmatig of gewoon niet. Nochtans zijn beide ouders aan hun kinderen levensonderhoud "
    "verschuldigd.Om dit zeer reeel probleem aan te pakken zetten we in op de verbetering van de werking "
    "van de Dienst voor Alimentatievorderingen (DAVO), zeker met het oog op de kwetsbare groep van "
    "eenoudergezinnen. Zo werd er bijvoorbeeld werk gemaakt van een betere bekendheid en een hogere "
    "digitale toegankelijkheid van DAVO.Daarnaast nam de federale regering in haar regeerakkoord en derde"
    " Federaal Actieplan Armoedebestrijding het engagement op om initiatieven te nemen richting een "
    "objectievere berekening van de onderhoudsbijdrage/alimentatie in de toekomst. Hiervoor reken ik op "
    "de minister van Justitie (commissie voor onderhoudsbijdragen/wetgevende bepalingen). Maar zelf ben "
    "ik ook verantwoordelijk voor de opvolging van de studie rond de ontwikkeling van een "
    "alimentatiecalculator.Door het verschaffen van inzicht in de beperkingen van de bestaande "
    "instrumenten en het wijzen op de implicaties van bestaande berekeningsverschillen wenst deze studie "
    "een bijdrage te leveren voor het aanhoudend debat over de objectivering van alimentatieberekeningen "
    "en het bereiken van een uniforme calculatiemethode. Eind december 2016 was er al een overleg tussen "
    "mijn voorgangster en de onderzoekers. Ondertussen heb ik de onderzoekers ondertussen uitgenodigd om "
    "hun studie en voorlopige resultaten voor aan mij voor te stellen. Op basis van dit overleg bekijk ik"
    " welke stappen/beleidsinitiatieven ik kan en wil zetten."
)
PREFIXES = ("be", "ver", "ont", "her", "er", "onder", "over", "voor", "door")


def test_an_adverb_sharing_a_prefix_is_not_the_step_asked():
    # be-kamer 190541 2 (outside the labelled sets, a draw of review56): the unit's question and the answer
    question = (
        "Zijn de resultaten van deze studie relevant volgens u, in die zin dat u nu verder kan/zal werken aan "
        "een objectieve berekening van het onderhoudsgeld na een scheiding?"
    )
    answer = ANSWER_190541  # the whole answer to the unit (its other sentences leave the yes or no unsaid)
    flags = flags_by_unit(be_doc(question, answer, doc_id="190541"), RULE_ONLY)["1"]
    assert "yes_no_unanswered" in flags


def test_step_stems_meet_on_a_letter_past_the_prefix():
    assert _step_stem("onderzocht", PREFIXES) == _step_stem("onderzoeken", PREFIXES) == "onderz"
    assert _step_stem("overwogen", PREFIXES) == _step_stem("overwegen", PREFIXES) == "overw"
    assert _step_stem("ondertussen", PREFIXES) != _step_stem("onderhoudsgeld", PREFIXES)
    assert _step_stem("gehercertificeerd", PREFIXES) == _step_stem("hercertificiering", PREFIXES) == "herce"
