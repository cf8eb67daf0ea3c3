"""The supervisor's case: which pieces answer an intent, which are earned, how a piece is said."""

from __future__ import annotations

import random
import re

from coachkit.content.models import OPTION_INTENTS, Exercise, Piece
from coachkit.roleplay import boundary
from coachkit.roleplay.lexicon import FILLERS, NO_ALONE, YES_OR_NO
from coachkit.roleplay.listening import heard_keys
from coachkit.roleplay.messages import fallback_lines
from coachkit.roleplay.state import State

SENTENCE = re.compile(r"(?<=[.!?])\s+")


WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
OPENER = re.compile(
    r"^(?:no|noh|joo|niin|ja|mutta|well|so|okay|and|but|hm+)\b,?\s+", re.IGNORECASE | re.UNICODE
)
"""A word a reply opens with that a line running on ("It's more that") leaves out."""
RESTATE_WORDS = 4
"""A sentence this long or longer says something; "Honestly?" or "Well, no." alone does not."""


def first_sentence(text: str) -> str:
    return SENTENCE.split(text.strip(), maxsplit=1)[0]


def restatement(text: str) -> str:
    """What a supervisor says again of ``text``: its first sentence with some substance, else
    its first sentence."""
    sentences = SENTENCE.split(text.strip())
    return next((x for x in sentences if len(x.split()) >= RESTATE_WORDS), sentences[0])


def _yes_or_no_at(text: str, lang: str) -> re.Match[str] | None:
    """The yes or no ``text`` opens with, after any filler ("Well... yes, I have a part in it
    too.", "Joo, joka viikko.", "Ei, ei yhtään."; none in "En tiedä vielä.")."""
    key = "fi" if lang == "fi" else "en"
    for found in WORD.finditer(text):
        word = found.group(0).lower()
        if word in FILLERS[key]:
            continue
        alone = text[found.end() : found.end() + 1] in ("", ",", ".", "!", "?", ";", ":", "…")
        return found if word in YES_OR_NO[key] or (alone and word in NO_ALONE[key]) else None
    return None


def opens_with_yes_or_no(text: str, lang: str) -> bool:
    """Whether ``text`` opens with a yes or a no, after any filler."""
    return _yes_or_no_at(text, lang) is not None


def without_yes_or_no(text: str, lang: str) -> str:
    """``text`` without the yes or no it opens with ("Yes, we touched on that already:" -> "We
    touched on that already:"), for an answer to a question no yes or no answers."""
    found = _yes_or_no_at(text, lang)
    rest = text[found.end() :].lstrip(" ,.!;:…") if found else ""
    return rest[:1].upper() + rest[1:] if rest else text


def names_in(texts: list[str]) -> frozenset[str]:
    """Words written with a capital inside a sentence (names: "Hanna", "Monday", "I")."""
    out = {"I"}
    for text in texts:
        for sentence in SENTENCE.split(text):
            out.update(w for w in WORD.findall(sentence)[1:] if w[:1].isupper())
    return frozenset(out)


class Case:
    """One exercise's pieces and lines in one language, picked deterministically by the seed."""

    def __init__(self, exercise: Exercise, lang: str, seed: int):
        self.exercise = exercise
        self.lang = lang
        self.seed = seed
        self.pieces = {p.id: p for p in exercise.pieces}
        self.order = {p.id: n for n, p in enumerate(exercise.pieces)}
        self.fallback = fallback_lines(lang)
        texts = [exercise.opening.get(lang), exercise.persona.brief.get(lang)]
        for p in exercise.pieces:
            texts += [s.get(lang) for s in p.say]
            texts += [x.get(lang) for x in (p.gist, p.short, p.step) if x]
        self.texts = tuple(texts)
        """Everything the case holds, as text: the opening, the brief and every piece."""
        self.keys = heard_keys(texts, lang)
        self.names = names_in(texts + [exercise.situation.get(lang)])
        self.piece_names = {
            p.id: self._stems(
                names_in([x.get(lang) for x in (*p.say, p.gist, p.short, p.step) if x])
            )
            for p in exercise.pieces
        }
        """The names each piece's lines use ("Antti"): said only once they have come up."""
        self.phrasing_names = {
            p.id: [self._stems(names_in([x.get(lang)])) for x in p.say] for p in exercise.pieces
        }
        """The names in each phrasing of each piece."""
        self.withheld: set[str] = set()
        """Pieces the supervisor no longer says (over a boundary the coach has named)."""

    # --- lines ---------------------------------------------------------------------------------

    def line(self, state: State, kind: str, turn_no: int) -> str:
        """A line of ``kind``: the case's own, else the engine's; never the same twice running."""
        authored = getattr(self.exercise.replies, kind, None)
        lines = [x.get(self.lang) for x in authored] if authored else self.fallback.get(kind)
        if not lines:
            return ""
        index = random.Random(f"{self.seed}:{turn_no}:{kind}").randrange(len(lines))
        if len(lines) > 1 and state.last_line.get(kind) == index:
            index = (index + 1) % len(lines)
        state.last_line[kind] = index
        return lines[index]

    def phrasing(self, piece: Piece, turn_no: int, state: State | None = None) -> str:
        """One of the piece's phrasings, by seed; with ``state``, the one said before if the
        piece was said already (a refer-back quotes what was said), else the one chosen now is
        remembered as said."""
        said = state.phrased.get(piece.id) if state is not None else None
        if said is not None and said < len(piece.say):
            return piece.say[said].get(self.lang)
        index = random.Random(f"{self.seed}:{turn_no}:{piece.id}").randrange(len(piece.say))
        if state is not None:
            come_up = self._stems(names_in([*state.said, self.exercise.situation.get(self.lang)]))
            fitting = [
                i for i in range(len(piece.say)) if not self._presumes(piece, i, state, come_up)
            ]
            if fitting and index not in fitting:
                index = fitting[index % len(fitting)]
            state.phrased[piece.id] = index
        return piece.say[index].get(self.lang)

    def _presumes(self, piece: Piece, index: int, state: State, come_up: frozenset[str]) -> bool:
        """Whether phrasing ``index`` of ``piece`` names someone or something that belongs to
        another piece not said yet and has not come up (``come_up``: the names said so far):
        "At the month-end. If I talk to Antti this week, ..." before Antti was ever mentioned
        would answer with what they have not told yet."""
        named = self.phrasing_names[piece.id][index] - come_up
        if not named:
            return False
        return any(
            named & self.piece_names[other]
            for other in self.pieces
            if other != piece.id and other not in state.revealed
        )

    def _stems(self, names: frozenset[str]) -> frozenset[str]:
        """Names compared by their first three letters in Finnish, where they inflect ("Antti",
        "Anttia", "Antin"), else whole."""
        if self.lang == "fi":
            return frozenset(n[:3].lower() for n in names if n != "I")
        return names - {"I"}

    def run_on(self, line: str, text: str) -> str:
        """``line`` then ``text``; after a line that runs on ("Like I said,", "It's more that") the
        text goes on without its opening "no," or "well," and in lower case, unless it starts with
        a name or "I"; after a colon ("I mean:") without its opening "and" or "well"."""
        if line.endswith(":") and text:
            # "I mean: there are the old tickets.", not "I mean: And there are..."
            rest = OPENER.sub("", text, count=1)
            text = rest[:1].upper() + rest[1:] if rest else text
        if not line or line.endswith((".", "!", "?", ":")) or not text:
            return f"{line} {text}".strip()
        text = OPENER.sub("", text, count=1) or text  # "Vaan no, oikeastaan": the "no" goes
        first = WORD.match(text)
        if first is None or first.group(0) in self.names or text.startswith("I'"):
            return f"{line} {text}"
        return f"{line} {text[:1].lower()}{text[1:]}"

    def short(self, piece: Piece, turn_no: int) -> str:
        """The answer to a closed question on the piece."""
        if piece.short:
            return piece.short.get(self.lang)
        return first_sentence(self.phrasing(piece, turn_no))

    def says_yes_or_no(self, piece: Piece, turn_no: int) -> bool:
        """Whether the piece's short answer opens with a yes or a no ("Yes, and nine people take
        their turn in it."): the answer to "Is it...?", never to who, when or how many."""
        return opens_with_yes_or_no(self.short(piece, turn_no), self.lang)

    # --- which piece -----------------------------------------------------------------------------

    def for_intent(self, intent: str) -> list[Piece]:
        """Pieces answering ``intent``: those with it first in their list, then authored order."""
        found = [
            p for p in self.exercise.pieces if intent in p.intents and p.id not in self.withheld
        ]

        def rank(piece: Piece) -> tuple[int, int]:
            named: tuple[str, ...] = tuple(piece.intents)
            return named.index(intent), self.order[piece.id]

        return sorted(found, key=rank)

    def earned(self, piece: Piece, state: State, reflected: bool = False) -> bool:
        """Whether the piece may come out now."""
        if boundary.withheld(self.exercise, state, piece.id):
            return False
        need = piece.earned
        if need is None:
            return True
        if need.trust is not None and state.trust < need.trust:
            return False
        if need.reflection and not reflected:
            return False
        return not (need.after and need.after not in state.revealed)

    def is_option(self, piece: Piece) -> bool:
        return bool(set(piece.intents) & set(OPTION_INTENTS)) and piece.step is not None
