"""``generic`` where the question asks discussions and the answer speaks of them only in a stock line
(generic35, ``generic_units.discussions_stock``, ``[answer] discussion_leads``, ``discussion_asks``,
``stock_discussions``): "has regular discussions with Ministerial Colleagues on a number of issues" names
no discussion of those asked, whatever the unit model's probability. Real text: uk-commons 1824828
(dev-uk58, labelled `generic` and `deflection`: "'has regular discussions with Ministerial Colleagues on a
number of issues' and 'has regular meetings with Ofgem' are general") and 1662091 (dev-uk9, labelled
`generic` and `cross_reference`). Off since generic58 (``Settings.generic_discussions_stock``: right on 1 of 7
over the development sets since settle53, 1824828 now `deflection` only, 1662091 `cross_reference` only); these
tests set it on."""

from __future__ import annotations

from .conftest import generic_flags, model_file
from .test_generic33 import _lexicon


def _flags(question: str, answer: str, model: str) -> dict:
    # the stock line of generic35, off since generic58 (``Settings.generic_discussions_stock`` False): the reading set back on
    return generic_flags(question, answer, model, generic_discussions_stock=True)


# uk-commons 1824828 (dev-uk58)
OFGEM = (
    "To ask the Secretary of State for Energy Security and Net Zero, what discussions he has had with (a) Ofgem "
    "and (b) the Minister for the Cabinet Office on the level of customer bills, in the context of the "
    "development of the RIIO GD3 interim settlement for the gas network.",
    "<p>Ofgem’s RIIO3-GD3 interim settlement outlines allowable investment from the gas transmission and "
    "distribution operators to maintain safety and resilience in the gas network between April 2026 and April "
    "2031. My Rt. Hon. Friend the Secretary of State has regular discussions with Ministerial Colleagues on a "
    "number of issues.</p><p> </p><p>Similarly, the Secretary of State has regular meetings with Ofgem, as the "
    "independent energy regulator. Final RIIO-GD3 determinations, including those relating to investment, "
    "health and safety, and customer bills are ultimately for Ofgem to determine.</p>",
)
# uk-commons 1662091 (dev-uk9), its first sentence: the meetings "cover a range of issues"
WALES = (
    "To ask the Secretary of State for Levelling Up, Housing and Communities, what recent discussions his "
    "Department has had with the Welsh Government on the distribution of (a) the UK Shared Prosperity Fund and "
    "(b) levelling-up funds to promote regional development in Wales.",
    "<p>Transparency information on meetings with the devolved administrations, which cover a range of "
    "issues, is published as part of the Intergovernmental relations quarterly reports.</p><p>To support local "
    "authorities in developing proposals for the Levelling Up Fund, my department provided every local "
    "authority in Wales with a £125,000 capacity funding payment.</p>",
)


def _silent(tmp_path) -> str:
    # a model that reads no English unit as generic (p 0.007): only the stock line can flag
    return model_file(tmp_path, "english", -10.0, language="en")


def test_a_stock_discussion_line_to_the_discussions_asked_is_generic(tmp_path):
    assert "generic" in _flags(*OFGEM, _silent(tmp_path))


def test_the_reason_names_the_ask_and_the_stock_line(tmp_path):
    flag = _flags(*OFGEM, _silent(tmp_path))["generic"]
    assert "asks 'what discussions'" in flag.reason
    assert "'My Rt. Hon. Friend the Secretary of State has regular discussions" in flag.reason
    assert flag.evidence[0].text.startswith(
        "My Rt. Hon. Friend the Secretary of State has regular discussions"
    )


def test_recent_discussions_and_a_range_of_issues(tmp_path):
    assert "generic" in _flags(*WALES, _silent(tmp_path))


def test_no_discussions_asked_is_left_to_the_model(tmp_path):
    # the same answer to the steps on customer bills: the stock line answers no discussion asked
    question = OFGEM[0].replace(
        "what discussions he has had with (a) Ofgem and (b) the Minister for the Cabinet Office on",
        "what steps he is taking on",
    )
    assert "discussions" not in question
    assert "generic" not in _flags(question, OFGEM[1], _silent(tmp_path))


def test_a_discussion_named_without_a_stock_line_is_left_to_the_model(tmp_path):
    answer = (
        "<p>The Secretary of State met Ofgem on 12 March 2025 to discuss the level of customer bills under the "
        "RIIO-GD3 interim settlement.</p>"
    )
    assert "generic" not in _flags(OFGEM[0], answer, _silent(tmp_path))


def _scored(answer: str, model: str, lexicon_dir: str | None = None) -> set[str]:
    from qa_align.pipeline import score_document
    from qa_align.settings import Settings

    from .conftest import uk_doc

    rules = ("generic",)
    settings = Settings(
        rules=rules,
        generic_model=model,
        recycled_across_documents=False,
        lexicon_dir=lexicon_dir,
        generic_discussions_stock=True,
    )
    return {f.name for sp in score_document(uk_doc(OFGEM[0], answer, doc_id=1), settings) for f in sp.flags}


def test_the_stock_lines_are_the_lexicon_list(tmp_path):
    line = '  "regularly meets", "regularly speaks",'
    without = _lexicon(tmp_path / "without", line, '  "regularly speaks",')
    answer = "<p>The Secretary of State regularly meets Ofgem.</p>"
    assert "generic" not in _scored(answer, _silent(tmp_path), without)
    assert "generic" in _scored(answer, _silent(tmp_path))


# uk-commons 1801977 (outside every labelled set, read in generic35's audit): a meeting held is named
# beside the stock line
CHARGING = (
    "To ask the Secretary of State for Transport, what discussions (a) ministers, (b) special advisors and "
    "(c) officials in her Department have had with (i) Distribution Network Operators and (ii) National Grid "
    "on the power capacity of grid infrastructure to support charging points for electric vehicles.",
    "<p>The Department for Transport regularly engages with Distribution Network Operators, and with National "
    "Grid on work related to accelerating the delivery of chargepoint infrastructure. This includes discussions "
    "on power capacity and grid infrastructure required to meet growing demand for EV charging. In March, I met "
    "with Distribution Network Operators, along with other industry groups, such as motorway service area "
    "operators and chargepoint operators, to understand industry’s perspective on improving charging on the "
    "Strategic Road Network (England’s motorways and major A roads).</p>",
)


def test_a_meeting_held_beside_the_stock_line_is_left_to_the_model(tmp_path):
    assert "generic" not in _flags(*CHARGING, _silent(tmp_path))
    # without the sentence of the meeting held, the stock line flags it
    answer = CHARGING[1].split(" In March,")[0] + "</p>"
    assert "generic" in _flags(CHARGING[0], answer, _silent(tmp_path))
