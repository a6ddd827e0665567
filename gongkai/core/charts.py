"""What every chart on the site shares: its figures as a table beside the drawing."""

from __future__ import annotations

from xml.sax.saxutils import escape


def chart_table(title: str, data: list[tuple[str, int | float]], *, unit: str = "") -> str:
    """The figures of a chart as an HTML table (escaped), for people who cannot see the
    drawing and for anyone who wants the exact numbers."""
    rows = "".join(
        f'<tr><th scope="row">{escape(str(label))}</th><td>{value}</td></tr>'
        for label, value in data
    )
    head = f'<tr><th scope="col">项目</th><th scope="col">数量{escape(unit)}</th></tr>'
    return (
        f'<details class="chart-data"><summary>查看数据表：{escape(title)}</summary>'
        f'<table class="no-stack"><caption class="visually-hidden">{escape(title)}</caption>'
        f"<thead>{head}</thead><tbody>{rows}</tbody></table></details>"
    )
