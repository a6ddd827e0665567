"""An ID-shaped number after a registration certificate's label (登记证号) is that
certificate's number, not a person's ID (numberlabels, privfix22c); after a resident ID's
label it stays an ID."""

from .spans import at, found

NOTICE = (
    "部分宗教活动场所登记证号（如某镇清真寺登记证号622927199401184232）为早期手工编制，"
    "与身份证号码格式相近，录入时务必核对。\n"
    "负责人马海福，身份证号622927198105163318。\n"
)


def test_a_registration_certificates_number_is_no_id():
    assert at(NOTICE, "id_card", "622927199401184232") not in found(NOTICE, ["id_card"])


def test_a_resident_id_after_its_own_label_is_kept():
    assert at(NOTICE, "id_card", "622927198105163318") in found(NOTICE, ["id_card"])
