"""yes_no_unanswered (helper yesno57): a yes or no the word tests did not read.

- A plain no said in the clause before a hedge cue starts in the same sentence ("..., but will publish
  the GMM stats in due course"): `_takes_position` skipped every sentence in which a cue of a deferral,
  hand-over, pointer, missing data or policy talk starts; it now reads the clause before the cue, for a
  yes or no word of its own (`answers._before_hedge`). dev-uk105 1799609 1, the readers' label:
  answered, no flag ("A plain no: 'We have not undertaken a separate assessment'", settle46).
- The thing a question asks published said to stand published already ("The schedule 20 annexes are
  publicly available on Contracts Finder" to "if he will publish the Schedule 20 annexes"), where the
  thing said is the thing asked by its head (`en.toml` ``[answer] available_replies``,
  `answers._available_of`). dev-uk103 1674390 1, the readers' label: answered, no flag ("'if he will
  publish' the annexes gets the yes", settle51). Another thing said published ("Details of the WRAP
  grant agreement are published on the Grants register" to the memorandum of understanding asked,
  dev-uk86 1791316 1, the readers' label: partial, yes_no_unanswered) is no yes.
- A Dutch closed question on what the addressee knows or foresees of a matter ("Heeft u een zicht op ...?",
  "Zijn er prognoses over ...?") asks whether such data are held, and data said not held are the no
  (`nl.toml` ``[answer] data_asked``, read by `answers._data_not_held`). dev-be93 192908 3 and dev-be25
  192735 3, the readers' labels: not_answered, figures_missing / no_information, no yes_no_unanswered.

The questions and answers are the records' as stored; the expected readings are the readers' labels,
written out by hand."""

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit, uk_doc

RULE_ONLY = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")


def _uk(question: str, answer: str, doc_id: int) -> list[str]:
    return flags_by_unit(uk_doc(question, answer, doc_id=doc_id), RULE_ONLY)["1"]


def test_a_plain_no_before_a_deferral_in_the_same_sentence_is_the_no():
    question = (
        "To ask the Secretary of State for Environment, Food and Rural Affairs, pursuant to the Answer of 22 "
        "April 2025 to Question 44673 on Horticulture: Peat, whether he has made an assessment of the potential "
        "impact of the time taken to ban sales of horticulture peat on relevant (a) businesses and (b) supply "
        "chains."
    )
    answer = "We have not undertaken a separate assessment, but will publish the GMM stats in due course."
    assert "yes_no_unanswered" not in _uk(question, answer, 1799609)


def test_a_deferral_with_no_yes_or_no_before_it_leaves_the_question_open():
    # the guard: the clause before the deferral says no yes or no ("The Department" only), so the
    # closed question stays open as before
    question = (
        "To ask the Secretary of State for Environment, Food and Rural Affairs, whether he has made an "
        "assessment of the potential impact of the time taken to ban sales of horticulture peat on relevant "
        "businesses."
    )
    answer = "The Department will publish an assessment of the impact on businesses in due course."
    assert "yes_no_unanswered" in _uk(question, answer, 57001)


def test_the_thing_asked_said_publicly_available_is_the_yes_to_publishing_it():
    question = (
        "To ask the Minister for the Cabinet Office, with reference to the contract agreed by his Department "
        "with Cision Group Ltd on 13 October 2023, procurement reference CCZZ23A23, if he will publish the "
        "Schedule 20 annexes specifying the services to be delivered under each of those contracts."
    )
    answer = (
        "The schedule 20 annexes are publicly available on Contracts Finder and can be found at the following "
        "link:\nhttps://www.contractsfinder.service.gov.uk/Notice/68ce58d9-d0da-4ac0-8c56-214f318fbb56"
    )
    assert "yes_no_unanswered" not in _uk(question, answer, 1674390)


def test_another_thing_said_published_is_no_yes():
    question = (
        "To ask the Secretary of State for Environment, Food and Rural Affairs, pursuant to the Answer of 11 "
        "February 2025 to Question 26631 on WRAP, if he will publish the contract or memorandum of understanding "
        "between his Department and WRAP that provides the basis for his Department funding WRAP."
    )
    answer = (
        "Details of the WRAP grant agreement are published on the Grants register held on GOV.UK. The WRAP grant "
        "agreement details the purpose and objectives of the grant, standard terms and conditions, performance "
        "monitoring and financial assurance."
    )
    assert "yes_no_unanswered" in _uk(question, answer, 1791316)


def _be(question: str, answer: str) -> list[str]:
    return flags_by_unit(be_doc(question, answer, doc_id="t57"), RULE_ONLY)["1"]


def test_prognoses_said_not_held_are_the_no():
    question = "Zijn er prognoses over de evolutie van die sector in de komende jaren?"
    answer = "Ik beschik niet over vooruitzichten voor deze sector."
    assert "yes_no_unanswered" not in _be(question, answer)


def test_insight_asked_and_no_statistics_given_is_the_no():
    question = (
        "Heeft u een zicht op de financiele schade als gevolg van de identiteitsfraude? Graag cijfers van de "
        "laatste vijf jaar, opgesplitst per jaar."
    )
    answer = (
        "Rekening houdend met het bovenstaande is het niet mogelijk om statistieken hieromtrent te geven."
    )
    assert "yes_no_unanswered" not in _be(question, answer)


def test_a_closed_question_on_the_matter_itself_keeps_its_flag_beside_data_not_held():
    # the guard: "Is er ...?" asks of the world, not of what is known ("Is er een gelijkaardige stijging in
    # sterfte merkbaar bij biggen en kuikens?" - "Er zijn echter geen statistieken ... beschikbaar", dev-be18
    # 191421 2, the readers' flag)
    question = "Is er een gelijkaardige stijging in sterfte merkbaar bij biggen en kuikens als bij kalveren?"
    answer = "Er zijn echter geen statistieken over globale sterftecijfers beschikbaar op federaal niveau."
    assert "yes_no_unanswered" in _be(question, answer)
