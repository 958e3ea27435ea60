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
from elznet.excel import write_template
from elznet.inventory import read_inventory
from elznet.load_report import InventoryError, LoadReport
from elznet.network import Network, Summary

__all__ = ["read_inventory", "write_template", "Network", "Summary", "LoadReport", "InventoryError",
           "examples", "vocabulary"]
__version__ = "0.1.0"
