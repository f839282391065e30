"""Entry point of the one-folder build (scripts/build-onefolder.sh): the desk-app command."""

import multiprocessing
import sys

from desk_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
