"""Small text helpers shared by the page and Word importers: decoding, dates (Arabic or
Chinese numerals), document numbers and organ names."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

CJK = r"\u4e00-\u9fa5"
SPACES = " \u3000\xa0\t\u2002\u2003\u200b\ufeff"

DATE_RE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:[-/.年])\s*(?P<m>\d{1,2})\s*(?:[-/.月])\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"
)
# 二〇二三年六月九日, 二O二三年6月9日, 二零二三年十二月三十一日
_CN_DIGIT = {
    "〇": 0, "○": 0, "O": 0, "o": 0, "Ｏ": 0, "零": 0, "0": 0, "一": 1, "二": 2, "三": 3,
    "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_CN_Y = "〇○OoＯ零一二三四五六七八九0-9"
CN_DATE_RE = re.compile(
    rf"(?P<y>[二一][{_CN_Y}]{{3}})\s*年\s*(?P<m>[一二三四五六七八九十\d]{{1,3}})\s*月"
    rf"\s*(?P<d>[一二三四五六七八九十\d]{{1,4}})\s*日"
)
DOC_NUMBER_RE = re.compile(
    rf"[{CJK}A-Za-z]{{1,20}}\s*[〔\[［(（【]\s*(?:19|20)\d{{2}}\s*[〕\]］)）】]\s*第?\s*\d{{1,5}}\s*号"
)
ORGAN_SUFFIX = (
    r"(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办|政府|办公室|办公厅|管理委员会|"
    r"委员会|管委会|领导小组|指挥部|局|厅|委|办|中心|院|署|会|所|队|站|处|科|部|镇|乡|街道办事处|"
    r"街道|公司|集团|社)"
)
ORGAN_RE = re.compile(rf"^((?:[{CJK}（）()]{{2,30}}?){ORGAN_SUFFIX})(?:关于|印发|转发|$)")
ORGAN_LINE_RE = re.compile(rf"^[{CJK}（）()]{{2,40}}{ORGAN_SUFFIX}$")


def norm(line: str) -> str:
    for ch in "\xa0\u2002\u2003":
        line = line.replace(ch, " ")
    return line.replace("\u200b", "").replace("\ufeff", "").strip(" \u3000\t\r")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def _cn_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if "十" in text:
        head, _, tail = text.partition("十")
        tens = _CN_DIGIT.get(head, None) if head else 1
        ones = _CN_DIGIT.get(tail, None) if tail else 0
        if tens is None or ones is None:
            return None
        return tens * 10 + ones
    if len(text) == 1 and text in _CN_DIGIT:
        return _CN_DIGIT[text]
    return None


def parse_cn_date(text: str) -> dt.date | None:
    m = CN_DATE_RE.search(text or "")
    if not m:
        return None
    year = "".join(str(_CN_DIGIT.get(c, c)) for c in m["y"])
    month, day = _cn_number(m["m"]), _cn_number(m["d"])
    if not year.isdigit() or month is None or day is None:
        return None
    try:
        return dt.date(int(year), month, day)
    except ValueError:
        return None


def parse_date(text: str) -> tuple[dt.date, dt.time | None] | None:
    """The first date in ``text`` (and its time of day, when given)."""
    m = DATE_RE.search(text or "")
    if m:
        try:
            day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            day = None
        if day is not None:
            when = None
            if m["H"] is not None:
                try:
                    when = dt.time(int(m["H"]), int(m["M"]), int(m["S"] or 0))
                except ValueError:
                    when = None
            return day, when
    day = parse_cn_date(text)
    return (day, None) if day else None


def date_only(line: str) -> dt.date | None:
    """The date when a line is nothing but a date (a signature date, Arabic or Chinese)."""
    text = squash(line).strip("（）()")
    if not text or len(text) > 22:
        return None
    m = DATE_RE.fullmatch(text) or CN_DATE_RE.fullmatch(text)
    if not m or "日" not in text and not re.fullmatch(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}", text):
        return None
    found = parse_date(text)
    return found[0] if found else None


def doc_number_only(line: str) -> str:
    """A line that is only a document number (maybe followed by 签发人): the number."""
    text = squash(line)
    text = re.sub(r"签发人[:：].*$", "", text)
    m = DOC_NUMBER_RE.fullmatch(text)
    return m.group(0) if m else ""


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or GB18030/GBK, whichever the bytes are (a page saved
    as UTF-8 that still declares charset=gbk is read as UTF-8)."""
    head = data[:4096].decode("ascii", errors="ignore").lower()
    m = re.search(r"charset\s*=\s*[\"']?([a-z0-9_-]+)", head)
    encodings = []
    if m:
        name = m.group(1)
        encodings.append("gb18030" if name in ("gb2312", "gbk", "gb18030", "x-gbk") else name)
    # Strict UTF-8 almost never decodes GBK text by accident, while GB18030 decodes nearly
    # any bytes: so UTF-8 first (whatever the page declares), then the declared charset.
    for enc in ["utf-8-sig", *encodings, "gb18030"]:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", errors="replace")


def looks_html(text: str) -> bool:
    return bool(re.search(r"<(html|body|div|p|table|meta|span|h1|ul)\b", text[:5000], re.I))


def read_file(path) -> tuple[str, bool]:
    """Decode a saved page (UTF-8 or GB18030) and say whether it is HTML."""
    p = Path(path)
    text = decode(p.read_bytes())
    is_html = p.suffix.lower() in (".html", ".htm", ".shtml", ".xhtml") or looks_html(text)
    return text, is_html
