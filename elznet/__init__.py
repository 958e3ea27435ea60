"""elznet: collaboration networks for Flemish primary-care zones (eerstelijnszones).

Read a zone's inventory of collaborations into a :class:`Network` and ask it who
connects the sectors, which ties hang on one person, where the white spots are, and
draw the netwerkkaart for the zorgraad.

>>> import elznet
>>> net = elznet.read_inventory(elznet.examples.path("meetjesland_zorgpad"))
>>> net.summary()["organisations"] > 0
True
"""

from elznet import examples, settings, vocabulary
from elznet.analysis.bundle import Analysis, analyse
from elznet.analysis.centrality import structural_holes
from elznet.analysis.compare import Change, compare
from elznet.analysis.fragility import Impact, cut_points, departure_risk, fragile_ties, what_if
from elznet.analysis.gaps import duplicates, stretch, white_spots
from elznet.analysis.history import History, history
from elznet.analysis.results import Communities, StretchSuggestions, WhiteSpots
from elznet.analysis.spanners import brokerage, spanners
from elznet.analysis.structure import EIIndex, communities, components, disconnected_groups, ei_index, mixing
from elznet.analysis.survey import (
    ResponseRate,
    confirmation,
    quadrants,
    reciprocity,
    response_rate,
    survey_network,
    trust_value,
)
from elznet.analysis.zones import zone_comparison
from elznet.errors import ArgumentError, ElznetError, LimitError, NotFoundError, OutputExistsError
from elznet.network import Network, Summary
from elznet.output.evolution import plot_history
from elznet.output.excel import write_template
from elznet.output.figures import plot_care_path, plot_network
from elznet.output.maps import CarePathError, MapError, NetworkMap, care_path_map, load_positions, network_map
from elznet.output.reporting import report
from elznet.output.story import Step, Story
from elznet.output.survey_forms import survey_forms
from elznet.read.inventory import read_inventory
from elznet.read.load_report import InventoryError, LoadReport
from elznet.read.survey import Survey, read_survey
from elznet.read.zones import read_zones
from elznet.zone import Zone, ZoneError

__all__ = ["read_inventory", "read_zones", "zone_comparison", "analyse", "Analysis", "write_template", "Network", "Summary",
           "LoadReport", "InventoryError", "examples", "settings", "vocabulary", "spanners", "brokerage",
           "structural_holes", "fragile_ties", "cut_points", "what_if", "Impact", "departure_risk", "communities",
           "components", "mixing", "ei_index", "EIIndex", "disconnected_groups", "white_spots", "duplicates",
           "stretch", "compare", "Change", "network_map", "care_path_map", "NetworkMap", "plot_network",
           "plot_care_path", "report", "survey_forms", "read_survey", "Survey", "survey_network", "response_rate",
           "ResponseRate", "confirmation", "reciprocity", "trust_value", "quadrants", "history", "History",
           "plot_history", "Zone", "ZoneError", "ElznetError", "ArgumentError", "NotFoundError", "LimitError",
           "OutputExistsError", "Story", "Step", "MapError", "CarePathError", "load_positions", "Communities",
           "WhiteSpots", "StretchSuggestions"]
__version__ = "0.1.0"
