"""generic53: the unit model of ``generic`` refitted on every development set labelled up to session 52
(``dev-uk99``), where its file of generic19 had seen the 52 sets up to ``dev-uk30`` only; its cuts kept
(0.30 open, 0.40 closed). Expected values from the readers' labels (``corpus/gold/dev-uk99.jsonl``), not
from the model."""

from __future__ import annotations

import json

from qa_align import labelsets
from qa_align.generic_units import GENERIC_MODEL

from .conftest import generic_flags as _flags

# dev-uk99 uk-commons 1846088 (readers: partial, holding, yes_no_unanswered; no `generic`): the working
# groups and the transparency named among their issues are specifics on the very matter asked, the
# remit asked left open (a yes or no left open, not general text); the file of generic19 read p 0.47
# against the closed questions' cut 0.40
REMIT_Q = (
    "To ask the Secretary of State for Science, Innovation and Technology, with reference to her "
    "Department's joint press release entitled Creative and AI sectors kick-off next steps in finding "
    "solutions to AI and copyright, published 16 July 2025, whether the expert working groups on AI and "
    "copyright will have a specific remit to assess the transparency requirements for data used to (a) "
    "train and (b) ground generative AI models."
)
REMIT_A = (
    "<p>We are establishing technical working groups to inform our approach to copyright and AI. They will "
    "be designed to bring together both British and global companies, alongside voices beyond the AI and "
    "creative sectors. A range of issues will be discussed, including transparency in the development and "
    "deployment of AI in the UK. The terms of reference will be published in due course.</p>"
)

# an answer of policy lines only to an open question (written for this test): `generic` by LABELS.md
TALK_Q = (
    "To ask the Secretary of State for Work and Pensions, what steps she is taking to improve employment "
    "support for disabled people in rural areas."
)
TALK_A = (
    "<p>This Government is committed to supporting disabled people to start, stay and succeed in work. "
    "We are committed to working with disabled people and the organisations that represent them to "
    "ensure that our policies meet their needs. We will continue to keep this under review.</p>"
)


def test_the_shipped_file_is_fitted_on_every_set_up_to_dev_uk99():
    model = json.loads(GENERIC_MODEL.read_text(encoding="utf-8"))
    order = list(labelsets.DEVELOPMENT_SETS)
    wanted = order[: order.index("dev-uk99") + 1]
    missing = [name for name in wanted if name not in model["trained_on"]]
    assert not missing, missing[:5]
    # the cuts are the ones generic51 set, not the cross-validation's open 0.27
    assert model["threshold"] == 0.3
    assert model["closed_threshold"] == 0.4


def test_a_remit_left_open_beside_the_matter_named_is_not_generic():
    assert "generic" not in _flags(REMIT_Q, REMIT_A, "")


def test_policy_lines_only_stay_generic():
    # a guard: the refit still reads an answer of commitments only as general statements
    assert "generic" in _flags(TALK_Q, TALK_A, "")
