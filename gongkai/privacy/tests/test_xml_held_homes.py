"""An XML record whose persons stand in elements of their own (issue 16, privfix18e): the
record's dwelling field (<FWZL>, <fwdz>) is the persons' address, read as in a table of
persons; a unit's record with its representative's element keeps its seat unread."""

from .spans import at, found

LEASE = """<?xml version="1.0" encoding="UTF-8"?>
<Leases>
  <Lease>
    <BAH>ZL-2024-0031</BAH>
    <Lessor><XM>喻正清</XM><LXDH>13908171234</LXDH></Lessor>
    <Lessee><XM>甘晓露</XM><LXDH>13908175678</LXDH></Lessee>
    <FWZL>青川县乔庄镇东河路58号</FWZL>
    <YZJ>800</YZJ>
  </Lease>
  <Lease>
    <BAH>ZL-2024-0032</BAH>
    <Lessor><XM>岳海军</XM><LXDH>13908179012</LXDH></Lessor>
    <FWZL>青川县乔庄镇清江路7号</FWZL>
    <YZJ>650</YZJ>
  </Lease>
  <Firm>
    <DWMC>青川县乔庄物业服务有限公司</DWMC>
    <FDDBR><XM>霍立群</XM></FDDBR>
    <DZ>青川县乔庄镇东河路100号</DZ>
  </Firm>
</Leases>
"""


def test_dwelling_beside_persons_elements_is_read():
    got = found(LEASE, ["address"])
    assert at(LEASE, "address", "青川县乔庄镇东河路58号") in got
    assert at(LEASE, "address", "青川县乔庄镇清江路7号") in got


def test_units_record_keeps_its_seat():
    got = found(LEASE, ["address"])
    assert at(LEASE, "address", "青川县乔庄镇东河路100号") not in got
