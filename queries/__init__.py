"""Named SPARQL queries (``*.rq`` with a ``#+`` header) and the code that runs and renders them.

The catalogue, the command line's ``ask --list`` and the README's list of questions are all
read from the files' headers, so a question is added by adding a file.
"""
