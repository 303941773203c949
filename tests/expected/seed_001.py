"""Hand-verified expected values for seed 001 (../shared/seeds/001_7c0e03b398c44046.txt).

衡阳市人力资源和社会保障局, 2022: 基础数据表 (lines 1-129), 附件3 部门整体支出绩效自评表
(lines 130-309), 附件4 项目支出绩效自评表 x18 (lines 310-3323). No 自评报告.

NOTE on the project count: the seeds README says "x17"; counting the titles
"项目支出绩效自评表" gives 18 (lines 311, 477, 632, 798, 964, 1130, 1296, 1462, 1635,
1808, 1981, 2138, 2304, 2475, 2646, 2817, 2988, 3159), each with its own 项目支出名称 and 总分
row. 18 is what the text contains.

NOTE on money units of the project tables: each caption says "单位：元" (e.g. line 313) while
the funds label says "项目资金（万元）" (e.g. lines 324-325). The figures are 元: e.g. line 342
"144000" for 城乡居民养老保险基金工作经费 = 14.40 万元, which is the 2022 figure of
"5、城乡居民养老保险基金经费" in the 基础数据表 (lines 98-101). So money_unit = "元" and the
amounts are recorded as written (not converted).

NOTE on "37,70.00" (lines 144, 145, 155): a malformed thousands separator. It is recorded as
D("3770.00"): 基本支出 2801.21 (line 156) + 项目支出 968.79 (line 160) = 3770.00, and the
基础数据表 gives the same two parts (lines 20, 75).

Line numbers are 1-based (awk NR). SAMPLE_INDICATORS "line" = line of the 三级指标 cell.
"""
from decimal import Decimal as D

SEED = "001_7c0e03b398c44046.txt"
UNIT_NAME = "衡阳市人力资源和社会保障局"  # line 136 (部门名称 cell of the department table)
YEAR = 2022  # line 133 "（2022年度）"; 基础数据表 headers lines 5, 15-16

FORMS = {"basic_data": 1,               # line 1 部门整体支出绩效基础数据表
         "department_evaluation": 1,    # line 131
         "project_evaluation": 18,      # see module note (README says 17)
         "self_report": 0, "final_account_table": 0, "final_account_notes": 0}

BASIC_DATA = {
    "staffing": {"authorized": D("122"), "actual": D("116"), "control_rate": "95.08%"},  # lines 9-11 (line 8 is the empty first cell)
    # 经费控制情况 (header lines 13-16: 2021年决算数, 2022年预算数, 2022年决算数), in seed order.
    # Order is the seed's own: 基本支出 / 公用经费 / 办公经费 / ... / 三公经费 / 项目支出 / 政府采购金额.
    # Left out: "厉行节约保障措施" (lines 128-129) - a one-cell text row, not an amount row.
    "rows": [
        ("一、部门基本支出", D("2395.78"), D("2801.21"), D("2801.21")),  # lines 18-21
        ("其中：公用经费", D("103.61"), D("346.63"), D("346.63")),  # lines 23-26
        ("其中：办公经费", D("10.62"), D("345.46"), D("345.46")),  # lines 28-31
        ("水费、电费、差旅费", D("6.48"), D("48.62"), D("48.62")),  # lines 33-36
        ("会议费、培训费", D("0.00"), D("3.82"), D("3.82")),  # lines 38-41
        ("三公经费", D("46.72"), D("68.00"), D("33.99")),  # lines 43-46
        ("1、公务用车购置和维护经费", D("24.27"), D("28.00"), D("24.09")),  # lines 48-51
        ("其中：公交车购置", D("0.00"), D("0.00"), D("0.00")),  # lines 53-56
        ("公交车运行维护", D("24.27"), D("28.00"), D("24.09")),  # lines 58-61
        ("2、出国经费", D("0.00"), D("5.00"), D("0.00")),  # lines 63-66
        ("3、公务接待", D("22.48"), D("35.00"), D("9.90")),  # lines 68-71
        ("二、部门项目支出", D("694.08"), D("968.79"), D("968.79")),  # lines 73-76  "[bookmark: _GoBack]694.08" on line 74: export artefact stripped
        ("1、市派驻人社局纪检组专项经费", D("20.50"), D("18.45"), D("18.45")),  # lines 78-81
        ("2、老年体协经费", D("30.00"), D("25.00"), D("25.00")),  # lines 83-86
        ("3、一般行政管理事务支出", D("552.93"), D("559.78"), D("559.78")),  # lines 88-91
        ("4、就业管理事务支出", D("40.00"), D("24.00"), D("24.00")),  # lines 93-96
        ("5、城乡居民养老保险基金经费", D("16.00"), D("14.40"), D("14.40")),  # lines 98-101
        ("6、人力资源和社会保障专项支出", D("0.00"), D("15.00"), D("15.00")),  # lines 103-106
        ("7、就业补助专项支出", D("0.00"), D("292.16"), D("292.16")),  # lines 108-111
        ("8、城乡社区管理事务专项支出", D("0.00"), D("20.00"), D("20.00")),  # lines 113-116
        ("9、公务员事务支出", D("34.65"), D("0.00"), D("0.00")),  # lines 118-121
        ("政府采购金额", D("327.10"), D("516.60"), D("516.60")),  # lines 123-126
    ],
    "filler": None,     # no 填表人 in the 基础数据表 (the "填表人：颜瑜" lines 1631 ff. belong to project tables)
    "fill_date": None,  # no 填报日期 in the 基础数据表
}

EVALUATIONS = [
    {   # ---- table 0: department ----
        "kind": "department",
        "line": 131,  # 部门整体支出绩效自评表
        "name": "衡阳市人力资源和社会保障局",  # line 136
        "money_unit": "万元",  # line 133 "单位：万元"; label lines 142-143 "年度预算申请（万元）"
        # Layout differs from the usual 年初预算数/全年预算数/全年执行数 header: the header row
        # (lines 135-140) is 部门名称 | <name> | 执行数 | 资金执行率 | 分值 | 得分, and the
        # amounts row (lines 142-148) is 年度预算申请（万元） | "资金总额：37,70.00" | "37,70.00" |
        # "100%" | 10 | 10. The cell under the name ("资金总额：37,70.00") is the budget total and is
        # recorded as "adjusted"; the cell under 执行数 is "executed". There is no 年初预算数 column,
        # so "initial" is omitted. "37,70.00" -> D("3770.00") (malformed separator, see module note).
        "funds": {
            "total": {"adjusted": D("3770.00"),   # line 144 "资金总额：37,70.00"
                      "executed": D("3770.00"),   # line 145 "37,70.00"
                      "rate": "100%",              # line 146
                      "weight": D("10"),           # line 147
                      "score": D("10")},           # line 148
        },
        "by_source": {"一般公共预算": D("3770.00"),   # line 155 "其中： 一般公共预算收入：37,70.00" (label says 收入; malformed amount -> 3770.00)
                      "政府性基金拨款": D("0.00"),     # line 159
                      "纳入专户管理的非税收入拨款": None,  # lines 163-164 (blank)
                      "其他资金": None},                # lines 167-168 (blank)
        "by_nature": {"基本支出": D("2801.21"),  # line 156
                      "项目支出": D("968.79")},  # line 160
        # Indicator rows have 9 cells: a leading merged "部门整体支出年度绩效指标" column (line 177),
        # then 一级/二级/三级/年度指标值/实际完成值/分值/得分/偏差.
        # 效益指标 (lines 284-288) holds two 二级 labels: 社会效益指标 (line 289) and
        # 服务对象满意度指标 (line 299, row 297-305 has empty 一级 cell, so it stays under 效益指标).
        # There is no separate 满意度指标 一级 label in this table.
        "level1_caps": {"产出指标": D("50"), "效益指标": D("40")},  # lines 192-194 "产出指标(50分)", 284-286 "效益指标（40分）"
        "indicator_counts": {"产出指标": 9, "效益指标": 2},  # name lines 196,206,216,226,236,246,256,266,276 | 290,300
        "not_applicable": 0,
        "weight_sum": D("90"),  # 7+8+5+5+5+5+5+5+5 = 50; 20+20 = 40; 50+40 = 90 (lines 199,209,219,229,239,249,259,269,279,293,303)
        "score_sum": D("90"),   # 7+8+5+5+5+5+5+5+5 = 50; 20+20 = 40; 50+40 = 90 (lines 200,...,280,294,304)
        "total_weight": D("100"),  # line 308 (= 90 indicators + 10 funds, line 147)
        "total_score": D("100"),   # line 309 (= 90 + 10, line 148)
    },
    {   # ---- table 1: project ----
        "kind": "project",
        "line": 311,  # 项目支出绩效自评表
        "name": "城乡居民养老保险基金工作经费",  # line 317
        "supervisor": "衡阳市人力资源和社会保障局",  # line 320
        "implementer": "衡阳市人力资源和社会保障局",  # line 322
        "money_unit": "元",  # caption line 313 says 单位：元, funds label lines 324-325 say （万元）; figures are 元 (see module note)
        "funds": {
            "total": {"initial": D("144000"), "adjusted": D("144000"), "executed": D("144000"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 341-347
            "current_year": {"initial": D("144000"), "adjusted": D("144000"), "executed": D("144000"), "weight": None, "rate": None, "score": None},  # lines 350-356
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 359-365
            "other": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 368-374
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # label lines 403-406, 436-439, 462-464
        "indicator_counts": {"产出指标": 3, "效益指标": 2, "满意度指标": 1},  # indicator rows (三级 name lines): 408, 418, 428, 443, 454, 466
        "not_applicable": 0,
        "weight_sum": D("90"),  # 30 + 10 + 10 + 15 + 15 + 10 = 90 (lines 411, 421, 431, 446, 457, 469)
        "score_sum": D("88"),  # 30 + 10 + 10 + 14 + 15 + 9 = 88 (lines 412, 422, 432, 447, 458, 470)
        "total_weight": D("100"),  # line 474
        "total_score": D("98"),  # line 475
    },
    {   # ---- table 2: project ----
        "kind": "project",
        "line": 477,  # 项目支出绩效自评表
        "name": "工统工改经费",  # line 483
        "supervisor": "衡阳市人力资源和社会保障局",  # line 486
        "implementer": "衡阳市人力资源和社会保障局",  # line 488
        "money_unit": "元",  # caption line 479 says 单位：元, funds label lines 490-491 say （万元）; figures are 元 (see module note)
        "funds": {
            "total": {"initial": D("27000"), "adjusted": D("27000"), "executed": D("27000"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 507-513
            "current_year": {"initial": D("27000"), "adjusted": D("27000"), "executed": D("27000"), "weight": None, "rate": None, "score": None},  # lines 516-522
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 525-531
            "other": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 534-540
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # label lines 569-572, 602-605, 617-619
        "indicator_counts": {"产出指标": 3, "效益指标": 1, "满意度指标": 1},  # indicator rows (三级 name lines): 574, 584, 594, 609, 621
        "not_applicable": 0,
        "weight_sum": D("90"),  # 30 + 10 + 10 + 30 + 10 = 90 (lines 577, 587, 597, 612, 624)
        "score_sum": D("86"),  # 30 + 10 + 9 + 28 + 9 = 86 (lines 578, 588, 598, 613, 625)
        "total_weight": D("100"),  # line 629
        "total_score": D("96"),  # line 630
    },
    {   # ---- table 3: project ----
        "kind": "project",
        "line": 632,  # 项目支出绩效自评表
        "name": "工资集体协商及劳动用工备案工作经费",  # line 638
        "supervisor": "衡阳市人力资源和社会保障局",  # line 641
        "implementer": "衡阳市人力资源和社会保障局",  # line 643
        "money_unit": "元",  # caption line 634 says 单位：元, funds label lines 645-646 say （万元）; figures are 元 (see module note)
        "funds": {
            "total": {"initial": D("90000"), "adjusted": D("90000"), "executed": D("90000"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 662-668
            "current_year": {"initial": D("90000"), "adjusted": D("90000"), "executed": D("90000"), "weight": None, "rate": None, "score": None},  # lines 671-677
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 680-686
            "other": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 689-695
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # label lines 724-727, 757-760, 783-785
        "indicator_counts": {"产出指标": 3, "效益指标": 2, "满意度指标": 1},  # indicator rows (三级 name lines): 729, 739, 749, 764, 775, 787
        "not_applicable": 0,
        "weight_sum": D("90"),  # 30 + 10 + 10 + 15 + 15 + 10 = 90 (lines 732, 742, 752, 767, 778, 790)
        "score_sum": D("86"),  # 30 + 10 + 10 + 14 + 14 + 8 = 86 (lines 733, 743, 753, 768, 779, 791)
        "total_weight": D("100"),  # line 795
        "total_score": D("96"),  # line 796
    },
    {   # ---- table 4: project ----
        "kind": "project",
        "line": 798,  # 项目支出绩效自评表
        "name": "公务员、机关事业单位新进人员、工勤、专业技术、计算机、电子政务等六项培训费",  # line 804
        "supervisor": "衡阳市人力资源和社会保障局",  # line 807
        "implementer": "衡阳市人力资源和社会保障局",  # line 809
        "money_unit": "元",  # caption line 800 says 单位：元, funds label lines 811-812 say （万元）; figures are 元 (see module note)
        "funds": {
            "total": {"initial": D("160000"), "adjusted": D("160000"), "executed": D("160000"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 828-834
            "current_year": {"initial": D("160000"), "adjusted": D("160000"), "executed": D("160000"), "weight": None, "rate": None, "score": None},  # lines 837-843
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 846-852
            "other": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 855-861
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # label lines 890-893, 923-926, 949-951
        "indicator_counts": {"产出指标": 3, "效益指标": 1, "满意度指标": 1},  # indicator rows (三级 name lines): 895, 905, 915, 941, 953
        # NOT counted: label-only empty row(s): line 928 "经济效益指标"
        "not_applicable": 0,
        "weight_sum": D("90"),  # 30 + 10 + 10 + 30 + 10 = 90 (lines 898, 908, 918, 944, 956)
        "score_sum": D("87"),  # 30 + 10 + 10 + 28 + 9 = 87 (lines 899, 909, 919, 945, 957)
        "total_weight": D("100"),  # line 961
        "total_score": D("97"),  # line 962
    },
    {   # ---- table 5: project ----
        "kind": "project",
        "line": 964,  # 项目支出绩效自评表
        "name": "集体福利费",  # line 970
        "supervisor": "衡阳市人力资源和社会保障局",  # line 973
        "implementer": "衡阳市人力资源和社会保障局",  # line 975
        "money_unit": "元",  # caption line 966 says 单位：元, funds label lines 977-978 say （万元）; figures are 元 (see module note)
        "funds": {
            "total": {"initial": D("108000"), "adjusted": D("108000"), "executed": D("108000"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 994-1000
            "current_year": {"initial": D("108000"), "adjusted": D("108000"), "executed": D("108000"), "weight": None, "rate": None, "score": None},  # lines 1003-1009
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 1012-1018
            "other": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 1021-1027
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # label lines 1056-1059, 1089-1092, 1115-1117
        "indicator_counts": {"产出指标": 3, "效益指标": 1, "满意度指标": 1},  # indicator rows (三级 name lines): 1061, 1071, 1081, 1107, 1119
        # NOT counted: label-only empty row(s): line 1094 "经济效益指标"
        "not_applicable": 0,
        "weight_sum": D("90"),  # 30 + 10 + 10 + 30 + 10 = 90 (lines 1064, 1074, 1084, 1110, 1122)
        "score_sum": D("89"),  # 30 + 10 + 10 + 30 + 9 = 89 (lines 1065, 1075, 1085, 1111, 1123)
        "total_weight": D("100"),  # line 1127
        "total_score": D("99"),  # line 1128
    },
    {   # ---- table 6: project ----
        "kind": "project",
        "line": 1130,  # 项目支出绩效自评表
        "name": "科技“110”服务工作经费",  # line 1136
        "supervisor": "衡阳市人力资源和社会保障局",  # line 1139
        "implementer": "衡阳市人力资源和社会保障局",  # line 1141
        "money_unit": "元",  # caption line 1132 says 单位：元, funds label lines 1143-1144 say （万元）; figures are 元 (see module note)
        "funds": {
            "total": {"initial": D("45000"), "adjusted": D("45000"), "executed": D("45000"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 1160-1166
            "current_year": {"initial": D("45000"), "adjusted": D("45000"), "executed": D("45000"), "weight": None, "rate": None, "score": None},  # lines 1169-1175
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 1178-1184
            "other": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 1187-1193
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # label lines 1222-1225, 1255-1258, 1281-1283
        "indicator_counts": {"产出指标": 3, "效益指标": 1, "满意度指标": 1},  # indicator rows (三级 name lines): 1227, 1237, 1247, 1262, 1285
        # NOT counted: label-only empty row(s): line 1271 "社会效益指标"
        "not_applicable": 0,
        "weight_sum": D("90"),  # 30 + 10 + 10 + 30 + 10 = 90 (lines 1230, 1240, 1250, 1265, 1288)
        "score_sum": D("86"),  # 30 + 10 + 10 + 27 + 9 = 86 (lines 1231, 1241, 1251, 1266, 1289)
        "total_weight": D("100"),  # line 1293
        "total_score": D("96"),  # line 1294
    },
    {   # ---- table 7: project ----
        # ANOMALY: 质量指标 weight is 9 (line 1406), so 产出指标 = 30+9+10 = 49 < cap 50 and
        # weight_sum 89 + funds 10 = 99, while the 总分 row says 100 (line 1459).
        "kind": "project",
        "line": 1296,  # 项目支出绩效自评表
        "name": "老年体协经费",  # line 1302
        "supervisor": "衡阳市人力资源和社会保障局",  # line 1305
        "implementer": "衡阳市人力资源和社会保障局",  # line 1307
        "money_unit": "元",  # caption line 1298 says 单位：元, funds label lines 1309-1310 say （万元）; figures are 元 (see module note)
        "funds": {
            "total": {"initial": D("300000"), "adjusted": D("300000"), "executed": D("300000"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 1326-1332
            "current_year": {"initial": D("300000"), "adjusted": D("300000"), "executed": D("300000"), "weight": None, "rate": None, "score": None},  # lines 1335-1341
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 1344-1350
            "other": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 1353-1359
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # label lines 1388-1391, 1421-1424, 1447-1449
        "indicator_counts": {"产出指标": 3, "效益指标": 1, "满意度指标": 1},  # indicator rows (三级 name lines): 1393, 1403, 1413, 1439, 1451
        # NOT counted: label-only empty row(s): line 1426 "经济效益指标"
        "not_applicable": 0,
        "weight_sum": D("89"),  # 30 + 9 + 10 + 30 + 10 = 89 (lines 1396, 1406, 1416, 1442, 1454)
        "score_sum": D("86"),  # 30 + 9 + 10 + 28 + 9 = 86 (lines 1397, 1407, 1417, 1443, 1455)
        "total_weight": D("100"),  # line 1459
        "total_score": D("96"),  # line 1460
    },
    {   # ---- table 8: project ----
        "kind": "project",
        "line": 1462,  # 项目支出绩效自评表
        "name": "流动人员人事档案管理经费",  # line 1468
        "supervisor": "衡阳市人力资源和社会保障局",  # line 1471
        "implementer": "衡阳市人力资源和社会保障局",  # line 1473
        "money_unit": "元",  # caption line 1464 says 单位：元, funds label lines 1475-1476 say （万元）; figures are 元 (see module note)
        "funds": {
            "total": {"initial": D("400000"), "adjusted": D("400000"), "executed": D("400000"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 1492-1498
            "current_year": {"initial": D("400000"), "adjusted": D("400000"), "executed": D("400000"), "weight": None, "rate": None, "score": None},  # lines 1501-1507
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 1510-1516
            "other": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 1519-1525
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # label lines 1554-1557, 1587-1590, 1613-1615
        "indicator_counts": {"产出指标": 3, "效益指标": 2, "满意度指标": 1},  # indicator rows (三级 name lines): 1559, 1569, 1579, 1594, 1605, 1617
        "not_applicable": 0,
        "weight_sum": D("90"),  # 30 + 10 + 10 + 15 + 15 + 10 = 90 (lines 1562, 1572, 1582, 1597, 1608, 1620)
        "score_sum": D("88"),  # 30 + 10 + 10 + 14 + 15 + 9 = 88 (lines 1563, 1573, 1583, 1598, 1609, 1621)
        "total_weight": D("100"),  # line 1625
        "total_score": D("98"),  # line 1626
    },
    {   # ---- table 9: project ----
        "kind": "project",
        "line": 1635,  # 项目支出绩效自评表
        "name": "三支一扶工作经费",  # line 1641
        "supervisor": "衡阳市人力资源和社会保障局",  # line 1644
        "implementer": "衡阳市人力资源和社会保障局",  # line 1646
        "money_unit": "元",  # caption line 1637 says 单位：元, funds label lines 1648-1649 say （万元）; figures are 元 (see module note)
        "funds": {
            "total": {"initial": D("225000"), "adjusted": D("225000"), "executed": D("225000"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 1665-1671
            "current_year": {"initial": D("225000"), "adjusted": D("225000"), "executed": D("225000"), "weight": None, "rate": None, "score": None},  # lines 1674-1680
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 1683-1689
            "other": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 1692-1698
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # label lines 1727-1730, 1760-1763, 1786-1788
        "indicator_counts": {"产出指标": 3, "效益指标": 1, "满意度指标": 1},  # indicator rows (三级 name lines): 1732, 1742, 1752, 1778, 1790
        # NOT counted: label-only empty row(s): line 1765 "经济效益指标"
        "not_applicable": 0,
        "weight_sum": D("90"),  # 30 + 10 + 10 + 30 + 10 = 90 (lines 1735, 1745, 1755, 1781, 1793)
        "score_sum": D("89"),  # 30 + 10 + 10 + 30 + 9 = 89 (lines 1736, 1746, 1756, 1782, 1794)
        "total_weight": D("100"),  # line 1798
        "total_score": D("99"),  # line 1799
    },
    {   # ---- table 10: project ----
        "kind": "project",
        "line": 1808,  # 项目支出绩效自评表
        "name": "市纪委派驻人社局纪检组专项经费",  # line 1814
        "supervisor": "衡阳市人力资源和社会保障局",  # line 1817
        "implementer": "衡阳市人力资源和社会保障局",  # line 1819
        "money_unit": "元",  # caption line 1810 says 单位：元, funds label lines 1821-1822 say （万元）; figures are 元 (see module note)
        "funds": {
            "total": {"initial": D("144000"), "adjusted": D("144000"), "executed": D("144000"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 1838-1844
            "current_year": {"initial": D("144000"), "adjusted": D("144000"), "executed": D("144000"), "weight": None, "rate": None, "score": None},  # lines 1847-1853
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 1856-1862
            "other": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 1865-1871
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # label lines 1900-1903, 1933-1936, 1959-1961
        "indicator_counts": {"产出指标": 3, "效益指标": 1, "满意度指标": 1},  # indicator rows (三级 name lines): 1905, 1915, 1925, 1951, 1963
        # NOT counted: label-only empty row(s): line 1938 "经济效益指标"
        "not_applicable": 0,
        "weight_sum": D("90"),  # 30 + 10 + 10 + 30 + 10 = 90 (lines 1908, 1918, 1928, 1954, 1966)
        "score_sum": D("90"),  # 30 + 10 + 10 + 30 + 10 = 90 (lines 1909, 1919, 1929, 1955, 1967)
        "total_weight": D("100"),  # line 1971
        "total_score": D("100"),  # line 1972
    },
    {   # ---- table 11: project ----
        # ANOMALY: this table has NO 效益指标 一级 label. The 社会效益指标 row (lines 2105-2114) has
        # empty 一级 cells, so by the merged-cell rule it stays under 产出指标 (lines 2073-2076),
        # giving 产出指标 weights 20+20+10+30 = 80 against a written cap of 50. Recorded per the rule.
        "kind": "project",
        "line": 1981,  # 项目支出绩效自评表
        "name": "市社保基金监督委员会工作经费",  # line 1987
        "supervisor": "衡阳市人力资源和社会保障局",  # line 1990
        "implementer": "衡阳市人力资源和社会保障局",  # line 1992
        "money_unit": "元",  # caption line 1983 says 单位：元, funds label lines 1994-1995 say （万元）; figures are 元 (see module note)
        "funds": {
            "total": {"initial": D("200000"), "adjusted": D("200000"), "executed": D("200000"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 2011-2017
            "current_year": {"initial": D("200000"), "adjusted": D("200000"), "executed": D("200000"), "weight": None, "rate": None, "score": None},  # lines 2020-2026
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 2029-2035
            "other": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 2038-2044
        },
        "level1_caps": {"产出指标": D("50"), "满意度指标": D("10")},  # label lines 2073-2076, 2117-2119
        "indicator_counts": {"产出指标": 4, "满意度指标": 1},  # indicator rows (三级 name lines): 2078, 2088, 2098, 2109, 2121
        "not_applicable": 0,
        "weight_sum": D("90"),  # 20 + 20 + 10 + 30 + 10 = 90 (lines 2081, 2091, 2101, 2112, 2124)
        "score_sum": D("90"),  # 20 + 20 + 10 + 30 + 10 = 90 (lines 2082, 2092, 2102, 2113, 2125)
        "total_weight": D("100"),  # line 2129
        "total_score": D("100"),  # line 2130
    },
    {   # ---- table 12: project ----
        # funds: 当年财政拨款 150000 + 其他资金 1089800 = 1239800 (lines 2178, 2196, 2169)
        "kind": "project",
        "line": 2138,  # 项目支出绩效自评表
        "name": "事业单位公开招聘工作经费",  # line 2144
        "supervisor": "衡阳市人力资源和社会保障局",  # line 2147
        "implementer": "衡阳市人力资源和社会保障局",  # line 2149
        "money_unit": "元",  # caption line 2140 says 单位：元, funds label lines 2151-2152 say （万元）; figures are 元 (see module note)
        "funds": {
            "total": {"initial": D("1239800"), "adjusted": D("1239800"), "executed": D("1239800"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 2168-2174
            "current_year": {"initial": D("150000"), "adjusted": D("150000"), "executed": D("150000"), "weight": None, "rate": None, "score": None},  # lines 2177-2183
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 2186-2192
            "other": {"initial": D("1089800"), "adjusted": D("1089800"), "executed": D("1089800"), "weight": None, "rate": None, "score": None},  # lines 2195-2201
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # label lines 2230-2233, 2263-2266, 2289-2291
        "indicator_counts": {"产出指标": 3, "效益指标": 1, "满意度指标": 1},  # indicator rows (三级 name lines): 2235, 2245, 2255, 2281, 2293
        # NOT counted: label-only empty row(s): line 2268 "经济效益指标"
        "not_applicable": 0,
        "weight_sum": D("90"),  # 30 + 10 + 10 + 30 + 10 = 90 (lines 2238, 2248, 2258, 2284, 2296)
        "score_sum": D("89"),  # 30 + 10 + 10 + 30 + 9 = 89 (lines 2239, 2249, 2259, 2285, 2297)
        "total_weight": D("100"),  # line 2301
        "total_score": D("99"),  # line 2302
    },
    {   # ---- table 13: project ----
        "kind": "project",
        "line": 2304,  # 项目支出绩效自评表
        "name": "行政奖励经费",  # line 2310
        "supervisor": "衡阳市人力资源和社会保障局",  # line 2313
        "implementer": "衡阳市人力资源和社会保障局",  # line 2315
        "money_unit": "元",  # caption line 2306 says 单位：元, funds label lines 2317-2318 say （万元）; figures are 元 (see module note)
        "funds": {
            "total": {"initial": D("90000"), "adjusted": D("90000"), "executed": D("90000"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 2334-2340
            "current_year": {"initial": D("90000"), "adjusted": D("90000"), "executed": D("90000"), "weight": None, "rate": None, "score": None},  # lines 2343-2349
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 2352-2358
            "other": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 2361-2367
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # label lines 2396-2399, 2429-2432, 2455-2457
        "indicator_counts": {"产出指标": 3, "效益指标": 1, "满意度指标": 1},  # indicator rows (三级 name lines): 2401, 2411, 2421, 2447, 2459
        # NOT counted: label-only empty row(s): line 2434 "经济效益指标"
        "not_applicable": 0,
        "weight_sum": D("90"),  # 30 + 10 + 10 + 30 + 10 = 90 (lines 2404, 2414, 2424, 2450, 2462)
        "score_sum": D("89"),  # 30 + 10 + 10 + 30 + 9 = 89 (lines 2405, 2415, 2425, 2451, 2463)
        "total_weight": D("100"),  # line 2467
        "total_score": D("99"),  # line 2468
    },
    {   # ---- table 14: project ----
        "kind": "project",
        "line": 2475,  # 项目支出绩效自评表
        "name": "引技工作经费",  # line 2481
        "supervisor": "衡阳市人力资源和社会保障局",  # line 2484
        "implementer": "衡阳市人力资源和社会保障局",  # line 2486
        "money_unit": "元",  # caption line 2477 says 单位：元, funds label lines 2488-2489 say （万元）; figures are 元 (see module note)
        "funds": {
            "total": {"initial": D("45000"), "adjusted": D("45000"), "executed": D("45000"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 2505-2511
            "current_year": {"initial": D("45000"), "adjusted": D("45000"), "executed": D("45000"), "weight": None, "rate": None, "score": None},  # lines 2514-2520
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 2523-2529
            "other": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 2532-2538
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # label lines 2567-2570, 2600-2603, 2626-2628
        "indicator_counts": {"产出指标": 3, "效益指标": 1, "满意度指标": 1},  # indicator rows (三级 name lines): 2572, 2582, 2592, 2618, 2630
        # NOT counted: label-only empty row(s): line 2605 "经济效益指标"
        "not_applicable": 0,
        "weight_sum": D("90"),  # 30 + 10 + 10 + 30 + 10 = 90 (lines 2575, 2585, 2595, 2621, 2633)
        "score_sum": D("87"),  # 30 + 10 + 10 + 28 + 9 = 87 (lines 2576, 2586, 2596, 2622, 2634)
        "total_weight": D("100"),  # line 2638
        "total_score": D("97"),  # line 2639
    },
    {   # ---- table 15: project ----
        "kind": "project",
        "line": 2646,  # 项目支出绩效自评表
        "name": "争取上级资金工作经费",  # line 2652
        "supervisor": "衡阳市人力资源和社会保障局",  # line 2655
        "implementer": "衡阳市人力资源和社会保障局",  # line 2657
        "money_unit": "元",  # caption line 2648 says 单位：元, funds label lines 2659-2660 say （万元）; figures are 元 (see module note)
        "funds": {
            "total": {"initial": D("50000"), "adjusted": D("50000"), "executed": D("50000"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 2676-2682
            "current_year": {"initial": D("50000"), "adjusted": D("50000"), "executed": D("50000"), "weight": None, "rate": None, "score": None},  # lines 2685-2691
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 2694-2700
            "other": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 2703-2709
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # label lines 2738-2741, 2771-2774, 2797-2799
        "indicator_counts": {"产出指标": 3, "效益指标": 1, "满意度指标": 1},  # indicator rows (三级 name lines): 2743, 2753, 2763, 2778, 2801
        # NOT counted: label-only empty row(s): line 2787 "社会效益指标"
        "not_applicable": 0,
        "weight_sum": D("90"),  # 30 + 10 + 10 + 30 + 10 = 90 (lines 2746, 2756, 2766, 2781, 2804)
        "score_sum": D("90"),  # 30 + 10 + 10 + 30 + 10 = 90 (lines 2747, 2757, 2767, 2782, 2805)
        "total_weight": D("100"),  # line 2809
        "total_score": D("100"),  # line 2810
    },
    {   # ---- table 16: project ----
        "kind": "project",
        "line": 2817,  # 项目支出绩效自评表
        "name": "职称、工资、人事干部工作经费",  # line 2823
        "supervisor": "衡阳市人力资源和社会保障局",  # line 2826
        "implementer": "衡阳市人力资源和社会保障局",  # line 2828
        "money_unit": "元",  # caption line 2819 says 单位：元, funds label lines 2830-2831 say （万元）; figures are 元 (see module note)
        "funds": {
            "total": {"initial": D("72000"), "adjusted": D("72000"), "executed": D("72000"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 2847-2853
            "current_year": {"initial": D("72000"), "adjusted": D("72000"), "executed": D("72000"), "weight": None, "rate": None, "score": None},  # lines 2856-2862
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 2865-2871
            "other": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 2874-2880
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # label lines 2909-2912, 2942-2945, 2968-2970
        "indicator_counts": {"产出指标": 3, "效益指标": 1, "满意度指标": 1},  # indicator rows (三级 name lines): 2914, 2924, 2934, 2960, 2972
        # NOT counted: label-only empty row(s): line 2947 "经济效益指标"
        "not_applicable": 0,
        "weight_sum": D("90"),  # 30 + 10 + 10 + 30 + 10 = 90 (lines 2917, 2927, 2937, 2963, 2975)
        "score_sum": D("89"),  # 30 + 10 + 10 + 30 + 9 = 89 (lines 2918, 2928, 2938, 2964, 2976)
        "total_weight": D("100"),  # line 2980
        "total_score": D("99"),  # line 2981
    },
    {   # ---- table 17: project ----
        "kind": "project",
        "line": 2988,  # 项目支出绩效自评表
        "name": "专家服务经费",  # line 2994
        "supervisor": "衡阳市人力资源和社会保障局",  # line 2997
        "implementer": "衡阳市人力资源和社会保障局",  # line 2999
        "money_unit": "元",  # caption line 2990 says 单位：元, funds label lines 3001-3002 say （万元）; figures are 元 (see module note)
        "funds": {
            "total": {"initial": D("36000"), "adjusted": D("36000"), "executed": D("36000"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 3018-3024
            "current_year": {"initial": D("36000"), "adjusted": D("36000"), "executed": D("36000"), "weight": None, "rate": None, "score": None},  # lines 3027-3033
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 3036-3042
            "other": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 3045-3051
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # label lines 3080-3083, 3113-3116, 3139-3141
        "indicator_counts": {"产出指标": 3, "效益指标": 1, "满意度指标": 1},  # indicator rows (三级 name lines): 3085, 3095, 3105, 3131, 3143
        # NOT counted: label-only empty row(s): line 3118 "经济效益指标"
        "not_applicable": 0,
        "weight_sum": D("90"),  # 30 + 10 + 10 + 30 + 10 = 90 (lines 3088, 3098, 3108, 3134, 3146)
        "score_sum": D("88"),  # 30 + 9 + 10 + 30 + 9 = 88 (lines 3089, 3099, 3109, 3135, 3147)
        "total_weight": D("100"),  # line 3151
        "total_score": D("98"),  # line 3152
    },
    {   # ---- table 18: project ----
        "kind": "project",
        "line": 3159,  # 项目支出绩效自评表
        "name": "综合管理经费",  # line 3165
        "supervisor": "衡阳市人力资源和社会保障局",  # line 3168
        "implementer": "衡阳市人力资源和社会保障局",  # line 3170
        "money_unit": "元",  # caption line 3161 says 单位：元, funds label lines 3172-3173 say （万元）; figures are 元 (see module note)
        "funds": {
            "total": {"initial": D("18000"), "adjusted": D("18000"), "executed": D("18000"), "weight": D("10"), "rate": "100%", "score": D("10")},  # lines 3189-3195
            "current_year": {"initial": D("18000"), "adjusted": D("18000"), "executed": D("18000"), "weight": None, "rate": None, "score": None},  # lines 3198-3204
            "carryover": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 3207-3213
            "other": {"initial": None, "adjusted": None, "executed": None, "weight": None, "rate": None, "score": None},  # lines 3216-3222
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # label lines 3251-3254, 3284-3287, 3310-3312
        "indicator_counts": {"产出指标": 3, "效益指标": 1, "满意度指标": 1},  # indicator rows (三级 name lines): 3256, 3266, 3276, 3302, 3314
        # NOT counted: label-only empty row(s): line 3289 "经济效益指标"
        "not_applicable": 0,
        "weight_sum": D("90"),  # 30 + 10 + 10 + 30 + 10 = 90 (lines 3259, 3269, 3279, 3305, 3317)
        "score_sum": D("89"),  # 30 + 10 + 10 + 30 + 9 = 89 (lines 3260, 3270, 3280, 3306, 3318)
        "total_weight": D("100"),  # line 3322
        "total_score": D("99"),  # line 3323
    },
]

SAMPLE_INDICATORS = [
    # ---- department table (index 0): all 11 indicator rows ----
    {"table": 0, "line": 196, "level1": "产出指标", "level2": "重点任务完成", "name": '就业创业',
     "target": '稳就业，尤其是重点群体充分就业。', "actual": '重点群体充分就业。',  # lines 196-198
     "weight": D("7"), "score": D("7"), "deviation": None},  # lines 199-201
    {"table": 0, "line": 206, "level1": "产出指标", "level2": "重点任务完成", "name": '社会保障',
     "target": '扩大参保覆盖面，扎牢社保基金安全网。', "actual": '参保覆盖面继续扩大。',  # lines 206-208
     "weight": D("8"), "score": D("8"), "deviation": None},  # lines 209-211
    {"table": 0, "line": 216, "level1": "产出指标", "level2": "重点任务完成", "name": '人事人才',
     "target": '做好“万雁入衡”人才引进工作。', "actual": '人才引进工作持续进行。',  # lines 216-218
     "weight": D("5"), "score": D("5"), "deviation": None},  # lines 219-221
    {"table": 0, "line": 226, "level1": "产出指标", "level2": "重点任务完成", "name": '劳动关系',
     "target": '强化劳动保障。', "actual": '劳动保障持续强化。',  # lines 226-228
     "weight": D("5"), "score": D("5"), "deviation": None},  # lines 229-231
    {"table": 0, "line": 236, "level1": "产出指标", "level2": "履职目标实现", "name": '城镇登记失业率',
     "target": '城镇登记失业率低于5%。', "actual": '城镇登记失业率低于5%。',  # lines 236-238
     "weight": D("5"), "score": D("5"), "deviation": None},  # lines 239-241
    {"table": 0, "line": 246, "level1": "产出指标", "level2": "履职目标实现", "name": '城镇调查失业率',
     "target": '城镇调查失业率小于6%。', "actual": '城镇调查失业率小于6%。',  # lines 246-248
     "weight": D("5"), "score": D("5"), "deviation": None},  # lines 249-251
    {"table": 0, "line": 256, "level1": "产出指标", "level2": "履职目标实现", "name": '参保覆盖面',
     "target": '完成基本养老保险参保率95%。', "actual": '完成基本养老保险参保率95%。',  # lines 256-258
     "weight": D("5"), "score": D("5"), "deviation": None},  # lines 259-261
    {"table": 0, "line": 266, "level1": "产出指标", "level2": "履职目标实现", "name": '引进人才',
     "target": '每年引进青年人才1万人以上。', "actual": '引进青年人才1万人以上',  # lines 266-268
     "weight": D("5"), "score": D("5"), "deviation": None},  # lines 269-271
    {"table": 0, "line": 276, "level1": "产出指标", "level2": "履职目标实现", "name": '劳动人事争议仲裁结案率',
     "target": '劳动人事争议仲裁结案率90%。', "actual": '劳动人事争议仲裁结案率90%。',  # lines 276-278
     "weight": D("5"), "score": D("5"), "deviation": None},  # lines 279-281
    {"table": 0, "line": 290, "level1": "效益指标", "level2": "社会效益指标", "name": '促进和稳定衡阳经济发展',
     "target": '就业质量更高，社会保障更好，人才队伍更壮大，劳动关系更和谐。', "actual": '促进和稳定衡阳经济发展',  # lines 290-292
     "weight": D("20"), "score": D("20"), "deviation": None},  # lines 293-295
    {"table": 0, "line": 300, "level1": "效益指标", "level2": "服务对象满意度指标", "name": '社会公众和服务对象满意度',
     "target": '群众满意度90%以上。', "actual": '群众满意度90%以上。',  # lines 300-302
     "weight": D("20"), "score": D("20"), "deviation": None},  # lines 303-305
    # ---- table 1 ----
    {"table": 1, "line": 443, "level1": "效益指标", "level2": "经济效益指标", "name": '上级部门对单位工作的认可度',
     "target": '较为认可', "actual": '较为认可',  # lines 443-445
     "weight": D("15"), "score": D("14"), "deviation": None},  # lines 446-448
    {"table": 1, "line": 466, "level1": "满意度指标", "level2": "服务对象满意度指标", "name": '服务对象满意度',
     "target": '95', "actual": '95',  # lines 466-468
     "weight": D("10"), "score": D("9"), "deviation": None},  # lines 469-471
    # ---- table 3 ----
    {"table": 3, "line": 764, "level1": "效益指标", "level2": "经济效益指标", "name": '促进收入分配更合理',
     "target": '收入合理分配', "actual": '较为合理',  # lines 764-766
     "weight": D("15"), "score": D("14"), "deviation": None},  # lines 767-769
    {"table": 3, "line": 787, "level1": "满意度指标", "level2": "服务对象满意度指标", "name": '服务企业满意度',
     "target": '95', "actual": '90',  # lines 787-789
     "weight": D("10"), "score": D("8"), "deviation": None},  # lines 790-792
    # ---- table 5 ----
    {"table": 5, "line": 1071, "level1": "产出指标", "level2": "质量指标", "name": '慰问对象的准确性',
     "target": '是否满足慰问条件', "actual": '100',  # lines 1071-1073
     "weight": D("10"), "score": D("10"), "deviation": None},  # lines 1074-1076
    {"table": 5, "line": 1081, "level1": "产出指标", "level2": "时效指标", "name": '集体福利费慰问及时率',
     "target": '15天', "actual": '15天',  # lines 1081-1083
     "weight": D("10"), "score": D("10"), "deviation": None},  # lines 1084-1086
    # ---- table 7 ----
    # weight 9 (not 10) - see table 7 anomaly
    {"table": 7, "line": 1403, "level1": "产出指标", "level2": "质量指标", "name": '提高老年人身体素质',
     "target": '较好提升', "actual": '较好提升',  # lines 1403-1405
     "weight": D("9"), "score": D("9"), "deviation": None},  # lines 1406-1408
    {"table": 7, "line": 1439, "level1": "效益指标", "level2": "社会效益指标", "name": '加大老年人参与体育活动的兴趣',
     "target": '逐步提升', "actual": '逐步提升',  # lines 1439-1441
     "weight": D("30"), "score": D("28"), "deviation": None},  # lines 1442-1444
    # ---- table 11 ----
    {"table": 11, "line": 2098, "level1": "产出指标", "level2": "时效指标", "name": '基金监督检查时间完成时间，如期引入第三方审计',
     "target": '如期开展检查或引入第三方审计', "actual": '如期开展',  # lines 2098-2100
     "weight": D("10"), "score": D("10"), "deviation": None},  # lines 2101-2103
    # 社会效益指标 row without a 效益指标 一级 label: level1 stays 产出指标 by the merged-cell rule
    {"table": 11, "line": 2109, "level1": "产出指标", "level2": "社会效益指标", "name": '长效管理机制健全性',
     "target": '是否建立健全长效管理机制，机制是否完整', "actual": '已建立',  # lines 2109-2111
     "weight": D("30"), "score": D("30"), "deviation": None},  # lines 2112-2114
    # ---- table 12 ----
    {"table": 12, "line": 2235, "level1": "产出指标", "level2": "数量指标", "name": '审核招聘方案',
     "target": '以各事业单位实际开展考试数为准', "actual": '100%',  # lines 2235-2237
     "weight": D("30"), "score": D("30"), "deviation": None},  # lines 2238-2240
    {"table": 12, "line": 2293, "level1": "满意度指标", "level2": "服务对象满意度指标", "name": '考生满意度',
     "target": '95', "actual": '95',  # lines 2293-2295
     "weight": D("10"), "score": D("9"), "deviation": None},  # lines 2296-2298
    # ---- table 15 ----
    {"table": 15, "line": 2778, "level1": "效益指标", "level2": "经济效益指标", "name": '上级部门对单位工作的认可度',
     "target": '较为认可', "actual": '较为认可',  # lines 2778-2780
     "weight": D("30"), "score": D("30"), "deviation": None},  # lines 2781-2783
    {"table": 15, "line": 2801, "level1": "满意度指标", "level2": "服务对象满意度指标", "name": '服务对象满意度',
     "target": '95', "actual": '95',  # lines 2801-2803
     "weight": D("10"), "score": D("10"), "deviation": None},  # lines 2804-2806
]

# Anomalies noticed while reading (candidates for review-rule tests; not used by the values above):
# - lines 144/145/155: "37,70.00" malformed thousands separator (= 3770.00 = 2801.21 + 968.79).
# - line 44: 2021 三公经费 46.72, but 24.27 (line 49) + 0.00 (line 64) + 22.48 (line 69) = 46.75.
# - table 7 (老年体协经费): 质量指标 weight 9 (line 1406); 产出 30+9+10 = 49 < cap 50; indicators 89 +
#   funds 10 = 99 but 总分 says 100 (line 1459). The score side is consistent (86 + 10 = 96, line 1460).
# - table 11 (市社保基金监督委员会工作经费): no 效益指标 一级 label and no (30分) cap; the 社会效益指标 row
#   (2105-2114) hangs under 产出指标(50分), whose rows then weigh 20+20+10+30 = 80.
# - department table: no 满意度指标 一级 label; 服务对象满意度指标 is a 二级 under 效益指标（40分）.
# - project figures vs 基础数据表 2022 决算 (万元): 老年体协经费 300000 元 (line 1329) vs 25.00 (line 86);
#   纪检组专项经费 144000 元 (line 1841) vs 18.45 (line 81). 城乡居民养老保险 144000 元 = 14.40 agrees.
# - the 18 project tables add up to 3393800 元 (339.38 万元) vs 项目支出 968.79 万元 (line 76) - the
#   project tables do not cover all project spending (not necessarily an error).
# - 2022 其中：办公经费 345.46 (lines 30-31) is almost all of 公用经费 346.63 (lines 25-26), while 2021 is 10.62 of 103.61.
# - line 74: "[bookmark: _GoBack]" export artefact in front of 694.08.
# - README says 17 project tables; the text has 18.
