"""``generic`` is not read where the question asks the steps, support or funding in place and two
sentences of the answer name a specific of that kind, a sum or a measure by its name (genuk34,
``generic_units.specifics_named``, ``[answer] specific_asks``, ``sum_signs``, ``sum_units``,
``measure_heads``): the readers note "Steps are given" and flag no `generic` however much talk stands
beside them. Real text: uk-commons 1868102 (dev-uk47, partial, no `generic`), 1919262 (dev-uk55,
partial, no `generic`) and 1727395 (dev-uk32, labelled `generic`)."""

from __future__ import annotations

import pytest

from .conftest import generic_flags as _flags
from .conftest import model_file
from .test_generic33 import _lexicon

# uk-commons 1868102 (dev-uk47): the fund and the programme named with their sums
DIGITAL = (
    "To ask the Secretary of State for Science, Innovation and Technology, what assessment she has made of "
    "the potential impact of AI on digital exclusion; and what steps her Department are taking to ensure "
    "that (a) people without access to devices or data, (b) disabled people, and (c) those with limited "
    "digital literacy are not left behind as AI becomes integrated into essential services.",
    "<p>Everyone should be able to benefit from the digital world — from saving on everyday bills to "
    "finding better jobs and accessing vital services like the NHS. <br></p><p>AI has the potential to "
    "transform the economy, how public services are delivered and people's lives, and the government is "
    "committed to ensuring people understand and benefit from this.</p><p> </p><p>Last February we "
    "published the Digital Inclusion Action\u202fPlan, setting out the government's first steps to ensure "
    "everyone in the UK – no matter their background – can fully\u202fparticipate\u202fin our digital "
    "society. <br></p><p>Since then, we have launched the £11.7 million Digital Inclusion Innovation Fund, "
    "helping more people across the UK get the access, skills and confidence to get online. This supported "
    "a number of projects specifically focused on older and disabled people, and AI training and "
    "awareness.</p><p> </p><p>We recognise that some people, including older or disabled people, may face "
    "barriers to building AI skills. DSIT is working with DfE and Skills England to assess the AI skills "
    "gap and map pathways to fill it. Last year we announced a joint commitment with industry to upskill "
    "7.5 million workers with vital AI skills. We also announced the TechFirst programme, a £187m "
    "initiative to bring digital skills and AI learning into classrooms and communities to train people "
    "of all ages and backgrounds for future tech careers.</p>",
)
# uk-commons 1919262 (dev-uk55): the youth strategy's sums, after a sentence of talk
YOUTH = (
    "To ask the Secretary of State for Science, Innovation and Technology, what assessment her Department "
    "has made of the level of availability of accessible third spaces for people under the age of 16 "
    "following the introduction of the proposed social media ban; and what steps she is taking to ensure "
    "that sufficient safe, affordable and age appropriate third spaces remain available for young people "
    "in local communities.",
    "<p>Giving every child the best possible start in life is this government's driving force.</p><p> "
    "</p><p>This Government is investing £500 million through our Youth Matters national youth strategy, "
    "so young people from all walks of life can access fun things to do outside of school, support when "
    "and where young people need it, more safe spaces and access to trusted adults.</p><p> </p><p>This "
    "includes over £60 million to improve access to enriching activities and youth work, £350 million to "
    "refurbish or build up to 250 youth facilities and £10m for a new youth opportunity programme with "
    "the King's Trust. In addition, £132.5m of dormant assets funding for Every Child Can will increase "
    "disadvantaged young people’s access to enrichment opportunities.</p>",
)
# uk-commons 1727395 (dev-uk32, labelled `generic`): one sentence names a strategy still to come
ROADS = (
    "To ask the Secretary of State for Transport, what steps her Department is taking to tackle dangerous "
    "driving in (a) villages and (b) rural areas.",
    "The safety of our roads is an absolute priority for this Government and that is why the Department "
    "is committed to delivering a new Road Safety Strategy, the first in over a decade. The Department "
    "will set out next steps on this in due course.",
)


def _flagging(tmp_path) -> str:
    # a model that reads every English unit as generic (p 0.99): only a veto keeps the flag off
    return model_file(tmp_path, "english", 10.0, language="en")


@pytest.mark.parametrize("case", [DIGITAL, YOUTH], ids=["fund-and-programme", "sums"])
def test_steps_asked_named_in_two_sentences_is_no_generic(tmp_path, case):
    assert "generic" not in _flags(*case, _flagging(tmp_path))


def test_the_veto_names_what_was_asked_and_the_first_sentence(tmp_path, caplog):
    with caplog.at_level("DEBUG", logger="qa_align.rules.answers"):
        _flags(*YOUTH, _flagging(tmp_path))
    assert "the steps asked named in 3 sentences ('This Government is investing £500 million" in caplog.text


def test_one_sentence_naming_a_measure_is_left_to_the_model(tmp_path):
    # "a new Road Safety Strategy" alone, beside a deferral: the readers flag it `generic`
    assert "generic" in _flags(*ROADS, _flagging(tmp_path))


def test_a_question_that_asks_no_steps_is_left_to_the_model(tmp_path):
    # the same answer to the question's assessment alone: the sums do not answer it
    question = DIGITAL[0].split("; and what steps")[0] + "."
    assert "generic" in _flags(question, DIGITAL[1], _flagging(tmp_path))


def test_the_asks_are_the_lexicon_list(tmp_path):
    # a lexicon whose specific_asks lacks "steps" reads no steps asked in 1919262: the model decides
    line = (
        '  "steps", "action", "actions", "measures", "support", "funding", "plans", "progress", "initiatives", '
        '"resources",'
    )
    without = _lexicon(tmp_path / "without", line, '  "action", "actions", "measures",')
    from qa_align.pipeline import score_document
    from qa_align.settings import Settings

    from .conftest import uk_doc

    settings = Settings(
        rules=("generic",),
        generic_model=_flagging(tmp_path),
        recycled_across_documents=False,
        lexicon_dir=without,
    )
    (sp,) = score_document(uk_doc(*YOUTH, doc_id=1), settings)
    assert "generic" in {f.name for f in sp.flags}
