"""The shift lead's operations on the board (issue 14): drag and drop of entries onto
counters and clerks, presence states, and the silent alarm."""
