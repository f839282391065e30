"""The first-run dialog: database, station, counter, printers per document, language.

``needs_first_run(path)`` is true when no settings file exists and the environment names
no database; ``app.run_app`` then opens ``FirstRunDialog`` before the window, and
``desk-app setup`` opens it on demand.
"""

from .dialog import FirstRunDialog, needs_first_run

__all__ = ["FirstRunDialog", "needs_first_run"]
