"""A chart of the Ausfallquote (bars, percent, left axis) and the waiting time (median
and 90th percentile, minutes, right axis) per week, drawn with QPainter
(PySide6-Essentials has no QtCharts). Weeks without appointments leave a gap."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

translate = QCoreApplication.translate

RATE = QColor("#c0392b")
WAIT = QColor("#2a61a8")
WAIT90 = QColor("#8cb3e0")


@dataclass(frozen=True)
class WeekPoint:
    label: str                  # "KW 34"
    rate: float | None          # Ausfallquote, percent
    wait_median: float | None   # minutes
    wait_p90: float | None


def nice_top(value: float, minimum: float) -> float:
    """An axis maximum: 1, 2 or 5 times a power of ten, at least ``minimum``."""
    value = max(value, minimum)
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.points: list[WeekPoint] = []
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 220)

    def set_points(self, points: list[WeekPoint]) -> None:
        self.points = list(points)
        self.update()

    def scales(self) -> tuple[float, float]:
        """The axis maxima: (percent, minutes)."""
        rates = [p.rate for p in self.points if p.rate is not None]
        waits = [v for p in self.points for v in (p.wait_median, p.wait_p90) if v is not None]
        return nice_top(max(rates, default=0), 10), nice_top(max(waits, default=0), 10)

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        line_h = fm.height()
        plot = QRectF(self.rect()).adjusted(fm.horizontalAdvance("100 %") + 10, line_h * 2 + 6,
                                            -(fm.horizontalAdvance("100 min") + 10),
                                            -(line_h + 8))
        p.fillRect(self.rect(), self.palette().base())
        title = translate("StatisticsScreen", "Ausfallquote (Balken, %) und Wartezeit (Linien, "
                          "Median und 90 %, min) je Woche")
        p.setPen(self.palette().text().color())
        p.drawText(QRectF(0, 2, self.width(), line_h), Qt.AlignmentFlag.AlignHCenter, title)
        if not self.points or plot.width() < 20 or plot.height() < 20:
            p.end()
            return
        top_rate, top_wait = self.scales()
        loc = QLocale()
        grid = QPen(QColor("#d0d0d0"))
        for k in range(5):
            y = plot.bottom() - plot.height() * k / 4
            p.setPen(grid)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(RATE)
            p.drawText(QRectF(0, y - line_h / 2, plot.left() - 4, line_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       f"{loc.toString(top_rate * k / 4, 'g', 3)} %")
            p.setPen(WAIT)
            p.drawText(QRectF(plot.right() + 4, y - line_h / 2, 200, line_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       f"{loc.toString(top_wait * k / 4, 'g', 3)} min")
        n = len(self.points)
        slot = plot.width() / n
        text_pen = QPen(self.palette().text().color())
        for i, pt in enumerate(self.points):
            x = plot.left() + slot * i
            if pt.rate is not None:
                h = plot.height() * min(pt.rate, top_rate) / top_rate
                p.fillRect(QRectF(x + slot * 0.2, plot.bottom() - h, slot * 0.6, h), RATE)
            p.setPen(text_pen)
            p.drawText(QRectF(x, plot.bottom() + 4, slot, line_h),
                       Qt.AlignmentFlag.AlignHCenter, pt.label)
        for attr, colour, width in (("wait_p90", WAIT90, 1.5), ("wait_median", WAIT, 2.5)):
            path = QPainterPath()
            started = False
            p.setPen(QPen(colour, width))
            p.setBrush(colour)
            for i, pt in enumerate(self.points):
                v = getattr(pt, attr)
                if v is None:
                    started = False     # a gap, never a line through zero
                    continue
                c = QPointF(plot.left() + slot * (i + 0.5),
                            plot.bottom() - plot.height() * min(v, top_wait) / top_wait)
                if started:
                    path.lineTo(c)
                else:
                    path.moveTo(c)
                    started = True
                p.drawEllipse(c, width + 1, width + 1)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        p.end()
