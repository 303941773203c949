"""Hand-verified expected values for seed 004 (../shared/seeds/004_dc9c9a078db0651c.txt).

岳阳市君山区人力资源和社会保障局, 2023: 附件1 基础数据表 (lines 1-130), 附件2 部门整体支出绩效
自评表 (lines 131-480), 附件3 项目支出绩效自评表 x1 (lines 481-851), 自评报告 (lines 852-941).

Both evaluation tables contain many empty placeholder rows: fully blank rows, rows whose only text
is "……", and rows holding only a 二级 label (e.g. 社会效益指标 line 356, 时效指标 line 628). None of
them is counted as an indicator row. The lists of placeholder rows are given in comments.

Line numbers are 1-based (awk NR). SAMPLE_INDICATORS "line" = line of the 三级指标 cell.
"""
from decimal import Decimal as D

SEED = "004_dc9c9a078db0651c.txt"
UNIT_NAME = "岳阳市君山区人力资源和社会保障局"  # line 134 (trailing U+3000 trimmed)
YEAR = 2023  # lines 2, 132, 482 "2023年度..."

FORMS = {"basic_data": 1,               # line 2 2023年度部门整体支出绩效评价基础数据表
         "department_evaluation": 1,    # line 132
         "project_evaluation": 1,       # line 482
         "self_report": 1,              # line 852 (cover) / 871 (title)
         "final_account_table": 0, "final_account_notes": 0}

BASIC_DATA = {
    "staffing": {"authorized": D("21"), "actual": D("21"), "control_rate": "100%"},  # lines 9-11 (line 8 is the empty first cell)
    # 经费控制情况（万元） (header lines 13-16: 2022年决算数, 2023年预算数, 2023年决算数), in seed order,
    # including the empty rows and the two "……" placeholder rows. Labels trimmed of leading spaces.
    # Left out (different layout, not 3-column amount rows): 楼堂馆所控制情况 block (lines 108-124,
    # 6 columns, all blank) and "厉行节约保障措施" text row (lines 126-127).
    "rows": [
        ("三公经费", D("1.97"), D("1.5"), D("1.13")),  # lines 18-21
        ("1、公务用车购置和维护经费", None, None, None),  # lines 23-26
        ("其中：公车购置", None, None, None),  # lines 28-31
        ("公车运行维护", None, None, None),  # lines 33-36
        ("2、出国经费", None, None, None),  # lines 38-41
        ("3、公务接待", D("1.97"), D("1.5"), D("1.13")),  # lines 43-46
        ("项目支出：", D("283.46"), D("423.5"), D("306.23")),  # lines 48-51
        ("1、社保基金督查专项经费", None, D("100"), D("100")),  # lines 53-56
        ("2、", None, None, None),  # lines 58-61
        ("……", None, None, None),  # lines 63-66  placeholder row, kept as written
        ("3、市级专项资金（一个专项一行）", None, None, None),  # lines 68-71
        ("……", None, None, None),  # lines 73-76  placeholder row, kept as written
        ("公用经费", D("224.47"), D("305.36"), D("305.36")),  # lines 78-81
        ("其中：办公经费", D("31.06"), D("34.5"), D("34.5")),  # lines 83-86
        ("水费、电费、差旅费", D("19.6"), D("26.5"), D("26.5")),  # lines 88-91
        ("会议费、培训费", None, None, None),  # lines 93-96
        ("政府采购金额", None, D("257.3"), D("391.83")),  # lines 98-101  ("——" -> None)
        ("部门基本支出预算调整", None, None, None),  # lines 103-106  ("——" -> None)
    ],
    "filler": None,     # no 填表人 anywhere in this seed
    "fill_date": None,  # no 填报日期 in the 基础数据表
}

EVALUATIONS = [
    {   # ---- table 0: department ----
        "kind": "department",
        "line": 132,  # 2023年度部门整体支出绩效自评表 (line 131 is " 附件2")
        "name": "岳阳市君山区人力资源和社会保障局",  # line 134 (label line 133 "市级预算部门名称")
        "money_unit": "万元",  # label lines 136-138 "年度预算申请（万元）"
        "funds": {  # header lines 140-145: 年初预算数 全年预算数 全年执行数 分值 执行率 得分
            "total": {"initial": D("741.21"), "adjusted": D("1294.52"), "executed": D("1294.52"),
                      "weight": D("10"), "rate": "100%", "score": None},  # lines 148-154 (得分 cell line 154 is blank)
        },
        "by_source": {"一般公共预算": D("1294.52"),      # line 161 "其中：  一般公共预算：1294.52"
                      "政府性基金拨款": None,             # line 165 (nothing after the colon)
                      "纳入专户管理的非税收入拨款": None,  # lines 169-170
                      "其他资金": None},                 # lines 173-174
        "by_nature": {"基本支出": D("988.3"),    # line 162
                      "项目支出": D("306.22")},  # line 166
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # lines 199-201, 321-323, 447-449
        # indicator rows (三级 name lines): 产出 203,213,233,243,263,273,283,293 | 效益 327,337 | 满意度 451
        # NOT counted (placeholders): blank rows 220-228, 250-258, 300-308, 310-318, 365-373, 396-404,
        #   426-434, 458-466; "……" rows at lines 347, 378, 409, 439, 471;
        #   label-only rows 354-363 (社会效益指标), 385-394 (生态效益指标), 416-424 (可持续影响指标).
        "indicator_counts": {"产出指标": 8, "效益指标": 2, "满意度指标": 1},
        "not_applicable": 0,
        # ANOMALY: 产出指标 weights 10x8 = 80 > cap 50; 效益指标 10+5 = 15 < cap 30; 满意度指标 5 < cap 10.
        "weight_sum": D("100"),  # 10 + 10 + 10 + 10 + 10 + 10 + 10 + 10 + 10 + 5 + 5 = 100 (lines 206,216,236,246,266,276,286,296,330,340,454)
        "score_sum": D("99"),    # 10 + 10 + 10 + 10 + 10 + 10 + 10 + 10 + 10 + 5 + 4 = 99 (lines 207,217,237,247,267,277,287,297,331,341,455)
        # 总分 100/99 equals the indicator sums alone; the funds row (weight 10, score blank) is not in it.
        "total_weight": D("100"),  # line 479
        "total_score": D("99"),    # line 480 ("□99", followed on the next lines by " 附件3")
    },
    {   # ---- table 1: project ----
        "kind": "project",
        "line": 482,  # 2023年度项目支出绩效自评表 (line 481 is " 附件3")
        "name": "社保基金督查专项经费",  # line 485
        "supervisor": None,   # line 488 (blank)
        "implementer": None,  # line 490 (blank)
        "money_unit": "万元",  # label lines 492-493 "项目资金（万元）"; 100 matches 基础数据表 line 55-56 (100 万元)
        "funds": {  # header lines 495-503: 年初预算数 全年预算数 全年执行数 分值 执行率 得分
            "total": {"initial": D("100"), "adjusted": D("100"), "executed": D("100"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 506-512
            "current_year": {"initial": D("100"), "adjusted": D("100"), "executed": D("100"), "weight": None, "rate": None, "score": None},  # lines 515-521
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 524-530
            "other": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 533-539
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # lines 565-567, 687-689, 813-815
        # indicator rows (三级 name lines): 产出 569, 599, 609 | 效益 693, 724, 755, 785 | 满意度 none
        # NOT counted (placeholders): blank rows 576-584, 636-644, 666-674, 700-708, 731-739, 762-770,
        #   792-800, 824-832; "……" rows at lines 589, 619, 649, 679, 713, 744, 775, 805, 837;
        #   label-only rows 626-634 (时效指标), 656-664 (成本指标), 812-822 (服务对象满意度指标).
        # 满意度指标 has a cap of 10 but no indicator row: recorded as 0 (treat a missing key as 0).
        "indicator_counts": {"产出指标": 3, "效益指标": 4, "满意度指标": 0},
        "not_applicable": 0,
        # ANOMALY: 效益指标 weights 10+15+15+15 = 55 > cap 30; 产出指标 15+15+15 = 45 < cap 50;
        # 满意度指标 0 < cap 10.
        "weight_sum": D("100"),  # 15 + 15 + 15 + 10 + 15 + 15 + 15 = 100 (lines 572,602,612,696,727,758,788)
        "score_sum": D("100"),   # 15 + 15 + 15 + 10 + 15 + 15 + 15 = 100 (lines 573,603,613,697,728,759,789)
        # 总分 100/100 equals the indicator sums alone; the funds row (10/10, lines 510, 512) is not in it.
        "total_weight": D("100"),  # line 845
        "total_score": D("100"),   # line 846
    },
]

SAMPLE_INDICATORS = [
    # ---- department table (index 0): all 11 indicator rows ----
    {"table": 0, "line": 203, "level1": "产出指标", "level2": "数量指标", "name": '城镇登记失业率',
     "target": '5.4%以内', "actual": '5.4%以内',  # lines 203-205
     "weight": D("10"), "score": D("10"), "deviation": None},  # lines 206-208
    {"table": 0, "line": 213, "level1": "产出指标", "level2": "数量指标", "name": '工伤保险新开工工程建设项目参保率',
     "target": '95%以上', "actual": '100%',  # lines 213-215
     "weight": D("10"), "score": D("10"), "deviation": None},  # lines 216-218
    {"table": 0, "line": 233, "level1": "产出指标", "level2": "质量指标", "name": '失业人员再就业人数',
     "target": '1200', "actual": '2380',  # lines 233-235
     "weight": D("10"), "score": D("10"), "deviation": None},  # lines 236-238
    {"table": 0, "line": 243, "level1": "产出指标", "level2": "质量指标", "name": '城镇新增就业人数',
     "target": '2400', "actual": '2910',  # lines 243-245
     "weight": D("10"), "score": D("10"), "deviation": None},  # lines 246-248
    {"table": 0, "line": 263, "level1": "产出指标", "level2": "时效指标", "name": '养老保险待遇发放',
     "target": '按时足额发放', "actual": '按时足额发放',  # lines 263-265
     "weight": D("10"), "score": D("10"), "deviation": None},  # lines 266-268
    {"table": 0, "line": 273, "level1": "产出指标", "level2": "时效指标", "name": '工资集体协商建制率',
     "target": '95%以上', "actual": '100%',  # lines 273-275
     "weight": D("10"), "score": D("10"), "deviation": None},  # lines 276-278
    {"table": 0, "line": 283, "level1": "产出指标", "level2": "时效指标", "name": '社会保险补贴发放',
     "target": '按政策按时补贴到位', "actual": '按政策按时补贴到位',  # lines 283-285
     "weight": D("10"), "score": D("10"), "deviation": None},  # lines 286-288
    {"table": 0, "line": 293, "level1": "产出指标", "level2": "成本指标", "name": '公益性岗位补贴人均标准',
     "target": '1740元/人/月', "actual": '1740元/人/月',  # lines 293-295
     "weight": D("10"), "score": D("10"), "deviation": None},  # lines 296-298
    {"table": 0, "line": 327, "level1": "效益指标", "level2": "经济效益指标", "name": '政策宣传及执行率',
     "target": '95%以上', "actual": '95%以上',  # lines 327-329
     "weight": D("10"), "score": D("10"), "deviation": None},  # lines 330-332
    {"table": 0, "line": 337, "level1": "效益指标", "level2": "经济效益指标", "name": '年满60周岁并符合待遇领取人员终生保障率',
     "target": '100%以上', "actual": '100%以上',  # lines 337-339
     "weight": D("5"), "score": D("5"), "deviation": None},  # lines 340-342
    {"table": 0, "line": 451, "level1": "满意度指标", "level2": "服务对象满意度指标", "name": '参保人员满意度',
     "target": '达95%以上', "actual": '95%以上',  # lines 451-453
     "weight": D("5"), "score": D("4"), "deviation": None},  # lines 454-456
    # ---- project table (index 1): all 7 indicator rows ----
    {"table": 1, "line": 569, "level1": "产出指标", "level2": "数量指标", "name": '人社协理员培训',
     "target": '按计划执行培训', "actual": '已进行培训',  # lines 569-571
     "weight": D("15"), "score": D("15"), "deviation": None},  # lines 572-574
    {"table": 1, "line": 599, "level1": "产出指标", "level2": "质量指标", "name": '社保基金安全完整率',
     "target": '保证社保基金安全', "actual": '保证安全',  # lines 599-601
     "weight": D("15"), "score": D("15"), "deviation": None},  # lines 602-604
    {"table": 1, "line": 609, "level1": "产出指标", "level2": "质量指标", "name": '对各经办机构社保基金进行审计评价',
     "target": '开展第三方审计', "actual": '已进行第三方审计',  # lines 609-611
     "weight": D("15"), "score": D("15"), "deviation": None},  # lines 612-614
    {"table": 1, "line": 693, "level1": "效益指标", "level2": "经济效益指标", "name": '间接推动经济发展',
     "target": '有效提升', "actual": '有效提升',  # lines 693-695
     "weight": D("10"), "score": D("10"), "deviation": None},  # lines 696-698
    {"table": 1, "line": 724, "level1": "效益指标", "level2": "社会效益指标", "name": '有效加强全民参保计划，实现社会保险全覆盖',
     "target": '做好宣传，对社会保险参保扩面', "actual": '进行宣传，提高了参保扩面',  # lines 724-726
     "weight": D("15"), "score": D("15"), "deviation": None},  # lines 727-729
    {"table": 1, "line": 755, "level1": "效益指标", "level2": "生态效益指标", "name": '提升防范和化解社保基金风险隐患能力',
     "target": '有效提升', "actual": '有效提升',  # lines 755-757
     "weight": D("15"), "score": D("15"), "deviation": None},  # lines 758-760
    {"table": 1, "line": 785, "level1": "效益指标", "level2": "可持续影响指标", "name": '保障失业人员基本生活，维护社会稳定，促进社会和谐',
     "target": '显著提升', "actual": '显著提升',  # lines 785-787
     "weight": D("15"), "score": D("15"), "deviation": None},  # lines 788-790
]

# 自评报告: title line 871 (cover title line 852; cover lines 867-869 "部门（单位）名称：（盖章）",
# "2024年 6 月 26 日", "（此页为封面）").
REPORT_TITLE = (871, "2023年度岳阳市君山区人力资源和社会保障局整体支出绩效自评报告")

# Section headings of the 自评报告 = lines that hold only a numbered heading (no body text), in order,
# trimmed at both ends (line 933 ends with U+2002), internal spaces kept as written.
# Numbering slips kept as written: "1、" (873) and "9、"/"10、" (938, 940) stand for 一、/九、/十、;
# "（2）" (898) stands for （二）; line 901 repeats its own text.
# Left out (numbered item + body text on the same line, not standalone headings): 883-885, 892-893
# "（1）..."/"（2）..." paragraphs, 912-916, 918-921, 923-924 and 937 "4、完善制度管理，严格控制支出。严格执行..."
# (937 is item 4 of the list whose items 1-3 are standalone headings 931/933/935 - ambiguous, left out).
REPORT_HEADINGS = [
    (873, '1、 部门（单位）基本情况'),
    (874, '（一）职能职责'),
    (876, '（二）机构设置'),
    (878, '二、一般公共预算支出情况'),
    (879, '（一）基本支出情况'),
    (880, '1、2023年基本支出情况'),
    (886, '2、“三公”经费情况'),
    (888, '3、预决算公开情况'),
    (890, '4、资产管理情况'),
    (895, '5、内部管理制度建设情况'),
    (898, '（2） 项目支出情况'),
    (901, '三、政府性基金预算支出情况政府性基金预算支出情况'),
    (903, '四、国有资本经营预算支出情况'),
    (905, '五、社会保险基金预算支出情况'),
    (907, '六、部门整体支出绩效情况'),
    (909, '（一）绩效评价目的'),
    (911, '（二）绩效评价工作的过程'),
    (917, '（三）部门职责履行情况'),
    (922, '（四）财政预算绩效管理情况'),
    (925, '（五）财政预算绩效自评结论'),
    (928, '七、存在的问题及原因分析'),
    (930, '八、下一步改进措施'),
    (931, '1、提高预算编制科学性和合理性，严格执行预算'),
    (933, '2、兼顾预算调整的灵活性'),
    (935, '3、加强财务人员的学习培训'),
    (938, '9、 部门整体支出绩效自评结果拟应用和公开情况'),
    (940, '10、 其他需要说明的情况'),
]

# Anomalies noticed while reading (candidates for review-rule tests; not used by the values above):
# - department table: 产出指标 weights 80 > cap 50 (8 rows x 10), 效益指标 15 < 30, 满意度指标 5 < 10;
#   funds row weight 10 (line 152) has a blank score (line 154); 总分 100/99 (lines 479-480) excludes it.
# - project table: 效益指标 weights 55 > cap 30, 产出指标 45 < 50, 满意度指标 has no row (cap 10);
#   总分 100/100 (lines 845-846) excludes the funds row 10/10 (lines 510, 512).
# - 项目支出 2023 决算: 306.23 in the 基础数据表 (line 51) vs 306.22 in the department table (line 166)
#   and in the report (line 900).
# - 三公经费 2023 决算: 1.13 in the 基础数据表 (lines 21, 46) vs 0.80 in the report (line 887).
# - 项目支出 2023 预算 423.5 (line 50) but only one project listed (100, line 55); rows "2、" and
#   "3、市级专项资金" are empty template rows.
# - report heading numbering: "1、" (873) for 一、, "（2）" (898) for （二）, "9、"/"10、" (938/940) for 九、/十、;
#   line 901 repeats "政府性基金预算支出情况" twice.
# - department table label says "市级预算部门名称" (line 133) for a district (区) unit.
