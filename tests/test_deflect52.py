"""The member sent on to another body to ask there, and data to be asked of another (deflect52), written by
hand from the readers' labels and the answers' text.

`LABELS.md`'s "redirects the questioner elsewhere" in wordings the lexicon did not read, "u" before the verb
(`[cues] deflection` "u * te richten tot", "u * zich te wenden tot", "u * contact op te nemen met"), and the
data to be asked of another body ("kunnen * opgevraagd worden", "kunnen * worden opgevraagd bij"). Not
"zich te wenden tot" without the member ("de werkloze vrij kan kiezen om zich te wenden tot de Hulpkas"),
nor data the minister's own administration asked for ("Mijn administratie heeft statistieken opgevraagd
bij het kenniscentrum")."""

from qa_align.settings import Settings

from .conftest import be_doc

SETTINGS = Settings(rules=("deflection",), recycled_across_documents=False)


def _handovers(sentence: str) -> list[str]:
    from qa_align.analyze import answer_cues

    return [c.text for c in answer_cues(sentence, "nl") if c.kind == "deflection"]


def test_the_member_asked_to_turn_to_a_colleague_is_a_hand_over():
    # be-kamer 188303 (dev-be91) answer 3; 193301 (dev-be66), the answer's own "mijn van Financien"
    assert _handovers("Ik verzoek u dan ook om u te richten tot mijn collega van Justitie.") == [
        "u dan ook om u te richten tot"
    ]
    assert _handovers("Daarom nodig ik u uit uw vraag te richten tot mijn van Financien.") == [
        "u uit uw vraag te richten tot"
    ]


def test_the_member_invited_to_contact_a_company_is_a_hand_over():
    # be-kamer 192831 (dev-be65) answer 1
    sentence = "Ik nodig u dus uit om rechtsreeks contact op te nemen met Procter and Gamble om deze informatie te verkrijgen."
    assert _handovers(sentence) == ["u dus uit om rechtsreeks contact op te nemen met"]


def test_the_member_sent_to_a_colleague_but_not_anyone_turning_to_a_body():
    # be-kamer 186503 (no development set) against 187301 (none either), where the unemployed choose
    assert _handovers("Bijgevolg nodig ik u uit zich te wenden tot mijn collega, Willy Borsus.") == [
        "u uit zich te wenden tot"
    ]
    assert (
        _handovers(
            "Ik kan bevestigen dat de werkloze vrij kan kiezen om zich te wenden tot de Hulpkas voor Werkloosheidsuitkeringen."
        )
        == []
    )


def test_data_to_be_asked_of_another_body_is_a_hand_over_but_not_data_asked_for():
    # be-kamer 187109 (dev-be71) answer 4 and 187522 (dev-be66); 192903 (no development set), where the
    # minister's administration asked for the figures itself
    assert _handovers("De correcte gegevens kunnen via de FOD Financien opgevraagd worden.") == [
        "kunnen via de FOD Financien opgevraagd worden"
    ]
    assert _handovers(
        "Voor wat betreft naturalisaties kunnen de gegevens rechtstreeks worden opgevraagd bij de Commissie voor Naturalisaties."
    ) == ["kunnen de gegevens rechtstreeks worden opgevraagd bij"]
    assert (
        _handovers(
            "Mijn administratie heeft statistieken opgevraagd bij het kenniscentrum CENTREX Wegverkeer."
        )
        == []
    )


# be-kamer 188823 (dev-be66), the question cut to its first two numbered parts and the answer to its first two
FRAUD_QUESTION = (
    "Namaak van voedingsmiddelen. \n\n Criminele bendes hebben een nieuwe goudmijn ontdekt: voedsel namaken. "
    "1. Hoeveel namaakvoedsel werd er de voorbije jaren in beslag genomen? 2. Over welk bedrag in euro spreken we dan?"
)
FRAUD_ANSWER = (
    "1. Hieronder vindt u de lijst met in beslaggenomen producten. FOD Economie: geen inbeslagnames. 2. Deze cijfers "
    "kunnen best opgevraagd worden bij de ministers van Economie en Financien die de voogdij hebben over de "
    "betrokken diensten (FOD Economie en FOD Financien, Algemene Administratie van de Douane en Accijnzen)."
)


def test_the_amount_to_be_asked_of_other_ministers_flags_the_unit_that_asks_it():
    from qa_align.pipeline import score_document

    flagged = {
        sp.pair.question.n: [f for f in sp.flags if f.name == "deflection"]
        for sp in score_document(be_doc(FRAUD_QUESTION, FRAUD_ANSWER), SETTINGS)
    }
    assert [n for n, flags in flagged.items() if flags] == ["2"]
    (flag,) = flagged["2"]
    assert any("opgevraagd worden" in e.text for e in flag.evidence)
