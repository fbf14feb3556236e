"""generic55: no assessment floor by default (``generic_units.ASSESSMENT_FLOOR`` None). Under the unit model's
cut an assessment asked and never spoken of is no longer flagged: since settle48 and settle53 the readers take
facts, steps or funding on the object asked for specifics whether or not the assessment is given, and the
floor's flags of the sets from dev-uk60 were right on 2 of 15. Real text: uk-commons 1809320 and 1673354
(dev-uk103, labelled answered, no `generic`), which the floor flagged (the reading itself, the floor set back,
is tested in ``test_generic33``). Models written by hand (one feature,
"closed", 0 on these open questions: p 1 / (1 + e^(W/2)))."""

from __future__ import annotations

from qa_align import generic_units

from .conftest import generic_flags as _flags
from .conftest import model_file

# uk-commons 1809320 (dev-uk103): the reasons the agreement does not harm UK security given as the assessment
DIEGO = (
    "To ask the Secretary of State for Defence, what assessment he has made of the potential impact of the United "
    "Kingdom's agreement to expeditiously inform Mauritius of any armed attack on a third State directly emanating "
    "from the Base on Diego Garcia on UK security.",
    "<p>An agreement to inform a host nation about military action from their territory is standard practice in "
    "basing arrangements. Additionally, the UN Charter has a requirement to notify the UN of military action taken "
    "in self-defence. Any notification will take place after the event and will not require the UK to divulge "
    "sensitive information.</p>",
)
# uk-commons 1673354 (dev-uk103): the arrangements named, "working well" the assessment
CABINET = (
    "To ask the Minister for the Cabinet Office, what assessment he has made of the potential impact of the "
    "responsibilities of the Cabinet Secretary being covered by other civil servants during the Cabinet "
    "Secretary's absence on the effectiveness of the Civil Service.",
    "<p>The Cabinet Secretary is currently on a period of medical leave. He is expected back in January.</p><p>At "
    "the beginning of his medical leave, Ministers approved temporary arrangements under which a number of "
    "permanent secretaries and other senior officials are covering his responsibilities. This includes Alex "
    "Chisholm, as Chief Operating Officer of the Civil Service and Chair of the Civil Service Board, Chris "
    "Wormald, as Chair of the Senior Leadership Committee, and Sarah Healey, as Chair of the People Board. These "
    "arrangements remain in place and are working well.</p>",
)
P20 = 2.7726  # p 0.20: under the cut 0.30, over generic33's floor 0.10


def test_the_assessment_floor_is_off_by_default():
    assert generic_units.ASSESSMENT_FLOOR is None


def test_specifics_on_the_object_for_the_assessment_are_not_flagged_under_the_cut(tmp_path):
    model = model_file(tmp_path, "closed", P20, threshold=0.3, language="en")
    assert ("generic" in _flags(*DIEGO, model), "generic" in _flags(*CABINET, model)) == (False, False)


def test_train_generic_decides_no_assessment_floor_by_default(monkeypatch):
    # ``train_generic.decide`` with ``--extras``: neither a stock line (off since generic58, ``train_generic.DISCUSSIONS_STOCK``)
    # nor an assessment untaken is flagged under the cut (uk-commons 1780317 1, dev-uk59, partial with no
    # `generic`: the heat pumps' counts, p 0.17)
    import numpy as np

    from .conftest import script

    with script("train_generic") as train_generic:
        extra = np.array([[True, False], [False, True]])
        flags = train_generic.decide(
            "model", np.zeros(2, bool), np.zeros(2, bool), np.array([0.12, 0.17]), 0.30, extra
        )
    assert flags.tolist() == [False, False]
