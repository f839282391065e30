"""A service point's queue rules. Offices set them as data (per service point)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ServicePointRules:
    grace_period_min: int = 15      # after this an un-checked-in booking becomes NO_SHOW
    late_tolerance_min: int = 10    # later than this: check-in needs a reason
    late_limit_min: int = 30        # later than this: check-in needs the late permission
    recall_lock_min: int = 5        # "not answering" blocks a new call this long
    max_calls: int = 3              # at this many calls "not answering" means MISSED
    walk_in_offset_min: int = 10    # walk-ins queue as if they had arrived this much later

    def __post_init__(self) -> None:
        if self.max_calls < 1:
            raise ValueError("max_calls must be at least 1")
        if self.late_limit_min < self.late_tolerance_min:
            raise ValueError("the late limit cannot be below the late tolerance")

    @property
    def grace_period(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.grace_period_min)

    @property
    def late_tolerance(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.late_tolerance_min)

    @property
    def recall_lock(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.recall_lock_min)

    @property
    def walk_in_offset(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.walk_in_offset_min)
