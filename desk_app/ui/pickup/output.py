"""Where the pickup desk's documents go (the pluggable ``output``: a printer or a PDF),
and the clerk's sentence about it."""

from __future__ import annotations

from typing import Any, Awaitable, Callable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

#: ``output(data, *, label, entity, entity_id, copy)`` -> where the document went; the
#: signature of desk_app.services.document_output.DocumentOutput.output (printer or PDF).
DocumentOutputFn = Callable[..., Awaitable[Any]]


def default_output() -> DocumentOutputFn:
    """The window's path without a printer: a PDF under the data directory."""
    from desk_app.settings import data_dir

    from desk_app.services.document_output import DocumentOutput
    return DocumentOutput(None, data_dir() / "documents").output


def describe_output(result: Any, what: str) -> tuple[str, bool]:
    """A sentence for the clerk about where ``what`` went, and whether it is a problem."""
    job = getattr(result, "job", None)
    printer = getattr(result, "printer", None) or getattr(job, "printer", None) or ""
    if getattr(result, "failed", False) or getattr(job, "needs_attention", False):
        return translate("PickupView", "{what}: Druck an {printer} fehlgeschlagen ({error}). "
                                       "Siehe Druckaufträge.").format(
            what=what, printer=printer or "—",
            error=getattr(job, "error", None) or getattr(job, "status", "")), True
    path = getattr(result, "path", None)
    if path is not None:
        return translate("PickupView", "{what} als PDF gespeichert (kein Drucker eingerichtet): "
                                       "{path}").format(what=what, path=path), False
    if printer:
        return translate("PickupView", "{what} an {printer} gesendet.").format(
            what=what, printer=printer), False
    return translate("PickupView", "{what} erzeugt.").format(what=what), False
