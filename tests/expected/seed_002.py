"""Hand-verified expected values for seed 002 (../shared/seeds/002_667c629c576ffe37.txt).

高邑县人力资源和社会保障局 (河北), 2024: 附件 4 部门整体支出绩效自评报告 only -- prose, one
signatory table (lines 289-292, TAB-separated). Read by hand; line numbers are 1-based lines of
the seed. Money is in 万元 with up to six decimals.
"""
from decimal import Decimal as D

SEED = "002_667c629c576ffe37.txt"
UNIT_NAME = "高邑县人力资源和社会保障局"   # line 294 (signature); title line 5 "高邑县人力资源和社会保障局部门 2024 年度…"
YEAR = 2024                               # line 5

FORMS = {"basic_data": 0, "department_evaluation": 0, "project_evaluation": 0,
         "self_report": 1, "final_account_table": 0, "final_account_notes": 0}

# Title block (not numbered): line 3 "附件 4", line 5 report title.
TITLE = (5, "高邑县人力资源和社会保障局部门 2024 年度整体支出绩效自评报告")

# ---------------------------------------------------------------------------------------------
# HEADINGS: every stand-alone numbered heading line, text exactly as written (ASCII or full-width
# brackets and spaces kept). Level is by NUMBERING STYLE as the brief defines it:
#   1 = 一、   2 = （一）/(一)   3 = 1. / 1、   4 = （1）/(1)
# The style level does NOT always match the real nesting in this export:
#   - lines 45-69 ("1、"…"5、") are children of line 43 "2. 分项指标" (both style level 3);
#   - in section 三（二） the score groups are "1、投入指标" (style 3) with "（一）…" children
#     (style 2) and "1." grandchildren (style 3) -- see SCORE_TREE for the real tree.
# Not included: line 257 "履职效益（15 分）" (a score group but has no number -- see SCORE_TREE),
# run-in numbered paragraphs (RUN_IN_NUMBERED below), numbered list items (283, 285) and the
# inline "1. 柔性引进… 2. 人才绿卡…" inside line 131.
# ---------------------------------------------------------------------------------------------
HEADINGS = [
    (9, 1, "一、部门基本情况"),
    (11, 2, "（一）部门概况"),
    (19, 2, "（二）部门收支预算情况"),
    (37, 2, "(三) 部门整体支出绩效目标、指标"),
    (39, 3, "1. 部门整体支出绩效目标"),
    (43, 3, "2. 分项指标"),
    (45, 3, "1、就业更加充分质量更高"),          # structurally under line 43
    (51, 3, "2、社会保障体系更加完善更可持续"),
    (57, 3, "3、人事人才工作进一步提升"),
    (63, 3, "4、劳动关系和谐稳定"),
    (69, 3, "5、基本公共服务能力显著提升"),
    (75, 1, "二、自评工作开展情况"),
    (77, 2, "(一) 自评的组织工作"),
    (83, 2, "（二）自评的方法和过程"),
    (85, 3, "1、评价方法"),
    (99, 3, "2、评价过程"),
    (103, 4, "(1) 前期准备"),
    (107, 4, "(2) 组织实施"),
    (115, 4, "（3）分析评价"),
    (119, 4, "（4）撰写绩效评价报告"),
    (123, 1, "三、部门整体支出绩效目标实现情况及指标分析"),
    (125, 2, "（一）总体绩效目标实现情况"),
    (141, 2, "（二）分项绩效目标实现情况及指标分析"),
    (145, 3, "1、投入指标（20 分）"),
    (147, 2, "（一）绩效目标指标管理（10 分）"),
    (149, 3, "1. 绩效目标科学性"),
    (153, 3, "2. 绩效指标科学性"),
    (157, 2, "（二）预算编制（10 分）"),
    (159, 3, "1. 预算编制完整性"),
    (163, 3, "2. 项目预算功能分类等编制合规性"),
    (167, 3, "3. 预算上报及时性"),
    (171, 3, "2、过程（执行）指标（40 分）"),
    (173, 2, "（三）预算执行（25 分）"),
    (175, 3, "1. 收入预算完成率"),
    (179, 3, "2. 预算调整率"),
    (183, 3, "3. 支出进度"),
    (187, 3, "4. 资金结余结转率"),
    (191, 3, "5. “三公经费”控制率"),
    (195, 3, "6. 政府采购执行率"),
    (199, 3, "7. 决策真实性"),                    # probably meant 决算真实性 (text describes 决算报表)
    (203, 3, "8. 资金使用合规性"),
    (207, 3, "9. 财务管理规范性"),
    (211, 2, "(一) 预算管理 (7 分)"),             # numbering restarts: should be （四）
    (213, 3, "1. 管理制度健全性"),
    (219, 3, "2. 预决算信息公开性"),
    (223, 3, "3. 基础信息完善性"),
    (227, 3, "4. 资产管理规范性"),
    (231, 2, "（二）绩效评价（8 分）"),           # should be （五）
    (233, 3, "1. 绩效自评覆盖率"),
    (237, 3, "2. 评价结果应用率"),
    (241, 3, "2、产出指标"),                      # duplicate "2、" (should be 3、)
    (243, 2, "（一）数量指标（10 分）"),
    (247, 2, "（二）质量指标（10 分）"),
    (251, 2, "（三）时效指标（5 分）"),
    (255, 3, "3、效果指标"),                      # should be 4、
    (259, 3, "1. 部门整体效益"),                  # under the unnumbered "履职效益（15 分）" (257)
    (263, 3, "2. 社会公众满意度"),
    (269, 1, "四、评价结论和评价等级"),
    (273, 1, "五、存在的问题及改进措施"),
    (275, 2, "（一）存在的主要问题"),
    (281, 2, "（二）针对问题提出具体的改进措施或建议"),
    (287, 1, "六、评价工作组人员名单及签字（姓名、工作单位、职务、电话）"),
]

# Paragraphs that START with a number and a short run-in heading ending in "。", followed by body
# text on the same line: (line, style level, lead text up to but excluding the first "。").
RUN_IN_NUMBERED = [
    (89, 4, "（1）因素分析法"),
    (91, 4, "（2）比较法"),
    (93, 4, "（3）现场核查法"),
    (95, 4, "（4）访谈"),
    (97, 4, "(5) 问卷调查法"),
    (127, 3, "1. 强力推进人社综合柜员制改革"),
    (131, 3, "2. 扎实开展招才引智"),          # also contains inline "1. …41人。2. …712人。"
    (133, 3, "3. 不断加大劳动监察执法力度"),
    (135, 3, "4. 就业工作稳步推进"),
]
# Numbered list items without a heading part (sentence list): lines 283 "1、在工作中…", 285 "2、对相关人员…".
NUMBERED_LIST_ITEMS = [(283, 3, "1、"), (285, 3, "2、")]

# ---------------------------------------------------------------------------------------------
# SCORE_TREE: section 三（二） (lines 141-267). Node keys: line, marker (numbering as written, None
# if unnumbered), label (name without number and without the cap), cap (the written "（N 分）",
# else None), score (from "故此项得(分) X 分", None for group nodes), children.
# Structure is kept as the text shows it: under "2、过程（执行）指标（40 分）" the text has
# "（三）预算执行（25 分）" followed by "(一) 预算管理 (7 分)" and "（二）绩效评价（8 分）" -- the
# numbering restarts (they should be （四）/（五）), but the caps 25 + 7 + 8 = 40 show all three
# belong to 过程（执行）指标. "2、产出指标" repeats "2、" and "3、效果指标" should be "4、"; neither
# has a written cap. 效果指标 has a single UNNUMBERED group "履职效益（15 分）" (line 257).
# Leaf nodes under 产出指标 are the （一）/（二）/（三） headings themselves: each has its own
# "故此项得 X 分" and no children.
# Leaf caps are never written (None), e.g. line 229 "扣 0.4 分，故此项得 1.6 分" implies cap 2.
# ---------------------------------------------------------------------------------------------
SCORE_TREE = [
    {"line": 145, "marker": "1、", "label": "投入指标", "cap": D("20"), "score": None, "children": [
        # group sum 7 + 3 + 2 + 3.75 + 2 = 17.75 (of cap 20)
        {"line": 147, "marker": "（一）", "label": "绩效目标指标管理", "cap": D("10"), "score": None, "children": [
            # 7 + 3 = 10
            {"line": 149, "marker": "1.", "label": "绩效目标科学性", "cap": None, "score": D("7"), "children": []},     # line 151 "故此项得分 7 分"
            {"line": 153, "marker": "2.", "label": "绩效指标科学性", "cap": None, "score": D("3"), "children": []},     # line 155 "故此项得分 3 分"
        ]},
        {"line": 157, "marker": "（二）", "label": "预算编制", "cap": D("10"), "score": None, "children": [
            # 2 + 3.75 + 2 = 7.75
            {"line": 159, "marker": "1.", "label": "预算编制完整性", "cap": None, "score": D("2"), "children": []},     # line 161 "得分 2 分"
            {"line": 163, "marker": "2.", "label": "项目预算功能分类等编制合规性", "cap": None, "score": D("3.75"), "children": []},  # line 165
            {"line": 167, "marker": "3.", "label": "预算上报及时性", "cap": None, "score": D("2"), "children": []},     # line 169 "得 2 分"
        ]},
    ]},
    {"line": 171, "marker": "2、", "label": "过程（执行）指标", "cap": D("40"), "score": None, "children": [
        # group sum 23 + 6.6 + 8 = 37.6 (of cap 40; caps 25 + 7 + 8 = 40)
        {"line": 173, "marker": "（三）", "label": "预算执行", "cap": D("25"), "score": None, "children": [
            # 2 + 2 + 2 + 2 + 2 + 2 + 2 + 4 + 5 = 23
            {"line": 175, "marker": "1.", "label": "收入预算完成率", "cap": None, "score": D("2"), "children": []},    # line 177
            {"line": 179, "marker": "2.", "label": "预算调整率", "cap": None, "score": D("2"), "children": []},        # line 181
            {"line": 183, "marker": "3.", "label": "支出进度", "cap": None, "score": D("2"), "children": []},          # line 185
            {"line": 187, "marker": "4.", "label": "资金结余结转率", "cap": None, "score": D("2"), "children": []},    # line 189
            {"line": 191, "marker": "5.", "label": "“三公经费”控制率", "cap": None, "score": D("2"), "children": []},  # line 193
            {"line": 195, "marker": "6.", "label": "政府采购执行率", "cap": None, "score": D("2"), "children": []},    # line 197
            {"line": 199, "marker": "7.", "label": "决策真实性", "cap": None, "score": D("2"), "children": []},        # line 201
            {"line": 203, "marker": "8.", "label": "资金使用合规性", "cap": None, "score": D("4"), "children": []},    # line 205
            {"line": 207, "marker": "9.", "label": "财务管理规范性", "cap": None, "score": D("5"), "children": []},    # line 209
        ]},
        {"line": 211, "marker": "(一)", "label": "预算管理", "cap": D("7"), "score": None, "children": [
            # 2 + 2 + 1 + 1.6 = 6.6
            {"line": 213, "marker": "1.", "label": "管理制度健全性", "cap": None, "score": D("2"), "children": []},    # line 217
            {"line": 219, "marker": "2.", "label": "预决算信息公开性", "cap": None, "score": D("2"), "children": []},  # line 221
            {"line": 223, "marker": "3.", "label": "基础信息完善性", "cap": None, "score": D("1"), "children": []},    # line 225
            {"line": 227, "marker": "4.", "label": "资产管理规范性", "cap": None, "score": D("1.6"), "children": []},  # line 229
        ]},
        {"line": 231, "marker": "（二）", "label": "绩效评价", "cap": D("8"), "score": None, "children": [
            # 4 + 4 = 8
            {"line": 233, "marker": "1.", "label": "绩效自评覆盖率", "cap": None, "score": D("4"), "children": []},    # line 235
            {"line": 237, "marker": "2.", "label": "评价结果应用率", "cap": None, "score": D("4"), "children": []},    # line 239
        ]},
    ]},
    {"line": 241, "marker": "2、", "label": "产出指标", "cap": None, "score": None, "children": [
        # group sum 10 + 10 + 5 = 25 (implied cap 10 + 10 + 5 = 25)
        {"line": 243, "marker": "（一）", "label": "数量指标", "cap": D("10"), "score": D("10"), "children": []},   # line 245
        {"line": 247, "marker": "（二）", "label": "质量指标", "cap": D("10"), "score": D("10"), "children": []},   # line 249
        {"line": 251, "marker": "（三）", "label": "时效指标", "cap": D("5"), "score": D("5"), "children": []},     # line 253
    ]},
    {"line": 255, "marker": "3、", "label": "效果指标", "cap": None, "score": None, "children": [
        # group sum 9 + 6 = 15 (implied cap 15 via 履职效益)
        {"line": 257, "marker": None, "label": "履职效益", "cap": D("15"), "score": None, "children": [
            {"line": 259, "marker": "1.", "label": "部门整体效益", "cap": None, "score": D("9"), "children": []},     # line 261
            {"line": 263, "marker": "2.", "label": "社会公众满意度", "cap": None, "score": D("6"), "children": []},   # line 267 (text wraps 265-267, no "经自评")
        ]},
    ]},
]
GROUP_SUMS = {
    "投入指标": D("17.75"),          # 7 + 3 + 2 + 3.75 + 2
    "过程（执行）指标": D("37.6"),   # (2+2+2+2+2+2+2+4+5 = 23) + (2+2+1+1.6 = 6.6) + (4+4 = 8)
    "产出指标": D("25"),             # 10 + 10 + 5
    "效果指标": D("15"),             # 9 + 6
}
LEAF_COUNT = 25                      # 5 + 9 + 4 + 2 + 3 + 2 nodes carrying a score
COMPUTED_TOTAL = D("95.35")          # 17.75 + 37.6 + 25 + 15 = 95.35
STATED_TOTAL = D("95.35")            # line 271 "评价得分为 95.35 分"
STATED_TOTAL_LINE = 271
CAP_TOTAL = D("100")                 # 20 + 40 + 25 (implied) + 15 (implied) = 100
GRADE = "优秀"                       # line 271 "项目综合绩效评价等级为优秀"

# ---------------------------------------------------------------------------------------------
# SLIPS found by hand (kind: "percent", "sum", "xref", "label", "soft"); base of all shares is the
# total 12493.388108 万元 (lines 21/23/25) unless said otherwise.
# ---------------------------------------------------------------------------------------------
SLIPS = [
    {"kind": "percent", "lines": [23],
     "what": "国有资本经营预算收入 3 万元 '占 0.01%'",
     "arithmetic": "3 / 12493.388108 = 0.02401% -> 0.02%, stated 0.01%", "stated": "0.01%", "computed": "0.02%"},
    {"kind": "percent", "lines": [23],
     "what": "一般财政预算拨款收入 12490.388108 '占 99.9%'",
     "arithmetic": "12490.388108 / 12493.388108 = 99.976% -> 100.0% when rounded to one decimal; 99.9% is "
                   "truncated. Also 99.9% + 0.01% = 99.91% != 100%",
     "stated": "99.9%", "computed": "100.0%"},
    {"kind": "xref", "lines": [193, 31, 33],
     "what": "三公经费控制率 76.63% (line 193) vs 三公 决算 5 / 预算 7.83 = 63.86% (line 33, which itself "
             "states 63.86%). 76.63% = 6 / 7.83 (76.628%), i.e. it implies 6 万元 spent, not 5",
     "stated": "76.63%", "computed": "63.86%"},
    {"kind": "label", "lines": [33, 31],
     "what": "line 33 says '2023 年“三公”经费支出决算为 5 万元，完成预算的 63.86%' but the budget it is "
             "measured against is the 2024 budget 7.83 (line 31); probably 2024 meant. Also '0 元' where "
             "everything else is 万元"},
    {"kind": "soft", "lines": [33],
     "what": "因公出国(境)费 '完成预算的 0%' with budget 0 (line 31): 0/0 is undefined"},
    {"kind": "label", "lines": [241, 255],
     "what": "score-group numbering: 1、投入 (145), 2、过程 (171), 2、产出 (241, duplicate), 3、效果 (255)"},
    {"kind": "label", "lines": [211, 231],
     "what": "under 过程 the subgroups run （三） (173), (一) (211), （二） (231): numbering restarts; "
             "投入 uses （一）（二） (147, 157) so 过程 should continue （三）（四）（五）"},
    {"kind": "soft", "lines": [185, 189],
     "what": "支出进度: text says 第一、二季度 did NOT reach 序时进度 yet scores 2 (same as the other full-mark "
             "2-point items; leaf cap not written, so not provable). Line 189 '未无结转' is a garbled "
             "double negative"},
    {"kind": "soft", "lines": [21],
     "what": "基本 + 项目 = 817.444551 + 11675.94356 = 12493.388111 vs total 12493.388108 (diff 0.000003): "
             "项目支出 is written to 5 decimals (12493.388108 - 817.444551 = 11675.943557 -> 11675.94356). "
             "A checker must NOT flag this as an error (rounding of the last written digit)"},
]

NOT_SLIPS = [
    {"lines": [21], "what": "人员经费 + 公用经费 = 基本支出",
     "arithmetic": "783.801051 + 33.6435 = 817.444551 (exact)"},
    {"lines": [23], "what": "一般财政预算拨款 + 国有资本经营预算 = 预算收入",
     "arithmetic": "12490.388108 + 3 = 12493.388108 (exact)"},
    {"lines": [25], "what": "基本支出 817.444551 占 6.5%",
     "arithmetic": "817.444551 / 12493.388108 = 6.543% -> 6.5%"},
    {"lines": [25], "what": "项目支出 11675.94356 占 93.5%",
     "arithmetic": "11675.94356 / 12493.388108 = 93.457% -> 93.5%; 6.5 + 93.5 = 100.0"},
    {"lines": [25], "what": "人员经费 占全年总支出的 6.3%",
     "arithmetic": "783.801051 / 12493.388108 = 6.274% -> 6.3%"},
    {"lines": [25], "what": "公用经费 占全年总支出的 0.3%",
     "arithmetic": "33.6435 / 12493.388108 = 0.269% -> 0.3%"},
    {"lines": [29], "what": "人员经费 占基本支出 95.9%",
     "arithmetic": "783.801051 / 817.444551 = 95.884% -> 95.9%"},
    {"lines": [29], "what": "公用经费 占基本支出 4.1%",
     "arithmetic": "33.6435 / 817.444551 = 4.116% -> 4.1%; 95.9 + 4.1 = 100.0"},
    {"lines": [31], "what": "三公 预算 7.83 = 因公出国 0 + 公务用车运行 7.5 + 公务接待 0.33",
     "arithmetic": "0 + 7.5 + 0.33 = 7.83"},
    {"lines": [33], "what": "三公 决算 5 完成预算的 63.86%",
     "arithmetic": "5 / 7.83 = 63.857% -> 63.86%"},
    {"lines": [33], "what": "公务用车 5 完成预算的 66.67%",
     "arithmetic": "5 / 7.5 = 66.667% -> 66.67%"},
    {"lines": [33], "what": "三公 决算 = parts", "arithmetic": "0 (因公出国) + 0 (公务接待) + 5 (公务用车) = 5"},
    {"lines": [33], "what": "公务接待费支出 0 万元，完成预算的 0%", "arithmetic": "0 / 0.33 = 0%"},
    {"lines": [17], "what": "人员 81 = 公务员 11 + 事业 70", "arithmetic": "11 + 70 = 81"},
    {"lines": [21, 25], "what": "预算项目资金 = 部门总支出 = 全年支出 = 12493.388108 (same figure three times)"},
    {"lines": [229], "what": "资产管理规范性: 扣 0.4 分，得 1.6 分 (implied cap 2)", "arithmetic": "2 - 0.4 = 1.6"},
    {"lines": [145, 171, 241, 255, 271],
     "what": "stated total 95.35 = sum of all item scores",
     "arithmetic": "17.75 + 37.6 + 25 + 15 = 95.35"},
    {"lines": [147, 149, 153], "what": "绩效目标指标管理 full marks", "arithmetic": "7 + 3 = 10 = cap 10"},
    {"lines": [211, 213, 219, 223, 227], "what": "预算管理 within cap", "arithmetic": "2 + 2 + 1 + 1.6 = 6.6 <= 7"},
    {"lines": [231, 233, 237], "what": "绩效评价 full marks", "arithmetic": "4 + 4 = 8 = cap 8"},
    {"lines": [173, 175, 179, 183, 187, 191, 195, 199, 203, 207], "what": "预算执行 within cap",
     "arithmetic": "2+2+2+2+2+2+2+4+5 = 23 <= 25"},
    {"lines": [171, 173, 211, 231], "what": "过程 subgroup caps add up", "arithmetic": "25 + 7 + 8 = 40"},
    {"lines": [133], "what": "调解案件 全部解决，结案率100% (consistent, no counts to check)"},
]
