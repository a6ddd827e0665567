"""A keeper's name inside an individual business's trade name, standing alone (issue 16,
docs225–docs230).

An individual business (个体工商户) is commonly named by its place and its keeper:
"某县某镇张三五金店", "某县某街道李四家电维修部", "某镇王五米粉加工坊". By the settled convention
(README of the held-out batches, twelfth sitting) the keeper's name there is marked and
the rest of the trade name is plain. ``shopkeepers`` finds it where the record names the
keeper again; here the trade name alone decides, where it fills a cell, a label's value or
an export's field: a place ending in 县, 市, 区, 镇, 乡 or 街道 opens it, a name of three
characters (or one with a compound surname; of two where the name model is sure) follows
the place, and a shop's word (店, 馆, 部, 坊, 厂, 场, 行, 铺, 摊, 档, 诊所, 农家乐) ends it, the
name right before a word of goods or trade (手机, 家电, 副食, 米粉, 停车 …). A
company's or an institution's name (有限公司, 合作社, 中心, 医院 …) is no individual
business, and a name the model doubts is left alone (a trade name by a word: 某镇金龙饭店).
"""

from __future__ import annotations

import re

from . import namemodel
from . import validators as v

Candidate = tuple[int, int, str, float]

# the end of a trade name filling its cell: a shop's word (its last character) before the
# cell's end; the cell is then read back to its edge in Python (a search led by the edge
# or by a run of Han characters tries every position of a long text: several times dearer;
# one led by the class of the words' last characters costs a test at every character:
# one search per character found in the text, led by it as a literal, instead)
_SHOP_END = {
    ch: re.compile(ch + r"(?=[\t|｜,，;；\n<\"”（(\s）)。、]|$)")
    for ch in "店馆部坊厂场行铺摊档所乐房点"
}
# (in prose too: a sentence's or a bracket's edge, "…均系某县某镇X竹编厂（个体工商户）",
# "（营业执照上写的是某市某镇X五金加工店）", "（如某县某镇X烟酒商行，9243…）"; privfix22b)
_EDGES = '\t|｜,，;；：:\n>"“ \u3000。（(、'
# the last edge before a trade name's end: one match from 28 characters before it (the
# greedy run backs off to the last edge) instead of an ``rfind`` of each edge
_LAST_EDGE = re.compile(f"(?s:.*)[{re.escape(_EDGES)}]")
_TRADE = re.compile(  # (a dotted keeper's name inside: 某市X·Y烟花爆竹零售点; a stall's 点)
    r"[\u4e00-\u9fff·]{4,30}(?:店|馆|部|坊|厂|场|行|铺|摊|档|点|诊所|卫生室|工作室|农家乐|药房|补习班|辅导班|"
    r"托管班|培训班)"
)
# (a village, a neighbourhood or a group last: 某镇某村X养猪场, 某社区X便利店)
_PLACE_END = re.compile(r"县|市|区|镇|乡|街道|村|社区|组|(?<=[\u4e00-\u9fff]{2})[街路](?!道)")
# a unit's word in the rest: no individual business
_UNIT = re.compile(
    r"公司|合作社|中心|医院|学校|银行|委员会|政府|办事处|集团|协会|供销|国营|粮站|卫生(?!室)"
)
# what an individual business sells or does, right after its keeper's name
_GOODS = re.compile(
    r"手机|通讯|数码|电脑|家电|电器|维修|修理|汽修|修车|汽配|摩托|电动车|轮胎|洗车|装饰|装修|建材|"
    r"五金|水电|灯具|家具|木材|木器|竹|铁艺|石材|砂石|沙石|砖|水果|蔬菜|副食|食品|粮油|米粉|米|面|"
    r"饭|餐|酒|茶|烟酒|小吃|早餐|快餐|烧烤|卤|熟食|豆腐|豆制品|糕点|蛋糕|面包|馒头|包子|饺子|鱼丸|"
    r"冷饮|奶茶|肉|猪肉|牛肉|鲜肉|禽|水产|海鲜|干货|调料|杂货|日杂|百货|小卖|便利|商店|门市|批发|"
    r"零售|经营|加工|养殖|种植|农资|化肥|种子|兽药|药|诊所|中医|口腔|牙科|推拿|按摩|足浴|理发|美发|"
    r"美容|美甲|照相|摄影|打印|复印|图文|文具|书|眼镜|钟表|服装|服饰|鞋|布|窗帘|床上用品|旅馆|宾馆|"
    r"民宿|客栈|农家乐|棋牌|网吧|废品|回收|碾米|榨油|酿酒|茶叶|花|渔具|宠物|停车|加油|驾校|补习|"
    # a farm's and a diner's or a parlour's trade (X养猪场, X奶牛养殖场, X火锅店, X麻将馆)
    r"养|畜|奶牛|生猪|蛋鸡|火锅|串串|麻辣|冒菜|中餐|西餐|土菜|清真|麻将|汽车|干洗|裁缝|食杂|收购|"
    r"家庭|超市|保健|卫生室|"  # (a village clinic named by its doctor: 某镇X卫生室)
    # a pharmacy's, a vet's and a pet clinic's (某镇X大药房, 某县X兽医诊所, 某县X宠爱动物诊所)
    r"大药|兽医|宠爱|动物|"
    # a training workshop's or a tutor's trade (某街道X舞蹈工作室, 某县X课后托管服务部)
    r"课后|托管|培训|辅导|舞蹈|美术|少儿|音乐|钢琴|艺术|画|农机|"
    # a diner by its cuisine (某镇X川菜馆, X家常菜馆) and a bakery of naan (某乡X馕坑作坊)
    r"[川湘粤鲁徽]菜|家常菜|菜|馕|烟花|爆竹|便民"
)
# a trade name's end that needs no edge after it: a farm's, a diner's or a workshop's word
# of two characters or more, the trade name going on into the complaint ("某村X奶牛养殖场
# 夜间偷排粪污", "某街道X餐馆油烟直排"), by its last character (each place of that character
# found as a literal, the word then tested there: no search of the text per word; each
# character's words of one length)
_SHOP_WORDS = {
    "场": ("养殖场", "养猪场", "养鸡场", "养鸭场", "养牛场", "养羊场"),
    "馆": ("餐馆",),
    "店": ("饭店",),
    "厂": ("加工厂", "修理厂"),
    "室": ("卫生室",),
}
# a tutor's or a workshop's trade name going on into the complaint (某县X书画培训部超范围…):
# its words found by their last character, each three characters long (部 and 室 stand in
# every text, 部门, 办公室: a walk of them with ``str.find`` and one ``startswith`` of the
# words at each costs half of the regex's search for the alternation, tried at every place)
_RUN_ON = ("工作室", "培训部", "服务部", "补习班", "辅导班", "托管班", "培训班")
# the characters a trade name of two characters is commonly made of (金龙, 富民, 华丰, 阳光,
# 温馨, 向阳, 万达, 乐家) and a familiar name's prefix (阿芳): surnames and given names'
# characters too, but no keeper's name read on its own
_BRAND_FIRST = frozenset(
    "金鑫富华利惠阳明向温隆万宏鸿兴永恒顺福吉祥瑞盛昌旺发达新天佳美好红大小老百千阿家"
    # and a pharmacy's (康乐药店, 仁和大药房, 济民药店, 安泰药房, 益寿堂)
    "康乐仁济安泰益寿健"
)
# a tutor's or a workshop's trade name's end, where a keeper the model is less sure of counts
# (a shop's or a farm's name by a brand of three characters is common: 某县晋味源…店)
_TUTOR_ENDS = ("工作室", "培训部", "服务部", "补习班", "辅导班", "托管班", "培训班")
# a brand's last character, never a keeper's given name's (乐学堂, 明德轩, 博雅苑)
_BRAND_LAST = frozenset("堂苑轩阁斋院园社")
# places and units of the rest (a village's shop: 某镇某村X店 keeps its village as place)
_PLACE_IN = re.compile(r"[村社组]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _alone(text: str, name: str) -> bool:
    """Whether the text names ``name`` elsewhere as a whole: no Han character touching it
    on either side (a cell or a field of its own: "<XM>X</XM>", "　X（…）"); a brand word
    comes back only inside trade names (某镇乐家五金店, 某县乐家汽车修理部)."""
    k = text.find(name)
    while k >= 0:
        before = text[k - 1 : k]
        after = text[k + len(name) : k + len(name) + 1]
        if not _HAN.fullmatch(before or " ") and not _HAN.fullmatch(after or " "):
            return True
        k = text.find(name, k + 1)
    return False


def _keeper(rest: str, text: str, loose: bool = False) -> tuple[str, bool] | None:
    """The keeper's name at the start of ``rest`` (the trade name less its place) and
    whether it is sure: one of three characters or more before a word of goods or trade,
    or one of two that the text names elsewhere on its own (金龙饭店, 乐家五金店: a trade
    name by a word stays plain). One of two that is named nowhere else is unsure (``_pair``)."""
    # (four: a compound surname's, or a transliterated name's the model is sure of: 某乡吾买尔江馕坑作坊)
    if "·" in rest[:8]:
        return _dotted_keeper(rest)
    sizes = (
        (4, 3) if rest[:2] in v.COMPOUND_SURNAMES or namemodel.score(rest[:4]) >= 0.9 else (3, 2)
    )
    for size in sizes:
        name = rest[:size]
        if len(rest) - size < 1 or not _GOODS.match(rest, size):
            continue
        if name[-1] == "大" and rest.startswith("药", size):
            continue  # (某镇惠民大药房: the pharmacy's 大, no name's)
        if name[-1] in _BRAND_LAST:
            continue  # 某县乐学堂托管服务部: the brand's word, no keeper
        translit = size == 4 and name[:2] not in v.COMPOUND_SURNAMES  # (the model alone)
        if not (translit or v.plausible_name(name, strict=size < 4)) or namemodel.score(name) < 0.9:
            if not (loose and _loose_three(name)):
                continue
        if size == 2 and name in v.COMMON_WORDS:
            return None
        if size == 2 and not _alone(text, name):
            # (unsure, and none where three characters read as a name: 某镇X春花保健品店)
            return (name, False) if _pair(name) and not _three(rest) else None
        return name, True
    return None


def _dotted_keeper(rest: str) -> tuple[str, bool] | None:
    """A dotted keeper's name opening ``rest`` (艾尔肯·买买提烟花爆竹零售点): a first part of
    two to six signs, the last part the shortest run of two or more before a word of goods or
    trade of two signs or more (阿布都拉 before 便民, not 阿 before 布)."""
    dot = rest.find("·")
    if not 1 < dot <= 6 or not _HAN_RUN.fullmatch(rest, 0, dot):
        return None
    for k in range(dot + 3, min(len(rest) - 1, dot + 8)):
        goods = _GOODS.match(rest, k)
        if goods and goods.end() - k >= 2 and _HAN_RUN.fullmatch(rest, dot + 1, k):
            return rest[:k], True
    return None


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _loose_three(name: str) -> bool:
    """A keeper of three characters the model is less sure of (赵月仙, 董正华) in a tutor's
    trade name (``_TUTOR_ENDS``): a loose name opened by no brand's character (金太阳 stays a
    brand)."""
    return (
        len(name) == 3
        and name[0] not in _BRAND_FIRST
        and name[1] not in _BRAND_FIRST
        and v.plausible_name(name)
        and namemodel.score(name) >= 0.75
    )


def _three(rest: str) -> bool:
    """Whether the trade name's rest opens with three characters that read as a name."""
    return v.plausible_name(rest[:3], strict=True) and namemodel.score(rest[:3]) >= 0.9


def _pair(name: str) -> bool:
    """Whether a name of two characters inside a trade name reads as a keeper's once the
    text names other businesses by their keepers (``trade_keepers``): a common surname that
    opens no usual trade word (金龙, 富民, 阳光 …) and a given name's character."""
    return (
        (name[0] in v.SURNAMES or name[0] in v.RARE_SURNAMES)
        and name[0] not in _BRAND_FIRST
        and name[1] in v.GIVEN_CHARS
        and name[1] not in _BRAND_FIRST
    )


def _shop_ends(text: str) -> list[int]:
    """The ends of ``_SHOP_END``'s matches in the text, in order."""
    ends: list[int] = []
    for ch, shop_end in _SHOP_END.items():
        k = text.find(ch)
        if k >= 0:
            ends += [m.end() for m in shop_end.finditer(text, k)]
    for ch, words in _SHOP_WORDS.items():
        size = len(words[0])  # (each character's words are of one length: one startswith)
        k = text.find(ch)
        while k >= 0:
            if text.startswith(words, k + 1 - size):
                ends.append(k + 1)
            k = text.find(ch, k + 1)
    for ch in "室部班":
        k = text.find(ch, 2)
        while k >= 0:
            if text.startswith(_RUN_ON, k - 2):
                ends.append(k + 1)
            k = text.find(ch, k + 1)
    return sorted(set(ends))


def trade_keepers(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` and the keepers' names inside trade names standing alone (module docstring)."""
    if not any(
        w in text for w in ("店", "部", "坊", "馆", "场", "厂", "行", "铺", "所", "室", "班")
    ):
        return cands
    have: set[tuple[int, int]] | None = None  # (the names found, gathered once needed)
    out = []
    # keepers of two characters named nowhere else: kept when the text names another
    # business by a sure keeper (a register of farms or diners named by their keepers)
    unsure: list[Candidate] = []
    for end in _shop_ends(text):
        lo = end - 28 if end > 28 else 0
        last = _LAST_EDGE.match(text, lo, end)
        edge = last.end() - 1 if last else -1
        if edge < 0 or _TRADE.fullmatch(text, edge + 1, end) is None:
            continue
        whole = text[edge + 1 : end]
        cut = 0
        for p in _PLACE_END.finditer(whole, 2, len(whole) - 3):
            cut = p.end()  # (after the last place word: 某县某街道X店)
        if not cut:
            continue
        rest = whole[cut:]
        if _UNIT.search(rest) or _PLACE_IN.search(rest[:4]):
            continue
        found = _keeper(rest, text, whole.endswith(_TUTOR_ENDS))
        if found is None:
            continue
        name, sure = found
        start = edge + 1 + cut
        span = (start, start + len(name))
        if have is None:
            have = {(c[0], c[1]) for c in cands if c[2] == "name"}
        if span not in have and not any(s < span[1] and span[0] < e for s, e in have):
            (out if sure else unsure).append((span[0], span[1], "name", 0.8))
        elif sure:
            out.append((span[0], span[1], "", 0.0))  # (found before: corroborates)
    if unsure and out:
        out += unsure
    out = [c for c in out if c[2]]
    return cands + out if out else cands
