"""A Taiwan permit in a table flattened one cell a line (issue 16).

The 证件类型 cell reads the document's name alone on its line and the 证件号码 cell holds
the number alone on the next line: eight (or ten) digits are then the permit.
"""

from .spans import at, found


def permits(text):
    return found(text, ["permit"])


def test_number_on_the_line_after_the_documents_name():
    rows = [
        (
            "序号\n姓名\n证件类型\n证件号码\n1\n温子仁\n台湾居民来往大陆通行证\n07712354\n",
            "07712354",
        ),
        ("姓名\n证件名称\n证件号\n金城武\n台胞证\n0345128899\n", "0345128899"),
        ("1\n简立行\n台湾居民来往大陆通行证\n 52630981 \n13800001111\n", "52630981"),
    ]
    for text, number in rows:
        assert permits(text) == [at(text, "permit", number)], text


def test_other_lines_after_the_name_are_no_permits():
    texts = [
        "台湾居民来往大陆通行证\n办理须知共8条\n",
        "申请人持台湾居民来往大陆通行证\n20261231\n",  # words before the name on its line
        "港澳居民来往内地通行证\n12345678\n",  # no Taiwan: 港澳 permits have a letter
        "车辆通行证\n12345678\n",
        "台湾居民来往大陆通行证\n123456789\n",  # nine digits: no permit's shape
    ]
    for text in texts:
        assert permits(text) == [], text
