"""Two plans of one period (2036), each a document of its own, that both say NRC co-leads the
Shelter Working Group: the rows of both that DISTINCT merges once the document is left out.
Asked on a server (tests/server/test_remote_store.py) and through the editor's examples
(tests/web/test_editor_examples.py)."""

from __future__ import annotations

SHARED_PERIOD = {
    "north-plan-2036.txt": "Northern response plan 2036\n\nThe Shelter Working Group is "
    "co-led by the Norwegian Refugee Council (NRC) and UNHCR.\n\nThe Protection Working Group "
    "is chaired by UNHCR.\n",
    "south-plan-2036.txt": "Southern response plan 2036\n\nThe Shelter Working Group is "
    "co-led by the Norwegian Refugee Council (NRC) and IOM.\n\nThe Education Working Group "
    "is led by UNICEF.\n",
}
