"""``gongkai privacy-scan`` on the files a new user gives it (issue 16).

Damaged, unsupported and text-less files are named with a Chinese reason and the exit
code says the scan is incomplete; argument errors are in Chinese; a large file is read
whole and its line numbers stay exact.
"""

import io
import json
import random

import pytest

from gongkai.privacy import cli


def scan(capsys, *args):
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def docx_bytes(*lines):
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def mixed(tmp_path):
    folder = tmp_path / "材料"
    (folder / "子目录").mkdir(parents=True)
    (folder / "申请表.docx").write_bytes(docx_bytes("申请人：王晓明", "手机：13912345678"))
    (folder / "损坏.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "空白.txt").write_bytes(b"")
    (folder / "子目录" / "名单.csv").write_bytes("姓名,电话\n陈静,13612345678\n".encode("gbk"))
    (folder / "照片.jpg").write_bytes(b"\xff\xd8\xff")  # not a supported type: skipped
    return folder


def test_a_folder_of_mixed_files_names_the_damaged_one(mixed, capsys):
    code, out, err = scan(capsys, mixed)
    assert code == 1
    assert f"{mixed / '损坏.docx'}: 无法检查：无法读取此 DOCX 文件" in out
    assert "申请表.docx:1:5: 姓名 王*明" in out
    assert "名单.csv:2:4: 手机号码 136****5678" in out  # GBK read as such
    assert out.rstrip().endswith("共检查 3 个文件，发现 4 处，其中须处理 4 处；1 个文件无法检查")
    assert "照片.jpg" not in out
    assert "failed" not in err and "Traceback" not in err


def test_json_holds_every_field_the_error_and_the_masked_text(mixed, capsys):
    code, out, err = scan(capsys, "--json", mixed)
    assert code == 1 and "检查" not in err  # quiet: no progress bar
    report = {entry["path"].rsplit("/", 1)[-1]: entry for entry in json.loads(out)}
    assert set(report) == {"申请表.docx", "损坏.docx", "空白.txt", "名单.csv"}
    assert report["损坏.docx"]["findings"] == [] and "损坏" in report["损坏.docx"]["error"]
    assert report["空白.txt"] == {
        "path": str(mixed / "空白.txt"),
        "findings": [],
        "error": "",
        "masked_text": "",
    }
    form = report["申请表.docx"]
    assert form["masked_text"] == "申请人：王*明\n手机：139****5678"
    assert set(form["findings"][0]) == {
        *("type", "start", "end", "text", "masked", "confidence", "category", "note"),
        *("label", "line", "column", "blocking"),
    }


def test_an_unsupported_or_textless_file_given_by_name(tmp_path, capsys):
    old = tmp_path / "旧文件.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    code, out, _ = scan(capsys, old)
    assert code == 1 and "不支持的文件类型“.doc”" in out
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    scanned = tmp_path / "扫描件.pdf"
    with scanned.open("wb") as fh:
        writer.write(fh)
    code, out, _ = scan(capsys, scanned)
    assert code == 1 and "未读到文字" in out


def test_a_folder_without_files_to_check(tmp_path, capsys):
    (tmp_path / "a.jpg").write_bytes(b"\xff\xd8")
    code, out, err = scan(capsys, tmp_path)
    assert code == 0 and "没有找到可检查的文件" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "错误：缺少参数：PATH"),
        (["--bogus", "a"], "错误：无法识别的参数：--bogus"),
        (["--min-confidence", "x", "a"], "“x”不是 0 到 1 之间的数"),
        (["--min-confidence", "3", "a"], "3 不在 0 到 1 之间"),
        (["a", "--mask-to"], "错误：参数 --mask-to 后须给出一个值"),
    ],
)
def test_argument_errors_are_in_chinese(capsys, args, message):
    with pytest.raises(SystemExit) as exit_:
        cli.main(args)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert message in err and err.startswith("用法：") and "error" not in err


def test_help_is_in_chinese(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "用法：" in out and "选项：" in out and "显示此帮助并退出" in out
    assert "usage" not in out and "show this help" not in out


def test_a_file_longer_than_the_attachment_limit_is_read_whole(tmp_path, capsys):
    from gongkai.core.textextract import TEXT_LIMIT

    big = tmp_path / "大文件.txt"
    filler = "各乡镇要加强组织领导。\n" * (TEXT_LIMIT // 12 + 1000)
    big.write_text(filler + "申请人：王晓明，手机13912345678\n", encoding="utf-8")
    code, out, _ = scan(capsys, big)
    last = filler.count("\n") + 1
    assert code == 0 and f"大文件.txt:{last}:11: 手机号码 139****5678" in out


def test_line_and_column_of_many_findings_in_order():
    rng = random.Random(16)
    text = "".join(rng.choice("甲乙\n丙") for _ in range(5000))
    lines = cli._Lines(text)
    for offset in sorted(rng.sample(range(len(text)), 300)) + [10, 4000]:
        expected = (
            text.count("\n", 0, offset) + 1,
            offset - text.rfind("\n", 0, offset),
        )
        assert lines.at(offset) == expected
