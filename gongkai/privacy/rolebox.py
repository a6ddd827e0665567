"""A mailbox named after an office's role, not a person (issue 16, docs77): a firm's or an
institution's box on its own domain whose local part says what desk reads it (tongji@,
office@, info@, kefu@, hr@, xxgk@ …) is the unit's, though it stands in a row of the
persons who answer for the firm; a box on its own domain written from a name (luolan@,
jianghong@) stays a person's, and so does any box at a public mail service (tongji@163.com
may be anyone's).
"""

from __future__ import annotations

import re

# the desks (pinyin and English) an organisation's box is named after, a number after
_ROLE_LOCAL = re.compile(
    r"(?:tongji|tjk|tjs|office|info|admin|service|services|kefu|kf|hr|renshi|xxgk|bgs|"
    r"bangongshi|caiwu|cw|zhaopin|contact|support|postmaster|webmaster|sales|market|"
    r"xinxi|xinfang|jubao|tousu|zixun|fuwu|zonghe|zhb|dangban|db|rsk)[._-]?\d{0,3}",
    re.I,
)
# a public mail service's domain: a box there is a person's own
_PUBLIC_SERVICE = re.compile(
    r"(?:vip\.)?(?:qq|foxmail|163|126|yeah|sina|sohu|139|189|aliyun|outlook|hotmail|"
    r"gmail|live|msn|yahoo|tom|21cn|wo)\.(?:com|cn|net|com\.cn)",
    re.I,
)


def role_mailbox(local: str, domain: str) -> bool:
    """Whether ``local@domain`` is an office's desk box on the unit's own domain."""
    return bool(_ROLE_LOCAL.fullmatch(local)) and not _PUBLIC_SERVICE.fullmatch(domain)
