"""The "Folgetermin" booking dialog: the next free slots for a service, booked with one
keystroke for the person or the whole family, the confirmation printed in the
applicant's language and saved as .ics."""

from .dialog import FollowUpDialog

__all__ = ["FollowUpDialog"]
