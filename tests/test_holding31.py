"""holding on deferrals in words no cue read before (holding31): premature in the first person ("lijkt het mij
voorbarig hier conclusies uit te trekken"), options still to be considered ("will consider options"), evidence
still being sought ("seeking evidence"), a review to come in the passive ("will be examined"), figures still being
refined ("will continue to be further refined"), a decision after evidence still to come ("before making any
decisions"). Real answers from ../shared/data, shortened where said; expected flags written by hand from reading
them."""

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc, flagged, uk_doc

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)


def test_premature_in_the_first_person_is_holding():
    # be-kamer 188750 unit 2 (dev-be51, labelled holding): whether the minister agrees is put off as premature;
    # the question shortened to its unit 2, the answer to its segment "2."
    (sp,) = score_document(
        be_doc(
            "Bent u akkoord met bovenstaande zienswijze dat onze Belgische voetbalclubs gegeerd wild zijn bij "
            "buitenlandse investeerders om niet-EU-spelers in onder te brengen, op te leiden en dan door te verkopen "
            "met winst aan grote clubs, waarbij de opleidings- en speelkansen van onze eigen jeugd ondermijnd wordt? "
            "Zo neen, waarom dan niet?",
            "Op basis van de beperkte gegevens lijkt het mij voorbarig hier conclusies uit te trekken. Temeer daar "
            "een groot aandeel van de vrijstelling doorstorting bedrijfsvoorheffing betrekking heeft op spelers ouder "
            "dan 26 jaar. Het sportbeleid is een bevoegdheid van de Gewesten.",
        ),
        SETTINGS,
    )
    assert any(f.name == "holding" for f in sp.flags)


def test_having_to_wait_is_no_deferral_when_the_wait_is_done_away_with():
    # be-kamer 190281 (outside the labelled sets, read in holding31's audit): "moeten wachten op" was tried and
    # dropped, it also says what no longer has to be waited for; shortened
    (sp,) = score_document(
        be_doc(
            "Wat schiet men er volgens u mee op als men de proefperiode opnieuw invoert?",
            "De arbeidsovereenkomst voor werklieden evenals voor bedienden kan verbroken worden met een opzegging "
            "die slechts twee weken bedraagt bij aanvang van de tewerkstelling, zonder te moeten wachten op het "
            "verstrijken van een minimale periode, zoals dit voordien het geval was.",
        ),
        SETTINGS,
    )
    assert not any(f.name == "holding" for f in sp.flags)


def test_options_still_to_be_considered_are_holding():
    # uk-commons 1746891 (dev-uk53, labelled holding): whether a summit will be discussed is put off to options
    # still to be considered
    doc = uk_doc(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, pursuant to the Answer of 29 July "
        "2024 to Question 1488 on Agriculture: Food Supply, if he will have discussions with the Prime Minister on "
        "holding a farm to fork summit at 10 Downing Street in 2025.",
        "<p>Defra will work side-by-side with industry and stakeholders across the food system to deliver lasting "
        "change and will consider options for specific events as appropriate.</p>",
    )
    assert flagged(doc, "holding", SETTINGS)


def test_options_others_could_consider_are_no_deferral():
    # uk-commons 1778318 (outside the labelled sets, read in holding31's audit): "consider options" as such names
    # choices open to others, nothing put off; shortened
    doc = uk_doc(
        "To ask the Secretary of State for Health and Social Care, with reference to his Department’s press release "
        "entitled Dental patients to benefit from 700,000 extra urgent appointments, published on 21 February 2025, "
        "what assessment he has made of the potential impact of the time taken to provide additional urgent dental "
        "appointments on (a) patients and (b) dental surgeries.",
        "<p>We will deliver 700,000 extra urgent dental appointments per year, and have asked that ICBs start "
        "making extra appointments available for patients from April 2025.</p><p>Whilst NHS England is not "
        "mandating an approach to the purchasing of these additional appointments, ICBs could consider options "
        "such as buying more appointments through new or recommissioned contracts, through modification of "
        "existing contracts, or by using flexible commissioning.</p>",
    )
    assert not flagged(doc, "holding", SETTINGS)


def test_evidence_still_sought_is_holding():
    # uk-commons 1910442 (dev-uk45, labelled holding): the estimate asked is put off to the consultation; shortened
    doc = uk_doc(
        "To ask the Secretary of State for Education, what estimate her Department has made of the number of "
        "students who would no longer receive funded assistive software under the proposed changes as set out in "
        "the ‘Assistive software funded through Disabled Student’s Allowance’ Government consultation.",
        "<p>The consultation recognises that paid-for assistive software and free-to-access tools are not "
        "necessarily equivalent in all cases. The department has not made a final assessment of the adequacy of "
        "these tools, as we are seeking evidence of this through the consultation process.</p>",
    )
    assert flagged(doc, "holding", SETTINGS)


def test_commitments_still_to_be_examined_are_holding():
    # uk-commons 1721604 (dev-uk47, labelled holding): the policy asked is put off to a review still to come
    doc = uk_doc(
        "To ask the Secretary of State for Transport, what her Department's policy is on using the Local Transport "
        "Fund to help fix potholes across South Shropshire constituency; and what progress her Department has made "
        "on fixing potholes since the Local Transport Fund's inception.",
        "<p>The previous Government made a number of funding commitments in the Network North Command Paper and "
        "these will be examined closely by this Government in the coming months.</p>",
    )
    assert flagged(doc, "holding", SETTINGS)


def test_modelling_still_to_be_refined_is_holding():
    # uk-commons 1663026 (dev-uk52, labelled holding): the modelling's result is put off to an impact assessment
    doc = uk_doc(
        "To ask the Secretary of State for Health and Social Care, with reference to his Department's Written "
        "Statement of 11 April 2023, on Achieving Smokefree 2030: cutting smoking and stopping kids vaping, HCWS710, "
        "what modelling his Department has done of how the steps outlined in that Statement will help bring smoking "
        "rates down to 5% or less in England by 2030.",
        "<p>Annex 1 of ‘Stopping the start: our new plan to create a smokefree generation’ sets out the modelling "
        "used to forecast changes in smoking prevalence over time based on legislating for a smokefree generation. "
        "This modelling is preliminary and will continue to be further refined ahead of publication of a full "
        "impact assessment.</p>",
    )
    assert flagged(doc, "holding", SETTINGS)


def test_a_decision_after_the_evidence_is_holding():
    # uk-commons 1854221 (dev-uk55, labelled holding): whether the powers are used is put off to the evidence
    doc = uk_doc(
        "To ask the Secretary of State for Energy Security and Net Zero, whether he is formally triggering Section "
        "159(3) of the Energy Act 2023 with the launch of the consultation on alternative clean heating solutions "
        "which covers the Renewable Liquid Heating Fuel Obligation.",
        "<p>The consultation on alternative heating solutions seeks to gather evidence on the role that these "
        "technologies could play in ensuring that every household has a low-carbon option that is right for them. "
        "The government will consider the evidence before making any decisions on whether to exercise the powers "
        "in Section 159 of the Energy Act 2023 in respect of a Renewable Liquid Heating Fuel Obligation.</p>",
    )
    assert flagged(doc, "holding", SETTINGS)
