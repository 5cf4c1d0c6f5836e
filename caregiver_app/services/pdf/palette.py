"""The one palette of every printout: the summary, the "Who to call" sheet, articles, the chart.

Greys are dark enough for small print read by tired eyes: MUTED is 7:1 on white
(WCAG AAA); it was three slightly different greys before.
"""

from __future__ import annotations

from reportlab.lib import colors

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#4f5a65")
ACCENT = colors.HexColor("#1d5b79")
RULE = colors.HexColor("#c5d0d8")
HEADER_FILL = colors.HexColor("#e6eef3")
STRIPE_FILL = colors.HexColor("#f3f6f8")

# The "Who to call" sheet: the emergency line in red, the person to call first in green.
EMERGENCY_INK = colors.HexColor("#a4161a")
EMERGENCY_FILL = colors.HexColor("#fdeeee")
CALL_FIRST_FILL = colors.HexColor("#eef6f1")
CALL_FIRST_EDGE = colors.HexColor("#2e7d5b")

# The trend chart: breakthrough doses, and the edges of the severity bands.
DOSE_INK = colors.HexColor("#9a3412")
BAND_EDGE = colors.HexColor("#aab6c0")
