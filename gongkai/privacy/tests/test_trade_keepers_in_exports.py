"""A keeper inside a trade name under an export's key that the reader takes for staff
(<SHR>: 收货人 and 审核人 share the initials) stays a finding (actingparts ``_TRADE_PLACE``);
a dotted keeper (某市X·Y烟花爆竹零售点) and a stall (…零售点) are read as trade names
(tradekeepers ``_dotted_keeper``). A bare name under the same key is the office's reviewer."""

from .spans import found, names


def _record(n, shr):
    return (
        f'    <Record xh="{n}">\n'
        f"      <XKZBH>某公烟运〔2026〕第6528-04{n:02d}号</XKZBH>\n"
        "      <TYR>某县吉庆烟花爆竹批发有限公司</TYR>\n"
        f"      <SHR>{shr}</SHR>\n"
        "      <JSY>\n"
        f"        <XM>{'庞志远' if n % 2 else '乔德林'}</XM>\n"
        f"        <ZJHM>{'430181197803064952' if n % 2 else '430181198309149090'}</ZJHM>\n"
        "      </JSY>\n"
        "    </Record>\n"
    )


def test_keepers_inside_trade_names_under_a_staff_key():
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<Export>\n  <Records>\n'
        + _record(1, "焉耆县迪力夏提·吐尔洪烟花爆竹零售点")
        + _record(2, "和静县凯丽比努尔·买买提便民店")
        + _record(3, "和静县邵春林烟花店")
        + _record(4, "焉耆县阿尔祖古丽·托合提零售点、焉耆县冉桂香日杂店")
        + "  </Records>\n  <SHR>柯振东</SHR>\n</Export>\n"
    )
    expect = names(
        text,
        "迪力夏提·吐尔洪",
        "庞志远",
        "凯丽比努尔·买买提",
        "乔德林",
        "邵春林",
        "庞志远",
        "阿尔祖古丽·托合提",
        "冉桂香",
        "乔德林",
    )
    assert found(text, ["name"]) == expect
