"""scripts/eval_table.py --every-set: every labelled set of qa_align.labelsets, and no set twice."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from qa_align.labelsets import DEVELOPMENT_SETS, TEST_SETS

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location("eval_table", ROOT / "scripts" / "eval_table.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_every_set_names_each_labelled_set_once_with_its_files():
    specs = _script().every_set()
    names = [s.partition("=")[0] for s in specs]
    assert len(names) == len(set(names))
    assert set(names) == set(DEVELOPMENT_SETS) | set(TEST_SETS)
    assert names[-3:] == ["reference-test", "test-be", "test-uk"]
    assert (
        "gold=corpus/gold/dev.jsonl,corpus/gold/dev-en.jsonl,corpus/gold/dev-nl.jsonl,corpus/gold/dev-tk.jsonl"
        in specs
    )
    for spec in specs:
        for path in spec.partition("=")[2].split(","):
            assert (ROOT / path).is_file() or path.startswith("../shared/"), path


def test_no_set_and_no_every_set_is_an_error(capsys):
    with pytest.raises(SystemExit) as exc:
        _script().main(["../shared/data"])
    assert exc.value.code == 2
    assert "--every-set" in capsys.readouterr().err


def test_a_name_in_both_lists_is_an_error_not_a_set_dropped(monkeypatch):
    script = _script()
    monkeypatch.setattr(script, "TEST_SETS", {**TEST_SETS, "dev-be": ("corpus/gold/test-be.jsonl",)})
    with pytest.raises(ValueError, match="dev-be"):
        script.every_set()
