"""Short drills: rewrite a weak question as an open one; the analyser checks each answer and a
spaced-repetition scheduler (FSRS, the ``fsrs`` package) brings missed items back sooner.

Items come first from the learner's own weak turns in earlier rounds (closed, leading, advice or
why-questions, kept in the store on the device), then from the content: closed questions of the
question bank and the weaker options of the exercises' choice turns.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from fsrs import Card, Rating, Scheduler
from fsrs.card import CardDict

if TYPE_CHECKING:
    from coachkit.content.loader import Library
    from coachkit.store.store import WeakTurn

log = logging.getLogger(__name__)

WEAK_KINDS = ("closed", "leading", "advice")
PURPOSEFUL_CLOSED = ("will", None)
"""Closed questions that are closed on purpose: pinning down a step and a date (Will) and asking
permission or agreeing the frame (no stage). Rewriting them as open ones would teach the wrong
thing, so they never become drill items."""
GOOD_KINDS = ("open", "reflection")
SESSION = 3
"""Items in one drill."""

SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
"""Days between reviews, no same-day learning steps (a drill is a few items a day at most),
and no random fuzz, so that a schedule can be replayed in a test."""


@dataclass(frozen=True)
class DrillItem:
    """One thing to rewrite."""

    key: str
    """Stable id: "turn:<round>:<n>", "bank:<question id>", "option:<exercise>:<turn>:<n>"."""
    text: str
    lang: str
    kind: str
    """What the analyser made of it: closed, leading or advice (or "why")."""
    source: str
    """"turn" (the learner's own), "bank" or "option"."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DrillItem:
        return cls(**{k: data[k] for k in ("key", "text", "lang", "kind", "source")})


def weak_items(turns: Sequence[WeakTurn]) -> list[DrillItem]:
    """The learner's own weak turns, newest first, one item per distinct text."""
    out: dict[str, DrillItem] = {}
    for t in sorted(turns, key=lambda t: (t.round_id, t.n), reverse=True):
        kind = "why" if t.why and t.kind not in ("advice",) else t.kind
        if kind not in (*WEAK_KINDS, "why"):
            continue
        if kind == "closed" and t.grow == "will":
            continue
        text = " ".join(t.coach.split())
        if not text or text.casefold() in out:
            continue
        out[text.casefold()] = DrillItem(f"turn:{t.round_id}:{t.n}", text, t.lang, kind, "turn")
    return list(out.values())


def content_items(library: Library, lang: str, limit: int = 20) -> list[DrillItem]:
    """Closed questions from the bank and weak options of the exercises, in ``lang``."""
    from coachkit.analysis import analyze

    out = []
    for q in library.questions:
        if q.kind != "closed" or q.stage in PURPOSEFUL_CLOSED:
            continue
        text = q.text.get(lang)
        kind = analyze(text, lang).kind
        if kind in WEAK_KINDS:
            out.append(DrillItem(f"bank:{q.id}", text, lang, kind, "bank"))
    for ex in library.exercises:
        # older content offers fixed choice turns; newer exercises build them in the engine
        for i, turn in enumerate(getattr(ex, "choice_turns", None) or []):
            for j, option in enumerate(turn.options):
                if option.best or len(out) >= limit:
                    continue
                text = option.text.get(lang)
                kind = analyze(text, lang).kind
                if kind in WEAK_KINDS:
                    out.append(DrillItem(f"option:{ex.id}:{i}:{j}", text, lang, kind, "option"))
    return out[:limit]


def _utc(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


_WARNED: set[str] = set()


def _warn_once(message: str) -> None:
    """Each unreadable card once in the server's log, not on every redraw of Home."""
    if message not in _WARNED:
        _WARNED.add(message)
        log.warning(message)


def readable(card: Mapping[str, Any] | None) -> Card | None:
    """The scheduler's card, or None when it cannot be read: a card saved in another format (by
    another version of the ``fsrs`` package, or a store written by hand) is treated as an item
    that was never scheduled, so a drill or Home never fails on it; the next answer to that
    item writes a card in the current format over it."""
    if not card:
        return None
    try:
        return Card.from_dict(card)  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        _warn_once(f"drill card in another format, read as not scheduled: {card!r} ({error!r})")
        return None


def scheduled(cards: Mapping[str, Mapping[str, Any]]) -> dict[str, tuple[DrillItem, Card]]:
    """The store's cards that can be read (item and scheduler card), by item key; the others are
    left out (see :func:`readable`)."""
    out = {}
    for key, c in cards.items():
        card = readable(c.get("card"))
        if card is None:
            continue
        try:
            item = DrillItem.from_dict(c["item"])
        except (KeyError, TypeError) as error:
            _warn_once(f"drill item {key!r} in another format, left out ({error!r})")
            continue
        out[key] = (item, card)
    return out


def due_now(cards: Mapping[str, Mapping[str, Any]], now: dt.datetime) -> int:
    """How many readable scheduled items are due at ``now``."""
    now = _utc(now)
    return sum(1 for _, card in scheduled(cards).values() if card.due <= now)


def pick_items(
    cards: Mapping[str, Mapping[str, Any]],
    candidates: list[DrillItem],
    now: dt.datetime,
    n: int = SESSION,
) -> list[DrillItem]:
    """Today's drill: items already scheduled and due (earliest first), then new ones in the
    order given (own turns before content). A card that cannot be read counts as not scheduled.

    ``cards`` maps an item key to ``{"item": {...}, "card": {...}}`` as the store keeps them.
    """
    now = _utc(now)
    known = scheduled(cards)
    due = sorted((card.due, key) for key, (_, card) in known.items() if card.due <= now)
    out = [known[key][0] for _, key in due[:n]]
    for item in candidates:
        if len(out) >= n:
            break
        if item.key not in known:
            out.append(item)
    return out


def review(card: CardDict | None, ok: bool, now: dt.datetime) -> CardDict:
    """The item's card after one answer: good -> further out, missed -> back within days."""
    now = _utc(now)
    current = readable(card) or Card(due=now)
    updated, _ = SCHEDULER.review_card(current, Rating.Good if ok else Rating.Again, now)
    return updated.to_dict()


def due_of(card: CardDict) -> dt.datetime:
    return Card.from_dict(card).due


@dataclass(frozen=True)
class Verdict:
    """The analyser's check of one rewrite."""

    ok: bool
    kind: str
    why: bool
    stacked: bool
    same: bool
    """The answer is the item's own text (nothing rewritten)."""
    tips: list[str]


def check(answer: str, item: DrillItem) -> Verdict:
    """An answer passes when the analyser reads it as one open question or a reflection, not a
    why-question, and it is not the original text."""
    from coachkit.analysis import analyze

    a = analyze(answer, item.lang)
    same = " ".join(answer.split()).casefold() == " ".join(item.text.split()).casefold()
    kind = getattr(a, "kind", "other")
    why = bool(getattr(a, "why", False))
    stacked = bool(getattr(a, "stacked", False))
    ok = kind in GOOD_KINDS and not why and not stacked and not same
    return Verdict(ok, kind, why, stacked, same, list(getattr(a, "tips", []) or []))
