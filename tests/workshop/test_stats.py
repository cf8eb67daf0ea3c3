"""Running aggregates agree with computing them from scratch, whatever comes and goes."""

from __future__ import annotations

import statistics

from hypothesis import given
from hypothesis import strategies as st

from coachkit.workshop.stats import RoundRecord, RoundStats

records = st.builds(
    RoundRecord,
    seq=st.integers(1, 10_000),
    minute=st.just(0),
    open_share=st.floats(0, 1),
    leading=st.integers(0, 5),
    advice=st.integers(0, 5),
    reflection_ratio=st.floats(0, 5),
    overall=st.integers(0, 100).map(float),
    commitment=st.booleans(),
    kinds=st.lists(
        st.tuples(st.sampled_from(["open", "closed", "advice"]), st.integers(0, 9)), max_size=3
    ).map(lambda pairs: tuple(dict(pairs).items())),
)


@given(added=st.lists(records, max_size=30), data=st.data())
def test_running_medians_match_a_fresh_count(added, data):
    stats = RoundStats()
    for r in added:
        stats.add(r)
    removed = data.draw(st.lists(st.sampled_from(added), unique_by=id) if added else st.just([]))
    kept = list(added)
    for r in removed:
        stats.remove(r)
        kept.remove(r)
    agg = stats.snapshot(joined=3)
    assert agg.rounds == len(kept)
    if kept:
        assert agg.median_overall == round(statistics.median(r.overall for r in kept), 2)
        assert agg.median_open_pct == round(statistics.median(100 * r.open_share for r in kept), 2)
        assert agg.commitment_pct == round(100 * sum(r.commitment for r in kept) / len(kept), 1)
    else:
        assert agg.median_overall is None and agg.commitment_pct is None
