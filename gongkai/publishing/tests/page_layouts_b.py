"""Page layouts for the importer tests (part 2); see page_layouts_a."""

CASES = []

# 9. 来源 is a person and nothing else names the issuer: the organ stays empty.
CASES.append(
    dict(
        name="09_source_is_person.txt",
        encoding="utf-8",
        content="""您当前的位置：首页 > 新闻中心 > 乡镇动态
关于开展“我为群众办实事”志愿服务活动的倡议
来源：王芳　　发布时间：2024-03-18　　阅读次数：245
广大党员干部、志愿者朋友们：
让我们行动起来，积极投身志愿服务，在服务群众中践行初心使命。
每一位志愿者都是文明的传播者，每一次服务都是爱心的传递。
【打印】【关闭】
相关链接
中国政府网
省人民政府
市人民政府
""",
        expect=dict(
            title="关于开展“我为群众办实事”志愿服务活动的倡议",
            organ="",
            doc_number="",
            index_number="",
            topic="",
            written_on=None,
            published_at="2024-03-18T00:00:00",
        ),
        gone=["王芳", "阅读次数", "【打印】", "相关链接", "中国政府网", "您当前的位置"],
        kept=["在服务群众中践行初心使命。", "每一次服务都是爱心的传递。"],
    )
)  # fmt: skip

# 10. The <h1> is the site logo; the page's own heading is a <div>; a 热搜 bar and a
#     breadcrumb sit above it.
CASES.append(
    dict(
        name="10_title_from_tag.html",
        encoding="utf-8",
        content="""<html><head><meta charset="utf-8">
<title>平山县2024年第一季度重点项目建设进展情况_平山县人民政府门户网站</title></head>
<body><div class="header"><h1>平山县人民政府</h1></div>
<div class="hotwords">热搜：养老保险 公积金提取 不动产登记 低保申请</div>
<div class="lm">首页 &gt; 政务公开 &gt; 重点项目</div>
<div class="article"><div class="article-title">平山县2024年第一季度重点项目建设进展情况</div>
<div class="article-info">发布时间：2024-04-10　信息来源：平山县发展和改革局</div>
<div class="article-body"><p>一季度，全县54个重点项目完成投资23.6亿元，占年度计划的24.1%。</p>
<p>其中，产业项目完成投资15.2亿元，基础设施项目完成投资8.4亿元。</p></div></div>
<a class="back" href="#">返回顶部</a>
<div class="copyright">平山县人民政府版权所有　冀ICP备05012345号-1</div>
</body></html>""",
        expect=dict(
            title="平山县2024年第一季度重点项目建设进展情况",
            organ="平山县发展和改革局",
            doc_number="",
            index_number="",
            topic="",
            written_on=None,
            published_at="2024-04-10T00:00:00",
        ),
        gone=["热搜", "公积金提取", "返回顶部", "版权所有", "ICP备", "重点项目\n"],
        kept=["占年度计划的24.1%。", "基础设施项目完成投资8.4亿元。"],
    )
)  # fmt: skip

# 11. A portal row of links to higher-level sites and a 简体/繁体 switch before the title.
CASES.append(
    dict(
        name="11_portal_links_row.html",
        encoding="utf-8",
        content="""<html><head><meta charset="utf-8"><title>信息公开</title></head><body>
<div><a href="#">中国政府网</a> <a href="#">湖南省人民政府</a> <a href="#">常德市人民政府</a> <a href="#">国务院客户端</a></div>
<div><span>简体</span> | <span>繁體</span> | <span>无障碍浏览</span> | <span>长者模式</span></div>
<div class="zwgk"><h2>安乡县市场监督管理局关于2024年第一批食品安全监督抽检信息的通告</h2>
<table><tr><th>索引号</th><td>4307210030/2024-00012</td><th>发布机构</th><td>安乡县市场监督管理局</td></tr>
<tr><th>文号</th><td>无</td><th>主题分类</th><td>市场监管、安全生产监管</td></tr>
<tr><th>成文日期</th><td>2024-04-18</td><th>发布日期</th><td>2024-04-19</td></tr></table>
<p>近期，安乡县市场监督管理局组织抽检食品120批次，其中合格118批次，不合格2批次。</p>
<p>对抽检中发现的不合格食品，已责令生产经营者下架、召回并依法查处。</p></div>
<div class="ft">网站标识码：4307210001　湘ICP备10002345号　湘公网安备43072102000045号</div>
</body></html>""",
        expect=dict(
            title="安乡县市场监督管理局关于2024年第一批食品安全监督抽检信息的通告",
            organ="安乡县市场监督管理局",
            doc_number="",
            index_number="4307210030/2024-00012",
            topic="市场监管、安全生产监管",
            written_on="2024-04-18",
            published_at="2024-04-19T00:00:00",
        ),
        gone=["中国政府网", "常德市人民政府", "繁體", "无障碍", "长者模式", "网站标识码"],
        kept=["其中合格118批次，不合格2批次。", "已责令生产经营者下架、召回并依法查处。"],
    )
)  # fmt: skip

# 12. Half- and full-width colons mixed; 有效性 废止.
CASES.append(
    dict(
        name="12_mixed_colons_repealed.txt",
        encoding="utf-8",
        content="""位置:首页>法规文件>规范性文件
索引号:MB1534210/2019-00087
发文机关：金川县人民政府
文号:金政规〔2019〕2号
成文日期：2019年3月28日
发布日期:2019-04-02
有效性：已废止
金川县城区户外广告设置管理办法
第一条　为规范城区户外广告设置管理，提升城市形象，制定本办法。
第二条　本办法适用于本县城区范围内户外广告的设置和管理。
""",
        expect=dict(
            title="金川县城区户外广告设置管理办法",
            organ="金川县人民政府",
            doc_number="金政规〔2019〕2号",
            index_number="MB1534210/2019-00087",
            topic="",
            written_on="2019-03-28",
            published_at="2019-04-02T00:00:00",
            validity="repealed",
        ),
        gone=["位置:", "法规文件>", "有效性", "已废止"],
        kept=["制定本办法。", "第二条　本办法适用于本县城区范围内户外广告的设置和管理。"],
    )
)  # fmt: skip

# 13. GBK page with the standard meta tags, 上一篇/下一篇, 相关链接 and a share bar.
CASES.append(
    dict(
        name="13_gbk_meta_tags.html",
        encoding="gbk",
        content="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<meta name="ArticleTitle" content="阳春县2023年国民经济和社会发展统计公报">
<meta name="PubDate" content="2024-03-28 16:20">
<meta name="ContentSource" content="阳春县统计局">
<title>阳春县2023年国民经济和社会发展统计公报</title></head><body>
<div class="menu"><a>首页</a><a>统计数据</a><a>统计公报</a><a>统计分析</a></div>
<div class="wz">当前位置：首页 &gt; 统计数据</div>
<div class="main"><h1>阳春县2023年国民经济和社会发展统计公报</h1>
<p>2023年，全县实现地区生产总值182.5亿元，按不变价格计算，比上年增长5.1%。</p>
<p>全年粮食总产量21.3万吨，比上年增长1.2%。</p></div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
<div class="qr">扫一扫在手机打开当前页</div>
<div class="pn"><p>上一篇：阳春县2023年统计年鉴</p><p>下一篇：没有了</p></div>
<div><h4>相关链接</h4><a>国家统计局</a><a>省统计局</a><a>市统计局</a></div>
<div class="foot">版权所有：阳春县统计局　粤ICP备11003456号</div>
</body></html>""",
        expect=dict(
            title="阳春县2023年国民经济和社会发展统计公报",
            organ="阳春县统计局",
            doc_number="",
            index_number="",
            topic="",
            written_on=None,
            published_at="2024-03-28T16:20:00",
        ),
        gone=["分享到", "扫一扫", "上一篇", "下一篇", "相关链接", "国家统计局", "统计分析", "ICP备"],
        kept=["比上年增长5.1%。", "全年粮食总产量21.3万吨，比上年增长1.2%。"],
    )
)  # fmt: skip

# 14. A metadata table saved as text: label and value on separate lines; 主题分类 empty
#     (its next line is the next label).
CASES.append(
    dict(
        name="14_text_table_lines.txt",
        encoding="gb18030",
        content="""索引号
533300-2022-000456
主题分类
发文机构
沧源县卫生健康局
文      号
沧卫发〔2022〕15号
发文日期
2022-11-03
沧源县卫生健康局关于进一步做好冬春季传染病防控工作的通知
各乡镇卫生院，县直各医疗卫生单位：
冬春季是呼吸道传染病高发季节，为切实做好防控工作，现将有关要求通知如下。
一、加强监测预警，及时发现和报告疫情。
二、做好医疗救治准备，确保患者得到及时有效治疗。
扫一扫在手机打开当前页
沧源县人民政府版权所有 主办单位：沧源县人民政府办公室
滇ICP备2021001234号-1 政府网站标识码：5309270001
""",
        expect=dict(
            title="沧源县卫生健康局关于进一步做好冬春季传染病防控工作的通知",
            organ="沧源县卫生健康局",
            doc_number="沧卫发〔2022〕15号",
            index_number="533300-2022-000456",
            topic="",
            written_on="2022-11-03",
            published_at="2022-11-03T00:00:00",
        ),
        gone=["索引号", "主题分类", "扫一扫", "版权所有", "ICP备", "网站标识码"],
        kept=["现将有关要求通知如下。", "二、做好医疗救治准备，确保患者得到及时有效治疗。"],
    )
)  # fmt: skip

# 15. Sidebar of friendly links and a search box before the document, a visitor counter
#     and a contact footer after it.
CASES.append(
    dict(
        name="15_sidebar_links_counter.html",
        encoding="utf-8",
        content="""<html><head><meta charset="utf-8"><title>关于公布2024年度县级河长名单的公告</title></head><body>
<div class="left"><div class="box"><b>友情链接</b><ul><li><a>水利部</a></li><li><a>省水利厅</a></li>
<li><a>市水务局</a></li></ul></div><div class="sousuo">站内搜索 <input> 搜索</div></div>
<div class="right"><div class="bt">关于公布2024年度县级河长名单的公告</div>
<div class="sj">发布日期：2024年02月20日　信息来源：宁远县水利局</div>
<div class="nr"><p>为全面推行河长制，现将2024年度县级河长名单予以公布，接受社会监督。</p>
<p>公众可通过河长公示牌上的监督电话反映河湖问题。</p></div></div>
<div class="tj">您是本站第 128734 位访问者</div>
<div class="lxwm">地址：宁远县舜陵街道九嶷大道6号　邮编：425600　联系电话：0746-7221234<br>主办单位：宁远县人民政府</div>
</body></html>""",
        expect=dict(
            title="关于公布2024年度县级河长名单的公告",
            organ="宁远县水利局",
            doc_number="",
            index_number="",
            topic="",
            written_on=None,
            published_at="2024-02-20T00:00:00",
        ),
        gone=["友情链接", "水利部", "站内搜索", "访问者", "九嶷大道6号", "邮编", "主办单位"],
        kept=["接受社会监督。", "公众可通过河长公示牌上的监督电话反映河湖问题。"],
    )
)  # fmt: skip

# 16. The metadata table follows the body; the official header (机关标志, 文号) precedes
#     the title.
CASES.append(
    dict(
        name="16_meta_after_body.html",
        encoding="utf-8",
        content="""<html><head><meta charset="utf-8"><title>祁阳县人民政府办公室关于成立县城市管理委员会的通知</title></head><body>
<div class="dh"><a>首页</a><a>政务公开</a><a>政策文件</a><a>政务服务</a></div>
<div class="con"><p>祁阳县人民政府办公室文件</p><p>祁政办函〔2021〕42号</p>
<h1>祁阳县人民政府办公室关于成立县城市管理委员会的通知</h1>
<p>各乡镇人民政府、街道办事处，县直各单位：</p>
<p>为加强城市管理工作的统筹协调，经县人民政府同意，决定成立祁阳县城市管理委员会。</p>
<p>委员会办公室设在县城市管理和综合执法局，负责日常工作。</p>
<p>祁阳县人民政府办公室</p><p>2021年9月6日</p>
<table class="gkxx"><tr><td>索引号：</td><td>4311210002/2021-00321</td><td>主题分类：</td><td>机构编制</td></tr>
<tr><td>有效性：</td><td>有效</td><td>公开方式：</td><td>主动公开</td></tr></table></div>
<div class="footer"><p>【打印】【关闭】</p><p>网站标识码：4311210001 湘ICP备05009876号</p></div>
</body></html>""",
        expect=dict(
            title="祁阳县人民政府办公室关于成立县城市管理委员会的通知",
            organ="祁阳县人民政府办公室",
            doc_number="祁政办函〔2021〕42号",
            index_number="4311210002/2021-00321",
            topic="机构编制",
            written_on="2021-09-06",
            published_at="2021-09-06T00:00:00",
            validity="valid",
        ),
        gone=["索引号", "主题分类", "公开方式", "【打印】", "网站标识码", "政策文件"],
        kept=["决定成立祁阳县城市管理委员会。", "委员会办公室设在县城市管理和综合执法局，负责日常工作。"],
    )
)  # fmt: skip
