"""What each markup of an indicator prints: its value, share, changes, verdict against its
target and the figures of its series, in the number conventions of the reports.

One rule for decimals: `:N` on the occurrence, else the indicator's `Số thập phân`, else
the workbook's (shares and changes) or as many as the value has (values). A change is
computed from the figures as printed, so a reader who subtracts the printed numbers finds
the printed change. `Đơn vị tính` follows a value inside a phrase ("tăng 17.279 ha", "từ
1.406 USD năm 2015 lên 2.025 USD", "năm 2015: 27 đảng viên"), never a rate, and never a
lone figure ({ma}, {ma.2018}, {ma.tong}: the writer's sentence carries the noun, as in v1).
"""
from __future__ import annotations

from decimal import Decimal

from .. import figures
from ..model import Indicator, Report, SeriesPoint
from ..wording import fmt_count, fmt_number, fmt_pct

# What the ledger calls each printed form: v1's four names, then one per new attribute.
FIELDS = {"": "gia_tri", "tyle": "ty_le", "kytruoc": "ky_truoc", "chitieu": "chi_tieu"}
LEDGER = {**FIELDS, "tang": "tang", "tu": "tu", "gap": "gap", "binhquan": "binh_quan", "danhgia": "danh_gia",
          "chuoi": "chuoi", "nhonhat": "nho_nhat", "lonnhat": "lon_nhat", "trungbinh": "trung_binh", "tong": "tong"}


def ledger_field(attribute: str, places: int | None = None) -> str:
    name = f"nam_{attribute}" if attribute.isdigit() else LEDGER[attribute]
    return name if places is None else f"{name}:{places}"


def lookup(report: Report) -> dict[str, Indicator]:
    """The indicators by Mã: those of `Số liệu`, and those only in `Chuỗi số liệu` (their value and
    share are those of the report's year, or of the last year of the series)."""
    out = {i.key: i for i in report.indicators}
    for key in dict.fromkeys(p.key for p in report.series):
        if key not in out:
            points = report.points(key)
            point = next((p for p in points if p.year == report.info.year), points[-1])
            out[key] = Indicator(key, "", point.value, point.denominator)
    return out


# ---- numbers --------------------------------------------------------------------------------

def value_text(value: Decimal, places: int | None, zero_pad: bool) -> str:
    """A value as in running text: a count below 10 takes a zero; `places` fixes the decimals."""
    if places is None:
        if value == value.to_integral_value():
            return fmt_count(int(value), zero_pad)
        return fmt_number(value)
    if places == 0:
        rounded = figures.round_half_up(value, 0)
        return fmt_count(int(rounded), zero_pad) if rounded >= 0 else fmt_number(rounded, 0)
    return fmt_number(value, places)


def with_unit(text: str, unit: str) -> str:
    if not unit or not text:
        return text
    return text + unit if unit == "%" else f"{text} {unit}"


def _share_places(ind: Indicator, decimals: int, places: int | None) -> int:
    if places is not None:
        return places
    return ind.decimals if ind.decimals is not None else decimals


def _value_places(ind: Indicator, places: int | None) -> int | None:
    """A rate's value is a count: its decimals (Số thập phân) are those of its share."""
    if places is not None:
        return places
    return None if ind.is_rate else ind.decimals


def _movement(delta: Decimal | None, up: str, down: str, same: str, shown) -> str:
    if delta is None:
        return ""
    if delta > 0:
        return f"{up} {shown(delta)}"
    if delta < 0:
        return f"{down} {shown(-delta)}"
    return same


def _printed(value: Decimal, places: int | None) -> Decimal:
    return value if places is None else figures.round_half_up(value, places)


# ---- the phrases --------------------------------------------------------------------------------

def indicator_text(ind: Indicator, attribute: str, decimals: int, zero_pad: bool, *,
                   points: tuple[SeriesPoint, ...] = (), year: int | None = None,
                   places: int | None = None) -> str:
    """What `{ma.ATTRIBUTE:places}` prints; "" when the indicator lacks what the attribute needs
    (validation reports that at the cell). `points` is its series, `year` the report's."""
    d = _share_places(ind, decimals, places)
    vd = _value_places(ind, places)
    rate = figures.percent(ind.value, ind.denominator, d) if ind.denominator else None
    pct = lambda x: fmt_pct(x, d)  # noqa: E731
    if attribute == "":
        return value_text(ind.value, vd, zero_pad)
    if attribute == "tyle":
        return fmt_pct(rate, d) if rate is not None else ""
    if attribute.isdigit() or attribute in ("chuoi", "nhonhat", "lonnhat", "trungbinh", "tong"):
        return series_text(ind, attribute, points, decimals, zero_pad, places)
    if attribute == "binhquan":
        return growth_text(ind, points, year, d)
    if attribute == "danhgia":
        if ind.target is None:
            return ""
        now = rate if ind.is_rate else ind.value
        return f"{figures.verdict(now, ind.target, ind.target_kind, ind.target_high)} chỉ tiêu"
    if attribute == "chitieu":
        if ind.target is None:
            return ""
        if ind.is_rate:
            delta = figures.change(rate, figures.round_half_up(ind.target, d))
            return _movement(delta, "vượt", "thấp hơn", "ngang bằng", pct)
        share = figures.percent(ind.value, ind.target, d)
        return "đạt " + fmt_pct(share, d) if share is not None else ""
    previous = ind.previous
    if previous is None:
        return ""
    if ind.is_rate:
        before = figures.round_half_up(previous, d)
        if attribute in ("kytruoc", "tang"):
            return _movement(figures.change(rate, before), "tăng", "giảm", "không thay đổi", pct)
        if attribute == "tu":
            return _from_to(pct(before), pct(rate), rate - before, ind.previous_year)
        return _ratio(rate, before, d)
    if attribute == "kytruoc":
        delta = figures.relative_change(ind.value, previous, d)
        return _movement(delta, "tăng", "giảm", "không thay đổi", pct)
    shown = lambda x: with_unit(value_text(x, vd, zero_pad), ind.unit)  # noqa: E731
    now, before = _printed(ind.value, vd), _printed(previous, vd)
    if attribute == "tang":
        return _movement(now - before, "tăng", "giảm", "không thay đổi", shown)
    if attribute == "tu":
        return _from_to(shown(before), shown(now), now - before, ind.previous_year)
    return _ratio(ind.value, previous, d)


def _from_to(before: str, now: str, delta: Decimal, year: int | None) -> str:
    """'từ 1.406 ha năm 2015 lên 2.025 ha'; 'xuống' for a fall."""
    if delta == 0:
        return f"giữ nguyên ở mức {now}"
    when = f" năm {year}" if year else ""
    return f"từ {before}{when} {'lên' if delta > 0 else 'xuống'} {now}"


def _ratio(now: Decimal, before: Decimal, d: int) -> str:
    """'gấp 1,44 lần' (2.025 / 1.406); below one, 'bằng 0,85 lần'."""
    if not before:
        return ""
    ratio = figures.round_half_up(Decimal(now) / Decimal(before), d)
    return f"{'gấp' if ratio >= 1 else 'bằng'} {fmt_number(ratio, d)} lần"


def _point_share(point: SeriesPoint, d: int) -> Decimal | None:
    return figures.percent(point.value, point.denominator, d) if point.denominator else None


def growth_text(ind: Indicator, points: tuple[SeriesPoint, ...], year: int | None, d: int) -> str:
    """'tăng bình quân 7,57%/năm': from Kỳ trước (Năm kỳ trước) to this year, or over the series.
    A value grows compounded; a rate moves by points a year ((last − first) / years)."""
    if ind.previous is not None and ind.previous_year is not None and year is not None:
        years = year - ind.previous_year
        if ind.is_rate:
            first, last = figures.round_half_up(ind.previous, d), figures.percent(ind.value, ind.denominator, d)
            is_rate = True
        else:
            first, last, is_rate = ind.previous, ind.value, False
    elif len(points) >= 2:
        years = points[-1].year - points[0].year
        is_rate = points[0].denominator is not None
        if is_rate:
            first, last = _point_share(points[0], d), _point_share(points[-1], d)
        else:
            first, last = points[0].value, points[-1].value
    else:
        return ""
    if first is None or last is None:
        return ""
    rate = figures.average_change(first, last, years, d) if is_rate else figures.average_growth(first, last, years, d)
    if rate is None:
        return ""
    if rate == 0:
        return "bình quân không thay đổi"
    return f"{'tăng' if rate > 0 else 'giảm'} bình quân {fmt_pct(abs(rate), d)}/năm"


def series_text(ind: Indicator, attribute: str, points: tuple[SeriesPoint, ...], decimals: int, zero_pad: bool,
                places: int | None) -> str:
    """A year of the series, the whole series, or its min, max, mean or sum."""
    if not points:
        return ""
    d = _share_places(ind, decimals, places)
    vd = _value_places(ind, places)
    is_rate = points[0].denominator is not None

    def figure(p: SeriesPoint) -> Decimal:
        return _point_share(p, d) if is_rate else p.value

    def shown(x: Decimal) -> str:
        return fmt_pct(x, d) if is_rate else value_text(x, vd, zero_pad)

    if attribute.isdigit():
        point = next((p for p in points if p.year == int(attribute)), None)
        return shown(figure(point)) if point else ""
    if attribute == "chuoi":
        return "; ".join(f"năm {p.year}: {shown(figure(p)) if is_rate else with_unit(shown(figure(p)), ind.unit)}"
                         for p in points)
    numbers = [figure(p) for p in points]
    if attribute == "nhonhat":
        return shown(min(numbers))
    if attribute == "lonnhat":
        return shown(max(numbers))
    if attribute == "tong":
        return "" if is_rate else shown(sum(numbers, Decimal(0)))
    mean = sum(numbers, Decimal(0)) / len(numbers)
    if is_rate:
        return fmt_pct(figures.round_half_up(mean, d), d)
    if vd is None and mean == mean.to_integral_value():
        return value_text(mean, None, zero_pad)
    return fmt_number(mean, vd if vd is not None else d)
