"""holding on text it was not tuned on (holding50).

"As soon as possible" and its Dutch forms (``[cues] soonest_times``) name no time to a question that asks when
(settle48; the lead's review51 low (1)): a publication announced "as soon as possible" to "when she plans to
publish" puts the when asked off (``holding``); to a question that asks what progress was made, the same sentence
gives the step asked (``answers._near_times``, read by ``_publication_timed``). Real answers from
../shared/data/uk-commons (the whole answer, one unit); expected flags written by hand from the readers' labels
and notes and from reading the records."""

import pytest

from qa_align.settings import Settings

from .conftest import flagged, uk_doc

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)

CASES = [
    # uk-commons 1697996 (unlabelled; read by hand: the when asked is put off, "as soon as possible" names no
    # time; settle48 reads it so; not flagged on e49f3f7 (fails there))
    pytest.param(
        (
            "To ask the Secretary of State for Energy Security and Net Zero, with reference to the oral "
            "contribution of the Parliamentary Under-Secretary of State for Energy Security and Net Zero during "
            "Consideration of Lords message on the Energy Bill [Lords] on 18 October 2023, Official Report, "
            "column 352, when she plans to publish the consultation on barriers to developing community energy "
            "projects."
        ),
        (
            "<p>We have been codesigning the consultation on the barriers to community energy schemes with the "
            "Community Energy Contact Group. We intend to publish the consultation as soon as possible.</p>"
        ),
        True,
        id="when_asked_as_soon_as_possible",
    ),
    # uk-commons 1869382 (unlabelled; read by hand: when the response comes is put off; "guidance will be
    # published in February" is another publication's time; fails on e49f3f7)
    pytest.param(
        (
            "To ask the Secretary of State for Housing, Communities and Local Government, when she expects to "
            "publish a response to the consultation seeking views on the implementation of measures in the "
            "Supported Housing (Regulatory Oversight) Act 2023, which closed on 15 May 2025."
        ),
        (
            "<p>The government remains absolutely committed to improving the quality of supported housing and "
            "implementing the measures in the Supported Housing (Regulatory Oversight) Act 2023.</p><p>The "
            "government will publish its response to the consultation as soon as possible, ahead of consulting "
            "on draft licensing regulations and guidance. We are also pressing forward with implementing other "
            "measures in the Act including the duty on local authorities to produce supported housing "
            "strategies, for which guidance will be published in February.</p>"
        ),
        True,
        id="when_expects_to_publish_as_soon_as_possible",
    ),
    # uk-commons 1694123 (dev-uk40, labelled without holding: what progress is asked, and the not yet is the
    # state of things; the same sentence as 1697996 must stay unflagged)
    pytest.param(
        (
            "To ask the Secretary of State for Energy Security and Net Zero, with reference to the oral "
            "contribution of the Parliamentary Under-Secretary of State of 5 September 2023, Official Report, "
            "column 281, what progress her Department has made on publishing a consultation on barriers to "
            "developing community energy projects."
        ),
        (
            "<p>The Government has been codesigning the consultation with the community energy sector via the "
            "Community Energy Contact Group (CECG). The Government intends to publish the consultation as soon "
            "as possible.</p>"
        ),
        False,
        id="progress_asked_as_soon_as_possible",
    ),
]


@pytest.mark.parametrize(("question", "answer", "expected"), CASES)
def test_as_soon_as_possible(question, answer, expected):
    assert flagged(uk_doc(question, answer), "holding", SETTINGS) is expected
