"""What an import reports: problems per line, and the file-level rejection."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.domain import errors


@dataclass(frozen=True)
class ImportProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"Zeile {self.line}: {self.message}" if self.line else self.message


class ImportRejected(errors.DomainError):
    """The file as a whole cannot be read (empty, binary, no header, too large)."""

    code = "import_rejected"
    template = "Die Datei wurde nicht importiert: {count} Fehler."

    def __init__(self, problems: list[ImportProblem]) -> None:
        super().__init__(count=len(problems))
        self.problems = problems

    def __str__(self) -> str:
        shown = "\n".join(f"  {p}" for p in self.problems[:50])
        more = f"\n  … und {len(self.problems) - 50} weitere" if len(self.problems) > 50 else ""
        return f"{super().__str__()}\n{shown}{more}"
