"""Chinese names for the internal codes the audit log and ledgers store.

The audit log keeps ``action="foi.application_reply"`` and ``object_type="foi.application"``
(stable, searchable, part of the hash chain); pages show ``答复申请`` and the model's
verbose name instead. An action missing here is shown as "<app>：其他操作", never as code.
"""

from __future__ import annotations

import re

from django.apps import apps

ACTIONS: dict[str, str] = {
    # core
    "unit.create": "新建机构",
    "site.create": "新建门户网站",
    "site.update": "修改门户网站",
    "unit.update": "修改机构",
    "unit.move": "调整上级机构",
    "staff.create": "新建工作人员",
    "staff.update": "修改工作人员",
    "staff.deactivate": "停用工作人员账号",
    "staff.reactivate": "恢复工作人员账号",
    "staff.password_reset": "重设登录密码",
    "staff.password_change": "修改本人登录密码",
    "staff.review_grant": "调整审核权",
    "staff.admin_create": "在系统配置中新建工作人员",
    "staff.admin_update": "在系统配置中修改工作人员",
    "staff.admin_delete": "在系统配置中删除工作人员",
    "calendar.year_mark": "标记年度日历已载入",
    "calendar.year_unmark": "取消年度日历已载入标记",
    "token.create": "签发接口令牌",
    "calendar.set": "设置工作日历",
    "calendar.delete": "删除日历调整",
    "calendar.load": "载入年度工作日历",
    # publishing
    "publishing.create": "新建信息",
    "publishing.update": "修改信息",
    "publishing.submit": "提交审核",
    "publishing.return": "退回修改",
    "publishing.start_review": "开始审核",
    "publishing.approve": "审核通过",
    "publishing.publish": "发布信息",
    "publishing.expire": "宣布失效",
    "publishing.repeal": "宣布废止",
    "publishing.withdraw": "撤回信息",
    "publishing.import": "导入信息",
    "publishing.import_held": "导入信息（带密级或不予公开标记，留待审核）",
    "publishing.reimport": "重新导入信息",
    "publishing.attachment_add": "添加附件",
    "publishing.attachment_remove": "删除附件",
    "publishing.finding_mask": "隐私内容已脱敏",
    "publishing.finding_accept": "隐私内容经审核保留",
    "publishing.import_word": "从 Word 文件新建信息",
    "publishing.body_from_word": "用 Word 附件生成正文",
    "publishing.deadline_recompute": "重新计算发布期限",
    "publishing.revision_create": "起草修订稿",
    "publishing.revise": "发布修订",
    "publishing.apply": "发布修订",
    "publishing.reclassify": "更改公开属性并撤回",
    # search
    "search.rebuild": "重建检索索引",
    # foi
    "foi.application_submit": "收到申请",
    "foi.application_confirm": "确认收到申请",
    "foi.application_transfer": "转交承办机构",
    "foi.application_reply": "答复申请",
    "foi.reply_submit": "答复稿提交审核",
    "foi.reply_approve": "答复审核通过并发出",
    "foi.reply_return": "退回答复稿",
    "foi.application_deliver": "送达答复",
    "foi.application_lapse": "申请视为放弃",
    "foi.correction_request": "告知补正",
    "foi.correction_receive": "收到补正材料",
    "foi.extension_approve": "批准延期答复",
    "foi.consultation_start": "开始征求第三方意见",
    "foi.consultation_end": "结束征求第三方意见",
    "foi.fee_assess": "核定信息处理费",
    "foi.fee_notice": "发出收费通知",
    "foi.fee_paid": "登记缴费",
    "foi.fee_waive": "减免信息处理费",
    "foi.file_attach": "添加材料",
    "foi.deadline_recompute": "重新计算期限",
    "foi.case_record": "登记复议或诉讼",
    "foi.case_decide": "登记复议或诉讼结果",
    "foi.template_save": "修改文书模板",
    # participation
    "participation.message_submit": "收到留言",
    "participation.message_review": "审核留言",
    "participation.message_transfer": "转办留言",
    "participation.message_answer": "答复留言",
    "participation.message_reopen": "重新办理留言",
    "participation.message_rate": "留言人评价",
    "participation.message_invalidate": "留言不予受理",
    "participation.message_limit_set": "设置留言答复时限",
    "participation.consultation_create": "新建意见征集",
    "participation.consultation_publish": "发布意见征集",
    "participation.consultation_withdraw": "撤回意见征集",
    "participation.consultation_decision": "记录意见征集结果",
    "participation.comment_submit": "收到意见",
    "participation.comment_record": "登记意见",
    "participation.comment_moderate": "审核意见",
    "participation.feedback_record": "登记意见反馈",
    "participation.summary_publish": "发布意见采纳情况",
    "participation.survey_create": "新建民意调查",
    "participation.survey_settings": "修改民意调查设置",
    "participation.survey_respond": "收到调查答卷",
    "participation.meeting_save": "保存会议记录",
    "participation.deputy_reply_publish": "发布建议提案复文",
    "participation.consultation_deadline_recompute": "重新计算意见征集期限",
    "participation.message_deadline_recompute": "重新计算留言答复期限",
    # reports
    "reports.start": "开始编写年度报告",
    "reports.update": "修改年度报告",
    "reports.publish": "发布年度报告",
    "reports.figure_set": "修改报告数据",
    # supervision
    "supervision.plan_import": "导入工作计划",
    "supervision.plan_update": "修改工作计划",
    "supervision.plan_map_name": "对应计划中的单位名称",
    "supervision.plan_send": "下发工作计划",
    "supervision.plan_publish": "公开任务分解表",
    "supervision.task_update": "修改任务",
    "supervision.task_recompute": "重新计算任务期限",
    "supervision.progress_report": "报送任务进展",
    "supervision.progress_publish": "公开任务进展",
    "supervision.notice_issue": "签发督办单",
    "supervision.notice_answer": "回复督办单",
    "supervision.suggestion_assign": "交办建议提案",
    "supervision.suggestion_reply": "答复建议提案",
    "supervision.suggestion_review": "审核建议提案答复",
    "supervision.suggestion_publish": "公开建议提案答复",
    "supervision.suggestion_opinion": "提出协办意见",
    "reports.indicator_set_create": "新建考核指标体系",
    "reports.assessment_score": "计算考核得分",
    "reports.assessment_hand_score": "人工评分",
    "reports.assessment_publish": "发布考核结果",
    # monitoring
    "monitoring.site_create": "添加监测网站",
    "monitoring.site_pause": "暂停监测",
    "monitoring.site_activate": "恢复监测",
    "monitoring.column_create": "添加监测栏目",
    "monitoring.column_delete": "删除监测栏目",
    "monitoring.run_request": "发起监测",
    "monitoring.run_resume": "继续监测",
    "monitoring.run_finish": "监测完成",
    "monitoring.run_fail": "监测失败",
    "monitoring.probe": "检测网站连通",
    "monitoring.site_update": "修改网站检测设置",
    "monitoring.site_move": "更改本平台门户地址",
    "monitoring.column_update": "修改监测栏目",
    # privacy
    "privacy.expression_save": "保存错敏词",
    "privacy.expression_enable": "启用或停用错敏词",
    # staticsite
    "staticsite.manifest_forged": "发现静态页面清单被篡改",
    "staticsite.tamper_found": "发现静态页面被篡改",
    "staticsite.incident_resolve": "处理篡改事件",
    # the county-site section, 找错, the website's yearly report, search synonyms
    "publishing.policy_documents_file": "政策文件归入栏目",
    "publishing.profile_save": "保存机构信息与公开指南",
    "reports.website_report_generate": "生成网站工作年度报表",
    "reports.website_report_publish": "发布网站工作年度报表",
    "reports.website_report_update": "修改网站工作年度报表",
    "search.synonym_group_delete": "删除同义词组",
    "search.synonym_group_save": "保存同义词组",
    "zhaocuo.report_submit": "提交网站找错",
    "zhaocuo.report_answer": "答复网站找错",
    "zhaocuo.report_invalid": "网站找错不予处理",
    "zhaocuo.report_transfer": "转办网站找错",
    # response (回应关切)
    "response.incident_register": "登记政务舆情",
    "response.step_record": "登记舆情回应",
    "response.followup_schedule": "安排舆情后续发布",
    "response.incident_close": "办结政务舆情",
    "response.press_event_create": "登记新闻发布活动",
    "response.press_event_publish": "公开发布活动实录",
    "response.account_apply": "申请开办政务新媒体",
    "response.account_approve": "政务新媒体开办",
    "response.account_change": "政务新媒体变更",
    "response.account_suspend": "政务新媒体关停",
    "response.account_cancel": "政务新媒体注销",
    "response.account_update_date": "登记新媒体更新日期",
    "response.account_feed_read": "读取新媒体订阅",
    "response.qa_create": "新增政策问答",
    "response.qa_publish": "公开政策问答",
    "response.qa_withdraw": "撤回政策问答",
    "response.order_receive": "受理热线工单",
    "response.order_assign": "转办热线工单",
    "response.order_reassign": "改派热线工单",
    "response.order_return": "退回热线工单",
    "response.order_answer": "答复热线工单",
    "response.order_close": "办结热线工单",
    "response.order_deadline_recompute": "重新计算热线工单期限",
    # registers (公开清单, issue 18)
    "registers.entry_create": "登记清单条目",
    "registers.entry_update": "修改清单条目",
    "registers.entry_submit": "提交清单条目审核",
    "registers.entry_return": "退回清单条目",
    "registers.entry_publish": "公开清单条目",
    "registers.entry_withdraw": "撤回清单条目",
    "registers.entry_revise": "修订清单条目",
    "registers.draw_perform": "随机抽取检查对象和执法检查人员",
    "registers.result_record": "登记抽查结果",
    "registers.result_publish": "公开抽查结果",
    "registers.result_deadline_recompute": "重新计算抽查结果公开期限",
    "registers.validity_change": "变更规范性文件有效性",
    "registers.cleanup_open": "启动规范性文件清理",
    "registers.cleanup_answer": "报送规范性文件清理意见",
    "registers.guide_deadline_recompute": "重新计算办事指南公开期限",
    "registers.power_edition_publish": "公开年度权责清单",
    "registers.decision_link": "关联重大决策预公开意见征集",
    "registers.decision_decide": "登记重大行政决策结果",
    "registers.decision_evaluate": "登记决策后评估",
    "registers.negative_review": "复核负面清单事项",
    "registers.dataset_file_add": "上传开放数据文件",
    "registers.standard_import": "导入基层政务公开标准目录",
    "registers.gazette_remove": "从政府公报中移出文件",
    "registers.gazette_restore": "恢复政府公报收录的文件",
    "registers.gazette_add": "政府公报补充收录文件",
    # delivery of replies (issue 14)
    "foi.delivery": "送达答复",
    "foi.findings_kept": "保留个人信息（说明理由）",
    "foi.notice_sent": "发送告知书",
}

# Object types that are not a model (or whose model sits in another app label).
OBJECTS: dict[str, str] = {
    "search.index": "检索索引",
    "core.audithead": "审计日志链",
    "core.periodicrun": "定时任务",
    "participation.messagetransfer": "留言转办",
    "participation.question": "调查题目",
    "participation.surveyresponse": "调查答卷",
    "participation.answer": "调查回答",
    "monitoring.crawlitem": "检测页面",
    "monitoring.linkref": "页面链接",
}


def _app_name(label: str) -> str:
    try:
        return str(apps.get_app_config(label).verbose_name)
    except LookupError:
        return "系统"


def action_label(action: str) -> str:
    if action in ACTIONS:
        return ACTIONS[action]
    return f"{_app_name(action.split('.', 1)[0])}：其他操作"


def object_type_label(object_type: str) -> str:
    if object_type in OBJECTS:
        return OBJECTS[object_type]
    try:
        name = str(apps.get_model(object_type)._meta.verbose_name)
    except (LookupError, ValueError):
        return "记录"
    return name if _CHINESE.search(name) else "记录"


def object_label(object_type: str, object_id: str) -> str:
    if not object_type:
        return "—"
    name = object_type_label(object_type)
    return f"{name} {object_id}" if object_id else name


_CHINESE = re.compile(r"[\u4e00-\u9fff]")
_PERSON = re.compile(r"^[\w.@+-]+（(.+)）$")


def person_label(actor_label: str) -> str:
    """``gongkaiban（王公开）`` → ``王公开``: the person, not the login name."""
    match = _PERSON.match(actor_label or "")
    return match.group(1) if match else (actor_label or "系统")


def action_choices() -> list[tuple[str, str | list[tuple[str, str]]]]:
    """For the audit filter: every named action, grouped under its app."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for code, label in ACTIONS.items():
        groups.setdefault(_app_name(code.split(".", 1)[0]), []).append((code, label))
    choices: list[tuple[str, str | list[tuple[str, str]]]] = [("", "全部")]
    choices += [(group, items) for group, items in groups.items()]
    return choices
