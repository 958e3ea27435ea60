"""Conventions of the package that are tested stay true (after scanpy's test_package_structure)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parent.parent / "elznet"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph() -> nx.DiGraph:
    """Module-level imports between elznet's modules (imports inside functions are lazy on purpose)."""
    graph = nx.DiGraph()
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    for name, path in modules.items():
        graph.add_node(name)
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = []
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("elznet"):
                targets = [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in modules else node.module
                           for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names if a.name.startswith("elznet")]
            for target in targets:
                if target != name and not name.startswith(target + "."):  # a package's own __init__ is no edge
                    graph.add_edge(name, target)
    return graph


def test_the_import_graph_has_no_cycle():
    graph = _import_graph()
    assert len(graph) > 20
    assert list(nx.simple_cycles(graph)) == []


def test_reading_and_the_data_model_know_nothing_of_analysis_or_output():
    graph = _import_graph()
    for module in ["elznet.network", "elznet.vocabulary", *[m for m in graph if m.startswith("elznet.read.")]]:
        reached = nx.descendants(graph, module)
        assert not [m for m in reached if m.startswith(("elznet.analysis", "elznet.output"))], module


def test_analysis_knows_nothing_of_output():
    graph = _import_graph()
    for module in [m for m in graph if m.startswith("elznet.analysis.")]:
        assert not [m for m in nx.descendants(graph, module) if m.startswith("elznet.output")], module


def test_importing_elznet_works_in_a_fresh_interpreter():
    run = subprocess.run([sys.executable, "-c", "import elznet, elznet.cli; print(len(elznet.__all__))"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert int(run.stdout) > 20


def test_top_level_functions_do_not_shadow_modules():
    import elznet

    for name in elznet.__all__:
        obj = getattr(elznet, name)
        if callable(obj) and not isinstance(obj, type):
            assert not (PACKAGE / f"{name}.py").exists() and not (PACKAGE / name).is_dir(), name


def test_every_word_of_the_maps_and_figures_exists_in_dutch_and_english():
    from elznet.output.labels import LEGEND, MAP_WORDS

    for table in (LEGEND, MAP_WORDS):
        assert set(table["nl"]) == set(table["en"])
