"""breakdown_missing (breakdown40). "by" then a plural of bodies names who acts, no split (``[coverage]
agent_markers`` before ``agent_nouns``: "the costs incurred by local authorities", "the use of section 59 ... by police
forces", "statutory obligations by councils"); a split names one of them ("by police force", "by local authority").
Read by breakdown_missing alone: figures_missing still reads what is measured through those words. Where the agent's
words come first and a split of the same dimension later ("completed by police forces within 60 days ... by police
force"), the later words are the split asked. Texts are the uk-commons records' own; the expected flags are the
readers' of the labelled sets named, or, for 1724143 (not labelled), read from the text as LABELS.md reads "not held
... disproportionate cost" after a split asked (the flags are independent). The first four fail on ff0d6f3; the last
is a guard that passes on both."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import uk_doc

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)


def _flags(question: str, answer: str, doc_id: int) -> dict[str, str]:
    (sp,) = score_document(uk_doc(question, answer, doc_id=doc_id), SETTINGS)
    return {f.name: f.reason for f in sp.flags}


# dev-uk33 1825744 (its readers: holding, yes_no_unanswered; no split asked)
COUNCILS = (
    "To ask the Secretary of State for Housing, Communities and Local Government, whether her Department plans to "
    "cover the costs in full for the provision of statutory obligations by councils for children resettled within a "
    "local authority in the Ukrainian resettlement scheme by the end of this Parliament."
)
COUNCILS_ANSWER = "<p>Further details will be announced in the usual way, in due course.</p>"

# dev-uk42 1734279 (its readers: cross_reference, deflection, no_information; "what data", no count, no split)
SECTION_59 = (
    "To ask the Secretary of State for the Home Department, what data her Department holds on the use of section 59 "
    "of the Police Reform Act 2002 by police forces to tackle nuisance behaviour involving (a) motorbikes, (b) "
    "e-bikes, (c) e-scooters, (d) quad bikes and (e) any other type of motor vehicle."
)
SECTION_59_ANSWER = (
    "<p>Information about the powers the police use to tackle anti-social behaviour (ASB) incidents is not held "
    "centrally by the Home Office, and is collected by HMICFRS.</p><p>The Home Office collects and publishes data "
    "about the number of ASB nuisance incidents on a quarterly basis, however information about which of these "
    "incidents involved motor vehicles is not currently identifiable.</p><p>The Office for National Statistics (ONS) "
    "publishes data quarterly on the proportion of respondents who experienced types of ASB in their local area, "
    "including \u201cVehicle related behaviour\u201d, in the Crime Survey for England and Wales (CSEW) \u2013 however "
    "the type of vehicle used is not currently identifiable.</p><p>Both the ONS and Home Office datasets for ASB in "
    "the year to March 2024 can be found here:</p><p>https://www.ons.gov.uk/peoplepopulationandcommunity/"
    "crimeandjustice/datasets/crimeinenglandandwalesotherrelatedtables</p><p>Information for the year to June 2024 "
    "will be published on 24<sup>th</sup> October 2024.</p>"
)

# dev-uk59 1790818 (its readers: cross_reference, figures_missing; the costs asked, no split)
CHAGOSSIANS = (
    "To ask the Secretary of State for the Home Department, pursuant to the Answer of 18 March 2025 to Question 37161 "
    "on Resettlement: Chagossians, what information her Department holds on the costs incurred by local authorities "
    "for the provision of statutory support for recent migrants of Chaggosian descent."
)
CHAGOSSIANS_ANSWER = "<p>I refer the Hon Member to the answer I gave on 18 March to Question 37161.</p>"

# uk-commons 1724143 (not labelled): "completed by police forces" names who completes the checks, "by police force"
# at the end asks the split; the answer holds neither
DBS = (
    "To ask the Secretary of State for the Home Department, how many and what proportion of Disclosure Barring "
    "Service checks have been completed by police forces within 60 days in each month of the last two years by "
    "police force."
)
DBS_ANSWER = (
    "The Home Office does not hold the information in an easily accessible format, therefore the information "
    "requested cannot be obtained without disproportionate cost."
)

# dev-uk8-10 1761036 (its readers: breakdown_missing, figures_missing, no_information; the years asked not given)
RIGHT_TO_BUY = (
    "To ask the Secretary of State for Housing, Communities and Local Government, pursuant to the Answer of 5 December "
    "2024 to Question 16195 on Right to Buy Scheme, if she will publish figures for the amount of Right to Buy "
    "receipts retained by local authorities in each individual year since 2009-10."
)
RIGHT_TO_BUY_ANSWER = (
    "<p>The Department does not publish the amount of Right to Buy receipts retained by local authorities in each "
    "financial year.</p>"
)


def test_councils_who_act_ask_no_split():
    assert "breakdown_missing" not in _flags(COUNCILS, COUNCILS_ANSWER, 1825744)


def test_police_forces_who_act_ask_no_split():
    assert "breakdown_missing" not in _flags(SECTION_59, SECTION_59_ANSWER, 1734279)


def test_costs_incurred_by_local_authorities_no_split_figures_still_missing():
    flags = _flags(CHAGOSSIANS, CHAGOSSIANS_ANSWER, 1790818)
    assert "breakdown_missing" not in flags
    # the costs asked are still not given: figures_missing reads them as before
    assert "figures_missing" in flags


def test_split_by_police_force_after_police_forces_who_act():
    flags = _flags(DBS, DBS_ANSWER, 1724143)
    assert "breakdown_missing" in flags
    assert "asks by police force: not given" in flags["breakdown_missing"]
    assert "each month" in flags["breakdown_missing"]


def test_guard_years_asked_beside_local_authorities_who_act():
    # guard: "retained by local authorities" names who retains; the years asked are still missing
    flags = _flags(RIGHT_TO_BUY, RIGHT_TO_BUY_ANSWER, 1761036)
    assert "breakdown_missing" in flags
    assert "local authorities" not in flags["breakdown_missing"]
