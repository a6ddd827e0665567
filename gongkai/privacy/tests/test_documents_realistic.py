"""Hand-written documents of the kinds that leak personal data on government sites.

Unlike the generated corpus these were written without looking at the patterns; each
test lists exactly what must be found, so a false positive fails as surely as a miss.
"""

from gongkai.privacy import mask_html, scan_html, scan_text

PENALTY = """行政处罚决定书
泸江环罚〔2024〕15号
当事人：泸州市某某建材有限公司
统一社会信用代码：{uscc}
法定代表人：李某
住所：泸州市江阳区酒城大道三段28号
经查，你单位于2024年3月12日在生产过程中未按规定采取防尘措施，违反了《中华人民共和国大气污染防治法》第四十八条的规定。
依据该法第一百零八条的规定，决定处以罚款人民币伍万元整（￥50,000.00元）。
如不服本决定，可在收到本决定书之日起60日内向泸州市人民政府申请行政复议。
联系电话：0830-3125678（泸州市江阳区生态环境局）
"""

REPLY = """政府信息公开申请答复书
泸江民依申〔2024〕7号
张建国：
本机关于2024年5月6日收到你通过信函方式提交的政府信息公开申请（申请人身份证号码：510502198507213416，联系电话：13981712345，通讯地址：泸州市江阳区大山坪街道滨江路二段18号3栋2单元501室），申请获取“2023年城乡低保资金发放明细”。
经审查，你申请的信息属于本机关公开范围，现予以提供，详见附件。
泸州市江阳区民政局
2024年5月20日
"""

LIST_HTML = """<h2>2024年第二季度城乡最低生活保障对象公示</h2>
<p>根据《社会救助暂行办法》，现将新增低保对象公示如下，公示期7天。</p>
<table>
<tr><th>序号</th><th>户主姓名</th><th>身份证号</th><th>家庭人口</th><th>所在社区</th><th>月保障金额（元）</th></tr>
<tr><td>1</td><td>刘桂芳</td><td>510502195603124524</td><td>2</td><td>南城社区</td><td>1260</td></tr>
<tr><td>2</td><td>陈志强</td><td>51050219781103061X</td><td>3</td><td>北城社区</td><td>1890</td></tr>
</table>
<p>监督电话：0830-3125678　邮箱：jymz@lz.gov.cn</p>
"""


def kinds(text):
    return [(f.type, f.text) for f in scan_text(text, allow=[])]


def test_penalty_notice_keeps_organisation_data_and_flags_only_what_is_personal():
    from gongkai.privacy.validators import uscc_check_char

    body = "91510502MA6ABCDE1"
    text = PENALTY.format(uscc=body + uscc_check_char(body))
    assert kinds(text) == [("org_code", body + uscc_check_char(body))]


def test_a_typed_id_with_a_wrong_check_digit_is_still_the_applicants_id():
    # labelled 身份证号码: a mistyped ID number is still personal data (issue 16)
    assert kinds(REPLY.replace("510502198507213416", "510502198507213419"))[1] == (
        "id_card",
        "510502198507213419",
    )
    # labelled as a file number, the same digits are that number
    other = REPLY.replace("申请人身份证号码：510502198507213416", "受理编号：510502198507213419")
    assert [k for k, _t in kinds(other)] == ["name", "mobile", "address"]


def test_reply_letter_flags_the_applicants_data():
    assert kinds(REPLY) == [
        ("name", "张建国"),
        ("id_card", "510502198507213416"),
        ("mobile", "13981712345"),
        ("address", "泸州市江阳区大山坪街道滨江路二段18号3栋2单元501室"),
    ]


def test_low_income_list_in_html():
    found = [(f.type, f.text) for f in scan_html(LIST_HTML, allow=[])]
    assert found == [
        ("name", "刘桂芳"),
        ("id_card", "510502195603124524"),
        ("name", "陈志强"),
        ("id_card", "51050219781103061X"),
    ]
    masked = mask_html(LIST_HTML)
    assert "<td>刘*芳</td><td>510502********4524</td>" in masked
    assert "0830-3125678" in masked and "jymz@lz.gov.cn" in masked
