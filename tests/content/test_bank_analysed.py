"""The question bank and the analyser agree: one mismatch report over every entry in both
languages. A mismatch is a content bug or an analyser bug; the report names each, and the share
that agrees must stay high (the analyser is a model: it is not asked to be perfect on every line).
"""

from __future__ import annotations

from coachkit.analysis import analyze
from coachkit.content import load_library

BANK = load_library().questions
KIND_AGREEMENT = 0.97
STAGE_AGREEMENT = (
    0.82  # kind and stage both: the stage is the more subjective call (see the report)
)


def test_bank_is_large_enough():
    assert len(BANK) >= 200


def test_bank_agrees_with_the_analyser():
    total, kind_misses, mismatches = 0, 0, []
    for q in BANK:
        for lang in ("fi", "en"):
            text = q.text.get(lang)
            result = analyze(text, lang=lang)
            total += 1
            kind_misses += result.kind != q.kind or result.stacked
            got = (result.kind, result.grow, result.stacked)
            if got != (q.kind, q.stage, False):
                mismatches.append(f"{q.id}-{lang}: tagged {q.kind}/{q.stage}, read {got}: {text}")
    report = f"{len(mismatches)} of {total} disagree:\n" + "\n".join(mismatches)
    assert 1 - kind_misses / total >= KIND_AGREEMENT, report
    assert 1 - len(mismatches) / total >= STAGE_AGREEMENT, report
