"""A UK question that asks "if his Department will ..." / "if her Department will ..." asks yes or no
(helper yesno28, ``[cues] closed_question_starts`` in ``en.toml``), and so does a Dutch question sentence
with "of" right after a verb of asking or telling (``[question] whether_verbs`` in ``nl.toml``,
``analyze._asks_whether``).

The Commons' "To ask the Secretary of State for X, if her Department will bring forward legislation
..." is the closed clause "if she will ..." with the Department as its subject; 448 uk-commons
questions hold it. Read as no closed question before, the answer's silence on the yes or no went
unflagged. Real uk-commons records (1740885 labelled in dev-uk43, 1761329 in dev-uk44), the expected
verdicts written out from reading them and the readers' notes."""

from qa_align.settings import Settings

from .conftest import be_doc, closed_of, flagged, uk_doc

SETTINGS = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False)

# uk-commons 1740885
NDA_QUESTION = (
    "To ask the Secretary of State for Housing, Communities and Local Government, if her Department will "
    "bring forward legislation to prohibit the imposition of non-disclosure agreements on people who (a) "
    "successfully challenge (i) landlords and (ii) managing agents over (A) service charges and (B) major "
    "works bills and (b) agree an out of court settlements."
)

# uk-commons 1761329
COT_QUESTION = (
    "To ask the Secretary of State for Housing, Communities and Local Government, with reference to the "
    "findings from the National Child Mortality Database, if her Department will bring forward legislative "
    "proposals to mandate local authorities to provide cots for children under the age of two in temporary "
    "accommodation."
)


def test_if_her_department_will_asks_yes_or_no():
    assert closed_of(NDA_QUESTION, "en") == [NDA_QUESTION]
    assert closed_of(COT_QUESTION, "en") == [COT_QUESTION]


def test_legislation_never_said_is_left_open():
    # uk-commons 1740885: the answer speaks of the Government's view of NDAs, service charges and tribunals
    # and sets out "its position on the regulation of letting, managing and estate agents in due course";
    # whether legislation to prohibit the NDAs will be brought forward is never said (the readers:
    # yes_no_unanswered, not_answered)
    assert flagged(
        uk_doc(
            NDA_QUESTION,
            "<p>The Government recognises that Non-Disclosure Agreements are sometimes used for out of court "
            "settlements between leaseholders and their managing agent or landlord. It considers that in the "
            "vast majority of cases these should be unnecessary and only be used where they are acceptable to "
            "both parties. The Government expect landlords and their agents to be transparent with leaseholders "
            "on how the service charges are made up.</p><p>The level of service charge that leaseholders pay "
            "depends on many factors, including the terms of a lease and the age and condition of a building."
            "</p><p>By law, variable service charges must be reasonable. Should leaseholders wish to contest the "
            "reasonableness of their service charges they may make an application to the appropriate tribunal. "
            "The Leasehold and Freehold Reform Act 2024 includes measures designed to drive up the transparency "
            "of service charges to make them more easily challengeable if leaseholders consider them to be "
            "unreasonable. We will set out details in due course about the extensive programme of secondary "
            "legislation need to bring the various provisions of the Act into force.</p><p>The Government is "
            "committed to ensuring that those living in the rented and leasehold sectors are protected from "
            "abuse and poor service at the hands of unscrupulous property agents. The Government will set out "
            "its position on the regulation of letting, managing and estate agents in due course.</p>",
        ),
        "yes_no_unanswered",
        SETTINGS,
    )


def test_present_rules_described_leave_the_proposals_open():
    # uk-commons 1761329: the Code of Guidance and the duties as they stand, the homelessness strategy and its
    # funding; whether legislative proposals will be brought forward is never said (the readers:
    # yes_no_unanswered, not_answered)
    assert flagged(
        uk_doc(
            COT_QUESTION,
            "<p>These statistics are shocking. Homelessness levels are far too high and we are taking action to "
            "fix the current system that has left too many families without security or stability.</p><p>The "
            "Homelessness Code of Guidance is clear that temporary accommodation should not be considered "
            "suitable for a family with children under two if there is not enough space for a cot and that "
            "housing authorities should support families to secure a cot where needed. The legislation sets out "
            "that all temporary accommodation must be suitable, and local authorities should keep the "
            "suitability of accommodation under review. Where an individual feels that the council has applied "
            "their statutory duties incorrectly, they can take action in the courts or bring their concerns to "
            "the Local Government and Social Care Ombudsman.</p><p>The Deputy Prime Minister is leading "
            "cross-government work to deliver the long-term solutions we need to get us back on track to ending "
            "all forms of homelessness. This includes chairing a dedicated Inter-Ministerial Group, bringing "
            "together ministers from across government to develop a long-term strategy.</p><p>As announced at "
            "the Budget, funding for homelessness services has been increased by \u00a3233 million compared to "
            "last year (2024/25). This increased spending will help to prevent rises in the number of families "
            "in temporary accommodation and help to prevent rough sleeping. This brings total Homelessness "
            "spend to nearly \u00a31 billion in 25/26, a record level of funding.</p>",
        ),
        "yes_no_unanswered",
        SETTINGS,
    )


# A Dutch question sentence that asks whether in a clause: "of" right after a verb of asking or telling
# (``[question] whether_verbs``: "Kunt u aangeven of ...?", "zou ik u willen vragen of ...?") asks yes or no,
# as the English "whether" does; read as a request before ("aangeven") or as no question at all.


def test_meedelen_of_asks_yes_or_no():
    # be-kamer 187061 (dev-be29) unit 1: the readers flag "whether accidents also failed to fall in the
    # neighbouring countries is not said"; the comparison asked after it is answered
    first = "Kunt u meedelen of dit ook het geval is in onze buurlanden?"
    second = (
        "Ligt de verhouding tussen het aantal ongevallen en het aantal overwegen of treinkilometers in Belgie in "
        "de lijn van het Europese gemiddelde of is die slechter dan in andere Europese landen?"
    )
    assert closed_of(f"{first} {second}")[:1] == [first]


def test_pointer_only_leaves_willen_vragen_of_open():
    # be-kamer 191150 (dev-be38): the whole answer points to the answer to question 527; whether the
    # services can confirm that the Rubens is still shown in Bordeaux is left open (the readers:
    # cross_reference, yes_no_unanswered, reading 1 of the aligned readings)
    doc = be_doc(
        "Het Martelaarschap van de Heilige Joris van Pieter Paul Rubens, dat in 1794 uit Lier geroofd werd. \n\n "
        "Naar aanleiding van het debat dat we in de commissie gevoerd hebben over uw beleidsnota en meer bepaald "
        "over de problematiek van de teruggave van de kunstwerken die in de late 18e en de vroege 19e eeuw door "
        "Franse troepen geroofd werden en sinds het edict van 1801 over de Franse musea verdeeld werden, zou ik "
        "willen verwijzen naar de inventaris die door uw diensten in het vooruitzicht werd gesteld.Als gevolg van "
        "de vragen die ik uw voorganger gesteld heb werd er besloten een inventaris op te stellen met alle werken "
        "die uit onze kerken, kloosters, kathedralen, enz. gestolen werden. Die inventaris zou in 2018 "
        "gepubliceerd worden, wat me helaas rijkelijk laat lijkt.Ook al kan men eventueel met de steun van de FOD "
        "Buitenlandse Zaken een dialoog met de nieuwe Franse regering aangaan om tot een ??minnelijke schikking "
        "te komen, men mag een en ander niet te lang laten aanslepen.Daarom zou ik u voor de periode die "
        "bekendstaat als 'de eeuw van Rubens' willen vragen of uw diensten al kunnen bevestigen dat Het "
        "Martelaarschap van de Heilige Joris van Pieter Paul Rubens, dat in 1794 uit Lier geroofd werd, nog steeds "
        "tentoongesteld wordt in het museum te Bordeaux zonder dat dit museum er aanspraak op kan maken?",
        "Graag verwijs ik naar mijn antwoord op schriftelijke vraag nr. 527 met hetzelfde onderwerp (zie huidig "
        "Bulletin).",
    )
    assert flagged(doc, "yes_no_unanswered", SETTINGS)
