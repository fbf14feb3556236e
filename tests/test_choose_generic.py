"""What ``scripts/choose_generic.py`` reads of a unit for ``--learn`` (``learned_features``) and its
dump's readings (``_extra``). A made-up UK Commons record; expected values written out from
reading it."""

import math

from qa_align.readers.uk_commons import read_record
from qa_align.settings import Settings

QUESTION = (
    "To ask the Secretary of State for Environment, Food and Rural Affairs, how many farms received "
    "grants under the Sustainable Farming Incentive in 2023."
)
# one sentence of policy talk ("is committed to"), one with the figures asked
ANSWER = (
    "<p>The Government is committed to supporting farmers. In 2023, 1,200 farms received payments "
    "under the Sustainable Farming Incentive.</p>"
)


def test_the_learned_features_and_the_dump_read_the_unit(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    from choose_cue_thresholds import FAST
    from choose_generic import readings

    doc = read_record({"id": 7, "questionText": QUESTION, "answerText": ANSWER}, "t")
    _, seen, extra, learned = readings([doc], Settings().replace(**FAST))
    (key,) = learned
    got = learned[key]
    assert got["english"] == 1.0
    assert got["sentences"] == math.log1p(2)
    assert got["words"] == math.log1p(7 + 11)
    assert got["talk_share"] == 0.5  # "is committed to" in the first sentence of two
    assert got["figure_share"] == 0.5  # 2023 and 1,200 in the second
    assert got["specific_share"] == 1.0  # "Government" and "Sustainable" each after a lower-case word
    assert got["closed"] == 0.0 and got["asks_figures"] == 1.0
    assert got["top_uptake"] == 1.0  # the three rarest asked ("farms", "farming", "incentive") are all said
    assert extra[key]["n"] == 2 and extra[key]["lang"] == "en"
    assert extra[key]["top3"] == 1.0


def test_causes_sort_missed_and_false_flags(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    from choose_cue_thresholds import Unit
    from choose_generic import causes

    units = [
        Unit(("s", "1", "1"), "en", "x", frozenset({"generic", "cross_reference"})),  # missed, no talk
        Unit(("s", "1", "2"), "en", "x", frozenset({"generic"})),  # missed, 1 talk of 10 sentences
        Unit(("s", "2", "1"), "nl", "x", frozenset({"generic"})),  # missed, 3 talk of 4: uptake too high
        Unit(("s", "2", "2"), "nl", "x", frozenset()),  # false flag, two sentences of talk
        Unit(("s", "3", "1"), "en", "x", frozenset({"generic"})),  # flagged and labelled: not counted
    ]
    current = {("s", "2", "2"): frozenset({"generic"}), ("s", "3", "1"): frozenset({"generic"})}
    extra = {
        ("s", "1", "1"): {"n": 4, "talk_all": 0, "closed_answered": False},
        ("s", "1", "2"): {"n": 10, "talk_all": 1, "closed_answered": False},
        ("s", "2", "1"): {"n": 4, "talk_all": 3, "closed_answered": False},
        ("s", "2", "2"): {"n": 3, "talk_all": 2, "closed_answered": False},
    }
    labels = {("s", "2", "2"): "answered"}
    got = causes(units, current, extra, labels, Settings())
    assert got == {
        ("missed", "no policy-talk sentence (beside a pointer, hand-over or deferral)", "en"): 1,
        ("missed", "policy talk in part of the answer only", "en"): 1,
        ("missed", "policy talk taking up the question's words", "nl"): 1,
        ("false", "labelled answered, 2+ sentences of policy talk", "nl"): 1,
    }
