"""The standalone build's entry point (packaging/hailsham.spec): the same command line as
`hailsham` from a wheel."""

import sys

from game.cli import main

if __name__ == "__main__":
    sys.exit(main())
