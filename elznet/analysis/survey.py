"""The survey network: who says they work with whom, how often, and with what trust and value.

:func:`survey_network` turns a :class:`~elznet.read.survey.Survey` into a
:class:`~elznet.network.Network` whose ``ties`` table holds one row per reported
(directed) tie: ``source`` (the respondent) rates ``target``. Because it is an ordinary
Network, every analysis of the inventory runs on it unchanged (``spanners``,
``fragile_ties``, ``communities``, ``history`` ...), and combined with the inventory
(``inventory=net``) it keeps the inventory's initiatives beside the surveyed ties.

Measures (each a function of the survey Network):

* :func:`response_rate` — who answered, who did not, and how often the silent ones were
  named by others;
* :func:`confirmation` — per pair: named by both sides (confirmed), by one side while
  the other answered (one-sided), or by one side while the other did not answer; and
  whether the two sides disagree on the frequency;
* :func:`reciprocity` — the share of tied pairs between two respondents that both sides
  named (dyadic reciprocity, Wasserman & Faust 1994, §13.2);
* :func:`trust_value` — per organisation, the mean trust and value *others* give it
  and the number of raters (PARTNER's organisation scores, Varda et al. 2008);
* :func:`quadrants` — every tie placed in the trust × value quadrant.

Trust of one rating is the mean of the answered items reliability, mission and
openness; value the mean of power, involvement and resources; all on PARTNER's
4-point scale (1 = helemaal niet ... 4 = in grote mate), so 2,5 is the scale's midpoint.

Non-respondents: a survey never hears from everyone. ``rule="reported"`` (default)
keeps every tie a respondent named, so a silent organisation keeps the ties others
report (the *union* rule, as PARTNER does); ``rule="confirmed"`` keeps only ties both
sides named (the *intersection* rule), which drops every tie of a non-respondent and
every one-sided tie (Krackhardt 1990 names both rules for aggregating reports).

References
----------
Varda, D. M., Chandra, A., Stern, S. A. & Lurie, N. (2008). Core dimensions of
connectivity in public health collaboratives. *J Public Health Manag Pract* 14(5), E1–E7.
Krackhardt, D. (1990). Assessing the political landscape: structure, cognition, and
power in organizations. *Administrative Science Quarterly* 35(2), 342–369.
Wasserman, S. & Faust, K. (1994). *Social Network Analysis*. Cambridge University Press.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from elznet.errors import ArgumentError
from elznet.network import Network
from elznet.read.names import normalise
from elznet.read.survey import ITEMS, TRUST_ITEMS, VALUE_ITEMS, Survey
from elznet.vocabulary import COLUMNS, infer_type

__all__ = ["survey_network", "response_rate", "ResponseRate", "confirmation", "reciprocity", "trust_value",
           "quadrants", "MIDPOINT", "QUADRANTS"]

#: The midpoint of PARTNER's 4-point scale.
MIDPOINT = 2.5
#: Dutch names of the four trust × value quadrants.
QUADRANTS = {(True, True): "hoog vertrouwen, hoge waarde", (True, False): "hoog vertrouwen, lage waarde",
             (False, True): "laag vertrouwen, hoge waarde", (False, False): "laag vertrouwen, lage waarde"}
_TIE_SCORES = ["frequency", *ITEMS, "trust", "value"]


def survey_network(survey: Survey, *, inventory: Network | None = None, rule: str = "reported") -> Network:
    """The survey as a Network: organisations, and one tie per partner a respondent named.

    Parameters
    ----------
    survey : Survey
        From :func:`elznet.read_survey`.
    inventory : Network, optional
        The zone's inventory. Its organisations are the ones invited (the base of the
        response rate) and its tables are kept, so the result holds the initiatives and
        the surveyed ties together. Survey organisations are matched to it by id, then
        by normalised name; one that matches none is added (and noted in the report).
    rule : {"reported", "confirmed"}
        ``"reported"`` keeps every tie a respondent named (a non-respondent keeps the
        ties others report); ``"confirmed"`` keeps only ties both sides named.

    Returns
    -------
    Network
        ``organisations`` gets a column ``responded``. ``ties`` has one row per kept
        report (``source`` rates ``target``, kind ``"samenwerken"``, ``intensity`` =
        frequency) with the columns ``frequency`` (1-5), the six items (1-4),
        ``trust`` and ``value`` (means of the answered items), ``one_sided`` (the other
        side did not name this tie) and ``comment``. Whoever filled in a form is a
        person in ``people`` (role ``respondent``; hidden in every output by default),
        not a carrier of the ties: the survey does not say who carries them.
        ``net.graph`` edges carry ``trust``, ``value``, ``frequency`` (means over both
        directions) and ``one_sided``.

    Examples
    --------
    >>> import elznet
    >>> survey = elznet.read_survey(elznet.examples.survey_path(2026))
    >>> net = elznet.survey_network(survey)
    >>> sorted(k for k in ("trust", "value", "frequency", "one_sided") if k in next(iter(net.graph.edges(data=True)))[2])
    ['frequency', 'one_sided', 'trust', 'value']
    """
    if rule not in ("reported", "confirmed"):
        raise ArgumentError(f"rule= moet 'reported' of 'confirmed' zijn, niet {rule!r} "
                            "(rule must be 'reported' or 'confirmed').", argument="rule")
    report = survey.report
    resp = survey.responses.copy()
    idmap = _id_map(survey, inventory, report)
    resp["respondent"] = resp["respondent"].map(idmap)
    resp["alter"] = resp["alter"].map(idmap)
    responded = set(survey.respondents["id"].map(idmap))

    if inventory is not None:
        orgs = inventory.organisations.copy()
        extra = [i for i in dict.fromkeys(idmap.values()) if i not in set(orgs["id"])]
        names = dict(zip(survey.organisations["id"].map(idmap), survey.organisations["name"], strict=False))
        orgs = pd.concat([orgs, _organisations([(i, names.get(i, i)) for i in extra])], ignore_index=True)
    else:
        orgs = _organisations(list(zip(survey.organisations["id"], survey.organisations["name"], strict=False)))
    orgs["responded"] = orgs["id"].isin(responded)

    ties = resp[resp["frequency"].isna() | (resp["frequency"] > 0)].copy()
    pairs = set(zip(ties["respondent"], ties["alter"], strict=False))
    ties["one_sided"] = [(b, a) not in pairs for a, b in zip(ties["respondent"], ties["alter"], strict=False)]
    if rule == "confirmed":
        ties = ties[~ties["one_sided"]]
    people = ties.dropna(subset=["filled_in_by"]).drop_duplicates(["respondent", "filled_in_by"])
    pid = {(o, n): f"S{k:03d}" for k, (o, n) in enumerate(
        zip(people["respondent"], people["filled_in_by"], strict=False), start=1)}
    people_table = pd.DataFrame({"id": list(pid.values()), "name": [n for _, n in pid],
                                 "organisation": [o for o, _ in pid], "role": "respondent"},
                                columns=COLUMNS["people"])
    trust = ties[list(TRUST_ITEMS)].astype("Float64").mean(axis=1, skipna=True)
    value = ties[list(VALUE_ITEMS)].astype("Float64").mean(axis=1, skipna=True)
    tie_table = pd.DataFrame({
        "source": ties["respondent"].to_numpy(), "target": ties["alter"].to_numpy(), "kind": "samenwerken",
        "intensity": [None if pd.isna(f) else int(f) for f in ties["frequency"]],
        "people": [[] for _ in range(len(ties))],  # who filled in the form does not carry the tie
        **{c: ties[c].astype("Float64").to_numpy() for c in ("frequency", *ITEMS)},
        "trust": trust.to_numpy(), "value": value.to_numpy(),
        "one_sided": ties["one_sided"].astype(bool).to_numpy(), "comment": ties["comment"].to_numpy(),
    })
    for c in _TIE_SCORES:
        tie_table[c] = tie_table[c].astype("Float64")
    base = {"people": people_table, "ties": tie_table}
    if inventory is not None:
        ties_all = pd.concat([inventory.ties, tie_table], ignore_index=True)
        for c in _TIE_SCORES:  # concat with the inventory's (object) columns loses the dtypes
            ties_all[c] = ties_all[c].astype("Float64")
        ties_all["one_sided"] = ties_all["one_sided"].astype("boolean")  # empty for inventory ties
        base = {"people": pd.concat([inventory.people, people_table], ignore_index=True), "ties": ties_all,
                "initiatives": inventory.initiatives, "participations": inventory.participations}
    return Network.from_tables(organisations=orgs, report=report, **base)


def _organisations(rows: list[tuple[str, str]]) -> pd.DataFrame:
    records = []
    for oid, name in rows:
        guess = infer_type(name) or (None, "onbekend")
        records.append({"id": oid, "name": name, "type": guess[0], "sector": guess[1]})
    frame = pd.DataFrame(records, columns=COLUMNS["organisations"], dtype=object)
    for col in ("target_groups", "stages", "ages"):
        frame[col] = [[] for _ in range(len(frame))]
    return frame


def _id_map(survey: Survey, inventory: Network | None, report) -> dict[str, str]:
    ids = list(survey.organisations["id"])
    if inventory is None:
        return {i: i for i in ids}
    known = set(inventory.organisations["id"])
    by_name = {normalise(n): i for i, n in zip(inventory.organisations["id"], inventory.organisations["name"],
                                               strict=False)}
    out = {}
    for oid, name in zip(survey.organisations["id"], survey.organisations["name"], strict=False):
        if oid in known:
            out[oid] = oid
        elif normalise(name) in by_name:
            out[oid] = by_name[normalise(name)]
        else:
            out[oid] = oid
            report.add("info", "Organisatie uit de bevraging staat niet in de inventaris; ze is toegevoegd.",
                       sheet="bevraging", value=name)
    return out


def _is_survey(net: Network) -> None:
    if "responded" not in net.organisations.columns or "one_sided" not in net.ties.columns:
        raise ArgumentError("Dit netwerk komt niet uit een bevraging: maak het met elznet.survey_network(survey).")


def _survey_ties(net: Network) -> pd.DataFrame:
    _is_survey(net)
    return net.ties[net.ties["one_sided"].notna()]  # the inventory's own ties have none


@dataclass
class ResponseRate:
    """Who answered the survey; prints as one Dutch sentence. Made by :func:`response_rate`.

    Attributes
    ----------
    invited, answered : int
        Organisations invited and organisations that answered.
    rate : float
        ``answered / invited``.
    not_answered : pandas.DataFrame
        Indexed by organisation id: ``name``, ``sector``, ``named_by`` — how many
        respondents named it as a partner; their ties are in the network only as others
        report them, or not at all under ``rule="confirmed"``.

    Examples
    --------
    >>> import elznet
    >>> rate = elznet.response_rate(elznet.examples.load_survey(2026))
    >>> rate.answered, rate.invited
    (49, 59)
    """

    invited: int
    answered: int
    rate: float
    not_answered: pd.DataFrame

    def __str__(self) -> str:
        pct = f"{100 * self.rate:.0f}" if self.invited else "0"
        names = ", ".join(map(str, self.not_answered["name"].head(12)))
        more = f" en {len(self.not_answered) - 12} andere" if len(self.not_answered) > 12 else ""
        return (f"{self.answered} van {self.invited} organisaties antwoordden ({pct} %). "
                f"Niet geantwoord: {names or 'geen'}{more}.")

    def _repr_html_(self) -> str:
        from html import escape

        return f"<p>{escape(str(self))}</p>"


def response_rate(net: Network) -> ResponseRate:
    """The response rate and the organisations that did not answer.

    Parameters
    ----------
    net : Network
        A survey network (:func:`survey_network`); every organisation in it counts as
        invited (with ``inventory=``, the inventory's organisations).

    Returns
    -------
    ResponseRate
        ``rate`` = answered / invited; ``not_answered`` sorted by how often others
        named them (a silent organisation many name is the first to call).

    Examples
    --------
    >>> import elznet
    >>> net = elznet.survey_network(elznet.read_survey(elznet.examples.survey_path(2026)))
    >>> 0 < elznet.response_rate(net).rate < 1
    True
    """
    ties = _survey_ties(net)
    orgs = net.organisations.set_index("id")
    named_by = ties.groupby("target")["source"].nunique()
    silent = orgs[~orgs["responded"].astype(bool)]
    frame = pd.DataFrame({"name": silent["name"], "sector": silent["sector"],
                          "named_by": named_by.reindex(silent.index, fill_value=0).astype(int)})
    frame.index.name = "id"
    frame = frame.sort_values(["named_by", "name"], ascending=[False, True])
    invited, answered = len(orgs), int(orgs["responded"].astype(bool).sum())
    return ResponseRate(invited, answered, answered / invited if invited else float("nan"), frame)


def confirmation(net: Network, *, tolerance: int = 1) -> pd.DataFrame:
    """Per pair of organisations with a surveyed tie: who named it, and do they agree?

    Parameters
    ----------
    net : Network
        A survey network (:func:`survey_network`).
    tolerance : int
        Frequencies further apart than this many categories count as a disagreement
        (default 1: "monthly" against "quarterly" is not, "weekly" against "quarterly" is).

    Returns
    -------
    DataFrame
        Columns ``a``, ``b`` (ids, ``a < b``), ``name_a``, ``name_b``, ``named_by_a``,
        ``named_by_b`` (bool), ``status`` — ``"bevestigd"`` (both named it),
        ``"eenzijdig"`` (one named it, the other answered without naming it),
        ``"partner antwoordde niet"`` (one named it, the other did not answer) —,
        ``frequency_a`` and ``frequency_b`` (each side's answer, 1-5), ``frequency_gap``
        (absolute difference) and ``disagree``. Sorted: disagreements, then one-sided
        ties, then confirmed.

    Examples
    --------
    >>> import elznet
    >>> net = elznet.survey_network(elznet.read_survey(elznet.examples.survey_path(2026)))
    >>> sorted(set(elznet.confirmation(net)["status"]))
    ['bevestigd', 'eenzijdig', 'partner antwoordde niet']
    """
    ties = _survey_ties(net)
    responded = dict(zip(net.organisations["id"], net.organisations["responded"].astype(bool), strict=False))
    name = dict(zip(net.organisations["id"], net.organisations["name"], strict=False))
    freq = {(s, t): f for s, t, f in ties[["source", "target", "frequency"]].itertuples(index=False, name=None)}
    rows = []
    for a, b in sorted({tuple(sorted(k)) for k in freq}):
        by_a, by_b = (a, b) in freq, (b, a) in freq
        fa, fb = freq.get((a, b)), freq.get((b, a))
        fa = None if fa is None or pd.isna(fa) else int(fa)
        fb = None if fb is None or pd.isna(fb) else int(fb)
        silent = b if by_a and not by_b else a if by_b and not by_a else None
        status = ("bevestigd" if by_a and by_b else
                  "partner antwoordde niet" if not responded.get(silent, False) else "eenzijdig")
        gap = abs(fa - fb) if fa is not None and fb is not None else None
        rows.append({"a": a, "b": b, "name_a": name.get(a, a), "name_b": name.get(b, b), "named_by_a": by_a,
                     "named_by_b": by_b, "status": status, "frequency_a": fa, "frequency_b": fb,
                     "frequency_gap": gap, "disagree": gap is not None and gap > tolerance})
    frame = pd.DataFrame(rows, columns=["a", "b", "name_a", "name_b", "named_by_a", "named_by_b", "status",
                                        "frequency_a", "frequency_b", "frequency_gap", "disagree"])
    for c in ("frequency_a", "frequency_b", "frequency_gap"):
        frame[c] = frame[c].astype("Int64")
    order = frame["status"].map({"eenzijdig": 1, "partner antwoordde niet": 2, "bevestigd": 3})
    return (frame.assign(_o=np.where(frame["disagree"], 0, order)).sort_values(["_o", "a", "b"], kind="stable")
            .drop(columns="_o").reset_index(drop=True))


def reciprocity(net: Network) -> float:
    """Share of surveyed ties between two respondents that both sides named.

    Dyadic reciprocity (Wasserman & Faust 1994, §13.2): mutual pairs / (mutual +
    asymmetric pairs), counted only over pairs where both organisations answered, so
    non-response does not pass for disagreement.

    Parameters
    ----------
    net : Network
        A survey network (:func:`survey_network`; under ``rule="confirmed"`` it is 1 by
        construction).

    Returns
    -------
    float
        1 = every tie between respondents confirmed by both sides; 0,5 = half of them
        named by one side only; ``nan`` when no respondent named another respondent.

    Examples
    --------
    >>> import elznet
    >>> net = elznet.survey_network(elznet.read_survey(elznet.examples.survey_path(2026)))
    >>> 0 <= elznet.reciprocity(net) <= 1
    True
    """
    pairs = confirmation(net)
    both = pairs[pairs["status"] != "partner antwoordde niet"]
    return float((both["status"] == "bevestigd").mean()) if len(both) else float("nan")


def trust_value(net: Network) -> pd.DataFrame:
    """Per organisation: the trust and value others give it, with the number of raters.

    PARTNER's organisation scores (Varda et al. 2008): for each organisation, the mean
    over every respondent that rated it of that respondent's trust (mean of reliability,
    mission, openness) and value (mean of power, involvement, resources), on the 4-point
    scale; plus the mean of each item. An organisation's own answers never count for
    itself.

    Parameters
    ----------
    net : Network
        A survey network (:func:`survey_network`).

    Returns
    -------
    DataFrame
        Indexed by organisation id: ``name``, ``sector``, ``raters`` (respondents who
        gave it at least one trust or value score), ``trust``, ``value``, and the six
        items. Organisations nobody rated have ``raters == 0`` and empty scores. Sorted
        by raters, then trust. Read a score with its raters: one rater is an opinion.

    Examples
    --------
    >>> import elznet
    >>> net = elznet.survey_network(elznet.read_survey(elznet.examples.survey_path(2026)))
    >>> scores = elznet.trust_value(net)
    >>> bool(scores["trust"].dropna().between(1, 4).all()), int(scores["raters"].iloc[0]) > 1
    (True, True)
    """
    ties = _survey_ties(net)
    rated = ties[ties[["trust", "value"]].notna().any(axis=1)]
    grouped = rated.groupby("target")
    scores = grouped[["trust", "value", *ITEMS]].mean().astype(float)
    raters = grouped["source"].nunique()
    orgs = net.organisations.set_index("id")
    frame = pd.DataFrame({"name": orgs["name"], "sector": orgs["sector"],
                          "raters": raters.reindex(orgs.index, fill_value=0).astype(int)})
    frame = frame.join(scores)
    frame.index.name = "id"
    return frame.sort_values(["raters", "trust", "name"], ascending=[False, False, True], na_position="last")


def quadrants(net: Network, *, split: str = "midpoint") -> pd.DataFrame:
    """Every surveyed tie in the trust × value quadrant.

    Parameters
    ----------
    net : Network
        A survey network (:func:`survey_network`).
    split : {"midpoint", "median"}
        Where "high" starts. ``"midpoint"`` (default): at 2,5, the middle of PARTNER's
        4-point scale, the same line every round and every zone, so quadrants can be
        compared over time; a score of exactly 2,5 counts as high. ``"median"``: at the
        zone's median trust and median value of the ties, which always puts about half
        the ties above the line (relative to this zone, this round).

    Returns
    -------
    DataFrame
        One row per pair with a surveyed tie (both directions averaged, as on
        ``net.graph``): ``a``, ``b``, ``name_a``, ``name_b``, ``trust``, ``value``,
        ``frequency``, ``one_sided``, ``quadrant`` (Dutch, see :data:`QUADRANTS`), and
        the lines used, ``trust_split`` and ``value_split``. Pairs with no trust or value
        score have an empty quadrant.

    Examples
    --------
    >>> import elznet
    >>> net = elznet.survey_network(elznet.read_survey(elznet.examples.survey_path(2026)))
    >>> bool(elznet.quadrants(net)["quadrant"].dropna().isin(elznet.analysis.survey.QUADRANTS.values()).all())
    True
    """
    if split not in ("midpoint", "median"):
        raise ArgumentError(f"split= moet 'midpoint' of 'median' zijn, niet {split!r} "
                            "(split must be 'midpoint' or 'median').", argument="split")
    _is_survey(net)
    g = net.graph
    rows = [{"a": min(u, v), "b": max(u, v), "name_a": g.nodes[min(u, v)].get("name"),
             "name_b": g.nodes[max(u, v)].get("name"), "trust": d.get("trust", np.nan),
             "value": d.get("value", np.nan), "frequency": d.get("frequency", np.nan),
             "one_sided": d["one_sided"]} for u, v, d in g.edges(data=True) if "one_sided" in d]
    frame = pd.DataFrame(rows, columns=["a", "b", "name_a", "name_b", "trust", "value", "frequency", "one_sided"])
    t_split = MIDPOINT if split == "midpoint" else float(frame["trust"].median())
    v_split = MIDPOINT if split == "midpoint" else float(frame["value"].median())
    known = frame["trust"].notna() & frame["value"].notna()
    frame["quadrant"] = [QUADRANTS[(t >= t_split, v >= v_split)] if ok else None
                         for t, v, ok in zip(frame["trust"], frame["value"], known, strict=False)]
    frame["trust_split"], frame["value_split"] = t_split, v_split
    return frame.sort_values(["a", "b"]).reset_index(drop=True)
