"""lexicon-stats: documents matched per lexicon entry, on documents and a lexicon written here."""

from __future__ import annotations

import json

import pytest

from qa_align.cli import main
from qa_align.errors import ConfigError
from qa_align.lexicon_stats import lexicon_stats

NL = """
language = "nl"
[question]
count_cues = ["hoeveel"]
figure_request_cues = ["graag een overzicht"]
breakdown_markers = ["per"]
breakdown_fillers = ["en", "/"]
[answer]
annex_cues = ["in bijlage"]
number_words = ["twee"]
reference_words = ["artikel"]
ordinal_suffixes = ["de"]
[numbering]
heads = ["antwoord op vraag"]
[dimensions.provincie]
nouns = ["provincie"]
values = ["Antwerpen", "Limburg"]
[cues]
cross_reference = ["verwijs * naar mijn antwoord"]
deflection = ["bevoegdheid van"]
no_information = ["niet beschikbaar", "niet bijgehouden", "geen statistieken"]
holding = ["wordt onderzocht"]
generic = ["in algemene zin"]
polarity = ["ja", "nee"]
closed_question_starts = ["is"]
question_words = ["hoeveel"]
conditional_followups = ["zo nee waarom"]
"""
EN = NL.replace('language = "nl"', 'language = "en"')


def _record(doc_id: int, question: str, answer: str) -> str:
    return json.dumps(
        {
            "doc_id": doc_id,
            "question": question,
            "answer": answer,
            "department": "D",
            "date_tabled": "2017-01-01",
        }
    )


@pytest.fixture
def inputs(tmp_path):
    lex = tmp_path / "lex"
    lex.mkdir()
    (lex / "nl.toml").write_text(NL, encoding="utf-8")
    (lex / "en.toml").write_text(EN, encoding="utf-8")
    data = tmp_path / "questions.jsonl"
    records = [
        _record(
            1, "Hoeveel boetes werden uitgeschreven per provincie?", "De gegevens zijn niet beschikbaar."
        ),
        _record(
            2,
            "Hoeveel controles waren er in Limburg, per man/vrouw?",
            "Ik verwijs het geachte lid naar mijn antwoord op vraag nr. 12. In Antwerpen waren er twee.",
        ),
        _record(
            3,
            "Is de minister bevoegd? Zo nee, waarom niet?",
            "Nee. Die gegevens worden niet bijgehouden, ook niet per provincie, voor de 3de keer.",
        ),
    ]
    data.write_text("\n".join(records) + "\n", encoding="utf-8")
    return data, lex


def _counts(frame) -> dict[tuple[str, str, str], int]:
    return {(r.table, r.list, r.entry): r.documents for r in frame.itertuples()}


def test_each_entry_counts_the_documents_it_matches_on_its_side(inputs):
    data, lex = inputs
    frame, documents, problems = lexicon_stats([data], ("nl",), str(lex))
    assert dict(documents) == {"nl": 3} and problems == []
    counts = _counts(frame)
    # counted by reading the three records above
    assert counts[("question", "count_cues", "hoeveel")] == 2
    assert counts[("cues", "no_information", "niet beschikbaar")] == 1
    assert counts[("cues", "no_information", "niet bijgehouden")] == 1
    assert counts[("cues", "no_information", "geen statistieken")] == 0
    assert counts[("cues", "cross_reference", "verwijs * naar mijn antwoord")] == 1  # "*": "het geachte lid"
    assert counts[("cues", "polarity", "nee")] == 1
    assert counts[("answer", "number_words", "twee")] == 1
    # dimension nouns are read in questions, values in answers: "Limburg" stands only in a question
    assert counts[("dimensions.provincie", "nouns", "provincie")] == 1
    assert counts[("dimensions.provincie", "values", "Antwerpen")] == 1
    assert counts[("dimensions.provincie", "values", "Limburg")] == 0
    # punctuation is a word ("/" in "man/vrouw"), but not in a conditional follow-up ("Zo nee,
    # waarom niet?"); an ordinal suffix
    # follows a digit ("3de"), the word "de" alone is no ordinal
    assert counts[("cues", "conditional_followups", "zo nee waarom")] == 1
    assert counts[("question", "breakdown_fillers", "/")] == 1
    assert counts[("answer", "ordinal_suffixes", "de")] == 1
    # a numbering head is a regular expression, read on either side
    assert counts[("numbering", "heads", "antwoord op vraag")] == 1
    # fewest documents first, the sources named
    assert list(frame["documents"]) == sorted(frame["documents"])
    row = frame[frame["entry"] == "hoeveel"].iloc[0]
    assert (row["side"], row["sources"]) == ("question", "be-kamer=2")


def test_the_command_writes_json_and_csv(inputs, tmp_path):
    data, lex = inputs
    out = tmp_path / "stats.json"
    assert (
        main(
            ["lexicon-stats", str(data), "--lexicon", str(lex), "--language", "nl", "--json", "-o", str(out)]
        )
        == 0
    )
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["documents"] == {"nl": 3}
    got = {(e["list"], e["entry"]): e["documents"] for e in result["entries"]}
    assert got[("no_information", "niet beschikbaar")] == 1 and got[("deflection", "bevoegdheid van")] == 0
    csv = tmp_path / "stats.csv"
    assert main(["lexicon-stats", str(data), "--lexicon", str(lex), "-o", str(csv)]) == 0
    lines = csv.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "language,table,list,entry,side,documents,sources"
    # both lexicons listed; no English document was read, so every English entry matches none
    assert any(line.startswith("en,cues,no_information,niet beschikbaar,answer,0,") for line in lines)


def test_the_lexicon_folder_option_has_the_name_of_the_other_commands(inputs, tmp_path):
    # `score`, `eval`, `report`, `train` and `train-cues` take `--lexicon-dir DIR`; so does
    # lexicon-stats (session 45, userpath45), `--lexicon` kept as its older name
    data, lex = inputs
    for option in ("--lexicon-dir", "--lexicon"):
        out = tmp_path / f"stats{option}.json"
        args = ["lexicon-stats", str(data), option, str(lex), "--language", "nl", "--json", "-o", str(out)]
        assert main(args) == 0
        entries = {e["entry"] for e in json.loads(out.read_text(encoding="utf-8"))["entries"]}
        # the folder's entries, none of the built-in lexicon's hundreds
        assert "geen statistieken" in entries and all(f'"{entry}"' in NL for entry in entries)


def test_an_unknown_language_is_refused(inputs):
    data, lex = inputs
    with pytest.raises(ConfigError, match="unknown language"):
        lexicon_stats([data], ("fr",), str(lex))


def test_the_coverage_lists_are_counted_on_either_side(inputs):
    # the built-in lexicons have a [coverage] table ("sinds" read in questions, "euro" in answers):
    # it failed with KeyError 'coverage' before
    data, lex = inputs
    (lex / "nl.toml").write_text(
        NL + '[coverage]\nsince = ["sinds"]\nzero_words = ["niet"]\n', encoding="utf-8"
    )
    frame, _, _ = lexicon_stats([data], ("nl",), str(lex))
    counts = _counts(frame)
    assert counts[("coverage", "since", "sinds")] == 0  # no record says "sinds"
    assert counts[("coverage", "zero_words", "niet")] == 2  # records 1 and 3 (answers and a question)
    assert set(frame[frame["table"] == "coverage"]["side"]) == {"either"}


def test_a_short_negation_counts_for_the_phrase_written_in_full(tmp_path):
    # the answer cues read "don’t hold" as "do not hold" (noinfo23, ``analyze._uncontracted``), and the counts
    # must say what they match; sentences of uk-commons 1794196 and 1846656, a curly and a straight apostrophe
    lex = tmp_path / "lex"
    lex.mkdir()
    (lex / "en.toml").write_text(
        EN.replace(
            'no_information = ["niet beschikbaar", "niet bijgehouden", "geen statistieken"]',
            'no_information = ["do not hold", "is not available", "cannot"]',
        ),
        encoding="utf-8",
    )
    data = tmp_path / "uk.jsonl"
    records = [
        {
            "id": 1794196,
            "questionText": "To ask the Secretary of State for Environment, Food and Rural Affairs, what "
            "projections her Department holds on NO2 levels.",
            "answerText": "<p>We don’t hold up-to-date detailed modelled projections to predict the impact of all "
            "current policies on future NO2 levels.</p>",
        },
        {
            "id": 1846656,
            "questionText": "To ask the Secretary of State for Environment, Food and Rural Affairs, how many "
            "incidents there were in each constituency.",
            "answerText": "<p>This data isn't available at a constituency level and excludes the majority of "
            "private-land incidents.</p>",
        },
    ]
    data.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    frame, documents, problems = lexicon_stats([data], ("en",), str(lex))
    assert dict(documents) == {"en": 2} and problems == []
    counts = _counts(frame)
    assert counts[("cues", "no_information", "do not hold")] == 1
    assert counts[("cues", "no_information", "is not available")] == 1
    assert counts[("cues", "no_information", "cannot")] == 0
