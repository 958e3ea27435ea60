"""elznet: collaboration networks for Flemish primary-care zones (eerstelijnszones).

Read a zone's inventory of collaborations into a :class:`Network` and ask it who
connects the sectors, which ties hang on one person, where the white spots are, and
draw the netwerkkaart for the zorgraad.

>>> import elznet
>>> net = elznet.read_inventory(elznet.examples.path("meetjesland_zorgpad"))
>>> net.summary()["organisations"] > 0
True
"""

from elznet import examples, vocabulary
from elznet.analysis.centrality import structural_holes
from elznet.analysis.compare import Change, compare
from elznet.analysis.fragility import Impact, cut_points, departure_risk, fragile_ties, what_if
from elznet.analysis.gaps import duplicates, stretch, white_spots
from elznet.analysis.spanners import brokerage, spanners
from elznet.analysis.structure import EIIndex, communities, components, disconnected_groups, ei_index, mixing
from elznet.analysis.zones import zone_comparison
from elznet.network import Network, Summary
from elznet.output.excel import write_template
from elznet.output.figures import plot_care_path, plot_network
from elznet.output.maps import NetworkMap, care_path_map, network_map
from elznet.output.reporting import report
from elznet.read.inventory import read_inventory
from elznet.read.load_report import InventoryError, LoadReport
from elznet.read.zones import read_zones

__all__ = ["read_inventory", "read_zones", "zone_comparison", "write_template", "Network", "Summary", "LoadReport",
           "InventoryError",
           "examples", "vocabulary", "spanners", "brokerage", "structural_holes", "fragile_ties", "cut_points",
           "what_if", "Impact", "departure_risk", "communities", "components", "mixing", "ei_index", "EIIndex",
           "disconnected_groups", "white_spots", "duplicates", "stretch", "compare", "Change", "network_map",
           "care_path_map", "NetworkMap", "plot_network", "plot_care_path", "report"]
__version__ = "0.1.0"
