"""The project's labelled sets: the development sets the rules, thresholds and models were tuned
or trained on, and the test sets reported in aggregate only. One list, read by the scripts that
choose a setting (``evaluate.development_sets``) and by the score's retrain command (``train_command``,
``scoring.RETRAIN``). No heavy imports: ``scoring`` reads it at import."""

from __future__ import annotations

# The labelled sets, as the README's table of every set groups them (paths from the repository's
# root; ``../shared/labels`` beside it). Development sets: the rules and thresholds were tuned on
# them, in the order labelled; scripts that choose a setting read these (``development_sets``).
# Test sets: reported in aggregate only, never read to choose anything.
DEVELOPMENT_SETS: dict[str, tuple[str, ...]] = {
    "reference-dev": ("../shared/labels/reference-dev.jsonl",),
    "gold": (
        "corpus/gold/dev.jsonl",
        "corpus/gold/dev-en.jsonl",
        "corpus/gold/dev-nl.jsonl",
        "corpus/gold/dev-tk.jsonl",
    ),
    "dev-be": ("corpus/gold/dev-be.jsonl",),
    "dev-be2": ("corpus/gold/dev-be2.jsonl",),
    "dev-uk": ("corpus/gold/dev-uk.jsonl",),
    "dev-be3+dev-be4": ("corpus/gold/dev-be3.jsonl", "corpus/gold/dev-be4.jsonl"),
    "dev-uk2+dev-uk3": ("corpus/gold/dev-uk2.jsonl", "corpus/gold/dev-uk3.jsonl"),
    "dev-be5+dev-be6": ("corpus/gold/dev-be5.jsonl", "corpus/gold/dev-be6.jsonl"),
    "dev-uk4+dev-uk5+dev-uk6": (
        "corpus/gold/dev-uk4.jsonl",
        "corpus/gold/dev-uk5.jsonl",
        "corpus/gold/dev-uk6.jsonl",
    ),
    "dev-be7": ("corpus/gold/dev-be7.jsonl",),
    "dev-uk7": ("corpus/gold/dev-uk7.jsonl",),
    "dev-be8": ("corpus/gold/dev-be8.jsonl",),
    "dev-be9": ("corpus/gold/dev-be9.jsonl",),
    "dev-uk8-10": ("corpus/gold/dev-uk8.jsonl", "corpus/gold/dev-uk9.jsonl", "corpus/gold/dev-uk10.jsonl"),
    "dev-be10": ("corpus/gold/dev-be10.jsonl",),
    **{f"dev-uk{n}": (f"corpus/gold/dev-uk{n}.jsonl",) for n in range(11, 18)},
    "dev-be11": ("corpus/gold/dev-be11.jsonl",),
    "dev-be12": ("corpus/gold/dev-be12.jsonl",),
    **{f"dev-uk{n}": (f"corpus/gold/dev-uk{n}.jsonl",) for n in range(18, 21)},
    "dev-be13": ("corpus/gold/dev-be13.jsonl",),
    "dev-be14": ("corpus/gold/dev-be14.jsonl",),
    "dev-uk21": ("corpus/gold/dev-uk21.jsonl",),
    "dev-uk22": ("corpus/gold/dev-uk22.jsonl",),
    **{f"dev-be{n}": (f"corpus/gold/dev-be{n}.jsonl",) for n in range(15, 21)},
    "dev-uk23": ("corpus/gold/dev-uk23.jsonl",),
    "dev-be21": ("corpus/gold/dev-be21.jsonl",),
    "dev-uk24": ("corpus/gold/dev-uk24.jsonl",),
    "dev-be22": ("corpus/gold/dev-be22.jsonl",),
    "dev-uk25": ("corpus/gold/dev-uk25.jsonl",),
    "dev-be23": ("corpus/gold/dev-be23.jsonl",),
    "dev-uk26": ("corpus/gold/dev-uk26.jsonl",),
    "dev-be24": ("corpus/gold/dev-be24.jsonl",),
    "dev-be25": ("corpus/gold/dev-be25.jsonl",),
    "dev-uk27": ("corpus/gold/dev-uk27.jsonl",),
    "dev-uk28": ("corpus/gold/dev-uk28.jsonl",),
    "dev-be26": ("corpus/gold/dev-be26.jsonl",),
    "dev-be27": ("corpus/gold/dev-be27.jsonl",),
    "dev-uk29": ("corpus/gold/dev-uk29.jsonl",),
    "dev-uk30": ("corpus/gold/dev-uk30.jsonl",),
    "dev-be28": ("corpus/gold/dev-be28.jsonl",),
    "dev-uk31": ("corpus/gold/dev-uk31.jsonl",),
    "dev-be29": ("corpus/gold/dev-be29.jsonl",),
    "dev-uk32": ("corpus/gold/dev-uk32.jsonl",),
    "dev-be30": ("corpus/gold/dev-be30.jsonl",),
    "dev-uk33": ("corpus/gold/dev-uk33.jsonl",),
    "dev-be31": ("corpus/gold/dev-be31.jsonl",),
    "dev-uk34": ("corpus/gold/dev-uk34.jsonl",),
    "dev-be32": ("corpus/gold/dev-be32.jsonl",),
    "dev-be33": ("corpus/gold/dev-be33.jsonl",),
    "dev-uk35": ("corpus/gold/dev-uk35.jsonl",),
    "dev-uk36": ("corpus/gold/dev-uk36.jsonl",),
    "dev-be34": ("corpus/gold/dev-be34.jsonl",),
    "dev-be35": ("corpus/gold/dev-be35.jsonl",),
    "dev-uk37": ("corpus/gold/dev-uk37.jsonl",),
    "dev-uk38": ("corpus/gold/dev-uk38.jsonl",),
    "dev-be36": ("corpus/gold/dev-be36.jsonl",),
    "dev-be37": ("corpus/gold/dev-be37.jsonl",),
    "dev-uk39": ("corpus/gold/dev-uk39.jsonl",),
    "dev-uk40": ("corpus/gold/dev-uk40.jsonl",),
    "dev-be38": ("corpus/gold/dev-be38.jsonl",),
    "dev-be39": ("corpus/gold/dev-be39.jsonl",),
    "dev-uk41": ("corpus/gold/dev-uk41.jsonl",),
    "dev-uk42": ("corpus/gold/dev-uk42.jsonl",),
    "dev-be40": ("corpus/gold/dev-be40.jsonl",),
    "dev-be41": ("corpus/gold/dev-be41.jsonl",),
    "dev-uk43": ("corpus/gold/dev-uk43.jsonl",),
    "dev-uk44": ("corpus/gold/dev-uk44.jsonl",),
    "dev-be42": ("corpus/gold/dev-be42.jsonl",),
    "dev-be43": ("corpus/gold/dev-be43.jsonl",),
    "dev-be44": ("corpus/gold/dev-be44.jsonl",),
    "dev-uk45": ("corpus/gold/dev-uk45.jsonl",),
    "dev-uk46": ("corpus/gold/dev-uk46.jsonl",),
    "dev-uk47": ("corpus/gold/dev-uk47.jsonl",),
    "dev-be45": ("corpus/gold/dev-be45.jsonl",),
    "dev-be46": ("corpus/gold/dev-be46.jsonl",),
    "dev-be47": ("corpus/gold/dev-be47.jsonl",),
    "dev-uk48": ("corpus/gold/dev-uk48.jsonl",),
    "dev-uk49": ("corpus/gold/dev-uk49.jsonl",),
    "dev-uk50": ("corpus/gold/dev-uk50.jsonl",),
    "dev-be48": ("corpus/gold/dev-be48.jsonl",),
    "dev-be49": ("corpus/gold/dev-be49.jsonl",),
    "dev-be50": ("corpus/gold/dev-be50.jsonl",),
    "dev-uk51": ("corpus/gold/dev-uk51.jsonl",),
    "dev-uk52": ("corpus/gold/dev-uk52.jsonl",),
    "dev-uk53": ("corpus/gold/dev-uk53.jsonl",),
    "dev-be51": ("corpus/gold/dev-be51.jsonl",),
    "dev-be52": ("corpus/gold/dev-be52.jsonl",),
    "dev-uk54": ("corpus/gold/dev-uk54.jsonl",),
    "dev-uk55": ("corpus/gold/dev-uk55.jsonl",),
    "dev-be53": ("corpus/gold/dev-be53.jsonl",),
    "dev-be54": ("corpus/gold/dev-be54.jsonl",),
    "dev-uk56": ("corpus/gold/dev-uk56.jsonl",),
    "dev-uk57": ("corpus/gold/dev-uk57.jsonl",),
}
TEST_SETS: dict[str, tuple[str, ...]] = {
    "reference-test": ("../shared/labels/reference-test.jsonl",),
    "test-be": ("corpus/gold/test-be.jsonl",),
    "test-uk": ("corpus/gold/test-uk.jsonl",),
}


def train_command() -> str:
    """The command that retrains the score (``qa-align train``): the first development set
    positional, the others ``--gold``, the test sets ``--held-out``."""
    first, *rest = (f for files in DEVELOPMENT_SETS.values() for f in files)
    gold = "".join(f"--gold {f} " for f in rest)
    held_out = " ".join(f"--held-out {f}" for files in TEST_SETS.values() for f in files)
    return f"qa-align train {first} ../shared/data {gold}{held_out}"
