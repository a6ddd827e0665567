"""Names and an address that act for an office (``postlabels``, ``officeblocks``) and two
names' edges (``nameedges``: 承办, ``lawyers``: a title in 《》). Every fixture is invented
for these tests; each asserts the exact spans found and the near misses left alone."""

from .spans import at, found, names


def _names(text):
    return found(text, ["name"])


def test_a_reviewers_label_closing_each_record_acts_in_office():
    text = (
        "——第1户——\n申报人姓名：宁德旺\n家庭住址：桐溪县青林镇石门村12号\n手机：13907351846\n"
        "初审人：卜晓川（青林镇农业服务中心，0736-5218841）\n\n"
        "——第2户——\n申报人姓名：鄢翠兰\n家庭住址：桐溪县青林镇石门村40号\n手机：13907351957\n"
        "复审人：计广平\n"
    )
    assert _names(text) == names(text, "宁德旺", "鄢翠兰")


def test_a_person_checked_keeps_the_name_and_a_pipe_row_too():
    text = (
        "被核查人：鄂长青 | 证件：430521198503126617 | 手机：13907351846\n"
        "被核查人：满秋菊 | 证件：430521199006154428 | 手机：13907351957\n"
    )
    assert _names(text) == names(text, "鄂长青", "满秋菊")


def test_the_heads_of_windows_listed_on_a_line_are_in_office():
    text = (
        "一、办理地点\n桐溪县政务服务中心一楼　电话：0736-5218800\n\n"
        "各乡镇受理窗口负责人：卜晓川（青林）、计广平（石门）、阚立新（白沙），电话同上。\n"
    )
    assert _names(text) == []


def test_a_households_head_is_no_units():
    text = "户主：宁德旺　家庭负责人：鄢翠兰　联系电话：13907351846\n"
    assert _names(text) == names(text, "宁德旺", "鄢翠兰")


def test_an_offices_block_of_contacts_closing_a_notice():
    text = (
        "鄢翠兰女士：\n你经营的桐溪县翠兰小吃店已连续两年未报送年度报告，本局拟吊销其营业执照。\n"
        "你的住址桐溪县青林镇石门村40号经多次送达未果。\n\n"
        "联系人：卜晓川\n联系电话：0736-5218841\n联系地址：桐溪县解放路18号\n\n"
        "桐溪县市场监督管理局\n2023年4月6日\n"
    )
    assert found(text, ["address"]) == [at(text, "address", "桐溪县青林镇石门村40号")]


def test_a_persons_record_in_the_same_layout_keeps_its_address():
    text = (
        "申请人：宁德旺\n联系电话：13907351846\n联系地址：桐溪县解放路18号\n\n"
        "受理单位：桐溪县市场监督管理局\n"
    )
    assert found(text, ["address"]) == [at(text, "address", "桐溪县解放路18号")]
    assert _names(text) == names(text, "宁德旺")


def test_a_verb_after_a_name_is_no_given_name():
    text = "本中心指派县恒信律师事务所律师宁怡承办本案，受援人鄢翠兰（电话13907351846）。\n"
    assert _names(text) == names(text, "宁怡", "鄢翠兰")


def test_a_laws_title_holds_no_lawyer():
    text = "根据《中华人民共和国律师法》的规定，现公告如下。委托代理人为卜晓川律师。\n"
    assert _names(text) == names(text, "卜晓川")


_STAFF_TABLE = (
    "| 序号 | 投诉人 | 联系电话 | 被投诉医务人员 | 投诉事项 |\n"
    "|---|---|---|---|---|\n"
    "| 1 | 宁德旺 | 13907351846 | 卜晓川（主治医师） | 服务态度 |\n"
    "| 2 | 鄢翠兰 | 13907351957 | 计广平（医师） | 费用异议 |\n"
    "| 3 | 满秋菊 | 13907351968 | 帕提古丽·买买提（副主任医师） | 病历复印 |\n"
    "| 4 | 鄂长青 | 13907351979 | 阚立新（主治医师） | 等候时间 |\n"
    "| 5 | 时守义 | 13907351980 | 邬春兰（医师） | 服务态度 |\n"
)


def test_a_dotted_name_in_a_column_of_staff_is_none():
    assert _names(_STAFF_TABLE) == names(
        _STAFF_TABLE, "宁德旺", "鄢翠兰", "满秋菊", "鄂长青", "时守义"
    )


def test_a_dotted_name_in_a_column_of_persons_is_kept_tabs_too():
    text = (
        "序号\t姓名\t身份证号\t联系电话\n"
        "1\t宁德旺\t430521198503126617\t13907351846\n"
        "2\t帕提古丽·买买提\t430521199006154428\t13907351957\n"
        "3\t鄢翠兰\t430521197811023329\t13907351968\n"
        "4\t满秋菊\t430521196512084424\t13907351979\n"
    )
    assert _names(text) == names(text, "宁德旺", "帕提古丽·买买提", "鄢翠兰", "满秋菊")
