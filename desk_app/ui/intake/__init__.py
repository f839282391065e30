"""Intake and data quality (issue 17): the back-office list of tomorrow's bookings with
their flags, completing a person's data, the import with a preview, and the automatic
no-show timer."""

from .complete_dialog import CompleteDialog
from .import_dialog import ImportDialog
from .model import IntakeModel
from .no_show_timer import NoShowTimer
from .preview_model import PreviewModel, preview_rows
from .view import IntakeScreen, import_help, import_label

__all__ = ["COMPLETE_PERSON_SHORTCUT", "INTAKE_SCREEN_SHORTCUT", "IMPORT_SHORTCUT", "CompleteDialog", "ImportDialog", "IntakeModel", "IntakeScreen", "NoShowTimer",
           "PreviewModel", "import_help", "import_label", "preview_rows"]

INTAKE_SCREEN_SHORTCUT = "Shift+F3"
IMPORT_SHORTCUT = "Ctrl+Shift+I"
COMPLETE_PERSON_SHORTCUT = "Ctrl+Shift+E"   # E: ergänzen
