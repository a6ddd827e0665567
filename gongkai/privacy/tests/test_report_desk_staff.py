"""The office's staff who take a report at its desk (接报人) or compile its return (汇总人)
act in office (headerroles ``ACTS``), also where the name is written after the desk's
unit and comes back in several records; the reporter (报告人) in the same records stays a
name."""

from .spans import found, names


def _record(n, reporter, phone):
    return (
        f"险情速报（第{n}号）\n报告人：{reporter}\n联系电话：{phone}\n"
        "险情描述：屋后边坡局部垮塌。\n"
        "接报人：县地质灾害应急值班室宁振邦\n接报电话：0839-5512306\n\n"
    )


def test_the_report_taker_and_the_compiler_over_several_records():
    text = (
        _record(1, "卞小东", "13981260431")
        + _record(2, "冀玉珍", "13981260432")
        + "填报单位：某县自然资源局　　汇总人：宁振邦　　审核人：蒲国良\n"
    )
    assert found(text, ["name"]) == names(text, "卞小东", "冀玉珍")


def test_near_miss_a_reporter_labelled_alone_stays_a_name():
    text = "报告人：卞小东\n联系电话：13981260431\n接报人：宁振邦\n"
    assert found(text, ["name"]) == names(text, "卞小东")
