"""A closed question that asks something be published or laid before the House, answered that it
has been deposited in the Library or is attached, gets its yes (helper yesno20, ``rules.answers``
``_delivers``). Questions and answers quoted from records of the development sets (dev-uk28 1798890,
dev-uk27 1680879, dev-uk23 1741518), the expected values written out from reading
them."""

from qa_align.readers.uk_commons import read_record as uk_record


def _flags(record: dict) -> set[str]:
    from qa_align.pipeline import score_document
    from qa_align.settings import Settings

    settings = Settings(rules=("yes_no_unanswered",), answered_model="none")
    doc = uk_record(record, "t")
    return {f.name for sp in score_document(doc, settings) for f in sp.flags}


FOI = (
    "To ask the Minister for the Cabinet Office, pursuant to the Answer of 21 October 2024 to Question 8814 on "
    "Cabinet Office: Trade Union Officials, and with reference to the Freedom of Information Act response with "
    "reference FOI2024/14572, if he will publish that response."
)


def test_a_copy_deposited_in_the_library_is_the_yes_to_publish():
    # dev-uk28 1798890, the readers: "The yes is given: 'A copy of the information released in the
    # response to FOI2024/14572 has been deposited in the House Library' (answered)"
    answer = "<p>A copy of the information released in the response to FOI2024/14572 has been deposited in the House Library.</p>"
    assert _flags({"id": 1798890, "questionText": FOI, "answerText": answer}) == set()


def test_a_question_set_provided_in_the_attached_documents_is_published():
    # dev-uk27 1680879, the readers: "the question set is given in attachments that belong to this
    # answer (counted as given, answered)"
    question = (
        "To ask the Secretary of State for Defence, with reference to page 22 of his Department's guidance "
        "entitled JSP 763 Behaviours and Informal Complaint Resolution Part 1: Directive - Understanding "
        "Behaviours in Defence, published in June 2021, if he will publish the question set used in climate "
        "assessments."
    )
    answer = (
        "<p>A copy of the climate assessment question set, including a separate list of personal information "
        "gathered at the start of the survey, is provided in the attached documents.</p>"
    )
    assert _flags({"id": 1680879, "questionText": question, "answerText": answer}) == set()


def test_a_contract_found_on_contracts_finder_leaves_the_other_parts_open():
    # dev-uk23 1741518, the readers: "(b) the programme of work and (c) side documentation are not
    # mentioned, whether they will be published is not said (yes_no_unanswered)": a pointer to where
    # the contract stands is no delivery of what was asked
    question = (
        "To ask the Chancellor of the Exchequer, if she will publish (a) the contract, (b) the agreed programme "
        "of work and (c) other side documentation for the Valuation Office Agency's agreement with Cognizant; "
        "and what the (i) value and (ii) length of that contract is."
    )
    answer = (
        "<p>Details of the contract can be found on Contracts Finder: Valuations Office Agency Programme - "
        "Valuations Cloud App - Contracts Finder. The published contract covers new services developed through "
        "the Valuation Office Agency's (VOA) transformation programmes.</p>"
    )
    assert _flags({"id": 1741518, "questionText": question, "answerText": answer}) == {"yes_no_unanswered"}


def test_one_copy_deposited_leaves_the_other_lettered_part_open():
    # uk-commons 1904595 (unlabelled, read for the audit): (a) the framework "will be deposited in the
    # House Library", (b) the revised terms are not named: whether they will be published is left open
    # (as the readers read dev-uk27 1820494, "(b) a summary of the findings" unsaid beside (a))
    question = (
        "To ask the Minister for the Cabinet Office, with reference to the PCS trade union press release, of 6 "
        "May 2026, on Improved Cabinet Office guidance on time off for union reps secured, if he will publish "
        "the (a) updated Facility Time Framework and (b) revised trade union facility time terms."
    )
    answer = (
        "<p>A copy of the updated Facility Time Framework will be deposited in the House Library shortly.</p>"
    )
    assert _flags({"id": 1904595, "questionText": question, "answerText": answer}) == {"yes_no_unanswered"}


def test_parts_of_another_clause_leave_the_deposit_the_yes():
    # uk-commons 1853233 (unlabelled, read for the audit): the parts belong to the clause "what (a) is
    # the value ... and (b) notional volume"; "I will arrange for a copy of FOI2025/12575 to be deposited
    # in the Library of the House" is the yes to placing the disclosure in the Library
    question = (
        "To ask the Minister for the Cabinet Office, pursuant to the Answer of 7 July 2025 to Question 63005 on "
        "Prime Minister: Aviation, and with reference to the Cabinet Office Freedom of Information Act "
        "disclosure of 5 September 2025, FOI reference: FOI2025/12575, if he will place the disclosure in the "
        "Library; and what (a) is the value of the yearly payment to EDF to carbon offset flights using the "
        "C-GBNI airframe and (b) notional volume of carbon emissions are offset."
    )
    answer = (
        "<p>I will arrange for a copy of FOI2025/12575 to be deposited in the Library of the House. The yearly "
        "payment to carbon offset flights using the G-GBNI aircraft is calculated at the end of each financial "
        "year based on the flights that have taken place to ensure accuracy.</p>"
    )
    assert "yes_no_unanswered" not in _flags({"id": 1853233, "questionText": question, "answerText": answer})
