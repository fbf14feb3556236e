"""``generic`` is not read where the answer says that what the question asks to have been done was
not done (generic33, ``generic_units.ask_denied``, ``[answer] denied_asks``): "what assessment she
has made" answered "Defra has not made an assessment of ..." is a plain no, not general text in
place of the specifics, whatever talk stands beside it. And an assessment asked first that the answer
never speaks of (``generic_units.assessment_untaken``, ``[answer] assessing_words``) was flagged from the
unit model's p 0.10 instead of its threshold (off since generic55, ``ASSESSMENT_FLOOR`` None; the reading
is tested with the floor set back). Real text: uk-commons 1857473 (dev-uk53), 1904704
(dev-uk41), 1810394 (outside the labelled sets), 1907646 (dev-uk50), 1691166 (dev-uk37), 1698672
(dev-uk55) and 1787422 (dev-uk59)."""

from __future__ import annotations

import pytest

from .conftest import generic_flags as _flags
from .conftest import model_file

# uk-commons 1857473 (dev-uk53): the readers label it answered, no `generic`
BIRMINGHAM = (
    "To ask the Secretary of State for Environment, Food and Rural Affairs, what assessment she has made "
    "of the potential environmental impact of prolonged interruptions to refuse collection in Birmingham, "
    "including consequences for air quality, pest control, and neighbourhood cleanliness.",
    "<p>Defra has not made an assessment of the potential impact of prolonged interruptions to refuse "
    "collection in Birmingham. The ongoing waste dispute is a local issue and rightly being dealt with by "
    "Birmingham City Council. Commissioners appointed by the Secretary of State for Housing, Communities "
    "and Local Government continue to support the Council in their recovery and improvement journey and "
    "provide regular progress reports to the Secretary of State.</p>",
)
# uk-commons 1904704 (dev-uk41): two paragraphs on what businesses must do, then the denial
BEREAVEMENT = (
    "To ask the Secretary of State for Business and Trade, what discussions his Department in cooperation "
    "with other departments has had with private sector organisations on the standardisation of their "
    "bereavement notification processes, in order to reduce the level of distress caused to bereaved families.",
    "<p>Internal policies relating to bereavement are a matter for individual businesses, but we expect "
    "companies to treat consumers with compassion in such circumstances, with many organisations having "
    "specialist bereavement advisors to support consumers during such times.</p><p>Under consumer "
    "legislation, businesses are required to carry out their services with reasonable care and skill, and "
    "within a reasonable time.</p><p>My department has not had any recent discussions with organisations "
    "about improving bereavement processes. However, we do engage with businesses more generally on "
    "consumer protection matters.</p>",
)
# uk-commons 1810394 (outside the labelled sets), a closed question
EMBASSY = (
    "To ask the Secretary of State for Transport, whether she has had discussions with the Secretary of "
    "State for (a) the Home Department and (b) Housing, Communities and Local Government on the potential "
    "impact of the proposed new Chinese embassy on traffic disruption.",
    "<p>There have been no discussions on the potential impact of the proposed new Chinese embassy on "
    "traffic disruption. Responsibility for managing London's road network is shared between Transport "
    "for London, National Highways, and the 32 London boroughs, plus the City of London.</p>",
)
# uk-commons 1907646 (dev-uk50, labelled `generic`): the assessment of (a) is denied, the steps of (b)
# are not: the unit is read, and the model decides
E_CARGO = (
    "To ask the Secretary of State for Transport, (a) what recent assessment she has made of the cost of "
    "insurance premiums for e-cargo bikes in the urban freight sector; (b) what steps she is taking to "
    "address the affordability of such premiums.",
    "<p>There has been no recent assessment of the cost of insurance premiums for e-cargo bikes in the "
    "urban freight sector.</p><p>Everyone who drives, rides or cycles, including delivery drivers and "
    "riders, has a duty to behave in a safe and responsible manner, and to follow the rules set out in "
    "The Highway Code.</p>",
)
# uk-commons 1691166 (dev-uk37, labelled `generic`): "not usually disclosed" refuses, it does not say no
# discussion was had
DISCLOSED = (
    "To ask the Chancellor of the Exchequer, whether he had discussions with the Minister for Women and "
    "Equalities on the potential impact on equalities of the order.",
    "<p>However, the Government recognises the concerns that have been raised recently about these "
    "changes. In line with the practice of successive administrations, details of internal discussions "
    "are not usually disclosed.</p>",
)


@pytest.mark.parametrize(
    "case", [BIRMINGHAM, BEREAVEMENT, EMBASSY], ids=["assessment", "talk-first", "closed"]
)
def test_what_was_asked_said_not_done_is_no_generic(tmp_path, case):
    # a model that reads every English unit as generic (p 0.99): only the veto keeps the flag off
    flagging = model_file(tmp_path, "english", 10.0, language="en")
    assert "generic" not in _flags(*case, flagging)


def test_the_veto_names_the_denial(tmp_path, caplog):
    flagging = model_file(tmp_path, "english", 10.0, language="en")
    with caplog.at_level("DEBUG", logger="qa_align.rules.answers"):
        _flags(*BIRMINGHAM, flagging)
    assert "what was asked is said not to have been done ('Defra has not made an assessment" in caplog.text


@pytest.mark.parametrize("case", [E_CARGO, DISCLOSED], ids=["steps-beside", "not-disclosed"])
def test_no_veto_without_a_denial_of_each_thing_asked(tmp_path, case):
    flagging = model_file(tmp_path, "english", 10.0, language="en")
    assert "generic" in _flags(*case, flagging)


# uk-commons 1698672 (dev-uk55, labelled `generic`, not_answered): the events described in place of the
# assessment of their implications asked
BALKANS = (
    "To ask the Minister of State, Foreign, Commonwealth and Development Office, what assessment his Department "
    "has made of the implications for the regional security of the Balkans of the (a) meeting between the "
    "President of Serbia, the President of Republika Srpska and Patriarch Porifirije and (b) planned joint "
    "Easter Assembly between Serbia and Republika Srpska.",
    "<p>Following the 18 March meeting between Serbian President Vucic, the President of Republika Srpska, "
    "Milorad Dodik and the Patriarch of the Serbian Orthodox Church, President Vucic announced an Easter "
    "Assembly in Serbia on 5-6 May, with participants from Serbia and ethnic Serb communities across the "
    "region. A similar initiative was held in 2017. We are following developments closely. We encourage "
    "Serbia, and all involved, to promote good neighbourly relations across the region, and to avoid divisive "
    "and inflammatory rhetoric. The Prime Minister's Western Balkans Envoy did so most recently during his "
    "8 April visit to Belgrade.</p>",
)
# uk-commons 1787422 (dev-uk59, labelled `generic`, not_answered): the settlement's funding in place of
# the assessment of the grant's suspension asked
RURAL = (
    "To ask the Secretary of State for Housing, Communities and Local Government, what recent assessment she "
    "has made with the Secretary of State for Transport of the potential impact of suspending the Rural "
    "Services Delivery Grant on transport services in rural areas.",
    "<p>The Settlement for 2025-26 makes available over £69 billion for local government, which is a 6.8% "
    "cash-terms increase in councils’ Core Spending Power on 2024-25. The majority of this funding is "
    "un-ringfenced and can be used by local authorities on local priorities, including transport "
    "spending.</p><p>On average, places with a significant rural population will receive almost a 6% "
    "increase in their Core Spending Power next year, and no council will see a reduction in their Core "
    "Spending Power.</p>",
)


def _p_020(tmp_path) -> str:
    # a model that reads every English unit at p 0.20: under its threshold 0.30, over the floor 0.10
    return model_file(tmp_path, "english", -2.7726, threshold=0.30, language="en")


@pytest.fixture
def floor_010(monkeypatch):
    # the floor of generic33, off since generic55 (``ASSESSMENT_FLOOR`` None): the reading set back on
    monkeypatch.setattr("qa_align.generic_units.ASSESSMENT_FLOOR", 0.10)


@pytest.mark.parametrize("case", [BALKANS, RURAL], ids=["events", "funding"])
def test_an_assessment_asked_and_never_spoken_of_is_generic_from_the_floor(tmp_path, case, floor_010):
    flags = _flags(*case, _p_020(tmp_path))
    assert "generic" in flags
    assert flags["generic"].reason.startswith("asks 'what")


def test_an_answer_that_speaks_of_the_impact_is_left_to_the_threshold(tmp_path, floor_010):
    # the same question, the answer's last sentence stating an assessment ("the impact")
    question, answer = RURAL
    answer = answer.replace(
        "</p>", " We do not expect the change to have a material impact on rural transport services.</p>", 1
    )
    assert "generic" not in _flags(question, answer, _p_020(tmp_path))


def test_under_the_floor_nothing_is_flagged(tmp_path, floor_010):
    # p 0.05: under the floor, the model's threshold decides
    flagging = model_file(tmp_path, "english", -5.8889, threshold=0.30, language="en")
    assert "generic" not in _flags(*BALKANS, flagging)


# The frames' words are lexicon lists ([answer] denied_auxiliaries, ..., assessment_leads, lexfix33):
# a word a user's lexicon adds is read. Real text: uk-commons 1740803 (corpus/asks/en.jsonl), whose answer
# denies the estimate asked first: "The Department has not made a specific estimate on the two-year
# survival rate ...".
def _denied(question: str, answer: str, lexicon_dir: str | None = None) -> str | None:
    from qa_align.align import align
    from qa_align.generic_units import ask_denied
    from qa_align.rules.context import DocContext, PairContext
    from qa_align.settings import Settings

    from .conftest import uk_doc

    settings = Settings(rules=("generic",), recycled_across_documents=False, lexicon_dir=lexicon_dir)
    doc = uk_doc(question, answer)
    pairs = align(doc, settings)
    return ask_denied(PairContext(DocContext(doc, pairs, settings), pairs[0]))


def _lexicon(tmp_path, line: str, entry: str) -> str:
    """A copy of the built-in English lexicon in ``tmp_path`` with its ``[answer]`` line ``line`` made
    ``entry``."""
    from pathlib import Path

    built_in = Path(__file__).resolve().parents[1] / "qa_align" / "lexicons" / "en.toml"
    text = built_in.read_text(encoding="utf-8")
    assert text.count(line + "\n") == 1
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "en.toml").write_text(text.replace(line + "\n", entry + "\n"), encoding="utf-8")
    return str(tmp_path)


def test_a_word_added_to_a_denial_frame_is_read(tmp_path):
    from .test_review35 import SURVIVAL_ANSWER, SURVIVAL_QUESTION

    said = "The Department has not made a specific estimate on the two-year survival rate"
    assert _denied(SURVIVAL_QUESTION, SURVIVAL_ANSWER).startswith(said)
    # a lexicon whose auxiliaries lack "has" reads no denial of the estimate; the user who adds it back
    # has it read again: the frame's words are the list's, not the code's
    line = 'denied_auxiliaries = ["has", "have", "had"]'
    without = _lexicon(tmp_path / "without", line, 'denied_auxiliaries = ["have", "had"]')
    assert _denied(SURVIVAL_QUESTION, SURVIVAL_ANSWER, without) is None
    added = _lexicon(tmp_path / "added", line, 'denied_auxiliaries = ["have", "had", "has"]')
    assert _denied(SURVIVAL_QUESTION, SURVIVAL_ANSWER, added).startswith(said)


def test_a_passive_added_to_the_lexicon_is_read(tmp_path):
    # 1740803's answer with its second denial put in the past perfect ("No specific assessment had been
    # made"): "had been" is no passive of the built-in lexicon, and the assessment asked is not read as
    # denied; a user lexicon that adds it reads both denials
    from .test_review35 import SURVIVAL_ANSWER, SURVIVAL_QUESTION

    answer = SURVIVAL_ANSWER.replace(
        "No specific assessment has been made", "No specific assessment had been made"
    )
    assert answer != SURVIVAL_ANSWER
    assert _denied(SURVIVAL_QUESTION, answer) is None
    line = 'denied_passives = ["has been", "have been", "has yet been", "have yet been"]'
    added = _lexicon(tmp_path, line, line[:-1] + ', "had been"]')
    assert _denied(SURVIVAL_QUESTION, answer, added).startswith(
        "The Department has not made a specific estimate"
    )


def test_an_assessment_lead_is_the_lexicon_s(tmp_path):
    # without "what" among the leads, RURAL's "what recent assessment" is not read as the assessment asked
    line = 'assessment_leads = ["what", "whether", "if", "when", "how", "which", "who"]'
    assert _untaken(*RURAL) == "what recent assessment"
    without = _lexicon(tmp_path, line, 'assessment_leads = ["whether", "if", "when", "how", "which", "who"]')
    assert _untaken(*RURAL, without) is None


def _untaken(question: str, answer: str, lexicon_dir: str | None = None) -> str | None:
    from qa_align.align import align
    from qa_align.generic_units import assessment_untaken
    from qa_align.rules.context import DocContext, PairContext
    from qa_align.settings import Settings

    from .conftest import uk_doc

    settings = Settings(rules=("generic",), recycled_across_documents=False, lexicon_dir=lexicon_dir)
    doc = uk_doc(question, answer)
    pairs = align(doc, settings)
    return assessment_untaken(PairContext(DocContext(doc, pairs, settings), pairs[0]))
