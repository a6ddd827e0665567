"""The third held-out batch (``src3/`` -> ``docs3/``): fill its numbers, then check its marks.

Written without reading the scanner; this script does not import ``gongkai.privacy``.

    python benchmarks/privacy_heldout/batch3.py fill    # src3 -> docs3 (numbers computed here)
    python benchmarks/privacy_heldout/batch3.py check   # validate the marks in docs3

The fourth and fifth batches (``src4/`` -> ``docs4/``, ``src5/`` -> ``docs5/``) use this same
tool through ``batch4.py`` and ``batch5.py``.

Placeholders in ``src3/`` (``R`` a six-digit region code, ``D`` a birth date YYYYMMDD, ``S``
``m`` or ``f`` — the 17th digit is odd for men, even for women):

- ``{ID:R:D:S}`` a resident ID with the right ISO 7064 MOD 11-2 check character,
  ``{IDX:R:D:S}`` one whose check character is X, ``{IDBAD:R:D:S}`` one with a wrong one;
- ``{ID15:R:YYMMDD:S}`` an old 15-digit resident ID (the form before 1999: region,
  two-digit birth year, month, day, three-digit sequence whose last digit gives the sex;
  no check character);
- ``{CARD:P:N}`` a Luhn-valid card number of N digits starting with prefix P;
- ``{USCC:R}`` an organisation's unified social credit code (GB 32100) for region R,
  ``{USCC:R:92}`` one of an individual business (个体工商户).

An ID or card placeholder may take one more field, the way the number is printed: ``x`` (a
lower-case check character) or group sizes such as ``6.8.4`` (printed ``431121 19680304 123X``,
as a form typed in blocks). The check validates such a value with its spaces removed.

Every number is made up; the random generator is seeded by the file name.
"""

from __future__ import annotations

import datetime
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate import MARK, SCORED  # noqa: E402  the batches' own format

HERE = Path(__file__).resolve().parent
# each batch: its sources, its output and the IDs it gets wrong on purpose (per file)
BATCHES = {
    "3": {"32_linshi_pipe.txt": 1, "42_weifang_aligned.txt": 1},
    "4": {"53_zhaijidi_aligned.txt": 1},
    "5": {"72_zhufang_anquan_aligned.txt": 1},
    "6": {"95_tuiyi_buzhu_aligned.txt": 1},
    "7": {"126_yuchuan_butie.txt": 1},
    "8": {"131_linshi_jiuzhu_tab.txt": 1},
    "9": {
        "158_meigaidian_butie_xlsx.csv": 1,
        "160_jiuye_kunnan_jiaohuan.xml": 1,
        "166_youji_qingdan.txt": 1,
    },
    "10": {"172_shiyejin_daochu_tsv.txt": 1},
    "11": {"193_yigong_daizhen_aligned.txt": 1},
    "12": {"216_jiashizheng_zhuxiao_pages_aligned.txt": 1},
    "13": {"242_yangquan_zhuxiao_tsv.txt": 1},
    "14": {"253_linghuo_jiuye_shebao_pages_aligned.txt": 1},
    "15": {"281_penggai_buchang_fafang_tab.txt": 1},
    "16": {"305_zhuxue_daikuan_yuqi_xlsx.tsv": 1},
    "17": {},
    "18": {},
    "19": {},
    "20": {},
    "21": {},
    "22": {},
    "23": {},
    "24": {},
    "26": {},
    "25": {},
    "27": {},
    "28": {},
    "29": {},
    "30": {},
    "31": {},
    "32": {},
    "33": {},
    "34": {},
    "35": {},
    "36": {},
    "37": {},
    "38": {},
    "39": {},
    "40": {},
    "41": {},
    "42": {},
    "43": {},
    "44": {},
    "45": {},
    "46": {},
    "47": {},
    "48": {},
    "49": {},
    "50": {},
    "51": {},
    "52": {},
    "53": {},
    "54": {},
    "55": {},
    "56": {},
    "57": {},
    "58": {},
    "59": {},
    "60": {},
    "61": {},
    "62": {},
    "63": {},
    "64": {},
    "65": {},
    "66": {},
    "67": {},
    "68": {},
    "69": {},
    "70": {},
    "71": {},
    "72": {},
    "73": {},
    "74": {},
    "75": {},
    "76": {},
    "77": {},
    "78": {},
    "79": {},
    "80": {},
    "81": {"1643_yulu_jihua_buzhu_fafang_huamingce_yikatong_xlsx.tsv": 1},
    "82": {},
    "83": {},
    "84": {},
    "85": {},
    "86": {},
    "87": {},
    "88": {},
    "89": {},
    "90": {},
    "91": {},
    "92": {},
    "93": {},
    "94": {},
    "95": {},
    "96": {},
    "97": {},
    "98": {},
    "99": {},
    "100": {},
    "101": {},
    "102": {},
    "103": {},
    "104": {},
    "105": {},
    "106": {},
    "107": {},
    "108": {},
    "109": {},
    "110": {},
    "111": {},
    "112": {},
    "113": {},
    "114": {},
    "115": {},
    "116": {},
    "117": {},
    "118": {},
    "119": {},
    "120": {},
    "121": {},
    "122": {},
    "123": {},
    "124": {},
    "125": {},
    "126": {},
    "127": {},
    "128": {},
    "129": {},
    "130": {},
    "131": {},
    "132": {},
    "133": {},
    "134": {},
    "135": {},
    "136": {},
    "137": {},
    "138": {},
    "139": {},
    "140": {},
    "141": {},
    "142": {},
    "143": {},
    "144": {},
    "145": {},
    "146": {},
    "147": {},
    "148": {},
    "149": {},
    "150": {},
    "151": {},
    "152": {},
    "153": {},
    "154": {},
    "155": {},
    "156": {},
    "157": {},
    "158": {},
    "159": {},
    "160": {},
    "161": {},
    "162": {},
    "163": {},
    "164": {},
    "165": {},
    "166": {},
    "167": {},
    "168": {},
    "169": {},
    "170": {},
    "171": {},
    "172": {},
    "173": {},
    "174": {},
    "175": {},
    "176": {},
    "177": {},
    "178": {},
    "179": {},
    "180": {},
    "181": {},
    "182": {},
    "183": {},
    "184": {},
    "185": {},
    "186": {},
    "187": {},
    "188": {},
    "189": {},
    "190": {},
    "191": {},
    "192": {},
    "193": {},
    "194": {},
    "195": {},
    "196": {},
    "197": {},
    "198": {},
    "199": {},
    "200": {},
    "201": {},
    "202": {},
    "203": {},
    "204": {},
    "205": {},
    "206": {},
    "207": {},
    "208": {},
    "209": {},
    "210": {},
    "211": {},
    "212": {},
    "213": {},
    "214": {},
    "215": {},
    "216": {},
    "217": {},
    "218": {},
    "219": {},
    "220": {},
    "221": {"4322_fuxi_yinjin_rencai_anjia_butie_fafang_huamingce_xlsx.tsv": 1},
    "222": {},
    "223": {},
    "224": {},
    "225": {},
    "226": {},
    "227": {},
    "228": {},
    "229": {},
    "230": {},
    "231": {"4472_weichuan_yuer_butie_fafang_huamingce_shebaoka_daoling_xlsx.tsv": 1},
    "232": {
        "4490_wenyang_weigui_yangquan_xingzheng_chufa_huizong_xubiao_pipe.md": 1,
        "4491_yuanlan_quanshang_renyuan_yiliao_jiuzhu_fafang_huamingce_pages_aligned.txt": 1,
    },
    "233": {
        "4504_jianchuan_yeweihui_beian_weiyuan_mingce_plain.csv": 1,
        "4510_fuxi_wuye_xuanpin_yezhu_dianzi_biaojue_daochu.xml": 1,
    },
    "234": {
        "4519_quhe_jiedi_shengtai_anzang_jiangbu_fafang_mingce_pages_aligned.txt": 1,
        "4523_mishui_kunnan_qunzhong_sangzang_buzhu_fafang_docx_tab.txt": 1,
    },
    "235": {},
    "236": {"4547_pengli_tuibu_yumin_guoduqi_shenghuo_buzhu_biandong_mingdan_xlsx.tsv": 1},
    "237": {"4566_wushui_wuchang_xianxue_zheng_buban_dengji_mingce_pages_aligned.txt": 1},
    "238": {"4577_nanpan_lingshouhu_tingye_dengji_taizhang_xlsx.tsv": 1},
    "239": {"4592_zheyang_huyong_guangfu_dudian_butie_fafang_huamingce_xlsx.tsv": 1},
    "240": {
        "4607_lanjin_yinjin_qingnian_rencai_shenghuo_butie_fafang_mingxi_xlsx.tsv": 1,
        "4611_fuan_yinjin_rencai_peiou_suiqian_anzhi_mingce_pages_aligned.txt": 1,
    },
    "241": {
        "4625_xieshui_dianzhiche_yijiuhuanxin_butie_fafang_mingdan_xubiao_pipe.md": 1,
        "4626_aoxi_feijidongche_weifa_yuqi_weichuli_mingdan_pages_aligned.txt": 1,
    },
    "242": {
        "4639_qingyan_shuidao_zhongzhixian_peikuan_fafang_qingdan.csv": 1,
        "4641_beita_niuyang_yangzhixian_lipei_daohu_gongshi_pages_aligned.txt": 1,
    },
    "243": {"4656_yanxi_chuangye_danbao_daikuan_yuqi_weihuan_mingdan_pages_aligned.txt": 1},
    "244": {"4671_changqiu_daoyou_niandu_peixun_kaohe_hege_mingce_pages_aligned.txt": 1},
    "245": {
        "4682_bailang_yangzhi_yiwei_xinfang_dengji_taizhang_xlsx.tsv": 1,
        "4685_zhuohe_jubao_jiangli_lingqu_qianshou_xubiao_pipe.md": 1,
    },
    "246": {
        "4697_yanhe_laojiu_xiaoqu_ranqi_anquan_zhuangzhi_butie_fafang_mingxi_xlsx.tsv": 1,
        "4708_luyang_qunuan_butie_shehuihua_fafang_tuihui_chongxin_fafang_dengji_docx_tab.txt": 1,
    },
    "247": {
        "4712_luoxi_chuzuwu_ji_chengzuren_xinxi_taizhang_xlsx.tsv": 1,
        "4716_heming_liudong_renkou_juzhu_dengji_huamingce_pages_aligned.txt": 1,
    },
    "248": {
        "4727_mihe_jineng_tisheng_butie_fafang_mingxi_xlsx.tsv": 1,
        "4731_heming_jineng_peixun_butie_xueyuan_huamingce_pages_aligned.txt": 1,
    },
    "249": {
        "4744_chenling_shuihui_fangwu_chongjian_buzhu_fafang_huamingce_xubiao_pipe.md": 1,
        "4745_taixi_shuiku_yimin_houqi_fuchi_zhibu_fafang_mingce_pages_aligned.txt": 1,
    },
    "250": {"4760_yaoshan_zhengcexing_zhaogu_duixiang_zinv_ruxue_shenhe_pages_aligned.txt": 1},
    "251": {
        "4775_zichuan_nongfang_baoxian_huozai_lipei_daohu_mingdan_xubiao_pipe.md": 1,
        "4776_nanxi_jumin_zhuzhai_huozai_jianyi_diaocha_dengji_huizong_pages_aligned.txt": 1,
    },
    "252": {
        "4790_ningxi_jiance_duixiang_fengxian_xiaochu_hu_gongshi_xubiao_pipe.md": 1,
        "4791_shuyuan_bangfu_zerenren_jiedui_tiaozheng_mingdan_pages_aligned.txt": 1,
    },
    "253": {
        "4806_xiejiang_jiazhuang_dianti_tiqu_gongjijin_shenhe_gongshi_xubiao_pipe.md": 1,
        "4807_liyang_jiazhuang_dianti_yezhu_yijian_zhengxun_qianzi_biao_pages_aligned.txt": 1,
    },
    "254": {"4821_chenghu_dabing_baoxian_erci_baoxiao_mingdan_pages_aligned.txt": 1},
    "255": {"4832_lanwan_laodong_renshi_zhengyi_lian_shouli_taizhang_xlsx.tsv": 1},
    "256": {"4847_qingya_tuoyu_jigou_congye_renyuan_beian_taizhang_xlsx.tsv": 1},
    "257": {
        "4862_minyang_tuigeng_huanlin_buzhu_duixian_taizhang_xlsx.tsv": 1,
        "4866_tuokebulake_jinmu_buzhu_fafang_huamingce_pages_aligned.txt": 1,
    },
    "258": {
        "4877_tongxi_yaodian_zhiye_yaoshi_zaigang_jiancha_taizhang_xlsx.tsv": 1,
        "4881_hefeng_zhiye_yaoshi_zhuce_renyuan_mingdan_pages_aligned.txt": 1,
    },
    "259": {"4896_qiantong_cishan_nuandong_wuzi_fafang_qianshou_mingce_pages_aligned.txt": 1},
    "260": {
        "4907_qingxi_qiangzhi_mianyi_xiandahoubu_buzhu_fafang_taizhang_xlsx.tsv": 1,
        "4911_liugang_chunji_quanzhi_kuangquanbing_mianyi_dengji_pages_aligned.txt": 1,
    },
    "261": {"4926_qiyang_xiaowai_peixun_congye_renyuan_zige_shencha_huizong_pages_aligned.txt": 1},
    "262": {
        "4937_qianqiao_jiashiren_jifen_manfen_taizhang_xlsx.tsv": 1,
        "4939_qianyang_jidongche_yuqi_weijianyan_qiangzhi_zhuxiao_yugao_plain.csv": 1,
        "4941_rongjiang_weifa_gaozhishu_youji_songda_qingdan_pages_aligned.txt": 1,
    },
    "263": {"4956_jinghe_menpaizheng_hefa_mingce_pages_aligned.txt": 1},
    "264": {"4971_yuanxi_wenwu_baohuyuan_niandu_kaohe_jieguo_pages_aligned.txt": 1},
    "265": {"4986_daixi_nongcun_baojieyuan_huamingce_2026_pages_aligned.txt": 1},
    "266": {"5000_siling_huce_gaizao_jiangbu_zijin_fafang_mingxi_xubiao_pipe.md": 2},
    "267": {"5015_shache_yangbenhu_xubiao_pipe.md": 2, "5019_pingguo_jizhanghu_daochu.jsonl": 1},
    "268": {
        "5027_chengbei_renfang_chewei_zulin_dengji_taizhang_xlsx.tsv": 1,
        "5030_qingshi_nongju_kangzhen_jungong_yanshou_gongshi_xubiao_pipe.md": 1,
        "5031_ningyuan_dizhen_shouzai_guoduqi_shenghuo_jiuzhu_fafang_huamingce_pages_aligned.txt": 1,
    },
    "269": {
        "5045_baisha_jiedu_kangfu_renyuan_chunjie_weiwenjin_fafang_qianshou_xubiao_pipe.md": 1,
        "5046_anyuan_shequ_jiedu_shequ_kangfu_renyuan_huamingce_pages_aligned.txt": 1,
    },
    "270": {
        "5057_taijiang_xuexiao_shitang_congye_renyuan_jiankangzheng_taizhang_xlsx.tsv": 1,
        "5061_chenduo_yingyang_gaishan_shouyi_xuesheng_shiming_mingce_pages_aligned.txt": 1,
    },
    "271": {
        "5075_luquan_35kv_shudian_xianlu_taji_zhandi_qingmiao_buchang_duifu_xubiao_pipe.md": 1,
        "5076_shexian_diya_jumin_qianfei_tingdian_yugao_qingdan_pages_aligned.txt": 1,
    },
    "272": {
        "5087_xuyang_xunheyuan_butie_fafang_huamingce_xlsx.tsv": 1,
        "5091_liuxi_shapinghe_zhili_gongcheng_linshi_zhandi_buchang_duifu_pages_aligned.txt": 1,
    },
    "273": {
        "5105_yinbei_huanjing_weifa_youjiang_jubao_jiangli_fafang_mingce_xubiao_pipe.md": 1,
        "5106_guobei_jiegan_jixiehua_huantian_zuoye_butie_fafang_huamingce_pages_aligned.txt": 1,
    },
    "274": {
        "5117_shangli_weixian_huaxuepin_jingying_danwei_anquan_guanli_renyuan_kaohe_hege_mingdan_xlsx.tsv": 1,
        "5121_chenxi_weixian_huaxuepin_jingying_danwei_congye_renyuan_dengji_huamingce_pages_aligned.txt": 1,
    },
    "275": {
        "5132_taojiang_tiyu_saishi_huojiang_yundongyuan_jiaolianyuan_jiangli_fafang_mingxi_xlsx.tsv": 1,
        "5135_xichuan_ticai_gongyijin_nongmin_jianshen_gongcheng_guanhuyuan_buzhu_fafang_xubiao_pipe.md": 1,
        "5136_weining_qingshaonian_tiyu_yundongyuan_zhuce_mingdan_pages_aligned.txt": 1,
    },
    "276": {
        "5147_lengshuijiang_zhigong_huzhu_baozhang_zhuyuan_jintie_geifu_mingxi_xlsx.tsv": 1,
        "5150_qianxi_kunnan_zhigong_jiandang_bangfu_qingkuang_huamingce_xubiao_pipe.md": 1,
        "5151_pingjiang_jinqiu_zhuxue_kunnan_zhigong_zinv_zhuxuejin_fafang_mingce_pages_aligned.txt": 1,
    },
    "277": {
        "5166_zhouqu_dizai_fangzai_bixian_mingbaika_fafang_dengji_pages_aligned.txt": 1,
    },
    "278": {
        "5177_zhaojue_minsheng_butie_weigui_lingqu_zhuijiao_mingxi_xlsx.tsv": 1,
        "5180_linquan_gengdi_dilibuzhu_maoling_shenji_zhuijiao_mingdan_xubiao_pipe.md": 1,
        "5181_linzhou_caoyuan_shengtai_buzhu_jiangli_shenji_zhuijiao_gongshi_pages_aligned.txt": 1,
    },
    "279": {
        "5195_zeku_siyuan_zaisi_sengni_shenghuo_buzhu_fafang_mingce_xubiao_pipe.md": 2,
        "5196_tongxin_zongjiao_jiaozhi_renyuan_shebao_jiaofei_butie_fafang_huamingce_pages_aligned.txt": 1,
    },
    "280": {
        "5207_xiji_fangbao_zengyu_zuoye_renyuan_laowu_buzhu_fafang_huamingce_xlsx.tsv": 1,
        "5211_weining_yanqu_fangbao_paodian_linshi_yongdi_buchang_fafang_huamingce_pages_aligned.txt": 1,
    },
    "281": {
        "5222_jiuzhaigou_xiangcun_lvyou_jingyinghu_jiangbu_fafang_huamingce_xlsx.tsv": 1,
        "5225_fenghuang_wenhua_shichang_xingzheng_chufa_anjian_gongshi_huizong_xubiao_pipe.md": 1,
        "5227_leishan_xijiang_minzu_wenhua_baohu_pingji_jiangli_fafang_mingce_onecell.txt": 1,
    },
    "282": {
        "5236_chengde_shuangqiao_changhu_shineng_dengji_pinggu_jielun_gongshi_caption_rowspan_colspan.html": 1,
        "5237_qiqihaer_longsha_changhu_jujia_huli_daiyu_fafang_huamingce_xlsx.tsv": 1,
        "5241_kaizhou_yiyang_jiehe_jigou_ruzhu_shineng_laoren_huli_butie_fafang_mingce_pages_aligned.txt": 1,
    },
    "283": {
        "5252_feixi_xunyouche_xinyu_kaohe_aaa_jiangli_fafang_huamingce_xlsx.tsv": 1,
        "5257_ningdu_chuzuche_nongcun_keyun_youjia_butie_fafang_huamingce_onecell.txt": 1,
    },
    "284": {
        "5266_zhanggong_baozhangxing_zulin_zhufang_peizu_yaohao_jieguo_caption_rowspan_colspan.html": 1,
        "5271_kuiwen_gongzufang_zulin_butie_zige_niandu_fuhe_jieguo_pages_aligned.txt": 1,
        "5275_xixiangtang_qunzufang_paicha_dengji_daochu.xml": 1,
    },
    "285": {
        "5282_yilong_kuaidi_jincun_cunji_zhandian_yunying_buzhu_fafang_huamingce_xlsx.tsv": 1,
        "5285_tongwei_kuaidi_congye_renyuan_qianxin_qingchang_qingkuang_gongshi_xubiao_pipe.md": 1,
        "5286_ruili_jidi_qudao_shiming_shouji_xinxi_hecha_dengji_pages_aligned.txt": 1,
    },
    "286": {
        "5297_longxi_yicixing_qiuzhi_chuangye_butie_fafang_huamingce_xlsx.tsv": 1,
        "5300_zhenxiong_sanzhiyifu_renyuan_gongzuo_shenghuo_butie_fafang_xubiao_pipe.md": 1,
        "5302_yudu_jiuye_jianxi_renyuan_huamingce_onecell.txt": 1,
    },
    "287": {
        "5312_lanshan_xiguan_pianqu_fangwu_zhengshou_linshi_anzhifei_fafang_huamingce_xlsx.tsv": 1,
        "5315_xindu_gangtie_beilu_pianqu_fenhu_pinggu_jieguo_gongshi_xubiao_pipe.md": 1,
    },
    "292": {
        "5387_nanbu_tebie_fuzhujin_jidu_fafang_huamingce_xlsx.tsv": 1,
        "5389_huining_fuzhu_duixiang_tuichu_mingdan_plain.csv": 1,
        "5390_tiandong_tebie_fuzhu_xinzeng_zige_shenhe_gongshi_xubiao_pipe.md": 1,
    },
    "293": {
        "5402_caoxian_yihu_duozhai_hecha_taizhang_xlsx.tsv": 1,
        "5406_meitan_zhaijidi_sizhi_jiezhi_diaocha_queren_pages_aligned.txt": 1,
    },
    "288": {
        "5327_lintao_yufang_jiezhong_yichang_fanying_buchangjin_fafang_huamingce_xlsx.tsv": 1,
        "5331_linshu_yufang_jiezhong_yichang_fanying_diaocha_zhenduan_jieguo_huizong_pages_aligned.txt": 1,
        "5332_wangkui_yimiao_buchang_shenqing_shouli_qingkuang_onecell.txt": 1,
    },
    "289": {
        "5342_xinxian_renmin_tiaojie_yiandingbu_butie_fafang_mingxi_xlsx.tsv": 1,
        "5345_linxiaxian_renmin_tiaojie_xieyishu_lvxing_huifang_dengji_xubiao_pipe.md": 1,
        "5349_jiexi_renmin_tiaojie_anjian_xinxi_daochu.jsonl": 1,
    },
    "291": {
        "5372_lanling_weifa_tingche_chaogao_qingkuang_huizong_xlsx.tsv": 1,
        "5375_laiyuan_diaoxiao_jidongche_jiashizheng_gonggao_xubiao_pipe.md": 1,
    },
    "298": {
        "5480_zhaojue_jiuye_bangfu_wugong_jiaotong_buzhu_gongshi_xubiao_pipe.md": 1,
        "5483_ziyang_fangfanpin_jiance_duixiang_xinxi_caijibiao_kv.txt": 1,
        "5487_yunxi_12345_fangfanpin_bangfu_gongdan_dafu.txt": 1,
    },
    "290": {
        "5357_liling_budongchan_dengjifei_duoshou_tuifei_fafang_mingxi_xlsx.tsv": 1,
        "5362_yishui_budongchan_jicheng_zhuanyi_dengji_gonggao_onecell.txt": 1,
        "5363_wuyuan_budongchan_gengzheng_dengji_shenqing_shenpibiao_kv.txt": 1,
    },
    "294": {
        "5416_xinhua_shezha_liangka_renyuan_chengjie_mingdan_caption_rowspan_colspan.html": 1,
        "5420_yucheng_shezha_yinhang_zhanghu_hecha_chuzhi_tongbao_xubiao_pipe.md": 1,
        "5423_cangnan_fanzha_yujing_quanzu_huifang_dengjibiao_kv.txt": 1,
    },
    "295": {
        "5432_huaxian_xiaomai_baoxian_lipei_daohu_qingdan_xlsx.tsv": 1,
        "5436_shaya_mianhua_baoxian_lipei_daohu_gongshi_pages_aligned.txt": 1,
    },
    "296": {
        "5447_weining_qianxin_yingji_zhouzhuanjin_dianfu_huamingce_xlsx.tsv": 1,
        "5451_yudu_dongji_genzhi_qianxin_zhuanxiang_xingdong_anjian_banjie_huizong_pages_aligned.txt": 1,
    },
    "297": {
        "5462_hongze_tuibu_yumin_yuchuan_huishou_buchang_fafang_huamingce_xlsx.tsv": 1,
        "5465_hukou_haishi_xingzheng_chufa_anjian_xinxi_gongshi_xubiao_pipe.md": 1,
        "5475_junshan_shuishang_shigu_yingji_jiuzhu_jiangli_fafang_docx_tab.txt": 1,
    },
    "299": {
        "5492_yudu_kuangshan_dizhi_huanjing_huifu_zhili_jiangbu_fafang_xlsx.tsv": 1,
        "5497_nandan_kuangshan_zhili_zhandi_buchang_fafang_mingce_onecell.txt": 1,
    },
    "305": {
        "5582_tongwei_shengyuandi_xinyong_zhuxue_daikuan_fafang_huamingce_xlsx.tsv": 1,
        "5588_shufu_jiating_jingji_kunnan_xuesheng_rending_shenqingbiao_kv.txt": 1,
    },
    "307": {
        "5613_anhua_siwang_maoling_yanglaojin_zhuihui_taizhang_quoted.csv": 1,
        "5616_ningdu_chengxiang_jumin_yanglao_daiyu_zanting_fafang_mingdan_pages_aligned.txt": 1,
    },
    "306": {
        "5597_gulin_chenfeibing_nongmin_yiliao_jiuzhu_fafang_huamingce_xlsx.tsv": 1,
        "5603_fengtai_zhiyebing_zhenduan_shenqing_dengjibu_kv.txt": 1,
    },
    "308": {
        "5627_pingjiang_jinguo_chuangye_danbao_daikuan_tiexi_fafang_huamingce_xlsx.tsv": 1,
        "5633_shache_liangai_jiuzhu_shenqing_shenpibiao_kv.txt": 1,
    },
    "309": {
        "5642_minxian_laonianren_tiyu_xiehui_geren_huiyuan_dengji_mingce_xlsx.tsv": 1,
        "5648_moyu_shehui_tuanti_chengli_dengji_faqiren_shenchabiao_kv.txt": 1,
    },
    "310": {
        "5657_huining_gaobiaozhun_nongtian_qingmiao_buchang_fafangbiao_xlsx.tsv": 1,
        "5668_shule_weifa_zhanyong_gengdi_zeling_gaizheng_gonggao_songda.txt": 1,
    },
    "311": {"5672_badong_rendao_jiuzhujin_fafang_huamingce_xlsx.tsv": 1},
    "300": {
        "5507_yinan_zizhu_jiuye_tuiyi_shibing_yicixing_jingji_buzhu_xlsx.tsv": 1,
        "5510_xingguo_lieshi_yishu_dingqi_fuxu_mingce_xubiao_pipe.md": 1,
        "5511_huining_tuiyi_shibing_anpai_gongzuo_mingdan_pages_aligned.txt": 1,
    },
    "301": {
        "5523_huili_falvyuanzhu_shenqing_shouli_dengji_taizhang_quoted.csv": 1,
        "5525_yudu_buyu_falvyuanzhu_jueding_ji_fuyi_qingkuang_huizong_xubiao_pipe.md": 1,
    },
    "302": {
        "5537_cangxi_huli_butie_jidu_fafang_huamingce_xlsx.tsv": 1,
        "5541_weixian_canji_pingding_jieguo_gongshi_pages_aligned.txt": 1,
    },
    "303": {
        "5552_congjiang_shengtai_hulinyuan_laowu_buzhu_fafang_huamingce_xlsx.tsv": 1,
        "5565_huzhu_shengtai_hulinyuan_niandu_kaohe_jixiao_buzhu_fafang_docx_tab.txt": 1,
    },
    "304": {
        "5567_luoyang_ruyang_anzhi_bangjiao_bangfu_zijin_xlsx.tsv": 1,
        "5570_shouguang_jiaozheng_duixiang_jinggao_chexiao_huanxing_jianyi_xubiao_pipe.md": 1,
        "5578_qinzhou_qinbei_shequ_jiaozheng_wenshu_gonggao_songda.txt": 1,
    },
}
BATCH = "3"
SRC = HERE / "src3"
OUT = HERE / "docs3"
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK = "10X98765432"
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
PLACEHOLDER = re.compile(r"\{(ID15|ID|IDX|IDBAD|CARD|USCC):([^{}]*)\}")
# ID-shaped values deliberately written with a wrong check character (still marked id_card
# because their column says they are identity numbers); the check lists them by file.
DELIBERATELY_BAD = BATCHES["3"]


def check_char(body: str) -> str:
    return CHECK[sum(int(c) * w for c, w in zip(body, WEIGHTS, strict=True)) % 11]


def resident_id(rng: random.Random, region: str, date: str, sex: str, want: str) -> str:
    for _ in range(10000):
        seq = rng.randint(0, 99)
        sexdigit = rng.choice("13579" if sex == "m" else "02468")
        body = f"{region}{date}{seq:02d}{sexdigit}"
        c = check_char(body)
        if want == "ok" or (want == "X" and c == "X"):
            return body + c
        if want == "bad":
            return body + rng.choice([d for d in "0123456789" if d != c])
    raise ValueError((region, date, sex, want))


def old_id(rng: random.Random, region: str, date: str, sex: str) -> str:
    """A 15-digit ID of the 1985 standard: no check character, sex in the last digit."""
    return f"{region}{date}{rng.randint(0, 99):02d}{rng.choice('13579' if sex == 'm' else '02468')}"


def luhn_ok(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            n -= 9 if n > 9 else 0
        total += n
    return total % 10 == 0


def card(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def uscc(rng: random.Random, region: str, kind: str = "91") -> str:
    body = kind + region + "".join(rng.choice("0123456789MAKPX"[:14]) for _ in range(9))
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_WEIGHTS, strict=True))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def uscc_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_WEIGHTS, strict=True))
    return USCC_CHARS[(31 - total % 31) % 31] == code[17]


def width(cell: str) -> int:
    """Display width of a cell as printed (marks removed; CJK characters are two wide)."""
    plain = MARK.sub(lambda m: m.group(2), cell)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in plain)


def align(text: str) -> str:
    """Lay tab-separated rows out as a PDF's text layer does: columns padded with spaces."""
    lines = text.split("\n")
    rows = [line.split("\t") for line in lines if "\t" in line]
    widths: dict[int, int] = {}
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths.get(i, 0), width(cell))
    out = []
    for line in lines:
        if "\t" not in line:
            out.append(line)
            continue
        cells = line.split("\t")
        padded = [c + " " * (widths[i] - width(c)) for i, c in enumerate(cells)]
        out.append((" " + "  ".join(padded)).rstrip())
    return "\n".join(out)


def printed(number: str, form: str) -> str:
    """The number as printed: ``x`` lower-cases a check X, ``6.8.4`` splits it into blocks."""
    if form == "x":
        return number.lower()
    out, pos = [], 0
    for size in form.split("."):
        out.append(number[pos : pos + int(size)])
        pos += int(size)
    assert pos == len(number), (number, form)
    return " ".join(out)


def fill() -> None:
    OUT.mkdir(exist_ok=True)
    for path in sorted(SRC.iterdir()):
        rng = random.Random(f"batch{BATCH}/" + path.name)

        def make(m: re.Match, rng: random.Random = rng) -> str:
            kind, args = m.group(1), m.group(2).split(":")
            if kind == "ID15":
                return old_id(rng, *args)
            if kind in ("ID", "IDX", "IDBAD"):
                region, date, sex, *form = args
                want = {"ID": "ok", "IDX": "X", "IDBAD": "bad"}[kind]
                number = resident_id(rng, region, date, sex, want)
                return printed(number, form[0]) if form else number
            if kind == "CARD":
                number = card(rng, args[0], int(args[1]))
                return printed(number, args[2]) if len(args) > 2 else number
            return uscc(rng, *args)

        text = PLACEHOLDER.sub(make, path.read_text(encoding="utf-8"))
        if path.name.endswith("_aligned.txt"):
            text = align(text)
        (OUT / path.name).write_text(text, encoding="utf-8")
        print(path.name)


# --- check -------------------------------------------------------------------------------

TYPES = set(SCORED)
SHAPES = {
    "name": re.compile(
        r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:[·•][\u4e00-\u9fff]{1,8})+)$"
    ),
    # a house number may end in 之一, 之二 … (Cantonese and Fujian house numbers); a bare room
    # number of a named estate (5幢1单元501室) starts with its building number
    "address": re.compile(
        r"^(?:[\u4e00-\u9fff]|\d+(?:幢|栋|号楼|座)).*(?:号|室|房|\d|之[一二三四五六七八九十])$"
    ),
    "mobile": re.compile(r"^1[3-9]\d{9}$"),
    # as printed: 0xxx-xxxxxxx, (0xxx)xxxxxxx with ASCII or full-width brackets, 0xxx xxxxxxx,
    # or a local number without its area code where the document names the city
    "landline": re.compile(
        r"^(?:0\d{2,3}-\d{7,8}|[(（]0\d{2,3}[)）]\d{7,8}|0\d{2,3} \d{7,8}|[2-8]\d{6,7})$"
    ),
    "bank_card": re.compile(r"^\d{16,19}$"),
    "email": re.compile(r"^[A-Za-z0-9._-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$"),
    "passport": re.compile(r"^(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$"),
    "permit": re.compile(r"^(?:C[A-Z0-9]\d{7}|L\d{8}|T\d{8}|[HM]\d{8}(?:\d{2})?|\d{8})$"),
    "residence": re.compile(r"^[A-Z]{3}\d{12}$"),
}


def id_ok(value: str) -> tuple[bool, str]:
    if re.fullmatch(r"\d{15}", value):  # old 15-digit ID: valid date, no check character
        try:
            datetime.date(1900 + int(value[6:8]), int(value[8:10]), int(value[10:12]))
        except ValueError:
            return False, "date"
        return True, ""
    if not re.fullmatch(r"\d{17}[\dX]", value):
        return False, "shape"
    try:
        datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False, "date"
    return check_char(value[:17]) == value[17], "check"


def check() -> int:
    sys.path.insert(0, str(HERE))
    from evaluate import load  # the batches' own loader (no scanner import at load time)

    problems: list[str] = []
    counts: dict[str, int] = {}
    docs = load(OUT)
    for doc in docs:
        raw = (OUT / doc.name).read_text(encoding="utf-8")
        if "{" in raw and PLACEHOLDER.search(raw):
            problems.append(f"{doc.name}: unfilled placeholder")
        stripped = MARK.sub("", raw)
        if "⟦" in stripped or "⟧" in stripped:
            problems.append(f"{doc.name}: unbalanced marker")
        bad_ids = 0
        for m in MARK.finditer(raw):
            kind, value = m.groups()
            if kind != "none" and kind not in TYPES:
                problems.append(f"{doc.name}: unknown type {kind}")
            if value != value.strip() or not value:
                problems.append(f"{doc.name}: blank around {value!r}")
        for s, e, kind in doc.labels:
            value = doc.text[s:e]
            counts[kind] = counts.get(kind, 0) + 1
            if kind in ("id_card", "bank_card", "mobile"):  # printed in blocks or with x
                value = value.replace(" ", "").upper()
            if kind == "mobile":  # 139-1234-5678 is as common in print as blocks with spaces
                value = value.replace("-", "")
            if kind == "id_card":
                ok, why = id_ok(value)
                if not ok:
                    if why == "check":
                        bad_ids += 1
                    else:
                        problems.append(f"{doc.name}: id {value} bad {why}")
            elif kind == "bank_card":
                if not SHAPES[kind].match(value) or not luhn_ok(value):
                    problems.append(f"{doc.name}: card {value} not Luhn-valid")
            elif kind in SHAPES and not SHAPES[kind].match(value):
                problems.append(f"{doc.name}: {kind} {value!r} has an odd shape")
        if bad_ids != DELIBERATELY_BAD.get(doc.name, 0):
            problems.append(f"{doc.name}: {bad_ids} IDs with a wrong check character")
        # every occurrence of a marked name / number must be marked (or inside a mark)
        covered = [(s, e) for s, e, _ in doc.labels]
        nones = []
        pos = 0
        plain = 0
        for m in MARK.finditer(raw):
            plain += m.start() - pos
            if m.group(1) == "none":
                nones.append((plain, plain + len(m.group(2))))
            plain += len(m.group(2))
            pos = m.end()
        for s, e, kind in doc.labels:
            value = doc.text[s:e]
            for occ in re.finditer(re.escape(value), doc.text):
                a, b = occ.span()
                if not any(x <= a and b <= y for x, y in covered + nones):
                    problems.append(f"{doc.name}: unmarked occurrence of {kind} {value!r} at {a}")
        # long digit runs that look like personal numbers must be marked or declared near misses
        for occ in re.finditer(
            r"(?<![\dA-Za-z])(1[3-9]\d{9}|\d{17}[\dX]|\d{16,19})(?![\dA-Za-z])", doc.text
        ):
            a, b = occ.span()
            if not any(x <= a and b <= y for x, y in covered + nones):
                print(f"  note {doc.name}: unmarked number {occ.group()!r}")
        for code in re.findall(r"(?<![0-9A-Z])9[0-9A-Z]{17}(?![0-9A-Z])", doc.text):
            if not uscc_ok(code):
                problems.append(f"{doc.name}: credit code {code} invalid")
    print(f"{len(docs)} documents, {sum(counts.values())} labelled spans")
    for kind in sorted(counts):
        print(f"  {kind:10} {counts[kind]}")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


def main(batch: str = "3") -> int | str:
    global BATCH, SRC, OUT, DELIBERATELY_BAD
    BATCH, SRC, OUT = batch, HERE / f"src{batch}", HERE / f"docs{batch}"
    DELIBERATELY_BAD = BATCHES[batch]
    if sys.argv[1:] == ["fill"]:
        fill()
        return 0
    if sys.argv[1:] == ["check"]:
        return check()
    return __doc__ or ""


if __name__ == "__main__":
    sys.exit(main("3"))
