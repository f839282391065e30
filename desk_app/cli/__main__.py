"""`python -m desk_app.cli …`, the same as `desk-app …`."""

import sys

from desk_app.cli import main

sys.exit(main())
