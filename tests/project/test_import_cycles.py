"""No import cycle anywhere in the package, counting imports inside functions and for types.

Every import of a ``caregiver_app`` module is read with ast, wherever it is written: at the
top, inside a function or method, under ``try``, and under ``if TYPE_CHECKING:``. The last
two never make Python wait for a half-imported module, but they are how a cycle is hidden
rather than removed: a module that names another's class in its annotations, or imports it
when a function runs, depends on it as much as one that imports it at the top. So they
count; a cycle is fixed by moving the shared piece to a module both can import.
"""

from __future__ import annotations

from collections import deque

from tests.helpers.package_imports import (
    PACKAGE_NAME,
    imports_in,
    package_imports,
    package_modules,
)


def import_graph() -> dict[str, set[str]]:
    """Each module of the package and the package modules it imports, in any way."""
    graph: dict[str, set[str]] = {name: set() for name in package_modules()}
    for found in package_imports():
        if found.target in graph:
            graph[found.source].add(found.target)
    return graph


def strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's strongly connected components (without recursion: chains can be long)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[set[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            target = next(targets, None)
            if target is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == node:
                            break
                    components.append(component)
            elif target not in index:
                index[target] = low[target] = len(index)
                stack.append(target)
                on_stack.add(target)
                work.append((target, iter(sorted(graph[target]))))
            elif target in on_stack:
                low[node] = min(low[node], index[target])
    return components


def shortest_cycle_through(start: str, graph: dict[str, set[str]], within: set[str]) -> list:
    """The shortest chain of imports from ``start`` back to itself, inside one component."""
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for target in sorted(graph[node] & within):
            if target == start:
                chain = [node]
                while chain[-1] != start:
                    chain.append(came_from[chain[-1]])
                return [*reversed(chain), start]
            if target not in came_from:
                came_from[target] = node
                queue.append(target)
    return []


def import_cycles() -> list[list[str]]:
    """One shortest cycle through each module caught in a cycle, without repeats."""
    graph = import_graph()
    cycles: set[tuple[str, ...]] = set()
    for component in strongly_connected(graph):
        if len(component) == 1 and next(iter(component)) not in graph[next(iter(component))]:
            continue
        for module in component:
            chain = shortest_cycle_through(module, graph, component)[:-1]
            first = chain.index(min(chain))  # the same cycle, whichever module it starts at
            cycles.add(tuple(chain[first:] + chain[:first]))
    return [[*chain, chain[0]] for chain in sorted(cycles)]


def short(module: str) -> str:
    return module.removeprefix(PACKAGE_NAME + ".")


def test_no_module_takes_part_in_an_import_cycle():
    cycles = import_cycles()
    assert not cycles, "Import cycles (each a chain of imports back to its start):\n" + "\n".join(
        "  " + " -> ".join(short(module) for module in chain) for chain in cycles
    )


def test_imports_inside_functions_and_for_type_checking_are_read():
    code = (
        "from typing import TYPE_CHECKING\n"
        "from . import menus\n"
        "if TYPE_CHECKING:\n"
        "    from caregiver_app.views.main_window import MainWindow\n"
        "def show():\n"
        "    from ..store import queries\n"
    )
    found = {
        (item.target, item.type_checking)
        for item in imports_in("caregiver_app.views.help_boxes", code)
    }
    assert ("caregiver_app.views.menus", False) in found
    assert ("caregiver_app.views.main_window", True) in found
    assert ("caregiver_app.store.queries", False) in found


def test_the_cycle_finder_on_a_known_graph():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    components = sorted(sorted(component) for component in strongly_connected(graph))
    assert components == [["a", "b", "c"], ["d"], ["e"]]
    assert shortest_cycle_through("b", graph, {"a", "b", "c"}) == ["b", "c", "a", "b"]
