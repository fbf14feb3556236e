"""review60: deflection58's hand-over entries that no test held (each taken out by hand, ``tests/test_deflection58.py``
and ``tests/test_lexicon_examples.py`` still passed): "a matter for" with a word before it, "been the responsibility
of", "is down to", "set its own", "at the discretion of" (now only after "is" or "are"), and the narrowed forms that replace "is for the" / "is for
local" / "are for the" / "are for local" ("is for the local", "are for the local", "it is for local", "are for local
authorities"; "is for the devolved" left, read where it stands by "it is for the"). Real answer sentences of
uk-commons (the records named, their sentences as they stand, a paragraph cut at a sentence's end); each read by
``LABELS.md`` as the matter asked handed to another body, the words it rests on named by hand. And "is for local
authorities", taken out: without "it" it names whom a thing is for, the case deflection58 took "is for the" out
for (each uk-commons answer that holds it)."""

from __future__ import annotations

import pytest

from .test_deflection58 import _deflection_words

CASES = {
    # dev-uk46 1700361: the sentencing asked about (penalties for wildlife crime) is for the judges
    "a matter for": (
        "To ask the Secretary of State for Environment, Food and Rural Affairs, if he will have discussions with the"
        " Secretary of State for the Home Department on (a) increasing penalties for wildlife crime.",
        "<p>Sentencing those convicted of wildlife crimes is, however, a matter for judges; these decisions are rightly"
        " taken independently of Government.</p>",
    ),
    # dev-uk97 1915468 (its fourth paragraph's first sentence): the services asked are the boards' to commission
    "been the responsibility of": (
        "To ask the Secretary of State for Health and Social Care, what steps his Department is taking to ensure that"
        " paediatric Long COVID patients receive appropriate clinical investigation.",
        "<p>Since April 2024, in line with the National Health Service operating framework and the establishment of"
        " integrated care systems, the commissioning of services to support patients with Long Covid, including"
        " children, has been the responsibility of integrated care boards.</p>",
    ),
    # dev-uk72 1915813 (its third sentence): whether the categories suit is for the departments to decide
    "is down to": (
        "To ask the Minister for Women and Equalities, whether the Office for Equality and Opportunity have advised on"
        " the status of White Irish as an ethnic minority.",
        "<p>However, it is down to individual departments to decide whether categories within that standard are best"
        " suited for them.</p>",
    ),
    # dev-uk69 1722268 (its last paragraph's last two sentences): the guidelines' review is the Council's own plan
    "set its own": (
        "To ask the Secretary of State for the Home Department, if she will commission a review into the adequacy of"
        " sentencing guidelines for protesters arrested following climate protests.",
        "<p>The Council monitors and evaluates all definitive guidelines, as per its statutory duty to do so. The"
        " Sentencing Council is independent of parliament and Government, and therefore set its own workplan.</p>",
    ),
    # uk-commons 1830054 (no labelled set): the enforcement asked is the local planning authorities' to decide
    "is at the discretion of": (
        "To ask the Secretary of State for Housing, Communities and Local Government, what steps she is taking to"
        " ensure that planning conditions are enforced.",
        "<p>Enforcement is at the discretion of local planning authorities.</p>",
    ),
    # dev-uk 1910666 (its first sentence): how the service is run is for the fire and rescue authority
    "are for the local": (
        "To ask the Secretary of State for Housing, Communities and Local Government, what oversight his Department has"
        " exercised over the implementation of Warwickshire Fire and Rescue Service\u2019s Resource to Risk Plan.",
        "<p>Decisions on how fire and rescue services (FRSs) are run, including the number and locations of fire"
        " stations or crewing numbers, are for the local fire and rescue authority (FRA) and its Chief Fire"
        " Officer.</p>",
    ),
    # uk-commons 1823323 (its second paragraph's last sentence): the concessions asked are the authority's to offer
    "is for the local": (
        "To ask the Secretary of State for Transport, with reference to the English national concessionary travel"
        " scheme, if she will extend eligibility for free bus travel to companions of disabled people.",
        "<p>The decision on whether to offer discretionary concessions is for the local authority to make depending on"
        " their needs and circumstances.</p>",
    ),
    # uk-commons 1759033 (its first paragraph's last sentence): the enforcement is the authorities' to determine
    "it is for local": (
        "To ask the Secretary of State for Environment, Food and Rural Affairs, whether his Department has issued"
        " guidance to local waste authorities on fixed penalty notices for fly-tipping.",
        "<p>It is for local authorities to determine what enforcement action, if any, is appropriate in the"
        " circumstances.</p>",
    ),
    # uk-commons 1680509 (its first sentence): the council tax levels asked are the authorities' decision
    "are for local authorities": (
        "To ask the Secretary of State for Levelling Up, Housing and Communities, what recent assessment he has made"
        " of the potential merits of increasing the level above which local authorities can raise the social care"
        " precept before triggering a local referendum.",
        "<p>Decisions on council tax levels are for local authorities although the Government sets referendum"
        " principles each year to protect residents from excessive increases.</p>",
    ),
}


# review60's entries: "decisions" before "are for the" (the hand-overs deflection58's narrowing lost outside the
# labelled sets), the words the flag rests on
DECISIONS = {
    # uk-commons 1762884 (its second sentence): whether the reports are published is for those who commissioned them
    "decisions are for the": (
        "To ask the Secretary of State for Health and Social Care, what his policy is on publishing independent"
        " homicide reports.",
        "<p>These decisions are for the organisations which commissioned the reports on a case-by-case basis.</p>",
    ),
    # uk-commons 1809347 (its first two sentences): the US forces' posture is the US Administration's to decide
    "decisions on the deployment and posture of us forces are for the": (
        "To ask the Secretary of State for Defence, if he will make an assessment of the potential impact of the global"
        " posture review undertaken by the US government on the use of RAF bases by USAFE in the UK.",
        "<p>The US Administration is currently undertaking its Global Posture Review. Decisions on the deployment and"
        " posture of US forces are for the US Administration.</p>",
    ),
}


@pytest.mark.parametrize("words", list(DECISIONS))
def test_decisions_placed_with_a_body_are_a_hand_over(words):
    found = _deflection_words(*DECISIONS[words])
    assert found is not None and words in found, found


@pytest.mark.parametrize("entry", list(CASES))
def test_deflection58_s_entries_flag_a_hand_over_in_their_words(entry):
    found = _deflection_words(*CASES[entry])
    assert found is not None and any(entry in w for w in found), found


# "is for local authorities" without "it" names whom a thing is for, as "is for the" did (deflection58's own reason):
# in uk-commons 3 of the 4 answers holding it read so, the fourth again (1739760 as 1739759), and none hands over;
# "It is for local authorities to ..." is read by "it is for local"
NOT_HANDED = {
    # "at the discretion of" without "is" or "are" before it (review60): whose discretion a thing given is, not the
    # matter asked handed over. uk-commons 1755732 (a sentence of its answer): the leave asked is given
    "line manager": (
        "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, whether his Department offers"
        " employees who are foster carers paid time off for training.",
        "<p>Foster carers can also receive an additional 5 days of paid or unpaid leave in a 12-month period at the"
        " discretion of their line manager.</p>",
    ),
    # uk-commons 1759166 (two sentences of its answer): the review asked is the Secretary of State's own, and done
    "secretary of state": (
        "To ask the Secretary of State for Work and Pensions, whether she plans to review the rates paid by employers"
        " of Statutory Maternity Pay for parents of twins.",
        "<p>Parental pay is reviewed annually at the discretion of the Secretary of State for Work and Pensions. From"
        " April 2025, the rate will increase by September 2024's CPI figure of 1.7%, subject to parliamentary approval,"
        " from \u00a3184.03 to \u00a3187.18 per week.</p>",
    ),
    # uk-commons 1745102 (its first sentence): the salaries are not the units' to set
    "not at the discretion": (
        "To ask the Minister for the Cabinet Office, what the mean full-time equivalent salary is of staff in the"
        " Office for Equality and Opportunity.",
        "<p>Salaries ranges for each civil servant grade are set by the Cabinet Office and are not at the discretion"
        " of the individual business units such as the Office for Equality and Opportunity.</p>",
    ),
    # uk-commons 1662154 (its second paragraph's last sentence): what the uplift is for
    "uplift": (
        "To ask the Secretary of State for Education, whether her Department is taking steps to help ensure that early"
        " year providers have sufficient capacity to maintain provision for previously-enrolled children.",
        "<p>This substantial uplift is for local authorities to increase the hourly rates paid to providers for"
        " delivering the existing entitlements.</p>",
    ),
    # uk-commons 1871573 (its second paragraph): the guidance covers England, and the Scottish Government is met
    "guidance": (
        "To ask the Secretary of State for the Home Department, whether forthcoming guidance on local authority duties"
        " towards No Recourse to Public Funds families will include advice relevant to Scottish legislation.",
        "<p>The guidance does not alter the eligibility criteria for any current schemes or benefits. While the"
        " guidance is for local authorities in England, Home Office officials meet regularly with the Scottish"
        " government to discuss NRPF and other topics relating to the wider immigration system and will discuss the"
        " guidance as part of its development to draw in wider expertise and interests.</p>",
    ),
}


@pytest.mark.parametrize("case", list(NOT_HANDED))
def test_whom_a_thing_is_for_or_at_whose_discretion_is_no_hand_over(case):
    assert _deflection_words(*NOT_HANDED[case]) is None


def test_holding58_s_gate_reads_the_likeliest_of_the_kept_sentences():
    # holding58's unit gate reads the deferral sentence the sentence-level decision finds likeliest among those
    # the rule keeps, wherever it stands (review60: reading the first kept instead passed every test). Two
    # sentences given to it in order, a statement of data collected, then the figures put off: by reading, the
    # second is the deferral
    from qa_align.rules import answers

    from .test_generic57 import _read
    from .test_holding58 import BUS_Q

    later = "The figures for rural routes will be published in due course."

    def likeliest(ctx):
        model = answers._sentences_model(ctx.doc.settings.holding_sentences_model, ctx.doc.settings.cue_model)
        seg, a = ctx.pair.segments[0], ctx.answers[0]
        return answers.gate_reading(ctx, [(seg, a, s) for s in a.sentences], model).sentence[1].text

    answer = f"<p>The Department collects data on local bus services from operators each year. {later}</p>"
    assert _read(BUS_Q, answer, likeliest) == later
