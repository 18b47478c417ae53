"""Chapter 4, Deferral: e01 to e06, the ending and the credits.

The chapter's choices are answered by their text (WANT, in order), because which options are
offered depends on the run: the questions Kathy may ask in e02 come from Chapter 1's choices.
After the route the bot waits with no key held: at the fence that is what brings someone
across the field (the `approach` section), and on the white after the last line it is what
starts the credits.
"""

from __future__ import annotations

from game.input.actions import Action
from tests.routes import Goal

ROUTE = (
    Goal("madame_seafront", "tommy_28"),  # e01: the drawings, on the bench
    Goal("madame_seafront", "postcards"),  # a memory on the promenade
    Goal("madame_seafront", "garden_gate"),  # e01: Madame in her garden; e02 inside
    Goal("madame_house", "own_picture"),  # a memory in a box of pictures
    Goal("madame_house", "emily_old"),  # Miss Emily in her chair
    Goal("madame_house", "coat"),  # a memory on the hall stand
    Goal("madame_house", "leave_house"),  # e02 at the door; e03 begins on the night road
    Goal("night_field", "gate_twine"),  # a memory on the gatepost
    Goal("night_field", "into_field"),  # through the gate: he is still shouting
    Goal("night_field", "tommy_28"),  # e03: the hand on his shoulder; then e04 in the corridor
    Goal("hospital_corridor_late", "paper_cup"),  # a memory under the chairs
    Goal("hospital_corridor_late", "window"),  # e04, then e05 in the car, then the field
    Goal("fence_field", "reach_wire"),  # e06 at the wire: the approach begins
    Goal("fence_field", "wire_2"),  # one of the things caught in the wire
)

CHOICES = ()  # answered by WANT below

# The options to take, by their text, in the order the chapter offers them; an option not offered
# in this run is passed over (the next wanted one that is offered is taken).
WANT = (
    "The boat on the beach",
    "Me, reading",
    "A hare in long grass",
    "Ask about the stories of the fence",
    "Ask why Miss Lucy left",
    "Ask Madame why she took the pictures",
    "That's enough",
    "Take them home",
    '"It mattered to me."',
    "Look away",
    "Watch",
    "Read it again",
)


def handle(bot, screen) -> bool:
    """Choices by their text. (Standing still needs nothing: once the route is done the bot
    waits without a key held, and that is what brings him nearer.)"""
    if screen is not None and screen.director.choices:
        _choose(bot, screen.director)
        return True
    return False


def _choose(bot, d) -> None:
    texts = [o.text for o in d.choices]
    at = getattr(bot, "_want_at", 0)
    want = 0
    for i in range(at, len(WANT)):
        if WANT[i] in texts:
            want, bot._want_at = texts.index(WANT[i]), i + 1
            break
    while d.choice_cursor != want:
        bot.tick(press=(Action.DOWN,))
        bot.tick()
    bot.answer(d)
