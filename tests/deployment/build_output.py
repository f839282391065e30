"""What a packaging script's failure says, for the assertion message."""

from __future__ import annotations

#: pip's note on index folders this machine lacks: many lines, none of them the failure
_PIP_NOISE = "is ignored: it is neither"


def failure_text(out: str, tail: int = 4000) -> str:
    """The last ``tail`` characters of ``out`` without pip's notes."""
    return "\n".join(line for line in out.splitlines() if _PIP_NOISE not in line)[-tail:]
