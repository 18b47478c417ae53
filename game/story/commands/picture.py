"""A picture shown over the place: something Kathy looks at closely (a drawing, a page, a screen).

The picture is an image in `assets/pictures/<id>.png`, drawn in a frame above the text box so
lines can be read while it shows. Which picture shows is kept in the play's state (like `tint`), so
it survives saves and is part of the state hash; drawing it is the screen's business.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.story.model import Command
from game.story.params import Param

if TYPE_CHECKING:
    from game.story.runner import SceneRun

PICTURE_FLAG = "_picture"


class Picture(Command):
    """Show a picture (`show`: an id under assets/pictures) in a frame over the place, above the
    text box, until `hide: true` or another picture. Lines and choices go on while it shows."""

    key = "picture"
    short = "show"
    category = "Screen"
    params = {
        "show": Param("ref:picture", doc="picture id (file name under assets/pictures)"),
        "hide": Param("bool", default=False, doc="take the picture away"),
    }
    example = "picture: {show: heron_drawing}"

    def start(self, run: SceneRun) -> None:
        flags = run.host.state.flags
        if self["hide"] or not self["show"]:
            flags.pop(PICTURE_FLAG, None)
        else:
            flags[PICTURE_FLAG] = self["show"]
