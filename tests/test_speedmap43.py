"""Work done once in the map stage (speedmap43): a rule that reads another unit ("the unit before") reads that
unit's shared ``PairContext`` (``DocContext.context``), ``_no_record`` reads the words of a sentence only when
its text holds a negation and a noun of its lists (``_may_say_record``), and ``assessment_unmet`` is read in
the map stage's workers and carried to the rows stage (``PairFlags.unmet``, ``ScoredPair.assessment_unmet``)."""

from __future__ import annotations

import pytest

from .conftest import be_doc


def test_a_pair_context_asked_again_is_the_one_made_first():
    from qa_align.align import align
    from qa_align.rules.context import DocContext
    from qa_align.settings import Settings

    doc = be_doc(
        "1. Hoeveel klachten werden er in 2016 ingediend? 2. Hoeveel daarvan werden gegrond verklaard?",
        "1. Er werden 120 klachten ingediend. 2. Daarvan werden er 40 gegrond verklaard.",
    )
    settings = Settings()
    ctx = DocContext(doc, align(doc, settings), settings)
    assert len(ctx.pairs) == 2
    first, second = ctx.context(0), ctx.context(1)
    assert ctx.context(0) is first and ctx.context(1) is second
    assert first.pair is ctx.pairs[0] and second.pair is ctx.pairs[1]
    assert first.similarity is None and first.flags == ()


def test_the_unit_before_is_read_on_its_shared_context():
    # ``_figures_before`` of unit 2 reads what unit 1 asks on unit 1's own shared context: once read there, it
    # is kept there (a context made for the reading and thrown away kept nothing)
    from qa_align.align import align
    from qa_align.rules.context import DocContext
    from qa_align.rules.core import _figures_before
    from qa_align.settings import Settings

    doc = be_doc(
        "1. Wat is de evolutie van het aantal zelfstandigen? Graag de cijfers van 2014, 2015 en 2016. "
        "2. Wordt daarbij een onderverdeling gemaakt naar de aard van het voertuig?",
        "1. Het aantal steeg. 2. Neen.",
    )
    settings = Settings()
    ctx = DocContext(doc, align(doc, settings), settings)
    assert len(ctx.pairs) == 2
    assert "asked" not in vars(ctx.context(0))
    assert _figures_before(ctx.context(1)) is True  # unit 1 asks the figures of three years
    assert "asked" in vars(ctx.context(0))
    assert ctx.context(0).asked.asks_figures


def test_the_rules_of_map_document_are_given_the_document_contexts_own():
    from qa_align.document_rules import map_document
    from qa_align.rules import Rule
    from qa_align.settings import Settings

    given = []

    def keep(ctx):
        given.append(ctx)
        return []

    doc = be_doc(
        "1. Hoeveel klachten werden er in 2016 ingediend? 2. Hoeveel daarvan werden gegrond verklaard?",
        "1. Er werden 120 klachten ingediend. 2. Daarvan werden er 40 gegrond verklaard.",
    )
    map_document(doc, Settings(score_model="none"), [Rule("keep", "records", keep)])
    assert len(given) == 2
    assert [c.doc.context(k) for k, c in enumerate(given)] == given
    assert all(c.doc.context(k) is c for k, c in enumerate(given))


def test_contexts_whose_shared_pair_contexts_were_read_still_compare():
    # review45: ``DocContext._contexts`` holds pair contexts that hold the document's context, so comparing two
    # documents' contexts (or two pair contexts, which compare their ``doc``) went round without end
    # (RecursionError) once ``context`` had been asked; at dc6c8c5 they compared as fresh ones do
    from qa_align.align import align
    from qa_align.rules.context import DocContext, PairContext
    from qa_align.settings import Settings

    doc = be_doc(
        "1. Hoeveel klachten werden er in 2016 ingediend? 2. Hoeveel daarvan werden gegrond verklaard?",
        "1. Er werden 120 klachten ingediend. 2. Daarvan werden er 40 gegrond verklaard.",
    )
    settings = Settings()
    one, other = (DocContext(doc, align(doc, settings), settings) for _ in range(2))
    assert one == other
    assert one.context(1).asked == other.context(1).asked
    assert one == other and one.context(0) == other.context(0)
    assert PairContext(one, one.pairs[1]) == PairContext(other, other.pairs[1])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Voor de gevraagde periode bestaat er actueel geen eenvormige lijst.", True),
        ("There is NO centralised List of heat networks.", True),  # any case
        ("Er zijn geen klachten ingediend.", False),  # a negation, no noun of the list
        ("Het overzicht vindt u in bijlage.", False),  # a noun, no negation
        ("Het ongeenlijstje", True),  # pieces of words: read further, where the words decide
        ("", False),
    ],
)
def test_a_sentence_is_read_further_only_with_a_negation_and_a_noun_in_it(text, found):
    from qa_align.rules.answers import _may_say_record

    assert _may_say_record(text, {"geen", "no"}, {"lijst", "overzicht", "list"}) is found


def test_a_record_said_not_kept_is_still_found():
    # guard (passes before and after speedmap43): the docstring's example of ``_no_record``, and the same answer
    # with the negation taken out
    from qa_align.document_rules import score_document
    from qa_align.settings import Settings

    question = "Hoeveel verplaatsingen van elk soort werden er in 2016 gemaakt?"
    settings = Settings(score_model="none", recycled_across_documents=False)
    said = score_document(
        be_doc(
            question,
            "Voor de gevraagde periode bestaat er actueel geen eenvormige lijst die de verschillende soorten "
            "verplaatsingen groepeert.",
        ),
        settings,
    )
    flags = {f.name: f for f in said[0].flags}
    assert "no_information" in flags
    assert any("geen eenvormige lijst" in e.text for e in flags["no_information"].evidence)
    kept = score_document(
        be_doc(
            question,
            "Voor de gevraagde periode bestaat er actueel een eenvormige lijst die de verschillende soorten "
            "verplaatsingen groepeert.",
        ),
        settings,
    )
    assert not any("eenvormige lijst" in e.text for f in kept[0].flags for e in f.evidence)


@pytest.mark.parametrize(
    ("question", "answer", "unmet"),
    [
        # an evaluation asked, no word of one in the answer
        ("Werd de maatregel reeds geëvalueerd?", "De maatregel loopt nog tot eind 2017.", 1.0),
        # asked and spoken of
        (
            "Werd er een evaluatie gemaakt van de maatregel?",
            "Een evaluatie van de maatregel is gepland in 2018.",
            0.0,
        ),
        # none asked
        ("Hoeveel klachten werden er in 2016 ingediend?", "Er werden 120 klachten ingediend.", 0.0),
    ],
)
def test_the_map_stage_carries_whether_an_assessment_asked_is_unmet(question, answer, unmet):
    from qa_align.document_rules import compact, expand, map_document
    from qa_align.scoring import assessment_unmet
    from qa_align.settings import Settings
    from qa_align.types import ScoredPair

    doc = be_doc(question, answer)
    result = map_document(doc, Settings(recycled_across_documents=False))
    (p,) = result.pairs
    assert p.unmet == unmet
    # carried from a worker without the document, and on to the scored pair
    (back,) = expand(doc, compact(result)).pairs
    assert back.unmet == unmet
    (sp,) = result.scored()
    assert sp.assessment_unmet == unmet
    # what the rows stage reads without it
    assert assessment_unmet(ScoredPair(doc, p.pair, ())) == unmet


def test_the_rows_stage_reads_the_carried_value():
    # the value carried is the one read: the question below asks no assessment, which alone gives 0
    from qa_align.document_rules import map_document
    from qa_align.scoring import assessment_unmet
    from qa_align.settings import Settings
    from qa_align.types import ScoredPair

    doc = be_doc("Hoeveel klachten werden er in 2016 ingediend?", "Er werden 120 klachten ingediend.")
    (p,) = map_document(doc, Settings(recycled_across_documents=False)).pairs
    assert assessment_unmet(ScoredPair(doc, p.pair, ())) == 0.0
    assert assessment_unmet(ScoredPair(doc, p.pair, (), assessment_unmet=1.0)) == 1.0


def test_no_model_scored_carries_nothing():
    from qa_align.document_rules import map_document
    from qa_align.settings import Settings

    doc = be_doc("Werd de maatregel reeds geëvalueerd?", "De maatregel loopt nog tot eind 2017.")
    (p,) = map_document(doc, Settings(score_model="none", recycled_across_documents=False)).pairs
    assert p.unmet is None and p.cues is None


def test_an_answer_echoing_a_grouped_question_is_flagged_for_each_unit():
    # guard (passes before and after speedmap43, which reads a segment's words once for the units it serves)
    from qa_align.document_rules import score_document
    from qa_align.settings import Settings

    question = (
        "1. Hoeveel klachten over de dienstverlening van de NMBS werden er in 2016 ingediend bij de ombudsman? "
        "2. Hoeveel klachten over de dienstverlening van de NMBS werden er in 2016 gegrond verklaard door de ombudsman?"
    )
    answer = (
        "Hoeveel klachten over de dienstverlening van de NMBS werden er in 2016 ingediend bij de ombudsman en "
        "hoeveel klachten over de dienstverlening van de NMBS werden er in 2016 gegrond verklaard door de ombudsman."
    )
    scored = score_document(
        be_doc(question, answer), Settings(score_model="none", recycled_across_documents=False)
    )
    assert len(scored) == 2
    assert all("echoes_question" in {f.name for f in sp.flags} for sp in scored)
