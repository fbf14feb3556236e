"""Answer analyses kept per distinct text across the documents of a process (speed24,
``analyze.KeptAnalyses``): one answer given to grouped questions is analysed once, and every
document's result is the one it gets without the kept analyses. Expected values from reading the
questions and the answers."""

from __future__ import annotations

from qa_align import document_rules, pipeline
from qa_align.analyze import KeptAnalyses, analyze_answer
from qa_align.document_rules import map_document
from qa_align.readers.uk_commons import read_record
from qa_align.settings import Settings
from qa_align.types import AnswerSegment, Table

from .conftest import parallel_anyway

# uk-commons 1658259 and 1658260: two of a series of grouped questions (the same "how many times
# ... by a Postal Requisition letter" for other offences), each answered with the same text
ASKED = (
    "To ask the Attorney General, how many times defendants were informed that they had been "
    "charged with {} and given a date and time to appear in court by a Postal Requisition letter "
    "from the Crown Prosecution Service in financial years (i) 2021-22 and (ii) 2022-23."
)
NOT_HELD = "The CPS does not hold the relevant data."
ANSWER = (
    "<p>The Police issue all postal requisition letters following Crown Prosecution Service (CPS) "
    "advice to charge, and have sole responsibility for decisions on, and issue of, postal "
    f"requisition letters. {NOT_HELD}</p>"
)


def _grouped():
    return [
        read_record(
            {
                "id": 1658259,
                "questionText": ASKED.format("(a) murder or (b) manslaughter"),
                "answerText": ANSWER,
            },
            "t",
        ),
        read_record(
            {
                "id": 1658260,
                "questionText": ASKED.format("(a) rape or (b) sexual assault"),
                "answerText": ANSWER,
            },
            "t",
        ),
    ]


def _rows(results) -> list[str]:
    """Each pair with its flags (their reasons and evidence), share and counts, as text."""
    return [
        repr((row.pair, row.flags, row.attributed_share, row.unit_counts, row.cue_counts))
        for r in results
        for row in r.scored()
    ]


def test_one_answer_to_grouped_questions_is_analysed_once_with_the_same_flags():
    settings = Settings()
    alone = [map_document(d, settings) for d in _grouped()]
    kept = KeptAnalyses()
    together = [map_document(d, settings, None, kept) for d in _grouped()]
    assert (kept.misses, kept.hits) == (1, 1)  # the second record's answer was the first one's
    assert _rows(together) == _rows(alone)
    # a reader reads "The CPS does not hold the relevant data." as the figures asked for not held,
    # in both records
    for result in together:
        (row,) = result.scored()
        flags = {f.name: f for f in row.flags}
        assert "no_information" in flags and "figures_missing" in flags
        (evidence,) = flags["no_information"].evidence
        assert "does not hold" in evidence.text and evidence.text in NOT_HELD


def test_a_kept_analysis_is_its_callers_own_with_its_segments_tables():
    # the same sentence heading two different tables (be-kamer's answers hold placeholder codes
    # where a table stood): the text is analysed once, each segment keeps its own table
    text = "Hieronder vindt u een tabel met het aantal dossiers per provincie."
    tables = [
        Table(
            len(text),
            len(text) + 30,
            ("Provincie", "2016"),
            ("2016",),
            ("Antwerpen",),
            (("Antwerpen", "12"),),
        ),
        Table(len(text), len(text) + 30, ("Provincie", "2016"), ("2016",), ("Limburg",), (("Limburg", "7"),)),
    ]
    first, second = (AnswerSegment(0, len(text), text, tables=(t,)) for t in tables)
    kept = KeptAnalyses()
    a, b = kept.analysis(first, "nl"), kept.analysis(second, "nl")
    assert (kept.misses, kept.hits) == (1, 1)
    assert a == analyze_answer(first, "nl") and b == analyze_answer(second, "nl")
    assert [t.row_labels for t in a.tables] == [("Antwerpen",)]
    assert [t.row_labels for t in b.tables] == [("Limburg",)]
    assert a is not b and b is not kept.analysis(second, "nl")  # nothing one caller reads is another's


def test_the_kept_analyses_are_bounded_by_texts_and_characters():
    texts = [
        "The data is not held in the format requested.",
        "The CPS does not hold the relevant data.",
        "I refer the hon. Member to the answer I gave on 4 March.",
    ]
    segments = [AnswerSegment(0, len(t), t) for t in texts]
    kept = KeptAnalyses(texts=2, chars=120)
    for s in segments:
        kept.analysis(s, "en")
    assert len(kept) == 2 and kept.held_chars == len(texts[1]) + len(texts[2])
    kept.analysis(segments[0], "en")  # the least recently used was forgotten: made again
    assert (kept.misses, kept.hits) == (4, 0)
    kept.analysis(segments[2], "en")
    assert kept.hits == 1
    # a text longer than the characters kept is analysed and not kept
    long = " ".join(texts)
    made = kept.analysis(AnswerSegment(0, len(long), long), "en")
    assert [s.text for s in made.sentences] == texts
    assert len(kept) == 2 and kept.held_chars == len(texts[2]) + len(texts[0])


def test_a_kept_analysis_is_made_again_for_other_cue_settings():
    # "The data is not held ..." read as missing data by the lexicon alone and with the classifier:
    # the two analyses are different, neither is the other's
    text = "The data is not held in the format requested."
    segment = AnswerSegment(0, len(text), text)
    kept = KeptAnalyses()
    learned = kept.analysis(segment, "en")
    lexicon = kept.analysis(segment, "en", None, "lexicon")
    assert (kept.misses, kept.hits) == (2, 0)
    assert lexicon.read is None and learned.read is not None
    assert lexicon == analyze_answer(segment, "en", None, "lexicon")


def test_the_pipeline_gives_the_same_rows_with_the_analyses_kept_in_one_process_and_in_workers(monkeypatch):
    docs = _grouped() * 2  # the two records, then the same two again
    settings = Settings(jobs=1)
    alone = [map_document(d, settings) for d in docs]
    one = list(pipeline.map_documents(docs, settings, pipeline.get_rules(settings.rules)))
    assert _rows(one) == _rows(alone)
    parallel_anyway(monkeypatch)  # chunks of 3 documents over 2 workers, each keeping its own
    two = list(pipeline.map_documents(docs, settings, pipeline.get_rules(settings.rules), jobs=2))
    assert _rows(two) == _rows(alone)
    assert document_rules.kept_analyses() is document_rules.kept_analyses()  # one per process
