"""Figures of the question analyser on labelled rows, shared by bench/analyzer.py and bench/train.py.

Targets (issue 12): kind macro-F1 >= 0.95, GROW accuracy >= 0.90, why and stacked F1 >= 0.95,
permission and affirm F1 >= 0.85, reflection depth accuracy >= 0.80.
"""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("open", "closed", "leading", "advice", "reflection", "other")
QUESTION_KINDS = ("open", "closed", "leading")
FIELDS = ("kind", "why", "stacked", "grow", "permission", "affirm", "autonomy", "depth")


def prediction(reading, decided: dict) -> dict:
    """A prediction dict from the rules' reading and `coachkit.analysis._decide`'s decisions."""
    question = decided["kind"] in QUESTION_KINDS
    return {
        "kind": decided["kind"],
        "why": reading.why and question,
        "stacked": reading.stacked and question,
        "grow": decided["grow"],
        "permission": decided["permission"],
        "affirm": decided["affirm"],
        "autonomy": decided["autonomy"],
        "depth": decided["depth"],
    }


def of_analysis(a) -> dict:
    """A prediction dict from an `Analysis`."""
    return {f: getattr(a, f) for f in FIELDS}


def f1(tp: int, fp: int, fn: int) -> float | None:
    """F1 from counts; None when there was nothing to find and nothing was found."""
    if tp + fp + fn == 0:
        return None
    if tp == 0:
        return 0.0
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return 2 * precision * recall / (precision + recall)


def flag_f1(rows, field: str) -> tuple[float | None, int]:
    """F1 of a yes/no field over the rows labelled for it, and how many gold positives."""
    rows = [(g, p) for g, p in rows if field in g]
    tp = sum(1 for g, p in rows if g[field] and p[field])
    fp = sum(1 for g, p in rows if not g[field] and p[field])
    fn = sum(1 for g, p in rows if g[field] and not p[field])
    return f1(tp, fp, fn), tp + fn


@dataclass
class Scores:
    """The figures for one analyser on one language's rows."""

    n: int
    kind_acc: float
    kind_f1: float
    per_kind: dict[str, float | None]
    grow_acc: float
    grow_n: int
    why: tuple[float | None, int]
    stacked: tuple[float | None, int]
    permission: tuple[float | None, int]
    affirm: tuple[float | None, int]
    autonomy: tuple[float | None, int]
    depth_acc: float | None
    depth_n: int


def score(rows: list[tuple[dict, dict]]) -> Scores:
    """Figures for (gold, predicted) pairs of one language."""
    n = len(rows)
    per_kind = {}
    for kind in KINDS:
        tp = sum(1 for g, p in rows if g["kind"] == kind and p["kind"] == kind)
        fp = sum(1 for g, p in rows if g["kind"] != kind and p["kind"] == kind)
        fn = sum(1 for g, p in rows if g["kind"] == kind and p["kind"] != kind)
        per_kind[kind] = f1(tp, fp, fn)
    present = [v for v in per_kind.values() if v is not None]
    questions = [(g, p) for g, p in rows if g["kind"] in QUESTION_KINDS]
    reflections = [
        (g, p) for g, p in rows if g["kind"] == "reflection" and g.get("depth") is not None
    ]
    return Scores(
        n=n,
        kind_acc=sum(1 for g, p in rows if g["kind"] == p["kind"]) / max(1, n),
        kind_f1=sum(present) / max(1, len(present)),
        per_kind=per_kind,
        grow_acc=sum(1 for g, p in questions if g["grow"] == p["grow"]) / max(1, len(questions)),
        grow_n=len(questions),
        why=flag_f1(rows, "why"),
        stacked=flag_f1(rows, "stacked"),
        permission=flag_f1(rows, "permission"),
        affirm=flag_f1(rows, "affirm"),
        autonomy=flag_f1(rows, "autonomy"),
        depth_acc=(
            sum(1 for g, p in reflections if g["depth"] == p["depth"]) / len(reflections)
            if reflections
            else None
        ),
        depth_n=len(reflections),
    )


def _fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def print_side_by_side(result: dict[str, dict[str, Scores]]) -> None:
    """Print, per language, one column per analyser and one line per figure."""
    for lang, by_name in result.items():
        names = list(by_name)
        first = by_name[names[0]]
        print(f"== {lang} ({first.n} utterances, {first.grow_n} questions)")
        print(f"{'':28}" + "".join(f"{n:>18}" for n in names) + "   target")
        lines = [
            ("kind accuracy", lambda s: s.kind_acc, ""),
            ("kind macro-F1", lambda s: s.kind_f1, ">= 0.95"),
            ("GROW accuracy (questions)", lambda s: s.grow_acc, ">= 0.90"),
            ("why F1", lambda s: s.why[0], ">= 0.95"),
            ("stacked F1", lambda s: s.stacked[0], ">= 0.95"),
            ("permission F1", lambda s: s.permission[0], ">= 0.85"),
            ("affirm F1", lambda s: s.affirm[0], ">= 0.85"),
            ("autonomy F1", lambda s: s.autonomy[0], ""),
            ("depth accuracy", lambda s: s.depth_acc, ">= 0.80"),
        ]
        for label, get, target in lines:
            print(
                f"{label:28}"
                + "".join(f"{_fmt(get(by_name[n])):>18}" for n in names)
                + f"   {target}"
            )
        print(
            f"{'  (positives: why/stacked/':28}"
            f"{first.why[1]}/{first.stacked[1]}, permission {first.permission[1]}, "
            f"affirm {first.affirm[1]}, autonomy {first.autonomy[1]}, depth-labelled "
            f"reflections {first.depth_n})"
        )
        for name in names:
            per = by_name[name].per_kind
            print(
                f"  {name} per kind F1: "
                + "  ".join(f"{k}={_fmt(v).strip()}" for k, v in per.items())
            )
