"""Stories: prepared views of a network map, stepped through while presenting.

A :class:`Story` is a list of :class:`Step` s. Each step says what the map shows — a view
(all organisations, organisations and initiatives, one organisation's neighbours), which
colouring, which filters, what is highlighted — and carries a caption in the zorgraad's
words. :func:`elznet.network_map` writes the story into the page: the arrow keys (and
PageUp / PageDown, what a presenter's clicker sends) and the buttons under the map step
through it, offline, in the saved file and inline in a notebook. The report embeds the
same story.

``Story.default(net)`` gives the four steps a zorgraad usually sees first: the whole
network, the boundary spanners, the ties that hang on one person, two sectors that do not
find each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from elznet._docs import shared_parameters
from elznet.errors import ArgumentError

__all__ = ["Step", "Story", "HIGHLIGHTS", "VIEWS"]

#: What a step can highlight by keyword (besides a list of organisations).
HIGHLIGHTS = ("spanners", "single_person", "bridges", "one_sided")
#: The views of a network map.
VIEWS = ("organisations", "two-mode", "ego")


@dataclass
class Step:
    """One prepared view of a map.

    Parameters
    ----------
    caption : str
        What the presenter says, shown large under the map (plain text).
    view : "organisations", "two-mode" or "ego"
        Organisations only, organisations and initiatives, or the neighbours of ``focus``.
    colour : str, optional
        Colouring for this step (as ``network_map(colour=...)``); default: the map's.
    highlight : str or list of str, optional
        ``"spanners"``, ``"single_person"`` (ties carried by one person),
        ``"bridges"``, ``"one_sided"`` (ties named by one side only), or organisation
        names / ids. Everything else is drawn faint.
    sectors : list of str, optional
        Show only these sectors (sector keys or labels, e.g. ``["zorg", "onderwijs"]``).
    municipality, target_group, stage : str, optional
        The page's filters.
    focus : str, optional
        Organisation (name or id) whose neighbours the ``"ego"`` view shows.
    depth : {1, 2}, default 1
        Steps from ``focus`` in the ego view.

    Raises
    ------
    ValueError
        An empty caption, an unknown view, an ego view without ``focus``, a depth other
        than 1 or 2.

    Examples
    --------
    >>> from elznet import Step
    >>> Step("Wie werkt met het CAW?", view="ego", focus="CAW Oost-Vlaanderen", depth=2).depth
    2
    """

    caption: str
    view: str = "organisations"
    colour: str | None = None
    highlight: str | list[str] | None = None
    sectors: list[str] | None = None
    municipality: str | None = None
    target_group: str | None = None
    stage: str | None = None
    focus: str | None = None
    depth: int = 1

    def __post_init__(self) -> None:
        if not isinstance(self.caption, str) or not self.caption.strip():
            raise ArgumentError("Elke stap van een verhaal heeft een bijschrift nodig (every story step needs a "
                                "caption).", argument="caption")
        if self.view not in VIEWS:
            raise ArgumentError(f"De weergave (view) is een van {', '.join(VIEWS)}, niet {self.view!r} (view must be "
                                "one of those).", argument="view")
        if self.view == "ego" and not self.focus:
            raise ArgumentError("Een stap met view='ego' heeft focus= nodig: de organisatie waarvan ze de buren toont "
                                "(an 'ego' step needs focus=).", argument="focus")
        if self.depth not in (1, 2):
            raise ArgumentError(f"Het aantal stappen (depth) is 1 of 2, niet {self.depth!r} (depth must be 1 or 2).",
                                argument="depth")
        if isinstance(self.sectors, str):
            self.sectors = [self.sectors]


class Story:
    """A sequence of :class:`Step` s for :func:`elznet.network_map` (``story=``).

    Parameters
    ----------
    steps : iterable of Step, dict or str
        Each a :class:`Step`, a dict of its fields, or just a caption (the whole network).

    Raises
    ------
    ValueError
        No step, or a dict with a field a step does not have.

    Examples
    --------
    >>> import elznet
    >>> story = elznet.Story([
    ...     {"caption": "Het hele netwerk"},
    ...     {"caption": "De grenswerkers", "highlight": "spanners"},
    ...     {"caption": "Banden die aan één persoon hangen", "highlight": "single_person"},
    ... ])
    >>> len(story)
    3
    """

    def __init__(self, steps: Iterable[Step | Mapping | str]) -> None:
        self.steps = [_step(s) for s in steps]
        if not self.steps:
            raise ArgumentError("Een verhaal heeft minstens één stap nodig (a story needs at least one step).",
                                argument="steps")

    def __repr__(self) -> str:
        return f"<Story: {len(self.steps)} steps: {' · '.join(s.caption for s in self.steps)}>"

    def __len__(self) -> int:
        return len(self.steps)

    def __iter__(self):
        return iter(self.steps)

    @classmethod
    @shared_parameters
    def default(cls, net, *, lang: str = "nl") -> Story:
        """The four steps a zorgraad usually sees first.

        Parameters
        ----------
        %(net_or_analysis)s
        %(lang)s

        Returns
        -------
        Story
            1 the whole network · 2 the boundary spanners · 3 ties that hang on one
            person · 4 the first pair of sectors with no or one tie (from
            :func:`elznet.disconnected_groups`, read from the Analysis), if any.

        Examples
        --------
        >>> import elznet
        >>> story = elznet.Story.default(elznet.analyse(elznet.examples.load("meetjesland_zorgpad")))
        >>> [step.highlight for step in story][:3]
        [None, 'spanners', 'single_person']
        """
        from elznet.analysis.bundle import analysis_of
        from elznet.output.style import sector_name

        nl = lang == "nl"
        steps = [Step("Het hele netwerk" if nl else "The whole network"),
                 Step("De grenswerkers: zij verbinden sectoren" if nl else "Boundary spanners connect sectors",
                      highlight="spanners"),
                 Step("Banden die aan één persoon hangen" if nl else "Ties that hang on one person",
                      highlight="single_person")]
        a = analysis_of(net)
        gaps = a.disconnected_groups if len(a.net.organisations) else None
        if gaps is not None and len(gaps):
            a, b = gaps.iloc[0]["group_a"], gaps.iloc[0]["group_b"]
            names = f"{sector_name(a, lang)} en {sector_name(b, lang)}" if nl else \
                f"{sector_name(a, lang)} and {sector_name(b, lang)}"
            steps.append(Step(f"Sectoren die elkaar niet vinden: {names}" if nl else
                              f"Sectors that do not find each other: {names}", sectors=[a, b]))
        return cls(steps)


def _step(value: Step | Mapping | str) -> Step:
    if isinstance(value, Step):
        return value
    if isinstance(value, str):
        return Step(value)
    if isinstance(value, Mapping):
        unknown = set(value) - set(Step.__dataclass_fields__)
        if unknown:
            raise ArgumentError(f"Een stap kent {sorted(unknown)} niet (unknown story step field(s)); "
                                f"gebruik {sorted(Step.__dataclass_fields__)}", argument="steps")
        return Step(**value)
    raise ArgumentError(f"Een stap is een Step, een dict of een bijschrift, geen {type(value).__name__} (a story step "
                        "is a Step, a dict or a caption).", argument="steps")
