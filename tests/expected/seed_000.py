"""Hand-verified expected values for seed 000 (../shared/seeds/000_a1e8d29c7864ba8d.txt).

Read by hand from the seed text (line numbers are 1-based lines of the seed file).
Layout reminder: Word export, one table row per block, each cell on its own line starting
with a TAB, blank line between rows. "line" of an indicator = line of its 三级指标 cell.
"""
from decimal import Decimal as D

SEED = "000_a1e8d29c7864ba8d.txt"
UNIT_NAME = "衡山县人力资源和社会保障局"   # line 137 (预算部门、单位名称); also 主管部门 of every project table
YEAR = 2024                              # line 3 "2024年度部门整体支出绩效评价基础数据表", line 135

# NB: the seeds README says "附件三 ×16", but the seed really holds 17 project tables
# (titles at lines 574, 786, 998, 1198, 1413, 1617, 1802, 1997, 2184, 2369, 2584, 2789,
#  2979, 3171, 3363, 3555, 3747).
FORMS = {
    "basic_data": 1,             # 附件一, line 1-132
    "department_evaluation": 1,  # 附件二, line 133-571
    "project_evaluation": 17,    # 附件三 x17, line 572-3935
    "self_report": 1,            # 附件四, line 3937-4079
    "final_account_table": 0,
    "final_account_notes": 0,
}

BASIC_DATA = {
    # header cells lines 4-7; data row lines 9-12 (first cell, line 9, is empty)
    "staffing": {"authorized": D("105"), "actual": D("82"), "control_rate": "78%"},  # lines 10, 11, 12
    # 经费控制情况（万元） block, lines 14-107: columns 2023 年决算数 / 2024 年预算数 / 2024 年决算数
    "rows": [
        ("三公经费:", D("8.06"), D("16.7"), D("2.7")),                 # lines 19-22 (ASCII colon as written)
        ("1、公务用车购置和维护经费", D("1"), D("1"), D("1")),          # lines 24-27
        ("其中：公车购置", None, None, None),                           # lines 29-32
        ("公车运行维护", D("1"), D("1"), D("1")),                       # lines 34-37
        ("2、出国经费", None, None, None),                              # lines 39-42
        ("4、公务接待", D("7.06"), D("15.7"), D("1.7")),                # lines 44-47 (numbering jumps 2、->4、, no 3、 in the seed)
        ("项目支出：", None, None, None),                               # lines 49-52
        ("1、业务工作经费", D("769.5"), D("665.21"), D("654.94")),      # lines 54-57
        ("2、运行维护经费", None, None, None),                          # lines 59-62
        ("……", None, None, None),                                       # lines 64-67
        ("4、省级专项资金（每个专项一行）", None, None, None),          # lines 69-72
        ("……", None, None, None),                                       # lines 74-77
        ("公用经费", D("135.03"), D("123"), D("125.93")),               # lines 79-82
        ("其中：办公经费", D("3.28"), D("123"), D("0.59")),             # lines 84-87
        ("水费、电费、差旅费", D("3.78"), None, D("15.79")),            # lines 89-92 (2024 预算数 blank, line 91)
        ("会议费、培训费", None, None, D("0.39")),                      # lines 94-97
        ("政府采购金额", None, D("367.63"), D("11.95")),                # lines 99-102 (2023 决算数 is "——", line 100)
        ("部门基本支出预算调整", None, D("1041.65"), D("1093.87")),     # lines 104-107 (2023 决算数 is "——", line 105)
    ],
    # NOT in "rows": the 楼堂馆所控制情况（2024 年完工项目） sub-table (lines 109-125, a different
    # 6-column header: 批复规模/实际规模/规模控制率/预算投资/实际投资/投资概算控制率, all data cells
    # empty) and 厉行节约保障措施 (lines 127-128, empty).
    "filler": "莫艳萍",      # line 132 "填表人：莫艳萍"
    "fill_date": "6月4日",   # line 132 "填报日期：6月4日"
}

# Scoring convention of this seed (all 18 tables): the indicator rows' 分值 add up to 90 and the
# funds row (年度资金总额) carries 分值 10, so 总分 = indicator sum + funds score.
# weight_sum / score_sum below are over the indicator rows only (funds row excluded).

EVALUATIONS = [
    # ---- 0: 部门整体 (附件二) ----
    {
        "kind": "department",
        "line": 135,
        "name": "衡山县人力资源和社会保障局",   # line 137
        "money_unit": "万元",                  # line 139-140 "年度预算申请（万元）"
        "funds": {
            # lines 149-156
            "total": {"initial": D("1706.86"), "adjusted": D("1748.44"), "executed": D("1748.44"),
                      "weight": D("10"), "rate": "100%", "score": D("10")},
        },
        # lines 158-176 ("其中： 一般公共预算：1706.86" line 163; 政府性基金拨款 line 167;
        # 纳入专户管理的非税收入拨款 line 171; 其他资金 line 175)
        "by_source": {"一般公共预算": D("1706.86"), "政府性基金拨款": None,
                      "纳入专户管理的非税收入拨款": None, "其他资金": None},
        "by_nature": {"基本支出": D("1041.65"), "项目支出": D("665.21")},  # lines 164, 168
        "level1_caps": {"产出指标": D("50"), "效益指标": D("40"), "满意度指标": D("10")},  # lines 223-224, 494-495, 555-556
        # 产出: 数量 10 (226,236,246,256,266,276,286,296,306,316), 质量 6 (326..376),
        #       时效 1 (386), 成本 10 (396..486) = 27
        # 效益: 经济效益 = 不适用此项指标 (497); 社会 3 (507,517,527), 生态 1 (537), 可持续 1 (547) = 5
        # 满意度: 1 (558)
        "indicator_counts": {"产出指标": 27, "效益指标": 5, "满意度指标": 1},
        "not_applicable": 1,   # line 497
        # 产出 数量 2+1+1+1+1+1+1+1+1+1=11; 质量 1*6=6; 时效 3; 成本 3*10=30 -> 50
        # 效益 6+6+6+6+6=30; 满意度 10  ->  50+30+10 = 90
        "weight_sum": D("90"),
        # 产出 数量 2+1*9=11; 质量 6; 时效 3; 成本 3+2+2+3+3+2+2+2+2+1=22 -> 42
        # 效益 6+6+5+6+5=28; 满意度 8  ->  42+28+8 = 78
        "score_sum": D("78"),
        "total_weight": D("100"),   # line 566 (= 90 + funds 10)
        "total_score": D("88"),     # line 567 (= 78 + funds 10)
    },
    # ---- 1 ----
    {
        "kind": "project",
        "line": 574,
        "name": "高校毕业生三支一扶",                    # line 576
        "supervisor": "衡山县人力资源和社会保障局",      # line 579
        "implementer": "衡山县人力资源和社会保障局",     # line 581
        "money_unit": "万元",                            # lines 583-584
        "funds": {
            "total":        {"initial": D("14.4"), "adjusted": D("37.6"), "executed": D("37.6"),
                             "weight": D("10"), "rate": "100%", "score": D("10")},          # lines 593-600
            "current_year": {"initial": D("14.4"), "adjusted": D("14.4"), "executed": D("14.4"),
                             "weight": None, "rate": None, "score": None},                   # lines 602-609
            "carryover":    {"initial": None, "adjusted": D("23.2"), "executed": D("23.2"),
                             "weight": None, "rate": None, "score": None},                   # lines 611-618
            "other":        {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 620-627
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("40"), "满意度指标": D("10")},  # lines 652-653, 723-724, 765-766
        # 产出 655,665,675,685,695 (then empty row 702-710 and "……" row 712-720, not counted)
        # 效益 726,736,746,757; 满意度 769
        "indicator_counts": {"产出指标": 5, "效益指标": 4, "满意度指标": 1},
        "not_applicable": 0,
        "weight_sum": D("90"),   # 10+10+10+10+10 + 5+5+10+10 + 10
        "score_sum": D("90"),    # 10+10+10+10+10 + 5+5+10+10 + 10
        "total_weight": D("100"),  # line 777
        "total_score": D("100"),   # line 778
    },
    # ---- 2 ----
    {
        "kind": "project",
        "line": 786,
        "name": "三支一扶工作经费本级配套",              # line 788
        "supervisor": "衡山县人力资源和社会保障局",      # line 791
        "implementer": "衡山县人力资源和社会保障局",     # line 793
        "money_unit": "万元",
        "funds": {
            "total":        {"initial": D("12.85"), "adjusted": D("12.85"), "executed": D("10.46"),
                             "weight": D("10"), "rate": "81.4%", "score": D("8")},           # lines 805-812
            "current_year": {"initial": D("12.85"), "adjusted": D("12.85"), "executed": D("10.46"),
                             "weight": None, "rate": None, "score": None},                   # lines 814-821
            "carryover":    {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 823-830
            "other":        {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 832-839
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("40"), "满意度指标": D("10")},  # lines 864-865, 935-936, 977-978
        # 产出 867,877,887,897,907 (empty row 914, "……" row 924 not counted); 效益 938,948,958,969; 满意度 981
        "indicator_counts": {"产出指标": 5, "效益指标": 4, "满意度指标": 1},
        "not_applicable": 0,
        "weight_sum": D("90"),   # 10+10+10+10+10 + 5+5+10+10 + 10
        "score_sum": D("87"),    # 10+10+9+10+8 + 5+5+10+10 + 10
        "total_weight": D("100"),  # line 989
        "total_score": D("95"),    # line 990 (= 87 + funds 8)
    },
    # ---- 3 ----
    {
        "kind": "project",
        "line": 998,
        "name": "核工业特殊困难群体帮扶解困资金",        # line 1000
        "supervisor": "衡山县人力资源和社会保障局",      # line 1003
        "implementer": "衡山县社会保险服务中心",         # line 1005
        "money_unit": "万元",
        "funds": {
            "total":        {"initial": D("6.684"), "adjusted": D("6.684"), "executed": D("6.684"),
                             "weight": D("10"), "rate": "100%", "score": D("10")},          # lines 1017-1024
            "current_year": {"initial": D("6.684"), "adjusted": D("6.684"), "executed": D("6.684"),
                             "weight": None, "rate": None, "score": None},                   # lines 1026-1033
            "carryover":    {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 1035-1042
            "other":        {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 1044-1051
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # lines 1076-1077, 1135-1136, 1177-1178
        # 产出 1081,1093,1105,1117,1127; 效益 (NA 1138) 1148,1158,1169; 满意度 1181
        "indicator_counts": {"产出指标": 5, "效益指标": 3, "满意度指标": 1},
        "not_applicable": 1,     # line 1138
        "weight_sum": D("90"),   # 10+15+15+5+5 + 10+10+10 + 10
        "score_sum": D("90"),    # 10+15+15+5+5 + 10+10+10 + 10
        "total_weight": D("100"),  # line 1189
        "total_score": D("100"),   # line 1190
    },
    # ---- 4 ----  (name says 未参保集体企业退休人员生活补贴, but goal/indicators are about 改制企业内退人员)
    {
        "kind": "project",
        "line": 1198,
        "name": "未参保集体企业退休人员生活补贴",        # line 1200
        "supervisor": "衡山县人力资源和社会保障局",      # line 1203
        "implementer": "衡山县社会保险服务中心",         # line 1205
        "money_unit": "万元",
        "funds": {
            "total":        {"initial": None, "adjusted": D("32.77"), "executed": D("32.77"),
                             "weight": D("10"), "rate": "100%", "score": D("10")},          # lines 1217-1224
            "current_year": {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 1226-1233
            "carryover":    {"initial": None, "adjusted": D("32.77"), "executed": D("32.77"),
                             "weight": None, "rate": None, "score": None},                   # lines 1235-1242
            "other":        {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 1244-1251
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # lines 1276-1277, 1355-1356, 1397-1398
        # 产出 1281,1291,1303,1313,1325,1335,1347; 效益 (NA 1358) 1368,1378,1389; 满意度 1401
        "indicator_counts": {"产出指标": 7, "效益指标": 3, "满意度指标": 1},
        "not_applicable": 1,     # line 1358
        "weight_sum": D("90"),   # 5+5+10+5+10+5+10 + 10+10+10 + 10
        "score_sum": D("90"),    # 5+5+10+5+10+5+10 + 10+10+10 + 10
        "total_weight": D("100"),  # line 1409
        "total_score": D("100"),   # line 1410
    },
    # ---- 5 ----
    {
        "kind": "project",
        "line": 1413,
        "name": "就业创业服务补贴",                      # line 1415
        "supervisor": "衡山县人力资源和社会保障局",      # line 1418
        "implementer": "衡山县就业服务就业中心",         # line 1420 (sic)
        "money_unit": "万元",
        "funds": {
            "total":        {"initial": D("33.6"), "adjusted": D("41.55"), "executed": D("40.8"),
                             "weight": D("10"), "rate": "98.2%", "score": D("9")},           # lines 1432-1439
            "current_year": {"initial": D("33.6"), "adjusted": D("33.6"), "executed": D("32.85"),
                             "weight": None, "rate": None, "score": None},                   # lines 1441-1448
            "carryover":    {"initial": None, "adjusted": D("7.95"), "executed": D("7.95"),
                             "weight": None, "rate": None, "score": None},                   # lines 1450-1457
            "other":        {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 1459-1466
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # lines 1490-1491, 1559-1560, 1601-1602
        # 产出 1495,1505,1515,1527,1539,1551; 效益 (NA 1562) 1572,1582,1593; 满意度 1605
        "indicator_counts": {"产出指标": 6, "效益指标": 3, "满意度指标": 1},
        "not_applicable": 1,     # line 1562
        "weight_sum": D("90"),   # 10+5+5+10+10+10 + 10+10+10 + 10
        "score_sum": D("88"),    # 10+5+5+10+9+9 + 10+10+10 + 10
        "total_weight": D("100"),  # line 1613
        "total_score": D("97"),    # line 1614 (= 88 + funds 9)
    },
    # ---- 6 ----
    {
        "kind": "project",
        "line": 1617,
        "name": "其他优抚支出",                          # line 1619
        "supervisor": "衡山县人力资源和社会保障局",      # line 1622
        "implementer": "衡山县就业服务就业中心",         # line 1624 (sic)
        "money_unit": "万元",
        "funds": {
            "total":        {"initial": None, "adjusted": D("211.35"), "executed": D("208.32"),
                             "weight": D("10"), "rate": "98.57%", "score": D("9")},          # lines 1636-1643
            "current_year": {"initial": None, "adjusted": D("211.35"), "executed": D("208.32"),
                             "weight": None, "rate": None, "score": None},                   # lines 1645-1652
            "carryover":    {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 1654-1661
            "other":        {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 1663-1670
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # lines 1695-1696, 1744-1745, 1786-1787
        # 产出 1700,1712,1724,1736; 效益 (NA 1747) 1757,1767,1778; 满意度 1790
        "indicator_counts": {"产出指标": 4, "效益指标": 3, "满意度指标": 1},
        "not_applicable": 1,     # line 1747
        "weight_sum": D("90"),   # 20+10+10+10 + 10+10+10 + 10
        "score_sum": D("88"),    # 20+10+9+9 + 10+10+10 + 10
        "total_weight": D("100"),  # line 1798
        # ANOMALY: written 100, but 88 + funds score 9 = 97
        "total_score": D("100"),   # line 1799
    },
    # ---- 7 ----
    {
        "kind": "project",
        "line": 1802,
        "name": "事业单位公开招考工作经费",              # line 1804
        "supervisor": "衡山县人力资源和社会保障局",      # line 1807
        "implementer": "衡山县人力资源和社会保障局",     # line 1809
        "money_unit": "万元",
        "funds": {
            "total":        {"initial": None, "adjusted": D("74.63"), "executed": D("69.46"),
                             "weight": D("10"), "rate": "93.07%", "score": D("9")},          # lines 1821-1828
            "current_year": {"initial": None, "adjusted": D("74.63"), "executed": D("69.46"),
                             "weight": None, "rate": None, "score": None},                   # lines 1830-1837
            "carryover":    {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 1839-1846
            "other":        {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 1848-1855
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # lines 1880-1881, 1939-1940, 1981-1982
        # 产出 1885,1897,1907,1919,1931; 效益 (NA 1942) 1952,1962,1973; 满意度 1985
        "indicator_counts": {"产出指标": 5, "效益指标": 3, "满意度指标": 1},
        "not_applicable": 1,     # line 1942
        "weight_sum": D("90"),   # 10+10+10+10+10 + 10+10+10 + 10
        "score_sum": D("88"),    # 10+10+10+9+9 + 10+10+10 + 10
        "total_weight": D("100"),  # line 1993
        "total_score": D("97"),    # line 1994 (= 88 + funds 9)
    },
    # ---- 8 ----
    {
        "kind": "project",
        "line": 1997,
        "name": "劳动保障专项经费",                      # line 1999
        "supervisor": "衡山县人力资源和社会保障局",      # line 2002
        "implementer": "衡山县人力资源和社会保障局",     # line 2004
        "money_unit": "万元",
        "funds": {
            # rate: 122.5/131.33 = 93.2765%, written 93.27% (truncated, not rounded)
            "total":        {"initial": D("126.9"), "adjusted": D("131.33"), "executed": D("122.5"),
                             "weight": D("10"), "rate": "93.27%", "score": D("9")},          # lines 2016-2023
            "current_year": {"initial": D("126.9"), "adjusted": D("126.9"), "executed": D("118.07"),
                             "weight": None, "rate": None, "score": None},                   # lines 2025-2032
            "carryover":    {"initial": None, "adjusted": D("4.43"), "executed": D("4.43"),
                             "weight": None, "rate": None, "score": None},                   # lines 2034-2041
            "other":        {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 2043-2050
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # lines 2077-2078, 2126-2127, 2168-2169
        # 产出 2082,2094,2106,2118; 效益 (NA 2129) 2139,2149,2160; 满意度 2172
        "indicator_counts": {"产出指标": 4, "效益指标": 3, "满意度指标": 1},
        "not_applicable": 1,     # line 2129
        "weight_sum": D("90"),   # 10+15+10+15 + 10+10+10 + 10
        "score_sum": D("86"),    # 10+15+8+13 + 10+10+10 + 10
        "total_weight": D("100"),  # line 2180
        # ANOMALY: written 94, but 86 + funds score 9 = 95
        "total_score": D("94"),    # line 2181
    },
    # ---- 9 ----
    {
        "kind": "project",
        "line": 2184,
        "name": "人社信息系统维护经费",                  # line 2186
        "supervisor": "衡山县人力资源和社会保障局",      # line 2189
        "implementer": "衡山县人力资源和社会保障局",     # line 2191
        "money_unit": "万元",
        "funds": {
            "total":        {"initial": D("35"), "adjusted": D("51.21"), "executed": D("48.21"),
                             "weight": D("10"), "rate": "94.14%", "score": D("9")},          # lines 2203-2210
            "current_year": {"initial": D("35"), "adjusted": D("35"), "executed": D("32"),
                             "weight": None, "rate": None, "score": None},                   # lines 2212-2219
            "carryover":    {"initial": None, "adjusted": D("16.21"), "executed": D("16.21"),
                             "weight": None, "rate": None, "score": None},                   # lines 2221-2228
            "other":        {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 2230-2237
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # lines 2262-2263, 2311-2312, 2353-2354
        # 产出 2267,2279,2291,2303; 效益 (NA 2314) 2324,2334,2345; 满意度 2357
        "indicator_counts": {"产出指标": 4, "效益指标": 3, "满意度指标": 1},
        "not_applicable": 1,     # line 2314
        "weight_sum": D("90"),   # 10+15+10+15 + 10+10+10 + 10
        "score_sum": D("88"),    # 10+15+9+14 + 10+10+10 + 10
        "total_weight": D("100"),  # line 2365
        "total_score": D("97"),    # line 2366 (= 88 + funds 9)
    },
    # ---- 10 ----
    {
        "kind": "project",
        "line": 2369,
        "name": "人才开发基金",                          # line 2371
        "supervisor": "衡山县人力资源和社会保障局",      # line 2374
        "implementer": "衡山县人力资源服务中心",         # line 2376
        "money_unit": "万元",
        "funds": {
            "total":        {"initial": None, "adjusted": D("12.42"), "executed": D("12.42"),
                             "weight": D("10"), "rate": "100%", "score": D("10")},          # lines 2388-2395
            "current_year": {"initial": None, "adjusted": D("7.2"), "executed": D("7.2"),
                             "weight": None, "rate": None, "score": None},                   # lines 2397-2404
            # ANOMALY: carryover executed 5.2 vs budget 5.22; 7.2 + 5.2 = 12.4 != total 12.42
            "carryover":    {"initial": None, "adjusted": D("5.22"), "executed": D("5.2"),
                             "weight": None, "rate": None, "score": None},                   # lines 2406-2413
            "other":        {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 2415-2422
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # lines 2447-2448, 2526-2527, 2568-2569
        # 产出 2452,2462,2474,2484,2496,2508,2518; 效益 (NA 2529) 2539,2549,2560; 满意度 2572
        "indicator_counts": {"产出指标": 7, "效益指标": 3, "满意度指标": 1},
        "not_applicable": 1,     # line 2529
        "weight_sum": D("90"),   # 5+5+5+5+10+5+15 + 10+10+10 + 10
        "score_sum": D("89"),    # 5+5+5+5+10+5+15 + 10+10+10 + 9
        "total_weight": D("100"),  # line 2580
        # ANOMALY: written 100, but 89 + funds score 10 = 99
        "total_score": D("100"),   # line 2581
    },
    # ---- 11 ----
    {
        "kind": "project",
        "line": 2584,
        "name": "其他国有土地使用权出让收入安排的支出",  # line 2586
        "supervisor": "衡山县人力资源和社会保障局",      # line 2589
        "implementer": "衡山县人力资源服务中心",         # line 2591
        "money_unit": "万元",
        "funds": {
            "total":        {"initial": None, "adjusted": D("35.08"), "executed": D("17.72"),
                             "weight": D("10"), "rate": "50.5%", "score": D("5")},           # lines 2603-2610
            "current_year": {"initial": None, "adjusted": D("35.08"), "executed": D("17.72"),
                             "weight": None, "rate": None, "score": None},                   # lines 2612-2619
            "carryover":    {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 2621-2628
            "other":        {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 2630-2637
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # lines 2662-2663, 2731-2732, 2773-2774
        # 产出 2667,2679,2689,2701,2713,2723; 效益 (NA 2734) 2744,2754,2765; 满意度 2777
        "indicator_counts": {"产出指标": 6, "效益指标": 3, "满意度指标": 1},
        "not_applicable": 1,     # line 2734
        "weight_sum": D("90"),   # 10+5+10+10+10+5 + 10+10+10 + 10
        "score_sum": D("81"),    # 10+5+10+5+10+1 + 10+10+10 + 10
        "total_weight": D("100"),  # line 2785
        "total_score": D("86"),    # line 2786 (= 81 + funds 5)
    },
    # ---- 12 ----
    {
        "kind": "project",
        "line": 2789,
        "name": "立功嘉奖人员奖励经费",                  # line 2791
        "supervisor": "衡山县人力资源和社会保障局",      # line 2794
        "implementer": "衡山县人力资源和社会保障局",     # line 2796
        "money_unit": "万元",
        "funds": {
            "total":        {"initial": D("2.25"), "adjusted": D("2.25"), "executed": D("2.25"),
                             "weight": D("10"), "rate": "100%", "score": D("10")},          # lines 2808-2815
            "current_year": {"initial": D("2.25"), "adjusted": D("2.25"), "executed": D("2.25"),
                             "weight": None, "rate": None, "score": None},                   # lines 2817-2824
            "carryover":    {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 2826-2833
            "other":        {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 2835-2842
        },
        # goal header row (lines 2844-2846) lacks the 年度总体目标 / 预期目标 labels: only 实际完成情况
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # lines 2867-2868, 2916-2917, 2958-2959
        # 产出 2872,2884,2896,2908; 效益 (NA 2919) 2929,2939,2950; 满意度 2962
        "indicator_counts": {"产出指标": 4, "效益指标": 3, "满意度指标": 1},
        "not_applicable": 1,     # line 2919
        "weight_sum": D("90"),   # 10+15+10+15 + 10+10+10 + 10
        "score_sum": D("90"),    # 10+15+10+15 + 10+10+10 + 10
        "total_weight": D("100"),  # line 2970
        "total_score": D("100"),   # line 2971
    },
    # ---- 13 ----
    {
        "kind": "project",
        "line": 2979,
        "name": "其他非税拨款安排的支出",                # line 2981
        "supervisor": "衡山县人力资源和社会保障局",      # line 2984
        "implementer": "衡山县人力资源和社会保障局",     # line 2986
        "money_unit": "万元",
        "funds": {
            "total":        {"initial": None, "adjusted": D("68.66"), "executed": D("46.26"),
                             "weight": D("10"), "rate": "67.38%", "score": D("6")},          # lines 2998-3005
            "current_year": {"initial": None, "adjusted": D("68.66"), "executed": D("46.26"),
                             "weight": None, "rate": None, "score": None},                   # lines 3007-3014
            "carryover":    {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 3016-3023
            "other":        {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 3025-3032
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # lines 3059-3060, 3108-3109, 3150-3151
        # 产出 3064,3076,3088,3100; 效益 (NA 3111) 3121,3131,3142; 满意度 3154
        "indicator_counts": {"产出指标": 4, "效益指标": 3, "满意度指标": 1},
        "not_applicable": 1,     # line 3111
        "weight_sum": D("90"),   # 10+15+10+15 + 10+10+10 + 10
        "score_sum": D("84"),    # 10+15+7+12 + 10+10+10 + 10
        "total_weight": D("100"),  # line 3162
        "total_score": D("90"),    # line 3163 (= 84 + funds 6)
    },
    # ---- 14 ----
    {
        "kind": "project",
        "line": 3171,
        "name": "制造立市、文旅兴城奖励资金",            # line 3173
        "supervisor": "衡山县人力资源和社会保障局",      # line 3176
        "implementer": "衡山县人力资源和社会保障局",     # line 3178
        "money_unit": "万元",
        "funds": {
            "total":        {"initial": None, "adjusted": D("10"), "executed": D("10"),
                             "weight": D("10"), "rate": "100%", "score": D("10")},          # lines 3190-3197
            "current_year": {"initial": None, "adjusted": D("10"), "executed": D("10"),
                             "weight": None, "rate": None, "score": None},                   # lines 3199-3206
            "carryover":    {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 3208-3215
            "other":        {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 3217-3224
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # lines 3251-3252, 3300-3301, 3342-3343
        # 产出 3256,3268,3280,3292; 效益 (NA 3303) 3313,3323,3334; 满意度 3346
        "indicator_counts": {"产出指标": 4, "效益指标": 3, "满意度指标": 1},
        "not_applicable": 1,     # line 3303
        "weight_sum": D("90"),   # 10+15+10+15 + 10+10+10 + 10
        "score_sum": D("90"),    # 10+15+10+15 + 10+10+10 + 10
        "total_weight": D("100"),  # line 3354
        "total_score": D("100"),   # line 3355
    },
    # ---- 15 ----
    {
        "kind": "project",
        "line": 3363,
        "name": "财税事业费",                            # line 3365
        "supervisor": "衡山县人力资源和社会保障局",      # line 3368
        "implementer": "衡山县人力资源和社会保障局",     # line 3370
        "money_unit": "万元",
        "funds": {
            "total":        {"initial": None, "adjusted": D("3.5"), "executed": D("2.48"),
                             "weight": D("10"), "rate": "70.86%", "score": D("7")},          # lines 3382-3389
            "current_year": {"initial": None, "adjusted": D("3.5"), "executed": D("2.48"),
                             "weight": None, "rate": None, "score": None},                   # lines 3391-3398
            "carryover":    {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 3400-3407
            "other":        {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 3409-3416
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # lines 3443-3444, 3492-3493, 3534-3535
        # 产出 3448,3460,3472,3484; 效益 (NA 3495) 3505,3515,3526; 满意度 3538
        "indicator_counts": {"产出指标": 4, "效益指标": 3, "满意度指标": 1},
        "not_applicable": 1,     # line 3495
        "weight_sum": D("90"),   # 10+15+10+15 + 10+10+10 + 10
        "score_sum": D("86"),    # 10+15+8+13 + 10+10+10 + 10
        "total_weight": D("100"),  # line 3546
        "total_score": D("93"),    # line 3547 (= 86 + funds 7)
    },
    # ---- 16 ----
    {
        "kind": "project",
        "line": 3555,
        "name": "财源建设资金",                          # line 3557
        "supervisor": "衡山县人力资源和社会保障局",      # line 3560
        "implementer": "衡山县人力资源和社会保障局",     # line 3562
        "money_unit": "万元",
        "funds": {
            "total":        {"initial": None, "adjusted": D("2"), "executed": D("2"),
                             "weight": D("10"), "rate": "100%", "score": D("10")},          # lines 3574-3581
            "current_year": {"initial": None, "adjusted": D("2"), "executed": D("2"),
                             "weight": None, "rate": None, "score": None},                   # lines 3583-3590
            "carryover":    {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 3592-3599
            "other":        {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 3601-3608
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # lines 3635-3636, 3684-3685, 3726-3727
        # 产出 3640,3652,3664,3676; 效益 (NA 3687) 3697,3707,3718; 满意度 3730
        "indicator_counts": {"产出指标": 4, "效益指标": 3, "满意度指标": 1},
        "not_applicable": 1,     # line 3687
        "weight_sum": D("90"),   # 10+15+10+15 + 10+10+10 + 10
        "score_sum": D("90"),    # 10+15+10+15 + 10+10+10 + 10
        "total_weight": D("100"),  # line 3738
        "total_score": D("100"),   # line 3739
    },
    # ---- 17 ----
    {
        "kind": "project",
        "line": 3747,
        "name": "为民办实事配套经费",                    # line 3749
        "supervisor": "衡山县人力资源和社会保障局",      # line 3752
        "implementer": "衡山县人力资源和社会保障局",     # line 3754
        "money_unit": "万元",
        "funds": {
            "total":        {"initial": None, "adjusted": D("2"), "executed": D("2"),
                             "weight": D("10"), "rate": "100%", "score": D("10")},          # lines 3766-3773
            "current_year": {"initial": None, "adjusted": D("2"), "executed": D("2"),
                             "weight": None, "rate": None, "score": None},                   # lines 3775-3782
            "carryover":    {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 3784-3791
            "other":        {"initial": None, "adjusted": None, "executed": None,
                             "weight": None, "rate": None, "score": None},                   # lines 3793-3800
        },
        "level1_caps": {"产出指标": D("50"), "效益指标": D("30"), "满意度指标": D("10")},  # lines 3827-3828, 3876-3877, 3918-3919
        # 产出 3832,3844,3856,3868; 效益 (NA 3879) 3889,3899,3910; 满意度 3922
        "indicator_counts": {"产出指标": 4, "效益指标": 3, "满意度指标": 1},
        "not_applicable": 1,     # line 3879
        "weight_sum": D("90"),   # 10+15+10+15 + 10+10+10 + 10
        "score_sum": D("90"),    # 10+15+10+15 + 10+10+10 + 10
        "total_weight": D("100"),  # line 3930
        "total_score": D("100"),   # line 3931
    },
]

SAMPLE_INDICATORS = [
    # ---- table 0: department (附件二) ----
    {"table": 0, "line": 226,   # cell is "人员保障经费、日常运转经费  " (two trailing spaces)
     "level1": "产出指标", "level2": "数量指标", "name": "人员保障经费、日常运转经费",
     "target": "在职82人、抚恤4人、退休53人", "actual": "在职82人、抚恤4人、退休53人",
     "weight": D("2"), "score": D("2"), "deviation": None},                       # lines 226-231
    {"table": 0, "line": 236,
     "level1": "产出指标", "level2": "数量指标", "name": "招聘活动、就业创业宣传、就业信息采集",
     "target": "8场、6次、4次", "actual": "8场、6次、4次",
     "weight": D("1"), "score": D("1"), "deviation": None},                       # lines 236-241
    {"table": 0, "line": 286,
     "level1": "产出指标", "level2": "数量指标", "name": "事业单位公开招考",
     "target": "以实际招考人数为准", "actual": "111人",
     "weight": D("1"), "score": D("1"), "deviation": None},                       # lines 286-291
    {"table": 0, "line": 326,   # cell has one trailing space
     "level1": "产出指标", "level2": "质量指标", "name": "人员保障经费、日常运转经费完成率",
     "target": "100%", "actual": "100%",
     "weight": D("1"), "score": D("1"), "deviation": None},                       # lines 326-331
    {"table": 0, "line": 346,
     "level1": "产出指标", "level2": "质量指标", "name": "代发资金工作完成率",
     "target": "≥95%", "actual": "95%",
     "weight": D("1"), "score": D("1"), "deviation": None},                       # lines 346-351
    {"table": 0, "line": 386,
     "level1": "产出指标", "level2": "时效指标", "name": "资金支出时效性",
     "target": "及时支出", "actual": "及时支出",
     "weight": D("3"), "score": D("3"), "deviation": None},                       # lines 386-391
    {"table": 0, "line": 396,
     "level1": "产出指标", "level2": "成本指标", "name": "基本支出",
     "target": "≤1041.65万元", "actual": "≤1093.87万元",
     "weight": D("3"), "score": D("3"), "deviation": None},                       # lines 396-401
    {"table": 0, "line": 406,
     "level1": "产出指标", "level2": "成本指标", "name": "就业创业服务补贴",
     "target": "≤41.55万元", "actual": "≤40.8万元",
     "weight": D("3"), "score": D("2"), "deviation": None},                       # lines 406-411
    {"table": 0, "line": 436,
     "level1": "产出指标", "level2": "成本指标", "name": "改制企业内退人员",
     "target": "按实际支出数代发", "actual": "≤32.77万元",
     "weight": D("3"), "score": D("3"), "deviation": None},                       # lines 436-441
    {"table": 0, "line": 456,   # cost indicator written with ≥ (U+2265), not ≤
     "level1": "产出指标", "level2": "成本指标", "name": "事业单位公开招考工作",
     "target": "≥74.63万元", "actual": "≥69.46万元",
     "weight": D("3"), "score": D("2"), "deviation": None},                       # lines 456-461
    {"table": 0, "line": 486,   # last 产出 row, just before the 不适用 row
     "level1": "产出指标", "level2": "成本指标", "name": "人才开发基金",
     "target": "≤47.5万元", "actual": "≤30.14万元",
     "weight": D("3"), "score": D("1"), "deviation": None},                       # lines 486-491
    # (line 497: 效益指标 / 经济效益指标 / "不适用此项指标", all other cells empty -> not_applicable, not an indicator)
    {"table": 0, "line": 507,   # first row after the 不适用 row; 一级 label 效益指标 is on line 494 (same row as 不适用)
     "level1": "效益指标", "level2": "社会效益指标", "name": "有利于社会和谐稳定",
     "target": "≥95%", "actual": "≥95%",
     "weight": D("6"), "score": D("6"), "deviation": None},                       # lines 507-512
    {"table": 0, "line": 517,   # "≧" is U+2267 here, not "≥"
     "level1": "效益指标", "level2": "社会效益指标", "name": "提高“三支一扶”大学生社会保障水平",
     "target": "≧99%", "actual": "≧99%",
     "weight": D("6"), "score": D("6"), "deviation": None},                       # lines 517-522
    {"table": 0, "line": 537,
     "level1": "效益指标", "level2": "生态效益指标", "name": "资源节约情况",
     "target": "厉行节约", "actual": "厉行节约",
     "weight": D("6"), "score": D("6"), "deviation": None},                       # lines 537-542
    {"table": 0, "line": 547,
     "level1": "效益指标", "level2": "可持续影响指标", "name": "提升县人社工作的影响力",
     "target": "影响力提升明显", "actual": "影响力提升明显",
     "weight": D("6"), "score": D("5"), "deviation": None},                       # lines 547-552
    {"table": 0, "line": 558,
     "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "服务对象满意度",
     "target": "≥95%", "actual": "≥95%",
     "weight": D("10"), "score": D("8"), "deviation": None},                      # lines 558-563

    # ---- table 2: 三支一扶工作经费本级配套 ----
    {"table": 2, "line": 887,
     "level1": "产出指标", "level2": "时效指标", "name": "工资福利发放及时性",
     "target": "及时", "actual": "及时",
     "weight": D("10"), "score": D("9"), "deviation": "财政资金统筹安排，未能及时支出"},  # lines 887-892
    {"table": 2, "line": 907,
     "level1": "产出指标", "level2": "成本指标", "name": "高校毕业生三支一扶",
     "target": "≤12.85万元", "actual": "≤10.46万元",
     "weight": D("10"), "score": D("8"), "deviation": "财政资金统筹安排，未能及时支出"},  # lines 907-912

    # ---- table 4: 未参保集体企业退休人员生活补贴 ----
    {"table": 4, "line": 1347,  # 二级 label "成本\n\n指标" lines 1344-1346
     "level1": "产出指标", "level2": "成本指标", "name": "改制企业内退人员生活费",
     "target": "按实际支出数代发", "actual": "≤32.77万元",
     "weight": D("10"), "score": D("10"), "deviation": None},                     # lines 1347-1352
    {"table": 4, "line": 1401,  # 二级 label "服务对\n象满意度指标" lines 1399-1400; "≧" U+2267
     "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "服务对象满意度",
     "target": "≧99%", "actual": "≧99%",
     "weight": D("10"), "score": D("10"), "deviation": None},                     # lines 1401-1406

    # ---- table 7: 事业单位公开招考工作经费 ----
    {"table": 7, "line": 1885,  # 一级 label lines 1880-1881, 二级 "数量\n\n指标" lines 1882-1884
     "level1": "产出指标", "level2": "数量指标", "name": "事业单位公开招考人数",
     "target": "以实际招考人数为准", "actual": "111人",
     "weight": D("10"), "score": D("10"), "deviation": None},                     # lines 1885-1890
    {"table": 7, "line": 1931,  # "≧" U+2267 on a cost indicator
     "level1": "产出指标", "level2": "成本指标", "name": "事业单位公开招考工作经费",
     "target": "≧74.63万元", "actual": "≧69.46万元",
     "weight": D("10"), "score": D("9"), "deviation": "财政资金统筹安排，未能及时支出"},  # lines 1931-1936

    # ---- table 11: 其他国有土地使用权出让收入安排的支出 ----
    {"table": 11, "line": 2701,
     "level1": "产出指标", "level2": "时效指标", "name": "资金支出时效性",
     "target": "及时支出", "actual": "及时支出",
     "weight": D("10"), "score": D("5"), "deviation": "预拨资金，按月支出"},       # lines 2701-2706
    {"table": 11, "line": 2723,
     "level1": "产出指标", "level2": "成本指标", "name": "引进青年人才补贴",
     "target": "≤35.08万元", "actual": "≤17.72万元",
     "weight": D("5"), "score": D("1"), "deviation": "预拨资金，按月支出"},        # lines 2723-2728

    # ---- table 12: 立功嘉奖人员奖励经费 ----
    {"table": 12, "line": 2872,  # target/actual are just "人" (the number is missing in the seed)
     "level1": "产出指标", "level2": "数量指标", "name": "立功嘉奖人员人数",
     "target": "人", "actual": "人",
     "weight": D("10"), "score": D("10"), "deviation": None},                     # lines 2872-2877
    {"table": 12, "line": 2908,
     "level1": "产出指标", "level2": "成本指标", "name": "立功嘉奖人员奖励经费",
     "target": "≤2.25万元", "actual": "≤2.25万元",
     "weight": D("15"), "score": D("15"), "deviation": None},                     # lines 2908-2913
]

# 附件四 自评报告 (lines 3937-4079). Cover page lines 3939-3946 (title "2024年度衡山县人力资源和社会保障局"
# / "部门整体支出绩效自评报告", "（此页为封面）"); title repeated at 3947/3949, where line 3949 reads
# "部               部门整体支出绩效自评报告" (stray "部" + spaces). Not headings, not listed.
# Texts below are trimmed (lines 3990, 3992, 3993, 4045 have one leading ASCII space, 4037 four).
# Numbered body paragraphs that are NOT headings and are left out: 3957-3978 (duties "1.贯彻执行…"
# … "12.承办…"), 3982/3984 ("1.人社局所属的6个事业单位…", "2.人社局内设13个股室…"),
# 4038-4041 and 4046-4048, 4054-4056, 4061-4063, 4069-4070 (the "（1）…" items).
REPORT_HEADINGS = [
    (3951, "部门基本情况"),            # numbering "一、" missing in the export
    (3953, "（一）基本情况"),
    (3980, "（二）机构设置"),
    (3986, "(三)人员编制情况"),        # half-width parentheses as written
    (3990, "二、一般公共预算支出情况"),
    (3992, "（一）基本支出情况"),
    (3993, "1.基本支出情况"),
    (3997, "2.“三公”经费执行情况"),
    (4001, "（二）项目支出情况"),
    (4005, "三、政府性基金预算支出情况"),
    (4008, "部门整体支出绩效情况"),    # numbering "四、" missing in the export
    (4010, "1.整体绩效目标完成情况"),
    (4014, "（一）融入发展大局，全面激发就业创业活力"),   # （一）-（六） sit under "1." here
    (4018, "（二）顺应民生期盼，全面完善社会保障体系"),
    (4022, "（三）突出双招双引，全面提升县域经济发展质效"),
    (4026, "（四）注重惩防并举，全面构建和谐劳动关系"),
    (4030, "（五）抓好风险防控，确保社保基金安全"),
    (4034, "（六）推动解决民生问题，让幸福可感可知可及"),
    (4037, "2.项目绩效目标完成情况(仅对50万元以上的项目资金进行分项说明）"),  # mixed "(" and "）" as written
    (4043, "五、存在的问题及原因分析"),
    (4045, "1.预算及预算管理方面"),
    (4049, "2.资产管理方面"),
    (4052, "3.资金分配、使用和管理方面"),
    (4057, "六、下一步改进措施"),
    (4059, "1.预算及预算管理方面"),
    (4064, "2.资产管理方面"),
    (4067, "3.资金分配、使用和管理方面"),
    (4071, "七、部门整体支出绩效自评结果拟应用和公开情况"),
    (4076, "八、其他需要说明的情况"),
]
