"""Chapter 2, the Cottages: c01 to c11 and the hand-over to Chapter 3.

Evenings: the first with Ruth by the fire, the second with Tommy in the barn. `handle` laughs
along with the television (a press a little after each laugh, like a player who waits for the
others) and keeps still at the travel agent's window until the woman turns round.
"""

from game.input.actions import Action
from tests.routes import Goal

ROUTE = (
    Goal("cottages_leaving", "drawer"),  # an optional memory: the names in the drawer
    Goal("cottages_leaving", "case"),  # c01: pack the case (three things)
    Goal("cottages_leaving", "scanner"),  # c01: the box by the door; the van; c02 in the yard
    Goal("cottages_yard", "house_door"),
    Goal("cottages_farmhouse", "sitcom"),  # c02: laughing along; weeks later, her room
    Goal("cottages_room", "case", memory=True),
    Goal("cottages_room", "room_door"),
    Goal("cottages_landing", "stairs_down"),
    Goal("cottages_farmhouse", "pegs"),  # an optional memory: the coat nobody owns
    Goal("cottages_farmhouse", "fran"),  # the tea tray
    Goal("cottages_farmhouse", "tea_through"),  # c03: the gesture, on the screen and on Ruth
    Goal("cottages_farmhouse", "stairs"),
    Goal("cottages_landing", "ajar"),  # c04: the door left ajar; the next morning
    Goal("cottages_room", "room_door"),
    Goal("cottages_landing", "stairs_down"),
    Goal("cottages_farmhouse", "front_door"),
    Goal("cottages_yard", "field_wall", memory=True),
    Goal("cottages_yard", "bins"),  # c05: the magazines
    Goal("cottages_yard", "barn_door"),
    Goal("cottages_barn", "hideaway"),  # c05: the barn, Tommy
    Goal("cottages_barn", "post", memory=True),  # inside the hideaway: after c05 begins there
    Goal("cottages_barn", "barn_doors"),  # c05: she walks out; the first evening
    Goal("cottages_room", "room_door"),
    Goal("cottages_landing", "stairs_down"),
    Goal("cottages_farmhouse", "mantel", memory=True),  # over the fire, before Ruth sits by it
    Goal("cottages_farmhouse", "ruth_18"),  # the evening with Ruth by the fire; c06 in the morning
    Goal("cottages_room", "room_door"),
    Goal("cottages_landing", "stairs_down"),
    Goal("cottages_farmhouse", "rodney"),  # the plan for Friday; the second evening
    Goal("cottages_room", "room_door"),
    Goal("cottages_landing", "stairs_down"),
    Goal("cottages_farmhouse", "front_door"),
    Goal("cottages_yard", "barn_door"),
    Goal("cottages_barn", "tommy_18"),  # the evening with Tommy; Friday morning in the yard
    Goal("cottages_yard", "rodney"),  # c07: Rodney's car to Skelby
    Goal("town_street", "postcards", memory=True),
    Goal("town_street", "cafe_door"),
    Goal("town_cafe", "tables"),  # c07: the tea room
    Goal("town_street", "agency"),  # c08: the window; Ruth
    Goal("town_street", "to_prom"),
    Goal("town_promenade", "railings"),  # c09: Tommy and the heron; home at night
    Goal("cottages_room", "tape_player"),  # c10: the song, Ruth in the doorway; morning
    Goal("cottages_room", "room_door"),
    Goal("cottages_landing", "stairs_down"),
    Goal("cottages_farmhouse", "rota"),  # c11: the form; leaving; the hand-over
)

# Packing: the tape, the collection box, the poems, then shut the case. The arrival: "A pond."
# c03: say it straight out. The bins: put the lid back first. The fire: "Ruth's were better."
# c06: "Of course." The tea room: point at the fruit cake; "a lot of stories". Skelby: reach
# for Ruth's hand; let yourself believe it. c10: let it play. The form: as soon as possible.
CHOICES = (0, 0, 0, 0, 0, 1, 1, 0, 0, 2, 0, 0, 0, 1, 0)

LAUGH_AFTER = 18  # ticks after the laugh track starts that the bot joins in


def handle(bot, screen) -> bool:
    """The chapter's own waits: the laugh track (cue_press) and the window (wait_still)."""
    run = screen.director.run if screen is not None else None
    wait = getattr(run, "wait", None) if run is not None else None
    kind = type(wait).__name__
    if kind == "CueWait":
        press = any(wait.t == cue + LAUGH_AFTER for cue in wait.cues)
        bot.tick(press=(Action.CONFIRM,) if press else ())
        return True
    if kind == "StillWait":
        bot.tick()  # hands off the controls until she turns round
        return True
    return False
