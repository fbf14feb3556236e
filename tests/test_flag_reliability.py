"""Flags decided on their own (issue 17 item 3): the same alone and within a batch; a table read by
every unit its answer gives it to; a follow-up asked on a no; an opening's years for a unit no
answer serves."""

import pytest

from qa_align.pipeline import iter_scored, score_document
from qa_align.readers.be_kamer import read_record
from qa_align.rules.context import DocContext
from qa_align.settings import Settings
from qa_align.types import Document, ScoredPair

from .conftest import SHARED, needs_shared

BATCH_FLAGS = {"boilerplate", "off_topic"}  # weigh the batch by definition (README, "Flags")


def _record(question: str, answer: str, doc_id: str = "t") -> Document:
    rec = {
        "doc_id": doc_id,
        "question": question,
        "answer": answer,
        "department": "D",
        "date_tabled": "2017-01-01",
    }
    return read_record(rec, "t")


def _flags(results) -> dict[tuple[str, str], set[str]]:
    return {
        (r.document.doc_id, r.pair.question.n): {f.name for f in r.flags} - BATCH_FLAGS
        for r in results
        if isinstance(r, ScoredPair)
    }


# ---------------------------------------------------------------- alone and within a batch


@needs_shared
def test_a_documents_flags_are_the_same_alone_and_within_its_batch():
    # Chamber records of be-kamer-2017 scored as one batch (in one process, one after another, as
    # `qa-align score FOLDER -j 1` does, the caches of the earlier ones kept) and each alone
    import sys
    from itertools import islice

    from qa_align.readers import read_paths

    # the first 100 documents of the file, read alone (the reader yields them one by one: the other
    # 3,700 records of the file are not read)
    docs = list(islice((d for d in read_paths([SHARED / "be-kamer-2017"]) if isinstance(d, Document)), 100))
    settings = Settings(similarity_model=None, score_model="none", jobs=1)
    batch = _flags(iter_scored(docs, settings))
    # the later records of the batch, each alone, every cache of the package emptied before it (as a
    # fresh `qa-align score FILE` starts)
    caches = {
        f"{v.__module__}.{v.__qualname__}": v
        for name, m in list(sys.modules.items())
        if name.startswith("qa_align")
        for v in vars(m).values()
        if callable(getattr(v, "cache_clear", None)) and getattr(v, "__module__", "").startswith("qa_align")
    }
    # what a fresh process loads alike for every document is kept: the spaCy pipelines, lexicons
    # and their matchers, the model files (keyed by a language or a path, never by a document's
    # text); loading them again per document was most of this test's time. Every cache keyed by
    # text is emptied.
    loaders = {
        "qa_align.analyze.pipeline",
        "qa_align.analyze.matchers",
        "qa_align.lexicon.load_lexicon",
        "qa_align.cues._load",
        "qa_align.asks._load",
        "qa_align.rules.answers._read_model",
    }
    assert loaders <= caches.keys(), loaders - caches.keys()
    caches = [f for name, f in caches.items() if name not in loaders]
    assert caches
    alone = {}
    for doc in docs[-30:]:
        for f in caches:
            f.cache_clear()
        alone.update(_flags(iter_scored([doc], settings)))
    assert alone
    assert {k: v for k, v in alone.items() if batch[k] != v} == {}


def test_the_same_document_scored_within_different_batches_keeps_its_flags():
    # a record whose words other records of its batch share (the same units and answers, another
    # year asked): what one document's reading leaves behind is not read for another
    q = "Koperdiefstallen.\n\n 1. Hoeveel koperdiefstallen vonden er in {y} plaats? Graag een opsplitsing per provincie."
    a = "Aantal koperdiefstallen per provincie:2016201713947-11-405-nl-fr De cijfers voor {z} zijn nog niet beschikbaar."
    target = _record(q.format(y="2015 en 2016"), a.format(z="2016"), "target")
    others = [
        _record(q.format(y=y), a.format(z=z), f"o{k}")
        for k, (y, z) in enumerate([("2015 en 2016", "2015"), ("2016", "2016"), ("2014 en 2015", "2016")])
    ]
    settings = Settings(similarity_model=None, score_model="none", jobs=1)
    alone = _flags(iter_scored([target], settings))
    for batch in (others + [target], [target] + others, others[:1] + [target] + others[1:]):
        got = _flags(iter_scored(batch, settings))
        assert {k: v for k, v in got.items() if k[0] == "target"} == alone


# ---------------------------------------------------------------- a table's attribution


def _context(doc: Document) -> DocContext:
    """The document's pairing and sentence attribution, as the rules read them."""
    from qa_align.align import align

    settings = Settings()
    return DocContext(doc, align(doc, settings), settings)


def test_a_table_announced_by_a_units_sentence_is_that_units_after_another_units_sentence():
    # be-kamer 185654 (shortened): "De tabel hieronder ..." speaks for the three units, the sentence
    # before the table's placeholder for unit 3 alone; the table is units 1 and 2's too
    doc = _record(
        "Het aantal toegekende RIZIV-nummers.\n\n 1. Aan hoeveel studenten geneeskunde, afgestudeerd aan een "
        "Vlaamse universiteit, werd in 2016 een RIZIV-nummer toegekend?2. Aan hoeveel studenten geneeskunde, "
        "afgestudeerd aan een Franstalige universiteit, werd in 2016 een RIZIV-nummer toegekend?3. Zo mogelijk "
        "graag ook de opsplitsing per categorie van bevoegdheidscode en per Gemeenschap.",
        "De tabel hieronder geeft een overzicht van het aantal artsen dat in 2016 bij het Rijksinstituut "
        "voor ziekte- en invaliditeitsverzekering (RIZIV) is ingeschreven. In deze tabel wordt een "
        "opsplitsing gemaakt op basis van de herkomst van het diploma en de categorie van de "
        "bevoegdheidscode waarover de arts beschikt op 31 december 2016.2016201714352-7-1356-bil",
    )
    ctx = _context(doc)
    (seg,) = doc.answer.segments
    assert len(seg.tables) == 1
    assert len(ctx.served(seg)) == 3
    assert {n: len(ctx.unit_answer(seg, n).tables) for n in ("1", "2", "3")} == {"1": 1, "2": 1, "3": 1}


def test_a_table_after_one_units_sentence_is_not_the_other_units():
    # be-kamer 186302 (shortened): the table of goods carried follows unit 1's sentence that announces
    # it; the other units' sentences come after it and announce none
    doc = _record(
        "Kabeldiefstal op lijn 144.\n\n 1. Hoeveel reizigerstreinen rijden er op die lijn en hoeveel ton "
        "goederen wordt er maandelijks vervoerd?2. Hoeveel meter kabel werd er ontvreemd en hoeveel bedraagt "
        "de schade van deze kabeldiefstal?",
        "Van maandag tot vrijdag rijden er dagelijks zes reizigerstreinen op die lijn. Onderstaande tabel "
        "bevat de cijfergegevens met betrekking tot het aantal ton goederen dat maandelijks door de "
        "spoorwegoperatoren wordt vervoerd:2016201714578-13-2019-nl-fr. De schade van deze kabeldiefstal "
        "zou boven 90.000 euro uitkomen, voor 300 meter kabel.",
    )
    ctx = _context(doc)
    (seg,) = doc.answer.segments
    said = ctx.attribution(seg)
    assert [s.units for s in said.sentences] == [("1",), ("1",), ("2",)]
    assert len(ctx.unit_answer(seg, "1").tables) == 1
    assert len(ctx.unit_answer(seg, "2").tables) == 0


# ---------------------------------------------------------------- a follow-up asked on a no


def _figures_missing(question: str, answer: str) -> list[str]:
    settings = Settings(rules=("figures_missing",), recycled_across_documents=False)
    (sp,) = score_document(_record(question, answer), settings)
    return [f.name for f in sp.flags]


QUESTION_ON_NO = (
    "Politiegebouw in Doornik.\n\n 1. Is dit gebouw staatseigendom? Zo niet, hoeveel bedraagt de huurprijs?"
)


def test_a_count_asked_if_not_is_not_asked_of_an_answer_that_says_yes():
    answer = "Ja, het gebouw is staatseigendom en wordt beheerd door de Regie der Gebouwen."
    assert _figures_missing(QUESTION_ON_NO, answer) == []


def test_a_count_asked_if_not_is_asked_of_an_answer_that_says_no():
    answer = (
        "Neen, het gebouw is geen staatseigendom. De federale politie huurt het van een private eigenaar."
    )
    assert _figures_missing(QUESTION_ON_NO, answer) == ["figures_missing"]


def test_a_count_asked_if_not_is_not_asked_of_an_answer_that_leaves_the_reply_open():
    # as "Zo ja, hoeveel" left open (corpus/gold/README.md, 190836 3)
    answer = "De federale politie is er sinds 2012 gevestigd."
    assert _figures_missing(QUESTION_ON_NO, answer) == []


def test_a_follow_up_reads_its_reply_from_its_words():
    from qa_align import coverage
    from qa_align.analyze import analyze_question

    def reply(text: str) -> str:
        doc = _record(f"Onderwerp.\n\n 1. {text}", "Antwoord.")
        unit = doc.question.units[0]
        return coverage.asked(unit, analyze_question(unit, "nl"), "nl").conditional

    assert reply("Is dit gebouw staatseigendom? Indien niet, hoeveel bedraagt de huurprijs?") == "no"
    assert reply("Worden er ambtenaren ingezet? Zo ja, om hoeveel ambtenaren gaat het?") == "yes"
    assert reply("Hoeveel ambtenaren worden er ingezet?") == ""


# ---------------------------------------------------------------- an opening's years, no answer


def test_an_openings_years_are_carried_to_a_unit_no_answer_serves():
    # the opening asks 2015 and 2016 year by year of the units after it; only unit 1 is answered
    doc = _record(
        "Arbeidsongevallen.\n\n Kan u voor 2015 en 2016, op jaarbasis, de volgende cijfers meegeven? "
        "1. Hoeveel arbeidsongevallen waren er bij de Landcomponent?2. Hoeveel arbeidsongevallen waren er "
        "bij de Marinecomponent?",
        "1. Bij de Landcomponent waren er 120 arbeidsongevallen in 2015 en 131 in 2016.",
    )
    settings = Settings(rules=("breakdown_missing",), recycled_across_documents=False)
    got = {sp.pair.question.n: sp for sp in score_document(doc, settings)}
    if got["2"].pair.segments:
        pytest.skip("the answer serves unit 2 here")
    (flag,) = got["2"].flags
    assert flag.name == "breakdown_missing"
    assert "no answer segment serves it" in flag.reason
    assert "2015" in flag.reason
    assert any(e.text.startswith("2015") for e in flag.evidence)
    assert [f.name for f in got["1"].flags] == []
