"""Thresholds and limits in one place (after osmnx's ``settings``).

Each is a module attribute the analyst may change for a session, e.g.
``elznet.settings.duplicate_block_cap = 100``. Functions read them when called.

Duplicate initiatives (:func:`elznet.duplicates`)
    duplicate_block_cap : int
        A blocking key (a name word, a pair of name words, a partner) shared by more
        initiatives than this generates no candidate pairs by itself: it is too common to
        say two initiatives are alike, and comparing all its pairs would be quadratic.
    duplicate_name_window : int
        Initiatives this close in the sorted list of names (and of reversed names) are
        compared too, so spelling variants sharing no word are found (sorted
        neighbourhood, Hernández & Stolfo 1995).

Slide figures (:func:`elznet.plot_network`)
    figure_max_labels : int
        At most this many names on a slide figure; the interactive map shows all.
"""

from __future__ import annotations

duplicate_block_cap: int = 60
duplicate_name_window: int = 6
figure_max_labels: int = 80
