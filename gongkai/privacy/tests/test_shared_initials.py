"""Issue 16 (privfix27a): ``shr`` is a clerk's initials (审核人) and a victim's (受害人) alike. An
export's record whose only name key is ``SHRXM``, beside an ID under a key of no holder, is
that person's record. Near misses: ``shr`` beside an applicant's key, or with no ID, stays the
clerk's.
"""

from __future__ import annotations

from .spans import found, names

_XML = """<?xml version="1.0" encoding="UTF-8"?>
<PCSJ dcdw="某县林业局">
  <RECORD>
    <PCBH>ZH2023-0105</PCBH>
    <SHRXM>杜成林</SHRXM>
    <SFZH>612427198304154135</SFZH>
    <SSNR>玉米0.4亩被拱食</SSNR>
    <BZ>补偿款付至杜成林本人账户</BZ>
  </RECORD>
  <RECORD>
    <PCBH>ZH2023-0107</PCBH>
    <SHRXM>冯淑英</SHRXM>
    <SFZH>612427197611203629</SFZH>
    <WTR>杜秀梅</WTR>
    <WTRSFZH>612427199902114328</WTRSFZH>
  </RECORD>
</PCSJ>
"""


def test_a_victims_record_under_shr():
    got = found(_XML, ("name",))
    assert names(_XML, "杜成林", "杜成林") == got[:2]
    assert names(_XML, "冯淑英")[0] in got


def test_a_json_line_under_shr():
    text = '{"bh":"A-7","shrxm":"聂光辉","zjhm":"612427197206135013","ssje":"800"}\n'
    assert found(text, ("name",)) == names(text, "聂光辉")


def test_the_clerk_beside_an_applicant_stays():
    text = (
        '{"sqrxm":"聂光辉","zjhm":"612427197206135013","slr":"王建军","shr":"母德华"}\n'
        "<R><SHRXM>母德华</SHRXM><BH>A-9</BH><SPZT>已审核</SPZT></R>\n"
        '{"sqrmc":"向木生","zjhm":"654025198306073113","shrxm":"母德华"}\n'
    )
    assert found(text, ("name",)) == names(text, "聂光辉", "向木生")
