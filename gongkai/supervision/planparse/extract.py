"""Tasks out of a plan, whatever its layout.

Three readings, tried in order:

1. **Tables** (HTML/DOCX/XLSX tables, or text rows separated by ``|``) with a header row
   naming the columns (工作任务 / 具体要求 / 牵头单位 / 配合单位 / 完成时限 / 序号 / 备注).
   Columns left of the requirement are category columns; an empty category cell continues
   the one above (a merged cell).
2. **A table flattened to one cell per line** (seed 003): the header cells follow each other
   on their own lines, then rows: category lines, requirement lines, unit lines; a line of
   spaces is an empty cell. A requirement without its own units shares the units of the
   row above (the unit cell spanned both rows).
3. **Prose points** numbered 一、/（一）/1./（1）: the points without sub-points are tasks,
   their headings the category path; the units are in the attribution at the end.

Nothing is invented: a task whose units are not written gets empty lead units and a problem.
"""

from __future__ import annotations

import re

from ..phrases import find_deadline_phrase
from .readers import Table
from .types import ParsedTask
from .units import LABELS, ROLE_HINT, attribution, is_unit_line, opening_units, split_units

NO_UNIT = "计划未写明牵头单位，请补充"
_FOOTER = re.compile(
    r"^(抄送|印发|主题词|Copyright|版权所有|主办单位|上一篇|下一篇|扫一扫|附件下载|网站标识码)"
)

# --- column roles ---------------------------------------------------------------------


def column_role(cell: str) -> str:
    cell = re.sub(r"\s+", "", cell or "")
    if not cell or len(cell) > 14:
        return ""
    if re.fullmatch(r"序号|编号|序|号", cell):
        return "no"
    if re.search(r"配合|协办|参与|协同", cell):
        return "partner"
    if re.search(r"牵头|责任|主办|负责|承办", cell):
        return "lead"
    if re.search(r"时限|期限|完成时间|时间节点|进度安排|时间安排", cell):
        return "deadline"
    if re.search(r"备注|说明|完成标志|成果形式|进展情况", cell):
        return "note"
    if re.search(r"要求|措施|内容|具体任务|工作任务|任务|事项", cell):
        return "task"
    if re.search(r"类别|分类|领域|项目|板块|类型|重点", cell):
        return "category"
    return ""


def header_roles(row: list[str]) -> list[str] | None:
    roles = [column_role(c) for c in row]
    if roles.count("task") >= 2:  # 工作任务 | 具体要求: the first is the category
        first = roles.index("task")
        last = len(roles) - 1 - roles[::-1].index("task")
        for i in range(first, last):
            if roles[i] == "task":
                roles[i] = "category"
    if "task" not in roles or not ({"lead", "partner", "deadline"} & set(roles)):
        return None
    task_at = roles.index("task")
    for i in range(task_at):  # unlabelled columns before the requirement are categories
        if roles[i] == "":
            roles[i] = "category"
    return roles


def _units_of(cell: str) -> tuple[list[str], list[str]]:
    return split_units(cell) if cell.strip() else ([], [])


def table_tasks(table: Table) -> list[ParsedTask]:
    tasks: list[ParsedTask] = []
    roles: list[str] | None = None
    category: list[str] = []
    cat_cols: list[int] = []
    last_units: tuple[list[str], list[str]] | None = None
    last_task = ""
    for row in table.rows:
        if roles is None:
            roles = header_roles(row)
            if roles:
                cat_cols = [i for i, r in enumerate(roles) if r == "category"]
                category = [""] * len(cat_cols)
            continue
        if header_roles(row) == roles:  # header repeated on a new page
            continue
        cells = row + [""] * (len(roles) - len(row))
        filled = [c for c in cells if c.strip()]
        if len(set(filled)) == 1 and len(filled) >= 1 and not _get(cells, roles, "task"):
            # a row with a single cell: a heading spanning the table
            category = [filled[0]] + [""] * (len(cat_cols) - 1) if cat_cols else [filled[0]]
            continue
        for pos, col in enumerate(cat_cols):
            value = cells[col].strip()
            if value:
                if len(category) <= pos:
                    category += [""] * (pos + 1 - len(category))
                if category[pos] != value:
                    category[pos] = value
                    category[pos + 1 :] = [""] * (len(category) - pos - 1)
        text = _get(cells, roles, "task")
        if not text:
            continue
        if text == last_task and table.merges_known:
            continue  # a merged requirement cell repeated
        last_task = text
        problems: list[str] = []
        lead_cell, partner_cell = _get(cells, roles, "lead"), _get(cells, roles, "partner")
        leads, partners = _units_of(lead_cell)
        extra = _units_of(partner_cell)
        partners += [n for n in extra[0] + extra[1] if n not in partners and n not in leads]
        if not lead_cell and not partner_cell and not table.merges_known and last_units:
            leads, partners = list(last_units[0]), list(last_units[1])
            problems.append("牵头单位栏为空，按合并单元格沿用上一行，请核对")
        if lead_cell or partner_cell:
            last_units = (leads, partners)
        attr = attribution(text) if not leads else None
        if attr:
            text, unit_text = attr
            leads, more = split_units(unit_text)
            partners += [p for p in more if p not in partners]
        deadline = _get(cells, roles, "deadline") or find_deadline_phrase(text)
        if not leads:
            problems.append(NO_UNIT)
        tasks.append(
            ParsedTask(
                no=_get(cells, roles, "no"),
                category=[c for c in category if c],
                task=text,
                lead_units=leads,
                partner_units=partners,
                deadline_text=deadline,
                problems=problems,
            )
        )
    return tasks


def _get(cells: list[str], roles: list[str], role: str) -> str:
    values = [
        cells[i].strip()
        for i, r in enumerate(roles)
        if r == role and i < len(cells) and cells[i].strip()
    ]
    return "\n".join(values)


# --- flattened table ---------------------------------------------------------------


def _is_header_cell(line: str) -> bool:
    return bool(column_role(line)) and len(line.strip()) <= 8 and numbering(line.strip()) is None


def find_flat_header(lines: list[str]) -> tuple[int, list[str]] | None:
    """(index just after a run of header cells on consecutive lines, roles after the task).

    The roles after the requirement column (e.g. lead, note or lead, partner, deadline) tell
    which cell a following line fills and how many empty cells mean "no unit".
    """
    content = [(i, line) for i, line in enumerate(lines) if line.strip()]
    for k in range(len(content) - 1):
        run = 0
        while k + run < len(content) and _is_header_cell(content[k + run][1]):
            run += 1
        roles = [column_role(line) for _, line in content[k : k + run]]
        if run >= 2 and "task" in roles and set(roles) & {"lead", "partner"}:
            last_task = len(roles) - 1 - roles[::-1].index("task")
            return content[k + run - 1][0] + 1, roles[last_task + 1 :]
    return None


def _is_task_line(line: str) -> bool:
    return (
        bool(re.search(r"[。；;：:！]$|[。；]", line))
        or len(line) >= 30
        or bool(re.search(r"[，,]", line) and len(line) >= 16)
    )


def _is_deadline_cell(line: str) -> bool:
    phrase = find_deadline_phrase(line)
    return bool(phrase) and len(phrase) >= len(line) - 3 and len(line) <= 20


class _FlatRow:
    def __init__(self, task: ParsedTask):
        self.task = task
        self.lead: list[str] = []
        self.partner: list[str] = []
        self.col = 0
        self.blanks = 0


def flat_tasks(lines: list[str], start: int, cols: list[str] | None = None) -> list[ParsedTask]:
    cols = cols if cols is not None else ["lead", "note"]
    split_partner = "partner" in cols
    tasks: list[ParsedTask] = []
    category: list[str] = []
    pending_cats: list[str] = []
    row: _FlatRow | None = None
    shared: tuple[list[str], list[str]] = ([], [])

    def close():
        nonlocal row, shared
        if row is None:
            return
        if row.lead or row.partner:
            leads, partners = split_units("\n".join(row.lead))
            for name in (
                split_units("\n".join(row.partner))[0] + split_units("\n".join(row.partner))[1]
            ):
                if name not in partners and name not in leads:
                    partners.append(name)
            row.task.lead_units, row.task.partner_units = leads, partners
            shared = (leads, partners)
        row.task.problems = [] if row.task.lead_units else [NO_UNIT]
        row = None

    def take_categories():
        nonlocal category
        if not pending_cats:
            return
        merged: list[str] = []
        previous = ""
        for cat in pending_cats:  # a cell broken into short lines: 推进政府 / 会议公开
            if merged and len(cat) <= 5 and len(previous) <= 5:
                merged[-1] += cat
            else:
                merged.append(cat)
            previous = cat
        if len(merged) >= 2:
            category = merged[:2] if len(merged) == 2 else [merged[0], "".join(merged[1:])]
        elif len(category) >= 2:
            category = [category[0], merged[0]]
        else:
            category = [merged[0]]
        pending_cats.clear()

    for raw in lines[start:]:
        line = raw.strip()
        if raw == " " or (raw and not line):  # an empty cell
            if row is not None:
                row.blanks += 1
                row.col += 1
                if not row.lead and not row.partner and row.blanks >= len(cols):
                    row.task.lead_units, row.task.partner_units = [], []  # every cell empty
                    shared = ([], [])
                    close()
            continue
        if not line:
            continue
        if _FOOTER.search(line):
            break
        if (
            _is_header_cell(line)
            and column_role(line) in ("task", "lead", "note", "partner", "deadline")
            and len(line) <= 8
        ):
            continue
        if row is not None and "deadline" in cols and _is_deadline_cell(line):
            row.task.deadline_text = line
            row.col = len(cols)
            continue
        if row is not None and is_unit_line(line):
            role = cols[row.col] if row.col < len(cols) else ""
            target = (
                row.partner
                if (role == "partner" or (split_partner and row.lead and role != "lead"))
                else row.lead
            )
            if target and target[-1].endswith("各"):
                target[-1] = target[-1] + "\n" + line
            else:
                target.append(line)
            if split_partner and role == "lead":
                row.col += 1  # with a partner column, the lead cell is one line
            continue
        close()
        if _is_task_line(line):
            take_categories()
            task = ParsedTask(
                no="",
                category=list(category),
                task=line,
                lead_units=list(shared[0]),
                partner_units=list(shared[1]),
                deadline_text=find_deadline_phrase(line),
                problems=[],
            )
            tasks.append(task)
            row = _FlatRow(task)
        else:
            pending_cats.append(line)
    close()
    for task in tasks:
        if not task.lead_units and NO_UNIT not in task.problems:
            task.problems.append(NO_UNIT)
    return tasks


# --- prose points --------------------------------------------------------------------

_LEVELS = [
    (1, re.compile(r"^([一二三四五六七八九十]{1,3})[、.．]\s*")),
    (2, re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[)）]\s*[、.．]?\s*")),
    (3, re.compile(r"^(\d{1,2})\s*[、.．](?!\d)\s*")),
    (4, re.compile(r"^[（(](\d{1,2})[)）]\s*[、.．]?\s*")),
    (5, re.compile(r"^([①②③④⑤⑥⑦⑧⑨⑩])\s*")),
]


def numbering(line: str) -> tuple[int, str, str] | None:
    for level, pattern in _LEVELS:
        m = pattern.match(line)
        if m:
            label = m.group(1)
            shown = {1: label, 2: f"（{label}）", 3: label, 4: f"（{label}）", 5: label}[level]
            return level, shown, line[m.end() :].strip()
    return None


def _has_body(text: str) -> bool:
    return len(text) >= 8 and bool(re.search(r"[。，,；;]", text))


def _heading(label_text: str, line: str) -> str:
    head = line.split("。", 1)[0]
    return head if len(head) <= 60 else head[:60]


def prose_tasks(lines: list[str]) -> list[ParsedTask]:
    nodes: list[dict] = []
    for line in lines:
        line = line.strip()
        if not line or _FOOTER.search(line):
            continue
        num = numbering(line)
        if num:
            level, label, body = num
            nodes.append({"level": level, "label": label, "line": line, "body": body, "extra": []})
        elif nodes:
            nodes[-1]["extra"].append(line)
        else:
            nodes.append({"level": 0, "label": "", "line": "", "body": "", "extra": [line]})
    tasks: list[ParsedTask] = []
    stack: list[dict] = []
    for i, node in enumerate(nodes):
        if node["level"]:
            while stack and stack[-1]["level"] >= node["level"]:
                stack.pop()
        nxt = nodes[i + 1]["level"] if i + 1 < len(nodes) else 0
        is_leaf = not (nxt and nxt > node["level"])
        path = [_heading(n["label"], n["line"]) for n in stack]
        body = node["body"]
        extras = list(node["extra"])
        if body and extras and _unit_line_only(extras[0]):
            body = body + extras.pop(0)  # the attribution on a line of its own
        if node["level"] and is_leaf and _has_body(body):
            tasks.append(_prose_task(_number(stack, node), path, body))
        own_path = path + ([_heading(node["label"], node["line"])] if node["level"] else [])
        for extra in extras:  # unnumbered paragraphs count only when they name units
            if attribution(extra) and _has_body(extra):
                tasks.append(_prose_task("", own_path, extra))
        if node["level"]:
            stack.append(node)
    return tasks


def _unit_line_only(line: str) -> bool:
    """'（责任单位：…）' or '责任单位：…；配合单位：…' on a line of its own, after its point."""
    if len(line) > 80 or not attribution(line):
        return False
    return line[:1] in "（(【[" or bool(re.match(rf"{LABELS}[：:]", line))


def _number(stack: list[dict], node: dict) -> str:
    parts = [n["label"] for n in stack if n["level"] >= 2] + [node["label"]]
    if node["level"] >= 3 and len(parts) == 1 and stack and stack[0]["level"] == 1:
        parts.insert(0, stack[0]["label"] + "、")  # "一、1" when there is no （一） level
    return "".join(parts)


def _prose_task(no: str, path: list[str], body: str) -> ParsedTask:
    problems: list[str] = []
    attr = attribution(body)
    leads: list[str] = []
    partners: list[str] = []
    text = body
    if attr:
        text, unit_text = attr
        leads, partners = split_units(unit_text)
    else:
        opening = opening_units(body)
        if opening:
            leads, partners = opening
    if not leads:
        problems.append(NO_UNIT)
    return ParsedTask(
        no=no,
        category=path,
        task=text.strip(),
        lead_units=leads,
        partner_units=partners,
        deadline_text=find_deadline_phrase(text),
        problems=problems,
    )


__all__ = ["ROLE_HINT", "flat_tasks", "find_flat_header", "prose_tasks", "table_tasks"]
