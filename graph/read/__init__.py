"""Reading documents into text: files, encodings, HTML, PDF, and the cleaned text the rules see.

First step of the flow (read -> extract -> resolve -> rdf -> store); knows nothing of entities.
"""
