"""Moved to desk_app.services.document_output (issue 11); this name stays only for
ui/pickup_view.py until the pickup screen imports it from there."""

from desk_app.services.document_output import PRINTER_SETTING, DocumentOutput, Output

__all__ = ["PRINTER_SETTING", "DocumentOutput", "Output"]
