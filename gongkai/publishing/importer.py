"""Reading saved pages of old government websites (HTML or text) into item fields.

Old sites differ in layout, but they share habits: a breadcrumb ("当前位置：首页 >"),
a metadata block of labels and values (索引号, 发文机构, 文号, 发布日期…) either on one
line ("发布时间：2017-04-01 | 来源：统计局") or as label and value on separate lines
(tables saved as text), and a footer with ICP and public-security record numbers, the
website identity code, a visitor counter and "扫一扫在手机打开当前页". ``parse_page``
removes the chrome, reads the metadata and keeps the body paragraphs, reporting which
fields it could not find.
"""

from __future__ import annotations

import datetime as dt
import html as htmllib
import re
from dataclasses import asdict, dataclass, field

# --- labels of the metadata block -----------------------------------------------------

LABELS = {
    "index_number": ("索引号", "索 引 号", "信息索引号"),
    "organ": (
        "发文机构",
        "发文机关",
        "发布机构",
        "发文单位",
        "发布单位",
        "信息来源",
        "来源",
        "所属机构",
    ),
    "doc_number": ("文号", "发文字号", "发文文号"),
    "topic": ("主题分类", "主题词分类", "信息分类", "分类"),
    "catalogue": ("公开目录", "所属目录", "所属栏目"),
    "written": ("成文日期", "发文日期", "印发日期"),
    "published": ("发布日期", "发布时间", "公开日期", "公开时间", "生成日期", "日期", "时间"),
    "validity": ("有效性", "时效性", "效力状态"),
    "title": ("标题", "名称", "信息名称", "文件名称"),
    "attribute": ("公开方式", "公开属性", "公开形式"),
}
_ALL_LABELS = sorted(
    ((lab, key) for key, labs in LABELS.items() for lab in labs), key=lambda x: -len(x[0])
)
NOISE_LABELS = ("浏览", "浏览次数", "阅读", "阅读次数", "点击", "点击数", "查看人数", "访问量", "作者", "编辑", "责任编辑", "字体", "字号", "分享到", "打印")  # fmt: skip

DATE_RE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:[-/.年])\s*(?P<m>\d{1,2})\s*(?:[-/.月])\s*(?P<d>\d{1,2})日?"
    r"(?:\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
)
DOC_NUMBER_RE = re.compile(
    r"[\u4e00-\u9fa5A-Za-z]{1,15}\s*[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\s*\d{1,5}\s*号"
)
INDEX_RE = re.compile(r"^[0-9A-Za-z]{6,20}[-/_][0-9A-Za-z-/_]{3,40}$")

# Lines that are site chrome wherever they appear.
BOILERPLATE_LINE = re.compile(
    r"扫一扫在手机|手机扫一扫|扫一扫|上一篇|下一篇|上一条|下一条|ICP备|ICP证|公网安备|网站标识码|"
    r"版权所有|Copyright|All Rights Reserved|©|主办单位|承办单位|主办[:：]|技术支持|网站制作|"
    r"访问者|访问人数|访问量|访问次数|浏览次数|您是第|站内搜索|全站搜索|搜索[:：]?$|请输入关键字|"
    r"欢迎光临|欢迎访问|建议使用.{0,20}浏览器|分辨率|网站地图|站点地图|设为首页|加入收藏|"
    r"无障碍|长者模式|关闭窗口|打印本页|【打印】|【关闭】|字体[:：]?\s*[【\[]?大|字号[:：]?\s*[【\[]?大|"
    r"分享到|附件下载[:：]?$|相关链接|政务公开信箱|^当前位置|^您当前的位置|^您的位置|现在的位置|"
    r"^首页\s*[>＞»]",
    re.IGNORECASE,
)
# A footer begins at the first of these in the last part of the page.
FOOTER_START = re.compile(
    r"扫一扫在手机|上一篇|下一篇|ICP备|公网安备|网站标识码|版权所有|Copyright|主办单位|"
    r"访问人数|访问者|关闭窗口|打印本页|【打印】|附件下载[:：]?$",
    re.IGNORECASE,
)
BREADCRUMB = re.compile(r"(当前位置|您的位置|您当前的位置|现在的位置|当前的位置)\s*[:：]")
TITLE_END = re.compile(
    r"(通知|通报|意见|方案|办法|规定|决定|报告|公告|通告|批复|函|要点|规划|计划|细则|公示|解读|"
    r"分解表|清单|指南|目录|条例|规则|纪要|答复|复函|命令|令|汇编|总结|指引)$"
)
ORGAN_RE = re.compile(
    r"^((?:[\u4e00-\u9fa5]{2,30}?)(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|"
    r"委员会|管理委员会|局|厅|委|办|中心|院|署|会|所|队|站|镇|乡|街道办事处|街道))(?:关于|印发|转发|$)"
)


@dataclass
class ParsedPage:
    title: str = ""
    organ: str = ""
    doc_number: str = ""
    index_number: str = ""
    topic: str = ""
    catalogue: str = ""
    written_on: dt.date | None = None
    published_at: dt.datetime | None = None
    validity: str = ""
    kind: str = ""
    paragraphs: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def body_html(self) -> str:
        return "".join(f"<p>{htmllib.escape(p)}</p>" for p in self.paragraphs)

    def as_dict(self) -> dict:
        data = asdict(self)
        data["written_on"] = self.written_on.isoformat() if self.written_on else None
        data["published_at"] = self.published_at.isoformat() if self.published_at else None
        data["paragraphs"] = len(self.paragraphs)
        data["body_preview"] = "".join(self.paragraphs)[:120]
        data["removed"] = self.removed[:50]
        return data


# --- HTML to lines --------------------------------------------------------------------

BLOCK_TAGS = {
    "p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "section", "article", "dd", "dt", "dl", "blockquote", "pre", "hr", "center",
}  # fmt: skip
CHROME_TAGS = "script, style, noscript, nav, header, footer, form, iframe, select, button, input, textarea, object, svg"
CHROME_ATTR = re.compile(
    r"(^|[-_\s])(nav|navbar|menu|footer|foot|header|head|top|topbar|search|breadcrumb|crumb|"
    r"position|location|share|toolbar|tools|print|pager|prevnext|sidebar|side|copyright|links?|"
    r"friendlink|qrcode|ewm)([-_\s\d]|$)",
    re.IGNORECASE,
)


def html_meta(html: str) -> dict[str, str]:
    """The standard government-site meta tags (ArticleTitle, PubDate, ContentSource…)."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    found = {}
    for node in tree.css("meta[name]"):
        name = (node.attributes.get("name") or "").strip()
        content = (node.attributes.get("content") or "").strip()
        if name and content:
            found[name.lower()] = content
    title = tree.css_first("title")
    if title is not None:
        found.setdefault("<title>", title.text().strip())
    return found


def html_to_lines(html: str) -> list[str]:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    for node in tree.css(CHROME_TAGS):
        node.decompose()
    for node in tree.css("[class], [id]"):
        attrs = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if CHROME_ATTR.search(attrs) and not re.search(
            r"content|article|zoom|detail|text|main|body", attrs, re.I
        ):
            node.decompose()
    root = tree.body or tree.root
    if root is None:
        return []
    parts: list[str] = []

    def walk(node):
        tag = node.tag
        if tag == "-text":
            parts.append(node.text_content or "")
            return
        if tag in BLOCK_TAGS:
            parts.append("\n")
        child = node.child
        while child is not None:
            walk(child)
            child = child.next
        if tag in BLOCK_TAGS:
            parts.append("\n")

    walk(root)
    return "".join(parts).split("\n")


# --- line helpers ---------------------------------------------------------------------


def _norm(line: str) -> str:
    return line.replace("\u3000", " ").replace("\xa0", " ").strip()


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def parse_date(text: str) -> tuple[dt.date, dt.time | None] | None:
    m = DATE_RE.search(text or "")
    if not m:
        return None
    try:
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    when = None
    if m["H"] is not None:
        try:
            when = dt.time(int(m["H"]), int(m["M"]), int(m["S"] or 0))
        except ValueError:
            when = None
    return day, when


def _label_at(text: str) -> tuple[str, str, str] | None:
    """If ``text`` starts with a known label, return (key, label, rest after it)."""
    squashed_head = _squash(text[:20])
    for label, key in _ALL_LABELS:
        if squashed_head.startswith(label):
            # consume the label allowing spaces inside it ("文      号")
            i = 0
            consumed = 0
            while i < len(text) and consumed < len(label):
                if not text[i].isspace():
                    consumed += 1
                i += 1
            rest = text[i:]
            if rest[:1] in (":", "：") or rest.strip() == "" or rest[:1].isspace():
                return key, label, rest.lstrip(" :：\t")
            return None
    return None


def _inline_pairs(line: str) -> list[tuple[str, str]]:
    """'发布时间：2017-04-01 08:59 | 来源：统计局' -> [(published, …), (organ, 统计局)]."""
    pairs = []
    pattern = "|".join(re.escape(lab) for lab, _ in _ALL_LABELS + [(n, "") for n in NOISE_LABELS])
    for m in re.finditer(rf"({pattern})\s*[:：]\s*", line):
        start = m.end()
        nxt = re.search(rf"(?:\s|\||｜)*(?:{pattern})\s*[:：]", line[start:])
        value = line[start : start + nxt.start()] if nxt else line[start:]
        label = m.group(1)
        key = next((k for lab, k in _ALL_LABELS if lab == label), "")
        pairs.append((key, value.strip(" |｜\t")))
    return pairs


def _is_label_only(text: str) -> str | None:
    squashed = _squash(text).rstrip(":：")
    for label, key in _ALL_LABELS:
        if squashed == label:
            return key
    if squashed in NOISE_LABELS:
        return "noise"
    return None


def _guess_kind(title: str, doc_number: str) -> str:
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


# --- the parser -----------------------------------------------------------------------


def parse_page(raw: str, is_html: bool | None = None) -> ParsedPage:
    """Extract an item's fields from the text or HTML of a saved page."""
    page = ParsedPage()
    if is_html is None:
        is_html = bool(re.search(r"<(html|body|div|p|table|meta)\b", raw[:5000], re.I))
    meta: dict[str, str] = {}
    if is_html:
        meta = html_meta(raw)
        lines = html_to_lines(raw)
    else:
        lines = raw.splitlines()
    lines = [_norm(line) for line in lines]

    # 1. Cut header navigation: everything up to a breadcrumb near the top.
    nonblank = [i for i, line in enumerate(lines) if line]
    crumb_hint = ""
    for i in nonblank[:60]:
        if BREADCRUMB.search(lines[i]):
            crumb_hint = re.split(r"[>＞»]", lines[i])[-1].strip()
            page.removed.extend(x for x in lines[: i + 1] if x)
            lines = lines[i + 1 :]
            break

    # 2. Cut the footer: from the first footer marker in the last part of the page.
    nonblank = [i for i, line in enumerate(lines) if line]
    if nonblank:
        tail_start = nonblank[max(0, int(len(nonblank) * 0.5))]
        for i in range(tail_start, len(lines)):
            if lines[i] and FOOTER_START.search(lines[i]):
                page.removed.extend(x for x in lines[i:] if x)
                lines = lines[:i]
                break

    # 3. Walk the rest: metadata pairs, boilerplate lines, title, body.
    fields: dict[str, str] = {}
    body: list[str] = []
    pending_label: str | None = None
    title_index: int | None = None
    kept: list[str] = []
    for line in lines:
        if not line:
            if pending_label is None:
                kept.append("")
            continue
        if pending_label is not None:
            # A label on its own line: its value is the next non-empty line.
            if _is_label_only(line) is None:
                if pending_label != "noise":
                    fields.setdefault(pending_label, line)
                page.removed.append(line)
                pending_label = None
                continue
            pending_label = None
        only = _is_label_only(line)
        if only is not None:
            pending_label = only
            page.removed.append(line)
            continue
        pairs = _inline_pairs(line) if len(line) < 160 else []
        if pairs and (
            len(pairs) >= 2 or _label_at(line) is not None or line.startswith(NOISE_LABELS)
        ):
            for key, value in pairs:
                if key and value:
                    fields.setdefault(key, value)
            page.removed.append(line)
            continue
        if BOILERPLATE_LINE.search(line) and len(line) < 120:
            page.removed.append(line)
            continue
        kept.append(line)

    # Title: meta tag, else the first substantial line (joined with a continuation).
    content = [line for line in kept if line]
    title = (meta.get("articletitle") or fields.get("title") or "").strip()
    if not title:
        for idx, line in enumerate(kept):
            if not line or len(_squash(line)) < 4 or not re.search(r"[\u4e00-\u9fa5]", line):
                continue
            if DOC_NUMBER_RE.fullmatch(line) or DATE_RE.fullmatch(line):
                continue
            title = line
            title_index = idx
            break
        if title_index is not None and not TITLE_END.search(title):
            # A title wrapped over two lines ("…关于深入推进政务公开" / "加强…的通知").
            nxt = next((j for j in range(title_index + 1, len(kept)) if kept[j]), None)
            if nxt is not None and len(kept[nxt]) <= 40 and TITLE_END.search(kept[nxt]):
                title = title + kept[nxt]
                kept[nxt] = ""
        if not title and crumb_hint:
            title = crumb_hint
    if title_index is not None:
        kept[title_index] = ""
    elif title:
        kept = [line for line in kept if _squash(line) != _squash(title)]
    page.title = title[:300]

    # Body paragraphs.
    para: list[str] = []
    for line in kept:
        if line:
            body.append(line)
    page.paragraphs = [p for p in body if p.strip()]
    content = page.paragraphs

    # Index number.
    idx = fields.get("index_number", "") or meta.get("indexnumber", "") or meta.get("index", "")
    idx = _squash(idx)
    if idx and INDEX_RE.match(idx):
        page.index_number = idx

    # Document number: labelled, else a line that is only a document number near the top.
    number = fields.get("doc_number") or meta.get("docnumber") or meta.get("filenumber") or ""
    m = DOC_NUMBER_RE.search(number)
    if m:
        page.doc_number = _squash(m.group(0))
    else:
        for line in content[:15]:
            if DOC_NUMBER_RE.fullmatch(line.strip()):
                page.doc_number = _squash(line)
                break

    # Dates: 成文日期 labelled, else a signature date line; 发布日期 labelled or meta.
    written = parse_date(fields.get("written", ""))
    published = parse_date(
        meta.get("pubdate", "") or meta.get("firstpublishedtime", "")
    ) or parse_date(fields.get("published", ""))
    if written is None:
        for line in content:
            if DATE_RE.fullmatch(line.strip()) and "日" in line:
                written = parse_date(line)
                break
    if written is not None:
        page.written_on = written[0]
    pub = published or written
    if pub is not None:
        moment = dt.datetime.combine(pub[0], pub[1] or dt.time(0, 0))
        page.published_at = moment  # naive; the caller makes it aware in local time

    # Issuing organ: labelled, meta, title prefix, signature line, then the footer owner.
    organ = (fields.get("organ") or meta.get("contentsource") or "").strip()
    organ = re.split(r"\s{2,}|\|", organ)[0].strip() if organ else ""
    if organ and page.title:
        # "来源：统计局" on a page titled "福州市统计局2017年…": prefer the full name.
        m = re.match(rf"([\u4e00-\u9fa5]*?{re.escape(organ)})", page.title)
        if m and len(m.group(1)) <= 30:
            organ = m.group(1)
    if not organ and page.title:
        m = ORGAN_RE.match(page.title)
        if m:
            organ = m.group(1)
    if not organ:
        for i, line in enumerate(content):
            if DATE_RE.fullmatch(line.strip()) and i > 0 and ORGAN_RE.match(content[i - 1].strip()):
                organ = ORGAN_RE.match(content[i - 1].strip()).group(1)
                break
    if not organ:
        for line in page.removed:
            m = re.search(r"主办(?:单位)?\s*[:：]\s*([\u4e00-\u9fa5]{2,30})", line)
            if m:
                organ = m.group(1)
                break
    page.organ = organ[:100]

    page.topic = (fields.get("topic") or "").strip()[:60]
    page.catalogue = (fields.get("catalogue") or "").strip()[:100]
    validity = fields.get("validity", "")
    page.validity = (
        "repealed"
        if "废止" in validity
        else "expired"
        if ("失效" in validity or "过期" in validity)
        else ("valid" if validity else "")
    )
    page.kind = _guess_kind(page.title, page.doc_number)

    labels = {
        "title": "标题",
        "organ": "发文机构",
        "doc_number": "文号",
        "index_number": "索引号",
        "written_on": "成文日期",
        "published_at": "发布日期",
        "topic": "主题分类",
    }
    page.missing = [label for key, label in labels.items() if not getattr(page, key)]
    if not page.paragraphs:
        page.missing.append("正文")
    del para
    return page


def read_file(path) -> tuple[str, bool]:
    """Decode a saved page (UTF-8 or GB18030) and say whether it is HTML."""
    from pathlib import Path

    p = Path(path)
    data = p.read_bytes()
    text = None
    head = data[:2048].decode("ascii", errors="ignore").lower()
    m = re.search(r"charset=[\"']?([a-z0-9_-]+)", head)
    encodings = [m.group(1)] if m else []
    for enc in [*encodings, "utf-8-sig", "gb18030"]:
        try:
            text = data.decode(enc)
            break
        except (UnicodeDecodeError, LookupError):
            continue
    if text is None:
        text = data.decode("utf-8", errors="replace")
    is_html = p.suffix.lower() in (".html", ".htm", ".shtml", ".xhtml") or bool(
        re.search(r"<(html|body|div|p|table)\b", text[:5000], re.I)
    )
    return text, is_html


# --- writing: from parsed pages to published items ------------------------------------


def unit_for_organ(organ: str, *, default=None, create: bool = True):
    """The unit issuing a page: by name or short name; an unknown organ becomes a new
    top-level unit (it is usually another government's page), unless ``create`` is off."""
    from gongkai.core.models import Unit
    from gongkai.core.services import unit_create

    organ = (organ or "").strip()
    if not organ:
        return default
    unit = Unit.objects.filter(name=organ).first() or Unit.objects.filter(short_name=organ).first()
    if unit is not None or not create:
        return unit or default
    if re.search(r"(人民政府|政府)$", organ):
        kind = Unit.Kind.GOVERNMENT
    elif re.search(r"(镇|乡|街道办事处|街道)(人民政府)?$", organ):
        kind = Unit.Kind.TOWNSHIP
    elif re.search(r"(局|委|办|办公室|厅|委员会)$", organ):
        kind = Unit.Kind.DEPARTMENT
    else:
        kind = Unit.Kind.OTHER
    return unit_create(actor=None, parent=None, name=organ[:100], kind=kind)


def import_file(path, *, dry_run: bool = False, actor=None, default_unit=None) -> dict:
    """Parse one saved page and (unless ``dry_run``) import it; returns a report."""
    from pathlib import Path

    from django.utils import timezone

    from gongkai.publishing.models import CatalogueNode, Topic
    from gongkai.publishing.services import item_import

    p = Path(path)
    text, is_html = read_file(p)
    page = parse_page(text, is_html=is_html)
    report = {"file": str(p), **page.as_dict()}
    problems = []
    if not page.title:
        problems.append("无法识别标题")
    if not page.paragraphs:
        problems.append("无法识别正文")
    report["problems"] = problems
    if dry_run or problems:
        report["action"] = "dry-run" if dry_run else "skipped"
        return report
    unit = unit_for_organ(page.organ, default=default_unit)
    if unit is None:
        from gongkai.core.models import Unit

        unit = Unit.objects.filter(parent__isnull=True).order_by("id").first()
    if unit is None:
        report["problems"].append("未识别发文机构，且系统中没有任何机构")
        report["action"] = "skipped"
        return report
    topic = None
    if page.topic:
        topic = (
            Topic.objects.filter(name=page.topic, parent__isnull=True).first()
            or Topic.objects.filter(name=page.topic).first()
        )
    node = CatalogueNode.objects.filter(name=page.catalogue).first() if page.catalogue else None
    published_at = timezone.make_aware(page.published_at) if page.published_at else None
    source = p.name if p.name else str(p)
    fields = {
        "kind": page.kind or "other",
        "doc_number": page.doc_number,
        "written_on": page.written_on,
        "formed_on": page.written_on,
        "topic": topic,
        "catalogue_node": node,
        "validity": page.validity or "valid",
    }
    before = None
    if page.index_number or source:
        from gongkai.publishing.models import InformationItem

        before = (
            InformationItem.objects.filter(index_number=page.index_number)
            .values("updated_at")
            .first()
            if page.index_number
            else InformationItem.objects.filter(imported_from=source).values("updated_at").first()
        )
    item, created = item_import(
        actor=actor,
        unit=unit,
        source=source,
        title=page.title,
        body=page.body_html,
        index_number=page.index_number or None,
        published_at=published_at,
        **fields,
    )
    if created:
        action = "created"
    elif before is not None and before["updated_at"] == item.updated_at:
        action = "unchanged"
    else:
        action = "updated"
    report.update({"action": action, "id": item.pk, "unit": unit.name})
    return report
