"""qa-align: does the government answer the written questions members of parliament ask?

Pairs every numbered sub-question of a written question with the part of the answer
that responds to it, and flags answers that do not respond, with their evidence.
"""

from __future__ import annotations

from .api import read, score, score_pairs
from .errors import ConfigError, QaAlignError, ReadError
from .frame import score_frame
from .output import COLUMNS
from .settings import Settings
from .sinks import read_results, write_results
from .types import AnswerSegment, Document, Flag, Pair, Question, ScoredPair

__version__ = "0.1.0"

__all__ = [
    "COLUMNS",
    "AnswerSegment",
    "ConfigError",
    "Document",
    "Flag",
    "Pair",
    "QaAlignError",
    "Question",
    "ReadError",
    "ScoredPair",
    "Settings",
    "read",
    "read_results",
    "score",
    "score_frame",
    "score_pairs",
    "write_results",
]
