"""A trend drawing as SVG that Qt's SVG renderer shows in the window."""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import (
    Drawing,
)

from caregiver_app.services.pdf.text import CJK, SANS, SANS_BOLD, SYMBOLS

# How Qt should name the shipped fonts when it reads the SVG.
_SVG_FONTS = {
    SANS: {"family": "DejaVu Sans"},
    SANS_BOLD: {"family": "DejaVu Sans", "weight": "bold"},
    CJK: {"family": "Droid Sans Fallback"},
    # Not given to Qt (the window shows emoji in the computer's own emoji font): an unknown
    # family makes Qt fall back to it.
    SYMBOLS: {"family": "Symbola"},
}
_SVG_NS = "http://www.w3.org/2000/svg"


def _tidy_style(style: str) -> str:
    """A renderSVG style attribute in a form Qt's SVG Tiny 1.2 renderer reads."""
    tidy = []
    for declaration in style.split(";"):
        name, _colon, value = declaration.partition(":")
        name, value = name.strip(), value.strip()
        if not name or name == "clip-path":
            continue
        if value == "None":  # renderSVG writes "None"; Qt would fill such shapes black
            value = "none"
        if name == "fill-rule":
            # renderSVG writes even-odd whatever a path asks for; every shape of the charts
            # is simple, or a path of marks that may overlap and must stay filled.
            value = "nonzero"
        tidy.append(f"{name}: {value}")
    return "; ".join(tidy)


def drawing_to_svg(drawing: Drawing) -> bytes:
    """The drawing as SVG that Qt's renderer (SVG Tiny 1.2) draws as the PDF would."""
    svg = renderSVG.drawToString(drawing, useClip=True, fontHacks=copy.deepcopy(_SVG_FONTS))
    root = ET.fromstring(svg.encode("utf-8"))
    for element in root.iter():
        element.tag = element.tag.rpartition("}")[2]  # one plain namespace, set on the root
        element.attrib.pop("clip", None)
        if "style" in element.attrib:
            element.set("style", _tidy_style(element.attrib["style"]))
        if element.tag == "text":
            # renderSVG rounds the flip of each text to whole units; keep its exact place.
            element.set("transform", f"translate(0,{2 * float(element.attrib['y']):g}) scale(1,-1)")
        elif element.get("id") == "group":
            element.set("transform", f"scale(1,-1) translate(0,{-drawing.height:g})")
    for element in list(root):
        # renderSVG's placeholder title and description ("...") would be read aloud.
        if element.tag in ("title", "desc"):
            root.remove(element)
    root.set("xmlns", _SVG_NS)
    root.set("viewBox", f"0 0 {drawing.width:g} {drawing.height:g}")
    root.set("width", f"{drawing.width:g}")
    root.set("height", f"{drawing.height:g}")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
