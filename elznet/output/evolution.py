"""The figure of a zone's network scores over time, for the zorgraad (Dutch labels).

:func:`plot_history` draws one small panel per score of a
:class:`~elznet.analysis.history.History` (see :mod:`elznet.analysis.history` for what
each score means and its source), rounds on the horizontal axis, numbers written the
Dutch way (``0,25``). Sized for a 16:9 slide; save with ``fig.savefig("evolutie.png")``.
"""

from __future__ import annotations

import math

import matplotlib

matplotlib.use("Agg", force=False)
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402

from elznet._docs import shared_parameters  # noqa: E402
from elznet.analysis.history import SCORE_LABELS, History  # noqa: E402
from elznet.errors import ArgumentError, NotFoundError  # noqa: E402

__all__ = ["plot_history", "DEFAULT_SCORES", "dutch_number"]

#: The scores drawn when none are chosen (those without data in any round are left out).
DEFAULT_SCORES = ("organisations", "ties", "density", "degree_centralisation", "single_person_share",
                  "cross_sector_share", "components", "cut_points", "trust", "value")
_LINE = "#332288"
#: Fixed vertical ranges, so that a small change does not look like a big one.
_RANGES = {"density": (0, 1), "degree_centralisation": (0, 1), "single_person_share": (0, 1),
           "carrier_coverage": (0, 1), "cross_sector_share": (0, 1), "response_rate": (0, 1),
           "ei_index": (-1, 1), "trust": (1, 4), "value": (1, 4)}


def dutch_number(x: float, digits: int = 2) -> str:
    """``0.25 -> "0,25"``, ``12.0 -> "12"``, thousands with a point: ``1234 -> "1.234"``.

    >>> dutch_number(0.25), dutch_number(12.0), dutch_number(1234)
    ('0,25', '12', '1.234')
    """
    if x != x:  # NaN
        return "–"
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    return f"{x:,.{digits}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


@shared_parameters
def plot_history(history: History, *, scores: tuple[str, ...] | list[str] | None = None, lang: str = "nl",
                 title: str | None = None) -> Figure:
    """Draw the network scores of every round, one panel per score.

    Parameters
    ----------
    history : History
        From :func:`elznet.history`.
    scores : list of str, optional
        Columns of ``history.scores`` to draw (default :data:`DEFAULT_SCORES`, without
        those that are empty in every round, e.g. trust when nothing was surveyed).
    %(lang)s
    title : str, optional
        The figure's title (default "Het netwerk door de jaren heen").

    Returns
    -------
    matplotlib.figure.Figure
        Read each panel as a trend: is the zone denser, less centralised, less dependent
        on single people, better connected across sectors, and do partners trust and
        value each other more than last round?

    Examples
    --------
    >>> import elznet
    >>> h = elznet.history({str(y): elznet.examples.load_survey(y) for y in elznet.examples.SURVEY_YEARS})
    >>> fig = elznet.plot_history(h)
    >>> len(fig.axes)
    10
    """
    if lang not in ("nl", "en"):
        raise ArgumentError(f"De taal (lang) is 'nl' of 'en', niet {lang!r} (lang must be 'nl' or 'en').",
                            argument="lang")
    frame = history.scores
    if scores is None:
        scores = [s for s in DEFAULT_SCORES if s in frame and frame[s].notna().any()]
    unknown = [s for s in scores if s not in frame]
    if unknown:
        raise NotFoundError(f"Geen kengetal {', '.join(unknown)}; kies uit {', '.join(frame.columns)} "
                            f"(no score {', '.join(unknown)}).")
    if not scores:
        raise ArgumentError("Niets te tekenen: geen enkel kengetal heeft een waarde in een ronde (nothing to draw).",
                            argument="scores")
    cols = min(5, len(scores))
    rows = math.ceil(len(scores) / cols)
    fig, axes = plt.subplots(rows, cols, figsize=(13.333, 7.5 if rows > 1 else 4.2), layout="constrained",
                             squeeze=False)
    labels = [str(i) for i in frame.index]
    x = list(range(len(labels)))
    for ax, score in zip(axes.flat, scores, strict=False):
        values = frame[score].astype(float)
        ax.plot(x, values, marker="o", color=_LINE, linewidth=2)
        for xi, v in zip(x, values, strict=True):
            if v == v:
                ax.annotate(dutch_number(v) if lang == "nl" else f"{v:.3g}", (xi, v), textcoords="offset points",
                            xytext=(0, 6), ha="center", fontsize=8)
        ax.set_title(SCORE_LABELS.get(score, score) if lang == "nl" else score.replace("_", " "), fontsize=10)
        ax.set_xticks(x, labels, fontsize=8)
        ax.margins(x=0.15)
        if score in _RANGES:
            low, high = _RANGES[score]
            ax.set_ylim(low, high + (high - low) * 0.08)
        else:  # a count: from zero, whole numbers
            ax.set_ylim(0, max(1.0, float(values.max())) * 1.15 if values.notna().any() else 1)
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.yaxis.set_major_formatter(FuncFormatter(
            lambda v, _: f"{v:g}".replace(".", ",") if lang == "nl" else f"{v:g}"))
        ax.tick_params(axis="y", labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
    for ax in list(axes.flat)[len(scores):]:
        ax.remove()
    fig.suptitle(title or ("Het netwerk door de jaren heen" if lang == "nl" else "The network over time"),
                 fontsize=14)
    return fig
