"""Demo reports: one answered, one waiting (idempotent)."""

from __future__ import annotations


def load() -> str:
    from gongkai.core.models import User
    from gongkai.zhaocuo import services
    from gongkai.zhaocuo.models import ErrorReport

    if ErrorReport.objects.filter(contact="13800000001").exists():
        return "网站找错：示例已存在"
    if services.office_unit() is None:
        return "网站找错：尚无机构，跳过"
    first = services.report_submit(
        kind=ErrorReport.Kind.LINK,
        page_url="/xxgk/zn/",
        description="政府信息公开指南页面中的办事指南链接点击后打不开。",
        contact="13800000001",
        name="张先生",
    )
    services.report_submit(
        kind=ErrorReport.Kind.TYPO,
        page_url="/hudong/",
        description="互动交流页面说明文字中“征集意见”写成了“征急意见”。",
        contact="citizen@example.cn",
    )
    office = User.objects.filter(username="gongkaiban").first()
    if office is not None:
        services.report_answer(
            actor=office,
            report=first,
            answer="经核实，链接地址有误，已于当日修正。感谢您的反映。",
        )
    return "网站找错：新建示例2条"
