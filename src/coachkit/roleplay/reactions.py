"""How the simulated supervisor answers one coach turn: by what it asks, then by how it asks.

In order (first that applies wins):

* after a "no" to permission: a respectful close ends the round well; pressing on costs partnership;
* a request for permission or collaboration: yes or no by the persona's threshold and the state;
* advice and leading questions: hollow agreement or resistance, ownership drops (with permission to
  share an idea, advice is heard and stays the coach's idea); after ``HOLLOW_AFTER`` unasked ones
  the supervisor gives in with a hollow commitment;
* a why-question: a defensive justification, trust drops;
* a reflection: checked against what was said (:mod:`.listening`): accurate, confirmed and deeper;
  off, corrected; absurd, puzzled;
* a question: routed to its intent (:mod:`.intents`); the case answers it (a closed question: a
  short answer to just that), refers back if it was said, says it is not ready for an earned piece,
  or answers in character that it does not know. Choosing, the first step and when need options
  the supervisor named (before that: the case's own ``not_ready`` voice); after enough will-stage answers the
  supervisor commits in their own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from coachkit.content.models import OPTION_INTENTS, WILL_INTENTS, Exercise, Piece
from coachkit.roleplay import boundary, matching
from coachkit.roleplay.case import (
    RESTATE_WORDS,
    SENTENCE,
    WORD,
    Case,
    restatement,
    without_yes_or_no,
)
from coachkit.roleplay.intents import router
from coachkit.roleplay.lexicon import ASKED_FOR, CLOSE, FRAGMENT, IDEA, NUMBERS
from coachkit.roleplay.listening import (
    Check,
    bare_follow_up,
    check,
    content_keys,
    feelings_in,
    generic,
    heard_keys,
    known,
    names_feeling,
)
from coachkit.roleplay.messages import better
from coachkit.roleplay.state import HOLLOW_AFTER, OWNERSHIP_TO_COMMIT, TRUST_GUARDED, State

DELTAS: dict[str, tuple[int, int]] = {
    "answer": (2, 3),
    "short": (0, 1),
    "repeat": (0, 0),
    "unknown": (0, 1),
    "no_more": (0, 1),
    "later": (1, 1),
    "guarded": (1, 0),
    "accurate": (6, 5),
    "deep": (7, 5),
    "off": (0, 0),
    "absurd": (-6, -1),
    "permission_yes": (3, 3),
    "permission_no": (2, 2),
    "close": (3, 3),
    "pressing": (-6, -8),
    "choose": (2, 5),
    "not_ready": (1, 2),
    "not_owned": (1, 2),
    "commit": (2, 5),
    "closed": (0, 0),
    "leading": (-3, -8),
    "advice": (-4, -8),
    "advice_ok": (0, -2),
    "why": (-6, -2),
    "other": (0, 0),
    "small_talk": (1, 0),
    "unclear": (-1, 0),
    "hollow": (0, 0),
}
"""Reaction -> (trust change, ownership change)."""
STACKED_TRUST = -2
LEAVE_BONUS_TIMES = 2  # leave asked before a question earns trust this many times in a round
HOLLOW_ON_WILL = 3
"""Asked for a step with too little ownership after this much advice, the supervisor gives in."""
QUESTION_KINDS = ("open", "closed", "leading")
CLOSED_FLOOR = 0.3
"""A closed question routes to an intent only this surely; else it gets a plain yes-or-no answer
(a case's piece must never answer a yes/no question it was not asked)."""
SUMMARY_WORDS = 3
"""A summary check with at least this many content words is checked like a reflection."""


def _leave_bonus(state: State) -> int:
    """The trust leave asked before a question earns: the first few times only. Asking leave
    before every question is no more respectful than asking it once, and earns nothing more."""
    return DELTAS["permission_yes"][0] if state.counts["permission"] <= LEAVE_BONUS_TIMES else 0


@dataclass
class Outcome:
    """What one turn produced, before it becomes a :class:`Turn`."""

    reaction: str
    reply: str
    intent: str = "other"
    stage: str | None = None
    revealed: list[str] = field(default_factory=list)
    trust: int = 0
    ownership: int = 0
    stacked: bool = False
    complex: bool | None = None
    note: str = ""
    """Case-specific feedback on the turn (a named or crossed boundary)."""
    reflected: str | None = None
    """The verdict on a reflection said before the question in the same turn ("So the round
    takes the whole hour. What have you tried?"), if there was one."""


def _clamp(value: int) -> int:
    return max(0, min(100, value))


def asked_sentences(text: str) -> list[str]:
    """The sentences of a turn that end in a question mark, in order."""
    return [p.strip() for p in re.split(r"(?<=\?)", text) if p.strip().endswith("?")]


def last_question(text: str) -> str:
    """The last question of a turn that asks several: after the last-but-one "?" or "and"."""
    asked = asked_sentences(text)
    if len(asked) >= 2:
        return asked[-1]
    pieces = re.split(r",?\s+(?:ja|sekä|and|plus)\s+", text, flags=re.IGNORECASE)
    return pieces[-1].strip() if len(pieces) > 1 else text


def _has(text: str, cues: tuple[str, ...]) -> bool:
    low = f" {text.lower()} "
    return any(c in low for c in cues)


class Responder:
    """The supervisor of one exercise in one language; deterministic for a given seed."""

    def __init__(self, exercise: Exercise, lang: str, seed: int, analyze: Callable[..., Any]):
        self.exercise = exercise
        self.lang = lang
        self.analyze = analyze
        self.case = Case(exercise, lang, seed)
        self.router = router(lang)
        texts = [exercise.situation.get(lang), exercise.opening.get(lang)]
        texts += [s.get(lang) for p in exercise.pieces for s in p.say]
        self.known = matching.vocabulary(texts, lang)
        self._heard: tuple[int, tuple[str, ...], frozenset[str]] = (-1, (), frozenset())
        self.line = boundary.line_for(exercise, lang)
        texts += [x.get(lang) for p in exercise.pieces for x in (p.gist, p.short, p.step) if x]
        self._stock = heard_keys(self._lines(), lang) - heard_keys(texts, lang)

    def _lines(self) -> list[str]:
        """Every stock line the supervisor may say: the case's replies and the engine's own."""
        replies = self.exercise.replies
        out = [
            x.get(self.lang) for name in type(replies).model_fields for x in getattr(replies, name)
        ]
        return out + [x for xs in self.case.fallback.values() for x in xs]

    def heard(self, state: State) -> frozenset[str]:
        """Match keys of everything said so far (:meth:`said_texts`). The words the supervisor
        says only in stock lines ("Not exactly. Rather...") say nothing about the case: a
        reflection of them hears nothing."""
        return self._said(state)[1]

    def said_texts(self, state: State) -> tuple[str, ...]:
        """Everything said so far as text: the replies word for word (the opening first), and
        every phrasing, gist and short answer of the pieces said (they mean the same)."""
        return self._said(state)[0]

    def _said(self, state: State) -> tuple[tuple[str, ...], frozenset[str]]:
        """What was said and its match keys, worked out once for each reply (every turn adds
        one)."""
        if self._heard[0] != len(state.said):
            texts = list(state.said)
            for piece_id in state.revealed:
                piece = self.case.pieces[piece_id]
                texts += [s.get(self.lang) for s in piece.say]
                texts += [x.get(self.lang) for x in (piece.gist, piece.short) if x]
            keys_ = heard_keys(texts, self.lang) - self._stock
            self._heard = (len(state.said), tuple(texts), keys_)
        return self._heard[1], self._heard[2]

    # --- the rules -----------------------------------------------------------------------------

    def respond(self, state: State, analysis: Any, text: str, turn_no: int) -> Outcome:
        """The supervisor's reaction to one turn; updates ``state``."""
        stacked = analysis.kind in QUESTION_KINDS and bool(getattr(analysis, "stacked", False))
        if stacked:
            state.counts["stacked"] += 1
            last = last_question(text)
            if last != text:
                candidate = self.analyze(last, lang=self.lang)
                if candidate.kind in QUESTION_KINDS:
                    analysis, text = candidate, last
        before = self._reflected_first(state, analysis, text) if not stacked else None
        leave = self._leave_then_move(analysis, text) if not stacked else None
        # "Saanko kysyä, mitä sä toivot ...?", "Shall we explore what your options are?": leave
        # asked inside an open question; "Saanks mä ehottaa, et sä antaisit ne Antille?": leave
        # asked for the idea it holds, which is what the supervisor then takes up
        inside = leave is None and not stacked and analysis.kind in ("open", "leading")
        inside = inside and bool(getattr(analysis, "permission", False))
        if (leave is not None or inside) and not self._grants(state, text):
            outcome = self._line(state, "permission_no", turn_no, "permission")
        elif leave is not None:
            # "Would it be alright if I asked more? What went on?": leave asked, then the real
            # question (one question to the analyser), or "Can I say what I'm hearing? You ...":
            # leave, then a reflection; after the yes the supervisor answers the question or
            # takes up the reflection
            real, question = leave
            outcome = self._single(state, real, question, turn_no)
            outcome.reply = f"{self.case.line(state, 'leave_yes', turn_no)} {outcome.reply}"
            outcome.trust += _leave_bonus(state)
        elif inside:
            # after the yes the supervisor answers the question it holds, routed from its
            # question word ("what you hope ..." without "May I ask")
            # (a leading one is answered as the idea it holds, whole)
            cues = getattr(analysis, "cues", ()) if analysis.kind == "open" else ()
            head = next((c for c in cues if ".open." in c.rule), None)
            asked = text[head.start :] if head is not None and head.start > 0 else None
            outcome = self._single(state, analysis, text, turn_no, granted=True, asked=asked)
            outcome.trust += _leave_bonus(state)
        else:
            outcome = self._single(state, analysis, text, turn_no)
        if self.line:
            self.line.check(state, outcome, analysis.kind, text, turn_no)
        if stacked:
            outcome.reply = f"{self.case.line(state, 'stacked', turn_no)} {outcome.reply}"
            outcome.trust += STACKED_TRUST
            outcome.stacked = True
        if before is not None:
            outcome.reflected, outcome.complex = before
        self._apply(state, outcome)
        return outcome

    def _reflected_first(self, state: State, analysis: Any, text: str) -> tuple[str, bool] | None:
        """A reflection said first and a question after it, in one turn ("So the round takes
        the whole hour. What have you tried?"): the question is the move, and the reflection
        counts as one, checked against what was said like any other. Its verdict and whether
        it was complex (counted here), else None."""
        if analysis.kind not in ("open", "closed") or getattr(analysis, "permission", False):
            return None
        sentences = SENTENCE.split(text.strip())
        if len(sentences) < 2 or not sentences[-1].endswith("?"):
            return None
        said = " ".join(sentences[:-1])
        if "?" in said:
            return None
        first = self.analyze(said, lang=self.lang)
        if first.kind != "reflection":
            return None
        verdict = self._judge(state, first, said)
        return verdict.verdict, verdict.complex

    def _judge(self, state: State, a: Any, text: str) -> Check:
        """Reflection `text` checked against what was said, and counted."""
        texts = self.said_texts(state)
        verdict = check(
            text,
            self.lang,
            self.heard(state),
            self.case.keys,
            a,
            said_texts=texts,
            case_texts=self.case.texts,
        )
        state.counts["reflection"] += 1
        state.counts[verdict.verdict] += 1
        if verdict.verdict in ("accurate", "deep") and verdict.complex:  # a matched one
            state.counts["complex"] += 1
        return verdict

    def _single(
        self,
        state: State,
        a: Any,
        text: str,
        turn_no: int,
        granted: bool = False,
        asked: str | None = None,
    ) -> Outcome:
        """The reaction to one move; `granted`: leave asked in it was already given; `asked`:
        the question it holds, to route by ("what you hope ..." of "May I ask what you hope
        ...?")."""
        kind = a.kind
        # "What if nothing stood in the way? What would you change first?": one question to the
        # analyser, a scene and then what is asked; the supervisor answers what is asked
        sentences = asked_sentences(text)
        routed = sentences[-1] if kind in QUESTION_KINDS and len(sentences) >= 2 else text
        routed = asked or routed
        route = self.router.route(routed, getattr(a, "grow", None))
        intent = route.intent
        if getattr(a, "choice", False) and not getattr(a, "stacked", False):
            # "Which of those feels most doable?": a pick among their own options, whatever its
            # other words say (a feeling, a time); the analyser reads the form
            intent = "choose"
        if (
            state.chosen
            and getattr(a, "grow", None) == "will"
            and self.router.stage.get(intent) in ("goal", "reality")
        ):
            # "Mitä sä teet ennen maanantaita?" once they have chosen an option: the step they
            # will take, not their own part in the problem ("Mitä sä itse teet, mikä ...")
            intent = "first_step"
        if kind == "closed" and route.score < CLOSED_FLOOR:
            intent = "other"
        if intent == "other" and kind in QUESTION_KINDS and bare_follow_up(text, self.lang):
            intent = "facts"  # "Go on.", "Jatka vaan.": more of what is being told (reality)
        if getattr(a, "affirm", False):
            state.counts["affirm"] += 1
        if getattr(a, "autonomy", False):
            state.counts["autonomy"] += 1
        flagged = getattr(a, "permission", None)
        if flagged is None:  # an analyser without the flag: the catalogue decides
            asks_permission = intent == "permission" and kind in ("open", "closed", "other")
        else:
            asks_permission = bool(flagged) and not granted
        if state.permission == "no":
            state.permission = None
            if kind not in ("advice", "leading") and _has(text, CLOSE[self._l]):
                state.done, state.ending = True, "close"
                return self._line(state, "close", turn_no, intent)
            if kind in ("advice", "leading") or asks_permission or kind in QUESTION_KINDS:
                state.counts["pressing"] += 1
                return self._line(state, "pressing", turn_no, intent, line="permission_no")
        if self.line and kind != "reflection" and self.line.names(text):
            # a reflection mirrors the supervisor's words back ("the power gap makes them quiet"):
            # naming the line between coach and supervisor is the coach's own move; leave asked
            # with it ("..., so I have a stake in this. Is it OK if I keep it aside?") is leave
            # asked, and counts as such
            if asks_permission:
                state.counts["permission"] += 1
            return self.line.answer(self, state, turn_no)
        if asks_permission and kind == "advice" and not state.ideas_ok:
            # "Saanko ehdottaa? Sun pitäis delegoida enemmän.": leave asked and the advice given
            # before any answer; the advice is the move, unasked, and no leave was waited for
            outcome = self._advice(state, kind, text, turn_no)
            outcome.note = better("advice_unwaited", self.lang) or ""
            return outcome
        if asks_permission:
            return self._permission(state, text, turn_no)
        if kind in ("leading", "advice"):
            return self._advice(state, kind, text, turn_no)
        if kind in ("open", "closed") and getattr(a, "why", False):
            state.counts[kind] += 1
            state.counts["why"] += 1
            return self._line(state, "why", turn_no, intent)
        summary_like = (
            intent == "check_summary" and len(content_keys(text, self.lang)) >= SUMMARY_WORDS
        )
        if kind == "reflection" or summary_like:
            return self._reflection(state, a, text, turn_no)
        if kind in ("open", "closed"):
            state.counts[kind] += 1
            return self._question(
                state,
                intent,
                kind == "closed",
                text,
                turn_no,
                getattr(a, "grow", None),
                fact=getattr(a, "fact", False),
            )
        if not getattr(a, "question", False) and not matching.recognisable(
            text, self.lang, self.known
        ):
            return self._line(state, "unclear", turn_no, intent)
        return self._line(state, "other", turn_no, intent)

    @property
    def _l(self) -> str:
        return "fi" if self.lang == "fi" else "en"

    def _line(
        self, state: State, reaction: str, turn_no: int, intent: str = "other", line: str = ""
    ) -> Outcome:
        trust, ownership = DELTAS[reaction]
        reply = self.case.line(state, line or reaction, turn_no)
        return Outcome(reaction, reply, intent, trust=trust, ownership=ownership)

    # --- permission and advice -------------------------------------------------------------------

    def _leave_then_move(self, analysis: Any, text: str) -> tuple[Any, str] | None:
        """The real move and its analysis when a turn asks leave first in a question of its own:
        a question ("May I ask more? What went on?") or a reflection ("Can I say what I'm
        hearing? You're carrying it alone."); else None."""
        if not getattr(analysis, "permission", False):
            return None
        if analysis.kind in QUESTION_KINDS:
            if text.count("?") < 2:  # the leave is a question of its own, not "..., and ...?"
                return None
            move = last_question(text)
            kinds: tuple[str, ...] = QUESTION_KINDS
        elif analysis.kind == "reflection" and "?" in text:
            move = text.rsplit("?", 1)[1].strip()
            kinds = ("reflection",)
        else:
            return None
        real = self.analyze(move, lang=self.lang) if move else None
        if real is None or real.kind not in kinds or getattr(real, "permission", False):
            return None
        return real, move

    def _grants(self, state: State, text: str) -> bool:
        """Whether the persona says yes to the leave asked in `text` (counted, remembered)."""
        state.counts["permission"] += 1
        rules = self.exercise.persona.permission
        idea = _has(text, IDEA[self._l])
        yes = state.trust >= rules.trust
        if idea:
            policy = rules.ideas
            yes = yes and (policy == "yes" or (policy == "after_options" and bool(state.options)))
        state.permission = "yes" if yes else "no"
        state.ideas_ok = state.ideas_ok or (yes and idea)
        return yes

    def _permission(self, state: State, text: str, turn_no: int) -> Outcome:
        if self._grants(state, text):
            # to "may I share an idea?" they ask to hear it; to "shall we think?" they agree
            line = "idea_yes" if _has(text, IDEA[self._l]) else "permission_yes"
            return self._line(state, "permission_yes", turn_no, "permission", line=line)
        return self._line(state, "permission_no", turn_no, "permission")

    def _advice(self, state: State, kind: str, text: str, turn_no: int) -> Outcome:
        if state.ideas_ok and kind == "advice":
            state.counts["advice_ok"] += 1
            state.ideas_ok = False
            return self._line(state, "advice_ok", turn_no)
        state.counts[kind] += 1
        state.advice_texts.append(text)
        if state.unasked_advice >= HOLLOW_AFTER:
            state.hollow = state.done = True
            state.ending = "hollow"
            return self._line(state, "hollow", turn_no, line="hollow_commitment")
        return self._line(state, kind, turn_no)

    # --- reflections -----------------------------------------------------------------------------

    def _reflection(self, state: State, a: Any, text: str, turn_no: int) -> Outcome:
        verdict = self._judge(state, a, text)
        if verdict.verdict in ("off", "absurd"):
            line = "correct" if verdict.verdict == "off" else "puzzled"
            outcome = self._line(state, verdict.verdict, turn_no, "check_summary", line=line)
            if verdict.verdict == "off":
                # the correction says what they did mean: the feeling they do have, when the
                # guess was at a feeling ("Not quite. Tired, more like."), else the last piece,
                # else their opening
                felt = self._felt_instead(state, text)
                if felt is not None:
                    # said whole, after a "no" of its own: the feeling is often a word or two
                    no = self.case.line(state, "correct_feeling", turn_no)
                    outcome.reply = f"{no} {self.case.phrasing(felt, turn_no, state)}"
                    self._reveal(state, felt, outcome)
                else:
                    outcome.reply = self.case.run_on(
                        outcome.reply, self._corrected_by(state, text, turn_no)
                    )
            outcome.complex = verdict.complex
            return outcome
        outcome = self._line(state, verdict.verdict, turn_no, "check_summary", line="confirm")
        outcome.complex = verdict.complex
        piece = self._deeper(state, text, verdict.verdict == "deep")
        if piece is not None:
            outcome.reply += " " + self.case.phrasing(piece, turn_no, state)
            self._reveal(state, piece, outcome)
        return outcome

    def _corrected_by(self, state: State, text: str, turn_no: int) -> str:
        """What the supervisor says instead of a reflection that missed: the sentence they said
        that shares most content words with it, which is what it got wrong ("Eli sä saat äänes
        kuuluviin" -> "Mä en saa ääntäni kuuluviin"); with none shared, the last piece's. A
        sentence said once to correct is not said again while another will do."""
        texts = [self.exercise.opening.get(self.lang)]
        texts += [
            self.case.phrasing(self.case.pieces[piece_id], turn_no, state)
            for piece_id in state.revealed
        ]
        fragment = FRAGMENT["fi" if self.lang == "fi" else "en"]
        sentences: list[str] = []
        for said in texts:
            units: list[str] = []
            for x in SENTENCE.split(said.strip()):
                first = x.split(maxsplit=1)[0].strip(",").lower() if x.strip() else ""
                if units and first in fragment:
                    units[-1] += " " + x  # "Siitä, miten..." goes on from the one before
                else:
                    units.append(x)
            sentences += [x for x in units if len(x.split()) >= RESTATE_WORDS]
        if not sentences:
            return restatement(texts[-1])
        wrong = content_keys(text, self.lang)
        recent = {x: n for n, x in enumerate(sentences)}  # later said, higher

        def rank(sentence: str) -> tuple[int, bool, bool, int]:
            keys_ = heard_keys([sentence], self.lang)
            shared = sum(1 for ks in wrong if any(k in keys_ for k in ks))
            whole = sentence.split(maxsplit=1)[0].strip(",").lower() not in fragment
            return (shared, whole, sentence not in state.corrections, recent[sentence])

        if state.last_piece:
            last = self.case.phrasing(self.case.pieces[state.last_piece], turn_no, state)
            fallback = restatement(last)
        else:
            fallback = restatement(texts[0])
        best = max(sentences, key=rank)
        if rank(best)[0] == 0:
            best = fallback if fallback not in state.corrections else best
        state.corrections.append(best)
        return best

    def _felt_instead(self, state: State, text: str) -> Piece | None:
        """The case's own feelings, when a reflection guessed at a feeling the case does not
        hold ("You're stretched thin" to someone tired and guilty) and the feelings may come
        out now; else None."""
        guessed = feelings_in(text, self.lang)
        if not guessed or any(
            names_feeling(family, self.lang, self.case.keys) for family in guessed
        ):
            return None
        earned = (p for p in self.case.for_intent("feelings") if self.case.earned(p, state))
        return next(earned, None)

    def _deeper(self, state: State, text: str, guessed: bool) -> Piece | None:
        """The piece an accurate reflection opens: earned by reflection or by the last piece,
        else (for a guess at the unsaid) the piece it guessed, else the next one on this stage."""
        hidden = [
            p
            for p in self.exercise.pieces
            if p.id not in state.revealed
            and self.case.earned(p, state, reflected=True)
            and not set(p.intents) & set(WILL_INTENTS)
        ]
        if not hidden:
            return None
        for p in hidden:
            need = p.earned
            if need and (need.reflection or (need.after and need.after == state.last_piece)):
                return p
        if guessed:
            words = {k for ks in content_keys(text, self.lang) for k in ks}
            scored = [
                (len(words & heard_keys([s.get(self.lang) for s in p.say], self.lang)), p)
                for p in hidden
            ]
            best = max(scored, key=lambda x: x[0])
            if best[0]:
                return best[1]
        stage = state.current if state.current != "will" else "reality"
        same = [p for p in hidden if self._stage(p) == stage and not self.case.is_option(p)]
        return same[0] if same else None

    def _stage(self, piece: Piece) -> str | None:
        return self.router.stage.get(piece.intents[0])

    # --- questions -------------------------------------------------------------------------------

    def _question(
        self,
        state: State,
        intent: str,
        closed: bool,
        text: str,
        turn_no: int,
        grow: str | None = None,
        *,
        fact: bool = False,
    ) -> Outcome:
        """The answer to a question routed to `intent`; `fact`: a closed question asks one fact
        with a question word ("Who books your meetings?"), which no yes or no answers."""
        state.intents[intent] += 1
        stage = self.router.stage.get(intent)
        if stage and stage not in state.asked:
            state.asked.append(stage)
        if stage:
            state.current = stage
        if intent == "other" and grow is None and not state.revealed:
            # "How was your weekend?" before any of the case is said: small talk, answered so
            return self._line(state, "small_talk", turn_no)
        if intent == "other":
            return self._line(state, "closed" if closed and not fact else "unknown", turn_no)
        if intent == "check_summary":
            return self._line(state, "short", turn_no, intent, line="confirm")
        if intent in ("choose", "first_step"):
            return self._choose(state, intent, text, turn_no)
        if intent == "scale" and grow in ("reality", "goal"):
            # "Where are you now on a scale?": the present, not the confidence in a plan
            return self._scale_now(state, closed, turn_no)
        if intent == "scale" and not state.options:
            return self._line(state, "not_ready", turn_no, intent)  # confident about what?
        if intent == "when" and not state.options and grow in ("reality", "goal"):
            # "When is the next meeting?", "When did it start?": a time asked about now or the
            # past is a question of fact, not a step asked for too early
            return self._answer(state, "facts", closed, turn_no, fact=fact, asked=text)
        if intent == "when" and not state.options:
            # "When will you do it?" before anything to do was named: too early, in their voice.
            # Support and obstacles can be explored before options ("Who could help?").
            return self._line(state, "not_ready", turn_no, intent)
        if intent == "more_options" and not state.options and len(text.split()) <= 3:
            return self._go_on(state, closed, turn_no)
        if not closed and state.trust < TRUST_GUARDED:
            return self._line(state, "guarded", turn_no, intent)
        if self._all_said(state, intent) and bare_follow_up(text, self.lang):
            # "Tell me more.", "Kerro lisää." when all of this was said: what they have not said
            # yet on the stage the talk is on, not the same sentence again
            more = self._more_on_stage(state, closed, turn_no)
            if more is not None:
                return more
        outcome = self._answer(state, intent, closed, turn_no, fact=fact, asked=text)
        if intent in WILL_INTENTS and outcome.reaction in ("answer", "short"):
            self._maybe_commit(state, outcome, turn_no)
        return outcome

    def _scale_now(self, state: State, closed: bool, turn_no: int) -> Outcome:
        """A scale asked about now or about the aim: a piece that puts a number on the present
        (one that answers "scale" after another intent), never the confidence in a plan."""
        for piece in self.case.for_intent("scale"):
            if piece.intents[0] == "scale" or not self.case.earned(piece, state):
                continue
            if piece.id in state.revealed:
                return self._refer_back(state, piece, "scale", closed, turn_no)
            return self._tell(state, piece, "scale", closed, turn_no)
        return self._line(state, "unknown", turn_no, "scale")

    def _all_said(self, state: State, intent: str) -> bool:
        pieces = self.case.for_intent(intent)
        return bool(pieces) and all(p.id in state.revealed for p in pieces)

    def _unsaid_on_stage(self, state: State) -> list[Piece]:
        """The pieces not said yet on the stage the talk is on (goal or reality), in case order."""
        stage = state.current if state.current in ("goal", "reality") else "reality"
        return [
            p
            for p in self.exercise.pieces
            if p.id not in state.revealed and self._stage(p) == stage
        ]

    def _more_on_stage(self, state: State, closed: bool, turn_no: int) -> Outcome | None:
        """The next piece not said yet on the stage the talk is on: told if earned, "not yet" if
        not; None when the stage holds no more."""
        unsaid = self._unsaid_on_stage(state)
        ready = [p for p in unsaid if self.case.earned(p, state)]
        if ready:
            return self._answer(state, ready[0].intents[0], closed, turn_no)
        return self._line(state, "later", turn_no, "facts") if unsaid else None

    def _go_on(self, state: State, closed: bool, turn_no: int) -> Outcome:
        """A bare "what else?" before any options: more on the stage the talk is on."""
        for piece in self._unsaid_on_stage(state):
            if self.case.earned(piece, state):
                return self._answer(state, piece.intents[0], closed, turn_no)
        return self._line(state, "no_more", turn_no, "more_options")

    def _answer(
        self,
        state: State,
        intent: str,
        closed: bool,
        turn_no: int,
        *,
        fact: bool = False,
        asked: str = "",
    ) -> Outcome:
        """The answer to a question routed to `intent`: its first piece not said yet; for a
        closed question (`asked`) the one that holds what it asks about, and none when it asks
        about something none of them holds ("Is your boss usually like that?" is not answered
        with "Once a week.", the short answer to whether the team meets weekly)."""
        pieces = self.case.for_intent(intent)
        new = [p for p in pieces if p.id not in state.revealed]
        ready = [p for p in new if self.case.earned(p, state)]
        on_topic = False
        if ready and closed and asked:
            about, on_topic = self._about(ready, asked)
            if about is None:
                return self._line(state, "unknown" if fact else "closed", turn_no, intent)
            ready = [about]
        if ready:
            if closed and on_topic and not fact and ready[0].id in state.shorts:
                # "Does the team meet every week?" after "Once a week.": that again, as said
                return self._refer_back(state, ready[0], intent, closed, turn_no)
            if closed and fact and self._opens(asked, "amount"):
                # "How many are in the management team?" is not answered "Once a week.": a
                # short answer with no number in it tells no number, the piece in full may
                closed = self._numbered(self.case.short(ready[0], turn_no))
            return self._tell(state, ready[0], intent, closed, turn_no, fact=fact)
        if new:
            return self._line(state, "later", turn_no, intent)
        if intent in OPTION_INTENTS and pieces:
            return self._line(state, "no_more", turn_no, intent)
        if pieces:
            if closed and fact and self.case.says_yes_or_no(pieces[0], turn_no):
                # "How many come?" after it was said: what was said, whole, holds the number
                return self._refer_back(state, pieces[0], intent, False, turn_no, whole=True)
            return self._refer_back(state, pieces[0], intent, closed, turn_no)
        return self._line(state, "closed" if closed and not fact else "unknown", turn_no, intent)

    def _numbered(self, text: str) -> bool:
        """Whether ``text`` holds a number, in digits or words."""
        starts = NUMBERS[self._l]
        return any(ch.isdigit() for ch in text) or any(
            w.startswith(starts) for w in WORD.findall(text.lower())
        )

    def _opens(self, asked: str, *forms: str) -> str | None:
        """The opening of question `asked` that asks for one of `forms` of answer ("amount":
        "How many", "Montako"; "time": "How long", "Kuinka kauan"; :data:`.lexicon.ASKED_FOR`),
        if it has one."""
        low = asked.strip().lower()
        openings = [o for form in forms for o in ASKED_FOR[self._l][form]]
        return next((o for o in openings if low == o or low.startswith(o + " ")), None)

    def _about(self, pieces: list[Piece], asked: str) -> tuple[Piece | None, bool]:
        """Of `pieces`, the one whose words hold most of the content words (none every case uses)
        of closed question `asked` (the first on a tie); None when it has such words and no
        piece holds any of them. A question with none ("Is that hard?") takes the first. The
        flag says whether the piece holds what was asked about."""
        opening = self._opens(asked, "amount", "time")  # "How many": the form, no topic
        asked = asked.strip()[len(opening) :] if opening else asked
        wanted = [ks for ks in content_keys(asked, self.lang) if not generic(ks, self.lang)]
        if not wanted:
            return pieces[0], False

        def held(piece: Piece) -> int:
            texts = [s.get(self.lang) for s in piece.say]
            texts += [x.get(self.lang) for x in (piece.gist, piece.short) if x]
            words = known(heard_keys(texts, self.lang), self.lang)  # "ketjussa", "kommenttiketju"
            return sum(1 for ks in wanted if words.has(ks))

        best = max(pieces, key=held)
        return (best, True) if held(best) else (None, False)

    def _refer_back(
        self,
        state: State,
        piece: Piece,
        intent: str,
        closed: bool,
        turn_no: int,
        *,
        whole: bool = False,
    ) -> Outcome:
        """Asked again about a piece already said: "Like I said, ..." and what was said (its
        short form to a closed question; all of it when `whole`, else its first sentence of
        substance)."""
        outcome = self._line(state, "repeat", turn_no, intent, line="refer_back")
        if whole:  # a question for one fact: "Like I said", not "Yes, like I said"
            outcome.reply = without_yes_or_no(outcome.reply, self.lang)
        if closed:
            again = self.case.short(piece, turn_no)
        else:
            said = self.case.phrasing(piece, turn_no, state)
            again = said if whole else restatement(said)
        outcome.reply = self.case.run_on(outcome.reply, again)
        return outcome

    def _tell(
        self,
        state: State,
        piece: Piece,
        intent: str,
        closed: bool,
        turn_no: int,
        *,
        fact: bool = False,
    ) -> Outcome:
        """The piece as the answer to ``intent``: its short form to a closed question, once; a
        second closed question on it ("Is it always like that?" after "Once a week.") gets a
        plain yes or no, not the same fixed answer to another question. A question for one fact
        ("Who books it?", "How many come?") is no yes-or-no question: a short answer that opens
        with a yes or a no, or one given already, does not answer it, so the supervisor tells
        the piece in full, which holds the facts."""
        if closed and fact:
            closed = piece.id not in state.shorts and not self.case.says_yes_or_no(piece, turn_no)
        if closed:
            if piece.id in state.shorts:
                return self._line(state, "closed", turn_no, intent)
            state.shorts.append(piece.id)
            outcome = self._line(state, "short", turn_no, intent)
            outcome.reply = self.case.short(piece, turn_no)
            if intent in WILL_INTENTS or intent in OPTION_INTENTS:  # said, if briefly
                self._reveal(state, piece, outcome)
                outcome.revealed.clear()
            return outcome
        outcome = self._line(state, "answer", turn_no, intent)
        outcome.reply = self.case.phrasing(piece, turn_no, state)
        self._reveal(state, piece, outcome)
        return outcome

    def _reveal(self, state: State, piece: Piece, outcome: Outcome) -> None:
        outcome.revealed.append(piece.id)
        if piece.id not in state.revealed:
            state.revealed.append(piece.id)
        state.last_piece = piece.id
        if self.case.is_option(piece) and piece.id not in state.options:
            state.options.append(piece.id)
        for intent in piece.intents:
            if intent in WILL_INTENTS and intent not in state.will:
                state.will.append(intent)
                break

    def _choose(self, state: State, intent: str, text: str, turn_no: int) -> Outcome:
        need = self.exercise.commitment.options_named
        if state.chosen:
            piece = self.case.pieces[state.chosen]
            outcome = self._line(state, "answer", turn_no, intent)
            outcome.reply = piece.step.get(self.lang) if piece.step else self.case.short(piece, 0)
            if intent not in state.will:
                state.will.append(intent)
            else:
                outcome.reaction = "repeat"
                outcome.trust, outcome.ownership = DELTAS["repeat"]
            self._maybe_commit(state, outcome, turn_no)
            return outcome
        if len(state.options) < need:
            # too early to choose; with an option or two named, they say so, not "I haven't
            # thought of a single option"
            line = "few_options" if state.options else "not_ready"
            return self._line(state, "not_ready", turn_no, intent, line=line)
        if state.ownership + DELTAS["choose"][1] < OWNERSHIP_TO_COMMIT:
            if state.unasked_advice >= HOLLOW_ON_WILL:
                state.hollow = state.done = True
                state.ending = "hollow"
                return self._line(state, "hollow", turn_no, intent, line="hollow_commitment")
            return self._line(state, "not_owned", turn_no, intent)
        piece = self._pick_option(state, text)
        state.chosen = piece.id
        state.will.append(intent)
        outcome = self._line(state, "choose", turn_no, intent)
        if piece.step:  # always: only pieces with a step become options (Case.is_option)
            outcome.reply += " " + piece.step.get(self.lang)
        self._maybe_commit(state, outcome, turn_no)
        return outcome

    def _pick_option(self, state: State, text: str) -> Piece:
        """The option named in the question, else the case's preferred (first authored) one."""
        words = {k for ks in content_keys(text, self.lang) for k in ks}
        named = [self.case.pieces[i] for i in state.options]
        scored = []
        for p in named:
            said = heard_keys([s.get(self.lang) for s in p.say], self.lang)
            scored.append((-len(words & said), self.case.order[p.id], p))
        return min(scored, key=lambda x: (x[0], x[1]))[2]

    def _maybe_commit(self, state: State, outcome: Outcome, turn_no: int) -> None:
        rules = self.exercise.commitment
        if not state.chosen or len(state.will) < rules.will_answers or state.hollow:
            return
        if state.ownership + outcome.ownership < OWNERSHIP_TO_COMMIT:
            return
        steps = [self.case.pieces[state.chosen].step]
        for intent in ("when", "support"):
            said = [p for p in self.case.for_intent(intent) if p.id in state.revealed and p.step]
            if said:
                steps.append(said[0].step)
        composed = " ".join(s.get(self.lang) for s in steps if s)
        opener = self.case.line(state, "commit", turn_no)
        answer = outcome.reply if outcome.reaction not in ("choose",) else ""
        if outcome.intent in ("when", "support") or (
            outcome.revealed and self.case.pieces[outcome.revealed[-1]].step
        ):
            answer = ""
        for step in steps:  # the commitment says each step once: not also in the answer before it
            if step:
                answer = " ".join(answer.replace(step.get(self.lang), " ").split())
        outcome.reply = " ".join(x for x in (answer, opener, composed) if x)
        outcome.reaction = "commit"
        outcome.trust, outcome.ownership = DELTAS["commit"]
        state.committed = state.done = True
        state.ending = "commit"
        state.commitment_text = composed

    # --- bookkeeping -----------------------------------------------------------------------------

    def _apply(self, state: State, outcome: Outcome) -> None:
        state.trust = _clamp(state.trust + outcome.trust)
        state.ownership = _clamp(state.ownership + outcome.ownership)
        state.said.append(outcome.reply)
        if outcome.stage is None:
            outcome.stage = self.router.stage.get(outcome.intent)
