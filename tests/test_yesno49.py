"""yes_no_unanswered on text it was not tuned on (helper yesno49): a unit that the attribution of a shared
answer gives no sentence is not read as left open (`answers._attributed_nothing`), and an English question
asking that data be published is answered no by "does not hold data" (`[answer] data_asked` of en.toml).

Real text, the record named at each test; the expected readings written out from the readers' labels."""

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit, uk_doc

RULE_ONLY = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")

# be-kamer 193210 (dev-be3), the two numbered questions and the unnumbered answer as published
TRANSFER_Q = (
    "1. Zijn er, voor wat uw bevoegdheden betreft, bevoegdheden die in het kader van de uitvoering van de zesde "
    "staatshervorming overgedragen moesten worden maar waarvan de overdracht door een van de entiteiten niet werd "
    "uitgevoerd, waardoor er dus bevoegdheden uitgeoefend worden door een of meer federale diensten en uw "
    "administratie maar niet door een institutionele tegenhanger?2. Hebt u, indien dit het geval is, contact "
    "opgenomen met uw ambtgenoten om de overdracht te uniformiseren?"
)
TRANSFER_A = "Op vlak van migratie werden er door de zesde staatshervorming geen bevoegdheden overgedragen."


def test_unit_given_no_sentence_of_a_shared_answer_is_not_read_as_left_open():
    # the answer's one sentence goes to unit 1; unit 2, asked only "indien dit het geval is", is given none of it:
    # the readers read the whole answer and find the condition denied (moot, no flag)
    flags = flags_by_unit(be_doc(TRANSFER_Q, TRANSFER_A), RULE_ONLY)
    assert "yes_no_unanswered" not in flags["2"]


def test_publication_of_data_not_held_is_a_no():
    # uk-commons 1658395 (dev-uk65): "the no to publishing follows from it" (the readers: no_information only)
    doc = uk_doc(
        "To ask the Secretary of State for Health and Social Care, if he will publish data held by his Department "
        "on the number of trained long-acting reversible contraception (LARC) fitters (a) within the Cheshire and "
        "Merseyside Integrated Care System and (b) nationally.",
        "<p>The Department does not hold data on the number of trained LARC fitters nationally, or within "
        "specific integrated care systems.</p>",
        doc_id=1658395,
    )
    assert "yes_no_unanswered" not in flags_by_unit(doc, RULE_ONLY)["1"]
