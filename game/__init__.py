"""Hailsham: the game engine. Data (maps, scenes) says what happens; this package says how."""

__version__ = "0.1.0"
