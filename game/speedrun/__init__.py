"""Speedrunning: the in-game timer, runs and their `.run` recordings, verification, LiveSplit, splits.

See SPEEDRUN.md for the rules. The Simulation owns one `mode.Speedrun` (as `sim.speedrun`, also
`ctx.speedrun`); screens start runs through it and the app draws `clock.draw_clock`.
"""
