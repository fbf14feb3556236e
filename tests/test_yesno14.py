"""A closed question settled in other words, in the future or the passive (helper yesno14,
``answers._restates``): an answer sentence with "zal", "wordt", "werd" that says the question's
verb again, as a participle or infinitive, says the yes or no. Questions and answers from unlabelled
be-kamer-2017 records read for ``corpus/yesno/round2.jsonl`` (none of a test set); the expected
values written out from reading them."""

from qa_align.pipeline import score_document
from qa_align.rules.answers import _participle, _verb_stem
from qa_align.settings import Settings

from .conftest import be_doc


def _flags(doc) -> dict[str, set[str]]:
    settings = Settings(rules=("yes_no_unanswered",), answered_model="none")
    return {sp.pair.question.n: {f.name for f in sp.flags} for sp in score_document(doc, settings)}


def test_participle_said_again_in_the_passive_settles_it():
    # be-kamer 185378 3: the results are followed, "wordt ook ... gemonitord": a yes
    question = "1. Worden de resultaten gemonitord? Zo ja, wat houdt die monitoring juist in?"
    answer = (
        "1. Het project wordt opgevolgd aan de hand van een aantal kwantitatieve parameters:- het aantal keren "
        "dat elke getuigenis wordt bekeken.Daarnaast wordt ook de kwalitatieve feedback gemonitord, en als "
        "input meegenomen bij het uitwerken van eventuele bijkomende acties."
    )
    assert _flags(be_doc(question, answer))["1"] == set()


def test_verb_said_again_in_the_future_or_the_passive_settles_it():
    # be-kamer 192891 5: new actions foreseen, "zal de situatie op dit vlak verbeteren": a yes
    question = "1. Voorziet de NMBS in de toekomst nog nieuwe acties die de efficientie op dit vlak kunnen verbeteren?"
    answer = (
        "1. De bestelling van M7-materieel zal de situatie op dit vlak verbeteren ten aanzien van gesleepte "
        "treinen samengesteld uit een locomotief en rijtuigen.In de piek kunnen treinen rijden die uit tien "
        "M7-rijtuigen zijn samengesteld, maar in de daluren kan de samenstelling ervan worden beperkt tot een "
        "stel van zes of van vier M7-rijtuigen. Het aantal aangeboden plaatsen in daluren kan dus verminderd worden."
    )
    assert _flags(be_doc(question, answer))["1"] == set()
    # be-kamer 185501 1: "Bijgevolg werd de schade nog niet vergoed": a no
    question = "1. Werd alle schade ondertussen vergoed? Zo ja, wat is de totale kostprijs hiervan? Zo niet, wat is de reden?"
    answer = (
        "1. De strafrechtelijke onderzoeksprocedure is vooralsnog niet definitief beeindigd. Bijgevolg werd de "
        "schade nog niet vergoed.Overeenkomstig het Belgisch burgerlijk recht zal Infrabel zich in eerste instantie "
        "richten tot de spoorwegonderneming die ten aanzien van Infrabel contractueel aansprakelijk is."
    )
    assert _flags(be_doc(question, answer))["1"] == set()


def test_a_noun_of_the_question_taken_up_in_the_passive_leaves_it_open():
    # be-kamer 190840 5: whether public services have procedures; the answer speaks of ransomware
    # being followed by the federal prosecutor: "ransomware" is no verb, the yes or no stays open
    question = (
        "1. Zijn er algemene procedures bij publieke diensten indien zij slachtoffer worden van ransomware? "
        "Kan u toelichten?"
    )
    answer = (
        "1. Voor deelvraag 10 kan vanuit het departement justitie nog worden gemeld dat het fenomeen ransomware "
        "door het Openbaar Ministerie gekend is en door het federaal parket nauwgezet wordt opgevolgd."
    )
    assert _flags(be_doc(question, answer))["1"] == {"yes_no_unanswered"}


def test_a_future_that_does_not_take_up_the_question_leaves_it_open():
    # be-kamer 186812 2: whether part of the loan will finance investments in the Kempen; the answer
    # says a debate on priorities "zal ... worden gevoerd": the yes or no stays open
    question = "1. Zal een deel van deze lening gebruikt worden om investeringen in de Kempen te financieren?"
    answer = (
        "1. Gevolg gevend aan de beslissing van de Ministerraad van 31 maart inzake het nationaal plan voor "
        'strategische investeringen, inzonderheid betreffende het luik "Spoor" van dit plan, kan het debat over '
        "de keuze van de regionale prioriteiten heropstarten.Dit debat zal binnen de investeringscel worden "
        "gevoerd onder auspicien van het executief comite van de ministers van mobiliteit (ECMM), dat binnenkort "
        "bijeenkomt."
    )
    assert _flags(be_doc(question, answer))["1"] == {"yes_no_unanswered"}


def test_verb_stems():
    # "Onderzoekt de NMBS een dergelijke optie?" - "... wordt ook onderzocht": the same verb
    assert _verb_stem("Onderzoekt") == _verb_stem("onderzocht")
    assert _verb_stem("besproken") == _verb_stem("bespreken")
    # "overleg plegen" - "overleg ... gepleegd": the vowel changes, the stems do not meet
    assert _verb_stem("plegen") != _verb_stem("gepleegd")


def test_participle_forms():
    prefixes = ("be", "ver", "ont", "her", "er", "onder", "over", "voor", "door")
    assert _participle("gemonitord", prefixes) and _participle("onderzocht", prefixes)
    assert _participle("besproken", prefixes) and _participle("vervangen", prefixes)
    # nouns of the questions read for round2: "Zijn er frequente controles?", "op het stuk van preventie",
    # "een studie voor de vervanging van het CCTV-systeem"
    assert not _participle("controles", prefixes) and not _participle("preventie", prefixes)
    assert not _participle("vervanging", prefixes)
