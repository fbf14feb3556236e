"""cross_reference on a hand-over that cites a question by its record number (helper xref18,
2026-12-03): "... behoort tot die van mijn collega, de heer Charles Michel, eerste minister (vraag
nr. 213 van 13 februari 2017)" hands the matter over and points to that question's answer
(``LABELS.md``: a pointer to another answer or document): ``deflection`` and ``cross_reference``.
A hand-over that names no text, or a law's article, points nowhere."""

from qa_align.pipeline import score_document
from qa_align.rules.answers import _numbered_text
from qa_align.settings import Settings

from .conftest import be_doc

RULES = ("cross_reference", "deflection")


def flags_of(question: str, answer: str) -> dict[str, list[str]]:
    settings = Settings(rules=RULES, recycled_across_documents=False)
    return {
        sp.pair.question.n: sorted({f.name for f in sp.flags})
        for sp in score_document(be_doc(question, answer), settings)
    }


# be-kamer 185780 (dev-be8): the whole answer is the hand-over citing the question by number
CYBER_Q = (
    "Cyberveiligheid van kmo's.\n\n Onlangs hebben de Cyber Security Coalition en het Centrum voor "
    "Cybersecurity Belgie (CCB) samen een gids opgesteld. Welke acties onderneemt u om de gids bij de "
    "kmo's bekend te maken?"
)
CYBER_A = (
    "De parlementaire vraag valt niet onder mijn bevoegdheden, maar behoort tot die van mijn collega, "
    "de heer Charles Michel, eerste minister (vraag nr. 213 van 13 februari 2017)."
)


def test_a_hand_over_citing_the_question_by_number_points_to_its_answer():
    flags = flags_of(CYBER_Q, CYBER_A)
    assert flags["1"] == ["cross_reference", "deflection"]


# be-kamer 190603: a department's remit, then the question put to it by number
CHERNOBYL_Q = (
    "Beveiliging van de site van Tsjernobyl.\n\n Eind 2016 werd er een enorm betonnen omhulsel rond de "
    "ontplofte kernreactor geplaatst. Hoe staat het met de ontmanteling en de verwijdering van al het "
    "radioactief materiaal?"
)
CHERNOBYL_A = (
    "Het voorwerp van de vraag behoort niet tot de bevoegdheid van mijn departement maar tot die van de "
    "FOD Economie, K.M.O., Middenstand en Energie (vraag nr. 518 van 25 augustus 2017)."
)


def test_a_departments_remit_with_the_question_number_is_both_flags():
    flags = flags_of(CHERNOBYL_Q, CHERNOBYL_A)
    assert flags["1"] == ["cross_reference", "deflection"]


def test_the_same_hand_over_without_the_number_is_no_pointer():
    answer = CHERNOBYL_A.replace(" (vraag nr. 518 van 25 augustus 2017)", "")
    flags = flags_of(CHERNOBYL_Q, answer)
    assert flags["1"] == ["deflection"]


# be-kamer 184657: "Ik verwijs u dan ook graag door naar de heer Theo Francken, de bevoegde
# Staatssecretaris voor Asiel en Migratie." sends the member to a person, not to a text
FRANCKEN_Q = (
    "Het betreden van de woning van illegalen door de ordediensten.\n\n Hoeveel keer zijn de "
    "politiediensten zonder huiszoekingsbevel binnengedrongen in woningen van illegalen?"
)
FRANCKEN_A = (
    "Hierover worden echter op centraal niveau bij de politie geen cijfers bijgehouden. Mogelijks heeft "
    "de dienst Vreemdelingenzaken (DVZ) hierover informatie. Ik verwijs u dan ook graag door naar de heer "
    "Theo Francken, de bevoegde Staatssecretaris voor Asiel en Migratie."
)


def test_a_hand_over_to_a_person_is_no_pointer():
    flags = flags_of(FRANCKEN_Q, FRANCKEN_A)
    assert "cross_reference" not in flags["1"]
    assert "deflection" in flags["1"]


# be-kamer 189965 (dev-be17): the law that sets the regions' remit, cited by its article, is no text
# pointed to; the readers flag deflection alone
INVEST_Q = (
    "Federaal aanspreekpunt voor buitenlandse investeerders.\n\n Hoeveel buitenlandse investeerders "
    "hebben een beroep gedaan op dit aanspreekpunt?"
)
INVEST_A = (
    "De bevordering van de buitenlandse investeringen behoort tot de uitsluitende bevoegdheid van de "
    "Gewesten(Krachtens artikel 6, ? 1, VI, van de bijzondere wet van 8 augustus 1980 tot hervorming der "
    "instellingen).De drie Gewesten beschikken op dat vlak over bevoegde diensten. Buitenlandse "
    "investeerders richten zich rechtstreeks tot deze diensten."
)


def test_a_law_article_after_a_hand_over_is_no_pointer():
    flags = flags_of(INVEST_Q, INVEST_A)
    assert "cross_reference" not in flags["1"]


def test_record_numbers_name_questions_not_articles():
    nl = _numbered_text("nl", None, "numbered_records")
    assert nl.search("eerste minister (vraag nr. 213 van 13 februari 2017)")
    assert not nl.search("Krachtens artikel 6, § 1, VI")
    en = _numbered_text("en", None, "numbered_records")
    assert en.search("I refer the hon. Member to the answer given to PQ 12345")
    assert not en.search("there are no 2024 figures for article 8")
