"""A generated, labelled corpus for measuring the scanner (tests and benchmark).

Valid values of every type are written into real sentences from the seed documents
(``settings.GONGKAI_SEEDS_DIR``), each with the exact span it occupies; near misses that
must not be reported (wrong check digit, impossible date, 17 or 19 digits, index and
document numbers, credit codes, dates, money, record numbers, public hotlines) are
written in the same way and carry no label. ``evaluate`` compares findings with labels
and returns precision and recall per type.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from . import validators as v

REGIONS = [
    "110105",
    "110108",
    "310104",
    "440305",
    "510502",
    "510504",
    "230106",
    "320102",
    "330106",
    "420106",
    "530102",
    "371102",
    "210381",
    "500103",
    "650102",
    "610113",
]
AREA_CODES = ["010", "021", "0886", "0830", "0453", "0412", "0538", "0871"]
CARD_PREFIXES = ["622202", "621700", "622848", "436742", "625965", "622588", "621483"]
USCC_SAMPLES = ["91510502", "11510504", "91110108", "51440305", "93310104"]
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建华玉兰志强红梅海燕晓东文博子涵雨欣"
SURNAME_LIST = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏"
)
COMPOUND = ["欧阳", "司马", "诸葛", "上官"]
PROVINCE_PLACES = [
    ("四川省", "泸州市", "江阳区"),
    ("黑龙江省", "牡丹江市", "东安区"),
    ("云南省", "昭通市", "昭阳区"),
    ("山东省", "泰安市", "泰山区"),
    ("辽宁省", "鞍山市", "海城市"),
]
ROADS = ["滨江路", "人民路", "解放大道", "迎宾路", "东风街", "学府路"]
COMMUNITIES = ["阳光小区", "翠苑", "康居花园", "幸福里", ""]
PLATE_CHARS = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


@dataclass
class Corpus:
    text: str
    labels: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, type


# --- value generators ---------------------------------------------------------------


def _birth(rng: random.Random, lo: int = 1935, hi: int = 2015) -> str:
    year = rng.randint(lo, hi)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    return f"{year:04d}{month:02d}{day:02d}"


def resident_id(rng: random.Random, *, want_x: bool = False) -> str:
    while True:
        first17 = rng.choice(REGIONS) + _birth(rng) + f"{rng.randint(0, 999):03d}"
        check = v.id_check_char(first17)
        if want_x == (check == "X"):
            return first17 + check


def legacy_id(rng: random.Random) -> str:
    return rng.choice(REGIONS) + _birth(rng, 1930, 1985)[2:] + f"{rng.randint(0, 999):03d}"


def mobile(rng: random.Random) -> tuple[str, str]:
    digits = rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
    number = "1" + digits
    style = rng.randrange(5)
    if style == 0:
        return number, number
    if style == 1:
        return number, f"{number[:3]} {number[3:7]} {number[7:]}"
    if style == 2:
        return number, f"{number[:3]}-{number[3:7]}-{number[7:]}"
    if style == 3:
        return number, f"+86 {number}"
    return number, f"+86-{number[:3]}-{number[3:7]}-{number[7:]}"


def landline(rng: random.Random) -> str:
    area = rng.choice(AREA_CODES)
    local = rng.choice("23456789") + "".join(
        rng.choice("0123456789") for _ in range(7 if len(area) == 3 else rng.choice((6, 7)))
    )
    style = rng.randrange(3)
    if style == 0:
        return f"{area}-{local}"
    if style == 1:
        return f"({area}){local}"
    return f"{area}-{local}转{rng.randint(100, 8999)}"


def _luhn_complete(body: str) -> str:
    for d in "0123456789":
        if v.luhn_ok(body + d):
            return body + d
    raise AssertionError("unreachable")


def bank_card(rng: random.Random) -> tuple[str, str]:
    length = rng.choice((16, 16, 19, 19, 17, 18))
    body = rng.choice(CARD_PREFIXES)
    body += "".join(rng.choice("0123456789") for _ in range(length - 1 - len(body)))
    number = _luhn_complete(body)
    if length == 18 and (v.is_resident_id(number) or v.is_uscc(number)):
        return bank_card(rng)
    if length in (16, 19) and rng.random() < 0.4:
        return number, " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    return number, number


def uscc(rng: random.Random) -> str:
    body = rng.choice(USCC_SAMPLES) + "".join(
        rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9)
    )
    return body + v.uscc_check_char(body)


def person_name(rng: random.Random) -> str:
    if rng.random() < 0.08:
        return rng.choice(COMPOUND) + rng.choice(GIVEN)
    given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    return rng.choice(SURNAME_LIST) + given


def email(rng: random.Random) -> str:
    local = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
    if rng.random() < 0.3:
        local += str(rng.randint(1, 999))
    return f"{local}@{rng.choice(['qq.com', '163.com', '126.com', 'example.com', 'sina.cn'])}"


def passport(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "E" + "".join(rng.choice("0123456789") for _ in range(8))
    return "E" + rng.choice("ABCDEFGHJK") + "".join(rng.choice("0123456789") for _ in range(7))


def permit(rng: random.Random) -> str:
    return rng.choice("CHT") + "".join(rng.choice("0123456789") for _ in range(8))


def plate(rng: random.Random) -> str:
    tail = "".join(rng.choice("0123456789") for _ in range(4))
    tail = rng.choice(PLATE_LETTERS + "0123456789") + tail
    return rng.choice(PLATE_CHARS) + rng.choice(PLATE_LETTERS) + tail


def address(rng: random.Random) -> str:
    province, city, district = rng.choice(PROVINCE_PLACES)
    road = rng.choice(ROADS)
    house = rng.randint(1, 300)
    tail = rng.choice(
        [
            f"{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(1, 30)}0{rng.randint(1, 4)}室",
            f"{rng.randint(1, 20)}幢{rng.randint(101, 2504)}室",
            f"{rng.randint(1, 9)}-{rng.randint(1, 6)}-{rng.randint(101, 2504)}",
            f"{rng.randint(101, 2504)}室",
        ]
    )
    community = rng.choice(COMMUNITIES)
    if rng.random() < 0.2:  # a rural address: township, village, group, house
        town = rng.choice(["大山镇", "黄舣镇", "新华乡"])
        village = rng.choice(["红星村", "长岭村", "石桥村"])
        return f"{city}{district}{town}{village}{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
    return f"{province}{city}{district}{road}{house}号{community}{tail}"


SECRECY_LINES = [
    "机密★5年",
    "秘密★1年",
    "绝密★长期",
    "机密",
    "密级：秘密",
    "【内部资料】",
    "内部资料 注意保密",
    "公开属性：不予公开",
    "涉密",
    "【内部】",
]


# --- near misses ----------------------------------------------------------------------


def near_misses(rng: random.Random) -> list[str]:
    good = resident_id(rng)
    wrong_check = good[:17] + next(c for c in "0123456789X" if c != good[17])
    impossible = good[:6] + "19990230" + good[14:17]
    impossible += v.id_check_char(impossible)
    future = good[:6] + "20991231" + good[14:17]
    future += v.id_check_char(future)
    seventeen = good[:17]
    if v.is_bank_card(seventeen):
        seventeen = seventeen[:16] + str((int(seventeen[16]) + 1) % 10)
    nineteen = good[:17] + "0" + good[17] if good[17] != "X" else good[:17] + "01"
    while v.is_bank_card(nineteen):
        nineteen = nineteen[:18] + str((int(nineteen[18]) + 1) % 10)
    card_number, _ = bank_card(rng)
    bad_card = card_number[:-1] + str((int(card_number[-1]) + 1) % 10)
    phone, _ = mobile(rng)
    year = rng.randint(2010, 2025)
    return [
        f"受理编号{wrong_check}",
        f"档案编号：{wrong_check}",
        f"证书编号 {wrong_check}",
        f"编号{impossible}",
        f"编号{future}",
        f"流水号{seventeen}",
        f"流水号{nineteen}",
        f"卡号{bad_card}",
        f"号码{phone[:10]}",
        f"号码{phone}0",
        f"号码12{phone[2:]}",
        f"索引号：01528172{rng.randint(0, 9)}-{year}-{rng.randint(1, 999999):06d}",
        f"索引号：113708280043326001/{year}-{rng.randint(1, 99999):05d}",
        f"泸政办发〔{year}〕{rng.randint(1, 120)}号",
        f"统一社会信用代码：{uscc(rng)}",
        f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
        f"￥{rng.randint(1, 9999)},{rng.randint(100, 999)},{rng.randint(100, 999)}.{rng.randint(10, 99)}",
        f"{rng.randint(10000000, 999999999)}.00元",
        f"{rng.randint(100, 99999)}万元",
        f"网站标识码：{rng.randint(1000000000, 9999999999)}",
        f"蜀ICP备{rng.randint(10000000, 99999999)}号-1",
        f"川公网安备 {rng.randint(10**13, 10**14 - 1)}号",
        "服务热线12345",
        "对涉及国家秘密、商业秘密的信息不予公开",
        "加强内部管理",
    ]


# --- corpus -----------------------------------------------------------------------------


def seed_sentences(seeds_dir: Path | None = None) -> list[str]:
    if seeds_dir is None:
        from django.conf import settings

        seeds_dir = Path(settings.GONGKAI_SEEDS_DIR)
    sentences = []
    for path in sorted(Path(seeds_dir).glob("*.txt")):
        for part in path.read_text(encoding="utf-8").replace("\n", "。").split("。"):
            part = part.strip()
            if len(part) >= 8:
                sentences.append(part + "。")
    return sentences


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.labels: list[tuple[int, int, str]] = []

    def write(self, text: str, kind: str | None = None) -> None:
        if kind:
            self.labels.append((self.size, self.size + len(text), kind))
        self.parts.append(text)
        self.size += len(text)

    def corpus(self) -> Corpus:
        return Corpus("".join(self.parts), self.labels)


def _inject(b: _Builder, rng: random.Random, kind: str) -> None:
    if kind == "id_card":
        value = resident_id(rng, want_x=rng.random() < 0.15)
        if rng.random() < 0.1:
            value = legacy_id(rng)
        elif rng.random() < 0.1:  # a mistyped check character, labelled as an ID number
            value = value[:17] + next(c for c in "0123456789X" if c != value[17])
            b.write(rng.choice(["身份证号码：", "公民身份号码", "证件号码 "]))
            b.write(value, "id_card")
            return
        b.write(rng.choice(["申报人身份证号码：", "公民身份号码", "证件号码 ", "", "（", "号码为"]))
        b.write(value, "id_card")
    elif kind == "mobile":
        _n, shown = mobile(rng)
        b.write(rng.choice(["联系手机：", "手机号码", "请致电", "", "微信同号", "Tel:"]))
        code = shown[: shown.index("1")]  # a country code: no personal data, unlabelled
        b.write(code)
        b.write(shown[len(code) :], "mobile")
    elif kind == "landline":
        b.write(rng.choice(["家庭电话：", "住宅电话", "联系电话 "]))
        number, _sign, extension = landline(rng).partition("转")
        # put through to a desk: a switchboard's line, so a unit's (unlabelled)
        b.write(number, None if _sign else "landline")
        b.write(_sign + extension)
    elif kind == "bank_card":
        _n, shown = bank_card(rng)
        b.write(rng.choice(["补贴发放至银行卡号", "社保卡号：", "账号 ", "", "打入"]))
        b.write(shown, "bank_card")
    elif kind == "email":
        b.write(rng.choice(["电子邮箱：", "邮件请发至 ", "E-mail:"]))
        b.write(email(rng), "email")
    elif kind == "passport":
        b.write("护照号码：")
        b.write(passport(rng), "passport")
    elif kind == "permit":
        b.write(rng.choice(["往来港澳通行证号码", "通行证号："]))
        b.write(permit(rng), "permit")
    elif kind == "plate":
        b.write(rng.choice(["车牌号码", "肇事车辆号牌为"]))
        b.write(plate(rng), "plate")
    elif kind == "address":
        b.write(rng.choice(["家庭住址：", "现住", "", "位于", "搬至"]))
        b.write(address(rng), "address")
    elif kind == "name":
        style = rng.randrange(3)
        if style == 0:
            b.write(rng.choice(["申请人：", "户主：", "姓名："]))
            b.write(person_name(rng), "name")
        elif style == 1:
            b.write(person_name(rng), "name")
            b.write("，身份证号")
            b.write(resident_id(rng), "id_card")
        else:
            b.write("\n序号\t户主姓名\t家庭人口\t保障金额\n")
            for k in range(rng.randint(2, 4)):
                b.write(f"{k + 1}\t")
                b.write(person_name(rng), "name")
                b.write(f"\t{rng.randint(1, 6)}\t{rng.randint(200, 900)}元\n")
    elif kind == "secrecy":
        b.write("\n")
        line = rng.choice(SECRECY_LINES)
        if line.startswith("密级："):
            b.write("密级：")
            b.write(line[3:], "secrecy")
        elif line.startswith("公开属性："):
            b.write("公开属性：")
            b.write(line[5:], "secrecy")
        elif line == "内部资料 注意保密":
            b.write("内部资料", "secrecy")
            b.write(" ")
            b.write("注意保密", "secrecy")
        elif line.startswith("【"):
            b.write("【")
            b.write(line[1:-1], "secrecy")
            b.write("】")
        else:
            b.write(line, "secrecy")
        b.write("\n")
    elif kind == "org_code":
        b.write("统一社会信用代码：")
        b.write(uscc(rng), "org_code")


INJECTED_TYPES = (
    "id_card",
    "mobile",
    "landline",
    "bank_card",
    "email",
    "passport",
    "permit",
    "plate",
    "address",
    "name",
    "secrecy",
    "org_code",
)


def build(
    *,
    per_type: int = 200,
    near_miss_rounds: int = 200,
    seed: int = 5,
    sentences: list[str] | None = None,
) -> Corpus:
    """Seed sentences with ``per_type`` injected values of each type and near misses."""
    rng = random.Random(seed)
    sentences = sentences or seed_sentences()
    plan = [k for k in INJECTED_TYPES for _ in range(per_type)] + ["miss"] * near_miss_rounds
    rng.shuffle(plan)
    b = _Builder()
    for kind in plan:
        b.write(rng.choice(sentences))
        if kind == "miss":
            for miss in near_misses(rng):
                if miss.startswith("统一社会信用代码："):
                    # an organisation's code is reported, as an organisation identifier
                    b.write("统一社会信用代码：")
                    b.write(miss[9:], "org_code")
                else:
                    b.write(miss)
                b.write("，" + rng.choice(sentences))
        else:
            _inject(b, rng, kind)
            b.write("，" if kind != "secrecy" else "")
    b.write(rng.choice(sentences))
    return b.corpus()


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def evaluate(corpus: Corpus, findings) -> dict[str, Score]:
    """Exact-span scoring per type: a finding counts only with the labelled span and type."""
    labels = {(s, e): k for s, e, k in corpus.labels}
    scores: dict[str, Score] = {}
    matched = set()
    for f in findings:
        score = scores.setdefault(f.type, Score())
        if labels.get((f.start, f.end)) == f.type:
            score.tp += 1
            matched.add((f.start, f.end))
        else:
            score.fp += 1
            score.false_positives.append(corpus.text[max(0, f.start - 10) : f.end + 5])
    for (s, e), kind in labels.items():
        if (s, e) not in matched:
            score = scores.setdefault(kind, Score())
            score.fn += 1
            score.misses.append(corpus.text[s - 10 if s > 10 else 0 : e + 5])
    return scores


def report(scores: dict[str, Score]) -> str:
    lines = [f"{'type':<10} {'labels':>6} {'found':>6} {'precision':>9} {'recall':>7}"]
    for kind in sorted(scores):
        s = scores[kind]
        lines.append(
            f"{kind:<10} {s.tp + s.fn:>6} {s.tp + s.fp:>6} {s.precision:>9.4f} {s.recall:>7.4f}"
        )
    return "\n".join(lines)


PROSE_NAME_TEMPLATES = [
    ("", "同志任区政府办公室主任。"),
    ("村民", "反映自来水管网老化问题。"),
    ("经查，", "于2021年3月擅自占用耕地。"),
    ("", "（男，1965年出生）为本年度低保对象。"),
    ("联系人", "，工作日受理咨询。"),
    ("由", "负责该项目的具体实施。"),
    ("经办人：", "。"),
    ("当事人", "未按规定办理审批手续。"),
]


def build_prose_names(*, count: int = 400, seed: int = 7) -> Corpus:
    """Names written in running prose, most without a label: how far context carries."""
    rng = random.Random(seed)
    sentences = seed_sentences()
    b = _Builder()
    for _ in range(count):
        b.write(rng.choice(sentences))
        before, after = rng.choice(PROSE_NAME_TEMPLATES)
        b.write(before)
        b.write(person_name(rng), "name")
        b.write(after)
    return b.corpus()
