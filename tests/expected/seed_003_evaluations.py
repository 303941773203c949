"""Hand-verified expected values for seed 003 (../shared/seeds/003_c0781168737441b9.txt).

Scope: only the 附件 part from line 786 on (基础数据表 line 786, 部门整体自评表 line 821,
13 项目支出绩效自评表 lines 857-1205). The 部门决算 tables and the 自评报告 before line 786 are
NOT covered here, so FORMS is deliberately not given.

Reading notes (PDF-to-Markdown export, TAB-separated cells, merged cells collapsed):
- Cells are often shifted one column left/right; values were read by meaning as the brief says:
  the last two plain numbers of an indicator row = 分值, 得分 (a trailing text cell = 偏差原因);
  the two cells before 分值 = 年度指标值, 实际完成值; the cell before those = 三级指标.
- Funds row: the "%" cell is 执行率, the number before it 分值, the cell after it 得分; the amounts
  before 分值 are (年初预算数,) 全年预算数, 全年执行数, right-aligned.
- Sub-rows of the funds block (当年财政拨款 / 上年结转资金 / 其他资金): their 分值/执行率/得分 cells
  are blank in the seed (merged with the total row) and are given as None.
- Several project tables have no "得分" header label in the funds block (lines 861, 961, 996,
  1020, 1156, 1177) but still have a 9th cell after 执行率; where that cell is blank, score is
  None. Table 3 (劳动能力鉴定经费, line 908) has only 8 columns: no 得分 cell and no 偏差原因 column
  at all, so "score" is omitted from its funds. Table 4 (人社专项支出) also has only 8 columns in
  its indicator block (no 偏差原因 column) but its funds block has 得分.
- Text values are kept exactly as written (trimmed). In table 3 the PDF line breaks survive as
  spaces inside CJK text ("医学鉴定人 次"); they are kept as written and flagged in comments.
  Level labels (一级/二级) are given without caps and without such breaks ("经济效 益指标" ->
  "经济效益指标").
- weight_sum / score_sum are over indicator rows only (the funds row is not an indicator row).
  In every table weight_sum + funds 分值 10 = 总分 100.
- No row in this part says 不适用此项指标, so not_applicable is 0 everywhere.
- No level1 caps ("(50分)") are written anywhere in this part, so level1_caps is omitted.
"""
from decimal import Decimal as D

SEED = "003_c0781168737441b9.txt"
UNIT_NAME = "株洲市人力资源和社会保障局"  # line 823 (部门整体自评表 单位名称); also 主管部门 lines 860 etc.
YEAR = 2024  # lines 786, 821, 857 ("2024 年度...")

BASIC_DATA = {  # 2024 年度部门（单位）整体支出绩效评价基础数据表, line 786
    "staffing": {"authorized": D("49"), "actual": D("49"), "control_rate": "100%"},  # lines 788-789
    # columns (line 790): 2023年决算数, 2024年预算数, 2024年决算数
    "rows": [
        ("三公经费", D("20.75"), D("44"), D("34.49")),                       # line 791 (no colon)
        ("1、公务用车购置和维护经费", D("10.44"), D("21"), D("18.6")),          # line 792
        ("其中：公车购置", D("0"), None, None),                               # line 793
        ("公车运行维护", D("10.44"), D("21"), D("18.6")),                     # line 794
        ("2、出国经费", D("0"), D("5"), D("6.98")),                           # line 795 (决算 > 预算)
        ("3、公务接待", D("10.31"), D("18"), D("8.91")),                      # line 796
        ("项目支出：", D("2853.37"), D("812.5"), D("2687.75")),               # line 797
        ("1、业务工作经费", D("303.12"), D("482"), D("472.77")),              # line 798
        ("2、运行维护经费", None, None, None),                               # line 799 (empty)
        ("....", None, None, None),                                          # line 800 (placeholder row)
        ("3、市级专项资金(一个专项一行)", D("2550.25"), D("330.5"), D("2214.98")),  # line 801
        ("人力资源和社会保障专项支出", D("184.79"), D("175.5"), D("150.3")),   # line 802
        ("市直事业单位公开招聘专项经费", D("135"), D("135"), D("135")),        # line 803
        ("社会保险基金监督专项", D("17.93"), D("20"), D("19.25")),             # line 804
        ("就业专项资金", D("933.25"), D("0"), D("749.85")),                   # line 805
        ("人才队伍建设专项经费", D("603.24"), D("0"), D("563.69")),            # line 806
        ("助学金", D("598.4"), D("0"), D("396.2")),                           # line 807
        ("奖学金", D("21.6"), D("0"), D("6.6")),                              # line 808
        ("事业单位集中引才工作经费", None, D("0"), D("104")),                  # line 809 (2023 blank)
        ("其他零星项目", D("56.04"), D("0"), D("90.09")),                     # line 810
        ("公用经费", D("352.88"), D("210.25"), D("185.91")),                  # line 811
        ("其中：办公经费", D("264.02"), D("188.25"), D("185.91")),             # line 812
        ("水费、电费、差旅费", D("88.86"), D("22"), D("0")),                  # line 813
        ("会议费、培训费", D("0"), D("0"), D("0")),                           # line 814
        ("政府采购金额", None, D("708.27"), D("652.51")),                     # line 815 (2023 = "---")
        ("部门基本支出预算调整", None, D("95.24"), D("95.24")),                # line 816 (2023 = "---")
    ],
    # Not in "rows" (different column layout): 楼堂馆所控制情况 (2023年完工项目) lines 817-818,
    # all six values 0 (批复规模, 实际规模, 规模控制率, 预算投资, 实际投资, 投资概算控制率);
    # 厉行节约保障措施 line 819 (three numbered measures, text).
    "filler": None,      # no 填表人 in the seed (lines 786-819)
    "fill_date": None,   # no 填报日期 in the seed
}

EVALUATIONS = [
    # ---------------------------------------------------------------- 0: department
    {
        "kind": "department",
        "line": 821,
        "name": "株洲市人力资源和社会保障局",  # line 823
        "money_unit": "万元",  # line 824 "年度预算申请 (万元)"
        "funds": {
            # line 825: 年度资金总额 2230.21 | 4415.73 | 4133 | 10 | 93.6% | 9.36
            "total": {"initial": D("2230.21"), "adjusted": D("4415.73"), "executed": D("4133"),
                      "weight": D("10"), "rate": "93.6%", "score": D("9.36")},
        },
        "by_source": {
            "一般公共预算": D("4133"),          # line 827 "其中：一般公共预算：4133 万元"
            "政府性基金拨款": None,             # line 828 (blank)
            "纳入专户管理的非税收入拨款": None,  # line 829 (blank)
            "其他资金": None,                   # line 830 (blank; label shifted into 年度总体目标 row)
        },
        "by_nature": {
            "基本支出": D("1445.25"),  # line 827 "其中：基本支出：1445.25 万元"
            "项目支出": D("2687.74"),  # line 828 "项目支出：2687.74 万元" (基础数据表 line 797 says 2687.75)
        },
        # 产出: 834,835,836,837,838,839 = 6; 效益: 841,842 (社会效益), 846,847 (可持续影响,
        # label misplaced into the 一级 column) = 4; 满意度: 848 = 1; 成本: 850 = 1.
        # Not indicator rows: 840 (labels only: 效益指标/社会效益指标/经济效益指标), 844 (label),
        # 845, 849, 851, 852, 853, 854 (labels and "....."/"......." placeholders).
        "indicator_counts": {"产出指标": 6, "效益指标": 4, "满意度指标": 1, "成本指标": 1},
        "not_applicable": 0,
        # 5+5+10+5 (834-837) + 10+10 (838-839) + 10+10 (841-842) + 5+5 (846-847) + 10 (848) + 5 (850) = 90
        "weight_sum": D("90"),
        # same rows, all full marks: 5+5+10+5+10+10+10+10+5+5+10+5 = 90
        "score_sum": D("90"),
        "total_weight": D("100"),   # line 855
        "total_score": D("99.36"),  # line 855 (= 90 + funds 9.36)
    },
    # ---------------------------------------------------------------- 1
    {
        "kind": "project",
        "line": 857,
        "name": "专业技术人员职业资格考试考务经费",  # line 859
        "supervisor": "株洲市人力资源和社会保障局",  # line 860
        "implementer": "株洲市人力资源和社会保障局",  # line 860
        "money_unit": "万元",  # line 861
        "funds": {
            # line 862: ∅ | 288 | 285.89 | 285.89 | 10 | 100% | ∅  (header line 861 has no 得分 label;
            # the cell after 100% is blank)
            "total": {"initial": D("288"), "adjusted": D("285.89"), "executed": D("285.89"),
                      "weight": D("10"), "rate": "100%", "score": None},
            "current_year": {"initial": D("288"), "adjusted": D("285.89"), "executed": D("285.89"),
                             "weight": None, "rate": None, "score": None},  # line 863
            "carryover": {"initial": None, "adjusted": None, "executed": None,
                          "weight": None, "rate": None, "score": None},     # line 864
            "other": {"initial": None, "adjusted": None, "executed": None,
                      "weight": None, "rate": None, "score": None},         # line 865
        },
        # 产出: 869, 870 (数量), 871 (质量, label shifted into 一级 column), 872 (时效) = 4;
        # 效益: 874 = 1 (873, 875, 877 labels only); 满意度: 878 = 1; 成本: 879 = 1 (880-881 ".....")
        "indicator_counts": {"产出指标": 4, "效益指标": 1, "满意度指标": 1, "成本指标": 1},
        "not_applicable": 0,
        "weight_sum": D("90"),  # 10+10+20+10 (869-872) + 20 (874) + 10 (878) + 10 (879) = 90
        "score_sum": D("80"),   # 5+5+20+10 + 20 + 10 + 10 = 80
        "total_weight": D("100"),  # line 882
        "total_score": D("90"),    # line 882 (= 80 + an unwritten funds score of 10)
    },
    # ---------------------------------------------------------------- 2
    {
        "kind": "project",
        "line": 884,
        "name": "职业技能鉴定考试考务经费",  # line 886
        "supervisor": "株洲市人力资源和社会保障局",      # line 887
        "implementer": "株洲市人力资源和社会保障局机关",  # line 887
        "money_unit": "万元",  # line 888
        "funds": {
            # line 889: 40 | 35.28 | 35.28 | 10 | 100% | 10
            "total": {"initial": D("40"), "adjusted": D("35.28"), "executed": D("35.28"),
                      "weight": D("10"), "rate": "100%", "score": D("10")},
            "current_year": {"initial": D("40"), "adjusted": D("35.28"), "executed": D("35.28"),
                             "weight": None, "rate": None, "score": None},  # line 890
            "carryover": {"initial": None, "adjusted": None, "executed": None,
                          "weight": None, "rate": None, "score": None},     # line 891
            "other": {"initial": None, "adjusted": None, "executed": None,
                      "weight": None, "rate": None, "score": None},         # line 892
        },
        # 产出: 896, 897, 898 = 3; 效益: 900 = 1 (899, 901 labels); 满意度: 902 = 1;
        # 成本: 903 = 1 (904, 905 labels only)
        "indicator_counts": {"产出指标": 3, "效益指标": 1, "满意度指标": 1, "成本指标": 1},
        "not_applicable": 0,
        "weight_sum": D("90"),  # 20+10+10 (896-898) + 20 (900) + 10 (902) + 20 (903) = 90
        "score_sum": D("80"),   # 10+10+10 + 20 + 10 + 20 = 80
        "total_weight": D("100"),  # line 906
        "total_score": D("90"),    # line 906 (= 80 + funds 10)
    },
    # ---------------------------------------------------------------- 3
    {
        "kind": "project",
        "line": 908,
        "name": "劳动能力鉴定经费",  # line 910
        "supervisor": "株洲市人力资源和社会保障局",      # line 911
        "implementer": "株洲市人力资源和社会保障局机关",  # line 911
        "money_unit": "万元",  # line 912
        "funds": {
            # line 913: 40 | 39 | 39 | 10 | 100%  -- 8-column table, there is NO 得分 cell (header
            # line 912 ends with 执行率), so "score" is omitted.
            "total": {"initial": D("40"), "adjusted": D("39"), "executed": D("39"),
                      "weight": D("10"), "rate": "100%"},
            "current_year": {"initial": D("40"), "adjusted": D("39"), "executed": D("39"),
                             "weight": None, "rate": None},  # line 914
            "carryover": {"initial": None, "adjusted": None, "executed": None,
                          "weight": None, "rate": None},     # line 915
            "other": {"initial": None, "adjusted": None, "executed": None,
                      "weight": None, "rate": None},         # line 916
        },
        # 产出: 920, 921, 922 = 3; 效益: 923 (经济效益), 924 (社会效益) = 2 (925 label only);
        # 满意度: 926 = 1; 成本: 927 = 1 (928, 929 labels only)
        "indicator_counts": {"产出指标": 3, "效益指标": 2, "满意度指标": 1, "成本指标": 1},
        "not_applicable": 0,
        "weight_sum": D("90"),  # 20+10+10 (920-922) + 10+10 (923-924) + 10 (926) + 20 (927) = 90
        "score_sum": D("80"),   # 10+10+10 + 10+10 + 10 + 20 = 80
        "total_weight": D("100"),  # line 930
        "total_score": D("90"),    # line 930 (= 80 + an unwritten funds score of 10)
    },
    # ---------------------------------------------------------------- 4
    {
        "kind": "project",
        "line": 932,
        "name": "人社专项支出",  # line 934 (name cell shifted one column right)
        "supervisor": "株洲市人力资源和社会保障局",      # line 935
        "implementer": "株洲市人力资源和社会保障局机关",  # line 935
        "money_unit": "万元",  # line 936
        "funds": {
            # line 937: 114 | 150.8 | 12.6 | 10 | 100% | 10  (as written; 12.6/150.8 is 8.4%, not 100%)
            "total": {"initial": D("114"), "adjusted": D("150.8"), "executed": D("12.6"),
                      "weight": D("10"), "rate": "100%", "score": D("10")},
            # line 938: 114 | 112.6 | 12.6 (全年预算 112.6 differs from the total row's 150.8)
            "current_year": {"initial": D("114"), "adjusted": D("112.6"), "executed": D("12.6"),
                             "weight": None, "rate": None, "score": None},
            "carryover": {"initial": None, "adjusted": None, "executed": None,
                          "weight": None, "rate": None, "score": None},  # line 939
            "other": {"initial": None, "adjusted": None, "executed": None,
                      "weight": None, "rate": None, "score": None},      # line 940
        },
        # 产出: 944, 945 (适岗率, still under 数量指标 by the merged cell), 946 = 3;
        # 效益: 948 (社会效益), 950 (可持续影响) = 2 (947 label, 949 生态效益 label in 三级 column);
        # 满意度: 951 = 1;
        # 成本: 952 = 1 -- the 一级 label 成本指标 is missing from this table, but the row's 二级 is
        # 经济成本指标, which only exists under an 一级 成本指标 (not under 产出), so -> 成本指标.
        # (953, 954 labels only.)
        "indicator_counts": {"产出指标": 3, "效益指标": 2, "满意度指标": 1, "成本指标": 1},
        "not_applicable": 0,
        "weight_sum": D("90"),  # 10+20+10 (944-946) + 15+15 (948, 950) + 10 (951) + 10 (952) = 90
        "score_sum": D("82"),   # 2+20+10 + 15+15 + 10 + 10 = 82
        "total_weight": D("100"),  # line 955
        "total_score": D("92"),    # line 955 (= 82 + funds 10)
    },
    # ---------------------------------------------------------------- 5
    {
        "kind": "project",
        "line": 957,
        "name": "人力资源和社会保障专项支出",  # line 959
        "supervisor": "株洲市人力资源和社会保障局",      # line 960
        "implementer": "株洲市人力资源和社会保障局机关",  # line 960
        "money_unit": "万元",  # line 961
        "funds": {
            # line 962: 175.5 | 150.8 | 150.3 | 10 | 99.67% | ∅  (no 得分 label in header line 961;
            # cell after 99.67% blank)
            "total": {"initial": D("175.5"), "adjusted": D("150.8"), "executed": D("150.3"),
                      "weight": D("10"), "rate": "99.67%", "score": None},
            "current_year": {"initial": D("175.5"), "adjusted": D("150.8"), "executed": D("150.3"),
                             "weight": None, "rate": None, "score": None},  # line 963
            "carryover": {"initial": None, "adjusted": None, "executed": None,
                          "weight": None, "rate": None, "score": None},     # line 964
            "other": {"initial": None, "adjusted": None, "executed": None,
                      "weight": None, "rate": None, "score": None},         # line 965
        },
        # 产出: 969 (一级 label 产出指标 sits in the middle row 970), 970, 971 (数量), 973, 974 (质量),
        # 975 (时效) = 6 (976 "....." placeholder);
        # 效益: 978, 979 (社会效益; no 一级 效益指标 label anywhere in this table) = 2
        # (977, 980, 982 labels; 981, 983 placeholders); 满意度: 984 = 1 (985 placeholder);
        # 成本: 986 = 1 (987 placeholder; 988, 989 labels)
        "indicator_counts": {"产出指标": 6, "效益指标": 2, "满意度指标": 1, "成本指标": 1},
        "not_applicable": 0,
        # 10+10+10 (969-971) + 10+10 (973-974) + 10 (975) + 5+5 (978-979) + 10 (984) + 10 (986) = 90
        "weight_sum": D("90"),
        # 5+10+10 + 10+10 + 10 + 5+5 + 10 + 10 = 85
        "score_sum": D("85"),
        "total_weight": D("100"),    # line 990
        "total_score": D("94.97"),   # line 990 (= 85 + an unwritten funds score 9.97 = 10 x 99.67%)
    },
    # ---------------------------------------------------------------- 6
    {
        "kind": "project",
        "line": 992,
        "name": "市直事业单位公开招聘专项经费",  # line 994
        "supervisor": "株洲市人力资源和社会保障局",      # line 995
        "implementer": "株洲市人力资源和社会保障局机关",  # line 995
        "money_unit": "万元",  # line 996
        "funds": {
            # line 997: 135 | 135 | 135 | 10 | 100% | ∅  (no 得分 label in header line 996)
            "total": {"initial": D("135"), "adjusted": D("135"), "executed": D("135"),
                      "weight": D("10"), "rate": "100%", "score": None},
            "current_year": {"initial": D("135"), "adjusted": D("135"), "executed": D("135"),
                             "weight": None, "rate": None, "score": None},  # line 998
            "carryover": {"initial": None, "adjusted": None, "executed": None,
                          "weight": None, "rate": None, "score": None},     # line 999
            # line 1000: label "其他资金" shifted into column 0, all blank
            "other": {"initial": None, "adjusted": None, "executed": None,
                      "weight": None, "rate": None, "score": None},
        },
        # 产出: 1004, 1005 (数量), 1006 (时效) = 3;
        # 效益: 1007 = 1 (社会效益指标 label shifted into the 一级 column, no 效益指标 label in the
        # table; 1008, 1009 labels only); 满意度: 1010 = 1; 成本: 1011 = 1 (1012, 1013 labels)
        "indicator_counts": {"产出指标": 3, "效益指标": 1, "满意度指标": 1, "成本指标": 1},
        "not_applicable": 0,
        "weight_sum": D("90"),  # 20+20+20 (1004-1006) + 10 (1007) + 10 (1010) + 10 (1011) = 90
        "score_sum": D("90"),   # 20+20+20 + 10 + 10 + 10 = 90
        "total_weight": D("100"),  # line 1014
        "total_score": D("100"),   # line 1014
    },
    # ---------------------------------------------------------------- 7
    {
        "kind": "project",
        "line": 1016,
        "name": "社保基金监管专项资金",  # line 1018
        "supervisor": "株洲市人力资源和社会保障局",      # line 1019
        "implementer": "株洲市人力资源和社会保障局机关",  # line 1019
        "money_unit": "万元",  # line 1020
        "funds": {
            # line 1021: 20 | 20 | 19.25 | 10 | 96.25% | ∅  (no 得分 label in header line 1020)
            "total": {"initial": D("20"), "adjusted": D("20"), "executed": D("19.25"),
                      "weight": D("10"), "rate": "96.25%", "score": None},
            "current_year": {"initial": D("20"), "adjusted": D("20"), "executed": D("19.25"),
                             "weight": None, "rate": None, "score": None},  # line 1022
            "carryover": {"initial": None, "adjusted": None, "executed": None,
                          "weight": None, "rate": None, "score": None},     # line 1023
            "other": {"initial": None, "adjusted": None, "executed": None,
                      "weight": None, "rate": None, "score": None},         # line 1024
        },
        # 产出: 1028, 1029, 1030 (数量), 1031 (质量), 1033 (时效) = 5 (1032 placeholder);
        # 效益: 1034 = 1; 满意度: 1035 = 1; 成本: 1036 = 1 (1037 label only)
        "indicator_counts": {"产出指标": 5, "效益指标": 1, "满意度指标": 1, "成本指标": 1},
        "not_applicable": 0,
        # 15+15+10 (1028-1030) + 10 (1031) + 10 (1033) + 10 (1034) + 10 (1035) + 10 (1036) = 90
        "weight_sum": D("90"),
        # 15+15+0 + 10 + 10 + 10 + 10 + 10 = 80
        "score_sum": D("80"),
        "total_weight": D("100"),   # line 1038
        "total_score": D("89.62"),  # line 1038 (= 80 + an unwritten funds score 9.62; 10 x 96.25% = 9.625)
    },
    # ---------------------------------------------------------------- 8
    {
        "kind": "project",
        "line": 1040,
        "name": "就业专项资金",  # line 1042 (name cell shifted one column right)
        "supervisor": "株洲市人力资源和社会保障局",      # line 1043
        "implementer": "株洲市人力资源和社会保障局机关",  # line 1043
        "money_unit": "万元",  # line 1044
        "funds": {
            # line 1045: ∅ | 755.46 | 749.85 | 10 | 99.26% | 9.93 -- only two amounts, right-aligned:
            # 全年预算数 755.46, 全年执行数 749.85, 年初预算数 blank (基础数据表 line 805: 2024预算 0)
            "total": {"initial": None, "adjusted": D("755.46"), "executed": D("749.85"),
                      "weight": D("10"), "rate": "99.26%", "score": D("9.93")},
            "current_year": {"initial": None, "adjusted": D("755.46"), "executed": D("749.85"),
                             "weight": None, "rate": None, "score": None},  # line 1046
            "carryover": {"initial": None, "adjusted": None, "executed": None,
                          "weight": None, "rate": None, "score": None},     # line 1047
            "other": {"initial": None, "adjusted": None, "executed": None,
                      "weight": None, "rate": None, "score": None},         # line 1048
        },
        # 产出: 1052, 1053, 1054 (数量), 1055, 1057 (质量), 1058, 1059 (时效) = 7;
        # 效益: 1061, 1062 (社会效益), 1064 (可持续影响) = 3 (no 一级 效益指标 label in the table;
        # 1060, 1063, 1065 label + "....."); 满意度: 0 -- the 满意度指标/服务对象满意度指标 labels are
        # present (line 1066) but the table has NO satisfaction indicator row (1067 "....." only);
        # 成本: 1068, 1069 = 2 (1070-1073 labels/placeholders)
        "indicator_counts": {"产出指标": 7, "效益指标": 3, "满意度指标": 0, "成本指标": 2},
        "not_applicable": 0,
        # 10+10+10 (1052-1054) + 5+5 (1055, 1057) + 5+5 (1058-1059) + 5+5 (1061-1062) + 10 (1064)
        # + 10+10 (1068-1069) = 90
        "weight_sum": D("90"),
        "score_sum": D("90"),  # all full marks, same addition = 90
        "total_weight": D("100"),   # line 1074
        "total_score": D("99.93"),  # line 1074 (= 90 + funds 9.93)
    },
    # ---------------------------------------------------------------- 9
    {
        "kind": "project",
        "line": 1076,
        "name": "人才队伍建设专项经费",  # line 1078 (name cell shifted one column right)
        "supervisor": "株洲市人力资源和社会保障局",      # line 1079
        "implementer": "株洲市人力资源和社会保障局机关",  # line 1079
        "money_unit": "万元",  # line 1080
        "funds": {
            # line 1081: ∅ | 563.9 | 563.69 | 10 | 99.96% | 10 (two amounts, right-aligned)
            "total": {"initial": None, "adjusted": D("563.9"), "executed": D("563.69"),
                      "weight": D("10"), "rate": "99.96%", "score": D("10")},
            "current_year": {"initial": None, "adjusted": D("563.9"), "executed": D("563.69"),
                             "weight": None, "rate": None, "score": None},  # line 1082
            "carryover": {"initial": None, "adjusted": None, "executed": None,
                          "weight": None, "rate": None, "score": None},     # line 1083
            "other": {"initial": None, "adjusted": None, "executed": None,
                      "weight": None, "rate": None, "score": None},         # line 1084
        },
        # indicator_counts = None: the 一级 of line 1099 ("重点产业企业自培博士补贴标准",
        # 3万元/年/人, 10/10) is genuinely ambiguous. The row has neither 一级 nor 二级 label; it
        # follows 1098 (满意度指标 / 服务对象满意度指标) and precedes 1100 (成本指标 / 经济成本指标).
        # By the merged-cell rule it would be 满意度指标; by meaning (a subsidy standard, like 1100
        # and table 8's 补助标准 rows) and the "label in the middle row of its group" effect it is
        # 成本指标/经济成本指标. Candidates:
        #   strict merge: {"产出指标": 4, "效益指标": 2, "满意度指标": 2, "成本指标": 1}
        #   by meaning:   {"产出指标": 4, "效益指标": 2, "满意度指标": 1, "成本指标": 2}
        # Unambiguous rows: 产出 1088, 1089, 1090 (数量), 1091 (质量); 效益 1094 (社会效益),
        # 1097 (可持续影响); 满意度 1098; 成本 1100. Not indicator rows: 1092, 1093, 1095 (labels),
        # 1101, 1102 (label + ".....").
        "indicator_counts": None,
        "not_applicable": 0,
        # 1088, 1089, 1090, 1091, 1094, 1097, 1098, 1099, 1100: 9 rows x 10 = 90
        "weight_sum": D("90"),
        "score_sum": D("90"),  # 9 rows x 10 = 90
        "total_weight": D("100"),  # line 1103
        "total_score": D("100"),   # line 1103
    },
    # ---------------------------------------------------------------- 10
    {
        "kind": "project",
        "line": 1105,
        "name": "中职学校奖学金",  # line 1107 (基础数据表 line 808 calls it "奖学金")
        "supervisor": "株洲市人力资源和社会保障局",      # line 1108
        "implementer": "株洲市人力资源和社会保障局机关",  # line 1108
        "money_unit": "万元",  # line 1109 "项目资金(万元)"
        "funds": {
            # line 1110 (label shifted into column 0): ∅ | ∅ | 6.6 | 6.6 | 10 | 100% | 10
            "total": {"initial": None, "adjusted": D("6.6"), "executed": D("6.6"),
                      "weight": D("10"), "rate": "100%", "score": D("10")},
            "current_year": {"initial": None, "adjusted": D("6.6"), "executed": D("6.6"),
                             "weight": None, "rate": None, "score": None},  # line 1111
            "carryover": {"initial": None, "adjusted": None, "executed": None,
                          "weight": None, "rate": None, "score": None},     # line 1112
            "other": {"initial": None, "adjusted": None, "executed": None,
                      "weight": None, "rate": None, "score": None},         # line 1113
        },
        # 产出: 1116 (数量), 1117 (质量) = 2 (1118 时效 label only);
        # 效益: 1120 = 1 (1119, 1121 labels; 1122 = 满意度指标 + 可持续影响指标 labels only, the
        # 满意度 一级 label misplaced one row early);
        # 满意度: 1123 = 1 (二级 服务对象满意度指标); 成本: 1124 = 1
        "indicator_counts": {"产出指标": 2, "效益指标": 1, "满意度指标": 1, "成本指标": 1},
        "not_applicable": 0,
        "weight_sum": D("90"),  # 20+20 (1116-1117) + 20 (1120) + 10 (1123) + 20 (1124) = 90
        "score_sum": D("90"),   # 20+20 + 20 + 10 + 20 = 90
        "total_weight": D("100"),  # line 1125
        "total_score": D("100"),   # line 1125
    },
    # ---------------------------------------------------------------- 11
    {
        "kind": "project",
        "line": 1127,
        "name": "助学金",  # line 1129
        "supervisor": "株洲市人力资源和社会保障局",   # line 1130
        "implementer": "株洲市人力资源和社会保障局",  # line 1130
        "money_unit": "万元",  # line 1131
        "funds": {
            # line 1132: ∅ | 595.86 | 396.2 | 10 | 66.49% | 6.65 (two amounts, right-aligned)
            "total": {"initial": None, "adjusted": D("595.86"), "executed": D("396.2"),
                      "weight": D("10"), "rate": "66.49%", "score": D("6.65")},
            "current_year": {"initial": None, "adjusted": D("595.86"), "executed": D("396.2"),
                             "weight": None, "rate": None, "score": None},  # line 1133
            "carryover": {"initial": None, "adjusted": None, "executed": None,
                          "weight": None, "rate": None, "score": None},     # line 1134
            "other": {"initial": None, "adjusted": None, "executed": None,
                      "weight": None, "rate": None, "score": None},         # line 1135
        },
        # 产出: 1139, 1140 (both under 数量指标 by the merged cell) = 2 (1141 时效 label only);
        # 效益: 1143, 1144 (社会效益), 1146 (可持续影响) = 3 (1142, 1145 labels);
        # 满意度: 1147 = 1; 成本: 1148 = 1 (1149 label)
        "indicator_counts": {"产出指标": 2, "效益指标": 3, "满意度指标": 1, "成本指标": 1},
        "not_applicable": 0,
        "weight_sum": D("90"),  # 20+20 (1139-1140) + 5+5 (1143-1144) + 10 (1146) + 10 (1147) + 20 (1148) = 90
        "score_sum": D("85"),   # 15+20 + 5+5 + 10 + 10 + 20 = 85
        "total_weight": D("100"),   # line 1150
        "total_score": D("91.65"),  # line 1150 (= 85 + funds 6.65)
    },
    # ---------------------------------------------------------------- 12
    {
        "kind": "project",
        "line": 1152,
        "name": "事业单位集中引才工作经费",  # line 1154
        "supervisor": "株洲市人力资源和社会保障局",      # line 1155
        "implementer": "株洲市人力资源和社会保障局机关",  # line 1155
        "money_unit": "万元",  # line 1156
        "funds": {
            # line 1157: ∅ | 104 | 104 | 10 | 100% | 10 -- header line 1156 has no 得分 label and its
            # labels do not line up with the values; read by the %-cell rule: two amounts,
            # right-aligned (基础数据表 line 809: 2024预算 0, 决算 104)
            "total": {"initial": None, "adjusted": D("104"), "executed": D("104"),
                      "weight": D("10"), "rate": "100%", "score": D("10")},
            "current_year": {"initial": None, "adjusted": D("104"), "executed": D("104"),
                             "weight": None, "rate": None, "score": None},  # line 1158
            "carryover": {"initial": None, "adjusted": None, "executed": None,
                          "weight": None, "rate": None, "score": None},     # line 1159
            "other": {"initial": None, "adjusted": None, "executed": None,
                      "weight": None, "rate": None, "score": None},         # line 1160
        },
        # 一级 labels are misplaced one row early: 效益指标 sits on the 时效指标 row (1166) and
        # 满意度指标 on the 可持续影响指标 row (1169); the 二级 family decides:
        # 产出: 1164 (数量), 1165 (质量), 1166 (时效) = 3; 效益: 1168 (社会效益),
        # 1169 (可持续影响) = 2 (1167 label only); 满意度: 1170 = 1. The table has NO 成本指标.
        "indicator_counts": {"产出指标": 3, "效益指标": 2, "满意度指标": 1},
        "not_applicable": 0,
        "weight_sum": D("90"),  # 20+20+20 (1164-1166) + 10+10 (1168-1169) + 10 (1170) = 90
        "score_sum": D("85"),   # 15+20+20 + 10+10 + 10 = 85
        "total_weight": D("100"),  # line 1171
        "total_score": D("95"),    # line 1171 (= 85 + funds 10)
    },
    # ---------------------------------------------------------------- 13
    {
        "kind": "project",
        "line": 1173,
        "name": "其他零星追加项目",  # line 1175 (基础数据表 line 810 calls it "其他零星项目")
        "supervisor": "株洲市人力资源和社会保障局",      # line 1176
        "implementer": "株洲市人力资源和社会保障局机关",  # line 1176
        "money_unit": "万元",  # line 1177
        "funds": {
            # line 1178: ∅ | 98.38 | 90.09 | 10 | 91.57% | ∅ (no 得分 label in header line 1177)
            "total": {"initial": None, "adjusted": D("98.38"), "executed": D("90.09"),
                      "weight": D("10"), "rate": "91.57%", "score": None},
            "current_year": {"initial": None, "adjusted": D("98.38"), "executed": D("90.09"),
                             "weight": None, "rate": None, "score": None},  # line 1179
            "carryover": {"initial": None, "adjusted": None, "executed": None,
                          "weight": None, "rate": None, "score": None},     # line 1180
            "other": {"initial": None, "adjusted": None, "executed": None,
                      "weight": None, "rate": None, "score": None},         # line 1181
        },
        # 产出: 1185, 1186 (数量), 1188 (时效/质量: line 1187 carries 时效指标 in the 一级 column and
        # 质量指标 in the 二级 column plus "....."; either way 产出) = 3;
        # 效益: 1191 (社会效益), 1196 (可持续影响) = 2; 满意度: 1198 = 1;
        # 成本: 1200 = 1 -- no 一级 成本指标 label in this table, but the 二级 is 经济成本指标 -> 成本指标.
        # Not indicator rows: 1187, 1189, 1190, 1192, 1194, 1195, 1197, 1199, 1201-1205
        # (labels and "....." placeholders).
        "indicator_counts": {"产出指标": 3, "效益指标": 2, "满意度指标": 1, "成本指标": 1},
        "not_applicable": 0,
        # 15+15 (1185-1186) + 10 (1188) + 10 (1191) + 10 (1196) + 10 (1198) + 20 (1200) = 90
        "weight_sum": D("90"),
        "score_sum": D("90"),  # all full marks, same addition = 90
        # Corrected on review: the seed's last line, 1206 (no trailing newline, so easy to miss),
        # is "总分\t\t\t\t\t100\t99.16\t" (checked with `tail -c 200` on the seed).
        # 99.16 = indicators 90 + funds 10 x 91.57% = 9.157 -> 9.16.
        "total_weight": D("100"),   # line 1206
        "total_score": D("99.16"),  # line 1206
    },
]

SAMPLE_INDICATORS = [
    # ---------------- table 0: department (line 821)
    {"table": 0, "line": 834, "level1": "产出指标", "level2": "数量指标", "name": "公开招聘、选调人数",
     "target": "260 人", "actual": "295 人", "weight": D("5"), "score": D("5"), "deviation": None},
    # 二级 cell repeats the 三级 name (shifted): cells 质量指标 | 招聘人员适岗率 | 招聘人员适岗率
    {"table": 0, "line": 838, "level1": "产出指标", "level2": "质量指标", "name": "招聘人员适岗率",
     "target": "95%", "actual": "100%", "weight": D("10"), "score": D("10"), "deviation": None},
    # 二级 from line 840 (社会效益指标 in the 二级 column, 经济效益指标 in the 三级 column, no values)
    {"table": 0, "line": 841, "level1": "效益指标", "level2": "社会效益指标",
     "name": "促进高校毕业生就业创业效率、质量",
     "target": "提升", "actual": "提升", "weight": D("10"), "score": D("10"), "deviation": None},
    # 二级 label 可持续影响指标 sits in the 一级 column
    {"table": 0, "line": 846, "level1": "效益指标", "level2": "可持续影响指标",
     "name": "社会保险制度更加公平可持续",
     "target": "效果明显", "actual": "效果明显", "weight": D("5"), "score": D("5"), "deviation": None},
    {"table": 0, "line": 850, "level1": "成本指标", "level2": "经济成本指标", "name": "机关运行成本",
     "target": "≤210.25万元", "actual": "185.91万元", "weight": D("5"), "score": D("5"), "deviation": None},

    # ---------------- table 1: 专业技术人员职业资格考试考务经费 (line 857)
    {"table": 1, "line": 869, "level1": "产出指标", "level2": "数量指标", "name": "组织考试场次",
     "target": "17 场", "actual": "10 场", "weight": D("10"), "score": D("5"),
     "deviation": "省厅计划外下达考试任务减少，今后及时跟进上级工作安排，调整目标值。"},
    # shifted left: 质量指标 in the 一级 column, name in the 二级 column, trailing two blank cells
    {"table": 1, "line": 871, "level1": "产出指标", "level2": "质量指标", "name": "组考原则",
     "target": "公开、平等、竞争、择优", "actual": "公开、平等、竞争、择优",
     "weight": D("20"), "score": D("20"), "deviation": None},
    {"table": 1, "line": 878, "level1": "满意度指标", "level2": "服务对象满意度指标",
     "name": "各类考试的组考满意度",
     "target": "98%", "actual": "100%", "weight": D("10"), "score": D("10"), "deviation": None},
    {"table": 1, "line": 879, "level1": "成本指标", "level2": "经济成本指标", "name": "项目总成本",
     "target": "≤288万元", "actual": "285.89万元", "weight": D("10"), "score": D("10"), "deviation": None},

    # ---------------- table 2: 职业技能鉴定考试考务经费 (line 884)
    # over-achievement (15790 vs 3500) scored 10 of 20
    {"table": 2, "line": 896, "level1": "产出指标", "level2": "数量指标", "name": "等级认定人数",
     "target": "3500 人", "actual": "15790 人", "weight": D("20"), "score": D("10"),
     "deviation": "学校加强宣传力度，充分调动了学生学习技能的积极性，鉴定人数激增。今后全面考虑诸多因素，加强目标值设定的合理性。"},
    {"table": 2, "line": 900, "level1": "效益指标", "level2": "社会效益指标", "name": "劳动者素质、就业能力。",
     "target": "进一步提升", "actual": "进一步提升", "weight": D("20"), "score": D("20"), "deviation": None},
    {"table": 2, "line": 903, "level1": "成本指标", "level2": "经济成本指标", "name": "项目总成本",
     "target": "≤40 万元", "actual": "35.28 万元", "weight": D("20"), "score": D("20"), "deviation": None},

    # ---------------- table 3: 劳动能力鉴定经费 (line 908) -- no 偏差原因 column in this table
    # name as written: "医学鉴定人 次" (the space is a PDF line-break artifact inside "医学鉴定人次")
    {"table": 3, "line": 920, "level1": "产出指标", "level2": "数量指标", "name": "医学鉴定人 次",
     "target": "2000 人次", "actual": "3012 人次", "weight": D("20"), "score": D("10"), "deviation": None},
    # 二级 written "经济效 益指标"; name as written with line-break spaces
    {"table": 3, "line": 923, "level1": "效益指标", "level2": "经济效益指标",
     "name": "伤残鉴定赔 付标准、办 理提前退休 依据",
     "target": "出具结论", "actual": "出具结论", "weight": D("10"), "score": D("10"), "deviation": None},
    # 一级 written "满意度指 标", 二级 "服务对象满 意度指 标"; name as written
    {"table": 3, "line": 926, "level1": "满意度指标", "level2": "服务对象满意度指标",
     "name": "申请鉴定对 象满 意度",
     "target": "90%", "actual": "95%", "weight": D("10"), "score": D("10"), "deviation": None},
    {"table": 3, "line": 927, "level1": "成本指标", "level2": "经济成本指标", "name": "项目总成本",
     "target": "<40 万元", "actual": "39 万元", "weight": D("20"), "score": D("20"), "deviation": None},

    # ---------------- table 4: 人社专项支出 (line 932) -- no 偏差原因 column in this table
    {"table": 4, "line": 944, "level1": "产出指标", "level2": "数量指标",
     "name": "全市新增农村劳动力转移就业人数",
     "target": "≥1.6万人", "actual": "1.35万人", "weight": D("10"), "score": D("2"), "deviation": None},
    # 适岗率 has no 质量指标 label above it: stays under 数量指标 by the merged cell
    {"table": 4, "line": 945, "level1": "产出指标", "level2": "数量指标", "name": "适岗率",
     "target": "≥95%", "actual": "100%", "weight": D("20"), "score": D("20"), "deviation": None},
    {"table": 4, "line": 950, "level1": "效益指标", "level2": "可持续影响指标",
     "name": "社会保险制度更加公平可持续",
     "target": "效果明显", "actual": "效果明显", "weight": D("15"), "score": D("15"), "deviation": None},
    # no 一级 成本指标 label in the table; 二级 经济成本指标 -> 成本指标
    {"table": 4, "line": 952, "level1": "成本指标", "level2": "经济成本指标", "name": "项目成本",
     "target": "≤114万元", "actual": "112.6万元", "weight": D("10"), "score": D("10"), "deviation": None},

    # ---------------- table 5: 人力资源和社会保障专项支出 (line 957)
    # 一级 label 产出指标 appears only on the next row (970)
    {"table": 5, "line": 969, "level1": "产出指标", "level2": "数量指标", "name": "评审人数",
     "target": "≥1600 人", "actual": "994 人", "weight": D("10"), "score": D("5"),
     "deviation": "目标值包含县(区)评审人数，实际完成值调整口径，未包含县(区)评审人数，今后科学设置指标值。"},
    # "入数" is a typo in the seed for "人数"; kept as written
    {"table": 5, "line": 970, "level1": "产出指标", "level2": "数量指标",
     "name": "向上级推荐先进个人、事业单位记功、嘉奖等入数",
     "target": "≥2100 人", "actual": "2120 人", "weight": D("10"), "score": D("10"), "deviation": None},
    # shifted left: name in the 二级 column, two trailing blank cells
    {"table": 5, "line": 971, "level1": "产出指标", "level2": "数量指标", "name": "招募人数",
     "target": "≥10 人", "actual": "18 人", "weight": D("10"), "score": D("10"), "deviation": None},
    # no 一级 效益指标 label in this table; 社会效益指标 -> 效益指标
    {"table": 5, "line": 978, "level1": "效益指标", "level2": "社会效益指标", "name": "专技人才队伍建设水平。",
     "target": "提升", "actual": "进一步提升", "weight": D("5"), "score": D("5"), "deviation": None},

    # ---------------- table 6: 市直事业单位公开招聘专项经费 (line 992)
    {"table": 6, "line": 1004, "level1": "产出指标", "level2": "数量指标", "name": "公开招聘、选调人数",
     "target": "260 人", "actual": "295 人", "weight": D("20"), "score": D("20"), "deviation": None},
    # shifted left AND the 三级 cell proper is blank: cells 社会效益指标 | <name> | ∅ | 效果显著 | 效果显著;
    # the name sits in the 二级 column
    {"table": 6, "line": 1007, "level1": "效益指标", "level2": "社会效益指标",
     "name": "为用人单位提供优秀人才，促进就业人力资源合理流动",
     "target": "效果显著", "actual": "效果显著", "weight": D("10"), "score": D("10"), "deviation": None},
    {"table": 6, "line": 1011, "level1": "成本指标", "level2": "经济成本指标", "name": "项目总成本",
     "target": "135 万元", "actual": "135 万元", "weight": D("10"), "score": D("10"), "deviation": None},

    # ---------------- table 7: 社保基金监管专项资金 (line 1016)
    # actual is the plain number "0"; the blank 偏差 cell is followed by the text one column right
    {"table": 7, "line": 1030, "level1": "产出指标", "level2": "数量指标", "name": "第三方审计",
     "target": "1 次", "actual": "0", "weight": D("10"), "score": D("0"),
     "deviation": "因资金缺口较大，未开展本项第三方审计，向财政争取资金。"},
    {"table": 7, "line": 1031, "level1": "产出指标", "level2": "质量指标", "name": "培训合格率",
     "target": "95%", "actual": "100%", "weight": D("10"), "score": D("10"), "deviation": None},
    {"table": 7, "line": 1035, "level1": "满意度指标", "level2": "服务对象满意度指标",
     "name": "政府、企业、参保人员满意",
     "target": "95%", "actual": "95%", "weight": D("10"), "score": D("10"), "deviation": None},
    # actual is a bare number (no unit)
    {"table": 7, "line": 1036, "level1": "成本指标", "level2": "经济成本指标", "name": "项目总成本",
     "target": "20 万元", "actual": "19.25", "weight": D("10"), "score": D("10"), "deviation": None},

    # ---------------- table 8: 就业专项资金 (line 1040)
    {"table": 8, "line": 1057, "level1": "产出指标", "level2": "质量指标", "name": "提升师资教学能力",
     "target": "充分提升", "actual": "充分提升", "weight": D("5"), "score": D("5"), "deviation": None},
    {"table": 8, "line": 1059, "level1": "产出指标", "level2": "时效指标", "name": "资金拨付进度",
     "target": "30天", "actual": "按时拨付", "weight": D("5"), "score": D("5"), "deviation": None},
    # no 一级 效益指标 label in the table
    {"table": 8, "line": 1064, "level1": "效益指标", "level2": "可持续影响指标", "name": "社会劳动关系和谐稳定",
     "target": "进一步保持", "actual": "进一步保持", "weight": D("10"), "score": D("10"), "deviation": None},
    # 8-cell row (no trailing 偏差 cell); next row 1069 is shifted left
    {"table": 8, "line": 1068, "level1": "成本指标", "level2": "经济成本指标", "name": "技能大师工作室补助标准",
     "target": "5万元/家", "actual": "5万元/家", "weight": D("10"), "score": D("10"), "deviation": None},
    {"table": 8, "line": 1069, "level1": "成本指标", "level2": "经济成本指标", "name": "高技能人才基地补助标准",
     "target": "32万元/项", "actual": "32万元/项", "weight": D("10"), "score": D("10"), "deviation": None},

    # ---------------- table 9: 人才队伍建设专项经费 (line 1076)
    {"table": 9, "line": 1090, "level1": "产出指标", "level2": "数量指标",
     "name": "青年科技人才新取得中、高级职称补助人数",
     "target": "1112 人", "actual": "1112 人", "weight": D("10"), "score": D("10"), "deviation": None},
    {"table": 9, "line": 1094, "level1": "效益指标", "level2": "社会效益指标", "name": "我市引才吸引力",
     "target": "得到有效提高", "actual": "得到有效提高", "weight": D("10"), "score": D("10"), "deviation": None},
    # shifted left: 满意度指标 in the 绩效指标 column
    {"table": 9, "line": 1098, "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "发放对象满意度",
     "target": "95%", "actual": "98%", "weight": D("10"), "score": D("10"), "deviation": None},
    {"table": 9, "line": 1100, "level1": "成本指标", "level2": "经济成本指标", "name": "引进高层次人才安家补贴标准",
     "target": "按A类人才200万元、B类100万元、C类50万元、D类20万元、E类10万元，分三年按5:3:2发放补贴",
     "actual": "按A类人才200万元、B类100万元、C类50万元、D类20万元、E类10万元，分三年按5:3:2发放补贴",
     "weight": D("10"), "score": D("10"), "deviation": None},
    # line 1099 ("重点产业企业自培博士补贴标准", "3万元/年/人", "3万元/年/人", 10, 10) is deliberately
    # NOT sampled: its 一级/二级 are ambiguous (see EVALUATIONS[9]).

    # ---------------- table 10: 中职学校奖学金 (line 1105)
    # shifted left: 产出指标 in the 绩效指标 column
    {"table": 10, "line": 1116, "level1": "产出指标", "level2": "数量指标", "name": "奖学金发放人数",
     "target": "11人", "actual": "11人", "weight": D("20"), "score": D("20"), "deviation": None},
    # name, target and actual are the same text
    {"table": 10, "line": 1120, "level1": "效益指标", "level2": "社会效益指标", "name": "树立榜样，形成良好学习氛围",
     "target": "树立榜样，形成良好学习氛围", "actual": "树立榜样，形成良好学习氛围",
     "weight": D("20"), "score": D("20"), "deviation": None},
    # 一级 label 满意度指标 is on the previous (label-only) row 1122
    {"table": 10, "line": 1123, "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "获奖对象满意度",
     "target": "95%", "actual": "100%", "weight": D("10"), "score": D("10"), "deviation": None},
    {"table": 10, "line": 1124, "level1": "成本指标", "level2": "经济成本指标", "name": "奖学金发放标准",
     "target": "6000 元/人", "actual": "6000 元/人", "weight": D("20"), "score": D("20"), "deviation": None},

    # ---------------- table 11: 助学金 (line 1127)
    # target as written "4000 人 次" (space inside)
    {"table": 11, "line": 1139, "level1": "产出指标", "level2": "数量指标", "name": "助学金受助人次",
     "target": "4000 人 次", "actual": "3962 人次", "weight": D("20"), "score": D("15"),
     "deviation": "因部分学生银行账户信息错误，导致未发放成功，今后仔细核对学生账户信息。"},
    {"table": 11, "line": 1144, "level1": "效益指标", "level2": "社会效益指标", "name": "对困难学生家庭经济压力",
     "target": "部分减轻", "actual": "部分减轻", "weight": D("5"), "score": D("5"), "deviation": None},
    {"table": 11, "line": 1148, "level1": "成本指标", "level2": "经济成本指标", "name": "助学金标准",
     "target": "1000 元/人", "actual": "1000 元/人", "weight": D("20"), "score": D("20"), "deviation": None},

    # ---------------- table 12: 事业单位集中引才工作经费 (line 1152)
    # target/actual are bare numbers: 分值/得分 are the LAST two plain numbers (20, 15)
    {"table": 12, "line": 1164, "level1": "产出指标", "level2": "数量指标", "name": "公开招聘人数",
     "target": "150", "actual": "125", "weight": D("20"), "score": D("15"),
     "deviation": "由于少数组聘岗位没有达到开考比例,按规定取消该岗位招考任务等客观原因,减少招聘人数。今后加大高校应届优秀毕业生招聘宣传工作力度。"},
    # the 一级 cell of this row says 效益指标 (misplaced); 二级 时效指标 -> 产出指标
    {"table": 12, "line": 1166, "level1": "产出指标", "level2": "时效指标", "name": "招聘工作完成及时率",
     "target": "100%", "actual": "100%", "weight": D("20"), "score": D("20"), "deviation": None},
    {"table": 12, "line": 1168, "level1": "效益指标", "level2": "社会效益指标", "name": "为用人单位引进优秀人才",
     "target": "效果明显", "actual": "效果显著明显", "weight": D("10"), "score": D("10"), "deviation": None},
    # the 一级 cell of this row says 满意度指标 (misplaced); 二级 可持续影响指标 -> 效益指标
    {"table": 12, "line": 1169, "level1": "效益指标", "level2": "可持续影响指标", "name": "促进就业公平,响应国家政策导向",
     "target": "效果显著", "actual": "效果显著", "weight": D("10"), "score": D("10"), "deviation": None},

    # ---------------- table 13: 其他零星追加项目 (line 1173)
    {"table": 13, "line": 1185, "level1": "产出指标", "level2": "数量指标", "name": "高校毕业生“三支一扶”招募人数",
     "target": "18人", "actual": "18人", "weight": D("15"), "score": D("15"), "deviation": None},
    {"table": 13, "line": 1196, "level1": "效益指标", "level2": "可持续影响指标", "name": "进一步激发人才活力，服务产业发展",
     "target": "效果明显", "actual": "效果明显", "weight": D("10"), "score": D("10"), "deviation": None},
    # shifted left: 满意度指标 in the 绩效指标 column
    {"table": 13, "line": 1198, "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "用人单位满意度",
     "target": "90%", "actual": "95%", "weight": D("10"), "score": D("10"), "deviation": None},
    # no 一级 成本指标 label in this table; 二级 经济成本指标 -> 成本指标
    {"table": 13, "line": 1200, "level1": "成本指标", "level2": "经济成本指标", "name": "自收自支事业编制人员经费补助",
     "target": "39.29万元", "actual": "39.29万元", "weight": D("20"), "score": D("20"), "deviation": None},
    # line 1188 (各项工作完成及时率, 95%/100%, 10/10) not sampled: its 二级 is 时效 or 质量 (line 1187
    # carries both labels); its 一级 is 产出指标 either way.
]
