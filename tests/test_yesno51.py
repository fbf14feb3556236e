"""yes_no_unanswered (helper yesno51): a closed question asking that something be published is answered
yes by the passive of the same verb ("will be published") when the thing said published is the question's
(`answers._commits`, `answers._active`); another thing said published leaves the yes or no open.

Real text, the record named at each test; the expected readings written out from the readers' labels."""

from qa_align.rules.answers import _active
from qa_align.settings import Settings

from .conftest import flags_by_unit, uk_doc

RULE_ONLY = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")


def test_passive_of_a_regular_verb_reads_as_its_active():
    got = _active({"be published", "be placed", "be carried", "be made", "meet"})
    assert {"publish", "place", "carry", "meet"} <= got
    assert "make" not in got  # an irregular participle is left as it is


def test_publication_scheduled_in_the_passive_is_the_yes():
    # uk-commons 1748869 (dev-uk74): "A yes with its schedule" (answered, no flag)
    doc = uk_doc(
        "To ask the Secretary of State for Culture, Media and Sport, with reference to part 4 of Ofcom's "
        "publication entitled, Media Bill: Ofcom's roadmap to regulation, published in February 2024, whether "
        "Ofcom plans to publish its review of audience protection measures implemented by video-on-demand "
        "service providers.",
        "<p>A timeline of the steps Ofcom is taking to implement the Media Act 2024 can be found on their website "
        "at https://www.ofcom.org.uk/tv-radio-and-on-demand/Media-Act-Implementation/.</p><p>Ofcom’s timeline "
        "currently advises that their report concerning the audience protection measures implemented by "
        "video-on-demand service providers will be published between July and September 2025.</p>",
        doc_id=1748869,
    )
    assert "yes_no_unanswered" not in flags_by_unit(doc, RULE_ONLY)["1"]


def test_another_thing_published_leaves_the_question_open():
    # uk-commons 1844124 (dev-uk8-10): "'The terms of reference will be published in due course' puts
    # publication off ... and leaves the yes/no open (yes_no_unanswered)": the list asked is another thing
    question = (
        "To ask the Secretary of State for Science, Innovation and Technology, pursuant to the Answer of 13 October "
        "2025 to Question 81396 on Artificial Intelligence: Copyright, if she will publish a list of the membership "
        "of all technical working groups that are due to be established in relation to the issue of copyright and AI."
    )
    answer = (
        "<p>We are establishing technical working groups to inform our approach to copyright and AI. They will be "
        "designed to bring together a range of experts and stakeholders across key issues, including transparency "
        "and technical standards. We have shared the full list of attendees of the Ministerial meetings with "
        "members of the plenary group. The terms of reference will be published in due course.</p>"
    )
    assert "yes_no_unanswered" in flags_by_unit(uk_doc(question, answer, doc_id=1844124), RULE_ONLY)["1"]
    # the same answer saying the list asked will be published is the yes
    said = answer.replace(
        "The terms of reference", "The list of the membership of the technical working groups"
    )
    assert "yes_no_unanswered" not in flags_by_unit(uk_doc(question, said, doc_id=1844124), RULE_ONLY)["1"]
