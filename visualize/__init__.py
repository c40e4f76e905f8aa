"""Network maps of the coordination graph (pyvis); reads the graph, never writes it.

Built under the maps issue: this package is the place for it in the architecture.
"""
