"""The issuer's contact line before a signature followed by another part (issue 16, MM).

A notice's foot gives the organ's contact line, its signature (the organ, the date) and,
after it, a part of its own — a proof of service naming the addressee (送达回证：受送达人：X),
a receipt slip. The part after the signature does not make the foot a person's: the
contact line's address and landline are the organ's. A person's own contact block (its
label, or a name on the block) stays the person's.
"""

from .spans import at, found

HEAD = (
    "临川县农业农村局\n补贴暂停发放告知书\n\n"
    "梁秀花女士（公民身份号码：231222196207118963；住址：临川县柳河乡裕丰村15号；"
    "联系电话：19182828116）：\n\n经核实，你户名下地块已改建为养殖场，我局拟暂停发放补贴。\n\n"
)
SIGNATURE = "临川县农业农村局\n2019年5月13日\n"


def test_contact_line_before_signature_and_proof_of_service():
    foot = "联系地址：临川县人民大街97号　联系电话：0455-5712264\n联系人：武慧敏\n\n"
    proof = "\n送达回证\n受送达人：梁秀花　　送达人：邹大勇、东方萍\n送达时间：2019年5月15日\n"
    text = HEAD + foot + SIGNATURE + proof
    got = found(text, ["address", "landline"])
    assert got == [at(text, "address", "临川县柳河乡裕丰村15号")]


def test_a_persons_block_at_the_foot_stays():
    foot = "申请人住址：临川县人民大街97号　联系电话：0455-5712264\n\n"
    text = HEAD + foot + SIGNATURE
    got = found(text, ["address"])
    assert at(text, "address", "临川县人民大街97号") in got
