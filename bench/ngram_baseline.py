"""A plain n-gram baseline for the analyser's figures: character and word n-gram logistic
regression (scikit-learn), no rules. Kind, GROW stage and each flag are separate classifiers; why
and stacked are read from the words as a plain model would ("why"/"miksi", two question marks)."""

from __future__ import annotations

QUESTION_KINDS = ("open", "closed", "leading")
FLAGS = ("permission", "affirm", "autonomy")


def _pipeline():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    features = make_union(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True),
    )
    return make_pipeline(features, LogisticRegression(C=10.0, max_iter=5000))


class NgramBaseline:
    """Fit on labelled rows of one language, then `predict(text)` a prediction dict."""

    def fit(self, rows: list[dict]) -> NgramBaseline:
        self.kind = _pipeline().fit([r["text"] for r in rows], [r["kind"] for r in rows])
        qs = [r for r in rows if r["kind"] in QUESTION_KINDS]
        self.grow = _pipeline().fit([r["text"] for r in qs], [r["grow"] or "none" for r in qs])
        self.flags = {}
        for f in FLAGS:
            labelled = [r for r in rows if f in r]
            if len({r[f] for r in labelled}) == 2:
                self.flags[f] = _pipeline().fit(
                    [r["text"] for r in labelled], [r[f] for r in labelled]
                )
        refl = [r for r in rows if r["kind"] == "reflection" and r.get("depth")]
        self.depth = (
            _pipeline().fit([r["text"] for r in refl], [r["depth"] for r in refl])
            if len({r["depth"] for r in refl}) == 2
            else None
        )
        return self

    def predict(self, text: str) -> dict:
        kind = self.kind.predict([text])[0]
        question = kind in QUESTION_KINDS
        grow = self.grow.predict([text])[0] if question else None
        low = text.lower()
        return {
            "kind": kind,
            "grow": None if grow == "none" else grow,
            "why": question and any(w in low for w in ("why", "miksi", "miks", "how come")),
            "stacked": question and low.count("?") >= 2,
            **{f: bool(m.predict([text])[0]) for f, m in self.flags.items()},
            **{f: False for f in FLAGS if f not in self.flags},
            "depth": (self.depth.predict([text])[0] if self.depth else "simple")
            if kind == "reflection"
            else None,
        }
