"""Sentences are not cut at initials and dotted acronyms ("minister K. Geens", "K.M.O., ",
"H.M. Treasury"), while a full stop after a capital letter that ends a sentence ("annex A. The
department", "Plan R. Het Actieplan") still ends it. Every passage is quoted from an answer in
../shared/data (be-kamer-2017 by doc_id, uk-commons by id)."""

import pytest

from qa_align.pipeline import score_document
from qa_align.settings import Settings
from qa_align.text import sentences

from .conftest import be_doc


def _texts(text: str, language: str) -> list[str]:
    found = sentences(text, language)
    assert all(text[a:b] == s for a, b, s in found)  # offsets stay exact
    return [s for _, _, s in found]


# a reader reads each of these as one sentence
ONE_SENTENCE = [
    # be-kamer 186184: the FPS's name holds the acronym "K.M.O." before a comma
    (
        "Wat de FOD Economie, K.M.O., Middenstand en Energie betreft, verwijs ik het geachte lid naar het "
        "antwoord van mijn collega, de minister van Economie, op de vraag nr. 1281.",
        "nl",
    ),
    # be-kamer 191342: a species' initial before a word in small letters
    (
        "Voor de behandeling van malaria door P. falciparum (meest voorkomend) beveelt de Wereld "
        "Gezondheidsorganisatie (WGO/WHO) daarom een combinatietherapie aan op basis van artemisinin.",
        "nl",
    ),
    # be-kamer 188106: "t.e.m." before a date's day
    (
        "Tijdens de periode 1 april t.e.m. 31 december 2016 bedroeg het aantal meldingen 187, tijdens de "
        "periode 1 januari tot en met 23 maart 2017 bedroeg het aantal 28.",
        "nl",
    ),
    # uk-commons 1656720: a middle initial before the surname
    (
        "Neil M. Gorsuch spoke at a lunch hosted by the Federalist Society on his role as a Supreme Court Justice.",
        "en",
    ),
    # uk-commons 1763856: "S.I." before the instrument's number, several times in one sentence
    (
        "Our use of the power under the Local Government Act 2000 to postpone local council elections is "
        "consistent with precedent in areas preparing for local government re-organisation, for example: "
        "Buckinghamshire (S.I. 2018/1355), Cumbria (S.I. 2021/174), North Yorkshire (S.I. 2021/175), "
        "Northamptonshire (S.I. 2018/1324), Somerset (S.I. 2021/176) and Weymouth and Portland (S.I. 2018/256).",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "language"), ONE_SENTENCE)
def test_initials_and_acronyms_end_no_sentence(text, language):
    assert _texts(text, language) == [text]


def test_a_minister_named_by_initial_and_surname_is_one_sentence():
    # be-kamer 186765: the hand-over names "minister A. De Croo"; "De" opens his surname here, not
    # a sentence
    text = (
        "Het antwoord op deze vraag komt toe aan de Federale Overheidsdienst Buitenlandse Zaken, "
        "Buitenlandse Handel en ontwikkelingssamenwerking. Ik verwijs u dan ook door naar minister "
        "A. De Croo (vraag nr. 881 van 18 april 2017)."
    )
    assert _texts(text, "nl") == [
        "Het antwoord op deze vraag komt toe aan de Federale Overheidsdienst Buitenlandse Zaken, "
        "Buitenlandse Handel en ontwikkelingssamenwerking.",
        "Ik verwijs u dan ook door naar minister A. De Croo (vraag nr. 881 van 18 april 2017).",
    ]


def test_her_majestys_treasury_runs_on_and_the_next_sentence_starts():
    # uk-commons 1877669
    text = (
        "Pension increases are provided for under the Pensions (Increase) Act 1971, and annual Orders "
        "(SIs) made by H.M. Treasury under that Act. The increase from 7th April 2025 was confirmed."
    )
    assert _texts(text, "en") == [
        "Pension increases are provided for under the Pensions (Increase) Act 1971, and annual Orders "
        "(SIs) made by H.M. Treasury under that Act.",
        "The increase from 7th April 2025 was confirmed.",
    ]


# a reader reads two sentences, the first ending in a capital letter and its full stop
TWO_SENTENCES = [
    # be-kamer 189772: "Plan R." ends the sentence, "Het" opens the next
    (
        "In 2006 sloot het DG Penitentiaire Instellingen (DG EPI) een samenwerkingsprotocol met de "
        "Veiligheid van de Staat in het kader van het Plan R.",
        "Het Actieplan Radicalisme is een plan van aanpak dat via een geintegreerde samenwerking tussen "
        "diverse overheidsdiensten het inperken van radicalisme en extremisme in onze samenleving als "
        "oogmerk heeft.",
        "nl",
    ),
    # be-kamer 186556
    (
        "Zoals vermeld in de punten 1 en 2, voorziet de reglementering dat een ambtenaar van niveau B "
        "slechts kan postuleren voor een vacante betrekking in niveau A  op voorwaarde dat hij/zij "
        "laureaat is van een vergelijkende proef voor overgang naar niveau A.",
        "Noch ervaring noch ancienniteit in niveau B laten toe om van de reglementering af te wijken.",
        "nl",
    ),
    # uk-commons 1880924
    (
        "The timelines are in the strategy, and the key milestones have been set out in annex A.",
        "The department reports on overall delivery through the annual report and accounts.",
        "en",
    ),
    # uk-commons 1700868: "R&D" is no initial
    (
        "This programme will leverage the UK’s unique innovation ecosystem, building on its strengths as "
        "a global centre of automotive R&D.",
        "Details of funding opportunities under Auto2030, including delivery mechanisms, will be set out "
        "in due course.",
        "en",
    ),
]


@pytest.mark.parametrize(("first", "second", "language"), TWO_SENTENCES)
def test_a_capital_letters_full_stop_ends_a_sentence_before_its_opener(first, second, language):
    assert _texts(f"{first} {second}", language) == [first, second]


def test_a_class_letter_ends_its_sentence_before_the_next_answers_number():
    # be-kamer 190000: answer 5 ends with "klasse F.", answer 6 follows on the same line
    text = (
        "Een voertuig klasse A, drie voertuigen klasse B, een voertuig klasse E en twee voertuigen "
        "klasse F. 6. Op 1 juli 2017 zijn er van de 71 medewerkers 11 experts verbonden aan mijn kabinet."
    )
    assert _texts(text, "nl")[0] == (
        "Een voertuig klasse A, drie voertuigen klasse B, een voertuig klasse E en twee voertuigen klasse F."
    )


def test_a_pointer_for_the_ministers_own_remit_stays_a_cross_reference():
    # be-kamer 190089 (dev-be8): read whole, the sentence names "mijn bevoegdheden inzake de FOD
    # Economie, K.M.O., ..." (the minister's own remit) and another minister's answer: the readers
    # flag cross_reference, not deflection (corpus/gold/README.md, reading 6)
    settings = Settings(rules=("cross_reference", "deflection"), recycled_across_documents=False)
    answer = (
        "Wat mijn bevoegdheden inzake de FOD Economie, K.M.O., Middenstand en Energie betreft, verwijs ik "
        "naar het antwoord van de minister Peeters op de vraag nr. 1424 van 28 april 2017 (Vragen en "
        "Antwoorden, Kamer, 2016-2017, nr. 119)."
    )
    question = (
        "Inschakelen van advocatenkantoren.\n\n 1. Kunt u een overzicht verstrekken van de advocatenkantoren "
        "waaraan een juridische opdracht werd toevertrouwd?"
    )
    (scored,) = score_document(be_doc(question, answer), settings)
    assert sorted({f.name for f in scored.flags}) == ["cross_reference"]
