"""Deciding the fields once the page is split into head, metadata, body and footer.

Only what the page states is used: a labelled field, the standard meta tags, the
document's own header (a 文号 line under the title) and signature block (organ and
date, Arabic or Chinese numerals). A 来源 that is a website or a person is not an organ;
a document number cited inside a sentence is not the document's own.
"""

from __future__ import annotations

import datetime as dt
import re

from gongkai.publishing.importing.labels import clean_value
from gongkai.publishing.importing.textutil import (
    DOC_NUMBER_RE,
    ORGAN_LINE_RE,
    ORGAN_RE,
    date_only,
    doc_number_only,
    parse_date,
    squash,
)

__all__ = ["clean_value", "fill", "real_headings", "title_from_tag", "TITLE_END"]

TITLE_END = re.compile(
    r"(通知|通报|意见|方案|办法|规定|决定|报告|公告|通告|批复|函|要点|规划|计划|细则|公示|解读|"
    r"分解表|清单|指南|目录|条例|规则|纪要|答复|复函|命令|令|汇编|总结|指引|公报|决议|章程|须知|"
    r"标准|制度|说明|一览表|名单|结果|情况|简报|图解|问答)[）)]?$"
)
SITE_PART = re.compile(
    r"(网站|门户|政府网|门户网|信息公开|政务公开|首页|官网|官方网站|人民政府|政府|信息网|公开网|"
    r"网|平台)$"
)
_SEP = re.compile(
    r"\s*(?:_|\||｜|——|--|—|－|\s-\s|\s–\s|-(?=[^-_|｜()（）]{2,30}(?:政府|网站|门户|网|平台)$))\s*"
)
WEBSITE = re.compile(
    r"网$|网站|门户|本站|本网|原创|转载|https?:|www\.|\.cn\b|\.com\b|日报|晚报|电视台|广播电台|"
    r"客户端|公众号|微信|微博|新华社|新闻$"
)
INDEX_RE = re.compile(r"^(?=.*\d)[0-9A-Za-z][0-9A-Za-z\-/_.]{5,60}$")
SIGN_DOC = re.compile(r"签发人[:：]")


def title_from_tag(text: str) -> str:
    """<title> without the site name ("关于…的通知_示范县人民政府门户网站")."""
    parts = [p.strip().rstrip(".…").strip() for p in _SEP.split(text or "") if p.strip()]
    keep = [p for p in parts if not (SITE_PART.search(p) and len(p) <= 24) and len(p) > 6]
    return max(keep, key=len) if keep else ""


def real_headings(headings: list[str]) -> list[str]:
    out = []
    for h in headings:
        s = squash(h)
        if len(s) < 6 or (SITE_PART.search(s) and len(s) <= 24):
            continue
        if re.search(r"[>＞»]|当前位置|您的位置|热搜|返回顶部", s):
            continue
        out.append(h)
    return out


def organ_like(value: str) -> str:
    """``value`` if it names an organ (not a website, a person or a stray word)."""
    value = re.split(r"\s{2,}|[|｜\t]", (value or "").strip())[0].strip()
    parts = [p for p in re.split(r"[\s、，,]+", value) if p]
    if len(parts) > 1 and all(ORGAN_LINE_RE.match(p) for p in parts):
        value = parts[0]  # joint issuers: the lead organ
    s = squash(value)
    if not s or WEBSITE.search(s) or len(s) > 40:
        return ""
    return s if ORGAN_LINE_RE.match(s) else ""


def _signature(body: list[str]) -> tuple[str, dt.date | None, int | None]:
    """The signature block: an organ line followed by a date line (the first such pair),
    else a date line on its own at the end."""
    for i, line in enumerate(body):
        day = date_only(line)
        if day is None:
            continue
        j = i - 1
        organs = []
        while j >= 0 and organ_like(body[j]) and not re.search(r"[。；：:，,]", body[j]):
            organs.insert(0, organ_like(body[j]))
            j -= 1
        if organs:
            return organs[0], day, i
    for i in range(len(body) - 1, max(-1, len(body) - 6), -1):
        day = date_only(body[i])
        if day is not None:
            return "", day, i
        if re.fullmatch(r"[（(]此件[^)）]{0,12}[)）]", squash(body[i])):
            continue
        if len(squash(body[i])) > 40:
            break
    return "", None, None


def _short_form(organ: str) -> bool:
    """ "县住建局", "区林草局": a name without its place."""
    return bool(re.match(r"^[县区市州省镇乡]", organ)) or len(organ) <= 4


def _expand(organ: str, title: str) -> str:
    """ "来源：统计局" on a page titled "福州市统计局2017年…": the full name."""
    if organ and title:
        m = re.match(rf"([\u4e00-\u9fa5]*?{re.escape(organ)})", title)
        if m and len(m.group(1)) <= 30:
            return m.group(1)
    return organ


def fill(page, *, title, fields, meta, head, body, footer) -> None:
    page.title = re.sub(r"\s+", " ", title).strip()[:300]
    src = page.sources

    # Index number.
    idx = squash(fields.get("index_number", "") or meta.get("indexnumber", ""))
    if idx and INDEX_RE.match(idx):
        page.index_number, src["index_number"] = idx, "元数据"

    # Document number: labelled, meta, else a line that is only a number under the title.
    number = fields.get("doc_number") or meta.get("docnumber") or meta.get("filenumber") or ""
    m = DOC_NUMBER_RE.search(squash(number))
    if m:
        page.doc_number, src["doc_number"] = m.group(0), "元数据"
    elif number and len(number) <= 40 and re.search(r"\d", number) and "号" in number:
        page.doc_number, src["doc_number"] = squash(number), "元数据"
    else:
        lead = [*head[-4:], *body[:8]]
        for line in lead:
            found = doc_number_only(line)
            if found:
                page.doc_number, src["doc_number"] = found, "正文文号行"
                break
            if re.search(r"[。！？]", line):
                break
    if page.doc_number and src.get("doc_number") == "正文文号行":
        body[:] = [b for b in body if doc_number_only(b) != page.doc_number]

    # Dates: 成文日期 labelled, else the signature date; 发布日期 from meta or label.
    sign_organ, sign_day, _ = _signature(body)
    written = parse_date(fields.get("written", ""))
    if written is not None:
        page.written_on, src["written_on"] = written[0], "元数据"
    elif sign_day is not None:
        page.written_on, src["written_on"] = sign_day, "落款日期"
    published = parse_date(meta.get("pubdate", "") or meta.get("firstpublishedtime", ""))
    if published is None:
        published = parse_date(fields.get("published", ""))
    if published is not None:
        src["published_at"] = "元数据"
    elif page.written_on is not None:
        published = (page.written_on, written[1] if written else None)
        src["published_at"] = "取自成文日期"
    if published is not None:
        page.published_at = dt.datetime.combine(published[0], published[1] or dt.time(0, 0))

    # Organ: labelled issuer, meta, an organ-like 来源, the signature, the title's head,
    # and last the site's 主办 when the title names the same place.
    candidates = [
        (organ_like(fields.get("organ", "")), "元数据"),
        (organ_like(meta.get("contentsource", "")), "元数据"),
        (organ_like(fields.get("source", "")), "来源"),
        (sign_organ, "落款"),
        (
            ORGAN_RE.match(squash(page.title)).group(1)
            if ORGAN_RE.match(squash(page.title))
            else "",
            "标题",
        ),  # noqa: E501
    ]
    for organ, where in candidates:
        if organ:
            full = _expand(organ, squash(page.title))
            if full == organ and where == "来源" and sign_organ and _short_form(organ):
                full, where = sign_organ, "落款"  # "来源：区林草局" signed with the full name
            page.organ, src["organ"] = full[:100], where
            break
    if not page.organ:
        for line in footer:
            m = re.search(r"主办(?:单位)?\s*[:：]\s*([\u4e00-\u9fa5]{2,30})", line)
            owner = organ_like(m.group(1)) if m else ""
            place = re.sub(r"(人民政府.*|政府.*|办公室)$", "", owner)
            if owner and len(place) >= 2 and squash(page.title).startswith(place):
                page.organ, src["organ"] = owner, "网站主办单位"
                break

    page.topic = clean_value(fields.get("topic", ""))[:60]
    page.catalogue = clean_value(fields.get("catalogue", ""))[:100]
    validity = fields.get("validity", "")
    page.validity = (
        "repealed"
        if "废止" in validity
        else "expired"
        if ("失效" in validity or "过期" in validity)
        else ("valid" if validity else "")
    )
    attribute = fields.get("attribute", "")
    page.attribute = (
        "on_request"
        if "依申请" in attribute
        else "withheld"
        if "不予" in attribute
        else ("proactive" if "主动" in attribute else "")
    )
    page.kind = guess_kind(page.title)
    page.paragraphs = [b for b in body if b.strip()]


def guess_kind(title: str) -> str:
    if "解读" in title:
        return "interpretation"
    if "办事指南" in title:
        return "service_guide"
    if "召回" in title:
        return "recall"
    if "行政处罚决定" in title:
        return "penalty"
    if "行政许可" in title and "决定" in title:
        return "licensing"
    if re.search(r"规划|计划|方案|要点|分解表", title):
        return "plan"
    if re.search(r"统计公报|统计数据|统计信息", title):
        return "statistics"
    if re.search(r"通知|通告|公告|公示", title):
        return "notice"
    return "other"
