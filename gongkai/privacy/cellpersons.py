"""Persons named beside the one a table's cell holds, and the words of a person column
that name nobody (``tables``): a relative named in a row's note ("父刘志勇，…",
"王建军（父）") and whoever signed or collected in a person's stead ("（由其子张伟代领）").
"""

from __future__ import annotations

import re

from . import validators as v
from .headerqualifiers import BOUNDARY_FEATURES

Candidate = tuple[int, int, str, float]  # start, end, type, confidence

CJK = "\u4e00-\u9fff"

# Words found in a person column that are not persons.
NOT_NAMES = frozenset(
    "合计 小计 总计 共计 累计 备注 以下空白 空白 本人 户主 配偶 子女 父亲 母亲 儿子 女儿 同上 其他 "
    "不详 待定 汉族 姓名 无 暂无 略 空 下落不明 去向不明 查无此人 失联 匿名 佚名 "
    "法定 法定继承人 "  # an insured person's beneficiary by law (身故受益人: 法定)
    "测试 样例 示例 门卫 保安 保姆 "
    # a licence register's business type (业务类型: 注销（经营者死亡）, 停业, 延续)
    "注销 吊销 撤销 停业 歇业 复业 延续 变更 新办 补办 换证 "  # a form's test row (测试, 138…); a signer by post (门卫代收)
    # relations written in a column of their own (与学生关系, 与户主关系)
    "母子 母女 父子 父女 祖孙 爷孙 奶孙 外祖孙 祖父 祖母 外祖父 外祖母 兄弟 姐妹 兄妹 姐弟 "
    "夫妻 叔侄 姑侄 舅甥 外祖孙 丈夫 妻子 公婆 岳父 岳母 兄长 亲属 男婴 女婴 男孩 女孩 "
    "父母 祖父母 外祖父母 岳父母 兄姐 弟妹 同胞兄姐 "  # (kin of two generations or more)
    # a household's members' cell saying there are none: one living alone, no spouse, no kin
    # (家庭成员: 独居; a roster's 单身, 孤寡, 无子女; docs277)
    "独居 独身 单身 孤寡 孤老 空巢 寡居 鳏居 一人户 单人户 无子女 无配偶 无家属 无亲属 无同住人".split()
).union(BOUNDARY_FEATURES)  # 村道, 集体山林: what stands on a plot's side

# a person acting for the one in the cell, in its note: "（皮小军代签）", "（由其子张伟代领）"
_PROXY = re.compile(
    rf"[（(](?:由|系)?(?:其?(?:[子女妻夫父母兄弟姐妹侄孙媳婿]|儿子|女儿|丈夫|妻子|父亲|母亲|孙子|孙女|"
    rf"儿媳|女婿|侄子|外孙)\s*)?([{CJK}·]{{2,5}}?)(?:代签|代领|代办|代收|代为|签字|代)"
)


def proxy_names(cell: str, base: int, out: list[Candidate], conf: float) -> None:
    for m in _PROXY.finditer(cell):
        name = m.group(1)
        if name not in NOT_NAMES and v.plausible_name(name):
            out.append((base + m.start(1), base + m.end(1), "name", conf - 0.1))


# a relative named in a note of a person's row: "父刘志勇，2021年因公牺牲", "烈士王建军（父）"
_KIN_THEN_NAME = re.compile(
    rf"(?:^|[，,；;、。\s：:])其?(?:父亲|母亲|配偶|妻子|丈夫|儿子|女儿|父|母|妻|夫)[：:]?"
    rf"([{CJK}]{{2,4}}?)(?=[，,；;、。（(\s]|$)"
)
_NAME_THEN_KIN = re.compile(
    rf"([{CJK}]{{2,6}})[（(](?:[胞堂表]?(?:哥哥|姐姐|弟弟|妹妹|兄|弟|姐|妹)|孙[子女]?|外孙[子女]?|侄[子女]?|外甥女?|儿媳|女婿|父亲|母亲|配偶|妻子|丈夫|儿子|女儿|父|母|妻|夫|子|女)[）)]"
)


def relatives_named(cell: str, offset: int, out: list[Candidate]) -> None:
    for m in _KIN_THEN_NAME.finditer(cell):
        name = m.group(1)
        if v.plausible_name(name, strict=True) and name not in NOT_NAMES and name[0] not in "父母":
            out.append((offset + m.start(1), offset + m.end(1), "name", 0.8))
    for m in _NAME_THEN_KIN.finditer(cell):
        run = m.group(1)
        if len(run) == 3 and not cell[: m.start(1)].strip() and v.surname_length(run) == 1:
            # the cell's whole name before its kinship note, whatever its given name reads
            # like (訾方圆（侄子）: not 方圆)
            out.append((offset + m.start(1), offset + m.end(1), "name", 0.8))
            continue
        for size in (4, 3, 2):
            if len(run) >= size and v.plausible_name(run[-size:]):
                out.append((offset + m.end(1) - size, offset + m.end(1), "name", 0.8))
                break
