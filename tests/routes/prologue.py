"""The prologue: the corridor window (p02); Chapter 1 begins by itself."""

from tests.routes import Goal

ROUTE = (Goal("hospital_corridor", "window"),)  # p02, then Chapter 1 (h01 warps to the grounds)
CHOICES = (0,)
