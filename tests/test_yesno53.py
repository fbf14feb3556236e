"""yes_no_unanswered (helper yesno53): "if she will publish" X is answered yes where the answer says the
thing is in its attachment ("The attached table shows ..."; `en.toml` `published_replies` "the attached",
read by `answers._delivers`), an attachment that belongs to the answer counting as given (`LABELS.md`).

Real text, the record named; the expected readings written out from the readers' labels."""

from qa_align.settings import Settings

from .conftest import flags_by_unit, uk_doc

RULE_ONLY = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")

QUESTION = (
    "To ask the Secretary of State for Transport, with reference to her letter on 14 January 2025 to the Welsh "
    "Government's Cabinet Secretary for Transport, if she will publish the evidence used in her assessment that "
    "the railways in Wales have seen low levels of enhancement spending in recent years."
)
OPENING = (
    "The Spending Review statement and the Infrastructure Strategy recognises Wales’ long-term infrastructure "
    "needs and will deliver at least £445 million of rail enhancements to realise them."
)


def test_the_thing_asked_in_the_attached_table_is_the_yes():
    # uk-commons 1881457 (dev-uk76): "the spending behind the finding ... is published in an attachment
    # that belongs to this answer" (answered, no flag)
    answer = (
        f"<p>{OPENING}</p><p>The attached table shows the UK Government funded expenditure on enhancements of "
        "the railway in Wales for previous financial years.</p>"
    )
    assert "yes_no_unanswered" not in flags_by_unit(uk_doc(QUESTION, answer, doc_id=1881457), RULE_ONLY)["1"]


def test_the_same_answer_without_its_attachment_leaves_it_open():
    # the funding sentence alone says nothing of publishing the evidence asked
    answer = f"<p>{OPENING}</p>"
    assert "yes_no_unanswered" in flags_by_unit(uk_doc(QUESTION, answer, doc_id=1881457), RULE_ONLY)["1"]
