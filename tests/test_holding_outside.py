"""What ``scripts/holding_outside.py`` reads of a unit ``holding`` flags: its question and the sentence of
the deferral cue the rule keeps; nothing for a unit it does not flag. Made-up UK Commons records; expected
values written out from reading them."""

from qa_align.readers.uk_commons import read_record
from qa_align.rules import RULES, registry

QUESTION = "To ask the Secretary of State for Transport, when she plans to publish the rail freight strategy."
DEFERS = "<p>We are developing the strategy with industry. We will provide further details in due course.</p>"
ANSWERS = "<p>The rail freight strategy was published on 12 March 2024 and is on GOV.UK.</p>"


def test_a_flagged_unit_comes_with_its_kept_sentence_and_the_rule_is_put_back(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    from holding_outside import flagged

    registry()
    rule = RULES["holding"]
    docs = [
        read_record({"id": 11, "questionText": QUESTION, "answerText": DEFERS}, "t"),
        read_record({"id": 12, "questionText": QUESTION, "answerText": ANSWERS}, "t"),
    ]
    found = flagged(docs, None)
    assert list(found) == [("11", "1")]
    question, sentences = found[("11", "1")]
    assert question == QUESTION
    assert sentences == ["We will provide further details in due course."]
    assert RULES["holding"] is rule
