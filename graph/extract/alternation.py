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


_ALSO_ASCII = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})
"""The letters a pattern ignoring case takes for an ASCII letter ("ſ" for "s"), as that letter
(tests/graph/test_alternation.py finds them among every character)."""
_RUN = re.compile(r"[A-Za-z0-9]+")
_NAME_RUN = re.compile(r"[A-Za-z0-9\0]+")


def words(text: str, folded: bool) -> frozenset[str]:
    """The words of ``text`` (its runs of ASCII letters and digits; in lower case, ``folded``)
    that the words of a name are looked for among (see :func:`name_words`)."""
    return frozenset(_RUN.findall(text.translate(_ALSO_ASCII).lower() if folded else text))


def name_words(name: str, folded: bool, widened: Sequence[str] = ()) -> frozenset[str]:
    """The words a text must have (see :func:`words`) for ``name``'s pattern to match in it,
    so that an alternation for that text may leave the name out and match as it would with it.

    These are the name's runs of ASCII letters and digits, which its pattern matches as they
    are (or ignoring case, ``folded``) between characters that are not (a space, a hyphen, an
    accented letter): the text writes them as whole words.  The runs that touch a part of the
    name its pattern widens (``widened``: "Programme", also matched as "Program") are left
    out, and every run when case is ignored and the name has a letter that an ASCII one
    matches ("ı")."""
    if folded and name.translate(_ALSO_ASCII) != name:
        return frozenset()
    for part in widened:
        name = name.replace(part, "\0")
    runs = _NAME_RUN.findall(name)
    return frozenset(r.lower() if folded else r for r in runs if "\0" not in r)
