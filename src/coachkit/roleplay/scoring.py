"""The score of a role-play, MITI 4.2-style: behaviour counts, three global ratings, and every lost
point tied to the turn that lost it.

Counts: questions (open, closed, leading), reflections (checked: accurate, a fitting guess, off the
mark; absurd ones are not reflections of anything said), complex reflections, advice with and
without permission, requests for permission, pressing after a no, affirmations. Reflections per
question count the reflections that matched what was said (accurate or a fitting guess): one the
supervisor had to correct is a reflection in form only, and the score measures listening, not
form. The share of complex ones is of every reflection the supervisor heard as one (matched or
corrected), as MITI counts it, and only a matched one counts as complex: one fitting complex
reflection among four corrected ones is 25 %, not 100 %.

Global ratings, 1-5:

* partnership: 3, +1 for asking permission or stressing their choice, +1 for listening (a good
  reflection) with no unasked advice, +1 for a no honoured; -1 for each piece of unasked advice or
  leading question, -2 for pressing on after a no, -1 for talking past them (two absurd
  reflections);
* empathy: 1, +1 per good reflection (at most 3), +1 if one of them was complex; -1 per absurd
  reflection and per off-the-mark one after the first;
* cultivating ownership: 1, +1 per option the supervisor named (at most 2), +1 for a choice of
  their own, +1 for a commitment of their own; -1 for every two pieces of unasked advice; a hollow
  commitment caps it at 2.

``overall`` (0-100) = partnership, empathy and ownership (20 each, from their rating), open
questions (10), reflections per question (10: 1:1 fair gives 7, 2:1 good gives 10), complex
reflections (5: 50 % gives all) and the ending (15: an own commitment or a respectful close; a
commitment reached with no reflection of what was said before it gives 5: four stock questions,
"What options? What else? Which one? What will you do?", reach a step without listening, and the
score measures listening).
"""

from __future__ import annotations

from coachkit.i18n import Translator
from coachkit.roleplay import boundary
from coachkit.roleplay.messages import stage_list, translator
from coachkit.roleplay.state import State, Turn
from coachkit.roleplay.summary import MITI, Globals, Loss, Part, Summary, TurnNote

MAX_POINTS = {
    "partnership": 20,
    "empathy": 20,
    "ownership": 20,
    "open": 10,
    "reflections": 10,
    "complex": 5,
    "ending": 15,
}
"""Points available per part; they add up to 100."""
UNHEARD_ENDING = 5
"""The ending's points for a commitment reached with no matched reflection in the round."""


def band(value: float, fair: float, good: float) -> str:
    """MITI band: good, fair or low."""
    return "good" if value >= good else "fair" if value >= fair else "low"


def reflection_band(ratio: float) -> str:
    """MITI-4 reflection-to-question bands: 2:1 good, 1:1 fair, below that low."""
    return band(ratio, 1.0, 2.0)


def _clamp(value: int) -> int:
    return max(1, min(5, value))


def ratings(state: State) -> Globals:
    """The three global ratings from the state's counts."""
    c = state.counts
    good = c["accurate"] + c["deep"]
    unasked = state.unasked_advice
    p = 3
    p += 1 if c["permission"] or c["autonomy"] else 0
    p += 1 if good and not unasked else 0
    p -= unasked + 2 * c["pressing"] + (1 if c["absurd"] >= 2 else 0)
    p += 1 if state.ending == "close" else 0
    p += boundary.partnership(state)
    e = 1 + min(3, good) + (1 if good and c["complex"] else 0)
    e -= c["absurd"] + max(0, c["off"] - 1)
    o = 1 + min(2, len(state.options)) + (1 if state.chosen else 0) + (1 if state.committed else 0)
    o -= unasked // 2
    if state.hollow:
        o = min(o, 2)
    return Globals(partnership=_clamp(p), empathy=_clamp(e), ownership=_clamp(o))


def _share(lost: int, culprits: list[tuple[int, str]], fallback: tuple[int, str]) -> list[Loss]:
    """Spread ``lost`` points over the turns that lost them (largest remainder), else fallback."""
    if lost <= 0:
        return []
    culprits = culprits or [fallback]
    base, extra = divmod(lost, len(culprits))
    out = []
    for n, (turn, why) in enumerate(culprits):
        points = base + (1 if n < extra else 0)
        if points:
            out.append(Loss(turn=turn, points=points, part="", why=why))
    return out


def _partnership_missing(state: State, t: Translator) -> str:
    """What partnership lacked, when no turn lost it: what the rating did not get."""
    c = state.counts
    asked = c["permission"] or c["autonomy"]
    listened = c["accurate"] + c["deep"]
    if asked and not listened:
        return t("No reflection of what was said.")
    if listened and not asked:
        return t("No permission asked, and no word that the choice is theirs.")
    return t("No permission asked and no reflection of what was said.")


def _ownership_missing(state: State, t: Translator) -> str:
    """What ownership lacked, when no turn lost it: the first of options, choice, own step."""
    if len(state.options) < 2:
        return t("The supervisor did not name options of their own.")
    if not state.chosen:
        return t("The supervisor did not choose one of their own options.")
    return t("The supervisor did not commit to a step of their own.")


def summarise(state: State, turns: list[Turn], lang: str, pieces: int) -> Summary:
    """The summary of a session: parts, counts, ratings and the turns that lost points."""
    t = translator(lang)
    c = state.counts
    questions = state.questions
    reflections = c["accurate"] + c["deep"] + c["off"]
    good = c["accurate"] + c["deep"]
    open_share = c["open"] / questions if questions else 0.0
    ratio = good / questions if questions else float(good)
    complex_share = c["complex"] / reflections if reflections else 0.0
    g = ratings(state)
    last = turns[-1].index if turns else 1
    ended_well = state.committed or state.ending == "close"
    unheard = state.committed and not good

    def rating_points(value: int, key: str) -> int:
        return round(MAX_POINTS[key] * (value - 1) / 4)

    refl_points = 10 if ratio >= 2 else round(7 * min(ratio, 1.0) + 3 * max(0.0, ratio - 1.0))
    points = {
        "partnership": rating_points(g.partnership, "partnership"),
        "empathy": rating_points(g.empathy, "empathy"),
        "ownership": rating_points(g.ownership, "ownership"),
        "open": round(10 * open_share) if questions else 0,
        "reflections": min(10, refl_points),
        "complex": round(5 * min(1.0, complex_share / 0.5)),
        "ending": (UNHEARD_ENDING if unheard else 15) if ended_well else 0,
    }
    by_reaction: dict[str, list[int]] = {}
    for turn in turns:
        by_reaction.setdefault(turn.effects.reaction, []).append(turn.index)
    missed = [
        turn.index
        for prev, turn in zip(turns, turns[1:], strict=False)
        if prev.effects.revealed
        and turn.effects.reaction not in ("accurate", "deep", "off")
        and turn.effects.reflected not in ("accurate", "deep", "off")
    ]

    def turns_of(*reactions: str) -> list[int]:
        return sorted(i for r in reactions for i in by_reaction.get(r, []))

    advice_turns = turns_of("advice", "leading", "hollow")
    culprits = {
        "partnership": [
            (i, t("Advice or a leading question without permission.")) for i in advice_turns
        ]
        + [(i, t("Pressed on after a no.")) for i in turns_of("pressing")]
        + state.crossed,
        "empathy": [
            (i, t("The reflection did not match what was said."))
            for i in sorted(
                turns_of("off", "absurd")
                + [turn.index for turn in turns if turn.effects.reflected in ("off", "absurd")]
            )
        ]
        + [
            (i, t("Something new was said, and you asked on instead of reflecting it."))
            for i in missed
        ],
        "ownership": [(i, t("Your solution, not theirs.")) for i in advice_turns],
        "open": [
            (turn.index, t("A closed or leading question."))
            for turn in turns
            if getattr(turn.analysis, "kind", None) in ("closed", "leading")
            # leave asked ("Would you like to think it through together?") is no question
            # counted here: it is partnership, and the summary's count leaves it out too
            and turn.effects.reaction not in ("permission_yes", "permission_no")
        ],
        "reflections": [
            (i, t("A question where a reflection would have shown you listened.")) for i in missed
        ],
        "complex": [
            (turn.index, t("A simple reflection: add what it means to them, or how it feels."))
            for turn in turns
            if turn.effects.complex is False
        ],
        "ending": [],
    }
    fallbacks = {
        "partnership": _partnership_missing(state, t),
        "empathy": t("Too few reflections of what the supervisor said."),
        "ownership": _ownership_missing(state, t),
        "open": t("Too few open questions."),
        "reflections": t("Too few reflections for the questions asked."),
        "complex": t("No complex reflections."),
        "ending": t("The round ended without a step of the supervisor's own."),
    }
    if unheard:
        culprits["ending"] = [
            (
                last,
                t("A step of their own, but nothing they said was reflected before it."),
            )
        ]
    if state.hollow:
        culprits["ending"] = [
            (advice_turns[-1] if advice_turns else last, t("A hollow commitment to your advice."))
        ]
    names = {
        "partnership": t("Partnership"),
        "empathy": t("Empathy"),
        "ownership": t("Cultivating ownership"),
        "open": t("Open questions"),
        "reflections": t("Reflections per question"),
        "complex": t("Complex reflections"),
        "ending": t("Ending"),
    }

    def fmt(x: float) -> str:
        return f"{x:.1f}".replace(".", "," if lang == "fi" else ".")

    explanations = {
        "partnership": t(
            "Rated {n}/5: permission asked {p}, unasked advice {a}, pressing after a no {x}.",
            n=g.partnership,
            p=c["permission"],
            a=state.unasked_advice,
            x=c["pressing"],
        ),
        "empathy": t(
            "Rated {n}/5: accurate reflections {good}, off the mark {off}, absurd {absurd}.",
            n=g.empathy,
            good=good,
            off=c["off"],
            absurd=c["absurd"],
        ),
        "ownership": t(
            "Rated {n}/5: options they named {o}, chose one {c}, own step {s}.",
            n=g.ownership,
            o=len(state.options),
            c=t("yes") if state.chosen else t("no"),
            s=t("yes") if state.committed else t("no"),
        ),
        "open": t("Open questions {open} of {questions}.", open=c["open"], questions=questions),
        "reflections": t(
            "Reflections per question {ratio} (MITI: 1:1 fair, 2:1 good).", ratio=fmt(ratio)
        ),
        "complex": t(
            "Complex reflections {share} % (MITI: 40 % fair, 50 % good).",
            share=round(100 * complex_share),
        ),
        "ending": t("Own commitment: {yes}.", yes=t("yes") if state.committed else t("no"))
        if state.ending != "close"
        else t("You honoured a no and closed respectfully."),
    }
    parts, losses = [], []
    for key, top in MAX_POINTS.items():
        parts.append(
            Part(
                key=key, name=names[key], points=points[key], max=top, explanation=explanations[key]
            )
        )
        for loss in _share(top - points[key], culprits[key], (last, fallbacks[key])):
            losses.append(loss.model_copy(update={"part": key}))
    losses.sort(key=lambda x: (x.turn, x.part))
    stages = [s for s in ("goal", "reality", "options", "will") if s in state.asked]
    return Summary(
        overall=sum(points.values()),
        parts=parts,
        losses=losses,
        globals=g,
        commitment=state.committed,
        commitment_text=state.commitment_text,
        hollow_commitment=state.hollow,
        ending=state.ending,
        open_share=round(open_share, 3),
        questions=questions,
        open=c["open"],
        closed=c["closed"],
        leading=c["leading"],
        advice=c["advice"],
        advice_with_permission=c["advice_ok"],
        why=c["why"],
        stacked=c["stacked"],
        reflections=reflections,
        complex_reflections=c["complex"],
        complex_share=round(complex_share, 3),
        accurate=good,
        off=c["off"],
        absurd=c["absurd"],
        reflection_ratio=round(ratio, 2),
        reflection_band=reflection_band(ratio),
        complex_band=band(
            complex_share, MITI["complex_share"]["fair"], MITI["complex_share"]["good"]
        ),
        permission=c["permission"],
        pressing=c["pressing"],
        affirm=c["affirm"],
        grow_covered=stages,
        turns=len(turns),
        trust=state.trust,
        ownership_level=state.ownership,
        revealed=len(state.revealed),
        pieces=pieces,
        feedback=[
            TurnNote(
                turn=turn.index,
                coach=turn.coach,
                kind=getattr(turn.analysis, "kind", None),
                intent=turn.effects.intent,
                reaction=turn.effects.reaction,
                did=turn.feedback.did,
                better=turn.feedback.better,
            )
            for turn in turns
        ],
    )


__all__ = ["MAX_POINTS", "band", "ratings", "reflection_band", "stage_list", "summarise"]
