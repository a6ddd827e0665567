"""A name found short takes its whole given name where nothing else can follow it
("我爱人张大为于2025年…": no copula 为 before a stop; "X、Y、秦英懿等22人": the list's last
name closed by 等), and a salutation to a whole body ("全体同志：", "各位女士：") names no
person."""

from .spans import found, names


def _names(text):
    return found(text, ["name"])


def test_given_name_ending_in_wei_before_a_stop_is_whole():
    for text in (
        "我爱人张大为于2025年3月病故，现申请遗属补助。",
        "申请人的丈夫李成为，2024年11月因病去世。",
        "其父韦国为（已故）生前系村民。",
    ):
        whole = next(p for p in ("张大为", "李成为", "韦国为") if p in text)
        assert _names(text) == names(text, whole), text


def test_wei_as_a_copula_is_left_out():
    text = "村民代表会议推选张大为村务监督委员会主任。"
    assert ("name", text.index("张大为"), text.index("张大为") + 3) not in _names(text)


def test_last_name_of_a_list_closed_by_deng():
    text = "本村选民蓝紫华、端木涛、秦英懿等22人联名提名。"
    assert _names(text) == names(text, "蓝紫华", "端木涛", "秦英懿")
    text = "评议认为，蓝紫华、端木涛、秦英等22人符合条件。"
    assert all("等" not in text[a:b] for _k, a, b in _names(text))


def test_a_salutation_to_many_names_nobody():
    for text in (
        "全体同志：\n现将有关事项通知如下。",
        "各位女士：\n欢迎参加培训。",
        "广大同志：\n请注意防汛。",
        "全村同志们：\n请按时参加会议。",
    ):
        assert _names(text) == [], text
    text = "全冬芬同志：\n你申请的事项已办结。"
    assert _names(text) == names(text, "全冬芬")
