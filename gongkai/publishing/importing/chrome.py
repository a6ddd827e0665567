"""Site chrome: the words every government site wraps around a document.

Three kinds: widgets that sit inside a line (【打印】【关闭】, 字体 大 中 小, 视力保护色,
简体/繁体, 分享到), lines that are chrome as a whole (breadcrumbs, search boxes, 热搜,
上一篇/下一篇, visitor counters), and the footer, which starts at a strong marker (ICP,
公网安备, 网站标识码, 版权所有, 主办单位…) after which no sentence of the document follows,
and which takes with it the contact lines (地址, 邮编, 联系电话) just above that marker.
"""

from __future__ import annotations

import re

# Widgets removed wherever they sit in a line.
_B = r"[【\[〔(（]\s*"
_E = r"\s*[】\]〕)）]"
INLINE = re.compile(
    "|".join(
        [
            rf"{_B}(?:打印|打印本页|打印此页|打印文章|关闭|关闭窗口|关闭本页|返回|返回顶部|收藏|加入收藏|"
            rf"我要纠错|纠错|大|中|小|默认|保存|下载本页|分享){_E}",
            r"[【\[]?\s*字[体号]\s*[:：]?\s*(?:[【\[]?\s*(?:大|中|小|默认|特大|放大|缩小|A\+|A-|T)\s*[】\]]?\s*){2,4}",
            r"视力保护色\s*[:：]?(?:\s*[■□●◆]){0,8}",
            r"(?:简体中文|繁體中文|简体版|繁体版|繁體版|简体|繁体|繁體)(?=\s|$|[|｜/])",
            r"分享到\s*[:：]?(?:\s*(?:微信|微博|QQ空间|QQ|新浪微博|腾讯微博|朋友圈|人人网|豆瓣))*",
            r"(?:手机)?扫一扫(?:在手机(?:上)?(?:打开|浏览|查看)当前页|分享到朋友圈|用手机看)",
            r"打印本页|关闭窗口|返回顶部|加入收藏|设为首页|无障碍浏览|长者模式|适老化",
        ]
    )
)
# Lines that are chrome as a whole (checked on lines shorter than LINE_LIMIT).
LINE = re.compile(
    r"上一篇|下一篇|上一条|下一条|ICP备|ICP证|公网安备|网站标识码|政府网站标识码|版权所有|Copyright|"
    r"All Rights Reserved|©|主办单位|承办单位|协办单位|主办[:：]|承办[:：]|技术支持|网站制作|"
    r"网站维护|访问者|访问人数|访问量|访问次数|浏览次数|您是第|你是第|本站访问|站内搜索|全站搜索|"
    r"高级搜索|^搜\s*索$|^搜索[:：]?$|请输入(?:关键字|关键词|搜索)|^热搜|^热门搜索|^热词|^热点搜索|"
    r"欢迎光临|欢迎访问|欢迎您|建议使用.{0,20}浏览器|分辨率|网站地图|站点地图|设为首页|加入收藏|"
    r"无障碍|长者模式|关闭窗口|打印本页|分享到|附件下载[:：]?$|相关链接|友情链接|相关文章|"
    r"相关信息[:：]?$|相关阅读|推荐阅读|热点新闻|^当前位置|^您当前的位置|^您的位置|现在的位置|"
    r"当前的位置|^位置[:：]|^首页\s*[>＞»/]|返回顶部|^返回$|^\[?返回\]?$|政务微博|政务微信|"
    r"官方微信|官方微博|手机版|移动版|^登录|^注册$|^English$|^用户登录|^RSS|视力保护色|^简体|^繁體|"
    r"^繁体|^字[体号][:：]|^【\s*字|^打印$|^关闭$|^收藏$|我要纠错|网站纠错|^扫一扫|扫码|二维码|"
    r"^联系我们|^关于本站|^网站声明|^隐私声明|^免责声明|^使用帮助",
    re.IGNORECASE,
)
LINE_LIMIT = 160
# The footer starts at one of these (after the document).
FOOTER = re.compile(
    r"上一篇|下一篇|上一条|下一条|ICP备|ICP证|公网安备|网站标识码|版权所有|Copyright|©|主办单位|"
    r"主办[:：]|承办单位|技术支持|访问人数|访问者|您是第|你是第|关闭窗口|打印本页|【\s*打印\s*】|"
    r"【\s*关闭\s*】|附件下载[:：]?$|相关链接|友情链接|相关文章|相关阅读|推荐阅读|返回顶部|网站地图|"
    r"分享到|扫一扫",
    re.IGNORECASE,
)
# Contact lines of a footer: removed only next to a footer marker.
FOOTER_WEAK = re.compile(
    r"地址[:：]|邮编[:：]|邮政编码|联系电话|电话[:：]|传真[:：]|电子邮箱|邮箱[:：]|E-?mail|联系我们|"
    r"主办|承办|协办|维护|网站|纠错|^\s*[|｜]|[|｜]\s*$",
    re.IGNORECASE,
)
BREADCRUMB = re.compile(
    r"(当前位置|您的位置|您当前的位置|现在的位置|当前的位置|你的位置|所在位置)\s*[:：]|"
    r"^首页\s*[>＞»/›]|[>＞»›]\s*正文\s*$"
)
LINK_BLOCK = re.compile(
    r"^(相关链接|友情链接|相关文章|相关信息|相关阅读|推荐阅读|热点新闻|最新信息|热门文章)[:：]?$"
)
SENTENCE_END = re.compile(r"[。！？；]|[：:]$")


def strip_inline(line: str) -> str:
    """The line without inline widgets (only the widgets; the rest stays)."""
    cleaned = INLINE.sub(" ", line)
    return re.sub(r"[ \u3000]{2,}", " ", cleaned).strip() if cleaned != line else line


HARD = re.compile(
    r"ICP备|ICP证|公网安备|网站标识码|版权所有|Copyright|建议使用.{0,20}浏览器|您是第|你是第|访问者|"
    r"分辨率|上一篇|下一篇",
    re.IGNORECASE,
)
ENUMERATED = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])"
)


def is_chrome_line(line: str) -> bool:
    """Chrome as a whole line; a numbered item or a sentence of prose is not (unless it
    carries a record number or a counter)."""
    if len(line) >= LINE_LIMIT or not LINE.search(line):
        return False
    if HARD.search(line):
        return True
    return not ENUMERATED.match(line) and not re.search(r"[。！？]", line)


def is_nav_line(line: str) -> bool:
    """A row of short menu words ("首页 机构概况 政务公开 政务服务")."""
    tokens = [t for t in re.split(r"[ \u3000|｜·•/]+", line) if t]
    if len(tokens) < 4 or SENTENCE_END.search(line):
        return False
    return all(len(t) <= 8 for t in tokens)


def is_sentence(line: str) -> bool:
    """A line of the document's own prose (used to find where the footer starts)."""
    text = line.strip()
    return len(text) >= 15 and bool(re.search(r"[。！？；]", text)) and not is_chrome_line(text)
