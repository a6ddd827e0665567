"""Records one field a line with spaced labels (地  址：, 邮  编：) under a heading (issue 16).

A mailing cover or service record gives the addressee's particulars one field a line;
labels of two characters are often padded to the width of four ("电  话："). The mailbox
closing such a record is the addressee's; an office's own contact lines (no person's
number in the block) stay the office's.
"""

from .spans import at, found


def mails(text):
    return found(text, ["email"])


def test_mailbox_closing_a_record_with_spaced_labels():
    texts = [
        "——————邮寄封面——————\n收件人：周晓岚\n电  话：13907451122\n地  址：城南路8号\n"
        "邮  编：410000\n电子邮箱：zhou.xl88@163.com\n",
        "送达回证\n受送达人：欧阳敏\n手    机：15874120098\n邮    箱：oym2020@qq.com\n",
        "【收件信息】\n姓　　名：黎思\n联系电话：18673319402\n电子邮箱：lisi_77@126.com\n",
    ]
    for text in texts:
        box = text[text.rindex("：") + 1 : -1]
        assert mails(text) == [at(text, "email", box)], text


def test_office_contact_block_with_spaced_labels_is_the_offices():
    texts = [
        "联系我们\n地  址：城南路8号\n电  话：0731-84561234\n电子邮箱：xxgk@163.com\n",
        "——————寄件信息——————\n寄件单位：县住建局办公室\n电  话：0746-8220316\n"
        "电子邮箱：zjjbgs@126.com\n",
        "通知正文。\n\n县住建局办公室\n联  系  人：张科长\n手    机：13812345678\n"
        "邮    箱：zjjbgs@163.com\n",
    ]
    for text in texts:
        assert mails(text) == [], text
