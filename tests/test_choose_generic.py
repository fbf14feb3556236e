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
    assert got["english"] is True
    assert got["sentences"] == math.log1p(2)
    assert got["words"] == math.log1p(7 + 11)
    assert got["talk_share"] == 0.5  # "is committed to" in the first sentence of two
    assert got["figure_share"] == 0.5  # 2023 and 1,200 in the second
    assert got["specific_share"] == 1.0  # "Government" and "Sustainable" each after a lower-case word
    assert got["closed"] is False and got["asks_figures"] is True
    assert got["top_uptake"] == 1.0  # the three rarest asked ("farms", "farming", "incentive") are all said
    assert extra[key]["n"] == 2 and extra[key]["lang"] == "en"
    assert extra[key]["top3"] == 1.0
