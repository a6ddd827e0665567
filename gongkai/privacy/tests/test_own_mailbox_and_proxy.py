"""A resident's 我的邮箱 and a proxy's mailbox after 代办 are persons' (issue 16)."""

from .spans import at, found


def mails(text):
    return found(text, ["email"])


def test_first_person_mailbox_in_a_message():
    texts = [
        "留言内容：我在县人社局下属就业服务中心附近住，我的邮箱ab_1234@qq.com，请回复。",
        "来信人：某某\n内容：想咨询公司社保缴费问题，我的电子邮箱：zx.lin88@163.com 谢谢",
        "网友留言｜单位补贴何时发放？我家邮箱 hzw2019@126.com",
    ]
    for text in texts:
        box = text[text.index("@") - 12 : text.index("@")].split("邮箱")[-1]
        box = box.lstrip("：: ")
        tail = text[text.index("@") :].split("，")[0].split(" ")[0].split("\n")[0]
        assert at(text, "email", box + tail) in mails(text), text


def test_mailbox_of_someone_acting_for_the_applicant():
    for text in (
        "备注：申请人现居外地，由其女儿代办（联系邮箱daughter_ly@163.com）。",
        "3\t某某\t由亲属代办(邮箱 qinshu2020@sina.com)\t通过",
        "补办（电子邮箱：bu_ban77@qq.com）：申请人本人。",
    ):
        start = text.index("@")
        i = start
        while text[i - 1].isascii() and text[i - 1] not in " ：(":
            i -= 1
        j = start
        while j < len(text) and (text[j].isalnum() and text[j].isascii() or text[j] in "@._"):
            j += 1
        assert ("email", i, j) in mails(text), text


def test_units_office_before_a_bracket_stays_the_units():
    for text in (
        "请将材料报县政府办（邮箱xzfb_2024@163.com）。",
        "联系单位：镇党政办（电子邮箱：dzb_office@126.com）",
    ):
        assert mails(text) == [], text
