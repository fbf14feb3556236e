"""The rule registry: one function per flag, registered by name.

A rule takes a ``PairContext`` (the pair, its document's context, the shared analyses)
and returns the flags it raises (usually none or one). Register a new rule with
``@rule("name", "what it flags")``; ``get_rules`` fails on an unknown name with the list
of known ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..errors import ConfigError
from ..types import Flag
from .context import DocContext, PairContext

RuleFunc = Callable[[PairContext], Iterable[Flag]]


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    func: RuleFunc
    late: bool = False  # runs after similarity and identifiability are known, with the other flags

    def __call__(self, ctx: PairContext) -> list[Flag]:
        return list(self.func(ctx))


RULES: dict[str, Rule] = {}


def rule(name: str, description: str, late: bool = False) -> Callable[[RuleFunc], RuleFunc]:
    """Register ``func`` as the rule ``name``; a ``late`` rule sees the pair's similarity,
    identifiability and the other rules' flags in its ``PairContext``."""

    def register(func: RuleFunc) -> RuleFunc:
        if name in RULES:
            raise ValueError(f"rule {name!r} is registered twice")
        RULES[name] = Rule(name, description, func, late)
        return func

    return register


def get_rules(names: Iterable[str]) -> list[Rule]:
    """The rules named, in order. Raises ``ConfigError`` on an unknown name."""
    from . import answers, core, topic  # noqa: F401  (registers the built-in rules)

    out = []
    for name in names:
        if name not in RULES:
            raise ConfigError(f"unknown rule {name!r}; known rules: {', '.join(sorted(RULES))}")
        out.append(RULES[name])
    return out


def known_rules() -> dict[str, str]:
    """Every registered rule's name with its description."""
    from . import answers, core, topic  # noqa: F401

    return {name: r.description for name, r in sorted(RULES.items())}


__all__ = ["DocContext", "PairContext", "Rule", "RULES", "rule", "get_rules", "known_rules"]
