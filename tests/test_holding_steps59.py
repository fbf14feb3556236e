"""``scripts/holding_steps.py`` (holding59): which test of ``holding``'s rule keeps or drops each deferral cue.
Two development answers read by LABELS.md: a whole answer that puts the response asked off (dev-uk uk-commons
1806687, labelled ``holding``) and a standing "keep under review" closing an answer on the permitted
development rights asked (gold uk-commons 1815499, no ``holding``); and ``summarise`` over hand-written rows."""

import importlib.util
from pathlib import Path

from qa_align.settings import Settings

from .conftest import uk_doc

_SPEC = importlib.util.spec_from_file_location(
    "holding_steps", Path(__file__).resolve().parents[1] / "scripts" / "holding_steps.py"
)
hs = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(hs)

SETTINGS = Settings(jobs=1, recycled_across_documents=False)

WARM_Q = (
    "To ask the Secretary of State for Energy Security and Net Zero, what his planned timetable is for publishing "
    "its response to the consultation entitled Expanding the Warm Home Discount Scheme, 2025 to 2026, published on "
    "25 February 2025."
)
WARM_A = (
    "The Government will publish its response to the consultation on expanding the Warm Home Discount Scheme in "
    "due course."
)
PDR_Q = (
    "To ask the Secretary of State for Housing, Communities and Local Government, what assessment her Department "
    "has made of the potential impact of permitted development rights on (a) community engagement with and (b) "
    "levels of local oversight for planning; and what steps she is taking to ensure that all developments of a "
    "significant scale require local (i) consultation and (ii) scrutiny at the planning stage."
)
PDR_A = (
    "Where permitted development rights consent development which could have local impacts, a prior approval "
    "process can allow for consideration of specified planning matters by the local planning authority and the "
    "local community.\nPlanning law requires local planning authorities to publicise applications for planning "
    "permission and consult any relevant statutory bodies for a minimum of 21 days. The local planning authority "
    "must not determine the application until after this period. This is 30 days if the development is subject to "
    "Environmental Impact Assessment.\nThe government continues to keep permitted development rights under review."
)


def _one(doc):
    log, reasons = hs.read_steps([doc], SETTINGS)
    ((key, reason),) = reasons.items()
    return log.get(key, []), reason


def test_a_response_put_off_is_kept_by_what_is_to_come_and_flagged():
    cues, reason = _one(uk_doc(WARM_Q, WARM_A, doc_id=1806687))
    due = [c for c in cues if c["cue"] == "in due course"]
    assert due and due[0]["start"] == WARM_A.index("in due course")
    assert due[0]["step"] == "kept_to_come" and due[0]["kept"]
    assert due[0]["sentence"][:2] == [0, len(WARM_A)]
    assert reason.startswith("defers the answer")


def test_a_standing_review_is_dropped_by_standing_and_not_flagged():
    cues, reason = _one(uk_doc(PDR_Q, PDR_A, doc_id=1815499))
    review = [c for c in cues if c["cue"] == "under review"]
    assert review and review[0]["start"] == PDR_A.index("under review")
    assert review[0]["step"] == "_standing" and not review[0]["kept"]
    assert reason == ""


def test_read_steps_puts_the_rule_back():
    from qa_align.rules import answers as A

    before = (A._rule_keeps, A._sentence_keeps)
    hs.read_steps([uk_doc(WARM_Q, WARM_A)], SETTINGS)
    assert (A._rule_keeps, A._sentence_keeps) == before


def _row(gold, flag, *steps, kept=False):
    return {"gold": gold, "flag": flag, "cues": [{"step": s, "kept": kept} for s in steps]}


def test_unit_step_and_summarise():
    rows = [
        _row(True, "", "_aside", "learned_low", "_aside", "_standing"),
        _row(False, "", "_aside"),
        _row(True, "", "learned_low"),
        _row(True, "", "kept_to_come", kept=True),
        _row(False, ""),
        _row(True, "defers the answer", "kept_to_come", kept=True),
    ]
    assert [hs.unit_step(r) for r in rows[:5]] == [
        "_aside", "_aside", "learned_low only", "kept, then dropped", "no cue",
    ]  # fmt: skip
    assert hs.summarise(rows) == {
        "_aside": (1, 1), "learned_low only": (1, 0), "kept, then dropped": (1, 0), "no cue": (0, 1),
    }  # fmt: skip
