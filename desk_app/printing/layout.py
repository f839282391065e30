"""A small top-down flow layout shared by the documents.

Items are measured first and drawn afterwards, so that roll paper (80 mm) gets exactly
the height it needs and sheets (A5/A4) break onto a new page instead of overflowing.
Every page of a copy carries the "KOPIE / COPY" mark.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Callable

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desk_app.domain.clock import BERLIN

from . import text as T
from .fonts import BOLD, REGULAR, get_font
from .i18n import is_rtl_language, second_language, tr

__all__ = ["Flow", "new_canvas", "berlin", "fmt_date", "fmt_time", "A4", "A5", "ROLL_WIDTH", "mm"]

ROLL_WIDTH = 80 * mm
GREY = Color(0.33, 0.33, 0.33)
LIGHT = Color(0.55, 0.55, 0.55)
COPY_FILL = Color(0.6, 0.6, 0.6, alpha=0.35)

Draw = Callable[[Canvas, float, float], None]  # (canvas, x_left, y_top)


def berlin(value: dt.datetime) -> dt.datetime:
    """Local time in Europe/Berlin; naive datetimes are taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(BERLIN)


def fmt_date(value: dt.date | dt.datetime) -> str:
    if isinstance(value, dt.datetime):
        value = berlin(value)
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def fmt_time(value: dt.datetime) -> str:
    v = berlin(value)
    return f"{v.hour:02d}:{v.minute:02d}"


@dataclass(slots=True)
class _Item:
    height: float
    draw: Draw
    keep_with_next: bool = False


class Flow:
    """Measured items stacked top-down in a column ``width`` wide."""

    def __init__(self, width: float, language: str | None, *, base_size: float = 10,
                 bilingual_scale: float = 1.0):
        get_font(REGULAR), get_font(BOLD)  # fail early, with the package name, if missing
        self.width = width
        self.lang = second_language(language)
        self.rtl2 = is_rtl_language(self.lang)
        # sizes shrink by this factor when a second language needs the room
        self.scale = bilingual_scale if self.lang else 1.0
        self.base = base_size * self.scale
        self.items: list[_Item] = []

    # -- primitives ----------------------------------------------------------------
    def add(self, height: float, draw: Draw, *, keep_with_next: bool = False) -> None:
        self.items.append(_Item(height, draw, keep_with_next))

    def space(self, height: float) -> None:
        self.add(height, lambda c, x, y: None)

    def rule(self, *, weight: float = 0.6, gap: float = 2 * mm) -> None:
        def draw(c, x, y):
            c.setLineWidth(weight)
            c.line(x, y - gap / 2, x + self.width, y - gap / 2)

        self.add(gap, draw)

    def lines(self, lines: list[T.Line], *, align: str = "start", color=black,
              leading: float = 1.22, indent: float = 0.0, keep_with_next: bool = False) -> None:
        if not lines:
            return
        height = sum(l.size * leading for l in lines)

        def draw(c, x, y, lines=lines):
            c.setFillColor(color)
            for line in lines:
                T.draw_line(c, x + indent, y - line.size * 0.93, line,
                            width=self.width - indent, align=align)
                y -= line.size * leading
            c.setFillColor(black)

        self.add(height, draw, keep_with_next=keep_with_next)

    def text(self, value: str, size: float | None = None, *, bold: bool = False,
             rtl: bool | None = None, align: str = "start", color=black, max_lines: int = 6,
             min_size: float | None = None, indent: float = 0.0, keep_with_next: bool = False) -> None:
        size = (size * self.scale) if size else self.base
        lines = T.fit(value, size, self.width - indent, max_lines=max_lines,
                      min_size=min_size or size * 0.7, bold=bold, rtl=rtl)
        self.lines(lines, align=align, color=color, indent=indent, keep_with_next=keep_with_next)

    def column(self, width: float) -> "Flow":
        """A sub-flow ``width`` wide sharing language and sizes, for ``side_by_side``."""
        sub = Flow.__new__(Flow)
        sub.width, sub.lang, sub.rtl2, sub.scale, sub.base = width, self.lang, self.rtl2, self.scale, self.base
        sub.items = []
        return sub

    def side_by_side(self, left: "Flow", right: "Flow", gap: float) -> None:
        lh = sum(i.height for i in left.items)
        rh = sum(i.height for i in right.items)

        def draw(c, x, y):
            for flow, x0 in ((left, x), (right, x + left.width + gap)):
                yy = y
                for item in flow.items:
                    item.draw(c, x0, yy)
                    yy -= item.height

        self.add(max(lh, rh), draw)

    # -- bilingual -----------------------------------------------------------------
    def second(self, msg_id: str, **params) -> str | None:
        if not self.lang:
            return None
        if self.rtl2:
            # numbers and codes ("2026-000123", "-136,00 €") keep their left-to-right
            # order inside right-to-left text: bracket them with LEFT-TO-RIGHT MARKs
            params = {k: (v if T.is_rtl_text(str(v)) else f"{T.LRM}{v}{T.LRM}")
                      for k, v in params.items()}
        return tr(msg_id, self.lang, **params)

    def message(self, msg_id: str, size: float | None = None, *, bold: bool = False,
                align: str = "start", indent: float = 0.0, max_lines: int = 6,
                keep_with_next: bool = False, **params) -> None:
        """German message, then the applicant's language below, smaller and grey."""
        size = size or self.base / self.scale
        self.text(tr(msg_id, **params), size, bold=bold, rtl=False,
                  align="left" if align == "start" else align, indent=indent,
                  max_lines=max_lines, keep_with_next=True)
        other = self.second(msg_id, **params)
        if other:
            self.text(other, size * 0.88, bold=bold, rtl=self.rtl2, color=GREY,
                      align=align, indent=indent, max_lines=max_lines)
        if keep_with_next and self.items:
            self.items[-1].keep_with_next = True

    def label_lines(self, msg_id: str, width: float, size: float) -> list[tuple[T.Line, object]]:
        out = [(l, black) for l in T.fit(tr(msg_id), size, width, max_lines=2, bold=True, rtl=False)]
        other = self.second(msg_id)
        if other:
            out += [(l, GREY) for l in T.fit(other, size * 0.9, width, max_lines=3, rtl=self.rtl2)]
        return out

    def field(self, msg_id: str, value: str, *, value_size: float | None = None,
              bold: bool = False, max_lines: int = 4, label_ratio: float = 0.36,
              value_second: str | None = None) -> None:
        """A labelled row: German label (and its translation) left, the value right.
        The value is data: direction from its own first strong character."""
        gap = 3 * mm
        lw = self.width * label_ratio
        vw = self.width - lw - gap
        ls = self.base * 0.82
        vs = (value_size * self.scale) if value_size else self.base * 1.05
        label = self.label_lines(msg_id, lw, ls)
        value_lines: list[tuple[T.Line, object]] = []
        for part in str(value).split("\n") if value else [""]:
            value_lines += [(l, black) for l in T.fit(part, vs, vw, max_lines=max_lines,
                                                         min_size=vs * 0.6, bold=bold)]
        if value_second:
            value_lines += [(l, GREY) for l in T.fit(value_second, vs * 0.85, vw, max_lines=3,
                                                        rtl=self.rtl2)]
        lh = sum(l.size * 1.2 for l, _ in label)
        vh = sum(l.size * 1.2 for l, _ in value_lines)
        height = max(lh, vh) + 1.6 * mm

        def draw(c, x, y):
            yy = y
            for line, color in label:
                c.setFillColor(color)
                T.draw_line(c, x, yy - line.size * 0.93, line, width=lw, align="start")
                yy -= line.size * 1.2
            yy = y
            for line, color in value_lines:
                c.setFillColor(color)
                T.draw_line(c, x + lw + gap, yy - line.size * 0.93, line, width=vw,
                            align="right" if color is GREY and self.rtl2 else "left")
                yy -= line.size * 1.2
            c.setFillColor(black)

        self.add(height, draw)

    def bullets(self, entries: list[tuple[str, str | None]], size: float | None = None) -> None:
        """Bulleted list of (German text, translation or None)."""
        size = (size * self.scale) if size else self.base * 0.95
        indent = 5 * mm
        for german, other in entries:
            lines = T.fit(german, size, self.width - indent, max_lines=4, rtl=False)
            seconds = T.fit(other, size * 0.88, self.width - indent, max_lines=4,
                            rtl=self.rtl2) if other else []
            height = sum(l.size * 1.2 for l in lines + seconds) + 1.2 * mm

            def draw(c, x, y, lines=lines, seconds=seconds):
                c.setFont(REGULAR, size)
                c.drawString(x + 1.2 * mm, y - size * 0.93, "\u2022")
                for line in lines:
                    T.draw_line(c, x + indent, y - line.size * 0.93, line,
                                width=self.width - indent, align="left")
                    y -= line.size * 1.2
                c.setFillColor(GREY)
                for line in seconds:
                    T.draw_line(c, x + indent, y - line.size * 0.93, line,
                                width=self.width - indent, align="start")
                    y -= line.size * 1.2
                c.setFillColor(black)

            self.add(height, draw)

    def signature(self, msg_id: str, *, width: float | None = None, name: str | None = None) -> None:
        """A line to sign on, its caption (both languages) and an optional printed name."""
        w = width or self.width * 0.6
        caption = self.label_lines(msg_id, w, self.base * 0.8)
        name_lines = T.fit(name, self.base * 0.85, w, max_lines=2) if name else []
        height = 14 * mm + sum(l.size * 1.2 for l, _ in caption) + sum(l.size * 1.2 for l in name_lines)

        def draw(c, x, y):
            base = y - 12 * mm
            c.setLineWidth(0.6)
            c.line(x, base, x + w, base)
            yy = base - 1 * mm
            for line in name_lines:
                T.draw_line(c, x, yy - line.size * 0.93, line, width=w, align="left")
                yy -= line.size * 1.2
            for line, color in caption:
                c.setFillColor(color)
                T.draw_line(c, x, yy - line.size * 0.93, line, width=w, align="start")
                yy -= line.size * 1.2
            c.setFillColor(black)

        self.add(height, draw)

    # -- output ----------------------------------------------------------------------
    def _copy_mark(self, c: Canvas, page_w: float, page_h: float, roll: bool) -> None:
        label = tr("copy_mark")
        c.saveState()
        if roll:
            line = T.layout_line(label, 14, bold=True, rtl=False)
            box_h = 8 * mm
            c.setFillColor(black)
            c.rect(0, page_h - box_h, page_w, box_h, stroke=0, fill=1)
            c.setFillColor(Color(1, 1, 1))
            T.draw_line(c, 0, page_h - box_h + 2.3 * mm, line, width=page_w, align="center")
        else:
            size = min(page_w, page_h) / 9
            line = T.layout_line(label, size, bold=True, rtl=False)
            c.setFillColor(COPY_FILL)
            c.translate(page_w / 2, page_h / 2)
            c.rotate(40)
            T.draw_line(c, -line.width / 2, -size / 3, line)
            c.restoreState()
            c.saveState()
            small = T.layout_line(label, 11, bold=True, rtl=False)
            c.setLineWidth(1.2)
            bx = page_w - small.width - 16 * mm
            c.rect(bx - 2 * mm, page_h - 11.5 * mm, small.width + 4 * mm, 7 * mm, stroke=1, fill=0)
            T.draw_line(c, bx, page_h - 9.2 * mm, small)
        c.restoreState()

    def roll_height(self, *, copy: bool, margin: float = 4 * mm, top: float = 5 * mm) -> float:
        """The height of the roll page ``draw_roll`` makes: exactly the content's."""
        return sum(i.height for i in self.items) + top + margin + (9 * mm if copy else 0)

    def draw_roll(self, c: Canvas, *, copy: bool, margin: float = 4 * mm,
                  top: float = 5 * mm) -> None:
        """One page ``ROLL_WIDTH`` wide and exactly as high as the content, drawn on ``c``
        (its page size is set for this page) and finished with ``showPage``."""
        extra = 9 * mm if copy else 0
        height = self.roll_height(copy=copy, margin=margin, top=top)
        c.setPageSize((ROLL_WIDTH, height))
        y = height - top - extra
        for item in self.items:
            item.draw(c, margin, y)
            y -= item.height
        if copy:
            self._copy_mark(c, ROLL_WIDTH, height, True)
        c.showPage()

    def render_roll(self, *, title: str, copy: bool, margin: float = 4 * mm,
                    top: float = 5 * mm) -> bytes:
        """A PDF of the one roll page (``draw_roll``)."""
        buf = io.BytesIO()
        c = new_canvas(buf, (ROLL_WIDTH, self.roll_height(copy=copy, margin=margin, top=top)), title)
        self.draw_roll(c, copy=copy, margin=margin, top=top)
        c.save()
        return buf.getvalue()

    def draw_sheet(self, c: Canvas, pagesize, *, copy: bool, margin: float = 14 * mm,
                   footer: str | None = None) -> int:
        """Pages of ``pagesize`` drawn on ``c``, starting on the canvas's current (fresh)
        page; items that do not fit go to the next page.  Every page is finished with
        ``showPage``; the footer numbers them from 1.  Returns the number of pages."""
        page_w, page_h = pagesize
        c.setPageSize(pagesize)
        top = page_h - margin - (4 * mm if copy else 0)
        bottom = margin + (5 * mm if footer else 0)
        page = 1

        def finish_page():
            if footer:
                fl = T.layout_line(footer, 7, rtl=False)
                c.setFillColor(LIGHT)
                T.draw_line(c, margin, margin - 1 * mm, fl, width=page_w - 2 * margin, align="left")
                pl = T.layout_line(str(page), 7, rtl=False)
                T.draw_line(c, margin, margin - 1 * mm, pl, width=page_w - 2 * margin, align="right")
                c.setFillColor(black)
            if copy:
                self._copy_mark(c, page_w, page_h, False)
            c.showPage()

        y = top
        items = self.items
        for idx, item in enumerate(items):
            # keep an item with its followers (e.g. a heading with the first row)
            need = item.height
            j = idx
            while items[j].keep_with_next and j + 1 < len(items):
                j += 1
                need += items[j].height
            if y - need < bottom and y < top and need <= top - bottom:
                finish_page()
                page += 1
                y = top
            elif y - item.height < bottom and y < top:
                finish_page()
                page += 1
                y = top
            item.draw(c, margin, y)
            y -= item.height
        finish_page()
        return page

    def render_sheet(self, pagesize, *, title: str, copy: bool, margin: float = 14 * mm,
                     footer: str | None = None) -> bytes:
        """A PDF of the sheet pages (``draw_sheet``)."""
        buf = io.BytesIO()
        c = new_canvas(buf, pagesize, title)
        self.draw_sheet(c, pagesize, copy=copy, margin=margin, footer=footer)
        c.save()
        return buf.getvalue()


def new_canvas(buf, pagesize, title: str) -> Canvas:
    """A deterministic canvas whose initial font is our embedded one, so no PDF refers
    to the non-embedded standard Helvetica; for one document or a batch of them (each
    ``Flow.draw_sheet``/``draw_roll`` sets its own page size)."""
    get_font(REGULAR)
    c = Canvas(buf, pagesize=pagesize, invariant=1, initialFontName=REGULAR)
    c.setTitle(title)
    c.setAuthor("desk_app")
    return c


