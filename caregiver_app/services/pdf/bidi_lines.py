"""A paragraph's broken lines put in the order they are drawn, for right-to-left text.

ReportLab keeps a paragraph laid out in one font and style (``kind`` 0) as lines of words,
and one with runs of several fonts or styles (``kind`` 1: bold labels, Chinese or emoji in
the text) as lines of fragments, each drawn after the one before it from the left. Each
line is reordered on its own, in the direction of the whole paragraph, as the Unicode
bidirectional algorithm reorders a line; a line with no right-to-left letter is kept.
"""

from __future__ import annotations

from typing import Any

from caregiver_app.services.pdf.bidi import (
    has_rtl,
    mirrored,
    paragraph_direction,
    visual_line,
    visual_order,
)

# What stands for a picture or an anchor in a line: a neutral that holds its place.
_OBJECT = "\ufffc"


def _line_texts(para: Any) -> list[str]:
    """The text of each of ``para``'s lines, as typed."""
    if para.kind == 0:
        return [" ".join(words) for _extra, words in para.lines]
    return ["".join(getattr(frag, "text", _OBJECT) for frag in line.words) for line in para.lines]


def lines_direction(para: Any) -> str:
    """The direction of the paragraph laid out as ``para``: "R" when its first letter is
    Hebrew or Arabic, else "L"."""
    return paragraph_direction("".join(_line_texts(para)))


def visual_lines(para: Any) -> Any:  # ReportLab's ParaLines
    """A copy of ``para`` (a paragraph's ``blPara``) with its lines in drawing order."""
    texts = _line_texts(para)
    direction = paragraph_direction("".join(texts))
    if para.kind == 0:
        lines = [
            (extra, _words(words, text, direction))
            for (extra, words), text in zip(para.lines, texts, strict=True)
        ]
    else:
        lines = [
            _fragment_line(line, text, direction)
            for line, text in zip(para.lines, texts, strict=True)
        ]
    return para.clone(lines=lines)


def _words(words: list[str], text: str, direction: str) -> list[str]:
    """A line of words (joined by single spaces as ``text``) in drawing order."""
    if not has_rtl(text):
        return words
    drawn = visual_line(text, direction).split(" ")
    return drawn if len(drawn) == len(words) else words


def _fragment_line(line: Any, text: str, direction: str) -> Any:
    """A line of fragments in drawing order: its characters reordered, then gathered into
    fragments again, each character in the font and style of the fragment it came from."""
    if not has_rtl(text):
        return line
    order = visual_order(text, direction)
    if order is None:
        return line
    owner = [index for index, frag in enumerate(line.words) for _ in getattr(frag, "text", _OBJECT)]
    pieces: list[tuple[int, list[str]]] = []
    for position, right_to_left in order:
        frag = owner[position]
        if pieces and pieces[-1][0] == frag and hasattr(line.words[frag], "text"):
            pieces[-1][1].append(mirrored(text[position], right_to_left))
        else:
            pieces.append((frag, [mirrored(text[position], right_to_left)]))
    words = [
        line.words[frag].clone(text="".join(chars))
        if hasattr(line.words[frag], "text")
        else line.words[frag]
        for frag, chars in pieces
    ]
    return line.clone(words=words)
