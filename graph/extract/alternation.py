"""Alternations of many names that Python's regex engine tries quickly.

The engine tries an alternation's branches one after another at every position, and one that
ignores case or starts with a look-behind gets none of its quick checks of the first letter:
a text is read as many times over as there are names. Grouped by first letter, each group
behind a look-ahead of its letter, a position costs one test of the letters and one group's
names, and matches as the plain alternation does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence


def by_first_letter(names: Sequence[str], pattern: Callable[[str], str], folded: bool) -> str:
    """An alternation of ``names`` in this order, each written as ``pattern`` gives it, that
    matches what the plain ``|``-join does, at the same positions, by the same branch.

    ``folded``: the alternation ignores case ("K" and "k" are one group). The patterns must
    start with their name's first letter; when a name starts with no letter or digit (a
    pattern may widen it: "'" to "['’]") or none is given, the plain alternation is given.
    """
    if not names or not all(n[:1].isalnum() and len(n[:1].lower()) == 1 for n in names):
        return "|".join(map(pattern, names))
    groups: dict[str, list[str]] = {}
    # in order within a group; no other group's names can match there, except that with case
    # ignored 's' and 'k' also match 'ſ' and the Kelvin sign (no reference name starts so)
    for name in names:
        groups.setdefault(name[:1].lower() if folded else name[:1], []).append(pattern(name))
    letters = "".join(map(re.escape, groups))
    branches = "|".join(f"(?={re.escape(k)})(?:{'|'.join(group)})" for k, group in groups.items())
    return f"(?=[{letters}])(?:{branches})"
