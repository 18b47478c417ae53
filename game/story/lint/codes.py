"""Every problem code the content tools report, with its severity and a one-line meaning.

One table feeds the linter (severity), the generated reference (docs/commands.md) and the tests
(which check that every code used in the engine is listed here).
"""

from __future__ import annotations

from dataclasses import dataclass

ERROR, WARNING, INFO = "error", "warning", "info"

# code -> (severity, what it means). Y: YAML, S: scene structure, E: conditions, L: linter.
CODES: dict[str, tuple[str, str]] = {
    "Y001": (ERROR, "YAML syntax error"),
    "Y002": (ERROR, "duplicate key in a mapping (the first one is kept)"),
    "Y003": (ERROR, "anchors, aliases and merge keys are not allowed"),
    "Y004": (ERROR, "tab used for indentation"),
    "Y005": (ERROR, "a mapping key that is not plain text"),
    "Y006": (ERROR, "file too large"),
    "Y007": (ERROR, "nested too deeply"),
    "Y008": (ERROR, "more than one YAML document in a file"),
    "Y009": (ERROR, "tags (`!!str`, `!foo`) are not allowed"),
    "Y010": (ERROR, "a value meant as text that YAML reads as something else (quote it)"),
    "Y011": (ERROR, "text that cannot be written as UTF-8 (a lone surrogate escape)"),
    "S001": (ERROR, "unknown command"),
    "S002": (ERROR, "`steps` is not a list"),
    "S003": (ERROR, "a step is not a command mapping"),
    "S004": (ERROR, "two commands in one step"),
    "S005": (ERROR, "a command that takes a mapping got a plain value"),
    "S006": (ERROR, "unknown parameter"),
    "S007": (ERROR, "missing required parameter"),
    "S010": (ERROR, "a parameter must be a list"),
    "S011": (ERROR, "a parameter must be a whole number or true/false"),
    "S012": (ERROR, "empty text"),
    "S013": (ERROR, "value not among the allowed choices"),
    "S014": (ERROR, "not a valid id (lower case letters, digits, _ . -)"),
    "S015": (ERROR, "a condition must be written as text"),
    "S016": (ERROR, "`set`/`add` need a mapping of names to values"),
    "S017": (ERROR, "invalid flag name"),
    "S018": (ERROR, "a flag value must be true/false, a whole number or text"),
    "S020": (ERROR, "`choice` needs a list of options"),
    "S021": (ERROR, "an option is not a mapping"),
    "S022": (ERROR, "malformed `elif`"),
    "S023": (ERROR, "malformed shop `items` (a list of {item, price})"),
    "S024": (ERROR, "a number out of its range, or a list with too few or too many items"),
    "S025": (ERROR, "text too long"),
    "S026": (ERROR, "a choice with too many options"),
    "S027": (ERROR, "words inside a line (`{mood}`, `{if ...}...{/if}`) not well formed"),
    "S100": (ERROR, "the file is not a mapping"),
    "S101": (ERROR, "unknown top-level key"),
    "S102": (ERROR, "missing `scene:` id"),
    "S103": (ERROR, "missing `steps:`"),
    "S104": (ERROR, "file is not UTF-8"),
    "S105": (ERROR, "file cannot be read"),
    "S110": (ERROR, "two scenes share an id"),
    "S120": (ERROR, "`add` with a value that is not a whole number"),
    "S121": (ERROR, "a flag set to values of different types"),
    "T001": (ERROR, "a translation entry without text"),
    "T002": (WARNING, "a translation for a line id no scene has any more"),
    "T003": (WARNING, "a stale translation: the source line changed since it was translated"),
    "T004": (WARNING, "lines a language has not translated yet (they show the source text)"),
    "E001": (ERROR, "condition syntax error"),
    "E002": (ERROR, "condition reads a flag no scene sets"),
    "E003": (ERROR, "condition type error (wrong types, argument count, result not true/false)"),
    "E004": (ERROR, "condition calls an unknown function"),
    "L001": (ERROR, "unknown scene"),
    "L002": (ERROR, "unknown actor"),
    "L003": (ERROR, "portrait expression the actor does not have"),
    "L004": (ERROR, "unknown point (no map has a point or spawn of that name)"),
    "L005": (WARNING, "point not in any map where the scene can run"),
    "L006": (ERROR, "unknown map"),
    "L007": (ERROR, "unknown spawn in that map"),
    "L008": (ERROR, "unknown music track (no file in assets/music)"),
    "L009": (ERROR, "unknown sound (no file in assets/sfx)"),
    "L010": (ERROR, "unknown item"),
    "L011": (ERROR, "unknown memory"),
    "L012": (ERROR, "unknown chapter"),
    "L013": (ERROR, "unknown sprite sheet (no file in assets/sprites)"),
    "L014": (ERROR, "unknown portrait sheet (no file in assets/portraits)"),
    "L015": (ERROR, "`seen(...)` names a line id no scene has"),
    "L016": (ERROR, "unknown ambient bed (no file in assets/ambient)"),
    "L017": (ERROR, "unknown footstep family (no step_<family> sound in assets/sfx)"),
    "L018": (ERROR, "unknown picture (no file in assets/pictures)"),
    "L020": (ERROR, "line id used twice"),
    "L021": (INFO, "line without an id (run `python -m game ids`)"),
    "L030": (WARNING, "flag set but never read"),
    "L031": (WARNING, "scene nothing reaches"),
    "L032": (ERROR, "line too long for the text box"),
    "L033": (WARNING, "a character the game's font cannot draw (shown as a box)"),
    "L034": (ERROR, "a choice option too wide for one row of the choice panel"),
    "L035": (INFO, "a choice with more options than the panel shows at once (it scrolls)"),
    "L036": (WARNING, "a `call` that comes back round to its own scene (calls nest until stopped)"),
    "L040": (WARNING, "story beat no scene declares"),
    "L041": (ERROR, "scene declares a beat the story outline does not have"),
    "L050": (ERROR, "map cannot be loaded"),
    "L051": (ERROR, "map object of unknown kind"),
    "L052": (ERROR, "map object lacks a property it needs"),
    "L053": (WARNING, "two spawns or points with one name in a map"),
    "L060": (ERROR, "manifest (dialogue/game.yaml) missing or incomplete"),
    "L070": (ERROR, "a pose that needs a place (sit, lie) has no `at:` point"),
    "L071": (ERROR, "the `at:` point does not allow that pose (its `poses` property)"),
    "L072": (ERROR, "a hug without someone else to hug (`with:`)"),
    "L073": (WARNING, "a `pose` parameter that pose does not use"),
    "L074": (ERROR, "a walking pace or a gesture's length out of range"),
    "L075": (ERROR, "a point's `poses` or an npc's `pose` names an unknown pose"),
    "L076": (WARNING, "two marks on a map (points, spawns, npcs) stand on each other"),
    "L077": (WARNING, "someone posed whose sprite has no pose sheet (drawn standing)"),
    "L078": (
        WARNING,
        "a gesture played in a pose that has no frames for it (a stamp while seated)",
    ),
    "L999": (ERROR, "internal error in the linter (please report it)"),
    "M001": (ERROR, "a mod's mod.yaml is missing or wrong (id, enabled ...); the mod is skipped"),
    "M002": (WARNING, "mod.yaml has a key the game does not read"),
    "M003": (WARNING, "a file in a mod the game never reads (a scene outside dialogue/ ...)"),
    "M004": (ERROR, "lines.yaml replaces a line id no scene has"),
    "M005": (WARNING, "two mods replace the same scene, line or entry (the later one wins)"),
}


def severity(code: str) -> str:
    return CODES.get(code, (ERROR, ""))[0]


@dataclass(frozen=True, order=True)
class Finding:
    """One problem at one place; ``file`` is a path as given (made relative when printed)."""

    file: str
    line: int
    col: int
    code: str
    message: str

    @property
    def severity(self) -> str:
        return severity(self.code)

    def format(self, shown: str | None = None) -> str:
        return f"{shown or self.file}:{self.line}:{self.col}: {self.code} {self.message}"
