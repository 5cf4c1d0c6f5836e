"""Which Learn article is about a medicine on the family's list, from its name.

The medicine words of every language's ``synonyms.txt`` count (article ids are the
same in every language), so "Morfina 10 mg" and "吗啡缓释片" link as "Morphine" does.
"""

from __future__ import annotations

import functools

from caregiver_app.resources import resource_path
from caregiver_app.services.learn.synonyms import SynonymTable, load_synonyms


@functools.cache
def _every_language() -> SynonymTable:
    """The groups of every shipped language, read once."""
    root = resource_path("learn")
    folders = sorted(path for path in root.iterdir() if path.is_dir()) if root.is_dir() else []
    return SynonymTable(group for folder in folders for group in load_synonyms(folder))


def medicine_article(name: str) -> str:
    """The id of the article about a medicine of this name's kind, or "" if there is none.

    A word of the name must be a medicine word of a group, whole (case, accents and a
    plural ending aside): "Morphine sulfate ER 15 mg" is about morphine, "Morph" is not.
    """
    return _every_language().medicine_article(name) if name.strip() else ""
