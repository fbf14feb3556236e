"""cross_reference for an annex pointed to in a sentence whose own words also name "bijlage bij dit antwoord"
(the registry note stands after it), and none for a letter still to be written that "will be placed in the
Library" (xref37). Real answers from ../shared/data; expected flags written by hand from reading them."""

from qa_align.settings import Settings

from .conftest import be_doc, flagged, flags_by_unit, uk_doc

SETTINGS = Settings(rules=("cross_reference",), recycled_across_documents=False)


# be-kamer 188765 (dev-be5+dev-be6), question and answer as published
ANNEX_QUESTION = (
    "Defensie. - Werken op afstand. \n\n De wet van 10 april 2016 regelt het werken op afstand binnen Defensie en"
    " is nu reeds zes maanden in uitvoering.Kan u een overzicht geven per maand (periode september 2016 tot "
    "februari 2017) hoeveel militairen en burgerpersoneelsleden er gebruik gemaakt hebben van:1. werken in "
    "satelietkazerne (aantal dagen per maand, per personeelscategorie, per gender, per eenheid, per taalstelsel"
    " en opgesplitst naargelang militair of burgerpersoneel);2. thuiswerken (aantal dagen per maand, per "
    "personeelscategorie, per gender, per eenheid, per taalstelsel en opgesplitst naargelang militair of "
    "burgerpersoneel);3. telewerken (aantal dagen per maand, per personeelscategorie, per gender, per eenheid, "
    "per taalstelsel en opgesplitst naargelang militair of burgerpersoneel)?"
)
ANNEX_ANSWER = (
    "De gevraagde gegevens voor de militairen bevinden zich in de tabellen 1 tot 5 in bijlage bij dit antwoord "
    "en in de tabellen 6 tot 10 voor het burgerpersoneel.Door de nieuwigheid is het personeels-informatiesysteem"
    " nog niet optimaal ingevuld, waardoor een aantal prestaties nog niet correct gevat worden.De bijlagen bij "
    "het antwoord op deze vraag zijn het geachte kamerlid rechtstreeks toegestuurd. Gezien het louter "
    "documentaire karakter ervan worden zij niet in het Bulletin van Vragen en Antwoorden opgenomen maar liggen"
    " zij ter inzage bij de griffie van de Kamer van volksvertegenwoordigers (dienst Parlementaire Vragen)."
)


def test_annex_pointer_beside_the_registry_note_points_elsewhere():
    # be-kamer 188765 (dev-be5+dev-be6; labelled cross_reference on all three units: "De gevraagde gegevens ...
    # bevinden zich in de tabellen 1 tot 5 in bijlage bij dit antwoord" and "De bijlagen bij het antwoord op deze
    # vraag zijn het geachte kamerlid rechtstreeks toegestuurd ... ter inzage bij de griffie": the figures asked
    # stand only in the annex sent to the member, the settled case). The first sentence is the answer's pointer to
    # its annex, not the closing note, though it holds "bijlage bij dit antwoord".
    flags = flags_by_unit(be_doc(ANNEX_QUESTION, ANNEX_ANSWER, doc_id="188765"), SETTINGS)
    assert flags == {"1": ["cross_reference"], "2": ["cross_reference"], "3": ["cross_reference"]}


def test_letter_still_to_be_placed_in_the_library_points_nowhere():
    # uk-commons 1673679 (dev-uk39; labelled holding, figures_missing, breakdown_missing and no cross_reference: "a
    # letter still to be written is no pointer, no cross_reference, as 1787310 in dev-uk18")
    question = (
        "To ask the Secretary of State for Defence, pursuant to the Answer of 8 November to Question 75786 on Armed "
        "Forces: Housing, what estimate his Department has made of the proportion of service personnel occupying "
        "each grade of single living accommodation, including below grade 4, across the last five calendar years."
    )
    answer = (
        "<p>It is taking time to collate the required information to answer the hon. Member's questions. I will "
        "write to him when the information is available, and a copy of this letter will be placed in the Library "
        "of The House.</p>"
    )
    assert flagged(uk_doc(question, answer), "cross_reference", SETTINGS) is False


def test_answer_by_letter_with_its_copy_to_come_still_points_elsewhere():
    # uk-commons 1659702 (gold dev.jsonl; labelled cross_reference: the questions "have therefore been passed to the
    # FCA who will respond directly to the honourable Member by letter", answered by letter, the settled case)
    question = (
        "To ask the Chancellor of the Exchequer, what data his Department holds on he number of (a) cases "
        "investigated and (b) enforcement actions taken against individuals and entities involved in the promotion "
        "of unregulated collective investment schemes in each of the last five years."
    )
    answer = (
        "<p>The UK’s financial promotions regime, underpinned by Section 21 and Section 238 of the Financial "
        "Services and Markets Act 2000 (FSMA), seeks to ensure that consumers are provided with clear and accurate "
        "information that enables them to make appropriate decisions for their individual circumstances. Under this"
        " regime, the FCA has imposed rules on the promotion of unregulated collective investment schemes, including"
        " that such schemes cannot be promoted to ordinary members of the public.</p><p> </p><p>Enforcement "
        "relating to the promotion of unregulated collective investment schemes is generally a matter for the FCA,"
        " which is operationally independent from the Government. These questions have therefore been passed to the"
        " FCA who will respond directly to the honourable Member by letter. A copy of the letter will be placed in "
        "the Library of the House.</p>"
    )
    assert flagged(uk_doc(question, answer), "cross_reference", SETTINGS) is True


def _evidence(doc) -> dict[str, list[str]]:
    """The words of each unit's cross_reference evidence, by unit number."""
    from qa_align.pipeline import score_document

    return {
        sp.pair.question.n: [e.text for f in sp.flags if f.name == "cross_reference" for e in f.evidence]
        for sp in score_document(doc, SETTINGS)
    }


def test_annex_pointer_evidence_names_the_registry_note():
    # be-kamer 188765 (as above): the flag rests on the annex pointer and on the note that the annexes were sent
    # to the member ("De bijlagen bij het antwoord op deze vraag zijn het geachte kamerlid rechtstreeks
    # toegestuurd"), so the evidence names both; the pointer sentence's own "bijlage bij dit antwoord" is no note
    # (review39: the document's note was taken from the pointer sentence, and "rechtstreeks toegestuurd" was named
    # by no unit)
    for words in _evidence(be_doc(ANNEX_QUESTION, ANNEX_ANSWER, doc_id="188765")).values():
        assert "in bijlage" in words
        assert "rechtstreeks toegestuurd" in words


def test_pointer_within_a_longer_pointer_said_once():
    # uk-commons 1716476 (unlabelled): "As set out in the answer to Question 24566, the UK will set out its position
    # ...": one pointer, named once, not again as "As set out in the answer" within it (review39)
    question = (
        "To ask the Deputy Foreign Secretary, pursuant to the Answer of 7 May 2024 to Question 24566 on UNRWA: "
        "Finance, when he plans to complete his careful consideration of Catherine Colonna's final report, UNRWA's "
        "response and the ongoing UN Office for Internal Oversight Services investigation."
    )
    answer = (
        "<p>As set out in the answer to Question 24566, the UK will set out its position on future funding to UNRWA "
        "following careful consideration of Catherine Colonna's final report, UNRWA's response and the ongoing UN "
        "Office for Internal Oversight Services investigation.</p>"
    )
    assert _evidence(uk_doc(question, answer, 1716476)) == {"1": ["As set out in the answer to Question"]}
