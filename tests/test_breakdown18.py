"""figures_missing on a cost asked and answered with "no charge": a price of nil is an amount of zero
(`[coverage] free_nouns`). The question and answer of dev-uk27 1685826 as they stand in the record; a contrast
with the charge only in a title the question names, as uk-commons 1764807 has it."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)


def _uk(question: str, answer: str) -> list[str]:
    (sp,) = score_document(
        uk_record({"id": 1, "questionText": question, "answerText": answer}, "t"), SETTINGS
    )
    return [f.name for f in sp.flags]


# dev-uk27 1685826: the cost asked is nil, which answers it (read answered, no figures_missing)
SINGLE_TRADE_WINDOW = (
    "To ask the Minister for the Cabinet Office, pursuant to the Answer of 29 January 2024 to Question 11319 on "
    "Import Controls, what the cost to business will be of an individual Safety and Security declaration made using "
    "the single trade window scheme; and whether this cost will cover (a) the cost of sanitary and phytosanitary "
    "checks and (b) the Common User Charge."
)


def test_no_charge_is_a_cost_of_nil():
    answer = (
        "There will be no charge for businesses to submit Safety and Security information through the Single "
        "Trade Window."
    )
    assert _uk(SINGLE_TRADE_WINDOW, answer) == []


def test_a_cost_left_open_is_still_missing():
    # the same question answered with words that name no price: the cost is not given
    answer = "Safety and Security information can be submitted through the Single Trade Window."
    assert "figures_missing" in _uk(SINGLE_TRADE_WINDOW, answer)


# uk-commons 1764807: "Fees" stands in the title of an Order the question names; the question asks an
# assessment, no amount, and "no fee" in the answer changes nothing of that
VISITORS = (
    "To ask the Secretary of State for Culture, Media and Sport, what assessment she has made of the potential "
    "implications for her policies on tourism of the loss of over 100,000 visitors per year highlighted in the "
    "Impact Assessment of the Immigration and Nationality (Fees) Order (Amendment) 2025."
)


def test_a_fee_in_a_title_asks_no_amount():
    answer = (
        "The government is committed to the tourism sector maintaining its competitiveness. While visa fees are "
        "a matter for the Home Office, DCMS collaborates with departments across Whitehall."
    )
    assert _uk(VISITORS, answer) == []
