"""The colours of the stakeholder map, in one place: the cards of the map
editor, the exported drawings and the People table share them.

Plain hex strings (no Qt). ``colour_by`` picks a card's band colour for the
map's overlays: by attitude, by days since the last contact, or by
importance.
"""

from __future__ import annotations

from typing import Any

ATTITUDE_COLOURS = {
    "champion": "#1b7f3b", "supporter": "#59a14f", "neutral": "#9c9c9c",
    "sceptic": "#e8a33d", "opponent": "#c8372d", "unknown": "#c9c9c9",
}
LINE_COLOURS = {"reports_to": "#8592a3", "influences": "#2f6db5", "conflict": "#c8372d",
                "informal": "#8e6bb8"}
AREA_TINTS = ["#f2f6fc", "#f2f8f1", "#fcf6ee", "#f6f2fb", "#eff7f8", "#fbf1f4"]
ROLE_COLOURS = {"decider": "#24466f", "approver": "#24466f", "influencer": "#2a7f86",
                "buyer": "#6b5b95", "gatekeeper": "#6b5b95"}

#: days since the last contact: (up to this many days, colour); never met is the last
RECENCY_COLOURS = ((30, "#1b7f3b"), (60, "#59a14f"), (90, "#e8a33d"), (None, "#c8372d"))
NEVER_MET = "#8a8f98"
#: importance 1-5, pale to deep blue
IMPORTANCE_COLOURS = {1: "#d6e4f5", 2: "#a9c6ea", 3: "#6f9fd8", 4: "#3a78c2", 5: "#1d4f91"}

COLOUR_MODES = ("attitude", "recency", "importance")


def recency_colour(days: int | None) -> str:
    if days is None:
        return NEVER_MET
    for limit, colour in RECENCY_COLOURS:
        if limit is None or days <= limit:
            return colour
    return RECENCY_COLOURS[-1][1]


def colour_by(person: dict[str, Any], mode: str = "attitude") -> str:
    """The band colour of a card (a person from ``scene_data``) in ``mode``."""
    if mode == "recency":
        return recency_colour(person.get("days_since"))
    if mode == "importance":
        return IMPORTANCE_COLOURS.get(int(person.get("importance") or 0), "#dde2e8")
    return ATTITUDE_COLOURS.get(person.get("attitude"), ATTITUDE_COLOURS["unknown"])
