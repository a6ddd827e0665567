"""Title, issuing organ and year of a plan, read from the document itself."""

from __future__ import annotations

import re

PLAN_WORDS = r"(?:工作要点|实施方案|工作方案|任务分解表|分解表|工作计划|任务清单|责任清单|台账|安排|要点|方案|计划)"
ORGAN = (
    r"(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|办公室|办公厅|委员会|管理局|服务局|局|委|办|厅"
    r"|中心|政府|街道办事处|镇人民政府)"
)
_NAV = re.compile(
    r"首页|当前位置|您的位置|现在的位置|站内搜索|网站地图|版权|Copyright|ICP|浏览|访问"
)


def _candidates(lines: list[str]) -> list[str]:
    out: list[str] = []
    for i, line in enumerate(lines[:200]):
        line = line.strip()
        if not (6 <= len(line) <= 80) or _NAV.search(line) or re.search(r"[。；]", line):
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if (
            "关于" in line
            and not re.search(r"(通知|意见|方案|要点|决定|函)$", line)
            and re.search(r"(通知|意见)$", nxt)
        ):
            line = line + nxt
        out.append(line)
    return out


def find_title(lines: list[str]) -> str:
    cands = _candidates(lines)
    for line in cands:
        m = re.search(r"关于印发[《〈“]?(.+?)[》〉”]?的通知$", line)
        if m:
            return m.group(1)
    for line in cands:
        if re.search(rf"{PLAN_WORDS}$", line) and not line.startswith(("附件", "关于")):
            return line.strip("《》")
    for line in cands:
        if re.search(r"(通知|意见)$", line) and not re.match(r"^(各|经)", line):
            return line
    return cands[0] if cands else ""


def find_issuer(lines: list[str], title: str) -> str:
    for line in lines[:200]:
        m = re.match(rf"^(.{{2,30}}?{ORGAN})关于", line.strip())
        if m and not _NAV.search(line):
            return m.group(1)
    for i, line in enumerate(lines[:60]):
        if line.strip() in ("发文机构", "发文机关", "发布机构") and i + 1 < len(lines):
            return lines[i + 1].strip()
        m = re.match(r"^(?:发文机构|发文机关|发布机构)[：:]\s*(\S+)", line.strip())
        if m:
            return m.group(1)
    m = re.match(rf"^(.{{2,20}}?{ORGAN})(?:20\d\d年?)", title or "")
    if m:
        return m.group(1)
    # a signature: the organ's name on its own line, right before the date line
    for i, line in enumerate(lines):
        if re.fullmatch(r"\s*20\d\d年\d{1,2}月\d{1,2}日\s*", line) and i > 0:
            prev = lines[i - 1].strip()
            if re.fullmatch(rf".{{2,30}}?{ORGAN}", prev):
                return prev
        m = re.match(rf"^\s*(.{{2,30}}?{ORGAN})\s{{2,}}20\d\d年\d{{1,2}}月\d{{1,2}}日", line)
        if m:
            return m.group(1)
    return ""


def find_year(lines: list[str], title: str) -> int | None:
    m = re.search(r"(20\d\d)(?:年|年度)?", title or "")
    if m:
        return int(m.group(1))
    for line in lines[:80]:
        m = re.search(r"(?:发布时间|发布日期|发文日期|成文日期|印发日期)[：:]?\s*(20\d\d)", line)
        if m:
            return int(m.group(1))
    for line in lines:
        m = re.fullmatch(r"\s*(20\d\d)年\d{1,2}月\d{1,2}日\s*", line)
        if m:
            return int(m.group(1))
    return None
