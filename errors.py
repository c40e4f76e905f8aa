"""The one exception tree of coordkg, and the exit codes the command maps it to.

    CoordkgError            exit 3 (internal) unless a subclass says otherwise
     ├── InputError         exit 2: a file, value or option the user gave is unusable
     │    └── DocumentError     a document cannot be read (empty, binary, too big, encoding)
     ├── StoreError         exit 3: the store is missing, locked or damaged
     └── NegativeAnswer     exit 1: the command ran and the answer is "no" (e.g. a check failed)

Every error carries the thing it is about (a path or a value) and the problem, so the command
line can print exactly one line: ``coordkg: error: <where>: <problem>``. Both come from outside
(a file may be named ``"plan\\n2024.txt"``, a library's message may span lines or hold a terminal
escape), so both are made printable on arrival: every character Python does not count as
printable (newline, carriage return, tab, ESC, other control and format characters, line
separators, the lone surrogates of an undecodable file name) is shown as its Python escape, a
newline as the two characters ``\\n``, ESC as ``\\x1b``. Everything else, backslashes included,
is left as it was.
"""

from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_NEGATIVE = 1
EXIT_BAD_INPUT = 2
EXIT_FAILURE = 3


def printable(text: str) -> str:
    """``text`` on one line with nothing a terminal would act on: unprintable characters as
    their Python escapes (``\\n``, ``\\r``, ``\\t``, ``\\x1b``, ``\\u2028``, ``\\udcff``)."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


class CoordkgError(Exception):
    """Base class: ``where`` names the file or value, ``problem`` says what is wrong with it;
    both are kept ``printable``."""

    exit_code = EXIT_FAILURE

    def __init__(self, where: str, problem: str) -> None:
        self.where = printable(where)
        self.problem = printable(problem)
        super().__init__(f"{self.where}: {self.problem}")

    def __reduce__(self) -> tuple[object, ...]:
        """Pickled as it is, not through ``__init__`` (whose arguments differ by subclass): a
        build's worker that cannot read a file sends its error to the process that reports it."""
        return _unpickled, (type(self), self.args, self.__dict__)


def _unpickled(
    cls: type[CoordkgError], args: tuple[object, ...], state: dict[str, object]
) -> CoordkgError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class InputError(CoordkgError):
    """Something the user supplied (a path, an option value) cannot be used."""

    exit_code = EXIT_BAD_INPUT


class DocumentError(InputError):
    """A document cannot be read as text: empty, binary, too large or undecodable."""


class StoreError(CoordkgError):
    """The graph store cannot be opened, written or swapped."""


class NegativeAnswer(CoordkgError):
    """The command worked and its answer is negative (for instance, checks found problems)."""

    exit_code = EXIT_NEGATIVE


def write_output(path: Path, data: bytes) -> int:
    """Write a file the user named (a map, an export); returns its size.

    Raises:
        InputError: the file cannot be written, in one line that names it.
    """
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise InputError(str(path), f"cannot be written: {exc.strerror}") from None
    return len(data)
