"""The rule registry: one function per flag, registered by name, the single place a rule is
declared.

A rule takes a ``PairContext`` (the pair, its document's context, the shared analyses) and
returns the flags it raises (usually none or one). ``@rule("name", "what it flags", ...)``
declares, where the rule is defined, everything the rest of the package reads from it:
whether it runs by default, whether it is compared with labels (``evaluated``), the lexicon's
``[cues]`` lists it reads (``cues``; those matched in answers are matched for it, whatever the
lexicon file holds) and its other lists it reads (``lists``, as ``"table.name"``:
``"answer.negations"``), its ``stage`` and where its flags stand among the others (``order``).
The default rules, the evaluated flags, the model's flag features and the matcher's cue kinds are
all derived from here. A list counts as read when the rule's code (its module, ``rules.asked``,
the shared ``rules.context``) asks the lexicon for it or a segment's analysis for its matches
(``AnswerAnalysis.cue``); what the analysis stages read for every rule (``analyze``,
``coverage``) is theirs. ``tests/test_rules.py`` runs each rule alone with a recording lexicon
and checks every list it reads is declared.

Stages: ``document`` rules see one document; a ``batch`` rule also has a ``BatchStep`` that
needs the whole batch (run as map and reduce over compact keys, see ``qa_align.batch``);
``late`` rules run once similarity and identifiability are known, with the other flags.

Rules are found by importing every module of this package and the plug-ins named by entry
points of group ``qa_align.rules``: a new rule is one new file. ``get_rules`` fails on an
unknown name with the list of known ones.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.metadata import entry_points
from typing import Any, Literal

from ..errors import ConfigError
from ..lexicon import CUE_SCOPES
from ..settings import Settings
from ..types import Flag
from .context import DocContext, PairContext

log = logging.getLogger(__name__)
RuleFunc = Callable[[PairContext], Iterable[Flag]]
Stage = Literal["document", "batch", "late"]
STAGES = ("document", "batch", "late")
ENTRY_POINT_GROUP = "qa_align.rules"


@dataclass(frozen=True)
class BatchStep:
    """The part of a ``batch`` rule that needs the whole batch, as a map and a reduce over
    compact keys. ``keys`` gives a document's keys (in the worker that scores the document:
    small, picklable, such as stable hashes of its sentences; None for nothing to add);
    ``combine`` folds the keys of every document of the batch into one summary; ``flags``
    gives a pair's flags from its document's keys and that summary."""

    keys: Callable[[DocContext], Any]
    combine: Callable[[Iterable[Any], Settings], Any]
    flags: Callable[[PairContext, Any, Any], Iterable[Flag]]


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    func: RuleFunc
    stage: Stage = "document"
    default: bool = True  # runs unless the rules are named
    evaluated: bool = True  # compared with the labelled flags by ``qa-align eval``
    cues: tuple[str, ...] = ()  # lexicon ``[cues]`` lists it reads (those of answers matched for it)
    lists: tuple[str, ...] = ()  # the lexicon's other lists it reads, "table.name"
    order: int = 1000  # where its flags stand among the others (lower first)
    batch: BatchStep | None = None  # the across-the-batch part of a ``batch`` rule

    @property
    def late(self) -> bool:
        return self.stage == "late"

    def __call__(self, ctx: PairContext) -> list[Flag]:
        return list(self.func(ctx))


RULES: dict[str, Rule] = {}


def rule(
    name: str,
    description: str,
    *,
    stage: Stage = "document",
    default: bool = True,
    evaluated: bool = True,
    cues: Sequence[str] = (),
    lists: Sequence[str] = (),
    order: int = 1000,
    batch: BatchStep | None = None,
) -> Callable[[RuleFunc], RuleFunc]:
    """Register ``func`` as the rule ``name`` (see the module's docstring for the rest)."""
    if stage not in STAGES:
        raise ValueError(f"rule {name!r}: stage {stage!r} is not one of {', '.join(STAGES)}")
    if (stage == "batch") != (batch is not None):
        raise ValueError(f"rule {name!r}: a BatchStep goes with stage 'batch', and only there")

    def register(func: RuleFunc) -> RuleFunc:
        if name in RULES and RULES[name].func is not func:
            raise ValueError(f"rule {name!r} is registered twice")
        RULES[name] = Rule(
            name, description, func, stage, default, evaluated, tuple(cues), tuple(lists), order, batch
        )
        return func

    return register


def registry() -> dict[str, Rule]:
    """Every rule, in flag order: those of this package's modules, then the plug-ins' (entry
    points of group ``qa_align.rules``, each naming a module or an object whose import
    registers rules)."""
    _discover()
    return dict(sorted(RULES.items(), key=lambda kv: (kv[1].order, kv[0])))


@cache
def _discover() -> None:
    for info in pkgutil.iter_modules(__path__, __name__ + "."):
        importlib.import_module(info.name)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            ep.load()
        except Exception as exc:  # a broken plug-in is told, the built-in rules still run
            log.warning("rule plug-in %s (%s) could not be loaded: %s", ep.name, ep.value, exc)


def default_rules() -> tuple[str, ...]:
    """The rules run unless the rules are named, in flag order."""
    return tuple(n for n, r in registry().items() if r.default)


def optional_rules() -> tuple[str, ...]:
    """Rules registered but run only when named (``--rules +off_topic``)."""
    return tuple(n for n, r in registry().items() if not r.default)


def evaluated_flags() -> tuple[str, ...]:
    """The flags compared with labels, in flag order."""
    return tuple(n for n, r in registry().items() if r.evaluated)


def cue_lists() -> tuple[str, ...]:
    """The lexicon cue lists the rules match in answers, each once, in flag order: the ``[cues]``
    lists they read but those read elsewhere (``lexicon.CUE_SCOPES``: the question, the opening)."""
    cues = (c for r in registry().values() for c in r.cues)
    return tuple(dict.fromkeys(c for c in cues if CUE_SCOPES.get(c, "answer") == "answer"))


def get_rules(names: Iterable[str | Rule]) -> list[Rule]:
    """The rules named (or given as ``Rule`` objects), in order. Raises ``ConfigError`` on an
    unknown name."""
    known = registry()
    out = []
    for name in names:
        if isinstance(name, Rule):
            out.append(name)
            continue
        if name not in known:
            raise ConfigError(f"unknown rule {name!r}; known rules: {', '.join(sorted(known))}")
        out.append(known[name])
    return out


def known_rules() -> dict[str, str]:
    """Every registered rule's name with its description."""
    return {name: r.description for name, r in sorted(registry().items())}


__all__ = [
    "BatchStep",
    "DocContext",
    "PairContext",
    "Rule",
    "RULES",
    "STAGES",
    "cue_lists",
    "default_rules",
    "evaluated_flags",
    "get_rules",
    "known_rules",
    "optional_rules",
    "registry",
    "rule",
]
