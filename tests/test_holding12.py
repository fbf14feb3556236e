"""holding and a standing publication schedule (holding12, issue 17): the release of a statistics series
("will be published annually as part of ...") puts nothing asked off, where the same deferral words with no
schedule do; a real answer from ../shared/data (uk-commons 1856061, shortened), expected flags written by
hand."""

from tests.test_holding6 import holding_of

QUESTION = (
    "To ask the Secretary of State for Health and Social Care, how many additional urgent dental appointments will "
    "be delivered in Middlesbrough and Thornaby East constituency in (a) 2025-26 and (b) 2026-27."
)
GIVEN = (
    "<p>The NHS North East and North Cumbria ICB, which includes the Middlesbrough and Thornaby East constituency, "
    "is expected to deliver 57,559 additional urgent dental appointments as part of the scheme. "
)


DATA = "Data on delivery of urgent dental care, including additional delivery, will be published"


def test_a_series_published_annually_is_no_deferral():
    series = " annually as part of the NHS Dental Statistics England Official Statistics series.</p>"
    assert not holding_of(QUESTION, GIVEN + DATA + series)


def test_the_same_data_promised_with_no_schedule_is_holding():
    assert holding_of(QUESTION, GIVEN + DATA + " in due course.</p>")
