"""The "mostly a hand-over" veto of ``generic`` (``generic_units.generic_veto``) counts the sentences
holding a hand-over that ``deflection`` keeps (``answers._hands_over``), not every ``deflection``
cue: a remark limiting the answer's scope, or a pointer to another minister's answer, hands
nothing over; and its share is ``Settings.generic_handover_share`` (generic24)."""

from __future__ import annotations

from .conftest import be_doc, model_file, uk_doc


def _scored(doc, model: str, caplog, **settings) -> tuple[list[str], str]:
    """The flags of ``doc``'s units scored by ``generic`` and ``deflection`` with the unit model
    ``model``, and what ``generic`` logged at debug level."""
    from qa_align.pipeline import score_document
    from qa_align.settings import Settings

    chosen = Settings(
        rules=("generic", "deflection"), generic_model=model, recycled_across_documents=False, **settings
    )
    caplog.clear()
    with caplog.at_level("DEBUG", logger="qa_align.rules.answers"):
        flags = sorted({f.name for sp in score_document(doc, chosen) for f in sp.flags})
    return flags, caplog.text


def _no_hand_over(doc, model: str, caplog) -> list[str]:
    """``doc``'s flags, after checking that neither ``deflection`` nor the veto reads a hand-over."""
    flags, logged = _scored(doc, model, caplog)
    assert "deflection" not in flags
    assert "mostly a hand-over" not in logged
    return flags


def test_a_pointer_to_another_ministers_answer_is_not_a_hand_over(tmp_path, caplog):
    # be-kamer 185622 (dev-be32), the whole answer: it points to the Minister of Defence's answer
    # to the same question, which the readers flag `cross_reference` (not `deflection`) on each
    # unit; `deflection` drops the cue (``answers._answer_elsewhere``), so the veto does not count
    # it. A model that reads every Dutch unit as generic shows whether the veto stands.
    flagging = model_file(tmp_path, "english", -10.0, language="nl")
    doc = be_doc(
        "NAVO. - Cyberaanvallen. 5. Welke bijkomende maatregelen treft u in deze? Kan u toelichten?",
        "Ik verwijs naar het antwoord van de minister van Defensie, aan wie de vraag eveneens werd "
        "gesteld (vraag nr. 1031 van 25 januari 2017, Vragen en Antwoorden, Kamer, 2016-2017, nr. 107).",
    )
    _no_hand_over(doc, flagging, caplog)


def test_a_remark_on_the_answers_scope_is_not_a_hand_over(tmp_path, caplog):
    # after uk-commons 1746578 (dev-uk43, labelled answered, no flag), its first two sentences:
    # "This is a devolved matter" limits the answer to England (a `scope` cue in the sentence) and
    # hands nothing over, so the answer is not mostly a hand-over; a model that reads every
    # English unit as generic decides it
    flagging = model_file(tmp_path, "english", 10.0, language="en")
    doc = uk_doc(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, with reference to the "
        "report entitled REview24, published by the Association for Renewable Energy and Clean "
        "Technology on 14 November 2024, what steps he plans to take to tackle the potential increase "
        "in methane emissions from landfill sites.",
        "<p>This is a devolved matter, and the information provided therefore relates to England "
        "only.</p><p>Defra is aware of the issue raised in the REview24 report.</p>",
    )
    assert "generic" in _no_hand_over(doc, flagging, caplog)


def test_the_hand_over_share_is_a_setting(tmp_path, caplog):
    # after dev-uk2 1839769 (the readers flag `deflection`, not `generic`): one hand-over in two
    # sentences is half the answer; from a share of 1 every sentence must hand over
    flagging = model_file(tmp_path, "english", 10.0, language="en")
    doc = uk_doc(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, whether she has made an "
        "assessment of the potential impact of annual re-validation requirements for priority services "
        "register customers.",
        "<p>Defra does not regulate the priority services register. Ofwat, as the economic regulator, "
        "has made clear in its guidance that companies should contact households on the register at "
        "least every two years.</p>",
    )
    flags, logged = _scored(doc, flagging, caplog)
    assert "deflection" in flags and "generic" not in flags
    assert "mostly a hand-over (1 of its 2 sentences)" in logged
    flags, logged = _scored(doc, flagging, caplog, generic_handover_share=1.0)
    assert "generic" in flags
    assert "mostly a hand-over" not in logged
