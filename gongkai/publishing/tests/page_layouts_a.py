"""Page layouts for the importer tests (part 1), written for these tests in the manner of
county government sites. Each case: the saved page, its encoding, the fields it must
yield, the chrome strings that must be gone and sentences of the body that must stay."""

FOOTER_HTML = """<div class="footer"><p>主办单位：{site}　承办：{site}办公室</p>
<p>地址：{place}人民路1号　邮编：661000　联系电话：0873-1234567</p>
<p>滇ICP备05001234号-1　滇公网安备53252302000111号　网站标识码：5325230001</p></div>"""

CASES = []

# 1. A four-column metadata table with letter-spaced labels; the empty 主题分类 cell is
#    directly followed by the 来源 label.
CASES.append(
    dict(
        name="01_table_empty_topic.html",
        encoding="utf-8",
        content="""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>青山县民政局关于做好2024年城乡低保提标工作的通知-青山县人民政府门户网站</title></head>
<body><div class="top"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a>
<a href="/hdjl/">互动交流</a></div>
<div class="search"><input placeholder="请输入关键字"><button>搜索</button></div>
<div class="location">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>通知公告</a></div>
<table class="xxgk_table">
<tr><td>索 引 号：</td><td>11532523MB0123456K/2024-00031</td><td>主题分类：</td><td></td></tr>
<tr><td>来　　源：</td><td>青山县民政局</td><td>发文日期：</td><td>2024年03月05日</td></tr>
<tr><td>发 文 字 号：</td><td>青民发〔2024〕9号</td><td>发布日期：</td><td>2024-03-07</td></tr>
</table>
<div class="article"><h1>青山县民政局关于做好2024年城乡低保提标工作的通知</h1>
<div class="zoom"><p>各乡（镇）人民政府：</p>
<p>经县人民政府同意，自2024年4月1日起，城市低保标准提高到每人每月780元。</p>
<p>各地要在3月底前完成系统调整，确保提标资金按时足额发放。</p>
<p style="text-align:right">青山县民政局</p><p style="text-align:right">2024年3月5日</p></div></div>
<div class="print">【打印】【关闭】</div>
""" + FOOTER_HTML.format(site="青山县人民政府", place="青山县") + "</body></html>",
        expect=dict(
            title="青山县民政局关于做好2024年城乡低保提标工作的通知",
            organ="青山县民政局",
            doc_number="青民发〔2024〕9号",
            index_number="11532523MB0123456K/2024-00031",
            topic="",
            written_on="2024-03-05",
            published_at="2024-03-07T00:00:00",
        ),
        gone=["当前位置", "办事服务", "请输入关键字", "【打印】", "ICP备", "公网安备", "网站标识码",
              "邮编", "联系电话", "人民路1号", "主办单位", "发文日期"],
        kept=["城市低保标准提高到每人每月780元。", "确保提标资金按时足额发放。", "各乡（镇）人民政府："],
    )
)  # fmt: skip

# 2. A bulleted metadata list, value on the same line; "-" as an empty 文号.
CASES.append(
    dict(
        name="02_bullets_same_line.html",
        encoding="utf-8",
        content="""<html><head><meta charset="utf-8"><title>云溪县2023年度森林防火工作总结_云溪县政府</title>
</head><body>
<div class="head"><div class="logo">云溪县人民政府</div><span>简体</span><span>繁体</span><span>无障碍</span></div>
<div class="crumb">您的位置：首页 &gt; 信息公开 &gt; 工作总结</div>
<ul class="info-list">
<li>· 索引号：533124-03-2024-0005</li>
<li>· 发布机构：云溪县林业和草原局</li>
<li>· 文号：-</li>
<li>· 主题分类：农业、林业、水利</li>
<li>· 成文日期：2024-01-12</li>
<li>· 发布日期：2024-01-15 09:30</li>
</ul>
<h2 class="title">云溪县2023年度森林防火工作总结</h2>
<div class="content"><p>2023年，全县未发生重大森林火灾，森林火灾受害率控制在0.3‰以内。</p>
<p>全年共开展防火巡查1200余次，清理可燃物15公里。</p></div>
<div class="fx">分享到：微信 微博 QQ空间</div>
<div class="foot">版权所有：云溪县人民政府 网站标识码：5331240002 滇ICP备06001234号</div>
</body></html>""",
        expect=dict(
            title="云溪县2023年度森林防火工作总结",
            organ="云溪县林业和草原局",
            doc_number="",
            index_number="533124-03-2024-0005",
            topic="农业、林业、水利",
            written_on="2024-01-12",
            published_at="2024-01-15T09:30:00",
        ),
        gone=["简体", "繁体", "无障碍", "您的位置", "分享到", "版权所有", "ICP备", "索引号"],
        kept=["森林火灾受害率控制在0.3‰以内。", "全年共开展防火巡查1200余次，清理可燃物15公里。"],
    )
)  # fmt: skip

# 3. A definition list: each value on the line after its label; an empty 主题分类 <dd>
#    must not take the next label's value.
CASES.append(
    dict(
        name="03_dl_next_line.html",
        encoding="utf-8",
        content="""<html><head><meta charset="utf-8"><title>石门县人民政府办公室关于印发石门县农村人居环境整治提升实施方案的通知</title></head>
<body><nav>首页 政务公开 政务服务</nav>
<div class="bread">首页 &gt; 政府文件 &gt; 县政府办文件</div>
<dl class="meta"><dt>索引号</dt><dd>000014349/2023-04412</dd>
<dt>主题分类</dt><dd></dd>
<dt>发文机关</dt><dd>石门县人民政府办公室</dd>
<dt>发文字号</dt><dd>石政办发〔2023〕18号</dd>
<dt>成文日期</dt><dd>2023年06月20日</dd>
<dt>发布日期</dt><dd>2023年06月26日</dd></dl>
<div class="zw"><h1>石门县人民政府办公室关于印发石门县农村人居环境整治提升实施方案的通知</h1>
<p>各乡镇人民政府，县直有关单位：</p>
<p>《石门县农村人居环境整治提升实施方案》已经县人民政府同意，现印发给你们，请认真贯彻执行。</p>
<p>到2025年，全县农村卫生厕所普及率稳步提高，生活垃圾得到有效处理。</p></div>
<div class="xgwz"><h3>相关文章</h3><ul><li><a>关于开展春季爱国卫生运动的通知</a></li>
<li><a>石门县2022年人居环境整治总结</a></li><li><a>关于印发村庄清洁行动方案的通知</a></li></ul></div>
<div class="footer"><p>石门县人民政府办公室主办 湘ICP备12003456号 湘公网安备43072602000123号</p></div>
</body></html>""",
        expect=dict(
            title="石门县人民政府办公室关于印发石门县农村人居环境整治提升实施方案的通知",
            organ="石门县人民政府办公室",
            doc_number="石政办发〔2023〕18号",
            index_number="000014349/2023-04412",
            topic="",
            written_on="2023-06-20",
            published_at="2023-06-26T00:00:00",
        ),
        gone=["相关文章", "春季爱国卫生运动", "湘ICP备", "公网安备", "政府文件 >"],
        kept=["现印发给你们，请认真贯彻执行。", "生活垃圾得到有效处理。"],
    )
)  # fmt: skip

# 4. Text saved from a page: two label/value pairs per line with full-width colons.
CASES.append(
    dict(
        name="04_two_pairs_per_line.txt",
        encoding="gb18030",
        content="""首页 | 政务公开 | 政策文件 | 规划计划 | 互动交流
当前位置：首页>政务公开>政策文件
索引号：11430722MB1C23456X/2022-00123　　主题分类：城乡建设、环境保护
发文机关：汉阳县住房和城乡建设局　　成文日期：2022年08月10日
文　号：汉建发〔2022〕31号　　发布日期：2022年08月12日
汉阳县住房和城乡建设局关于加强既有建筑安全管理的通知
各乡镇人民政府，县直各单位：
为切实加强既有建筑安全管理，防范化解安全风险，现就有关事项通知如下。
一、全面开展既有建筑安全隐患排查，建立排查台账。
二、严格落实房屋使用安全责任人制度。
汉阳县住房和城乡建设局
2022年8月10日
【打印本页】　【关闭窗口】
上一篇：关于开展燃气安全专项整治的通知
下一篇：没有了
主办：汉阳县人民政府　技术支持：某某信息公司
湘ICP备09001234号　网站标识码：4307220003
""",
        expect=dict(
            title="汉阳县住房和城乡建设局关于加强既有建筑安全管理的通知",
            organ="汉阳县住房和城乡建设局",
            doc_number="汉建发〔2022〕31号",
            index_number="11430722MB1C23456X/2022-00123",
            topic="城乡建设、环境保护",
            written_on="2022-08-10",
            published_at="2022-08-12T00:00:00",
        ),
        gone=["政务公开 | 政策文件", "当前位置", "打印本页", "关闭窗口", "上一篇", "下一篇",
              "技术支持", "ICP备", "网站标识码", "索引号", "主题分类"],
        kept=["现就有关事项通知如下。", "一、全面开展既有建筑安全隐患排查，建立排查台账。",
              "二、严格落实房屋使用安全责任人制度。"],
    )
)  # fmt: skip

# 5. A header line under the title with the fields glued together and widgets on it.
CASES.append(
    dict(
        name="05_glued_header_line.html",
        encoding="utf-8",
        content="""<html><head><meta charset="utf-8"><title>柳河县教育局关于2024年秋季学期义务教育招生工作的公告 - 柳河县人民政府</title></head>
<body><div id="topnav"><a>网站首页</a><a>走进柳河</a><a>政务公开</a><a>政务服务</a></div>
<div class="position">首页 &gt; 部门信息 &gt; 县教育局</div>
<div class="detail"><h1>柳河县教育局关于2024年秋季学期义务教育招生工作的公告</h1>
<div class="info">发布时间：2024-05-08浏览量:1523来源：柳河县教育局作者：李明<span>字号：大 中 小</span><span>视力保护色</span></div>
<div class="text"><p>根据《中华人民共和国义务教育法》和上级有关文件精神，结合我县实际，现将2024年秋季学期义务教育招生工作公告如下。</p>
<p>一、小学一年级招收2017年9月1日至2018年8月31日出生的适龄儿童。</p>
<p>二、报名时间为2024年6月1日至6月10日。</p>
<p>咨询电话：0435-7123456。</p></div></div>
<div class="gotop">返回顶部</div>
<div class="footer">柳河县人民政府办公室主办　吉ICP备05002345号　吉公网安备22052402000012号　网站标识码：2205240001<br>地址：柳河县柳河镇向阳街88号　邮编：135300</div>
</body></html>""",
        expect=dict(
            title="柳河县教育局关于2024年秋季学期义务教育招生工作的公告",
            organ="柳河县教育局",
            doc_number="",
            index_number="",
            topic="",
            written_on=None,
            published_at="2024-05-08T00:00:00",
        ),
        gone=["浏览量", "作者", "字号", "视力保护色", "返回顶部", "走进柳河", "部门信息", "吉ICP备",
              "向阳街88号", "邮编"],
        kept=["现将2024年秋季学期义务教育招生工作公告如下。", "二、报名时间为2024年6月1日至6月10日。",
              "咨询电话：0435-7123456。"],
    )
)  # fmt: skip

# 6. A 归档时间 stamp is not a date of the document.
CASES.append(
    dict(
        name="06_archive_stamp.txt",
        encoding="utf-8",
        content="""欢迎访问龙泉县人民政府网站　　今天是2024年11月2日
现在的位置：首页 > 政务公开 > 工作动态
龙泉县召开2024年秋冬季安全生产工作会议
发布日期：2023-11-02 10:15:32　　归档时间：2024-01-15　　来源：龙泉县应急管理局　　点击数：89
11月1日，龙泉县召开2024年秋冬季安全生产工作会议，部署当前安全生产重点工作。
会议要求，各地各部门要紧盯道路交通、消防、燃气等重点领域，坚决遏制较大事故发生。
扫一扫在手机打开当前页
版权所有：龙泉县人民政府办公室　浙ICP备10001234号
""",
        expect=dict(
            title="龙泉县召开2024年秋冬季安全生产工作会议",
            organ="龙泉县应急管理局",
            doc_number="",
            index_number="",
            topic="",
            written_on=None,
            published_at="2023-11-02T10:15:32",
        ),
        gone=["归档时间", "点击数", "今天是", "现在的位置", "扫一扫", "版权所有", "ICP备"],
        kept=["部署当前安全生产重点工作。", "坚决遏制较大事故发生。"],
    )
)  # fmt: skip

# 7. No metadata at all: the 文号 line under the title and the signature block with a
#    date in Chinese numerals; a number cited in the body is not the document's own.
CASES.append(
    dict(
        name="07_no_metadata_chinese_date.txt",
        encoding="gb18030",
        content="""桃源县人民政府关于公布第三批县级非物质文化遗产代表性项目名录的通知
桃政发〔2023〕11号
各乡镇人民政府、街道办事处，县直各单位：
根据《桃源县人民政府关于加强非物质文化遗产保护工作的意见》（桃政发〔2020〕5号）文件精神，县人民政府确定了第三批县级非物质文化遗产代表性项目名录，现予公布。
各地要认真贯彻“保护为主、抢救第一”的方针，切实做好项目的保护、传承和利用工作。
附件：桃源县第三批县级非物质文化遗产代表性项目名录
桃源县人民政府
二〇二三年六月九日
（此件公开发布）
""",
        expect=dict(
            title="桃源县人民政府关于公布第三批县级非物质文化遗产代表性项目名录的通知",
            organ="桃源县人民政府",
            doc_number="桃政发〔2023〕11号",
            index_number="",
            topic="",
            written_on="2023-06-09",
            published_at="2023-06-09T00:00:00",
        ),
        gone=[],
        kept=["现予公布。", "切实做好项目的保护、传承和利用工作。", "（桃政发〔2020〕5号）"],
    )
)  # fmt: skip

# 8. No metadata block; 来源 is the site itself, so the organ comes from the signature;
#    the date mixes Chinese and Arabic numerals (二O二三年6月9日).
CASES.append(
    dict(
        name="08_source_is_website.html",
        encoding="utf-8",
        content="""<html><head><meta charset="utf-8"><title>关于2023年度县级财政预算公开情况的说明_东湖县人民政府网</title></head>
<body><div class="nav_top"><a>首页</a><a>概况</a><a>要闻</a><a>公开</a></div>
<div class="dqwz">当前位置：首页 » 财政信息</div>
<div class="article-content"><h3>关于2023年度县级财政预算公开情况的说明</h3>
<p class="source">来源：东湖县人民政府网　　时间：2023-06-12</p>
<p>按照预算法和政府信息公开条例的规定，现将2023年度县级财政预算公开情况说明如下。</p>
<p>全县一般公共预算收入安排5.6亿元，比上年增长4.5%。</p>
<p>东湖县财政局</p><p>二O二三年6月9日</p></div>
<div class="bottom">主办单位：东湖县人民政府办公室　联系电话：0716-2345678　鄂ICP备07004567号</div>
</body></html>""",
        expect=dict(
            title="关于2023年度县级财政预算公开情况的说明",
            organ="东湖县财政局",
            doc_number="",
            index_number="",
            topic="",
            written_on="2023-06-09",
            published_at="2023-06-12T00:00:00",
        ),
        gone=["当前位置", "来源", "东湖县人民政府网", "主办单位", "联系电话", "ICP备"],
        kept=["现将2023年度县级财政预算公开情况说明如下。", "比上年增长4.5%。"],
    )
)  # fmt: skip
