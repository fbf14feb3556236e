"""breakdown_missing and figures_missing (breakdown55). An annex the answer says holds the information asked ("The
information requested is provided in the attached excel tables") counts as given (LABELS.md, settled cases) beside a
claim of missing data that names no split and no year ("This data is not regularly published or held in an easily
accessible format", a bespoke retrieval then given): ``coverage.annex_holds_request`` (``[coverage] annex_requests``)
and ``core._annex_holds_request``. The text is uk-commons 1875980's own (dev-uk102, read so by its readers: answered,
cross_reference only). The first test fails on 5e890ff6 (checked on a ``git archive 5e890ff6`` copy with this file
added); the guard passes on both: a claim beside the annex that names the split asked keeps the gap."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import uk_doc

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)

# uk-commons 1875980
QUESTION = (
    "To ask the Secretary of State for Justice, how many people were (a) convicted for a sexual offence and (b) did "
    "not receive an immediate custodial sentence, by year of conviction and number of previous occasions the "
    "offender has been convicted for sexual offences."
)
ANNEX = (
    "<p>The information requested is provided in the attached excel tables. These tables include data covering the "
    "period 2020 – 2024 on the number of offenders who were convicted of a specified offence but did not receive an "
    "immediate custodial sentence, by the number of previous convictions for that specified offence.</p>"
)
CLAIM = (
    "<p>This data is not regularly published or held in an easily accessible format. The information supplied has "
    "been sourced from a bespoke retrieval from the Police National Computer database.</p>"
)
REST = (
    "<p>Sentencing in individual cases is a matter for the independent judiciary. When deciding what sentence to "
    "impose, courts must consider the circumstances of the case, including the culpability of the offender, the harm "
    "they caused or intended to cause, and any aggravating and mitigating factors, in line with any relevant "
    "sentencing guidelines, developed by the Sentencing Council for England and Wales.</p>"
)


def _flags(answer: str) -> set[str]:
    (pair,) = score_document(uk_doc(QUESTION, answer, doc_id=1875980), SETTINGS)
    return {f.name for f in pair.flags}


def test_annex_of_the_information_requested_is_given_beside_a_claim_on_how_data_are_kept():
    flags = _flags(ANNEX + CLAIM + REST)
    assert "breakdown_missing" not in flags
    assert "figures_missing" not in flags


def test_claim_naming_the_split_beside_the_annex_keeps_the_gap():
    claim = "<p>A breakdown by year of conviction is not held centrally.</p>"
    assert "breakdown_missing" in _flags(ANNEX + claim + REST)
