"""boilerplate: answer sentences counted across the documents of a batch, and the rule that
flags them."""

from __future__ import annotations

from qa_align.boilerplate import BoilerplateIndex, document_sentences, without_reference
from qa_align.lexicon import load_lexicon
from qa_align.pipeline import iter_scored
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

SETTINGS = Settings(rules=("boilerplate",), score_model="none", similarity_model=None)
# be-kamer closes many answers with this sentence, each with its own question's number and date
PASSED_ON = (
    "De vraag van het geachte lid wordt toegezonden aan de minister van Veiligheid en Binnenlandse Zaken "
    "aangezien het voorwerp ervan tot zijn bevoegdheden behoort"
)


def _nl_references() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in load_lexicon("nl").reference_words)


def test_a_trailing_reference_to_the_question_is_left_out():
    refs = _nl_references()
    sentence = f"{PASSED_ON} (Vraag nr. 1994 van 21 februari 2017)."
    assert without_reference(sentence, refs) == PASSED_ON + " "
    named = "Zie het verslag (Vraag nr. 330 van mevrouw Kristien Van Vaerenbergh van 20 maart 2013)."
    assert without_reference(named, refs) == "Zie het verslag "
    # a parenthesis that is no reference, or names no number, stays
    for kept in ("De cijfers staan in de tabel (zie hieronder).", "Het aantal steeg (van 12 naar 15)."):
        assert without_reference(kept, refs) == kept
    assert (
        without_reference("Zoals gezegd (vraag van de heer X).", refs)
        == "Zoals gezegd (vraag van de heer X)."
    )


def test_the_same_sentence_closing_different_questions_is_boilerplate():
    # the regression: with "(Vraag nr. N van DATE)" in its key each record's sentence was unique
    docs = [
        be_record(
            {
                "doc_id": k,
                "question": f"Vraag over onderwerp {k}. Hoe staat het met dossier {k}?",
                "answer": f"{PASSED_ON} (Vraag nr. {k} van {day} februari 2017).",
                "department": "D",
                "date_tabled": "2017-02-01",
            },
            "t",
        )
        for k, day in ((1994, 21), (1995, 21), (1999, 22))
    ]
    keys = [document_sentences(d, (), 12) for d in docs]
    assert len({k.indexed[0][1][0].key for k in keys}) == 1
    scored = list(iter_scored(docs, SETTINGS.replace(jobs=1)))
    flags = {sp.document.doc_id: [f for f in sp.flags if f.name == "boilerplate"] for sp in scored}
    assert [len(flags[d]) for d in ("1994", "1995", "1999")] == [1, 1, 1]
    assert "also stand in 2 other document(s)" in flags["1994"][0].reason
    assert sorted(flags["1994"][0].related) == ["be-kamer/1995#*", "be-kamer/1999#*"]


def test_boilerplate_names_where_else_the_text_stands():
    # a caveat the Ministry of Justice adds to many answers (uk-commons, the community payback answer)
    caveat = (
        "While due care has been taken to ensure the accuracy of the data, as with any large administrative "
        "data source the possibility of errors cannot be eliminated. This data was sourced from nDelius; while "
        "data has been assured as much as practical, as with any large administrative dataset data should not "
        "be assumed to be accurate to the last value presented."
    )
    docs = [
        uk_record(
            {
                "id": i,
                "questionText": f"To ask the Secretary of State for Justice, question {i}.",
                "answerText": f"<p>{own}</p><p>{caveat}</p>",
            },
            "t",
        )
        for i, own in [(1, "There were 1922 cases."), (2, "The waiting time was 32 days."), (3, "Six prisons."),
                       (5, "Four.")]
    ]  # fmt: skip
    docs.append(
        uk_record({"id": 4, "questionText": "To ask the Secretary of State for Justice, question 4.",
                   "answerText": "<p>No.</p>"}, "t")
    )  # fmt: skip
    scored = list(iter_scored(docs, SETTINGS))
    flags = {sp.document.doc_id: [f for f in sp.flags if f.name == "boilerplate"] for sp in scored}
    assert [len(flags[d]) for d in ("1", "2", "3", "4", "5")] == [1, 1, 1, 0, 1]
    f = flags["1"][0]
    # two sentences of the caveat: 27 words, and 28 after "nDelius;" (the 6 words before it are under
    # the 12 a counted sentence needs); in 3 other documents, each named
    assert f.reason.startswith("2 sentence(s), 55 words (")
    assert (
        "also stand in 3 other document(s): uk-commons/2 (answer *), uk-commons/3 (answer *), "
        "uk-commons/5 (answer *): 'While due care" in f.reason
    )
    assert sorted(f.related) == ["uk-commons/2#*", "uk-commons/3#*", "uk-commons/5#*"]
    assert [e.text for e in f.evidence][0].startswith("While due care has been taken")
    assert not any(f.name == "recycled_text" for sp in scored for f in sp.flags)
    # off: no flag
    scored = list(iter_scored(docs, SETTINGS.replace(recycled_across_documents=False)))
    assert not any(sp.flags for sp in scored)


def test_a_sentence_in_too_few_documents_is_no_boilerplate():
    index = BoilerplateIndex(min_words=12, min_docs=3)
    docs = [
        be_record({"doc_id": k, "question": "Vraag?", "answer": f"{PASSED_ON}.", "department": "D",
                   "date_tabled": "2017-02-01"}, "t")
        for k in (1, 2)
    ]  # fmt: skip
    index.add_all(docs)
    found = document_sentences(docs[0], (), 12).indexed[0][1]
    assert index.boilerplate(found, (docs[0].source, docs[0].doc_id)) == []
