"""Hailsham: the game engine. Data (maps, scenes) says what happens; this package says how."""

__version__ = "0.1.0"

import os as _os

# pygame prints a banner on import; headless output must end with the state line and nothing else.
_os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
