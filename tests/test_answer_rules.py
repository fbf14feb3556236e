"""The answer rules on real sentences from ../shared/data (the record named in each case),
positive and negative, Dutch and English; expected flags written out by hand."""

import pytest

from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

from .conftest import be_doc

RULES = (
    "cross_reference", "deflection", "no_information", "holding", "generic", "yes_no_unanswered",
    "echoes_question", "figures_missing",
)  # fmt: skip
SETTINGS = Settings(rules=RULES, recycled_across_documents=False)


def nl_flags(question: str, answer: str) -> dict[str, list[str]]:
    return {
        sp.pair.question.n: sorted({f.name for f in sp.flags})
        for sp in score_document(be_doc(question, answer), SETTINGS)
    }


def en_flags(question: str, answer: str) -> list[str]:
    doc = uk_record({"id": 1, "questionText": question, "answerText": answer}, "t")
    (sp,) = score_document(doc, SETTINGS)
    return sorted({f.name for f in sp.flags})


# ------------------------------------------------------------------------- Dutch


def test_nl_cross_reference_to_an_oral_answer():
    # be-kamer 189783
    flags = nl_flags(
        "Toestand archieven gevangenissen.\n\n 1. Van welke archieven van gevangenissen bent u op de hoogte?",
        "Er wordt verwezen naar het antwoord dat op 14 juni 2017 werd gegeven in de commissie voor de Justitie "
        "op uw mondelinge vraag nr. 19245 (Integraal verslag, Kamer, 2016-2017, CRIV54 COM690).",
    )
    assert flags == {"1": ["cross_reference"]}


def test_nl_deflection_to_a_colleague_is_not_a_cross_reference():
    # be-kamer 186455: the opening hands questions 1-3 to another minister
    flags = nl_flags(
        "Vergeten bankrekeningen.\n\n 1. Wat gebeurt er in ons land met vergeten bankrekeningen?"
        "2. Hoe zit het met de levensverzekeringscontracten waarbij er geen erfgenamen zijn?",
        "De antwoorden op de vragen 1 behoren tot bevoegdheid van mijn collega de minister van Financien. "
        "2. De slapende levensverzekeringscontracten worden geregeld door de wet houdende diverse bepalingen "
        "van 24 juli 2008.",
    )
    assert flags == {"1": ["deflection"], "2": []}


def test_nl_deflection_late_in_a_full_answer_is_flagged():
    # tweede-kamer 1b26915f answer 5: after three sentences of substance, the siting of the stores is
    # said to be for the local authority to decide. LABELS.md ("Where in the answer a flag is read"):
    # a hand-over after factual sentences is deflection all the same
    flags = nl_flags(
        "Onderwerp.\n\n 1. Wat vindt u ervan dat op dit moment is toegestaan dat woningen op slechts acht meter "
        "afstand van de opslag staan?",
        "Het is belangrijk dat vuurwerk veilig opgeslagen wordt en daar zijn dan ook regels voor, ook wat betreft "
        "de afstand tot woningen. De te hanteren afstand van 8 meter en de te treffen maatregelen aan een "
        "opslagvoorziening zijn hierop gebaseerd. Zo moet een vuurwerkopslag te allen tijde beschikken over onder "
        "andere een automatische sprinklerinstallatie en brandwerende muren en deuren. Met dit totale pakket aan "
        "eisen is daarom in Nederland een opslag van vuurwerk in woonwijken mogelijk, en is het aan het "
        "decentraal bevoegd gezag om te beslissen over de situering van opslagen.",
    )
    assert flags == {"1": ["deflection"]}


def test_nl_no_information_and_figures_missing():
    # tweede-kamer 1bd47dc8 question 4
    flags = nl_flags(
        "Onderwerp.\n\n 1. Wat is de geschatte winst van deze vluchten voor Corendon in de zomer van 2024?",
        "Het kabinet heeft hier geen inzicht in.",
    )
    assert flags == {"1": ["figures_missing", "no_information"]}


def test_nl_holding_leads_the_answer():
    # tweede-kamer 1b26915f answer 6
    flags = nl_flags(
        "Onderwerp.\n\n 1. Bent u bereid om de regels van het Vuurwerkbesluit te wijzigen zodat vuurwerkopslag "
        "helemaal niet meer in woonwijken plaats mag vinden?",
        "Zoals gezegd wordt gewerkt aan een kabinetsreactie op het rapport van de Universiteit Twente. Hierin "
        "bekijk ik samen met de Minister van Veiligheid en Justitie ook of het nodig is om de huidige regels aan "
        "te scherpen. Uw Kamer wordt hier voor het zomerreces over geïnformeerd.",
    )
    assert flags == {"1": ["holding", "yes_no_unanswered"]}


@pytest.mark.xfail(
    strict=True,
    reason="'alle opties op tafel' matched this one document of ../shared/data and was removed from the "
    "lexicon (lexicon-stats, issue 17 item 6); the learned cue detection (item 1) is to find it",
)
def test_nl_generic_and_yes_no_unanswered():
    # tweede-kamer 1bd47dc8 question 5
    flags = nl_flags(
        "Onderwerp.\n\n 1. Bent u bereid aanvullende maatregelen te nemen om bedrijven die ondanks de "
        "vernietigende oorlog in Oekraïne winst blijven maken door bedrijvigheid in en handel met Rusland hiervan "
        "te weerhouden?",
        "Het kabinet onderzoekt voortdurend de mogelijkheid tot nieuwe sanctiemaatregelen met als doelstelling het "
        "verminderen van de Russische staatsinkomsten om zo Russische oorlogsmachine zo veel mogelijk te "
        "belemmeren. Daarbij liggen voor het kabinet alle opties op tafel. Het is echter niet in het belang van "
        "de onderhandelingen om in het openbaar uitspraken te doen over eventuele nieuwe maatregen.",
    )
    assert flags == {"1": ["generic", "yes_no_unanswered"]}


@pytest.mark.parametrize(
    "question, answer",
    [
        # tweede-kamer 1cf0c343 question 1
        (
            "Bent u bekend met het artikel «Ingrijpen in energiemarkt noodzakelijk om stroomtekort te voorkomen»?",
            "Ja.",
        ),
        # the cybersecurity document, question 2: "no evaluation yet" is a no
        (
            "Is er een evaluatie gemaakt van de impact van de bestaande sensibiliseringsacties? Graag meer uitleg.",
            "Tot op heden is er van deze verschillende acties nog geen overkoepelende evaluatie gebeurd. We "
            "monitoren in eerste instantie het aantal ondernemingen dat we met de diverse acties bereiken.",
        ),
        # be-kamer 188845: "Ik bevestig dat ..." confirms
        (
            "Kunt u bevestigen dat de betaling van de achterstallige dotaties in 2015 en 2016 is gebeurd, en in "
            "2017 zal gebeuren, zoals gepland?",
            "Ik bevestig dat de saldi van het verkeersveiligheidsfonds voor de inningen 2010, 2011 en 2012 werden "
            "uitgevoerd.",
        ),
        # an open question is not a yes/no question (1cf0c343 question 2)
        (
            "Hoe apprecieert u het feit dat verschillende experts aangeven dat leveringszekerheid van elektriciteit "
            "een blinde vlek is van Nederland?",
            "De leveringszekerheid wordt jaarlijks goed gemonitord en indien nodig wordt handelend opgetreden.",
        ),
    ],
)
def test_nl_answers_that_say_yes_or_no_or_answer_an_open_question(question, answer):
    assert nl_flags("Onderwerp.\n\n 1. " + question, answer) == {"1": []}


def test_nl_echoes_question():
    # be-kamer 185492: an erratum whose answer segment is the question itself
    q = "Zijn de sluitingstijden van de slagbomen ter hoogte van respectievelijk de Fabriekstraat in Opwijk en de N9 in Asse reeds geoptimaliseerd?"
    flags = nl_flags("Onderwerp.\n\n 1. " + q, q)
    assert "echoes_question" in flags["1"]


def test_nl_pointer_an_answer_opens_on_is_a_cross_reference_and_so_is_an_aside():
    # be-kamer 186862 (preamble shortened): answer 2 opens on "Zoals vermeld in het antwoord op
    # vraag 1"; answer 1's own "zoals vereisten" is no pointer
    question = (
        "De bevoegdheidsverdeling na de zesde staatshervorming.\n\n 1. Werd het advies bij de Raad van State "
        "over het ontwerp koninklijk besluit reeds aangevraagd? 2. Werd het advies reeds verleend?"
    )
    flags = nl_flags(
        question,
        "1. Het ontwerp van koninklijk besluit werd voor advies voorgelegd aan de Raad van State. "
        "2. Zoals vermeld in het antwoord op vraag 1 is de adviesaanvraag aan de Raad van State gebeurd. "
        "We wachten het advies af.",
    )
    # "We wachten het advies af" puts the advice's content off to the advice still to come: holding, as
    # corpus/gold dev-be15 reads this unit (186862 2, after reference-dev 184508 1)
    assert flags["2"] == ["cross_reference", "holding"] and "cross_reference" not in flags["1"]
    # the same words as an aside after the answer's first sentence (Tweede Kamer 1b0f0b98, answer 7):
    # LABELS.md reads a pointer anywhere in the answer
    flags = nl_flags(
        question,
        "1. Het ontwerp van koninklijk besluit werd voor advies voorgelegd aan de Raad van State. "
        "2. Het advies is nog niet verleend. Er zijn gesprekken gehouden met lokale stakeholders, zoals "
        "beschreven in het antwoord op vraag 6.",
    )
    assert "cross_reference" in flags["2"]


def test_nl_one_plain_sentence_answers_a_closed_question():
    # be-kamer 186551: no "ja" or "nee", but the statement is the answer
    flags = nl_flags(
        "Retributies en GAS-boetes.\n\n 1. Is het geschetste probleem u bekend?",
        "De geschetste problematiek is mij niet bekend.",
    )
    assert flags == {"1": []}
    # be-kamer 190872 (its first sentence): as short, but it defers
    flags = nl_flags(
        "Lijn 130a.\n\n 1. Kunt u bevestigen dat lijn 130a vanaf 2019 op een enkel spoor gebracht zal worden?",
        "Infrabel laat me weten dat het enkelsporig maken van een deel van lijn 130a het voorwerp uitmaakt van "
        "interne besprekingen.",
    )
    assert flags == {"1": ["holding", "yes_no_unanswered"]}


def test_nl_a_follow_up_asked_on_one_reply_leaves_the_question_closed():
    # Tweede Kamer 1b26915f, question 6: "Zo nee, waarom niet?" still asks the yes or no first
    question = (
        "Vuurwerkopslag.\n\n 1. Bent u bereid om de regels van het Vuurwerkbesluit te wijzigen zodat "
        "vuurwerkopslag helemaal niet meer in woonwijken plaats mag vinden? Zo nee, waarom niet?"
    )
    flags = nl_flags(
        question,
        "Zoals gezegd wordt gewerkt aan een kabinetsreactie op het rapport van de Universiteit Twente. Hierin "
        "bekijk ik samen met de Minister van Veiligheid en Justitie ook of het nodig is om de huidige regels aan "
        "te scherpen. Uw Kamer wordt hier voor het zomerreces over geïnformeerd.",
    )
    assert flags == {"1": ["holding", "yes_no_unanswered"]}
    # "Zo ja, welke?" asks for more, and the yes or no is still asked (the readers of
    # reference-dev flag be-kamer 191851 question 1, "... verstrekt? Zo ja, welk soort?", answered
    # with a hand-over only)
    flags = nl_flags(
        question.replace("Zo nee, waarom niet?", "Zo ja, welke regels?"),
        "Zoals gezegd wordt gewerkt aan een kabinetsreactie op het rapport van de Universiteit Twente.",
    )
    assert flags["1"] == ["holding", "yes_no_unanswered"]
    # after an open question, a closed one asked only on one reply does not make the unit closed
    # (be-kamer 188595 question 5: "In welke mate heeft u overleg gepleegd ...? Zo neen, bent u bereid ...?")
    flags = nl_flags(
        "Onderwerp.\n\n 1. In welke mate heeft u overleg gepleegd met uw collega's inzake gendergelijkheid? "
        "Zo neen, bent u bereid dit te bepleiten?",
        "DGD hecht een bijzondere aandacht aan de integratie van gender bij de analyse van de projectvoorstellen.",
    )
    assert "yes_no_unanswered" not in flags["1"]


def test_nl_deflection_not_within_my_powers():
    # be-kamer 185780
    flags = nl_flags(
        "Cyberveiligheid.\n\n 1. Kadert die gids in een globaal geheel van maatregelen?",
        "De parlementaire vraag valt niet onder mijn bevoegdheden, maar behoort tot die van mijn collega, de heer "
        "Charles Michel, eerste minister.",
    )
    # "Kadert die gids ...?" puts its verb first: a yes/no question, and a hand-over leaves the yes or no
    # open (corpus/gold/README.md, the readers' practice: yes_no_unanswered beside deflection, 191851)
    assert flags == {"1": ["deflection", "yes_no_unanswered"]}


# ------------------------------------------------------------------------- English


def test_en_cross_reference():
    # uk-commons 1656388
    assert en_flags(
        "To ask the Secretary of State for Defence, what steps his Department is taking to improve retention.",
        "<p>I refer the right hon. Member to the answer I gave on 22 November 2022 to Question 89028 to the hon. "
        "Member for Ipswich (Mr Hunt).</p>",
    ) == ["cross_reference"]


def test_en_pointer_an_answer_opens_on_is_a_cross_reference():
    # uk-commons 1868488
    question = (
        "To ask the Secretary of State for Transport, what estimate she has made of passenger numbers on "
        "Greater Anglia Services in each of the next five years."
    )
    assert "cross_reference" in en_flags(
        question,
        "<p>As detailed in the response to Question 91938, over each of the next five financial years I expect "
        "Greater Anglia to continue to grow passenger numbers and income.</p>",
    )
    # the same pointer after a first sentence that answers: a pointer all the same (LABELS.md)
    assert "cross_reference" in en_flags(
        question,
        "<p>I expect Greater Anglia to continue to grow passenger numbers and income. This is as detailed in "
        "the response to Question 91938.</p>",
    )


def test_en_the_hon_member_does_not_end_a_sentence():
    # uk-commons 1787298: the deferral stands in the second sentence, not the third
    from qa_align.analyze import analyze_answer
    from qa_align.readers.uk_commons import read_record

    question = (
        "To ask the Secretary of State for Defence, whether recommendation 5.2a of the report by his Department "
        "entitled the Review of the Reserve Forces’ and Cadets’ Associations 2019, published on 24 March 2020, "
        "(a) has been (i) implemented, (ii) paused, (iii) not pursued, (iv) transferred and (b) is in progress."
    )
    answer = (
        "<p>It is taking time to collate the information needed to answer the hon. Member's questions. I will write "
        "to him very shortly and will place a copy of my letter in the Library of the House.</p>"
    )
    doc = read_record({"id": 1, "questionText": question, "answerText": answer}, "t")
    sentences = analyze_answer(doc.answer.segments[0], "en").sentences
    assert [s.text[:20] for s in sentences] == ["It is taking time to", "I will write to him "]
    assert en_flags(question, answer) == ["holding", "yes_no_unanswered"]


def test_en_deflection_to_the_statistics_authority_and_its_attached_reply():
    # uk-commons 1885140: handed over, and the authority's reply is attached, not in the text
    assert en_flags(
        "To ask the Minister for the Cabinet Office, how the ONS will ensure that the design of questions in "
        "major surveys and censuses conform with the Sullivan Review recommendation that sex should be the "
        "default target of any sex question.",
        "<p>The information requested falls under the remit of the UK Statistics Authority.</p><p> </p><p>A "
        "response to the Hon lady’s Parliamentary Question of 25th February is attached.</p>",
    ) == ["cross_reference", "deflection"]


@pytest.mark.xfail(
    strict=True,
    reason="'delivered in London by' matched this one record of 47,551 and was removed from the lexicon "
    "(lexicon-stats, issue 17 item 6); the learned cue detection (item 1) is to find the hand-over",
)
def test_en_deflection_and_figures_missing():
    # uk-commons 1873236 (its parts (a)-(d) left out here)
    assert en_flags(
        "To ask the Secretary of State for Housing, Communities and Local Government, with reference to the "
        "Affordable Homes Programme annual report 2024 to 2025, what was the average grant subsidy in London for "
        "the 871 homes completed to date.",
        "<p>The Affordable Homes Programme is delivered in London by the Greater London Authority (GLA). The GLA "
        "do not publish the information requested on the basis it is commercially sensitive.</p>",
    ) == ["deflection", "figures_missing"]


def test_en_no_information_with_other_figures_is_figures_missing():
    # uk-commons 1883750, the funding paragraph: the £1 billion is national, the question asks for one
    # constituency, and the answer says that figure is not held (labelled figures_missing + no_information)
    assert en_flags(
        "To ask the Secretary of State for the Home Department, how much funding has been allocated for this "
        "purpose in Eastleigh constituency.",
        "<p>The Strategy is backed by at least £1 billion funding across government over the spending review "
        "period. Funding for VAWG related services is generally allocated at a national, regional, or local "
        "authority level rather than by parliamentary constituency. As such, the Home Office does not hold "
        "separate figures for Eastleigh constituency.</p>",
    ) == ["figures_missing", "no_information"]


def en_scored(question: str, answer: str, rules: tuple[str, ...]):
    doc = uk_record({"id": 1, "questionText": question, "answerText": answer}, "t")
    (sp,) = score_document(doc, Settings(rules=rules, recycled_across_documents=False))
    return sp


def test_en_figures_missing_names_the_claim_that_the_figure_is_not_held():
    # uk-commons 1804915: regional figures for a question about one constituency
    answer = (
        "<p>£33m was allocated to the West Midlands pilot of the £100m Innovation Accelerator programme.</p>"
        "<p>UKRI does not collect data on Innovation Accelerator funding by Parliamentary constituency.</p>"
    )
    sp = en_scored(
        "To ask the Secretary of State for Science, Innovation and Technology, how much Innovation Accelerator "
        "pilot grant funding has been allocated to businesses in Aldridge-Brownhills constituency.",
        answer,
        ("figures_missing",),
    )
    (flag,) = sp.flags
    assert flag.name == "figures_missing"
    assert "'how much'" in flag.reason and "'does not collect'" in flag.reason
    assert [(e.part, e.text) for e in flag.evidence] == [
        ("question", "how much"),
        ("answer", "does not collect"),
    ]
    claim = next(e for e in flag.evidence if e.part == "answer")
    assert sp.document.text[claim.start : claim.end] == "does not collect"


def test_en_figures_given_without_a_claim_of_missing_data_are_not_flagged():
    # uk-commons 1683391: the count is given, nothing is said to be missing
    sp = en_scored(
        "To ask the Secretary of State for Justice, how many prison officers left the service in 2022.",
        "<p>In the 12 months to 31 December 2022, 3,540 band 3-5 prison officers left HMPPS.</p>",
        ("figures_missing", "no_information"),
    )
    assert sp.flags == ()


def test_en_breakdown_refused_beside_tables_is_breakdown_missing():
    # uk-commons 1665768 (shortened): tables per month, but the periods asked cannot be given
    sp = en_scored(
        "To ask the Secretary of State for Justice, what the total (a) volume and (b) value of claims from "
        "provision of in court duty assistance were between (i) 1 and 10 August, (ii) 11 August and 10 September "
        "and (iii) 11 September and 10 October 2023 inclusive.",
        "<p>The LAA records information about claim submissions and payments by reference to the month in which "
        "the Contract Report Form was submitted. It is therefore not possible to provide a breakdown for the "
        "periods specified in the question.</p><table><tr><td></td><td>August</td><td>September</td></tr>"
        "<tr><td>Volume of Claims</td><td>1665</td><td>1750</td></tr>"
        "<tr><td>Value of Claims</td><td>£176,656.00</td><td>£182,931.64</td></tr></table>",
        ("breakdown_missing", "figures_missing"),
    )
    assert [f.name for f in sp.flags] == ["breakdown_missing"]
    (flag,) = sp.flags
    assert "not possible to provide a breakdown" in flag.reason
    assert ("answer", "not possible to provide a breakdown") in [(e.part, e.text) for e in flag.evidence]


def test_en_breakdown_in_a_published_table_is_a_cross_reference_and_breakdown_missing():
    # uk-commons 1695460: the figures by country stand in DUKES Table 6.6; a pointer to a published source
    # does not give them (LABELS.md), and the answer's one figure is for (b) domestic settings, none for (a)
    sp = en_scored(
        "To ask the Secretary of State for Energy Security and Net Zero, what estimate she has made of the "
        "average annual tonnage of wood imported for burning in (a) industrial and (b) domestic settings; and how "
        "many tonnes on average comes from each of those countries each year.",
        "<p>Figures on the amount of imported wood and waste wood by country is published in The Digest of UK "
        "Energy Statistics (DUKES) Table 6.6, but information on sites is not collected. Of the 2,319 thousand "
        "tonnes of wood consumed in the domestic sector in 2022, 198 thousand tonnes were imported.</p>",
        ("breakdown_missing", "cross_reference", "no_information"),
    )
    assert sorted(f.name for f in sp.flags) == ["breakdown_missing", "cross_reference", "no_information"]
    (flag,) = [f for f in sp.flags if f.name == "breakdown_missing"]
    assert "part (a): no answer" in flag.reason and "part (b)" not in flag.reason


def test_en_holding():
    # uk-commons 1656533
    assert "holding" in en_flags(
        "To ask the Secretary of State for Education, what estimate she has made of the number of nurseries that "
        "closed in the East of England in the 2022-23 financial year.",
        "<p>This is a matter for His Majesty’s Chief Inspector, Amanda Spielman. I have asked her to write to the "
        "hon. Member and a copy of her reply will be placed in the Libraries of both Houses.</p>",
    )


def test_en_generic():
    # uk-commons 1888978
    assert en_flags(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, what scientific evidence Natural "
        "England is using to determine whether a development has a potential hydrological impacts on Sites of "
        "Special Scientific Interest.",
        "<p>Natural England assesses all available information on both impacts and mitigation and uses "
        "professional judgement and scientific expertise to provide advice to decision-makers.</p>",
    ) == ["generic"]


def test_en_a_plain_answer_raises_nothing():
    # uk-commons 1700203: "whether he will publish" answered "not intended to be published"
    assert (
        en_flags(
            "To ask the Minister for the Cabinet Office, whether he will publish the Government Digital and Data Pay "
            "Framework.",
            "<p>The Digital and Data Pay Framework is being revalorised to meet market trends for Digital and Data "
            "roles. It is an internal framework for government use that is not intended to be published externally "
            "to protect market sensitivities.</p>",
        )
        == []
    )


def test_en_closed_question_deferred_is_unanswered():
    # uk-commons 1732963: "continue to consider" opens the answer to "if he will amend"
    assert en_flags(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, if he will amend the criteria "
        "relating to bathing water designation to include the (a) use of (i) non-motorised boats and (ii) "
        "paddleboards and (b) holding of (i) the Royal Regatta, (ii) events organised by Swim Henley and (iii) "
        "other such events.",
        "<p>Ministers continue to consider possible changes to the Bathing water system. In light of this, "
        "applications for designations for the 2025 bathing season which were closed by the previous "
        "administration, remain closed.</p>",
    ) == ["holding", "yes_no_unanswered"]


@pytest.mark.xfail(
    strict=True,
    reason='three of the six words asked stand in the position ("has considered the impact of the strategic '
    'agreement"), under yes_no_covered_share 0.6 (tests/test_yesno4.py: chosen on the development sets)',
)
def test_en_closed_question_answered_in_prose_is_not_flagged():
    # uk-commons 1785138: no "yes" or "no", but the position is stated
    assert (
        en_flags(
            "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, pursuant to the Answer "
            "of 10 March 2025 to Question 34796 on China: Cook Islands, if he will make an assessment of the "
            "potential impact of that strategic agreement on (a) his policies and (b) the policies of the Overseas "
            "Territories in the Indo-Pacific.",
            "<p>The UK Government will continue its policy of working to maintain a free, secure and open "
            "Indo-Pacific where international norms are respected. As part of the UK Government's constitutional "
            "responsibility for the defence, external relations and internal security of the British Overseas "
            "Territories, the Foreign, Commonwealth and Development Office has considered the impact of the "
            "strategic agreement on the one Territory in the Indo-Pacific (Pitcairn).</p>",
        )
        == []
    )


def test_en_no_information_not_always_available():
    # uk-commons 1912092
    assert "no_information" in en_flags(
        "To ask the Secretary of State for Business and Trade, how many people receive the Minimum Wage or the "
        "National Living Wage in the Tees Valley region.",
        "<p>Estimates by local authority and parliamentary constituency are not always available due to data "
        "reliability constraints.</p><p>Around 140,000 workers in the North East were expected to benefit from a "
        "direct pay rise following National Minimum Wage (NMW) and National Living Wage (NLW) increases in April "
        "2025.</p>",
    )


def test_en_letter_in_the_library_is_a_cross_reference_and_generic_range_of_issues():
    # uk-commons 1659702 and 1851373
    assert en_flags(
        "To ask the Chancellor of the Exchequer, what data his Department holds on he number of (a) cases "
        "investigated and (b) enforcement actions taken against individuals and entities involved in the "
        "promotion of unregulated collective investment schemes in each of the last five years.",
        "<p>Enforcement relating to the promotion of unregulated collective investment schemes is generally a "
        "matter for the FCA, which is operationally independent from the Government. These questions have "
        "therefore been passed to the FCA who will respond directly to the honourable Member by letter. A copy "
        "of the letter will be placed in the Library of the House.</p>",
    ) == ["cross_reference", "deflection", "figures_missing", "holding"]
    # the figures go by a letter still to come, which gives none (LABELS.md; corpus/gold/dev.jsonl flags
    # figures_missing): the count asked in "he number of" (a typo no count word matches) is read by the
    # question-reading model (qa_align/asks.py); the FCA "will respond ... by letter"
    # and "A copy of the letter will be placed in the Library": a later answer promised, holding
    # (LABELS.md: flags are independent, the hand-over does not make the promise less of one)
    assert en_flags(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, what discussions she has had with "
        "Ofwat on Thames Water’s compliance with its (a) environmental and (b) financial obligations under its (i) "
        "Infrastructure provider project, (ii) water supply and (iii) sewerage licence.",
        "<p>The Secretary of State meets regularly with stakeholders including Ofwat to discuss a range of "
        "issues.</p>",
    ) == ["generic"]


def test_nl_breakdown_said_to_be_impossible_is_breakdown_missing():
    # be-kamer 188966: a total is given, the breakdown per category asked is said to be impossible
    rec = {
        "doc_id": "188966",
        "question": "Verblijfsvergunningen. - Retributies. \n\n 1. Kan u per onderscheiden categorie voor het jaar "
        "2016 meedelen:a) hoeveel personen onderworpen waren aan deze retributie;b) hoeveel dit heeft opgebracht?"
        "2. Kan u eveneens voor de verschillende groepen waarvoor een nultarief werd ingevoerd meedelen hoeveel "
        "personen een aanvraag tot verblijfsvergunning indienden?",
        "answer": "1. In 2016 bedroegen de ontvangsten 7. 195.383,47 euro. Deze kunnen niet opgesplitst worden per "
        "categorie. 2. Om technische redenen is het niet mogelijk om de gevraagde cijfers te berekenen.",
        "department": "D",
        "date_tabled": "2017-01-01",
    }
    settings = Settings(rules=("breakdown_missing", "no_information"), recycled_across_documents=False)
    by_n = {sp.pair.question.n: sp for sp in score_document(be_record(rec, "t"), settings)}
    # "Deze kunnen niet opgesplitst worden per categorie": the breakdown is said not to exist, which
    # LABELS.md reads as no_information too ("a claim of missing data together with the figures
    # that do exist: partial + no_information"; flags are independent)
    assert [f.name for f in by_n["1"].flags] == ["breakdown_missing", "no_information"]
    flag = by_n["1"].flags[0]
    assert "'niet opgesplitst'" in flag.reason
    assert ("answer", "niet opgesplitst") in [(e.part, e.text) for e in flag.evidence]
    assert [f.name for f in by_n["2"].flags] == ["no_information"]


def test_en_devolved_matter_that_limits_the_scope_is_not_a_deflection():
    # uk-commons 1876744: the answer says it covers England only, then answers. Whether she will
    # review the prohibition it leaves to be inferred (the licence permits the mix): yes_no_unanswered
    # weighs that; here only the scope remark is at stake
    assert "deflection" not in (
        en_flags(
            "To ask the Secretary of State for Environment, Food and Rural Affairs, if she will review the "
            "prohibition on exhibiting Psittaciformes alongside (a) canaries and (b) finches at licensed bird "
            "gatherings.",
            "<p>This is a devolved matter and the information provided therefore relates to England only.</p>"
            "<p>In England the general licence for gatherings of Psittaciformes, birds of prey and racing pigeons "
            "permits a gathering including a mix of these types of birds.</p>",
        )
    )
    # uk-commons 1813069: handed to the Mayor of London, no scope said
    assert "deflection" in en_flags(
        "To ask the Secretary of State for Transport, whether her Department has made an assessment of trends in "
        "the number of vehicles collected under the ULEZ scrappage scheme that have been donated to Ukraine.",
        "<p>Transport in London is devolved to the Mayor of London and Transport for London and they were "
        "responsible for the ULEZ scrappage scheme. 680 vehicles were donated to Ukraine through the scheme "
        "before it closed in September 2024.</p>",
    )


def test_en_statistics_published_here_are_a_cross_reference():
    # uk-commons 1873250: the whole answer is a pointer to published statistics
    assert en_flags(
        "To ask the Chancellor of the Exchequer, what comparative assessment she has made of the 2023 non-domestic "
        "rating lists and the 2026 draft non-domestic rating lists.",
        "<p>Official statistics comparing the 2023 non-domestic rating lists and 2026 draft non-domestic rating "
        "lists for England are published here.</p>",
    ) == ["cross_reference"]


def test_en_number_as_the_object_of_steps_is_no_count_asked():
    # uk-commons 1674579: the question asks for steps, "the number of" is what they would reduce
    assert (
        en_flags(
            "To ask the Secretary of State for Transport, what steps he is taking with Cabinet collagues to help "
            "reduce the number of hedgehogs killed on roads.",
            "<p>National Highways is committed to reducing the impact of its network on wildlife, including "
            "hedgehogs, through the design of new schemes and the maintenance of existing roads.</p>",
        )
        == ["generic"]  # no count asked; a commitment in general terms, no step named (LABELS.md: generic)
    )
    # uk-commons 1887636: an estimate of the number is a count asked, and none is given
    assert "figures_missing" in en_flags(
        "To ask the Secretary of State for Education, whether she has made an estimate of the number of "
        "multi-academy trusts which are chaired by individuals who are themselves chief executives of other "
        "multi-academy trusts.",
        "<p>The department does not hold comparative data on the numbers of accounting officers who also serve as "
        "chair of trustees for another trust.</p>",
    )


NOTE = (
    "De bijlagen bij het antwoord op deze vraag zijn het geachte Kamerlid rechtstreeks toegestuurd. Gezien het "
    "louter documentaire karakter ervan worden zij niet in het Bulletin van Vragen en Antwoorden opgenomen maar "
    "liggen zij ter inzage bij de griffie van de Kamer van volksvertegenwoordigers (dienst Parlementaire Vragen)."
)


def test_nl_annex_note_belongs_to_the_answers_that_point_to_the_annex():
    # be-kamer 192645: tables 1 and 2 went to the member; the note follows answer 3, which answers in full
    rec = {
        "doc_id": "192645",
        "question": "Fietsers. - Negeren van stoplicht. \n\n 1. Hoeveel vaststellingen werden in 2013, 2014, 2015, "
        "2016 en het eerste semester van 2017 gedaan van fietsers die het stoplicht negeerden? Graag een overzicht "
        "per provincie en voor West-Vlaanderen een overzicht per politiezone. 2. Welke sancties werden hieraan "
        "verbonden?3. Welke maatregelen worden genomen om fietsers bewust te maken van de gevaren bij het negeren "
        "van een stoplicht?",
        "answer": "1. Het overzicht van de opgestelde processen-verbaal per provincie wordt vermeld in tabel 1. Een "
        "overzicht per politiezone van de provincie West-Vlaanderen is opgenomen in tabel 2. 2. De strafmaat voor "
        "het negeren van het rode verkeerslicht is een inbreuk van de derde graad, bestraft met een onmiddellijke "
        "inning van 174 euro. 3. Daarnaast worden overal plaatselijk tal van uiteenlopende educatieve initiatieven "
        "genomen, zowel door de gemeenten en provincies als door de politiezones." + NOTE,
        "department": "D",
        "date_tabled": "2017-01-01",
    }
    settings = Settings(
        rules=("cross_reference", "breakdown_missing", "figures_missing"), recycled_across_documents=False
    )
    by_n = {sp.pair.question.n: sp for sp in score_document(be_record(rec, "t"), settings)}
    assert [f.name for f in by_n["1"].flags] == ["cross_reference"]
    (flag,) = by_n["1"].flags
    assert [e.text for e in flag.evidence] == ["tabel", "tabel", "rechtstreeks toegestuurd"]
    assert by_n["2"].flags == () and by_n["3"].flags == ()


def test_nl_annex_note_that_is_the_whole_answer_is_a_cross_reference():
    # be-kamer 189583 answer 4 is the note alone: that answer is in the annex
    flags = nl_flags(
        "Onderwerp.\n\n 1. Hoeveel personeelsleden telt de dienst? 2. Welke opleidingen volgen zij?",
        "1. De dienst telt 42 personeelsleden. 2. " + NOTE,
    )
    assert flags == {"1": [], "2": ["cross_reference"]}


def test_nl_handing_the_question_to_another_minister_and_pointing_to_statistics():
    # be-kamer 187968 answer 4 and be-kamer 192731
    assert nl_flags(
        "Onderwerp.\n\n 1. Hoeveel imams zijn er momenteel in dit land?",
        "Mag ik u verzoeken deze vraag aan de minister van Justitie te stellen.",
    ) == {"1": ["deflection", "figures_missing"]}
    assert nl_flags(
        "Onderwerp.\n\n 1. Hoeveel rechtstreekse dagvaardingen strekten er in 2015 en 2016 toe een zaak bij de "
        "correctionele rechtbank aanhangig te maken?",
        "Voor de derde vraag kunnen de gevraagde gegevens geraadpleegd worden in de jaarstatistieken van de "
        "correctionele parketten die beschikbaar zijn op de website van het Openbaar Ministerie.",
    ) == {"1": ["cross_reference", "figures_missing"]}  # a pointer to a website gives no figure (LABELS.md)


def test_nl_pointers_to_other_answers_and_letters_and_results_not_yet_known():
    # tweede-kamer 1c0f765c answers 4 and 5, 0c6cbed0 answer 2-3 (real sentences, shortened)
    assert nl_flags(
        "Onderwerp.\n\n 1. Kunt u toelichten in hoeverre er vergelijkbare wetgeving nodig is in Nederland?",
        "De Amerikaanse wetgeving verplicht federale overheidsinstanties om te migreren naar quantumveilige "
        "cryptografie (zie vraag 3). De huidige wet- en regelgeving biedt voldoende aanknopingspunten.",
    ) == {"1": ["cross_reference"]}
    assert nl_flags(
        "Onderwerp.\n\n 1. Welke ondersteuning wordt er nu vanuit de Rijksoverheid geboden aan organisaties?",
        "Daarom is een Rijksbreed samenwerkingsprogramma opgezet: quantumveilige Cryptografie (QvC-Rijk). "
        "Hierover heb ik u in mijn brief van afgelopen november geïnformeerd.",
    ) == {"1": ["cross_reference"]}
    assert nl_flags(
        "Onderwerp.\n\n 1. Heeft de extra ronde van controles aanleiding gegeven om de correctie op het eigen "
        "risico nader te bezien?",
        "De uitkomsten van de omzetonderzoeken zijn nog niet bekend. Ik kan dan ook niet bevestigen dat het om "
        "tientallen miljoenen euro's zou gaan.",
    ) == {"1": ["holding", "yes_no_unanswered"]}  # results not yet known: whether it gave cause is left open


def test_nl_which_ones_asked_beside_a_count_is_a_breakdown():
    # be-kamer 190169 question 4: "Voor welke projecten?" after "Hoeveel middelen", handed to the Communities
    rec = {
        "doc_id": "190169",
        "question": "Onderwerp.\n\n 1. Hoeveel middelen zijn er voorzien voor 2017? Voor welke projecten?",
        "answer": "Ik verwijs hiervoor naar de Gemeenschappen die terzake bevoegd zijn.",
        "department": "D",
        "date_tabled": "2017-01-01",
    }
    settings = Settings(
        rules=("breakdown_missing", "figures_missing", "deflection"), recycled_across_documents=False
    )
    (sp,) = score_document(be_record(rec, "t"), settings)
    assert sorted(f.name for f in sp.flags) == ["breakdown_missing", "deflection", "figures_missing"]
    flag = next(f for f in sp.flags if f.name == "breakdown_missing")
    assert "Voor welke projecten" in flag.reason


def test_en_discussions_asked_and_never_spoken_of_is_generic():
    # uk-commons 1690006: asked about discussions, answered with a commitment only
    sp = en_scored(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, whether he has had discussions with "
        "the Leader of the House on the timetable for laying the necessary motion to bring into force the draft "
        "Animal Welfare (Electronic Collars) (England) Regulations 2023.",
        "<p>The Government remains committed to introducing a ban on the use of e-collars. We will pursue new "
        "regulations to deliver this commitment on a revised timeline. Decisions will take place in the usual "
        "manner.</p>",
        ("generic",),
    )
    (flag,) = sp.flags
    assert flag.name == "generic" and "'had discussions'" in flag.reason
    assert [(e.part, e.text) for e in flag.evidence] == [("question", "had discussions")]
    # uk-commons 1831495: a plain "No." answers it
    assert (
        en_flags(
            "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, whether his "
            "Department has had discussions with the International Maritime Organisation on the reported drone "
            "attack on the vessel Conscience.",
            "<p>No.</p>",
        )
        == []
    )
    # uk-commons 1851373 form: an answer that says who was met speaks of the discussions
    assert "generic" not in en_flags(
        "To ask the Secretary of State for Housing, Communities and Local Government, what discussions he has had "
        "with Thurrock Council on support for vulnerable residents.",
        "<p>Ministers met the commissioners at Thurrock Council in March to discuss the Council's plans.</p>",
    )


def test_en_commitment_to_what_was_asked_answers_a_closed_question():
    # uk-commons 1809239: "if she will publish" - "We intend to publish this in due course":
    # a yes, with a deferral (holding), not an unanswered yes/no
    q = (
        "To ask the Secretary of State for Housing, Communities and Local Government, with reference to her "
        "Department's transparency data entitled MHCLG: spending over £25,000, April 2025, published on 30 May "
        "2025, if she will publish the specification of the research commissioned from Verian Group UK Limited "
        "for Research on Demolition and Planning Policy."
    )
    a = (
        "The report for the research in question is being finalised. We intend to publish this in due course, "
        "in line with departmental policy, including details of the research objectives and methodology."
    )
    assert en_flags(q, a) == ["holding"]


def test_en_commitment_to_something_else_leaves_the_closed_question_open():
    # uk-commons 1721596: asked to make an assessment, the answer will make a decision
    q = (
        "To ask the Secretary of State for the Home Department, if she will make an assessment of the impact "
        "of Electronic Travel Authorisation on tourism in (a) Northern Ireland and (b) Great Britain."
    )
    a = (
        "The Government is in the process of reviewing a number of Home Office policies including this one "
        "and will make a decision in due course."
    )
    assert "yes_no_unanswered" in en_flags(q, a)
    # uk-commons 1764983: asked to meet manufacturers, the answer will go out to consultation
    q = (
        "To ask the Secretary of State for Environment, Food and Rural Affairs, if he will meet with "
        "manufacturers from the (a) heating, (b) refrigeration and (c) air conditioning industries to discuss "
        "the inclusion of mandatory training for flammable refrigerants in the Government’s consultation on "
        "fluorinated gas regulation."
    )
    a = (
        "The GB F-gas review is ongoing, and we are in the process of developing proposals for amending the "
        "F-gas legislation in Great Britain. We intend to go out to consultation on proposals for reform in "
        "due course."
    )
    assert "yes_no_unanswered" in en_flags(q, a)


# ------------------------------------------------------------------------- yes or no, read whole


def test_nl_a_relative_question_word_leaves_the_question_closed():
    # be-kamer 185454 question 2: "waar" after "stations" is a relative; the answer describes how
    # the NMBS assesses shelter in general and never says whether these stations need more
    flags = nl_flags(
        "Schuilhokjes.\n\n 1. Is het volgens u noodzakelijk om aan de perrons van bovenstaande stations waar geen "
        "openbaar stationsgebouw meer is, extra hokjes en/of beschutting te voorzien?",
        "Wanneer er een wachtzaal gesloten wordt, bekijkt de NMBS hoeveel schuilgelegenheid er op de perrons "
        "aanwezig is. Bij sommige stations is er een grote luifel, bij andere zijn er enkel wachthuisjes.",
    )
    assert flags == {"1": ["yes_no_unanswered"]}


def test_nl_closed_questions_the_lexicon_did_not_start():
    # be-kamer 185562 question 2: "Hebben ...?" answered about contacts with others
    flags = nl_flags(
        "Opvang.\n\n 1. Hebben leden van uw kabinet of uzelf Peter De Roo ontmoet?",
        "Het kabinet heeft contact gehad met alle grote opvangoperatoren.",
    )
    assert flags == {"1": ["yes_no_unanswered"]}
    # be-kamer 190775 question 4 (shortened): "Indien ..., zal u ...?" asks in the clause after the comma,
    # and "Bent u ... bereid" is closed; a pointer to another minister's answer says neither
    flags = nl_flags(
        "Halal.\n\n 1. Indien er momenteel geen algemeen standpunt is, zal u de nodige initiatieven nemen? "
        "Bent u in dat verband bereid om een algemeen verbod in te voeren?",
        "Wat de vragen 2, 3 en 4 betreft, verwijs ik het geachte lid naar het antwoord van de eerste minister.",
    )
    assert flags == {"1": ["cross_reference", "yes_no_unanswered"]}


def test_nl_a_no_in_other_words_answers():
    # be-kamer 191851 question 5 (shortened): "geen bedreiging" says no to "aanvaardbaar?"
    flags = nl_flags(
        "Predikers.\n\n 1. Vindt u het aanvaardbaar dat 67 vanuit Marokko naar hier gestuurde islamitische "
        "geestelijken dit gedachtegoed hier tijdens de Ramadan-periode komen uitdragen?",
        "De Marokkaanse predikers die in het kader van de Ramadan door Marokko worden gestuurd naar Belgische "
        "moskeeen, vormen volgens de actuele inschatting geen bedreiging in het kader van de strijd tegen "
        "extremisme.",
    )
    assert flags == {"1": []}


def test_en_whether_after_an_open_question_is_closed():
    # uk-commons 1910666 (shortened): "...; and whether he has assessed ..." handed to the local authority
    assert en_flags(
        "To ask the Secretary of State for Housing, Communities and Local Government, what oversight his "
        "Department has exercised over the implementation of Warwickshire Fire and Rescue Service’s Resource to "
        "Risk Plan; and whether he has assessed the potential impact of that plan on fire cover in rural "
        "communities.",
        "<p>Decisions on how fire and rescue services are run, including the number and locations of fire "
        "stations, are for the local fire and rescue authority and its Chief Fire Officer.</p>",
    ) == ["deflection", "yes_no_unanswered"]


def test_en_a_no_that_restates_what_was_asked_answers():
    # uk-commons 1873479 (first sentence): "has not made an estimate" is a clear no
    assert (
        en_flags(
            "To ask the Secretary of State for Health and Social Care, whether his Department has estimated the "
            "lifetime public cost of not compensating individuals with complex disabilities caused by sodium "
            "valproate exposure.",
            "<p>The Department of Health and Social Care has not made an estimate of the lifetime public cost of not "
            "compensating individuals affected by in-utero exposure to sodium valproate.</p>",
        )
        == []
    )


@pytest.mark.xfail(
    strict=True,
    reason="a no word and one word of what was asked in the answer's opening count as a reply (Dutch "
    "answers say 'nog geen evaluatie'); here 'legislation ... does not' is about something else",
)
def test_en_a_no_about_something_else_leaves_the_yes_or_no_open():
    # uk-commons 1782166 (shortened): "does not provide powers to seize" says nothing of the legislation asked
    assert en_flags(
        "To ask the Chancellor of the Exchequer, if she will bring forward legislative proposals to enable the "
        "repurposing of assets seized from sanctions violations to fund reparations for victims.",
        "<p>UK sanctions legislation does not provide powers to seize frozen assets. Assets owned or controlled "
        "by a designated person are frozen immediately by the person in possession or control of them.</p>",
    ) == ["yes_no_unanswered"]


def test_en_a_pointer_alone_leaves_the_yes_or_no_open():
    # uk-commons 1790820: one short sentence, but a pointer, not a plain statement
    assert en_flags(
        "To ask the Secretary of State for the Home Department, whether Hillingdon Council has claimed costs for "
        "the statutory provision of support for Chagossians who have recently migrated to the UK.",
        "<p>I refer the Hon Member to the answer I gave on 18 March to Question 37161.</p>",
    ) == ["cross_reference", "yes_no_unanswered"]


# ------------------------------------------------------------------------- generic


def test_en_policy_talk_in_place_of_an_answer_is_generic():
    # uk-commons 1800040 (first paragraph): the work of the Border Security Command in general, nothing on
    # whether the impact of the policies on arrivals will be assessed
    question = (
        "To ask the Secretary of State for the Home Department, whether she will make an assessment of the "
        "potential impact of her Department’s policies on organised immigration crime on trends in the number "
        "of migrants that have arrived in small boats."
    )
    assert en_flags(
        question,
        "<p>The Border Security Command continues to focus on tackling the organised immigration crime gangs "
        "that are facilitating small boat crossings, working closely with domestic partners such as the National "
        "Crime Agency. That work will reinforce the commitment of this Government to tackle the smuggling gangs "
        "at every level.</p>",
    ) == ["generic", "yes_no_unanswered"]
    # the same talk beside the figure asked is not only general (uk-commons 1818200 gives a £9 million grant);
    # beside a figure on another matter it stays generic (issue 17: a figure for something else does not answer)
    assert "generic" not in en_flags(
        "To ask the Secretary of State for the Home Department, how many arrests the Border Security Command has "
        "made of members of organised immigration crime gangs this year.",
        "<p>The Border Security Command continues to focus on tackling the organised immigration crime gangs, "
        "working closely with domestic partners. Its work led to 300 arrests of gang members this year.</p>",
    )


def test_nl_in_het_algemeen_inside_a_specific_answer_is_not_generic():
    # be-kamer 190775 (its opening, shortened): "in het algemeen" qualifies one fact of a specific answer
    flags = nl_flags(
        "Halal.\n\n 1. Mogen instellingen die onder uw bevoegdheid ressorteren halal-voedsel aanbieden?",
        "Het merendeel van de administraties die onder mijn voogdij staan, beschikt niet over een "
        "bedrijfsrestaurant. Het bestek vereist dat het opgediende vlees in het algemeen afkomstig is van dieren "
        "die voorafgaand aan het slachten verdoofd werden. De uitbater blijft evenwel vrij een aangepast aanbod "
        "aan te bieden.",
    )
    assert "generic" not in flags["1"]


def test_nl_referral_to_a_minister_is_a_deflection_not_a_cross_reference():
    # be-kamer 191851 answer "1., 2. en 6.": "verwezen naar" a state secretary for his competence
    # points to a body, not to an answer or document: deflection (LABELS.md)
    flags = nl_flags(
        "Onderwerp.\n\n 1. Bent u op de hoogte van de aanwezigheid van deze personen en werden voor hen de nodige "
        "visa/verblijfsvergunningen verstrekt?",
        "Er wordt verwezen naar de staatssecretaris voor Asiel en Migratie, gelet op diens bevoegdheid ter zake.",
    )
    assert "deflection" in flags["1"] and "cross_reference" not in flags["1"]


def test_nl_a_table_below_in_the_answer_is_no_cross_reference():
    # be-kamer 185454 answer 1: the table "hieronder" stood in the answer (its placeholder code
    # remains): it gives the figures, it is no pointer elsewhere (LABELS.md, settled cases)
    flags = nl_flags(
        "Onderwerp.\n\n 1. Hoeveel hokjes en/of beschuttingen zijn er momenteel voorzien in de stations van "
        "Turnhout, Tielen, Herentals, Olen, Geel, Mol, Nijlen, Bouwel en Kessel? Zijn er per perron telkens "
        "hokjes voorzien in deze stations?",
        "Het aantal schuilhuisjes per perron kan verschillen en is afhankelijk van het aantal opstappende "
        "reizigers.In de tabel hieronder vindt u het aantal schuilhuisjes per station en per "
        "perron:2016201714271-14-2065-nl-fr",
    )
    assert flags == {"1": []}


def test_en_a_statistical_note_still_to_be_published_is_holding_not_a_cross_reference():
    # uk-commons 1800040 (shortened): the note does not exist yet; the answer defers to it
    flags = en_flags(
        "To ask the Secretary of State for the Home Department, whether she will make an assessment of the "
        "potential impact of her Department’s policies on organised immigration crime on trends in the number of "
        "migrants that have arrived in small boats since 1 January 2025.",
        "<p>The Border Security Command (BSC) continues to focus on tackling the organised immigration crime gangs "
        "that are facilitating small boat crossings. The Home Office will shortly publish an official statistical "
        "note analysing the impact of weather conditions in the Channel on the level of small boat arrivals in "
        "recent years, including since 1 January 2025.</p>",
    )
    assert "holding" in flags and "cross_reference" not in flags


def test_nl_results_not_yet_available_are_holding_not_no_information():
    # be-kamer 185454 answer 3 (its study sentences): the results of a study under way are "nog niet
    # beschikbaar": not yet, a deferral (holding), not information said to be unavailable
    flags = nl_flags(
        "Onderwerp.\n\n 1. Is het een mogelijkheid om, zeker bij stations zonder gebouw, nieuwe en grotere hokjes "
        "te voorzien?",
        "Momenteel bestudeert de NMBS inderdaad de bestaande perronuitrustingen (waaronder de schuilhuisjes) en de "
        "mogelijkheden om comfortabelere voorzieningen aan te bieden aan haar klanten. De resultaten van deze "
        "studie zijn nog niet beschikbaar.",
    )
    assert "holding" in flags["1"] and "no_information" not in flags["1"]


def test_en_keeping_a_policy_under_review_is_no_holding():
    # uk-commons 1815499 (shortened): "continues to keep ... under review" is standing policy, nothing
    # asked is left pending (LABELS.md, holding); the same words without "keep" defer
    question = (
        "To ask the Secretary of State for Housing, Communities and Local Government, what assessment her "
        "Department has made of the potential impact of permitted development rights on (a) community "
        "engagement with and (b) levels of local oversight for planning."
    )
    kept = (
        "<p>Planning law requires local planning authorities to publicise applications for planning permission "
        "and consult any relevant statutory bodies for a minimum of 21 days.</p><p>The government continues to "
        "keep permitted development rights under review.</p>"
    )
    assert "holding" not in en_flags(question, kept)
    pending = kept.replace(
        "The government continues to keep permitted development rights", "These rights are"
    )
    assert "holding" in en_flags(question, pending)


def test_en_work_under_way_beside_the_answer_is_no_holding():
    # uk-commons 1784128 (two of its sentences): work under way on something else than what was asked
    assert "holding" not in en_flags(
        "To ask the Secretary of State for Defence, whether his Department plans to implement Recommendation 58 "
        "of the Haythornthwaite Review of Armed Forces Incentivisation.",
        "<p>Defence has been taking forward work that directly addresses the majority of the reports 67 "
        "recommendations.</p><p>More specifically, work is underway to review the Service Justice System and "
        "Service Complaints process.</p>",
    )


def test_nl_still_under_examination_and_an_answer_still_to_be_given_are_holding():
    # be-kamer 185801 answer 3 (its last sentences): "is nog in onderzoek"
    flags = nl_flags(
        "Onderwerp.\n\n 1. Hoeveel klinische labo's zullen niet in regel zijn met artikel 15 van het hogergenoemd "
        "koninklijk besluit?",
        "Op 13 februari 2017 waren er nog twee laboratoria die niet conform zijn. De situatie van het tweede "
        "laboratorium is nog in onderzoek bij het WIV.",
    )
    assert "holding" in flags["1"]
    # be-kamer 185872: the answer another minister will give (a pointer to it, and a later answer)
    flags = nl_flags(
        "Onderwerp.\n\n 1. Onder welke van uw diensten vallen deze ambtenaren?",
        "Ik verwijs het geachte lid naar het antwoord dat zal gegeven worden door de Eerste minister, op zijn "
        "schriftelijke parlementaire vraag nr. 206 van 30 januari 2017.",
    )
    assert flags["1"] == ["cross_reference", "holding"]


def test_nl_a_deferral_the_cue_classifier_reads_is_holding_by_default():
    # tweede-kamer 1a2d8959 answer 7 (its last sentence): no lexicon phrase; the classifier's Dutch
    # deferral counts from Settings' default nl/deferral threshold (0.9)
    flags = nl_flags(
        "Onderwerp.\n\n 1. Welke versnellingsopties zijn nog mogelijk in de procedures om eerder dan 2030 dit "
        "project te realiseren?",
        "Na de zomer maken we de balans op en besluiten of hieraan verder gewerkt zal worden, wellicht parallel "
        "aan het onderzoekstraject voor de Delta Rhine Corridor.",
    )
    assert "holding" in flags["1"]


def test_en_decisions_made_locally_are_a_deflection():
    # uk-commons 1916161 (its first sentence): the matter belongs to local bodies, a hand-over
    question = (
        "To ask the Secretary of State for Health and Social Care, whether his Department has made an assessment "
        "of the potential merits of enabling patients to attend any NHS phlebotomy services for blood tests "
        "requested by their GP irrespective of the pathology provider with which their GP practice is contracted."
    )
    answer = (
        "<p>Decisions on the organisation of phlebotomy and pathology services are made locally by integrated "
        "care boards and National Health Service providers, reflecting local clinical pathways, safety "
        "requirements, and operational arrangements.</p>"
    )
    assert "deflection" in en_flags(question, answer)
    # uk-commons 1840595 (one sentence): "determined at local level"
    assert "deflection" in en_flags(
        question,
        "<p>The decision to commission Sleepio and other digital health technologies is currently determined at "
        "local level, by National Health Service organisations.</p>",
    )


def test_nl_answer_sent_to_the_member_leaves_no_yes_or_no_unanswered():
    # be-kamer 190323 question 4: the whole answer was sent to the member directly; the published text
    # cannot show its yes or no (corpus/gold/README.md, settled case: cross_reference only)
    flags = nl_flags(
        "Humanitaire visa.\n\n 1. Werden er in 2016 ook humanitaire visa uitgereikt in het kader van hervestiging "
        "van Syriers uit Turkije in het kader van de 1:1-deal?",
        "Het antwoord op deze vraag is het geachte Kamerlid rechtstreeks toegestuurd. Gezien het louter "
        "documentaire karakter ervan wordt het niet in het Bulletin van Vragen en Antwoorden opgenomen maar ligt "
        "het ter inzage bij de griffie van de Kamer van volksvertegenwoordigers (dienst Parlementaire Vragen).",
    )
    assert flags == {"1": ["cross_reference"]}


def test_nl_no_with_the_singular_of_the_asked_noun_takes_a_position():
    # be-kamer 191118 question 3: "Geen enkele site" says no to "Werden er ... sites ... getroffen?"
    # ("site" is the start of "sites")
    flags = nl_flags(
        "WannaCry.\n\n 1. Werden er in ons land sites die een veiligheidsrisico inhouden getroffen?",
        "Geen enkele site wees het FANC op welk incident dan ook, gelinkt aan WannaCry. De instrumenten werden "
        "veilig genoeg geconfigureerd om de verspreiding van het virus te kunnen tegenhouden.",
    )
    assert flags == {"1": []}


def test_nl_a_no_in_the_sentence_that_points_to_an_earlier_answer_answers_the_closed_question():
    # be-kamer 190214 question 3 (shortened): the sentence that refers to an oral answer also says the
    # line will not be closed: a position on whether it can be saved, beside the cross_reference
    flags = nl_flags(
        "Lijn 130A.\n\n 1. Zou lijn 130A met dat bedrag kunnen worden gered en zou die som kunnen worden "
        "aangewend voor de renovatie en het onderhoud van de lijn?",
        "Verwijzend naar mijn antwoord op mondelinge vraag 17961 van volksvertegenwoordiger Eric Massin "
        "(Integraal Verslag, Kamer, 2016-2017, 54 COM 655) is er geen sprake van dat deze lijn gesloten wordt.",
    )
    assert flags == {"1": ["cross_reference"]}


def test_nl_one_longer_sentence_that_states_the_matter_answers_the_closed_question():
    # be-kamer 190964 question 3: the measure already applies to both, said in one sentence of 31 words
    # without a yes or no word: the statement is the answer
    flags = nl_flags(
        "Fiscale gunstmaatregel.\n\n 1. Vindt u het zinvol om deze fiscale gunstmaatregel niet enkel voor "
        "particulieren voor te behouden?",
        "De huidige gunstmaatregel is zowel van toepassing voor particulieren als voor projectontwikkelaars die "
        "een gebouw afbreken om er vervolgens een woning of een appartementsgebouw op te bouwen.",
    )
    assert flags == {"1": []}


def test_en_an_answer_in_general_terms_only_is_generic():
    # uk-commons 1816486: asked what assessment was made of the risk of legal challenges under Articles 4
    # and 7; both sentences restate the Treaty's purpose in general terms, no assessment, no article
    assert "generic" in en_flags(
        "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, with reference to the "
        "UK/Mauritius Agreement concerning the Chagos Archipelago (CS Mauritius No.1/2025), what assessment he "
        "has made of the potential risk of Mauritius initiating legal challenges in relation to activities (a) at "
        "and (b) from Diego Garcia under the provisions of Article 4 and Article 7 of that Treaty.",
        "<p>The Treaty explicitly grants all rights and authorities that the United Kingdom requires for the "
        "long-term, secure and effective operation of the Base. The United Kingdom will ensure all operations on "
        "Diego Garcia comply with its obligations under applicable international law.</p>",
    )


# yesno2


def test_en_a_commitment_in_the_last_sentence_answers_the_closed_question():
    # uk-commons 1868496: "if she will respond to the results of the survey" - the last sentence "will respond
    # in the usual way in due course": a yes, later (holding), not a yes or no left open
    q = (
        "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, if she will respond to "
        "the results of the survey conducted by the House of Lords International Relations and Defence Committee "
        "on Chagossian views on the UK-Mauritius Treaty."
    )
    a = (
        "<p>I thank the International Relations and Defence Committee (IRDC) for its swift work in producing the "
        "report. As the report acknowledges, there is a wide range of views amongst the Chagossian community. We "
        "are considering the IRDC findings carefully and will respond in the usual way in due course.</p>"
    )
    assert en_flags(q, a) == ["holding"]


def test_nl_the_asked_word_within_a_compound_answers_the_closed_question():
    # be-kamer 185226 question 2 (shortened): sanctions asked on the ban ("verbod"); the answer states the
    # sanction for breaking the smoking ban ("rookverbod", "overtreding"): a yes in substance
    flags = nl_flags(
        "Roken in de trein.\n\n 1. Bent u op de hoogte van overtredingen van dat verbod? Staan er daar sancties op?",
        "Bij overtreding van het rookverbod stelt de treinbegeleider een vaststelling van overlast (document C173) "
        "op voor een bedrag van 25 euro. In 2016 werden er aan boord van de treinen 484 C173-documenten met "
        "betrekking tot het rookverbod opgesteld.",
    )
    assert "yes_no_unanswered" not in flags["1"]


def test_nl_a_word_that_only_ends_like_the_asked_one_does_not_speak_of_it():
    # be-kamer 191422 question 1 (shortened): "intussen" is asked, "tussen" (between) is no part of it; the
    # answer says the draft was submitted and experts meet, not whether it is now the case
    flags = nl_flags(
        "Protocolakkoord.\n\n 1. Is dat intussen wel het geval?",
        "Mijn administratie heeft een ontwerp van protocolakkoord voorbereid, dat begin december voor advies "
        "voorgelegd werd aan de Brusselse agglomeratie. Met het oog op de doeltreffendheid worden er regelmatig "
        "vergaderingen georganiseerd tussen de experten om tot een gezamenlijk akkoord te komen.",
    )
    assert "yes_no_unanswered" in flags["1"]


def test_nl_still_in_preparation_answers_whether_it_is_there_yet():
    # be-kamer 186023 question 4: asked whether there is already ("al") a new action plan; "is nog steeds in
    # opmaak" says how far it has come: not yet, which answers the closed question
    flags = nl_flags(
        "Actieplan.\n\n 1. Is er al meer duidelijkheid over een nieuw actieplan? Zo ja, kan u dit actieplan bezorgen?",
        "Een nieuw meerjarenplan inzake de investeringen is nog steeds in opmaak en zal in het algemeen de "
        "middelen moeten afstemmen op de financiele mogelijkheden.",
    )
    assert "yes_no_unanswered" not in flags["1"]


def test_nl_still_in_preparation_leaves_open_whether_it_will_be_done():
    # the same answer to a question that does not ask how far it has come ("Zal u ... opstellen?"): the
    # rule reads whether the minister will draw up the plan as left open; the gate on whether the unit
    # is answered at all (``qa_align.answered``, p 0.81 against the cut 0.75) takes the flag away
    question = "Actieplan.\n\n 1. Zal u een nieuw actieplan opstellen?"
    answer = (
        "Een nieuw meerjarenplan inzake de investeringen is nog steeds in opmaak en zal in het algemeen de "
        "middelen moeten afstemmen op de financiele mogelijkheden."
    )
    (alone,) = score_document(be_doc(question, answer), SETTINGS.replace(answered_model="none"))
    assert "yes_no_unanswered" in {f.name for f in alone.flags}
    assert "yes_no_unanswered" not in nl_flags(question, answer)["1"]


LIVER_Q = (
    "To ask the Secretary of State for Health and Social Care, if she will make an assessment of the "
    "potential merits of implementing an optimal care pathway for liver cancer."
)
LIVER_A = (
    "<p>The care of and treatment for patients with cancers, including liver cancer, is a priority for the "
    "Government. National Health Service cancer standards have been reformed to speed up diagnosis, which "
    "means people will receive a diagnosis or have cancer ruled out within 28 days of urgent referral. The "
    "Early Diagnosis of Cancer Programme is contributing to the commitment to diagnose 75% of all cancers at "
    "stage one or two by 2028. The Government is taking steps through NHS England to improve outcomes for "
    "cancer patients, including liver cancer. We are working to ensure patients are referred promptly.</p>"
)


def test_en_a_closed_question_left_open_amid_named_steps_for_all_cancers():
    # uk-commons 1689210 (shortened): asked whether an optimal care pathway for liver cancer will be
    # assessed; the answer speaks of cancer policy at large with the 28-day standard and the Early Diagnosis
    # of Cancer Programme, never of the pathway: the yes or no left open. `generic` until regeneric56c, which
    # read the named steps for all cancers, the liver cancer named among them, as specifics (settle53 kind 4,
    # settle47b; dev-uk: not_answered, yes_no_unanswered); generic57's refit on those labels reads it so too
    assert en_flags(LIVER_Q, LIVER_A) == ["yes_no_unanswered"]


def test_en_the_policy_talk_that_makes_a_left_open_question_generic_is_a_setting():
    # the liver cancer answer above has five sentences: policy talk in more than five cannot be
    # (``Settings.generic_left_open_talk``), and with the share of policy talk set out of reach
    # (``Settings.generic_policy_share``) no other way to generic is left; the rule's settings,
    # read where the rule decides (``generic_model`` "none")
    doc = uk_record({"id": 1, "questionText": LIVER_Q, "answerText": LIVER_A}, "t")
    (sp,) = score_document(
        doc,
        Settings(
            rules=RULES,
            recycled_across_documents=False,
            generic_left_open_talk=6,
            generic_policy_share=1.0,
            generic_model="none",
        ),
    )
    assert sorted({f.name for f in sp.flags}) == ["yes_no_unanswered"]


def test_en_a_plain_no_amid_policy_talk_is_not_generic():
    # the same policy talk after a plain "No.": the closed question is answered, nothing stands in its place
    q = (
        "To ask the Secretary of State for Health and Social Care, if she will make an assessment of the "
        "potential merits of implementing an optimal care pathway for liver cancer."
    )
    a = (
        "<p>No. The care of and treatment for patients with cancers, including liver cancer, is a priority for "
        "the Government. The Government is taking steps through NHS England to improve outcomes for cancer "
        "patients, including liver cancer. We are working to ensure patients are referred promptly.</p>"
    )
    assert "generic" not in en_flags(q, a)


# holding2


def test_nl_a_framework_being_prepared_as_the_state_of_things_is_no_holding():
    # be-kamer 185003 answer 2 (relabelled by reading 4 of corpus/gold/README.md): the follow-up system
    # asked about exists; "Het wettelijk kader hieromtrent wordt voorbereid" describes work in
    # preparation on something not asked and names nothing to come: no holding
    flags = nl_flags(
        "Onderwerp.\n\n 1. Bestaat er een opvolgingssysteem voor deze domestic fighters?",
        "De domestic fighters waarnaar u verwijst worden momenteel al opgevolgd door de gerechtelijke overheid, "
        "de politie- en inlichtingendiensten en ook binnen de structuren van het Plan R. Het wettelijk kader "
        "hieromtrent wordt voorbereid.",
    )
    assert "holding" not in flags["1"]


def test_nl_a_question_naming_a_report_or_a_position_asks_nothing_still_to_come():
    # review6 B1: "standpunt", "rapport" and "later" in the question ask nothing to come; the answer's
    # framework in preparation (the state of things, not what was asked) stays no holding
    answer = (
        "De domestic fighters waarnaar u verwijst worden momenteel al opgevolgd door de gerechtelijke overheid, "
        "de politie- en inlichtingendiensten en ook binnen de structuren van het Plan R. Het wettelijk kader "
        "hieromtrent wordt voorbereid."
    )
    for question in (
        "Wat is uw standpunt over het opvolgingssysteem voor deze domestic fighters?",
        "Bestaat er een opvolgingssysteem voor deze domestic fighters, zoals het rapport van het Comite P vermeldt?",
        "Bestaat er een opvolgingssysteem voor deze domestic fighters, zoals ook later bleek?",
    ):
        assert "holding" not in nl_flags(f"Onderwerp.\n\n 1. {question}", answer)["1"], question


def test_en_a_deferral_naming_the_department_asked_is_not_about_what_was_asked():
    # review6 B2: the addressee "for Health and Social Care" is no part of what is asked; a payroll system
    # under consideration defers nothing asked about waiting lists, whichever the department
    answer = (
        "Waiting lists fell by 10% last year. The Department of Health and Social Care is considering options "
        "for a new payroll system."
    )
    for department in ("Health and Social Care", "Transport"):
        question = (
            f"To ask the Secretary of State for {department}, what steps his Department is taking to reduce "
            "waiting lists."
        )
        assert "holding" not in en_flags(question, answer), department


def test_nl_results_to_come_and_a_matter_still_to_be_examined_are_holding():
    # be-kamer 188704 answer 2: the monitoring's first results come "In de loop van 2018"
    flags = nl_flags(
        "Onderwerp.\n\n 1. Wat zijn de resultaten van de controles?",
        "Mijn diensten werken momenteel een monitoringplan uit met als doel de situatie tussen 2012 en eind 2017 "
        "te vergelijken. In de loop van 2018 zullen de eerste resultaten van deze monitoring beschikbaar zijn.",
    )
    assert "holding" in flags["1"]
    # be-kamer 186313 (two of its sentences): the effects of such a rule "moet zorgvuldig worden nagegaan"
    flags = nl_flags(
        "Onderwerp.\n\n 1. Binnen welke termijn zult u actie ondernemen?",
        "De situatie van vondelingen wordt geregeld door het Burgerlijk Wetboek. Voorts moet zorgvuldig worden "
        "nagegaan of de invoering van die regeling geen andere, niet-wenselijke, gevolgen inhoudt.",
    )
    assert "holding" in flags["1"]


def test_en_the_classifiers_deferral_in_a_sentence_of_work_under_way_is_no_holding():
    # uk-commons 1806966: a web service "is currently developing": work under way, nothing asked is left
    # pending or promised later (the cue classifier reads a deferral there)
    question = (
        "To ask the Secretary of State for Health and Social Care, what progress he has made on the Air Quality "
        "Information Systems Review recommendation 4 on raising public awareness of (a) air pollution, (b) the "
        "associated health impacts and (c) how people can protect themselves."
    )
    answer = (
        "<p>Following publication of the Air Quality Information Systems (AQIS) Review final report and "
        "recommendations on 6 March 2025, we are working closely with the UK Health Security Agency and the "
        "Department for Environment, Food &amp; Rural Affairs to improve public awareness of air pollution and "
        "the associated health impacts.</p><p>The Department for Environment, Food &amp; Rural Affairs is "
        "currently developing a new air quality web service which embeds the communication principles "
        "recommended in the AQIS review.</p>"
    )
    assert "holding" not in en_flags(question, answer)
    # uk-commons 1675807: meetings "currently in development"
    assert "holding" not in en_flags(
        "To ask the Secretary of State for Work and Pensions, whether he is taking steps to monitor the adequacy "
        "of claimant reviews conducted by work coaches in relation to the Back to Work plan.",
        "<p>The Claimant Commitment review meetings are currently in development and will be for those claimants "
        "who are still unemployed after the 12-month Restart programme.</p>",
    )
    # the lexicon's own deferral words in such a sentence still count
    promised = answer.replace("review.</p>", "review, and will publish details in due course.</p>")
    assert "holding" in en_flags(question, promised)


def test_en_more_details_promised_a_decision_or_a_review_still_to_come_are_holding():
    # uk-commons 1786814 (two of its sentences): "We will provide further details as plans progress": an
    # update promised (LABELS.md, holding)
    assert "holding" in en_flags(
        "To ask the Secretary of State for Work and Pensions, if she will launch a consultation on proposals to "
        "(a) end the Work Capability Assessment and (b) use the single Personal Independence Payment assessment "
        "to assess entitlement for the Universal Credit health element.",
        "<p>We will launch a wider review of the PIP assessment, which I shall lead.</p>"
        "<p>We will provide further details as plans progress.</p>",
    )
    # uk-commons 1912242 (its last sentences): the assessment asked is a review still to be conducted
    assert "holding" in en_flags(
        "To ask the Secretary of State for Business and Trade, what assessment he has made of the potential "
        "merits of requiring established consumer arbitration schemes to be free.",
        "<p>ADR providers continue to be able to refuse to take cases that they deem frivolous or vexatious.</p>"
        "<p>The Department recognises there will be a period of adjustment as the new fee structure beds in and "
        "will conduct a review in the autumn to assess whether the fee structure should be further amended.</p>",
    )


def test_figures_of_a_period_not_yet_compiled_are_a_data_lag_not_holding():
    # be-kamer 192731 answer 3 (its data sentence): the figures of 2016 are not compiled yet, a data lag
    # (no_information in corpus/gold/README.md's readings), nothing asked is still being examined
    flags = nl_flags(
        "Onderwerp.\n\n 1. Hoeveel zaken werden er in 2015 en 2016 geseponeerd?",
        "De gegevens voor de jaargang 2016 zijn nog niet beschikbaar.",
    )
    assert "holding" not in flags["1"]
    # uk-commons 1891027 (its first sentence)
    assert "holding" not in en_flags(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, how many incidents of sewage "
        "discharges occurred in Sherwood Forest constituency in 2025.",
        "<p>Data for 2025 is not yet available.</p>",
    )


def test_a_deferral_that_names_the_time_asked_for_is_no_holding():
    # uk-commons 1793529 (its first sentence): asked when the guidance will be published, told "in the
    # second quarter of 2025": the date is the answer, nothing asked is left pending
    question = (
        "To ask the Secretary of State for Health and Social Care, what information his Department holds on "
        "when the Medicines and Healthcare products Regulatory Agency plans to publish guidance on regulatory "
        "process for phage therapy use."
    )
    answer = (
        "<p>The Medicines and Healthcare products Regulatory Agency (MHRA) is preparing the draft guidance, "
        "Regulatory considerations for therapeutic use of bacteriophages in the United Kingdom, which will be "
        "published in the second quarter of 2025.</p>"
    )
    assert "holding" not in en_flags(question, answer)
    # no time named: publication promised, the date asked left open
    assert "holding" in en_flags(question, answer.replace(" in the second quarter of 2025", " in due course"))


def test_en_a_step_not_yet_taken_is_holding():
    # uk-commons 1660784 (its first sentence): next year's allocations "have not yet been undertaken"
    assert "holding" in en_flags(
        "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, how much funding from "
        "the Conflict, Security and Stability Fund her Department plans to allocate next year.",
        "<p>Allocations for the next financial year spend of the Conflict, Security and Stability Fund (CSSF)/"
        "Integrated Security Fund (ISF) have not yet been undertaken, so it is not possible to say how much will "
        "be allocated.</p>",
    )


def test_nl_a_decision_still_to_come_is_holding():
    # be-kamer 186381 (one sentence): "Een definitieve beslissing hieromtrent werd nog niet genomen"
    flags = nl_flags(
        "Onderwerp.\n\n 1. Welke beslissing zal u nemen?",
        "Een definitieve beslissing hieromtrent werd nog niet genomen.",
    )
    assert "holding" in flags["1"]


def test_nl_a_matter_still_under_study_in_a_subordinate_clause_is_holding():
    # be-kamer 185606 answer 5 (one sentence): "dat dit nog steeds ... bestudeerd wordt bij Electrabel"
    flags = nl_flags(
        "Onderwerp.\n\n 1. Wanneer krijgen Doel 4 en Tihange 3 groen licht voor de uitgebreide modulatie?",
        "Met betrekking tot de uitgebreide vermogensmodulatie (50 % gedurende 72 uur), kan ik melden dat dit nog "
        "steeds voor Doel 4 en Tihange 3 bestudeerd wordt bij Electrabel.",
    )
    assert "holding" in flags["1"]
    # be-kamer 185772 (one sentence): "Een aantal vragen dienen echter nog te worden onderzocht"
    flags = nl_flags(
        "Onderwerp.\n\n 1. Wat is het resultaat van de analyse?",
        "Een aantal vragen dienen echter nog te worden onderzocht.",
    )
    assert "holding" in flags["1"]


# crossdefl


def test_nl_a_passive_pointer_to_another_ministers_answer_is_a_cross_reference():
    # be-kamer 184523 answers "3. en 5.": "kan eveneens worden verwezen naar het antwoord 440 van de
    # staatssecretaris" points to a text another member of government wrote (LABELS.md: a pointer to
    # another answer), even though the cue classifier reads a hand-over there too
    flags = nl_flags(
        "Seksuele misdrijven.\n\n 1. Hoeveel klachten wegens verkrachting werden in 2016 geregistreerd?",
        "Voor meer informatie over de gestelde vraag kan eveneens worden verwezen naar het antwoord 440 van de "
        "staatssecretaris voor Armoedebestrijding, Gelijke Kansen, Personen met een beperking, en "
        "Wetenschapsbeleid, belast met Grote Steden.",
    )
    assert "cross_reference" in flags["1"]


def test_nl_a_hand_over_with_a_pointer_in_brackets_is_both():
    # be-kamer 188590: the matter belongs to another minister (a hand-over) and, in brackets, the
    # question put to that minister is named (a pointer): deflection and cross_reference
    flags = nl_flags(
        "Onderwerp.\n\n 1. Hoeveel patiënten werden in 2016 behandeld?",
        "Ik deel u mee dat het antwoord op deze vraag tot de bevoegdheden van de minister van volksgezondheid "
        "behoort (Zie vraag nr. 1471 van 23 maart 2017).",
    )
    assert {"cross_reference", "deflection"} <= set(flags["1"])


def test_nl_a_pointer_to_another_answer_in_the_middle_of_a_sentence_is_a_cross_reference():
    # be-kamer 185581 answer 3: the answer builds on the text "aangehaald in het antwoord op vraag 2";
    # be-kamer 185802: "Zoals aangeven in mijn antwoord op uw vorige vraag" (sic) in the third sentence
    flags = nl_flags(
        "Onderwerp.\n\n 1. Zijn de gespecialiseerde eenheden voorbereid om op te treden in een CBRNE-zone?",
        "Refererend aan en rekening houdend met de visietekst aangehaald in het antwoord op vraag 2, zijn de "
        "gespecialiseerde eenheden (DSU) vanzelfsprekend voorbereid en bereid om op te treden in een CBRNE-zone.",
    )
    assert "cross_reference" in flags["1"]
    flags = nl_flags(
        "Incontinentieforfaits.\n\n 1. Welke analyses lopen er over de incontinentieforfaits?",
        "Er zijn meerdere analyses bezig in verband met de incontinentieforfaits. Zoals aangeven in mijn "
        "antwoord op uw vorige vraag met betrekking tot deze forfaits heeft mijn administratie een voorstel "
        "tot onderzoek ingediend bij het Federaal Kenniscentrum voor de Gezondheidszorg.",
    )
    assert "cross_reference" in flags["1"]


def test_nl_an_invitation_to_consult_a_website_is_a_cross_reference():
    # be-kamer 186802 answer "1. tot 3.": the member is sent to a website for the list asked
    flags = nl_flags(
        "Kabinetsleden.\n\n 1. Welke personen maken deel uit van uw kabinet?",
        "Ik nodig u uit om de site www.belgium.be te consulteren die de gedetailleerde lijst herneemt van de "
        "leden van mijn kabinet.",
    )
    assert "cross_reference" in flags["1"]


def test_nl_lacking_equipment_is_no_missing_information():
    # be-kamer 185581 answer 2: the police "beschikt niet over het passende beschermingsmateriaal":
    # it lacks equipment, it does not say the information asked is not kept (LABELS.md no_information)
    flags = nl_flags(
        "CBRN.\n\n 1. Hoe worden de politiediensten voorbereid op interventies in een CBRNE-zone?",
        "Als algemeen principe voor de politie geldt dat zij niet optreedt in een zone die is besmet met "
        "CBRNE-producten. De politie is hier immers niet voor opgeleid en beschikt niet over het passende "
        "beschermingsmateriaal.",
    )
    assert "no_information" not in flags["1"]


def test_nl_figures_given_in_a_table_and_a_plain_none_are_no_missing_information():
    # be-kamer 187886: the figures asked stand in the answer's tables (placeholder codes, LABELS.md
    # settled cases); be-kamer 185689 answer 2: "Er zijn geen blokkages" replies none
    flags = nl_flags(
        "Verkeersongevallen.\n\n 1. Hoeveel verkeersongevallen met vrachtwagens waren er in 2015 en 2016?",
        'Hierbij de gevraagde cijfers(bron: statistische databank "verkeersongevallen"):'
        "2016201715179-3-2043-bil-1 2016201715179-3-2043-bil-2",
    )
    assert "no_information" not in flags["1"]
    flags = nl_flags(
        "Kazernes.\n\n 1. Welke blokkages zijn er nog in het dossier van de nieuwe kazernes?",
        "Er zijn geen blokkages. Er is nog wel discussie over de locatie van de kazernes.",
    )
    assert "no_information" not in flags["1"]


def test_nl_a_count_that_cannot_be_foreseen_is_missing_information():
    # tweede-kamer 1b38043f answer 4: how many people will fall under the scheme cannot be foreseen
    flags = nl_flags(
        "Evacuatie.\n\n 1. Hoeveel personen zullen naar verwachting van deze regeling gebruik maken?",
        "Alleen personen die niet zelfredzaam genoeg zijn kunnen van de regeling gebruik maken. Er is op dit "
        "moment niet te voorspellen hoeveel personen onder deze regeling zouden gaan vallen.",
    )
    assert "no_information" in flags["1"]


def test_nl_belgian_hand_overs_in_other_words_are_deflections_in_the_lexicon():
    # be-kamer 189635 answer 2: after saying the police lack the figure, the member is asked to put
    # the question to the competent colleague; be-kamer 185341 answers 2-4: the matter is one for the
    # federated entities ("een bevoegdheid van de deelstaten"). The lexicon's words alone (the cue
    # classifier left out) say so
    def flags_of(question: str, answer: str) -> dict[str, list[str]]:
        settings = Settings(rules=RULES, recycled_across_documents=False, cue_model="lexicon")
        return {
            sp.pair.question.n: sorted({f.name for f in sp.flags})
            for sp in score_document(be_doc(question, answer), settings)
        }

    flags = flags_of(
        "Boorddocumenten.\n\n 1. Hoeveel duplicaten van rijbewijzen zijn er in omloop?",
        "De informatie betreffende het aantal in omloop zijnde duplicaten rijbewijzen is niet beschikbaar "
        "binnen de politie. Ik nodig u uit om uw vraag te stellen aan mijn geachte collega, Francois Bellot, "
        "die bevoegd is voor de Mobiliteit.",
    )
    assert {"deflection", "no_information"} <= set(flags["1"])
    flags = flags_of(
        "Werelderfgoed.\n\n 1. Welke sites worden voorgedragen als werelderfgoed?",
        "Onroerend erfgoed is een bevoegdheid van de deelstaten.",
    )
    assert "deflection" in flags["1"]


def test_nl_as_said_under_another_point_is_a_cross_reference():
    # be-kamer 193146 answer 3: "zoals vermeld in punt 4" points to another answer of the same
    # document (LABELS.md, settled cases: "Zie het antwoord op vraag 7" is cross_reference)
    flags = nl_flags(
        "Geregistreerde kassasystemen.\n\n 1. Hoe beoordeelt u deze cijfers?",
        "Deze cijfers vallen, zeker gelet de lange onzekerheid omtrent de definitieve regeling, al bij al "
        "binnen het verwachtingspatroon. Maar, uiteraard dient zo snel mogelijk gestreefd te worden naar "
        "100 % compliance. Vandaar de uitgebreide controlemaatregelen, zoals vermeld in punt 4.",
    )
    assert "cross_reference" in flags["1"]


# fixa


def test_nl_al_dan_niet_does_not_ask_how_far_it_has_come():
    # review3 1a: "al dan niet" asks whether, not whether yet; a matter still under study leaves it open
    flags = nl_flags(
        "Lachgas.\n\n 1. Zal u al dan niet een verbod op lachgas invoeren?",
        "Ik heb de administratie gevraagd de kwestie te bestuderen. Een verbod op lachgas wordt momenteel "
        "onderzocht.",
    )
    assert flags == {"1": ["holding", "yes_no_unanswered"]}


def test_nl_al_as_a_determiner_is_no_yes_to_a_zo_ja_count():
    # review3 1b: "Al die vragen" says no yes; the "Zo ja, hoeveel" count is not owed
    flags = nl_flags(
        "Fighters.\n\n 1. Bestaat er een opvolgingssysteem voor deze fighters? Zo ja, hoeveel personen worden "
        "er opgevolgd?",
        "Al die vragen worden momenteel door de administratie bekeken.",
    )
    assert "figures_missing" not in flags["1"]
    assert "yes_no_unanswered" in flags["1"]


def test_nl_an_indien_niet_count_is_not_owed_without_the_no():
    # be-kamer 190836 3 (shortened): "Indien niet, hoeveel ...?" asks the count only on a no, which the
    # answer does not give (as "Zo niet, hoeveel"); the closed question stays open
    question = (
        "Groeipad.\n\n 1. Zal de 50/50-verdeling bereikt worden? Indien niet, hoeveel bijkomende middelen "
        "zijn hiervoor dan nog nodig?"
    )
    answer = "Momenteel wordt in de schoot van de Begeleidingscommissie de meerkost berekend."
    assert "figures_missing" not in nl_flags(question, answer)["1"]
    # the same count asked outright is owed
    assert "figures_missing" in nl_flags(question.replace("Indien niet, hoeveel", "Hoeveel"), answer)["1"]


def test_en_an_english_word_ending_in_the_asked_one_does_not_speak_of_it():
    # review3 1d: "vision" is no part of "television"; English words are no compounds
    assert "yes_no_unanswered" in en_flags(
        "To ask the Secretary of State for Culture, whether she will extend free television licences to all "
        "pensioners.",
        "The Government values older people. Licence fee policy is set out in the Charter. Our vision does not "
        "include any extension.",
    )


# fixb


def test_a_time_named_only_vaguely_leaves_a_deferral_holding():
    # review3 1c: "in the coming months" names no time; the review is still under consideration, so
    # a question that asks when is left pending (LABELS.md, holding). A named month still answers it
    question = (
        "To ask the Secretary of State for Health and Social Care, when he plans to publish the review of "
        "maternity services."
    )
    answer = "<p>The review is still under consideration and we will publish it in the coming months.</p>"
    assert "holding" in en_flags(question, answer)
    flags = nl_flags(
        "Wijziging wet.\n\n Wanneer wordt de wet gewijzigd?",
        "De wet wordt momenteel onderzocht en zal in de komende maanden gewijzigd worden.",
    )
    assert flags == {"1": ["holding"]}
    flags = nl_flags(
        "Wijziging wet.\n\n Wanneer wordt de wet gewijzigd?",
        "De wet wordt momenteel onderzocht en zal in juni gewijzigd worden.",
    )
    assert flags == {"1": []}


def test_nl_a_hand_over_to_a_body_competent_for_the_point_is_no_cross_reference():
    # review3 1h: "verwezen naar de staatssecretaris ..., bevoegd voor dit punt" points to a body, not
    # to a text: deflection only ("punt", "vraag" name no text of their own)
    flags = nl_flags(
        "Asiel.\n\n 1. Hoeveel asielaanvragen werden in 2016 ingediend?",
        "Er wordt verwezen naar de staatssecretaris voor Asiel en Migratie, bevoegd voor dit punt.",
    )
    assert flags == {"1": ["deflection", "figures_missing"]}


@pytest.mark.parametrize("cue_model", ["learned", "lexicon"])
def test_nl_the_lexicons_own_no_information_words_count_in_both_cue_modes(cue_model):
    # review3 1i: "kan niet worden beantwoord" and "niet te kwantificeren" say that the information
    # cannot be given (LABELS.md, no_information) without naming data; both cue modes agree
    settings = Settings(rules=RULES, recycled_across_documents=False, cue_model=cue_model)
    for answer in ("Deze vraag kan niet worden beantwoord.", "Dit is niet te kwantificeren."):
        (sp,) = score_document(
            be_doc("Kosten.\n\n 1. Hoeveel kost de hervorming van de dienst?", answer), settings
        )
        assert "no_information" in {f.name for f in sp.flags}, answer


def test_nl_a_past_examination_or_results_at_hand_are_no_holding():
    # review3 1j: examined in 2015 (past) and results now available defer nothing; a matter that must
    # still be examined does
    question = "Inspectie.\n\n 1. Wat zijn de resultaten van de inspectie?"
    assert nl_flags(question, "Dit werd in 2015 nog grondig onderzocht door de inspectie.") == {"1": []}
    assert nl_flags(question, "De resultaten die nu beschikbaar zijn tonen een daling.") == {"1": []}
    assert nl_flags(question, "Dit moet nog grondig onderzocht worden door de inspectie.") == {
        "1": ["holding"]
    }


# ------------------------------------------------------------------------- yesno3


def test_generic_stands_without_yes_no_unanswered_and_the_yes_no_is_read_once(monkeypatch):
    # uk-commons 1689210 (shortened, as in the policy-talk test above): a closed question left open
    # amid policy talk. generic reads the open yes or no itself, with yes_no_unanswered left out of
    # the rules; with both rules, the answer's yes or no is read once for the unit, not once per rule
    from qa_align.rules import answers

    q = (
        "To ask the Secretary of State for Health and Social Care, if she will make an assessment of the "
        "potential merits of implementing an optimal care pathway for liver cancer."
    )
    a = (
        "<p>The care of and treatment for patients with cancers, including liver cancer, is a priority for the "
        "Government. The Government is taking steps through NHS England to improve outcomes for cancer "
        "patients, including liver cancer. We are working to ensure patients are referred promptly.</p>"
    )
    doc = uk_record({"id": 1, "questionText": q, "answerText": a}, "t")
    (alone,) = score_document(doc, Settings(rules=("generic",), recycled_across_documents=False))
    assert [f.name for f in alone.flags] == ["generic"]

    calls = []
    read = answers._takes_position
    monkeypatch.setattr(answers, "_takes_position", lambda ctx: calls.append(1) or read(ctx))
    (both,) = score_document(
        doc, Settings(rules=("generic", "yes_no_unanswered"), recycled_across_documents=False)
    )
    assert sorted(f.name for f in both.flags) == ["generic", "yes_no_unanswered"]
    assert len(calls) == 1


def test_en_no_plans_for_what_was_asked_is_a_no():
    # uk-commons 1812212 (shortened): "does not have any plans to change the exceptions to the council tax
    # premiums" says no to "if she will make it her policy to extend the time limit on exceptions to
    # council tax premiums" (LABELS.md: a clear "no" is an answer); no plans for something not asked
    # about leave the yes or no open
    q = (
        "To ask the Secretary of State for Housing, Communities and Local Government, if she will make it her "
        "policy to extend the time limit on exceptions to council tax premiums for category G properties to "
        "cover the full period for which a property is being actively marketed for sale."
    )
    said = (
        "The government has published guidance on the implementation of council tax premiums. "
        "This is available on gov.uk. "
    )
    assert "yes_no_unanswered" not in en_flags(
        q,
        said + "The government does not have any plans to change the exceptions to the council tax premiums.",
    )
    assert "yes_no_unanswered" in en_flags(
        q, said + "The government does not have any plans to publish further guidance this year."
    )


def test_nl_niet_van_plan_for_what_was_asked_is_a_no():
    # be-kamer 190831 question 2 (shortened): "ben ik niet van plan om alsnog een retroactieve
    # wetswijziging voor te stellen" says no to "bent u bereid ... door een wetswijziging ...?"
    q = (
        "Pensioensparen.\n\n 1. Bent u bereid hiervoor maatregelen te nemen, om de situatie voor deze mensen op "
        "te lossen, bijvoorbeeld door een wetswijziging of door administratieve tolerantie?"
    )
    said = (
        "De wettekst is duidelijk. Artikel 14 van de programmawet bepaalt dat die 10 euro als betaald in 2015 "
        "wordt beschouwd. "
    )
    declined = "Gelet op het geringe voordeel ben ik niet van plan om alsnog een retroactieve wetswijziging voor te stellen."
    assert nl_flags(q, said + declined) == {"1": []}


def test_nl_figures_on_what_a_closed_question_asks_answer_it():
    # be-kamer 185226 question 2 (shortened): "Bent u op de hoogte van overtredingen van dat verbod?" is
    # answered by what is done on a violation, with its fine (nl [yes_no] figures_answer_closed, as en)
    q = (
        "Elektronische sigaret.\n\n 1. Bent u op de hoogte van overtredingen van dat verbod? Wat gebeurt er "
        "wanneer een reiziger een elektronische sigaret in de trein gebruikt? Staan er daar sancties op? Zo niet, "
        "zou het niet interessant zijn om die in te stellen?"
    )
    a = (
        "De vervoersvoorwaarden van NMBS bepalen dat het verboden is om te roken in alle afdelingen van de "
        "treinen. Bij overtreding van het rookverbod stelt de treinbegeleider een vaststelling van overlast "
        "(document C173) op voor een bedrag van 25 euro. "
        "In 2016 werden er aan boord van de treinen 484 C173-documenten met betrekking tot het rookverbod "
        "opgesteld."
    )
    assert nl_flags(q, a) == {"1": []}


# holding3


def test_nl_a_grouped_answers_deferral_goes_to_the_unit_it_follows():
    # reference-dev be-kamer 184508 (reading 4 of corpus/gold/README.md): one unnumbered answer serves
    # both units; "Belgocontrol verkiest eerst de resultaten ... af te wachten" goes on with the
    # sentence on West-Vlaanderen's agreements (unit 1's words): unit 1 is put off to the study's
    # results, unit 2 (payments, "nog geen betalingen": a plain not yet) is not
    flags = nl_flags(
        "Windturbines.\n\n 1. Werden er specifiek voor West-Vlaanderen akkoorden gesloten?\n"
        " 2. Welke bedragen werden door installateurs betaald voor de aanpassingen aan de radarsystemen?",
        "Daar de windturbines pas recent vergund zijn, werden nog geen aanpassingen doorgevoerd. Specifiek voor "
        "West-Vlaanderen werden nog geen akkoorden gesloten; Belgocontrol verkiest eerst de resultaten van de "
        "haalbaarheidsstudie af te wachten.",
    )
    assert "holding" in flags["1"]
    assert "holding" not in flags["2"]


@pytest.mark.parametrize(
    "question, answer, held",
    [
        # be-kamer 189023 (dev-be): plans on a matter not asked (the budgets for open data), described as
        # the state of things, nothing named to come
        (
            "Welke budgetten werden er uitgetrokken voor open data?",
            "Er wordt momenteel nagedacht over de uitbreiding van de mededeling van deze gegevens naar "
            "bepaalde private instellingen.",
            False,
        ),
        # the same words on what was asked: the asked matter is what is pending (reference-dev 190761 3)
        (
            "Hoe wordt de opvolging op lange termijn georganiseerd?",
            "Over de opvolging op lange termijn wordt nog nagedacht.",
            True,
        ),
        # tweede-kamer 1a2d8959 answer 3: a later answer promised, in other words than the question's
        (
            "Welke gevolgen brengt dit met zich mee voor de industrie?",
            "Op de precieze impact op het uitrolplan kom ik na de zomer terug.",
            True,
        ),
        # reference-dev be-kamer 192083 3 (reading 4): a clear not yet, no answer put off
        (
            "Hoe staat het met de synergieën met het gemeentebestuur van Ukkel?",
            "Tot op heden heeft er nog geen bespreking plaatsgevonden met een gewestelijke of gemeentelijke "
            "overheidsinstantie, maar dit zal zeker te gepasten tijde gebeuren.",
            False,
        ),
    ],
)
def test_nl_holding_is_what_was_asked_put_off_to_something_to_come(question, answer, held):
    # reading 4 of corpus/gold/README.md
    flags = nl_flags(f"Onderwerp.\n\n 1. {question}", answer)
    assert ("holding" in flags["1"]) is held


def test_en_a_decision_still_to_be_confirmed_is_holding():
    # reference-dev uk-commons 1722070: "will confirm his decision on whether to increase the AR6 budget
    # by 1st August" puts the asked matter off to a decision to come
    flags = en_flags(
        "To ask the Secretary of State for Energy Security and Net Zero, if he will make an assessment of the "
        "potential merits of increasing the minimum ringfence for Tidal Stream projects to £30 million.",
        "The minimum budget for tidal stream was set in March at £10m. The Secretary of State will confirm his "
        "decision on whether to increase the AR6 budget by 1st August, before the AR6 bidding window opens.",
    )
    assert "holding" in flags


def test_en_a_deferral_the_classifier_reads_below_point_nine_is_no_holding():
    # dev-uk11 1880252: work under way the cue classifier reads as a deferral (p 0.84); dev-uk9 1777387: the
    # scheduled step that was asked about (p 0.86). Below ``HOLDING_LEARNED_MIN`` it counts for no holding
    assert "holding" not in en_flags(
        "To ask the Secretary of State for Energy Security and Net Zero, what steps his Department is taking to "
        "ensure households in rural communities that cannot receive smart meter connections via (a) long-range "
        "radio and (b) 4G are able to access alternative connectivity, including Wi-Fi-enabled smart meters.",
        "<p>The Government is working closely with the DCC and energy suppliers to ensure smart meter connectivity "
        "can be extended to currently unserved properties in all regions as soon as reasonably possible. One such "
        "solution, currently being trialled, will involve Virtual WAN (VWAN) - a new option that, with their "
        "consent, uses customers’ broadband connections to carry smart metering communications.</p>",
    )
    assert "holding" not in en_flags(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, whether the forthcoming "
        "consultation about the Flooding funding formula will consider instances when small communities do not "
        "qualify for the threshold for funding due to the (a) size of the communities and (b) flooding focused "
        "on roads and connectors rather than houses.",
        "<p>A consultation will be launched in the coming months on the flood investment framework. This will "
        "include a review of the existing floods funding formula to ensure that the challenges facing businesses "
        "and rural and coastal communities are adequately taken into account when delivering flood protection. "
        "The consultation will be open to everyone, and we will be inviting all stakeholders, including "
        "organisations that play a role in flood resilience, community groups and members of the public, to "
        "share their views and be part of the consultation. We will review all responses received to improve "
        "our approach to floods investment.</p>",
    )
    # dev-uk10 1868314: the decision asked put off until the responses are considered (p 0.98): holding
    assert "holding" in en_flags(
        "To ask the Secretary of State for Culture, Media and Sport, what role the Gardens Trust will have as "
        "a statutory consultee.",
        "<p>No decision will be made on the Garden Trust’s role until responses to the consultation have been "
        "fully analysed and considered.</p>",
    )


def test_en_a_promise_declined_is_no_holding():
    # dev-uk8 1702401: "unable to provide further details": a refusal, nothing promised later
    question = (
        "To ask the Secretary of State for Business and Trade, if he will provide a breakdown of the €200 "
        "million of UK content by the (a) sectors and (b) nature of (i) goods and (ii) services."
    )
    answer = (
        "<p>UK content support has been provided for a company to provide equipment for furnaces. The "
        "Department for Business and Trade are unable to provide further details about contracts already "
        "awarded for reasons of commercial sensitivity.</p>"
    )
    assert "holding" not in en_flags(question, answer)
    # the same words promised are holding; a refusal in another clause leaves the promise standing
    assert "holding" in en_flags(question, answer.replace("are unable to provide", "will provide"))
    assert "holding" in en_flags(
        question, answer.replace("are unable to provide", "cannot comment now, but will provide")
    )


# ukxref


def test_en_a_text_told_of_but_not_pointed_to_is_no_cross_reference():
    # dev-uk2 1793761: the guidance is named for "where the commitment has been documented" and the
    # session is an event: neither sentence sends the reader to a text (CUES.md pointer)
    flags = en_flags(
        "To ask the Secretary of State for Health and Social Care, where the commitment has been documented; "
        "and what steps his Department has taken to communicate this to people working in the health and "
        "social care system.",
        "<p>The 2025/26 NHS Priorities and Operational Planning Guidance was published on 30 January 2025. It "
        "includes the objective to deliver a minimum 10% reduction in the use of mental health inpatient care."
        "</p><p>NHS England also hosted a face-to-face planning guidance session and a question-and-answer "
        "session with MH CEOs in London.</p>",
    )
    assert "cross_reference" not in flags


def test_en_a_report_said_to_be_published_without_sending_the_reader_there_is_no_cross_reference():
    # dev-uk3 1794632: that the report is published annually answers what is collated
    flags = en_flags(
        "To ask the Minister for the Cabinet Office, what statistics are collated on departmental timeliness "
        "to responding to correspondence from people and organisations other than Parliamentarians.",
        "<p>The Cabinet Office currently publishes performance data on departmental timeliness in responding "
        "to Parliamentarians only.</p><p>While the report on responding to MPs and Peers is published "
        "annually, the data is broken down in the report on a quarterly basis.</p>",
    )
    assert "cross_reference" not in flags


def test_en_the_source_of_a_table_given_is_no_cross_reference():
    # dev-uk2 1673205: the figures asked stand in the table; the sentence after "can be seen in the below
    # table" names their published source (CUES.md: a source beside figures given)
    flags = en_flags(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, if he will make an estimate "
        "of the level of rapeseed imports in each year since 2013.",
        "<p>The details requested for imports of oilseed rape dated back to 2013 can be seen in the below "
        "table. These are published annually by Government in Agriculture in the United Kingdom, the data set "
        "can be found under Table 7.5 Oilseed rape production, value, supply and use.</p>"
        "<table><tr><td></td><td>2013</td><td>2014</td><td>2015</td></tr>"
        "<tr><td>Total imports</td><td>117</td><td>87</td><td>87</td></tr></table>",
    )
    assert "cross_reference" not in flags


def test_en_a_website_cut_at_its_dot_still_sends_the_reader_there():
    # dev-uk 1800887: the splitter cuts "gov.uk" into "... on gov." and "uk here.": read together,
    # "found" and "here" send the reader to the site
    flags = en_flags(
        "To ask the Secretary of State for Transport, what guidance is available to drivers on charging "
        "electric vehicles.",
        "<p>The Government has set out its approach to charging. More information can be found on gov.uk "
        "here.</p>",
    )
    assert "cross_reference" in flags


def test_en_what_the_figures_cover_is_no_hand_over():
    # dev-uk3 1677268: "The figures are for the Regular Army only" says what the table covers; "are for
    # the" hands nothing to another body
    flags = en_flags(
        "To ask the Secretary of State for Defence, what was the actual number of serving personnel in the "
        "Parachute Regiment in each year since 2021.",
        "<p>The below table shows the strength of the Parachute Regiment.</p>"
        "<table><tr><td>Year</td><td>Total Strength</td></tr><tr><td>2021</td><td>2,260</td></tr>"
        "<tr><td>2022</td><td>2,110</td></tr></table>"
        "<p>The figures are for the Regular Army only and therefore exclude Gurkhas and all Reserves.</p>",
    )
    assert "deflection" not in flags


@pytest.mark.parametrize(
    "answer",
    [
        # dev-uk2 1822326 (106 uk-commons records say "previously said to this House")
        "<p>As the Defence Secretary has previously said to this House, he will ensure that any UK commitment "
        "provides value for the UK taxpayer.</p>",
        # dev-uk2 1832026 (11 records)
        "<p>As per the Written Ministerial Statement I made on 21 November 2024 (HCWS244), we will consult this "
        "year on implementing the consumer protection measures.</p>",
    ],
)
def test_en_a_pointer_to_what_was_said_before_is_a_cross_reference(answer):
    flags = en_flags("To ask the Secretary of State for Defence, what recent progress has been made.", answer)
    assert "cross_reference" in flags


@pytest.mark.parametrize(
    "answer",
    [
        # dev-uk2 1782974 (30 uk-commons records say "is not responsible for")
        "<p>DWP is not responsible for funding the welfare advice sector which receives funding from a range of "
        "sources.</p><p>DWP does fund Citizens Advice to deliver Help to Claim.</p>",
        # dev-uk3 1839769 (15 records say "does not regulate")
        "<p>Defra does not regulate the priority services register. Ofwat, as the economic regulator, has made "
        "clear in its guidance that companies should contact households on the register.</p>",
    ],
)
def test_en_saying_the_matter_is_not_ones_own_is_a_deflection(answer):
    flags = en_flags("To ask the Secretary of State for Work and Pensions, what steps she is taking.", answer)
    assert "deflection" in flags
