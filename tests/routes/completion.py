"""Chapter 3, Completion: d01 to d08 and the hand-over to Chapter 4.

The road first (Kathy is the car: the petrol station's memory and the tape on the way), then
Halbury: the scanner reads her pass by itself, the ward, Gerry and the form, the station's screen,
Ruth's room and the slow walk to the window. Thornmere, Tommy on his bench, then the beach: `handle`
walks Ruth down the path without keeping hold of her until she has stumbled once, then holds
confirm while walking, as a player who has learned does. The sand, Tommy's room, and the end.
"""

from __future__ import annotations

from game.input.actions import Action
from tests.routes import Goal

ROUTE = (
    Goal("road", "pumps", memory=True),  # the petrol station: a memory, the tape turned over
    Goal("road", "arrive"),  # d01: the east end of the road; Halbury
    Goal("halbury_corridor", "scanner"),  # the reader by the door beeps by itself
    Goal("halbury_corridor", "rota", memory=True),  # a memory: the carers' rota
    Goal("halbury_corridor", "to_ward"),
    Goal("halbury_ward", "donor_a"),  # d01: one donor, one line
    Goal("halbury_ward", "donor_b"),
    Goal("halbury_ward", "donor_eyepatch"),  # d02: the chocolate
    Goal("halbury_ward", "chart"),  # d02: the form
    Goal("halbury_ward", "to_corridor"),
    Goal("halbury_corridor", "station_screen"),  # d02: the screen shows Ruth
    Goal("halbury_corridor", "to_room12"),
    Goal("room_12", "frame", memory=True),  # a memory: the silk on her frame
    Goal("room_12", "ruth_28"),  # d03: Ruth; then the corridor at her pace
    Goal("halbury_corridor", "ruth_half"),  # d03: the rumour
    Goal("halbury_corridor", "ruth_window"),  # d03: the boat, and Tommy; a week later, Thornmere
    Goal("thornmere_green", "carved_bench", memory=True),  # a memory: initials on the bench
    Goal("thornmere_green", "tommy_28"),  # d04: the hug; then the beach
    Goal("beach", "path_3"),  # not held, Ruth stumbles on the way: her scene ends this goal
    Goal("beach", "fence", memory=True),  # a memory: the fence in the dunes (Ruth held now)
    Goal("beach", "dunes"),  # d05: Tommy runs on ahead to the boat
    Goal("beach", "boat_near"),  # d05: the boat; d06 on the sand; weeks later, Thornmere
    Goal("thornmere_green", "to_tommy_room"),
    Goal("thornmere_room", "tommy_28"),  # d07: the drawings; d08: Ruth, and the end
)

# The tape pushed in (and turned over at the garage, on the all-memories route); "Give him the
# chocolate"; "You look well"; "That's just talk"; "I'd want to"; "It was still there"; take her
# hand; "They're wonderful"; "How did you know?".
CHOICES = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)


def handle(bot, screen) -> bool:
    """Keep hold of Ruth on the beach path once she has stumbled (the first stretch is walked
    without, so the run shows what letting go does)."""
    flags = screen.state.flags if screen is not None else {}
    steady = bool(flags.get("_steady")) and flags.get("stumbles", 0) >= 1
    bot.hold = (Action.CONFIRM,) if steady else ()
    return False
