"""Review of session 22's merged change (helper review22): the boundary of the settles pair
reader and the training script's files read from the checkout, wherever it is started."""

from __future__ import annotations

import pytest

from qa_align.errors import ConfigError
from qa_align.readers.labels import read_settles_pairs


def test_a_line_that_is_no_json_is_refused_naming_its_file_and_line(tmp_path):
    # a pair cut off where a labeller's editor broke the line: the reader says where, as it does
    # for a label neither format allows
    (tmp_path / "p.jsonl").write_text(
        '{"id": "x", "closed": "Werd alle schade ondertussen vergoed?", "settles": "no"\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"p.jsonl:1: "):
        read_settles_pairs(["p.jsonl"], tmp_path)


def test_a_pair_without_its_id_is_refused_naming_its_file_and_line(tmp_path):
    # the fields of corpus/settles/round1.jsonl but no "id": "Bijgevolg werd de schade nog niet
    # vergoed." to "Werd alle schade ondertussen vergoed?" is a no, yet the pair cannot be named
    rec = (
        '{"source": "be-kamer", "doc_id": "1", "n": "1", "language": "nl", '
        '"closed": "Werd alle schade ondertussen vergoed?", "index": 0, '
        '"sentence": "Bijgevolg werd de schade nog niet vergoed.", "settles": "no"}'
    )
    (tmp_path / "p.jsonl").write_text("\n" + rec + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"p.jsonl:2: .*'id'"):
        read_settles_pairs(["p.jsonl"], tmp_path)


def test_train_settles_reads_the_checkout_s_pair_files_wherever_it_is_started(tmp_path, monkeypatch):
    # its docstring runs it from the checkout; started elsewhere it read corpus/yesno/pairs.jsonl of the
    # working directory and stopped with FileNotFoundError. 279 pairs of yesno8 and 360 of settles21
    from .conftest import script

    seen = []
    with script("train_settles") as train_settles:
        monkeypatch.setattr(train_settles, "report_pairs", lambda pairs, c, folds: seen.append(len(pairs)))
        monkeypatch.chdir(tmp_path)
        assert train_settles.main([]) == 0
    assert seen == [279 + 360]
