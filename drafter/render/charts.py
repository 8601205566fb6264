"""Charts of the rating shares over the years, as PNG for the comparison annexes.

Made for a printed page read in black and white: every line black, told apart by
its marker and dash pattern, every point labelled with its printed value
(comma decimals), Vietnamese labels in a serif face like the report's Times New
Roman. matplotlib is imported here only, when a chart is drawn, so plain builds
never pay for it. The bytes are deterministic: the Agg renderer, a fixed size
and resolution, and a greyscale PNG written by Pillow without text or date chunks.
"""
from __future__ import annotations

import io
from decimal import Decimal

from ..wording import fmt_number

DPI = 300
CM = 1 / 2.54
SERIF = ["Times New Roman", "Liberation Serif", "DejaVu Serif"]   # DejaVu ships with matplotlib
# One style per category (HTXSNV, HTTNV, HTNV, KHTNV): marker, fill, dash pattern.
STYLES = (
    ("o", "black", "-"),
    ("s", "white", "--"),
    ("^", "black", "-."),
    ("D", "white", ":"),
)
LABEL_SIZE = 8          # pt
LABEL_GAP = 9.0         # pt between the centres of two labels of one year


def label_positions(ys: list[float]) -> list[float]:
    """Heights (pt) for the value labels of one year's points, at heights `ys` (pt): each as
    close to its point as possible, no two closer than LABEL_GAP, in the order of the
    points. Labels that would touch are grouped and the group is centred on its points."""
    order = sorted(range(len(ys)), key=lambda i: (ys[i], i))
    groups: list[list[int]] = []
    for i in order:
        groups.append([i])
        while len(groups) > 1:
            low, high = groups[-2], groups[-1]
            if _centre(low, ys) + (len(low) - 1) * LABEL_GAP / 2 + LABEL_GAP \
                    <= _centre(high, ys) - (len(high) - 1) * LABEL_GAP / 2:
                break
            groups[-2:] = [low + high]
    out = [0.0] * len(ys)
    for group in groups:
        first = _centre(group, ys) - (len(group) - 1) * LABEL_GAP / 2
        for k, i in enumerate(group):
            out[i] = first + k * LABEL_GAP
    return out


def _centre(group: list[int], ys: list[float]) -> float:
    return sum(ys[i] for i in group) / len(group)


def shares_chart(years: list[int], series: list[tuple[str, list[Decimal | None]]], decimals: int,
                 width_cm: float, height_cm: float) -> bytes:
    """A line chart of the shares (%) of each category per year, as PNG bytes."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    settings = {"font.family": "serif", "font.serif": SERIF, "font.size": 10, "axes.linewidth": 0.6,
                "svg.hashsalt": "drafter", "path.simplify": False}
    with matplotlib.rc_context(settings):
        fig = Figure(figsize=(width_cm * CM, height_cm * CM), dpi=DPI)
        FigureCanvasAgg(fig)
        ax = fig.add_axes((0.065, 0.16, 0.63, 0.8))
        top = max((float(v) for _, values in series for v in values if v is not None), default=0.0)
        for (label, values), (marker, fill, dashes) in zip(series, STYLES):
            points = [(y, float(v)) for y, v in zip(years, values) if v is not None]
            if points:
                xs, ys = zip(*points)
                ax.plot(xs, ys, color="black", linestyle=dashes, linewidth=1.1, marker=marker, markersize=5,
                        markerfacecolor=fill, markeredgecolor="black", markeredgewidth=0.9, label=label)
        ax.set_xticks(years)
        ax.set_xticklabels([str(y) for y in years])
        ax.set_xlim(years[0] - 0.4, years[-1] + 0.4)
        ceiling = 100 if top > 60 else max(10, (int(top) // 10 + 2) * 10)
        ax.set_ylim(-ceiling * 0.08, ceiling * 1.06)
        ax.set_yticks(range(0, ceiling + 1, 20 if ceiling >= 60 else 10))
        # Value labels right of their points, on a white ground over the lines; heights in
        # points (1/72 in) on the page, so close values do not print over each other.
        to_pt = 72 / DPI
        for j, year in enumerate(years):
            shown = [(values[j], ax.transData.transform((year, float(values[j])))[1] * to_pt)
                     for _, values in series if values[j] is not None]
            heights = [y for _, y in shown]
            for (value, y), label_y in zip(shown, label_positions(heights)):
                ax.annotate(fmt_number(value, decimals), (year, float(value)), textcoords="offset points",
                            xytext=(6, label_y - y), ha="left", va="center", fontsize=LABEL_SIZE,
                            bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none"})
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:.0f}"))
        ax.set_xlabel("Năm")
        ax.set_ylabel("Tỷ lệ (%)")
        ax.grid(axis="y", color="0.8", linewidth=0.5)
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.legend(loc="center left", bbox_to_anchor=(1.02, 0.5), frameon=False, handlelength=3.2,
                  fontsize=9.5, title="Xếp loại", title_fontsize=10, alignment="left")
        canvas = fig.canvas
        canvas.draw()
    # Greyscale is all a black-and-white chart needs, at a third of the size of RGBA.
    from PIL import Image

    out = io.BytesIO()
    Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1) \
        .convert("L").save(out, format="PNG", dpi=(DPI, DPI))
    return out.getvalue()
