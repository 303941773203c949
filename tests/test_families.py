"""Template families (省份模板): what the recogniser reads from each family's form, in .docx and .xlsx.

The forms are written as data in ``tests/fixtures/families/spec.py`` and rendered into
pytest's tmp_path at test time (``render.py``).  The expected values below are written out
by hand from the spec; each comment names the spec form and row it comes from.  Nothing
here is computed by jixiao.

Reading conventions asserted here (the recogniser's contract):

* ``level1`` is the 一级 label without its cap ("产出指标（50分）" → "产出指标"; the cap is in
  ``level1_caps``);
* amounts are ``Amount.value`` in the form's unit; "—", "/" and blank cells are ``None``;
  ``rate`` is in percent points;
* a funds row the contract has no key for (四川 财政专户管理资金 / 单位资金, 湖南 其中：中央、省、
  市补助) is looked up by its label and its ``key`` is not asserted (marked ``None`` below);
* 四川 writes a target over three cells (指标性质 / 指标值 / 度量单位): ``target.text`` is
  expected as the three joined ("≥" "12000" "人" → "≥12000人"), "定性" dropped.
"""

from __future__ import annotations

import sys
from decimal import Decimal as D
from pathlib import Path
from typing import NamedTuple

import pytest

import jixiao.pipeline

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from families import render, spec  # noqa: E402

FORMATS = ["docx", "xlsx"]


class F(NamedTuple):
    """One funds row: key, label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率 (points), 得分."""

    key: str | None
    label: str
    initial: D | None
    adjusted: D | None
    executed: D | None
    weight: D | None
    rate: D | None
    score: D | None


class I(NamedTuple):  # noqa: E742
    """One indicator: 一级, 二级, 三级, 指标值, 实际完成值, 分值, 得分, 偏差/未完成原因, 评分标准."""

    level1: str
    level2: str
    name: str
    target: str
    actual: str
    weight: D | None
    score: D | None
    deviation: str | None = None
    rubric: str | None = None


EXPECTED: dict[str, dict] = {
    "national-project": dict(
        kind="project",
        title="项目支出绩效自评表",                  # spec NATIONAL title line
        name="2023年中小学教师能力提升培训项目",       # spec NATIONAL row "项目名称"
        unit_name=None,                               # no 单位名称 field on a project form
        supervisor="青山市教育局",                     # spec NATIONAL row "主管部门"
        implementer="青山市教师发展中心",              # spec NATIONAL row "主管部门", cell after "实施单位"
        year=2023,                                    # spec NATIONAL caption "（2023年度）"
        money_unit="万元",                            # spec NATIONAL block label "项目资金（万元）"
        fields={},
        pkg_unit_name="青山市教育局",                  # the 主管部门 (no unit name on the form)
        goals=("完成全市中小学教师能力提升培训1200人次以上，开展送教下乡40场，参训教师合格率不低于95%。",  # spec NATIONAL 预期目标
               "完成培训1260人次，送教下乡38场（2场顺延），参训教师合格率97.6%。"),                   # spec NATIONAL 实际完成情况
        funds=[
            F("total", "年度资金总额", D("120.00"), D("150.00"), D("142.50"), D("10"), D("95.00"), D("9.50")),  # spec NATIONAL row "年度资金总额"
            F("current_year", "其中：当年财政拨款", D("100.00"), D("130.00"), D("124.00"), None, D("95.38"), None),  # row "其中：当年财政拨款" (分值/得分 "—")
            F("carryover", "上年结转资金", D("20.00"), D("20.00"), D("18.50"), None, D("92.50"), None),  # row "上年结转资金"
            F("other", "其他资金", None, None, None, None, None, None),                                   # row "其他资金" (blank)
        ],
        caps={"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # spec NATIONAL 一级 labels "产出指标（50分）" …
        indicators=[
            I("产出指标", "数量指标", "培训教师人数", "≥1200人次", "1260人次", D("15"), D("15")),                        # spec NATIONAL row "培训教师人数"
            I("产出指标", "数量指标", "送教下乡场次", "40场", "38场", D("10"), D("9.5"), "2场因汛期顺延至次年3月"),        # row "送教下乡场次"
            I("产出指标", "质量指标", "参训教师考核合格率", "≥95%", "97.6%", D("10"), D("10")),                         # row "参训教师考核合格率"
            I("产出指标", "时效指标", "培训任务完成时间", "2023年11月底前", "2023年11月完成", D("5"), D("5")),          # row "培训任务完成时间"
            I("产出指标", "成本指标", "人均培训成本", "≤1000元", "980元", D("10"), D("10")),                             # row "人均培训成本"
            I("效益指标", "社会效益指标", "参训教师教学能力", "明显提升", "有所提升", D("20"), D("18"), "跟踪评估覆盖面不足，下年补做"),  # row "参训教师教学能力"
            I("效益指标", "可持续影响指标", "培训成果在校本教研中应用", "长期", "长期", D("10"), D("10")),               # row "培训成果在校本教研中应用"
            I("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "96%", D("10"), D("10")),                    # row "参训教师满意度"
        ],
        total=(D("100"), D("97")),  # spec NATIONAL row "总分": 100 | 97
    ),
    "central-transfer-region": dict(
        kind="project",
        title="2023年度中央对地方转移支付区域绩效目标自评表",  # spec CENTRAL title line
        name="义务教育薄弱环节改善与能力提升补助资金",          # spec CENTRAL row "专项名称"
        unit_name=None,
        supervisor="教育部",                                   # spec CENTRAL row "中央主管部门"
        implementer="青山省各县（市、区）教育局",              # spec CENTRAL row "资金使用单位"
        year=2023,                                             # spec CENTRAL title "2023年度…"
        money_unit="万元",                                     # spec CENTRAL block label "资金情况（万元）"
        fields={"地方主管部门": "青山省教育厅"},               # spec CENTRAL row "中央主管部门", cell after "地方主管部门"
        pkg_unit_name="青山省教育厅",                          # the 地方主管部门 files the self-evaluation (not 教育部)
        goals=("改善120所以上义务教育薄弱学校办学条件，资金及时下达，义务教育巩固率不低于96%。",  # spec CENTRAL 预期目标
               "改善126所学校办学条件，资金下达及时率96.5%，义务教育巩固率97.3%。"),             # spec CENTRAL 实际完成情况
        funds=[  # columns 预算数 (→ adjusted_budget) / 执行数; no 年初预算数, 分值, 执行率, 得分
            F("total", "年度资金总额", None, D("8600.00"), D("8342.00"), None, None, None),   # spec CENTRAL row "年度资金总额" ("8,600.00")
            F("central", "其中：中央补助", None, D("6000.00"), D("5880.00"), None, None, None),  # row "其中：中央补助"
            F("local", "地方资金", None, D("2600.00"), D("2462.00"), None, None, None),          # row "地方资金"
            F("other", "其他资金", None, None, None, None, None, None),                          # row "其他资金" (blank)
        ],
        caps={},
        indicators=[  # no 分值/得分 columns: weight and score None everywhere
            I("产出指标", "数量指标", "改善薄弱学校数量", "≥120所", "126所", None, None),                     # spec CENTRAL row "改善薄弱学校数量"
            I("产出指标", "质量指标", "项目工程验收合格率", "100%", "100%", None, None),                      # row "项目工程验收合格率"
            I("产出指标", "时效指标", "资金下达及时率", "100%", "96.5%", None, None, "部分地方资金下达滞后，已督促整改"),  # row "资金下达及时率"
            I("产出指标", "成本指标", "生均改善成本", "≤1200元", "1150元", None, None),                      # row "生均改善成本"
            I("效益指标", "社会效益指标", "义务教育巩固率", "≥96%", "97.3%", None, None),                     # row "义务教育巩固率"
            I("效益指标", "可持续影响指标", "办学条件持续改善", "持续改善", "持续改善", None, None),          # row "办学条件持续改善"
            I("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "93%", None, None),                   # row "师生满意度"
        ],
        total=(None, None),  # spec CENTRAL has no 总分 row
    ),
    "sichuan-project": dict(
        kind="project",
        title="部门预算项目支出绩效自评表（2023年度）",                                  # spec SICHUAN title line
        name="51112323T000012345678-2023年农村义务教育学生营养改善计划补助资金",          # spec SICHUAN row "项目名称" (code as written)
        unit_name=None,
        supervisor="岷江县教育和体育局",                                                 # spec SICHUAN row "主管部门"
        implementer="岷江县学生资助管理中心",                                            # cell after "实施单位（盖章）"
        year=2023,                                                                       # title "（2023年度）"
        money_unit="万元",                                                               # header cell "年度预算数（万元）"
        fields={
            "2.项目实施内容及过程概述": "按学期核定受助学生名单，按月拨付补助资金，学校食堂统一供餐。",  # spec SICHUAN row "2.项目实施内容及过程概述"
            "评价结论": "项目自评得分96.83分，营养餐补助按月足额发放，学生营养状况有所改善。",          # spec SICHUAN row "评价结论"
            "存在问题": "部分学校膳食结构较单一。",                                                     # spec SICHUAN row "存在问题"
            "改进措施": "加强营养膳食指导，丰富菜品。",                                                 # spec SICHUAN row "改进措施"
            "项目负责人": "王立",                                                                       # spec SICHUAN last row "项目负责人：王立"
            "财务负责人": "陈敏",                                                                       # spec SICHUAN last row "财务负责人：陈敏"
        },
        pkg_unit_name="岷江县教育和体育局",
        goals=("保障全县58所学校12000名以上农村义务教育学生营养餐补助按月足额发放，无食品安全事故。",  # spec SICHUAN "项目年度目标"
               "全年补助学生12436人，58所学校全部供餐，未发生食品安全事故。"),                       # spec SICHUAN "年度目标完成情况"
        funds=[  # 年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 / 权重 / 得分; "/" is None
            F("total", "总额", D("320.00"), D("336.50"), D("330.77"), D("10"), D("98.30"), D("9.83")),          # spec SICHUAN row "总额"
            F("current_year", "其中：财政资金", D("320.00"), D("336.50"), D("330.77"), None, D("98.30"), None),  # row "其中：财政资金"
            F(None, "财政专户管理资金", D("0.00"), D("0.00"), D("0.00"), None, D("0.00"), None),                # row "财政专户管理资金" (no contract key)
            F(None, "单位资金", D("0.00"), D("0.00"), D("0.00"), None, D("0.00"), None),                        # row "单位资金" (no contract key)
            F("other", "其他资金", None, None, None, None, None, None),                                         # row "其他资金"
        ],
        caps={},  # "绩效指标（90分）" / "预算执行情况（10分）" are block caps, not 一级 caps
        indicators=[  # target = 指标性质 + 指标值 + 度量单位 (see module docstring)
            I("产出指标", "数量指标", "受益学生人数", "≥12000人", "12436", D("20"), D("20")),               # spec SICHUAN row "受益学生人数": ≥ | 12000 | 人
            I("产出指标", "数量指标", "供餐学校数", "=58所", "58", D("10"), D("10")),                       # row "供餐学校数": = | 58 | 所
            I("产出指标", "质量指标", "食品安全事故发生数", "=0起", "0", D("15"), D("15")),                 # row "食品安全事故发生数": = | 0 | 起
            I("产出指标", "时效指标", "补助资金按月拨付率", "≥95%", "100", D("10"), D("10")),               # row "补助资金按月拨付率": ≥ | 95 | %
            I("产出指标", "成本指标", "生均每天补助标准", "=5元", "5", D("10"), D("10")),                   # row "生均每天补助标准": = | 5 | 元
            I("效益指标", "社会效益指标", "学生营养健康状况", "明显改善", "有所改善", D("15"), D("12"),
              "部分学校膳食结构单一，下年加强营养指导"),                                                 # row "学生营养健康状况": 定性 | 明显改善
            I("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "93.5", D("10"), D("10")),     # row "学生家长满意度": ≥ | 90 | %
        ],
        total=(D("100"), D("96.83")),  # spec SICHUAN row "合计": 100 | 96.83
    ),
    "hubei-project": dict(
        kind="project",
        title="2024年度财政项目绩效自评表",          # spec HUBEI title line
        name="2024年家庭经济困难学生资助项目",        # spec HUBEI row "项目名称"
        unit_name=None,
        supervisor="湖北省教育厅",                    # spec HUBEI row "主管部门"
        implementer="汉江职业技术学院",               # cell after "项目实施单位"
        year=2024,                                    # title "2024年度…"
        money_unit="万元",                            # header cells "预算数（万元）" / "执行数（万元）"
        fields={
            "项目类别": "1.部门预算项目☑ 2.省直专项□ 3.省对下转移支付项目□",  # spec HUBEI row "项目类别"
            "项目属性": "1.持续性项目☑ 2.新增性项目□",                        # spec HUBEI row "项目属性"
            "项目类型": "1.常年性项目□ 2.延续性项目☑ 3.一次性项目□",          # spec HUBEI row "项目类型"
        },
        pkg_unit_name="湖北省教育厅",
        goals=None,  # the Hubei form has no 年度总体目标 block
        funds=[  # 预算数 (→ adjusted_budget) / 执行数 / 执行率 / 得分; the 分值 20 is the block label's cap
            F("total", "年度资金总额", None, D("200.00"), D("186.00"), D("20"), D("93.00"), D("18.6")),  # spec HUBEI row "年度资金总额"; 20 from "预算执行情况（20分）"
            F("current_year", "其中：当年财政拨款", None, D("180.00"), D("170.00"), None, D("94.44"), None),  # row "其中：当年财政拨款"
            F("carryover", "上年结转资金", None, D("20.00"), D("16.00"), None, D("80.00"), None),           # row "上年结转资金"
            F("other", "其他资金", None, None, None, None, None, None),                                     # row "其他资金"
        ],
        caps={"产出指标": D("40"), "效益指标": D("30"), "满意度指标": D("10")},  # spec HUBEI "产出指标（40分）" …
        indicators=[  # header 年初目标值 / 实际完成值 / 分值 / 得分 / 未完成原因分析
            I("产出指标", "数量指标", "资助家庭经济困难学生人数", "≥3500人", "3612人", D("10"), D("10")),     # spec HUBEI row "资助家庭经济困难学生人数"
            I("产出指标", "数量指标", "国家励志奖学金评选人数", "120人", "120人", D("10"), D("10")),           # row "国家励志奖学金评选人数"
            I("产出指标", "质量指标", "资助对象认定准确率", "100%", "100%", D("10"), D("10")),                 # row "资助对象认定准确率"
            I("产出指标", "时效指标", "资助资金发放及时率", "100%", "95%", D("10"), D("9.5"), "个别学生银行卡信息有误，补发延迟"),  # row "资助资金发放及时率"
            I("效益指标", "社会效益指标", "受助学生顺利完成学业率", "≥98%", "99.1%", D("20"), D("20")),        # row "受助学生顺利完成学业率"
            I("效益指标", "可持续影响指标", "资助育人长效机制", "建立健全", "基本建立", D("10"), D("9"), "毕业生回访机制尚需完善"),  # row "资助育人长效机制"
            I("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", "94.6%", D("10"), D("10")),       # row "受助学生满意度"
        ],
        total=(None, D("97.1")),  # spec HUBEI caption "总分：97.1分" (no 总分 row, no total 分值 written)
    ),
    "jiangxi-department": dict(
        kind="department",
        title="2023年度部门整体支出绩效自评表",   # spec JIANGXI title line
        name="赣江市卫生健康委员会",              # spec JIANGXI row "部门（单位）名称"
        unit_name="赣江市卫生健康委员会",         # spec JIANGXI row "部门（单位）名称"
        supervisor="赣江市卫生健康委员会",        # spec JIANGXI caption "预算主管部门：赣江市卫生健康委员会"
        implementer=None,
        year=2023,                                # title "2023年度…"
        money_unit="万元",                        # caption "单位：万元" (and block label "年度预算资金（万元）")
        fields={},
        pkg_unit_name="赣江市卫生健康委员会",
        goals=("深化医药卫生体制改革，完成基本公共卫生服务项目，居民健康素养水平提升至28%以上。",            # spec JIANGXI 预期目标
               "全市11个县区完成公立医院综合改革，基本公共卫生服务考核合格率93.2%，居民健康素养水平29.6%。"),  # spec JIANGXI 实际完成情况
        funds=[  # 年初预算数 / 全年预算数 / 全年执行数 / 执行率; no 分值/得分 (预算执行率 is an indicator)
            F("total", "年度资金总额", D("8650.00"), D("9120.00"), D("8846.40"), None, D("97.00"), None),           # spec JIANGXI row "年度资金总额"
            F("current_year", "其中：当年财政拨款", D("8200.00"), D("8600.00"), D("8342.00"), None, D("97.00"), None),  # row "其中：当年财政拨款"
            F("carryover", "上年结转资金", D("450.00"), D("450.00"), D("436.50"), None, D("97.00"), None),          # row "上年结转资金"
            F("other", "其他资金", D("0.00"), D("70.00"), D("67.90"), None, D("97.00"), None),                       # row "其他资金"
        ],
        caps={},
        indicators=[  # header: 自评权重 BEFORE 年度指标值
            I("管理指标", "预算执行", "预算执行率", "≥90%", "97%", D("10"), D("10")),                       # spec JIANGXI row "预算执行率"
            I("管理指标", "预算执行", "结转结余率", "≤10%", "3.5%", D("5"), D("5")),                        # row "结转结余率"
            I("管理指标", "财务管理", "“三公”经费控制率", "≤100%", "82%", D("5"), D("5")),                  # row "“三公”经费控制率"
            I("管理指标", "财务管理", "政府采购执行率", "100%", "100%", D("5"), D("5")),                    # row "政府采购执行率"
            I("产出指标", "数量指标", "完成公立医院综合改革县区数", "11个", "11个", D("10"), D("10")),      # row "完成公立医院综合改革县区数"
            I("产出指标", "质量指标", "基本公共卫生服务考核合格率", "≥90%", "93.2%", D("20"), D("20")),     # row "基本公共卫生服务考核合格率"
            I("产出指标", "时效指标", "重点项目按期完成率", "≥95%", "90%", D("15"), D("13.5"), "2个项目因征地延期，已督促加快"),  # row "重点项目按期完成率"
            I("效果指标", "社会效益", "居民健康素养水平", "≥28%", "29.6%", D("20"), D("20")),               # row "居民健康素养水平"
            I("效果指标", "满意度", "群众满意度", "≥90%", "92%", D("10"), D("10")),                         # row "群众满意度"
        ],
        total=(D("100"), D("98.5")),  # spec JIANGXI row "合计": 100 | 98.5
    ),
    "ningxia-project": dict(
        kind="project",
        title="2024年度自治区本级项目支出绩效自评表",   # spec NINGXIA title line
        name="2024年高标准农田建设项目",                # spec NINGXIA row "项目名称"
        unit_name=None,
        supervisor="宁夏回族自治区农业农村厅",          # spec NINGXIA row "主管部门"
        implementer="银川市农田建设服务中心",           # cell after "实施单位"
        year=2024,
        money_unit="万元",                              # block label "项目资金（万元）"
        fields={"项目负责人": "马建国", "联系电话": "0951-6012345"},  # spec NINGXIA row "项目负责人"
        pkg_unit_name="宁夏回族自治区农业农村厅",
        goals=("新建高标准农田2万亩以上，工程验收合格率100%，亩均粮食增产50公斤以上。",            # spec NINGXIA 预期目标
               "新建高标准农田2.1万亩，验收合格率100%，亩均增产56公斤；2个标段延至次年完工。"),  # spec NINGXIA 实际完成情况
        funds=[  # 年初预算数 / 全年预算数 / 全年执行数 / 执行率; rows by level of government
            F("total", "年度资金总额", D("1500.00"), D("1600.00"), D("1548.80"), None, D("96.80"), None),      # spec NINGXIA row "年度资金总额"
            F("central", "其中：中央补助资金", D("1000.00"), D("1000.00"), D("980.00"), None, D("98.00"), None),  # row "其中：中央补助资金"
            F("provincial", "自治区本级资金", D("500.00"), D("600.00"), D("568.80"), None, D("94.80"), None),   # row "自治区本级资金" (自治区 = provincial level)
        ],
        caps={},
        indicators=[  # header: 参考分值 BEFORE 年度指标值, 自评得分
            I("项目决策", "项目立项", "立项依据充分性", "充分", "充分", D("4"), D("4")),                        # spec NINGXIA row "立项依据充分性"
            I("项目决策", "绩效目标", "绩效目标明确性", "明确", "明确", D("4"), D("4")),                        # row "绩效目标明确性"
            I("项目决策", "资金投入", "预算编制科学性", "科学", "较科学", D("4"), D("3"), "部分单项工程测算偏粗"),  # row "预算编制科学性"
            I("项目管理", "资金管理", "资金到位率", "100%", "100%", D("5"), D("5")),                            # row "资金到位率"
            I("项目管理", "资金管理", "预算执行率", "≥90%", "96.8%", D("10"), D("10")),                         # row "预算执行率"
            I("项目管理", "组织实施", "管理制度健全性", "健全", "健全", D("5"), D("5")),                        # row "管理制度健全性"
            I("项目产出", "产出数量", "新建高标准农田面积", "≥2万亩", "2.1万亩", D("20"), D("20")),             # row "新建高标准农田面积"
            I("项目产出", "产出质量", "工程验收合格率", "100%", "100%", D("10"), D("10")),                      # row "工程验收合格率"
            I("项目产出", "产出时效", "工程完工及时率", "≥95%", "88%", D("8"), D("7"), "受冬季停工影响，2个标段延至次年4月"),  # row "工程完工及时率"
            I("项目效益", "经济效益", "亩均粮食增产", "≥50公斤", "56公斤", D("15"), D("15")),                  # row "亩均粮食增产"
            I("项目效益", "满意度", "受益农户满意度", "≥90%", "95%", D("15"), D("15")),                         # row "受益农户满意度"
        ],
        total=(D("100"), D("98")),  # spec NINGXIA row "合计": 100 | 98
    ),
    "chongqing-project": dict(
        kind="project",
        title="2024年度项目支出绩效自评表",              # spec CHONGQING title line
        name="2024年基层公益文化演出项目",               # spec CHONGQING row "项目名称"
        unit_name=None,
        supervisor="重庆市渝水区文化和旅游发展委员会",   # spec CHONGQING row "主管部门"
        implementer="渝水区文化馆",                      # cell after "实施单位"
        year=2024,
        money_unit="万元",                               # block label "项目资金（万元）"
        fields={},
        pkg_unit_name="重庆市渝水区文化和旅游发展委员会",
        goals=("全年开展基层公益演出120场以上，惠及群众6万人次以上，培育基层文艺团队10支以上。",  # spec CHONGQING 预期目标
               "开展公益演出126场，惠及群众6.8万人次，培育基层文艺团队12支。"),                # spec CHONGQING 实际完成情况
        funds=[  # each of 年初预算数 / 全年预算数 / 全年执行数 is the 小计 sub-column; 执行率 / 分值 / 得分
            F("total", "年度资金总额", D("80.00"), D("95.00"), D("91.20"), D("10"), D("96.00"), D("9.60")),           # spec CHONGQING row "年度资金总额", 小计 columns
            F("current_year", "其中：本年预算资金", D("80.00"), D("85.00"), D("81.60"), None, D("96.00"), None),     # row "其中：本年预算资金"
            F("carryover", "上年结转资金", D("0.00"), D("10.00"), D("9.60"), None, D("96.00"), None),                # row "上年结转资金"
        ],
        breakdown={  # role -> sub-column -> value, from the second header row 小计 / 财政资金 / 其他资金
            "total": {"initial_budget": {"财政资金": D("75.00"), "其他资金": D("5.00")},      # spec CHONGQING row "年度资金总额"
                      "adjusted_budget": {"财政资金": D("90.00"), "其他资金": D("5.00")},
                      "executed": {"财政资金": D("86.40"), "其他资金": D("4.80")}},
            "current_year": {"initial_budget": {"财政资金": D("75.00"), "其他资金": D("5.00")},  # row "其中：本年预算资金"
                             "adjusted_budget": {"财政资金": D("80.00"), "其他资金": D("5.00")},
                             "executed": {"财政资金": D("76.80"), "其他资金": D("4.80")}},
            "carryover": {"initial_budget": {"财政资金": D("0.00"), "其他资金": D("0.00")},      # row "上年结转资金"
                          "adjusted_budget": {"财政资金": D("10.00"), "其他资金": D("0.00")},
                          "executed": {"财政资金": D("9.60"), "其他资金": D("0.00")}},
        },
        caps={},
        indicators=[  # header: 得分 BEFORE 分值 — the tuples below are (…, 分值, 得分) as always
            I("产出指标", "数量指标", "公益演出场次", "≥120场", "126场", D("15"), D("15")),                     # spec CHONGQING row "公益演出场次"
            I("产出指标", "数量指标", "惠及群众人次", "≥6万人次", "6.8万人次", D("10"), D("10")),              # row "惠及群众人次"
            I("产出指标", "质量指标", "演出安全事故发生数", "0", "0", D("10"), D("10")),                       # row "演出安全事故发生数"
            I("产出指标", "时效指标", "演出计划完成时限", "2024年12月31日前", "2024年12月20日", D("5"), D("5")),  # row "演出计划完成时限"
            I("产出指标", "成本指标", "单场演出补助标准", "≤0.75万元/场", "0.72万元/场", D("10"), D("10")),     # row "单场演出补助标准"
            I("效益指标", "社会效益指标", "基层群众文化获得感", "持续提升", "有所提升", D("20"), D("16"),
              "偏远乡镇场次偏少，下年增加送戏下乡"),                                                          # row "基层群众文化获得感": 得分 16, 分值 20
            I("效益指标", "可持续影响指标", "培育基层文艺团队数", "≥10支", "12支", D("10"), D("10")),           # row "培育基层文艺团队数"
            I("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "94%", D("10"), D("10")),               # row "观众满意度"
        ],
        total=(D("100"), D("95.60")),  # spec CHONGQING row "总分": 得分 95.60 | 分值 100
    ),
    "hunan-county-special": dict(
        kind="project",
        title="2023年度县级专项资金绩效目标自评表",   # spec HUNAN title line
        name="耕地地力保护补贴资金",                  # spec HUNAN row "专项资金名称"
        unit_name=None,
        supervisor="湘东县农业农村局",                # spec HUNAN row "县级主管部门"
        implementer="湘东县农村经营服务站",           # cell after "实施单位"
        year=2023,
        money_unit="万元",                            # block label "项目资金（万元）"
        fields={"负责人及电话": "刘志强 0734-5812345"},  # spec HUNAN row "专项资金名称", cell after "负责人及电话"
        pkg_unit_name="湘东县农业农村局",
        goals=("按标准足额发放耕地地力保护补贴，稳定粮食播种面积，保护耕地地力。",            # spec HUNAN "年初设定目标"
               "全县52.3万亩补贴全部兑付到户，粮食播种面积稳定，化肥使用量减少1.2%。"),   # spec HUNAN "全年实际完成情况"
        funds=[  # 全年预算数（A） / 全年执行数（B） / 执行率（B/A）
            F("total", "年度资金总额", None, D("560.00"), D("548.80"), None, D("98.00"), None),        # spec HUNAN row "年度资金总额"
            F(None, "其中：中央、省、市补助", None, D("530.00"), D("520.00"), None, D("98.11"), None),  # row "其中：中央、省、市补助" (no single contract key)
            F("county", "县级资金", None, D("30.00"), D("28.80"), None, D("96.00"), None),             # row "县级资金"
            F("other", "其他资金", None, None, None, None, None, None),                                # row "其他资金"
        ],
        caps={},
        indicators=[  # no 分值/得分: "100%", "≥95%" are indicator values, never weights
            I("产出指标", "数量指标", "补贴发放面积", "52.3万亩", "52.3万亩", None, None),            # spec HUNAN row "补贴发放面积"
            I("产出指标", "质量指标", "补贴资金发放准确率", "100%", "100%", None, None),              # row "补贴资金发放准确率"
            I("产出指标", "时效指标", "补贴资金兑付及时率", "≥95%", "98%", None, None),               # row "补贴资金兑付及时率"
            I("产出指标", "成本指标", "亩均补贴标准", "105元/亩", "105元/亩", None, None),            # row "亩均补贴标准"
            I("效益指标", "经济效益指标", "种粮农民收入", "有所增加", "有所增加", None, None),        # row "种粮农民收入"
            I("效益指标", "社会效益指标", "粮食播种面积稳定率", "≥98%", "99.2%", None, None),         # row "粮食播种面积稳定率"
            I("效益指标", "生态效益指标", "化肥使用量", "零增长", "减少1.2%", None, None),            # row "化肥使用量"
            I("满意度指标", "服务对象满意度指标", "种粮农户满意度", "≥90%", "95%", None, None),       # row "种粮农户满意度"
        ],
        total=(None, None),  # spec HUNAN has no 总分 row ("说明 | 无" is not a total)
    ),
    "guangdong-department": dict(
        kind="department",
        title="2023年度部门整体支出绩效自评表",   # spec GUANGDONG title line
        name="珠江市科学技术局",                  # spec GUANGDONG row "部门名称"
        unit_name="珠江市科学技术局",
        supervisor=None,
        implementer=None,
        year=2023,
        money_unit="万元",                        # block label "部门预算资金（万元）"
        fields={},
        pkg_unit_name="珠江市科学技术局",
        goals=("全年完成科技创新重点工作任务，出台科技政策文件8件以上，服务对象满意度达90%以上。",  # spec GUANGDONG 预期目标
               "重点工作任务全部完成，出台政策文件9件，服务对象满意度93%。"),                      # spec GUANGDONG 实际完成情况
        funds=[  # 年初预算数 / 全年预算数 / 全年执行数 / 执行率
            F("total", "年度资金总额", D("3280.00"), D("3450.00"), D("3312.00"), None, D("96.00"), None),    # spec GUANGDONG row "年度资金总额"
            F("current_year", "其中：财政拨款", D("3100.00"), D("3250.00"), D("3120.00"), None, D("96.00"), None),  # row "其中：财政拨款"
            F("other", "其他资金", D("180.00"), D("200.00"), D("192.00"), None, D("96.00"), None),           # row "其他资金"
        ],
        caps={},
        indicators=[  # header: 分值, 评分标准 BEFORE 年度指标值; repeated after the page break
            I("预算编制", "目标设置", "绩效目标合理性", "合理", "合理", D("5"), D("5"), None,
              "绩效目标与部门职能、年度计划相符得5分，否则酌情扣分"),                          # spec GUANGDONG row "绩效目标合理性"
            I("预算编制", "预算编制", "预算编制准确率", "≥95%", "96.8%", D("5"), D("5"), None,
              "准确率≥95%得满分，每低1个百分点扣0.5分"),                                       # row "预算编制准确率"
            I("预算执行", "支出进度", "预算执行率", "≥95%", "96%", D("10"), D("10"), None,
              "≥95%得满分，每低1个百分点扣1分"),                                                # row "预算执行率"
            I("预算执行", "支出进度", "结转结余率", "≤5%", "4.2%", D("5"), D("5"), None,
              "≤5%得满分，每超1个百分点扣1分"),                                                 # row "结转结余率" (last row before the page break)
            # --- page break; the header row is repeated here and must not become an indicator ---
            I("预算执行", "财务合规", "资金使用合规性", "合规", "合规", D("5"), D("5"), None,
              "无违规得满分，发现一例扣1分"),                                                   # row "资金使用合规性": 一级 cell blank, continues 预算执行
            I("预算执行", "政府采购", "政府采购执行率", "100%", "100%", D("5"), D("5"), None,
              "按实际执行率计分"),                                                              # row "政府采购执行率": 一级 cell blank, continues 预算执行
            I("预算管理", "资产管理", "资产管理规范性", "规范", "规范", D("5"), D("5"), None,
              "账实相符、处置合规得满分"),                                                      # row "资产管理规范性"
            I("预算管理", "信息公开", "预决算信息公开", "按时公开", "按时公开", D("5"), D("5"), None,
              "按规定时限和内容公开得满分"),                                                    # row "预决算信息公开"
            I("履职效能", "产出", "重点工作任务完成率", "100%", "100%", D("20"), D("20"), None,
              "按完成比例计分"),                                                                # row "重点工作任务完成率"
            I("履职效能", "产出", "政策文件出台数", "≥8件", "9件", D("10"), D("10"), None,
              "完成得满分，未完成按比例计分"),                                                  # row "政策文件出台数"
            I("履职效能", "效果", "服务对象满意度", "≥90%", "93%", D("15"), D("15"), None,
              "≥90%得满分，每低1个百分点扣1分"),                                                # row "服务对象满意度"
            I("履职效能", "效果", "社会公众满意度", "≥85%", "82%", D("10"), D("7"), "宣传覆盖面不足，下年加强",
              "≥85%得满分，每低1个百分点扣1分"),                                                # row "社会公众满意度"
        ],
        total=(D("100"), D("97")),  # spec GUANGDONG row "合计": 100 | 97
    ),
    "zhejiang-department": dict(
        kind="department",
        title="2024年度部门整体支出绩效自评表",   # spec ZHEJIANG title line
        name="钱塘市卫生健康委员会",              # spec ZHEJIANG row "部门名称"
        unit_name="钱塘市卫生健康委员会",         # spec ZHEJIANG row "部门名称" (the caption adds "（盖章）")
        supervisor=None,
        implementer=None,
        year=2024,
        money_unit="元",                          # caption "部门：…　单位：元" and block label "部门资金（元）"
        fields={},
        pkg_unit_name="钱塘市卫生健康委员会",
        goals=("家庭医生签约服务人数达45万人以上，居民健康素养水平达35%以上，群众就医满意度90%以上。",  # spec ZHEJIANG 预期目标
               "签约服务47.2万人，居民健康素养水平36.4%，群众就医满意度92.5%。"),                      # spec ZHEJIANG 实际完成情况
        funds=[  # amounts in 元 with thousands separators
            F("total", "年度资金总额", D("12860000.00"), D("13520000.00"), D("12979200.00"), D("10"), D("96.00"), D("9.60")),  # spec ZHEJIANG row "年度资金总额"
            F("current_year", "其中：当年财政拨款", D("12000000.00"), D("12600000.00"), D("12096000.00"), None, D("96.00"), None),  # row "其中：当年财政拨款"
            F("carryover", "上年结转资金", D("860000.00"), D("860000.00"), D("825600.00"), None, D("96.00"), None),              # row "上年结转资金"
            F("other", "其他资金", D("0.00"), D("60000.00"), D("57600.00"), None, D("96.00"), None),                             # row "其他资金"
        ],
        caps={},
        indicators=[  # header: 年度指标值, 实际完成值, 分值, 评分标准, 得分
            I("产出指标", "数量指标", "家庭医生签约服务人数", "≥45万人", "47.2万人", D("15"), D("15"), None,
              "完成目标值得满分，未完成按完成比例计分"),                                          # spec ZHEJIANG row "家庭医生签约服务人数"
            I("产出指标", "数量指标", "基层医疗卫生机构标准化建设数", "12家", "12家", D("10"), D("10"), None,
              "完成得满分，每少1家扣1分"),                                                          # row "基层医疗卫生机构标准化建设数"
            I("产出指标", "质量指标", "国家卫生乡镇创建达标率", "100%", "100%", D("10"), D("10"), None,
              "达标得满分，未达标不得分"),                                                          # row "国家卫生乡镇创建达标率"
            I("产出指标", "时效指标", "重点项目按期完工率", "≥90%", "85%", D("10"), D("5"), "2个项目受用地审批影响延期",
              "≥90%得满分，每低1个百分点扣1分"),                                                    # row "重点项目按期完工率"
            I("产出指标", "成本指标", "部门预算支出控制", "≤年度预算数", "未超预算", D("10"), D("10"), None,
              "未超预算得满分"),                                                                    # row "部门预算支出控制"
            I("效益指标", "社会效益指标", "居民健康素养水平", "≥35%", "36.4%", D("15"), D("15"), None,
              "达到目标值得满分，未达到按比例计分"),                                                # row "居民健康素养水平"
            I("效益指标", "可持续影响指标", "基层就诊率", "稳步提升", "提升2个百分点", D("10"), D("10"), None,
              "较上年提升得满分"),                                                                  # row "基层就诊率"
            I("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%", "92.5%", D("10"), D("10"), None,
              "≥90%得满分，每低1个百分点扣1分"),                                                    # row "群众就医满意度"
        ],
        total=(D("100"), D("94.60")),  # spec ZHEJIANG row "总分": 100 | 94.60
    ),
}

FAMILIES = list(EXPECTED)


def test_every_family_has_a_spec_and_expectations():
    assert set(spec.FAMILIES) == set(EXPECTED)


# ----------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("families")
    cache: dict[tuple[str, str], Path] = {}

    def get(family: str, fmt: str) -> Path:
        if (family, fmt) not in cache:
            cache[(family, fmt)] = render.render(spec.FAMILIES[family], root / f"{family}.{fmt}")
        return cache[(family, fmt)]

    return get


@pytest.fixture(scope="module")
def loaded(built):
    cache: dict[tuple[str, str], object] = {}

    def get(family: str, fmt: str):
        if (family, fmt) not in cache:
            cache[(family, fmt)] = jixiao.pipeline.load(built(family, fmt))
        return cache[(family, fmt)]

    return get


def _one(loaded, family, fmt):
    pkg = loaded(family, fmt)
    assert len(pkg.evaluations) == 1, [e.title for e in pkg.evaluations]
    return pkg, pkg.evaluations[0]


def _v(amount):
    return None if amount is None else amount.value


cases = pytest.mark.parametrize("fmt", FORMATS)
families = pytest.mark.parametrize("family", FAMILIES)


# ----------------------------------------------------------------------------- the model


@families
@cases
def test_header(loaded, family, fmt):
    want = EXPECTED[family]
    pkg, ev = _one(loaded, family, fmt)
    assert ev.form == family
    assert ev.kind == want["kind"]
    assert ev.title == want["title"]
    assert ev.name == want["name"]
    assert ev.unit_name == want["unit_name"]
    assert ev.supervisor == want["supervisor"]
    assert ev.implementer == want["implementer"]
    assert ev.year == want["year"]
    assert ev.money_unit is not None and ev.money_unit.value == want["money_unit"]
    for label, text in want["fields"].items():
        assert ev.fields.get(label) == text, label
    assert pkg.year == want["year"]
    assert pkg.unit_name == want["pkg_unit_name"]


@families
@cases
def test_goals(loaded, family, fmt):
    want = EXPECTED[family]["goals"]
    _, ev = _one(loaded, family, fmt)
    if want is None:
        assert ev.goals is None or (not ev.goals.expected and not ev.goals.actual)
    else:
        assert ev.goals is not None
        assert (ev.goals.expected, ev.goals.actual) == want


@families
@cases
def test_funds(loaded, family, fmt):
    want = EXPECTED[family]["funds"]
    _, ev = _one(loaded, family, fmt)
    assert [f.label for f in ev.funds] == [w.label for w in want]
    for w, got in zip(want, ev.funds):
        if w.key is not None:
            assert got.key == w.key, w.label
        assert F(w.key, got.label, _v(got.initial_budget), _v(got.adjusted_budget), _v(got.executed),
                 got.weight, got.rate, got.score) == w


@pytest.mark.parametrize("family", [f for f in FAMILIES if "breakdown" in EXPECTED[f]])
@cases
def test_funds_breakdown(loaded, family, fmt):
    _, ev = _one(loaded, family, fmt)
    for key, roles in EXPECTED[family]["breakdown"].items():
        row = ev.fund(key)
        assert row is not None, key
        for role, subs in roles.items():
            got = {label: _v(row.breakdown.get(role, {}).get(label)) for label in subs}
            assert got == subs, (key, role)


@families
@cases
def test_level1_caps(loaded, family, fmt):
    _, ev = _one(loaded, family, fmt)
    assert ev.level1_caps == EXPECTED[family]["caps"]


@families
@cases
def test_indicators(loaded, family, fmt):
    want = EXPECTED[family]["indicators"]
    _, ev = _one(loaded, family, fmt)
    got = [I(i.level1, i.level2, i.name, i.target.text, i.actual.text, i.weight, i.score, i.deviation or None, i.rubric)
           for i in ev.indicators]
    assert [g.name for g in got] == [w.name for w in want]
    for g, w in zip(got, want):
        assert g == w, w.name


@families
@cases
def test_total(loaded, family, fmt):
    _, ev = _one(loaded, family, fmt)
    assert (ev.total_weight, ev.total_score) == EXPECTED[family]["total"]


@cases
def test_repeated_header_is_not_an_indicator(loaded, fmt):
    # spec GUANGDONG: the indicator header is repeated after the page break
    _, ev = _one(loaded, "guangdong-department", fmt)
    assert not [i for i in ev.indicators if i.name == "三级指标" or i.level1 == "一级指标"]
    after = [i for i in ev.indicators if i.name in ("资金使用合规性", "政府采购执行率")]
    assert [i.level1 for i in after] == ["预算执行", "预算执行"]


@pytest.mark.parametrize("family", ["hunan-county-special", "central-transfer-region"])
@cases
def test_no_weight_columns_means_no_weights(loaded, family, fmt):
    _, ev = _one(loaded, family, fmt)
    assert ev.indicators
    assert all(i.weight is None and i.score is None for i in ev.indicators)
    assert ev.total_weight is None


# ----------------------------------------------------------------------------- the fixtures themselves


def _spans(family):
    """(segment, row, col, rowspan, colspan) of every merged spec cell."""
    return [(k, p.row, p.col, p.cell.rowspan, p.cell.colspan)
            for k, seg in enumerate(render.segments(spec.FAMILIES[family]))
            for p in seg.cells if p.cell.rowspan > 1 or p.cell.colspan > 1]


@families
def test_docx_fixture_renders_with_merges(built, family):
    from docx import Document
    from docx.oxml.ns import qn

    s = spec.FAMILIES[family]
    doc = Document(str(built(family, "docx")))
    assert doc.paragraphs[0].text == s.title
    assert [p.text for p in doc.paragraphs[1:1 + len(s.captions)]] == s.captions
    segs = render.segments(s)
    assert len(doc.tables) == len(segs)
    assert [len(t.rows) for t in doc.tables] == [g.nrows for g in segs]
    spans = _spans(family)
    body = doc.element.body
    grid_spans = body.findall(".//" + qn("w:gridSpan"))
    restarts = [v for v in body.iter(qn("w:vMerge")) if v.get(qn("w:val")) == "restart"]
    # one w:gridSpan per row of a horizontally merged cell, one vMerge restart per vertical merge
    assert len(grid_spans) == sum(rs for _, _, _, rs, cs in spans if cs > 1)
    assert len(restarts) == sum(1 for *_, rs, _ in spans if rs > 1)
    assert grid_spans and restarts
    if s.rows.count(spec.BREAK):
        assert 'w:type="page"' in body.xml


@families
def test_xlsx_fixture_renders_with_merges_and_numbers(built, family):
    from openpyxl import load_workbook
    from openpyxl.utils import column_index_from_string

    from jixiao.readers.xlsx import format_number

    s = spec.FAMILIES[family]
    ws = load_workbook(built(family, "xlsx")).active
    c0 = column_index_from_string(s.xlsx_col)
    assert ws.min_column == c0
    assert ws.cell(1, c0).value == s.title
    assert [ws.cell(2 + i, c0).value for i in range(len(s.captions))] == s.captions
    merged = {(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges}
    top = 2 + len(s.captions)
    segs = render.segments(s)
    starts = [top + sum(g.nrows for g in segs[:k]) for k in range(len(segs))]
    for k, r, c, rs, cs in _spans(family):
        assert (starts[k] + r, c0 + c, starts[k] + r + rs - 1, c0 + c + cs - 1) in merged
    numbers = percents = 0
    for k, seg in enumerate(segs):
        for p in seg.cells:
            x = ws.cell(starts[k] + p.row, c0 + p.col)
            if isinstance(x.value, (int, float)):
                # a number shows exactly what the clerk typed, through its number format
                assert format_number(x.value, x.number_format) == p.cell.text, (p.cell.text, x.value, x.number_format)
                numbers += 1
                percents += "%" in x.number_format
            else:
                assert (x.value or "") == p.cell.text
    assert numbers and percents
    if s.rows.count(spec.BREAK):
        assert len(ws.row_breaks.brk) == s.rows.count(spec.BREAK)


def test_xlsx_number_conversion():
    C = spec.C
    assert render.xlsx_value(C("120.00")) == (D("120.00"), "0.00")
    assert render.xlsx_value(C("8,600.00")) == (D("8600.00"), "#,##0.00")
    assert render.xlsx_value(C("95.00%")) == (D("0.95"), "0.00%")
    assert render.xlsx_value(C("96%")) == (D("0.96"), "0%")
    assert render.xlsx_value(C("10")) == (10, "General")
    for text in ("≥95%", "1260人次", "—", "/", "0951-6012345", "51112323T000012345678-2023年农村义务教育学生营养改善计划补助资金"):
        assert render.xlsx_value(C(text)) == (text, None)
    assert render.xlsx_value(C("100", text_only=True)) == ("100", None)
