"""How the parser's model is loaded: spaCy imported without its command line, the model read
without its table of strings and, where they are the defaults, its tokenizer's settings; the
model so loaded parses every sentence as spaCy's own full load does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordkg.graph.build import bundled_documents
from coordkg.graph.extract import parse
from coordkg.graph.read.text import sentences

needs_model = pytest.mark.skipif(parse.model_folder() is None, reason="no spaCy model installed")


@pytest.fixture
def fresh() -> Iterator[None]:
    """The model as if the process had just started, and again after the test."""
    parse.pipeline.cache_clear()
    yield
    parse.pipeline.cache_clear()


def _fake_spacy(root: Path, imports: str) -> None:
    """A package ``spacy`` under ``root`` whose ``__init__`` runs ``imports``, with a
    ``spacy.cli`` that says it was imported and a ``spacy.cli.info.info``."""
    cli = root / "spacy" / "cli"
    cli.mkdir(parents=True)
    (root / "spacy" / "__init__.py").write_text(imports + "\n")
    (cli / "__init__.py").write_text("IMPORTED = True\ndef download():\n    return 'downloaded'\n")
    (cli / "info.py").write_text("def info():\n    return 'the real info'\nother = 1\n")


def _in_child(root: Path, code: str) -> list[str]:
    """What ``code`` prints, run after ``parse._spacy()`` in a fresh interpreter that finds
    the package ``spacy`` under ``root`` first."""
    program = "import sys\nfrom coordkg.graph.extract.parse import _spacy\nspacy = _spacy()\n"
    env = {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    done = subprocess.run(
        [sys.executable, "-c", program + textwrap.dedent(code)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.splitlines()


def test_spacy_is_imported_without_its_command_line(tmp_path: Path) -> None:
    _fake_spacy(tmp_path, "from .cli.info import info")
    assert _in_child(
        tmp_path,
        """
        print("spacy.cli" in sys.modules, "spacy.cli.info" in sys.modules)
        print(spacy.info())  # the real one, imported when called
        print(spacy.cli.download())  # a name of the real spacy.cli, looked up on the stand-in
        import spacy.cli
        print(spacy.cli.IMPORTED)
        """,
    ) == ["False False", "the real info", "downloaded", "True"]


def test_a_spacy_that_needs_more_of_its_command_line_is_imported_as_it_is(
    tmp_path: Path,
) -> None:
    _fake_spacy(tmp_path, "from .cli.info import info, other")
    assert _in_child(
        tmp_path, "print(spacy.other, spacy.info(), sys.modules['spacy.cli'].IMPORTED)"
    ) == ["1 the real info True"]


@needs_model
def test_a_tokenizer_unlike_the_defaults_is_read(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = parse.model_folder()
    assert folder is not None
    nlp = parse.pipeline()
    assert nlp is not None
    assert [t.text for t in nlp("Zorgzorg")] == ["Zorgzorg"]
    # the same model, but for a tokenizer that splits one more word than the defaults
    for entry in folder.iterdir():
        if entry.name != "tokenizer":
            (tmp_path / entry.name).symlink_to(entry)
    nlp.tokenizer.add_special_case("Zorgzorg", [{"ORTH": "Zorg"}, {"ORTH": "zorg"}])
    (tmp_path / "tokenizer").write_bytes(nlp.tokenizer.to_bytes(exclude=["vocab"]))
    parse.pipeline.cache_clear()
    monkeypatch.setattr(parse, "model_folder", lambda: tmp_path)
    other = parse.pipeline()
    assert other is not None
    assert [t.text for t in other("Zorgzorg co-leads it.")] == [
        "Zorg",
        "zorg",
        "co-leads",
        "it",
        ".",
    ]


@needs_model
def test_the_model_parses_as_spacys_full_load_does(fresh: None) -> None:
    import spacy

    nlp = parse.pipeline()
    folder = parse.model_folder()
    assert nlp is not None and folder is not None
    components = json.loads((folder / "meta.json").read_text(encoding="utf-8"))["components"]
    full = spacy.load(folder, exclude=[c for c in components if c not in nlp.pipe_names])
    for form in parse.parse_rules().roles:  # as pipeline() adds them
        if "-" in form:
            for variant in (form, form.capitalize(), form.upper()):
                full.tokenizer.add_special_case(variant, [{"ORTH": variant}])
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == full.tokenizer.to_bytes(exclude=["vocab"])
    assert len(nlp.vocab.strings) < len(full.vocab.strings) / 2  # the table was not read
    texts = [
        s.text
        for path in bundled_documents()
        for s in sentences(path.read_text(encoding="utf-8"))
        if any(c.search(s.text) for c in parse.parse_rules().cues) and len(s.text) <= 600
    ]
    assert len(texts) > 50  # the sentences with a cue, which a build may parse

    def read(doc: spacy.tokens.Doc) -> list[tuple[object, ...]]:
        return [(t.text, t.idx, t.tag_, t.pos_, t.dep_, t.head.i, t.lower_, t.norm_) for t in doc]

    for quick, whole in zip(nlp.pipe(texts), full.pipe(texts), strict=True):
        assert read(quick) == read(whole)
