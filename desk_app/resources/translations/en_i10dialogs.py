"""English for the dialogs checked by tests/ui/test_every_dialog.py (issue 10)."""

EN = {
    "Als PDF speichern …": "Save as PDF …",
}
