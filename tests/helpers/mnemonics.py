"""The underlined keys (Qt's "&" mnemonics) of texts, and the ones two texts share."""

from __future__ import annotations

import re


def mnemonic_key(text: str) -> str | None:
    """The letter after the one "&" that is not "&&" (Qt's mnemonic), lower case."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(texts: list[str]) -> list[str]:
    """Each text whose key an earlier text already has, named with that text."""
    seen: dict[str, str] = {}
    found = []
    for text in texts:
        key = mnemonic_key(text)
        if key is not None and key in seen:
            found.append(f"{seen[key]!r} and {text!r} share {key!r}")
        elif key is not None:
            seen[key] = text
    return found
