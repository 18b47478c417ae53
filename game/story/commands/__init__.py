"""Scene commands, one class each, grouped by what they touch.

Importing this package registers every command (``Command.__init_subclass__`` fills
``game.story.model.REGISTRY``). A new command file goes here and gets a line below.
"""

from game.story.commands import (  # noqa: F401  (register)
    approach,
    audio,
    flow,
    keepsake,
    picture,
    play,
    pose,
    repeat,
    screen,
    stage,
    state,
    steady,
    text,
    timing,
    weather,
)
