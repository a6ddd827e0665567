"""Headers of a household's address column as tables of a change write them (privfix19e,
docs263: a street renamed, door plates replaced).

- **the side of a change**: a table of a change lists each household's value before and
  after it side by side ("原门牌地址 | 变更后门牌地址", "更正前住址 | 更正后住址"): the
  qualifier names when the value held, not another kind of value, so the column is the
  same kind as without it;
- **a note inside the header**: "门牌（楼牌）地址", "住址（门牌号）" — the bracket names an
  alternative word of the same thing, and the header is read without it;
- **the door plate alone**: 门牌, 门牌号, 新门牌, 变更后门牌.

A unit's, an office's, a business's or a workplace's address stays no household's, with
or without the qualifier (变更后单位地址, 原经营地址).
"""

_CJK = "\u4e00-\u9fff"
_NOT_HOME = r"(?!单位|办公|企业|公司|机构|经营|注册|工作)"
CHANGED = r"(?:变更|更正|更改|调整|更名|改名|迁移|整合|重编|编制)[前后]"
_NOTE = rf"(?:[（(][{_CJK}]{{1,4}}[）)])?"
# the whole header, for ``tables.ADDRESS_HEADERS``
HOME_ADDRESS = (
    rf"^{_NOT_HOME}(?:{CHANGED}{_NOT_HOME})?[{_CJK}]{{0,4}}{_NOTE}(?:住址|地址){_NOTE}$"
    rf"|^(?:{CHANGED}|[原新现])?门牌号?{_NOTE}$"
)
