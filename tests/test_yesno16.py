"""Closed questions the rule of ``yes_no_unanswered`` did not read (helper yesno16): a unit whose
first question follows a reply ("Indien ja, ...?", "Zo niet, ...?") asks yes or no of its own, and
a one-sentence answer that says nothing of the unit's last closed question leaves that one open.
Questions and answers quoted from unlabelled be-kamer-2017 records (none of a test set nor of the
session's exclusion list), the expected values written out from reading them."""

from qa_align.analyze import analyze_question
from qa_align.pipeline import score_document
from qa_align.settings import Settings
from qa_align.types import Passage

from .conftest import be_doc


def _closed(text: str) -> list[str]:
    return [c.text for c in analyze_question(Passage(0, len(text), text), "nl").closed]


def _flags(doc) -> dict[str, set[str]]:
    settings = Settings(rules=("yes_no_unanswered",), answered_model="none")
    return {sp.pair.question.n: {f.name for f in sp.flags} for sp in score_document(doc, settings)}


# be-kamer 187707 2: the unit asks, on the yes to question 1, whether the use is consistent with
# the ratio of a benefit in kind
AFTER_A_YES = (
    "Indien ja, strookt deze mogelijkheid dan met de ratio van een VAA, waarbij een voordeel wordt "
    "gegeven dat eigenlijk dienstdoet als een loonsverhoging?"
)


def test_a_unit_that_opens_after_a_reply_asks_yes_or_no():
    assert _closed(AFTER_A_YES) == [AFTER_A_YES]


def test_a_reply_after_an_open_question_of_the_same_unit_asks_nothing_closed():
    # be-kamer 185229: "Indien niet" hangs on "Welke waren de resultaten ...?", an open question:
    # the yes or no is asked only on one reply, as before
    assert (
        _closed(
            "Welke waren de resultaten van zo'n overleg? Indien niet, plant u zo'n gesprekken binnenkort?"
        )
        == []
    )


def test_the_tax_rule_described_leaves_the_consistency_asked_open():
    # the answer says how the benefit is taxed, never whether that is consistent with its ratio; "? 2" (the
    # Chamber's "§ 2") and "(WIB 92)" cite a law and are no figures (figures23), so no figure beside two asked
    # words reads as a yes or no (``answers._takes_position``)
    answer = (
        "1. Wanneer een werkgever een bedrijfswagen ter beschikking stelt aan zijn werknemer voor persoonlijk "
        "gebruik (woon-werkverplaatsingen en eigenlijke priveverplaatsingen), dient er bij de werknemer "
        "overeenkomstig de bepalingen van artikel 36, ? 2 van het Wetboek van de inkomstenbelastingen 1992 "
        "(WIB 92) een voordeel van alle aard te worden belast dat forfaitair wordt geraamd. De forfaitaire "
        "berekening van dit voordeel staat volledig los van de intensiteit of de frequentie en het daadwerkelijk "
        "gebruik van de bedrijfswagen voor die persoonlijke doeleinden. Wanneer de werknemer zijn bedrijfswagen "
        "ook gebruikt in het kader van de deeleconomie dan vallen die verplaatsingen onder het persoonlijk gebruik "
        "van de bedrijfswagen. Dit gegeven wijzigt niets aan de forfaitaire raming van het voordeel."
    )
    assert _flags(be_doc("1. " + AFTER_A_YES, answer))["1"] == {"yes_no_unanswered"}


def test_one_sentence_on_the_first_closed_question_leaves_the_last_open():
    # be-kamer 190884 5: who signs the Belgian charter is said; whether the French and Belgian
    # charters are compatible, and whether there is a common reflection at European level, is not
    question = (
        "1. Zijn het Franse en het Belgische charter voor de imams verenigbaar? Wordt er op Europees niveau een "
        "gemeenschappelijke reflectie gehouden over dit soort initiatieven?"
    )
    answer = (
        "1. Het door het geachte lid aangehaalde charter wordt ondertekend door elke imam die officieel door het "
        "Executief van de Moslims van Belgie (EMB) bij de FOD Justitie wordt aangewezen."
    )
    assert _flags(be_doc(question, answer))["1"] == {"yes_no_unanswered"}
