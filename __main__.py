"""Allow ``python -m coordkg``."""

from coordkg.cli import main

main()
