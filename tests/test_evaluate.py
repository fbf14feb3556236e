"""`qa-align eval` on hand-written labels of the cybersecurity document."""

import json

import pytest

from qa_align.cli import main
from qa_align.errors import ConfigError
from qa_align.evaluate import evaluate, load_gold

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


def test_recycled_text_across_documents_is_not_compared_with_the_labels():
    """LABELS.md's recycled_text is text repeated within the document."""
    from types import SimpleNamespace

    from qa_align.evaluate import labelled_flags
    from qa_align.types import Flag

    across = Flag("recycled_text", "stands in 3 other documents", related=("uk-commons/1693458#*",))
    within = Flag("recycled_text", "also stands in answer 5", related=("5",))
    other = Flag("holding", "defers")
    assert labelled_flags(SimpleNamespace(flags=(across, other))) == {"holding"}
    assert labelled_flags(SimpleNamespace(flags=(across, within))) == {"recycled_text"}
