"""The lawyers a legal-aid register heads by the office's word 承办人员 (counselcolumns).

Beside a column of the firms they practise in, 承办人 / 承办人员 heads the lawyers and
基层法律服务工作者 who took the cases: private persons, like any lawyer named in a case.
Without a firm's column the same word heads the office's own staff. A fixed line in a
lawyer's row beside the firm's name is the firm's; the lawyer's mobile is the lawyer's.
"""

import pytest

from .spans import found, heldout, rid

ID1, ID2 = rid("41052219860712301"), rid("41052219790304512")

TAB = f"""某县法律援助中心案件指派情况表
序号\t受援人\t身份证号\t承办人\t所在律所\t指派日期
1\t⟦name:耿秀芝⟧\t{ID1}\t⟦name:牛振宇⟧\t河南安仁律师事务所\t2024-03-02
2\t⟦name:庞德福⟧\t{ID2}\t⟦name:桑晓敏⟧\t某县城关法律服务所\t2024-03-19
"""

PIPE = """| 序号 | 执业机构 | 承办人员 | 受援人 | 联系电话 | 补贴（元） |
|---|---|---|---|---|---|
| 1 | 湖南致远律师事务所 | ⟦name:邝子健⟧ | ⟦name:伍满秀⟧ | ⟦mobile:13973126615⟧ | 1600 |
| 2 | 某乡法律服务所 | ⟦name:龚碧莲⟧ | ⟦name:聂长贵⟧ | ⟦none:0731-85216630⟧ | 900 |
"""

ALIGNED = """ 序号  受援人      案由            承办人员    执业机构              指派日期
 1     ⟦name:詹玉梅⟧      离婚纠纷        ⟦name:柯文斌⟧      江西赣联律师事务所    2025-01-08
 2     ⟦name:熊志坚⟧      劳动争议        ⟦name:甘晓琳⟧      江西赣联律师事务所    2025-02-11
"""

# the office's own staff: no firm's column beside the handler's
STAFF = """序号\t申请人\t申请事项\t承办人\t办结日期
1\t⟦name:冯桂兰⟧\t低保申请\t⟦none:黎志刚⟧\t2024-05-02
2\t⟦name:蒋德顺⟧\t临时救助\t⟦none:黎志刚⟧\t2024-05-09
"""


@pytest.mark.parametrize("marked", [TAB, PIPE, ALIGNED, STAFF])
def test_the_lawyers_beside_their_firms_and_the_staff_alone(marked):
    doc = heldout().parse("fixture.txt", marked)
    got = found(doc.text, ["name", "mobile", "landline"])
    want = sorted((k, s, e) for s, e, k in doc.labels if k != "none" and k != "id_card")
    assert sorted(g for g in got) == want


def test_a_lawyer_keyed_by_a_key_of_no_names_ending_with_the_own_mobile():
    # "zpry" (指派人员) beside "zpjg" (the firm) and "zprydh" (the lawyer's mobile); the
    # centre's clerk "cbr" has no mobile of their own and stays in office
    line = (
        '{"sqr": "⟦name:闵桂芳⟧", "zpry": "⟦name:蔺文涛⟧", "zpjg": "陕西秦风律师事务所", '
        '"zprydh": "⟦mobile:13772290814⟧", "cbr": "⟦none:贺晓梅⟧"}\n'
    )
    doc = heldout().parse("fixture.jsonl", line)
    got = found(doc.text, ["name"])
    assert sorted(got) == sorted(("name", s, e) for s, e, k in doc.labels if k == "name")
