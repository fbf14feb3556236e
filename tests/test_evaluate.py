"""`qa-align eval` on hand-written labels of the cybersecurity document."""

import json

import pytest

from qa_align.cli import main
from qa_align.errors import ConfigError
from qa_align.evaluate import evaluate, load_gold, segment_key

from .conftest import CYBER


def _gold(tmp_path, units, name="gold.jsonl"):
    rec = {
        "source": "vlaams-parlement",
        "doc_id": "schv-8-2024-cybersecurity",
        "answer_numbering": "numbered",
        "units": units,
    }
    path = tmp_path / name
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    return path


def _unit(n, answer_ns=None, flags=()):
    return {
        "n": n,
        "q_start": "...",
        "answer_ns": answer_ns or [n],
        "label": "answered",
        "flags": list(flags),
        "note": "",
    }


def test_perfect_labels(tmp_path):
    units = [
        _unit("1"),
        _unit("2"),
        _unit("3", flags=["recycled_text"]),
        _unit("4"),
        _unit("5", flags=["recycled_text"]),
    ]
    result = evaluate(load_gold(_gold(tmp_path, units)), [CYBER])
    g = result.groups["vlaams-parlement"]
    assert g["units"] == 5 and g["unit_count_agreement"] == 1.0 and g["pairing_accuracy"] == 1.0
    rt = g["flags"]["recycled_text"]
    assert (rt["support"], rt["predicted"], rt["precision"], rt["recall"]) == (2, 2, 1.0, 1.0)


def test_wrong_pairing_missing_unit_and_missed_flag(tmp_path):
    # unit 1 labelled as served by answer 2; unit 5 left out; a flag the tool does not give
    units = [
        _unit("1", ["2"]),
        _unit("2", flags=["holding"]),
        _unit("3", flags=["recycled_text"]),
        _unit("4"),
    ]
    result = evaluate(load_gold(_gold(tmp_path, units)), [CYBER])
    g = result.groups["all"]
    assert g["pairing_accuracy"] == 3 / 4
    assert g["unit_count_agreement"] == 0.0  # the tool finds 5 units, the labels 4
    rt = g["flags"]["recycled_text"]
    assert (rt["support"], rt["predicted"]) == (1, 2)  # unit 5's flag counts as a false positive
    assert g["flags"]["holding"]["recall"] == 0.0


def test_missing_document_and_bad_labels(tmp_path):
    result = evaluate(load_gold(_gold(tmp_path, [_unit("1")])), [tmp_path / "nothing-here"])
    assert result.missing == (("vlaams-parlement", "schv-8-2024-cybersecurity"),)
    assert result.groups["all"]["pairing_accuracy"] == 0.0
    with pytest.raises(ConfigError, match="unknown flag"):
        load_gold(_gold(tmp_path, [_unit("1", flags=["evasive"])], "bad.jsonl"))


def test_cli_table_and_json(tmp_path, capsys):
    path = _gold(tmp_path, [_unit(str(n)) for n in range(1, 6)])
    assert main(["eval", str(path), str(CYBER)]) == 0
    out = capsys.readouterr().out
    assert "pairing accuracy" in out and "100.0%" in out
    assert main(["eval", str(path), str(CYBER), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["groups"]["all"]["pairing_accuracy"] == 1.0


def test_scoring_the_corpus_skips_the_labelled_set():
    from qa_align.readers import read_paths
    from qa_align.types import Problem

    from .conftest import CORPUS

    items = list(read_paths([CORPUS]))
    problems = [i for i in items if isinstance(i, Problem)]
    assert [(p.doc_id, p.unanswered) for p in problems] == [("184505", True)]
    sources = sorted({i.source for i in items if not isinstance(i, Problem)})
    assert sources == ["be-kamer", "tweede-kamer", "uk-commons", "vlaams-parlement"]


def test_boilerplate_is_not_compared_with_the_labels():
    """LABELS.md has no boilerplate flag: text that stands in other documents."""
    from types import SimpleNamespace

    from qa_align.evaluate import labelled_flags
    from qa_align.types import Flag

    across = Flag("boilerplate", "stands in 3 other documents", related=("uk-commons/1693458#*",))
    within = Flag("recycled_text", "also stands in answer 5", related=("5",))
    other = Flag("holding", "defers")
    assert labelled_flags(SimpleNamespace(flags=(across, other))) == {"holding"}
    assert labelled_flags(SimpleNamespace(flags=(across, within))) == {"recycled_text"}


def test_flag_metrics_are_scikit_learns_on_hand_counted_units():
    from qa_align.evaluate import flag_metrics

    rows = [
        (frozenset({"holding"}), frozenset({"holding"})),  # holding: tp
        (frozenset({"holding"}), frozenset()),  # holding: fn
        (frozenset(), frozenset({"holding", "generic"})),  # holding: fp; generic: fp
        (frozenset({"generic"}), frozenset()),  # generic: fn
        (frozenset({"deflection"}), frozenset()),  # deflection: fn, never predicted
    ]
    m = flag_metrics(rows, ("holding", "generic", "deflection", "no_information"))
    # holding: tp 1, fp 1, fn 1 -> precision 1/2, recall 1/2, F1 1/2
    assert m["holding"] == {"support": 2, "predicted": 2, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    # generic: tp 0, fp 1, fn 1 -> precision 0, recall 0, F1 0
    assert m["generic"] == {"support": 1, "predicted": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    # deflection: never predicted -> precision (and so F1) undefined, recall 0
    assert m["deflection"] == {"support": 1, "predicted": 0, "precision": None, "recall": 0.0, "f1": None}
    # no_information: neither labelled nor predicted
    assert m["no_information"] == {
        "support": 0,
        "predicted": 0,
        "precision": None,
        "recall": None,
        "f1": None,
    }


def _folder_with_one_labelled_record(tmp_path):
    """A copy of the cybersecurity document, a PDF and a Belgian JSON Lines file whose
    unwanted parts would be problems if they were read: a broken PDF, a record cut short."""
    import shutil

    from .conftest import CORPUS

    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(CYBER, folder)
    (folder / "other.pdf").write_bytes(b"not a pdf at all")
    lines = (CORPUS / "be-kamer" / "questions-sample.jsonl").read_text(encoding="utf-8").splitlines()
    (folder / "records.jsonl").write_text(
        "\n".join([lines[0], '{"doc_id": 999999, "question": "Hoe', lines[2]]) + "\n", encoding="utf-8"
    )
    return folder


def test_only_the_labelled_documents_are_read(tmp_path):
    from qa_align.readers import read_paths

    folder = _folder_with_one_labelled_record(tmp_path)
    read = list(read_paths([folder], only={"schv-8-2024-cybersecurity", "184504"}))
    # the broken PDF and the record cut short were not read, or they would be problems here
    assert [(d.source, d.doc_id) for d in read] == [
        ("be-kamer", "184504"),
        ("vlaams-parlement", "schv-8-2024-cybersecurity"),
    ]
    everything = list(read_paths([folder]))
    assert {type(d).__name__ for d in everything} == {"Document", "Problem"}  # both would have been


def test_eval_scores_the_labelled_documents_as_their_own_batch(tmp_path, capsys):
    folder = _folder_with_one_labelled_record(tmp_path)
    gold = _gold(
        tmp_path, [_unit("1"), _unit("2"), _unit("3", flags=["recycled_text"]), _unit("4"), _unit("5")]
    )
    assert main(["eval", str(gold), str(folder), "--model", "none"]) == 0
    out = capsys.readouterr().out
    assert "1 labelled documents read and scored as one batch: only they are read" in out
    assert "problems" not in out


def test_a_record_whose_id_is_not_its_first_field_is_parsed_to_tell():
    from qa_align.readers.records import id_among

    keep = id_among({"184504", "abc"}, "doc_id")
    assert keep('{"doc_id": 184504, "question": "..."}')
    assert keep('{"doc_id": "abc", "question": "..."}')
    assert not keep('{"doc_id": 184501, "question": "... 184504 ..."}')
    assert not keep('  { "doc_id" : "abd" }')
    assert keep('{"question": "...", "doc_id": 184501}')  # id not first: parsed, then told
    assert keep('{"doc_id": 1.84504e5, "question": "..."}')  # not a plain integer: parsed


def test_segment_key_reads_a_run_and_a_list_alike():
    # a reader writes the head "1. tot 3., en 5." as "1-3,5"; the segmenter labels it "1,2,3,5"
    assert segment_key("1-3,5") == segment_key("1,2,3,5") == frozenset({"1", "2", "3", "5"})
    assert segment_key("2-4") != segment_key("2,4")  # "2. en 4." does not serve unit 3
    assert segment_key("a") == frozenset({"a"})
    assert segment_key("4-2") == frozenset({"4-2"})  # not a run: left as written
