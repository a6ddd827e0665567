"""A street's house number that the words after it make someone's home (issue 16, docs130).

A street and number alone may be an office's ("桐城路56号" in a notice); the words right
after it say whose it is when they name a household: a relative's or an acquaintance's
home ("…路56号其女儿X家", "…号亲戚家", "…号朋友王某家"), or a home's own word ("…号家中",
"…号住处", "…号寓所"). A unit's word after the number (…号县政府, …号国家电网) is none
of these: 家 must close a person's word (a relative, a friend, a name after one), not
open a compound (家具, 家电, 家政, 家园).
"""

from __future__ import annotations

import re

_KIN = (
    r"(?:女儿|儿子|父亲|母亲|父母|岳父|岳母|公公|婆婆|爷爷|奶奶|外公|外婆|哥哥|姐姐|弟弟|妹妹|"
    r"亲戚|朋友|亲属|子女|孙子|孙女|外孙|侄子|侄女|舅舅|姑姑|叔叔|伯父|阿姨|妻子|丈夫|女婿|儿媳|"
    r"长子|次子|长女|次女|之子|之女|同学|同事|邻居|老乡)"
)
_HOME_AFTER = re.compile(
    r"(?:的)?(?:(?:其|我|他|她|本人|申请人|当事人)?" + _KIN + r"(?:[\u4e00-\u9fff·]{2,4})?家"
    r"|家中|住处|寓所|居所|老宅|家里)(?![具电政园居属长乡])"
)


def home_after(text: str, end: int) -> bool:
    """Whether the words right after the house number ending at ``end`` name a home."""
    return _HOME_AFTER.match(text, end) is not None
