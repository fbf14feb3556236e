"""scripts/pairing_causes.py: a pairing mismatch's cause read from the label and the tool's answer_no
(cases written by hand from the units of the Belgian development sets named)."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def causes():
    spec = importlib.util.spec_from_file_location("pairing_causes", ROOT / "scripts" / "pairing_causes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("gold", "tool", "numbering", "expected"),
    [
        ([], "*", "unnumbered", "nothing"),  # dev-be 192145 3
        (["*"], "", "unnumbered", "unsaid"),  # dev-be12 186783 2
        (["*"], None, "unnumbered", "other"),  # dev-be15 190885 4: the tool has no such unit
        (["*"], "2", "unnumbered", "items"),  # dev-be80 185336 2
        (["1", "2"], "1", "numbered", "neighbour"),  # dev-be90 185379 1
        (["1-2", "3"], "1-2", "grouped", "neighbour"),  # dev-be89 191862 1: "1-2" and "1,2" alike
        (["1-2"], "1,2", "grouped", "other"),  # written either way, the same segment
        (["2-3"], "2;2-3", "grouped", "added"),  # dev-be72 188117 2
        (["2"], "", "grouped", "unserved"),  # dev-be67 187396 3
        (["2"], "1", "grouped", "other"),  # dev-be2 184523 2: another segment
        (["a", "b", "c"], "*", "numbered", "other"),  # dev-be77 189603 1: letters
    ],
)
def test_cause(causes, gold, tool, numbering, expected):
    assert causes.cause(gold, tool, numbering) == expected


def test_split_must_name_a_set(causes):
    with pytest.raises(SystemExit):
        causes.main(["../shared/data", "--split", "be55"])
