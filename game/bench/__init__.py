"""`python -m game bench`: how fast the game runs on this machine, against its targets.

`suite` gathers the figures and prints the table; `frames` draws every map in a window; `runs`
times saves, loads, linting and headless play; `startup` is the start-up process it clocks.
"""
