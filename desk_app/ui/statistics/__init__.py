"""The statistics screen (issue 16): range, layout, compare with the previous period, the
office's table, the detail, and a chart of the Ausfallquote and waiting times per week.
It calls a facade only (desk_app.services.statistics_facade.StatisticsFacade)."""

from .screen import StatisticsScreen

__all__ = ["StatisticsScreen"]
