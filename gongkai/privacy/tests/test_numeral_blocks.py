"""Issue 16 (privfix27b): a list of companies numbered 一、 二、 十一、, one block of lines each
(name, 统一社会信用代码, 法定代表人, 地址, 联系电话): the block's landline and address are the
company's, as in a block numbered 1. or （一） (``codeblocks``).
Near misses: a block with a private person's own mobile in it keeps its numbers; a block
with no credit code is no company's record.
"""

from __future__ import annotations

from .spans import at, found


def test_blocks_numbered_in_chinese_numerals():
    text = (
        "拟认定以下企业为就业帮扶基地，现予公示：\n\n"
        "一、新兴县绿源食品加工有限公司\n"
        "统一社会信用代码：91445321MA4UJ8K21X\n"
        "排污许可证编号：91445321MA4UJ8K21X001\n"
        "法定代表人：区志雄\n"
        "地址：新兴县新城镇工业大道66号\n"
        "联系电话：0766-2881234\n\n"
        "十一、新兴县合力农机专业合作社\n"
        "统一社会信用代码：93445321MA52YB7T3K\n"
        "理事长（法定代表人）：梁少平\n"
        "地址：新兴县车岗镇车岗大道12号\n"
        "联系电话：0766-2995678\n"
    )
    got = found(text, ("landline", "address"))
    assert at(text, "landline", "0766-2881234") not in got
    assert at(text, "landline", "0766-2995678") not in got


def test_a_block_with_a_persons_mobile_keeps_its_line():
    text = (
        "二、新兴县绿源食品加工有限公司\n"
        "统一社会信用代码：91445321MA4UJ8K21X\n"
        "联系人：区志雄，手机13902881234\n"
        "联系电话：0766-2881234\n\n"
        "三、帮教对象家庭\n"
        "联系电话：0766-2995678\n"
    )
    got = found(text, ("landline", "mobile"))
    assert at(text, "mobile", "13902881234") in got
    assert at(text, "landline", "0766-2995678") in got
