"""review51: faults found in session 49's changes, each test failing on staging49.

1. ``answers._publication_timed`` (lows49) kept a deferral whose publication announced with its time held no
   word of the publication asked; an answer names the publication asked by pointing back to it as often
   ("These will be published during 2026"), and the change was reverted. Real answers of
   ../shared/data/uk-commons outside the labelled sets (and dev-uk45's labelled 1673144); the expected
   flags written by hand from the text.
"""

from __future__ import annotations

import pytest

from qa_align.settings import Settings

from .conftest import flagged, uk_doc

HOLDING = Settings(rules=("holding",), recycled_across_documents=False)

TIMED_BY_POINTING_BACK = [
    # uk-commons 1865438: "These" are the priorities asked, their time given (a no to "by January 2026")
    pytest.param(
        (
            "To ask the Secretary of State for Science, Innovation and Technology, with reference to the strategy "
            "Replacing animals in science: A strategy to support the development, validation and uptake of "
            "alternative methods, published on 11 November 2025, whether she plans to publish the UK alternative "
            "method priorities by January 2026."
        ),
        (
            "<p>The Government’s strategy to support replacing animals in science commits to publish biennially a "
            "list of alternative-methods research and development priorities, coalescing UK scientists around these "
            "areas and incentivising partnerships between research organisations, CROs and industry. These will be "
            "published during 2026 following development with stakeholders as part of the implementation of the "
            "strategy.</p>"
        ),
        id="these_will_be_published_during_2026",
    ),
    # uk-commons 1678988: "this strategy" is the update asked, to be published in 2024
    pytest.param(
        (
            "To ask the Secretary of State for Justice, with reference to HM Prison and Probation Service's "
            "publication entitled Strategy for Care-Experienced People, if will he make it his policy to publish an "
            "update to that publication that focuses on race and ethnicity."
        ),
        (
            "<p>We are updating our strategy for people with care experience in the criminal justice system, to "
            "ensure we are using care-experienced people’s time in the criminal justice system to support them to "
            "lead crime-free lives.</p><p>This will include a focus on race and its role in shaping the experiences "
            "and outcomes of those with care experience in the criminal justice system, and will link to wider "
            "departmental efforts to address racial disproportionality in the criminal justice system.</p><p>We are "
            "aiming to publish this strategy in 2024.</p>"
        ),
        id="this_strategy_in_2024",
    ),
    # dev-uk45 1673144, labelled answered with no flag: "we will publish the findings and next steps in 2024"
    # gives the when of the response asked (the question's "publish" is the companies' publishing of data)
    pytest.param(
        (
            "To ask the Secretary of State for Work and Pensions, with reference to the Government's consultation "
            "on Disability workforce reporting, published on 16 December 2021, whether he has made an assessment of "
            "the potential merits of requiring companies with more than 250 employees to publish annual data on the "
            "number of disabled people they employ as a proportion of their workforce; and when he plans to respond "
            "to that consultation."
        ),
        (
            "<p>Following the judgement from the Court of Appeal that the National Disability Strategy is lawful, "
            "work has recommenced on disability workforce reporting. Analysis of the consultation is underway and we "
            "will publish the findings and next steps in 2024.</p>"
        ),
        id="findings_in_2024_labelled_dev_uk45",
    ),
]


@pytest.mark.parametrize("question, answer", TIMED_BY_POINTING_BACK)
def test_a_publication_announced_with_its_time_answers_when_it_points_back_to_the_one_asked(question, answer):
    assert flagged(uk_doc(question, answer), "holding", HOLDING) is False  # staging49: True


# 2. the counts of the CLI's lines (lows49) where there are none


def test_a_first_parts_run_says_no_finished_again_of_no_part_kept():
    from qa_align.cli import _checked

    # staging49: "(all of them finished again and found the same)" after "0 parts kept from the earlier run"
    assert _checked(0, 0) == ""
    assert _checked(0, 3) == " (0 of them finished again and found the same)"
    assert _checked(3, 3) == " (all of them finished again and found the same)"
    assert _checked(1, 1) == " (it was finished again and found the same)"


def test_none_of_none_is_not_all():
    from qa_align.cli import _of

    assert _of(0, 0, "document") == "0 documents"  # staging49: "all 0 documents"
    assert _of(4, 4, "document") == "all 4 documents"
    assert _of(1, 1, "document") == "1 document"


# 3. scripts/pairing_causes.py (pairing49) on a folder that lacks the labelled documents


def _pairing_causes():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "pairing_causes.py"
    spec = importlib.util.spec_from_file_location("pairing_causes", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pairing_causes_refuses_a_data_folder_that_is_not_there(tmp_path):
    with pytest.raises(SystemExit):  # staging49: every set "pairing 0.000", every unit a mismatch, and 0
        _pairing_causes().main([str(tmp_path / "no-such-folder")])


def test_pairing_causes_leaves_out_the_documents_it_could_not_read(tmp_path, capsys):
    import json
    from pathlib import Path

    data = (
        Path(__file__).resolve().parent.parent.parent
        / "shared"
        / "data"
        / "be-kamer-2017"
        / "questions.jsonl"
    )
    if not data.is_file():
        pytest.skip("../shared/data is not there")
    folder = tmp_path / "be-kamer-2017"
    folder.mkdir()
    with data.open(encoding="utf-8") as fh:  # one labelled record only: dev-be90 185865
        kept = [line for line in fh if json.loads(line).get("doc_id") == 185865]
    (folder / "questions.jsonl").write_text("".join(kept), encoding="utf-8")
    assert _pairing_causes().main([str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "labelled Belgian documents not read, left out" in err
    # only dev-be90 is counted, and by its one document (staging49: every set, each unread unit a mismatch)
    counted = [line for line in out.splitlines() if ": pairing " in line]
    assert len(counted) == 1 and counted[0].startswith("dev-be90: pairing ")
