"""lows59: the lows review60 left (session 58).

- (b) deflection58's "a decision for" also read a decision left to a fiscal event ("this would be a decision for the
  upcoming Spending Review", uk-commons 1784514, 1787237: a deferral, no body handed the matter), as "is a matter
  for" did before it ("Future local authority funding decisions will be a matter for the next Spending Review");
  "should raise * with" read a member of the public sent to a landlord, an employer or a school (1783346, 1763221,
  1863368), not the matter asked handed over; "that is for the overseas regulator" (1765051) and "are for the
  operating department to manage" (1679070) were read by no entry since deflection58 narrowed "is for the".
- (c) ``_available_of`` read only the first match of each ``available_replies`` phrase in a sentence: "available on
  request" before "available on" a website hid the second.
- (d) ``generic_units.DISCUSSIONS_STOCK`` and ``SHORT_GENERAL_FLOOR`` were module constants, not settings.

Expected values from reading the answers (each a real uk-commons answer or one written on its model).
"""

from __future__ import annotations

from .conftest import uk_doc

# --- (c) every match of an available phrase ---------------------------------------------------------------------------

SAFETY_Q = "To ask the Secretary of State for Transport, if she will publish the safety review of the A66 junction at Kemplay Bank."


def test_available_on_request_before_available_on_a_website_hides_nothing():
    # one sentence, the same phrase twice: a printed copy given on request, and the review asked on the website, which
    # says it stands published (the yes to "if she will publish"). Read at the first match only, the "on request" hid
    # the second.
    from qa_align.rules.answers import _delivers

    from .test_generic57 import _read

    tail = " National Highways keeps the safety of the junction under regular review."
    both = (
        "A printed copy is available on request from National Highways, and the safety review of the A66 junction at "
        "Kemplay Bank is available on the National Highways website."
    )
    assert _read(SAFETY_Q, f"<p>{both}{tail}</p>", _delivers) is True
    # the request alone, twice, is still no yes
    twice = (
        "A printed copy is available on request from National Highways, and the safety review of the A66 junction at "
        "Kemplay Bank is available on request from the same office."
    )
    assert _read(SAFETY_Q, f"<p>{twice}{tail}</p>", _delivers) is False
