"""Network health over time: the same scores for every round of inventory or survey.

:func:`history` takes the rounds (Networks, or a folder of dated inventories and
surveys) and returns a :class:`History`: one row of scores per round, the rounds
themselves, and :meth:`History.compare` between any two of them
(:func:`elznet.compare`). :func:`elznet.plot_history` draws the scores over time.

The scores (columns of ``History.scores``; Dutch labels in :data:`SCORE_LABELS`):

* ``organisations``, ``ties`` (organisation pairs with a tie), ``density``
  (ties / possible pairs);
* ``degree_centralisation`` — Freeman's (1979) degree centralisation of the undirected
  organisation graph, ``sum(max_degree - degree_i) / ((n - 1)(n - 2))``: 1 for a star,
  0 when every organisation has as many partners;
* ``single_person_share`` — share of ties carried by one person on at least one side;
* ``carrier_coverage`` — share of ties whose carrying people are named on both sides
  (how well the inventory knows who holds its ties);
* ``cross_sector_share`` — share of ties between two organisations of different known
  sectors; ``ei_index`` — Krackhardt & Stern's (1988) E-I index by sector;
* ``components`` (separate groups, isolated organisations included), ``cut_points``
  (organisations whose departure splits the network; Hopcroft & Tarjan 1973),
  ``bridges`` (ties whose loss does; Tarjan 1974);
* where surveyed: ``trust`` and ``value`` — the mean over all ratings given in the round
  (PARTNER's network trust and value scores, Varda et al. 2008, on the 4-point scale),
  and ``response_rate``. Empty (NaN) for rounds without a survey.

References
----------
Freeman, L. C. (1979). Centrality in social networks: conceptual clarification.
*Social Networks* 1(3), 215–239.
Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises.
*Social Psychology Quarterly* 51(2), 123–140.
Varda, D. M., Chandra, A., Stern, S. A. & Lurie, N. (2008). Core dimensions of
connectivity in public health collaboratives. *J Public Health Manag Pract* 14(5), E1–E7.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd

from elznet._docs import shared_parameters
from elznet.analysis.compare import Change, compare
from elznet.analysis.structure import ei_index
from elznet.errors import ArgumentError, NotFoundError
from elznet.network import Network
from elznet.read.inventory import read_inventory
from elznet.read.load_report import InventoryError
from elznet.read.survey import read_survey

__all__ = ["history", "History", "SCORE_LABELS", "degree_centralisation"]

#: Dutch label of every score.
SCORE_LABELS: dict[str, str] = {
    "organisations": "organisaties", "ties": "banden", "density": "dichtheid",
    "degree_centralisation": "centralisatie (graad)", "single_person_share": "aandeel banden op één persoon",
    "carrier_coverage": "aandeel banden met gekende dragers", "cross_sector_share": "aandeel banden tussen sectoren",
    "ei_index": "E-I-index (sectoren)", "components": "aparte eilanden", "cut_points": "breukpunten",
    "bridges": "bruggen", "trust": "gemiddeld vertrouwen (1-4)", "value": "gemiddelde waarde (1-4)",
    "response_rate": "respons",
}
_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:[-_.]?(0[1-9]|1[0-2]))?(?:[-_.]?([0-3]\d))?(?!\d)")
_SURVEY_WORDS = ("bevraging", "survey", "enquete", "vragenlijst")


def degree_centralisation(graph: nx.Graph) -> float:
    """Freeman's (1979) degree centralisation of an undirected graph.

    ``sum(max_degree - degree_i) / ((n - 1)(n - 2))``; 1 for a star, 0 for a regular
    graph, NaN below three nodes.

    >>> degree_centralisation(nx.star_graph(4))
    1.0
    >>> degree_centralisation(nx.cycle_graph(5))
    0.0
    """
    n = graph.number_of_nodes()
    if n < 3:
        return float("nan")
    degrees = np.array([d for _, d in graph.degree()], dtype=float)
    return float((degrees.max() - degrees).sum() / ((n - 1) * (n - 2)))


@dataclass(repr=False)
class History:
    """Scores of every round (see the module docstring), and the rounds themselves.

    Made by :func:`history`; prints as a Dutch table of the scores per round.

    Attributes
    ----------
    scores : DataFrame
        One row per round (index: the round's label, in order), one column per score.
    rounds : dict
        ``{label: Network}`` in the same order.

    Examples
    --------
    >>> import elznet
    >>> net = elznet.examples.load("meetjesland_zorgpad")
    >>> h = elznet.history({"2025": net.filter(organisation="JAC Eeklo"), "2026": net})
    >>> h.scores["organisations"].tolist()
    [27, 59]
    """

    scores: pd.DataFrame
    rounds: dict[str, Network]

    def compare(self, before: str | int | None = None, after: str | int | None = None, **options) -> Change:
        """:func:`elznet.compare` between two rounds.

        Parameters
        ----------
        before, after : str or int, optional
            Rounds by label (``"2024"``) or position (``0``, ``-1``); default the last two.
        **options
            Passed on to :func:`elznet.compare` (``aliases=``, ``top=``).

        Returns
        -------
        Change
            What changed between the two rounds.

        Examples
        --------
        >>> import elznet
        >>> net = elznet.examples.load("meetjesland_zorgpad")
        >>> h = elznet.history({"2025": net.filter(organisation="JAC Eeklo"), "2026": net})
        >>> len(h.compare("2025", "2026").organisations_gained)
        32
        """
        labels = list(self.rounds)
        if len(labels) < 2:
            raise ArgumentError("Er is maar één ronde: vergelijken kan vanaf twee rondes (only one round).")

        def pick(ref, default):
            if ref is None:
                return labels[default]
            if isinstance(ref, int) and ref not in self.rounds and str(ref) not in self.rounds:
                return labels[ref]
            key = ref if ref in self.rounds else str(ref)
            if key not in self.rounds:
                raise NotFoundError(f"Geen ronde {ref!r}; kies uit: {', '.join(labels)}.", ref=ref, kind="round")
            return key

        return compare(self.rounds[pick(before, -2)], self.rounds[pick(after, -1)], **options)

    @shared_parameters
    def to_frame(self, lang: str = "nl") -> pd.DataFrame:
        """The scores with one row per score and one column per round.

        Parameters
        ----------
        %(lang)s

        Returns
        -------
        pandas.DataFrame
            Rows labelled in Dutch ("organisaties", "dichtheid", ...) or English.

        Examples
        --------
        >>> import elznet
        >>> net = elznet.examples.load("meetjesland_zorgpad")
        >>> h = elznet.history({"2025": net.filter(organisation="JAC Eeklo"), "2026": net})
        >>> h.to_frame().index[0]
        'organisaties'
        """
        frame = self.scores.T
        frame.index = [SCORE_LABELS.get(k, k) if lang == "nl" else k.replace("_", " ") for k in frame.index]
        frame.index.name = "kengetal" if lang == "nl" else "score"
        return frame

    def _formatted(self) -> pd.DataFrame:
        return self.to_frame().map(_dutch)

    def __str__(self) -> str:
        return self._formatted().to_string()

    __repr__ = __str__

    def _repr_html_(self) -> str:
        return self._formatted().to_html()


def _dutch(x: float) -> str:
    """A score as a zorgraad reads it: ``0,25``; whole numbers without decimals; NaN as "–"."""
    if x != x:
        return "–"
    return f"{int(x)}" if float(x).is_integer() else f"{x:.2f}".replace(".", ",")


def history(rounds: Sequence[Network] | Mapping[str, Network] | str | Path, *,
            labels: Sequence[str] | None = None) -> History:
    """Network scores per round, to follow a zone's network from one year to the next.

    Parameters
    ----------
    rounds : list of Network, dict {label: Network}, or a folder
        The rounds, oldest first. A folder holds dated files (the date in the name:
        ``inventaris_2025.xlsx``, ``bevraging_2025-03.csv``): a file or subfolder whose
        name says ``bevraging`` or ``survey`` is a survey (returned forms in a
        subfolder, or an export), anything else an inventory; an inventory and a survey
        of the same date make one round (:func:`elznet.survey_network` with
        ``inventory=``). Rounds are sorted by date.
    labels : list of str, optional
        Labels for a list of Networks (default: a year found in each Network's source
        file name, else "ronde 1", "ronde 2", ...).

    Returns
    -------
    History
        ``scores`` (one row per round; see the module docstring for every score and its
        source), ``rounds``, and ``compare()`` between any two rounds.

    Examples
    --------
    >>> import elznet
    >>> h = elznet.history({str(y): elznet.examples.load_survey(y) for y in elznet.examples.SURVEY_YEARS})
    >>> list(h.scores.index)
    ['2024', '2025', '2026']
    >>> bool(h.scores["trust"].notna().all())
    True
    """
    if isinstance(rounds, (str, Path)):
        named = _from_folder(Path(rounds))
    elif isinstance(rounds, Mapping):
        named = {str(k): v for k, v in rounds.items()}
    else:
        rounds = list(rounds)
        if labels is None:
            labels = _default_labels(rounds)
        if len(labels) != len(rounds):
            raise ArgumentError(f"{len(labels)} labels voor {len(rounds)} rondes; geef er één per ronde "
                                f"({len(labels)} labels for {len(rounds)} rounds).", argument="labels")
        named = dict(zip(map(str, labels), rounds, strict=True))
    for label, net in named.items():
        if not isinstance(net, Network):
            raise ArgumentError(f"Ronde {label!r} is een {type(net).__name__}, geen elznet Network "
                                f"(round {label!r} is not an elznet Network).", argument="rounds")
    scores = pd.DataFrame([_scores(net) for net in named.values()], index=pd.Index(list(named), name="ronde"))
    return History(scores, named)


def _default_labels(rounds: list[Network]) -> list[str]:
    found = [_DATE.search(str(net.report.source)) for net in rounds]
    labels = [m.group(0) if m else None for m in found]
    if all(labels) and len(set(labels)) == len(labels):
        return labels  # type: ignore[return-value]
    return [f"ronde {k}" for k in range(1, len(rounds) + 1)]


def _from_folder(folder: Path) -> dict[str, Network]:
    if not folder.is_dir():
        raise InventoryError(f"'{folder}' is geen map. Geef een map met gedateerde inventarissen of bevragingen.")
    from elznet.analysis.survey import survey_network

    parts: dict[str, dict[str, list[Path]]] = {}
    for path in sorted(folder.iterdir()):
        if path.name.startswith(("~$", ".", "_")):
            continue
        if path.is_file() and path.suffix.lower() not in {".xlsx", ".xlsm", ".csv"}:
            continue
        match = _DATE.search(path.stem if path.is_file() else path.name)
        if not match:
            raise InventoryError(f"'{path.name}' in '{folder.name}' draagt geen datum in de naam (bv. "
                                 "inventaris_2025.xlsx); hernoem het bestand of haal het uit de map.")
        kind = "survey" if any(w in path.name.lower() for w in _SURVEY_WORDS) or path.is_dir() else "inventory"
        parts.setdefault(match.group(0), {}).setdefault(kind, []).append(path)
    if not parts:
        raise InventoryError(f"De map '{folder}' bevat geen gedateerde inventarissen of bevragingen.")
    out = {}
    for label in sorted(parts, key=lambda s: re.sub(r"\D", "", s).ljust(8, "0")):
        found = parts[label]
        if len(found.get("inventory", [])) > 1:
            names = ", ".join(p.name for p in found["inventory"])
            raise InventoryError(f"Meer dan één inventaris met datum {label}: {names}. Houd er één per ronde.")
        inventory = read_inventory(found["inventory"][0]) if "inventory" in found else None
        if "survey" in found:
            sources = [p for s in found["survey"] for p in (sorted(s.iterdir()) if s.is_dir() else [s])
                       if p.is_file() and not p.name.startswith(("~$", "."))]  # others: errors in the report
            survey = read_survey(sources, organisations=inventory.organisations if inventory is not None else None)
            out[label] = survey_network(survey, inventory=inventory)
        else:
            out[label] = inventory
    return out


def _scores(net: Network) -> dict[str, float]:
    g = net.graph
    m = g.number_of_edges()
    sector = dict(g.nodes(data="sector"))
    single = coverage = cross = 0
    for u, v, d in g.edges(data=True):
        sizes = [len(d["carriers"].get(x, [])) for x in (u, v)]
        single += any(s == 1 for s in sizes)
        coverage += all(s > 0 for s in sizes)
        su, sv = sector.get(u), sector.get(v)
        cross += su != sv and su not in (None, "onbekend") and sv not in (None, "onbekend")
    share = (lambda k: k / m) if m else (lambda k: float("nan"))
    out = {
        "organisations": g.number_of_nodes(), "ties": m,
        "density": nx.density(g) if len(g) > 1 else float("nan"),
        "degree_centralisation": degree_centralisation(g),
        "single_person_share": share(single), "carrier_coverage": share(coverage), "cross_sector_share": share(cross),
        "ei_index": ei_index(g, permutations=0).network if m else float("nan"),
        "components": nx.number_connected_components(g) if len(g) else 0,
        "cut_points": sum(1 for _ in nx.articulation_points(g)), "bridges": sum(1 for _ in nx.bridges(g)),
        "trust": float("nan"), "value": float("nan"), "response_rate": float("nan"),
    }
    if "trust" in net.ties.columns and "responded" in net.organisations.columns:
        out["trust"] = float(net.ties["trust"].astype("Float64").mean()) if net.ties["trust"].notna().any() \
            else float("nan")
        out["value"] = float(net.ties["value"].astype("Float64").mean()) if net.ties["value"].notna().any() \
            else float("nan")
        responded = net.organisations["responded"].astype(bool)
        out["response_rate"] = float(responded.mean()) if len(responded) else float("nan")
    return out
