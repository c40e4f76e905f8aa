"""A Spanish article before the English head "Cluster" (round 25; construction of a real page,
dev/SOURCES-r25-words25.md, sentences written for these tests, rows worked out by hand by C3:
the body as written, without its article)."""

from __future__ import annotations

from snippets import roles


def test_a_spanish_article_before_the_english_head_cluster() -> None:
    assert roles("El Cluster de Salud es liderado por la OMS.") == {
        ("WHO", "lead", "Cluster de Salud", ""),
    }
    assert roles("La Secretaría de Salud es colíder del Cluster de Salud.") == {
        ("Secretaría de Salud", "co-lead", "Cluster de Salud", ""),
    }
