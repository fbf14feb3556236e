"""The responsiveness score's deferral feature (issue 17, score round ten): a unit whose own
sentences promise the answer later."""

from __future__ import annotations

import dataclasses

from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record
from qa_align.settings import Settings

QUESTION = (
    "To ask the Secretary of State for Transport, what her Department's planned timetable is for "
    "publishing new guidance on local transport plans."
)


def _unit(answer: str, question: str = QUESTION):
    doc = read_record({"id": 1, "questionText": question, "answerText": f"<p>{answer}</p>"}, "t")
    settings = Settings(rules=("missing_answer",), recycled_across_documents=False)
    return score_document(doc, settings)[0]


def test_a_unit_whose_own_sentence_defers_the_answer_has_the_feature():
    from qa_align.scoring import deferral_found, feature_names, features

    # a reader reads each as the answer put off to later (LABELS.md `holding`), not given
    deferred = (
        "The Government is currently reviewing guidance for Local Transport Authorities on Local Transport Plans.",
        "The government's response to the consultation, together with the impact assessment of the "
        "measures, will be published in due course.",
    )
    given = "New guidance on local transport plans was published on 3 March 2024 and is available on gov.uk."
    for answer in deferred:
        sp = _unit(answer)
        assert deferral_found(sp) == 1.0, answer
        # read again in the rows stage (no counts carried), the same
        assert deferral_found(dataclasses.replace(sp, cue_counts=None)) == 1.0, answer
    assert deferral_found(_unit(given)) == 0.0
    # one deferring sentence among content is enough: the rest of the answer is still to come
    assert deferral_found(_unit(f"{given}</p><p>{deferred[1]}")) == 1.0
    names = feature_names()
    assert "deferral_found" in names
    assert features(_unit(deferred[0]), names)[names.index("deferral_found")] == 1.0
    assert features(_unit(given), names)[names.index("deferral_found")] == 0.0


def test_the_feature_is_off_where_the_deferral_cue_is_not_one_the_rules_read():
    # Dutch deferral is below the cue classifier's F1 bar for the rules (models/cues.md): the
    # feature stays 0 in Dutch, whatever the sentence says
    from qa_align.cues import load_model
    from qa_align.scoring import deferral_found

    assert "deferral" in load_model("").reliable("en")
    assert "deferral" not in load_model("").reliable("nl")
    sp = _unit("The Government is currently reviewing guidance for Local Transport Authorities.")
    metadata = dataclasses.replace(sp.document.metadata, language="nl")
    dutch = dataclasses.replace(sp, document=dataclasses.replace(sp.document, metadata=metadata))
    assert dutch.cue_counts is not None and dutch.cue_counts[5] == 1  # the count is there
    assert deferral_found(dutch) == 0.0
