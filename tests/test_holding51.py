"""The `holding` sentence set read from the readers' notes (``scripts/holding_notes.py``,
``corpus/holding/notes.jsonl``, holding51): which quotes a note ties to ``holding``, how a quote is found
in the answer's sentences, which sentences the set keeps, and what the learned reading does to the
rule's flag. Expected values written out by reading the notes (shapes of real notes, shortened)."""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def notes(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    import holding_notes

    return holding_notes


@pytest.mark.parametrize(
    ("note", "tied"),
    [
        # one quote, the flag in the parenthesis after it
        (
            "Only 'The consultation response will be published shortly' (holding, as 1800040).",
            ["The consultation response will be published shortly"],
        ),
        # the parenthesis after the first quote names another flag: only the second is tied
        (
            "'This is general and says nothing' (generic); 'Budgets for future years will be set' (holding).",
            ["Budgets for future years will be set"],
        ),
        # "no holding" is not the flag
        ("'Het wijzigingsproces zit in zijn laatste fase' (a close call against no holding).", []),
        # a singular "puts ... off" ties the last quote of the run only (dev-uk90 1717618's shape)
        (
            "the existing restrictions are named, 'a ban on advertising on television', and 'we will revert "
            "with further updates on proposals' puts the matter asked off (holding); nothing else.",
            ["we will revert with further updates on proposals"],
        ),
        # a plural "put ... off" ties every quote of the run (dev-uk55 1792186's shape)
        (
            "'will set out the way forward shortly', 'We are actively considering whether legislation is "
            "required' and 'The Government will set out its approach' put the matter off (holding).",
            [
                "will set out the way forward shortly",
                "We are actively considering whether legislation is required",
                "The Government will set out its approach",
            ],
        ),
        # inside a parenthesis only the quote that "holding" follows (dev-be33 190778's shape)
        (
            "Only 'Een globaal antwoord zal worden verstrekt door de minister' and 'Ik verwijs het geachte lid "
            "naar het antwoord' (cross_reference; 'zal worden verstrekt', holding; no deflection).",
            ["zal worden verstrekt"],
        ),
        # a quote inside the holding parenthesis cites another unit and is not tied; the one before is
        (
            "'The China Audit will conclude shortly' (holding, the result put off, as 'will shortly publish', 1800040).",
            ["The China Audit will conclude shortly"],
        ),
        # named as the holding just before it
        (
            "holding from 'nog geen finaal voorstel ... maar ik verwacht dit binnenkort'; cross_reference.",
            ["nog geen finaal voorstel ... maar ik verwacht dit binnenkort"],
        ),
        # said to defer, no flag named (the old gold notes)
        (
            "closing 'In de kabinetsreactie worden deze overwegingen meegenomen' defers the points.",
            ["In de kabinetsreactie worden deze overwegingen meegenomen"],
        ),
        # a negated "put off" is not a deferral
        ("'We look forward to the foreign and security policy dialogue' is no answer put off by itself.", []),
    ],
)
def test_holding_quotes(notes, note, tied):
    assert notes.holding_quotes(note) == tied


def test_quote_in_parts_in_order(notes):
    sentences = [
        "Het advies van de Hoge Raad is gevraagd.",
        "Ik verwacht dit advies rond einde maart.",
        "Daarna zal ik beslissen.",
    ]
    # an ellipsis splits the quote; its parts may lie in two sentences, in order
    assert notes.quote_in("Ik verwacht dit advies ... zal ik beslissen", sentences) == [1, 2]
    # typographic quotes, case and spaces are folded
    assert notes.quote_in("ik  verwacht dit advies rond einde maart", sentences) == [1]
    # parts out of order are not found
    assert notes.quote_in("Daarna zal ik beslissen ... Ik verwacht dit advies", sentences) == []
    assert notes.quote_in("iets dat er niet staat", sentences) == []


def _sentence(text, start, **kw):
    return {
        "text": text,
        "start": start,
        "end": start + len(text),
        "lex": [],
        "cue": False,
        "learned": 0.0,
        "to_come": False,
        "evidence": False,
    } | kw


def test_build_rows(notes):
    units = {
        "uk-commons\t1\t1": {
            "set": "dev-uk",
            "flags": ["holding"],
            "language": "en",
            "question": "q",
            "flagged": True,
            "note": "Only 'A decision will be made in due course' (holding).",
            "sentences": [
                _sentence("The scheme opened in May.", 0),
                _sentence("A decision will be made in due course.", 26),
            ],
        },
        # a holding unit whose quote is not in its sentences gives no row
        "uk-commons\t2\t1": {
            "set": "dev-uk",
            "flags": ["holding"],
            "language": "en",
            "question": "q",
            "flagged": False,
            "note": "'Words that are not there at all' (holding).",
            "sentences": [_sentence("Something else entirely is said.", 0)],
        },
        # a unit without holding keeps only the rule's candidates
        "be-kamer\t3\t2": {
            "set": "dev-be",
            "flags": ["generic"],
            "language": "nl",
            "question": "q",
            "flagged": False,
            "note": "",
            "sentences": [
                _sentence("Dit is algemeen.", 0),
                _sentence("Dit zal later worden bekeken.", 17, to_come=True),
            ],
        },
    }
    rows, counts = notes.build_rows(units)
    assert [(r["doc_id"], r["sentence"], r["label"]) for r in rows] == [
        ("1", "The scheme opened in May.", 0),
        ("1", "A decision will be made in due course.", 1),
        ("3", "Dit zal later worden bekeken.", 0),
    ]
    assert counts["holding units"] == 2 and counts["units found"] == 1
    every, _ = notes.build_rows(units, every=True)
    assert len(every) == 4


def test_unit_flags(notes):
    u = {"flagged": True, "sentences": [{"evidence": False}, {"evidence": True}]}
    # the filter reads the rule's evidence sentence
    assert notes.unit_flags(u, [0.9, 0.2], None, 0.3) is False
    assert notes.unit_flags(u, [0.1, 0.4], None, 0.3) is True
    # or any sentence of the unit
    assert notes.unit_flags(u, [0.9, 0.2], None, 0.3, any_sentence=True) is True
    # the way in flags a unit the rule leaves
    left = {"flagged": False, "sentences": [{"evidence": False}]}
    assert notes.unit_flags(left, [0.8], 0.7, None) is True
    assert notes.unit_flags(left, [0.6], 0.7, None) is False


def test_the_shipped_set():
    from qa_align.labelsets import DEVELOPMENT_SETS, TEST_SETS

    rows = [
        json.loads(line)
        for line in (ROOT / "corpus/holding/notes.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert {r["set"] for r in rows} <= set(DEVELOPMENT_SETS) and not {r["set"] for r in rows} & set(TEST_SETS)
    assert all(r["unit_holding"] for r in rows if r["label"])
    for lang in ("nl", "en"):
        assert sum(r["label"] for r in rows if r["language"] == lang) >= 300
    # a sentence the readers quote as holding (dev-uk56 1869224 1)
    assert any(
        r["doc_id"] == "1869224" and r["label"] and r["sentence"].startswith("We will update the House")
        for r in rows
    )


def test_scoring_a_folder_skips_the_set():
    from qa_align.readers.labels import looks_like_file

    assert looks_like_file(ROOT / "corpus/holding/notes.jsonl")
