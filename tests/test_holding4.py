"""holding on a deferral said in the passive or as more to be said later (issue 17: holding that
holds on unseen documents); real UK answers from ../shared/data, expected flags written by hand."""

from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)


def holding_of(question: str, answer: str) -> bool:
    doc = uk_record({"id": 1, "questionText": question, "answerText": answer}, "t")
    (sp,) = score_document(doc, SETTINGS)
    return any(f.name == "holding" for f in sp.flags)


def test_a_decision_that_will_be_confirmed_later_is_holding():
    # uk-commons 1842388: where the centre will be is put off to a decision to come
    assert holding_of(
        "To ask the Secretary of State for Defence, with reference to page 69 of the Defence Industrial Strategy, "
        "where he plans to establish the Defence Energy and Capability Resilience Centre of Excellence.",
        "<p>The Defence Energy and Capability Resilience Centre of Excellence (DECX) is being established initially "
        "as a virtual entity, with Defence Science and Technology Laboratory (DSTL) acting as the custodian. The "
        "final decision regarding location will be confirmed once DECX reaches full operating capability.</p>",
    )


def test_a_design_that_will_be_announced_at_the_budget_is_holding():
    # uk-commons 1848143 (last sentence): the rates asked about are put off to the Budget
    assert holding_of(
        "To ask the Chancellor of the Exchequer, what comparative assessment she has made of the potential impact "
        "of the proposed higher business rates multiplier on (a) physical retailers and (b) online businesses.",
        "<p>The Government is creating a fairer business rates system that protects the high street. The final "
        "design, including the rates, for the new business rates multipliers will be announced at Budget 2025.</p>",
    )


def test_more_details_promised_on_the_fund_is_holding():
    # uk-commons 1815589: the discussions on the fund with the devolved governments are put off
    assert holding_of(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, whether he has held discussions "
        "with his counterpart in the Scottish government on the Fishing and Coastal Growth Fund.",
        "<p>The Fishing &amp; Coastal Growth Fund will be investing £360 million over the next 12 years. As part of "
        "that planned engagement we will work closely with Devolved Governments. We will look to provide more "
        "details on the fund, including devolution, at the earliest possible opportunity.</p>",
    )


def test_announcements_to_be_made_after_the_review_are_holding():
    # uk-commons 1797352: what is pledged is put off to announcements after the Spending Review
    assert holding_of(
        "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, what assessment he has "
        "made of the potential impact of a delay in pledging for Gavi's 8th replenishment on other donor countries.",
        "<p>The UK is working with all partners, including other donors, to support a successful replenishment of "
        "Gavi. Announcements on individual investments will be made following the completion of the Spending "
        "Review process.</p>",
    )


def test_support_that_will_be_provided_is_no_deferral():
    # a plan stated as the state of things: nothing asked is put off ("will be provided" is no cue)
    assert not holding_of(
        "To ask the Secretary of State for Work and Pensions, what support is available to carers in Hartlepool.",
        "<p>Carers in Hartlepool can claim Carer's Allowance. Support will be provided through the local "
        "authority's carers' service.</p>",
    )
