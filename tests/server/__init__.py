"""Tests against a real SPARQL server (Virtuoso) that the tests start on 127.0.0.1."""
