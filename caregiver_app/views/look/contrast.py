"""Contrast as WCAG 2.2 measures it, and colours nudged until they reach a minimum."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEXT_MINIMUM = 7.0  # WCAG AAA for text (1.4.6)
OUTLINE_MINIMUM = 3.0  # WCAG 2.2 non-text contrast (1.4.11): a control's outline

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# Each text role with the background it is painted on.
TEXT_PAIRS = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
    (Role.LinkVisited, Role.Base),
    (Role.BrightText, Role.Window),
)


def _channel(value: int) -> float:
    value_f = value / 255
    return value_f / 12.92 if value_f <= 0.04045 else ((value_f + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """Relative luminance of an opaque sRGB colour, 0 (black) to 1 (white)."""
    return (
        0.2126 * _channel(colour.red())
        + 0.7152 * _channel(colour.green())
        + 0.0722 * _channel(colour.blue())
    )


def flatten(colour: QColor, background: QColor) -> QColor:
    """The colour a translucent ``colour`` shows as when painted on ``background``."""
    alpha = colour.alphaF()
    return QColor(
        round(colour.red() * alpha + background.red() * (1 - alpha)),
        round(colour.green() * alpha + background.green() * (1 - alpha)),
        round(colour.blue() * alpha + background.blue() * (1 - alpha)),
    )


def contrast(foreground: QColor, background: QColor) -> float:
    """The contrast ratio of two colours, 1 to 21 (a translucent foreground is flattened)."""
    front = flatten(foreground, background)
    high, low = sorted((luminance(front), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _towards(colour: QColor, target: QColor, share: float) -> QColor:
    return QColor(
        round(colour.red() + (target.red() - colour.red()) * share),
        round(colour.green() + (target.green() - colour.green()) * share),
        round(colour.blue() + (target.blue() - colour.blue()) * share),
    )


def _extreme_from(background: QColor) -> QColor:
    """Black or white, whichever stands further from ``background``."""
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if contrast(black, background) >= contrast(white, background) else white


def readable(colour: QColor, background: QColor, minimum: float = TEXT_MINIMUM) -> QColor:
    """``colour`` if it reaches ``minimum`` on ``background``, else the nearest that does.

    The colour keeps its hue as far as it can: it moves towards black or white in small
    steps and stops at the first that is enough.
    """
    opaque = flatten(colour, background)
    if contrast(opaque, background) >= minimum:
        return colour
    target = _extreme_from(background)
    for step in range(1, 21):
        nearer = _towards(opaque, target, step / 20)
        if contrast(nearer, background) >= minimum:
            return nearer
    return target


def enforce_contrast(palette: QPalette, minimum: float = TEXT_MINIMUM) -> QPalette:
    """A copy of ``palette`` whose text roles reach ``minimum`` on their backgrounds.

    Only active and inactive text is changed (disabled text is the platform's); where
    even black or white is not enough on a background, the background moves too.
    """
    result = QPalette(palette)
    for group in (Group.Active, Group.Inactive):
        for text_role, background_role in TEXT_PAIRS:
            text = result.color(group, text_role)
            background = result.color(group, background_role)
            if contrast(text, background) >= minimum:
                continue
            if contrast(_extreme_from(background), background) < minimum:
                # A mid-tone background (a selection colour): it moves away from the text.
                background = readable(background, flatten(text, background), minimum)
                result.setColor(group, background_role, background)
            result.setColor(group, text_role, readable(text, background, minimum))
    return result
