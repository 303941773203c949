"""Hand-verified expected values for the six real documents in ../shared/real/.

Every value below was read by eye from the page text of the original file, using tools that are
NOT part of this project (the project's own readers were not used). The files stay in
/work/shared/real/ and are never copied into the repository.

Commands used to read (run from any directory):

    pdfinfo /work/shared/real/<file>.pdf                                  # page count, creator
    pdftotext -layout -f P -l P /work/shared/real/<file>.pdf -            # one page, layout text
    pdftotext -f 1 -l 1 /work/shared/real/<file>.pdf -                    # cover, raw text
    /work/main/.venv/bin/python - <<'EOF'                                 # cross-check of cells
    import pdfplumber
    with pdfplumber.open("/work/shared/real/<file>.pdf") as pdf:
        for row in pdf.pages[P - 1].extract_tables()[0]: print(row)
        print("".join(c["text"] for c in pdf.pages[0].chars))           # cover characters
    EOF
    /work/main/.venv/bin/python - <<'EOF'                                 # the .xls
    import xlrd
    wb = xlrd.open_workbook("/work/shared/real/r12_shanghai-putuo-danweiyusuan-template-2026.xls",
                            formatting_info=True)
    for sh in wb.sheets():
        print(sh.name, sh.nrows, sh.ncols, sh.merged_cells)
        for r in range(sh.nrows):
            for c in range(sh.ncols):
                v = sh.cell(r, c).value
                if str(v).strip(): print(xlrd.colname(c) + str(r + 1), repr(v))
    EOF

(poppler-utils pdftotext/pdfinfo from /usr/bin; pdfplumber 0.11.10 and xlrd 2.0.2 from
/work/main/.venv.) pdftotext and pdfplumber agreed on every cell recorded here.

Conventions
-----------
* "page" is the 1-based physical PDF page (the number given to ``pdftotext -f``). None of these
  PDFs prints page numbers. "pages" lists every page a table runs over (continuation pages in
  r02/r03 do NOT repeat the header; in r09 they do).
  NB: the brief's example put r02's 收入支出决算总表 on page 6; it is on page 7 (page 6 is the
  单位构成 table).
* A fact is (row, column, value):
  - row: the row label exactly as printed (ordinal prefixes such as "一、" kept), or the
    科目编码 as printed.  r09's codes are printed in separate 类 / 款 / 项 cells ("201", "06",
    "01"); they are written here as those cells joined by one space, e.g. "201 06 01".
    Hierarchical row labels in two label columns (r10 公开02表) are joined with "/".
    row None = the table's only data row, which has no label (三公 tables, r10 公开03表).
  - column: the header words as printed, from the outermost header row inwards, joined with
    "/" (header cells that wrap inside the cell are joined without the line break). For
    two-sided tables the first part is the side ("收入/决算数", "支出/决算数"). A banner row
    that spans every column (e.g. "财政拨款“三公”经费" in the 决算 三公 table) is left out.
  - value: Decimal of the amount exactly as printed, thousands separators removed, decimals
    kept ("0.00" stays D("0.00")). Blank cells are never recorded as facts.
* "unit" is the table's 单位 line. "mark" is a printed 公开0N表 mark (only r10 has them).
* key None = a table that fits none of the canonical keys (comment says why).
* empty True = table printed with its header but no amounts (facts == []).
* cover "lines" are the cover lines as ``pdftotext -layout`` prints them (stripped). The
  spaces inside "2024 年度" and "上海市 XX 局" are layout gaps between Latin and CJK glyphs;
  pdfplumber's character stream has no U+0020 there ("上海市XX局2024年度部门决算").
"""
from decimal import Decimal as D

# ---------------------------------------------------------------------------------------------
# r02  上海市普陀区规划和自然资源局 2024 年度部门决算 (Word 2010 PDF, 30 pages)
# ---------------------------------------------------------------------------------------------
R02 = {
    "file": "r02_shanghai-putuo-guihuaziyuan-juesuan-2024.pdf",
    "doc_kind": "final_accounts",
    "unit": "上海市普陀区规划和自然资源局",      # cover p1, lines 1-2 (name wraps after 自然)
    "year": 2024,
    "template": False,
    "cover": {
        "page": 1,
        "lines": ["上海市普陀区规划和自然", "资源局", "2024 年度部门决算"],
        "year_line": "2024 年度部门决算",        # p1 line 3
    },
    "toc": True,                                  # p2-3 "目   录"; lists the 9 tables (第二部分 一…九)
    "toc_pages": [2, 3],
    "tables": [
        {"key": None, "title": None, "page": 6, "pages": [6], "mark": None, "unit": None,
         # 部门决算单位构成 (第一部分 二) table 序号 | 单位名称 | 备注, no title line, no amounts:
         # fits no canonical key.
         "columns": ["序号", "单位名称", "备注"],
         "rows": [
             "上海市普陀区规划和自然资源局（本级）",                   # p6 序号 1
             "上海市普陀区规划和自然资源局执法大队（下属参公事业单位）",  # p6 序号 2 (wraps)
             "上海市普陀区土地发展中心（下属事业单位）",                 # p6 序号 3
             "上海市普陀区自然资源确权登记事务中心（下属事业单位）",     # p6 序号 4
             "上海市普陀区规划和自然资源管理事务中心（下属事业单位）",   # p6 序号 5
         ],
         "facts": []},
        {"key": "income_expenditure_summary", "title": "收入支出决算总表", "page": 7, "pages": [7],
         "mark": None, "unit": "万元",
         # line above the title reads "上海市规划和自然资源局 2024 年度部门决算表" (sic: no 普陀区)
         "supertitle": "上海市规划和自然资源局 2024 年度部门决算表",
         "facts": [
             ("一、一般公共预算财政拨款收入", "收入/决算数", D("9746.50")),  # p7 left, 1st row
             ("本年收入合计", "收入/决算数", D("9746.50")),                  # p7 left, 本年收入合计 row
             ("年初结转和结余", "收入/决算数", D("112.88")),                 # p7 left, 3rd-last row
             ("九、卫生健康支出", "支出/决算数", D("236.63")),               # p7 right (收入决算表 has 236.64)
             ("十一、城乡社区支出", "支出/决算数", D("3845.25")),            # p7 right (支出决算表 has 3845.24)
             ("本年支出合计", "支出/决算数", D("9759.38")),                  # p7 right, 本年支出合计 row
             ("年末结转和结余", "支出/决算数", D("100.00")),                 # p7 right, 3rd-last row
             ("总计", "支出/决算数", D("9859.38")),                          # p7 right, last row (left 总计 also 9859.38)
         ]},
        {"key": "income", "title": "收入决算表", "page": 8, "pages": [8, 9], "mark": None,
         "unit": "万元",
         # header: 项目 over (功能分类科目编码 | 科目名称); 本年收入合计 … 其他收入 span both header rows
         "facts": [
             ("合计", "本年收入合计", D("9746.50")),        # p8 合计 row, col 本年收入合计
             ("合计", "财政拨款收入", D("9746.50")),        # p8 合计 row, col 财政拨款收入
             ("208", "本年收入合计", D("754.75")),          # p8 row 208 社会保障和就业支出
             ("2080505", "财政拨款收入", D("446.11")),      # p8 row 2080505 (name wraps 2 lines)
             ("210", "财政拨款收入", D("236.64")),          # p8 row 210 卫生健康支出
             ("212", "本年收入合计", D("3832.36")),         # p9 (continuation, no header) row 212
             ("221", "本年收入合计", D("461.08")),          # p9 row 221 住房保障支出
             ("2210203", "财政拨款收入", D("171.49")),      # p9 last data row 购房补贴
         ]},
        {"key": "expenditure", "title": "支出决算表", "page": 10, "pages": [10, 11], "mark": None,
         "unit": "万元",
         "facts": [
             ("合计", "本年支出合计", D("9759.38")),        # p10 合计 row
             ("合计", "基本支出", D("5377.64")),            # p10 合计 row
             ("合计", "项目支出", D("4381.74")),            # p10 合计 row
             ("208", "项目支出", D("0.00")),                # p10 row 208 (zeros printed as 0.00)
             ("210", "基本支出", D("236.64")),              # p10 row 210
             ("212", "本年支出合计", D("3845.24")),         # p11 (continuation) row 212
             ("21201", "基本支出", D("1096.91")),           # p11 row 21201 城乡社区管理事务
             ("2200150", "项目支出", D("2077.09")),         # p11 row 2200150 事业运行
         ]},
        {"key": "fiscal_summary", "title": "财政拨款收入支出决算总表", "page": 12, "pages": [12, 13],
         "mark": None, "unit": "万元",
         # 支出 side columns: 合计 | 一般公共预算财政拨款 | 政府性基金预算财政拨款 | 国有资本经营预算财政拨款
         # (each wrapped over 3 lines in its cell). No 科目编码 in this table (类 names only).
         "facts": [
             ("一、一般公共预算财政拨款", "收入/决算数", D("9746.50")),                   # p12 left 1st row
             ("八、社会保障和就业支出", "支出/合计", D("754.75")),                        # p12 right
             ("九、卫生健康支出", "支出/一般公共预算财政拨款", D("236.63")),              # p12 right
             ("十一、城乡社区支出", "支出/合计", D("3832.36")),                           # p12 right
             ("十八、自然资源海洋气象等支出", "支出/一般公共预算财政拨款", D("4461.67")), # p13 right
             ("本年收入合计", "收入/决算数", D("9746.50")),                              # p13 left
             ("本年支出合计", "支出/合计", D("9746.50")),                                # p13 right
             ("总计", "支出/一般公共预算财政拨款", D("9746.50")),                        # p13 last row
         ]},
        {"key": "general_public", "title": "一般公共预算财政拨款支出决算表", "page": 14,
         "pages": [14, 15], "mark": None, "unit": "万元",
         # 合计 row is the LAST row (p15), not the first
         "facts": [
             ("208", "合计", D("754.75")),                  # p14 row 208
             ("212", "基本支出", D("1572.70")),             # p14 row 212
             ("21201", "项目支出", D("8.77")),              # p14 row 21201 (1092.80 = 1084.02 + 8.77 is off by 0.01)
             ("2200199", "项目支出", D("45.00")),           # p14 row 2200199
             ("2210201", "合计", D("289.59")),              # p15 row 2210201 住房公积金
             ("合计", "合计", D("9746.50")),                # p15 last row
             ("合计", "基本支出", D("5364.75")),            # p15 last row (支出决算表 合计 基本支出 is 5377.64)
             ("合计", "项目支出", D("4381.74")),            # p15 last row
         ]},
        {"key": "general_public_basic", "title": "一般公共预算财政拨款基本支出决算表", "page": 16,
         "pages": [16], "mark": None, "unit": "万元",
         # two side-by-side halves, each 经济分类科目编码 | 科目名称 | 决算数 (no side label printed);
         # left = 301/303, right = 302/310. pdftotext mis-aligns the right half's codes/names by
         # one line from 30207 on; pdfplumber cells confirm code↔value pairs below.
         "facts": [
             ("301", "决算数", D("4816.14")),               # p16 left half, row 301 工资福利支出
             ("30107", "决算数", D("1594.02")),             # p16 left half, row 30107 绩效工资
             ("303", "决算数", D("67.96")),                 # p16 left half, row 303
             ("302", "决算数", D("440.90")),                # p16 right half, row 302 商品和服务支出
             ("30217", "决算数", D("0.39")),                # p16 right half, row 30217 公务接待费
             ("310", "决算数", D("39.76")),                 # p16 right half, row 310 资本性支出
             ("人员经费合计", "决算数", D("4884.09")),      # p16 bottom row, left half
             ("公用经费合计", "决算数", D("480.66")),       # p16 bottom row, right half
         ]},
        {"key": "three_public", "title": "财政拨款“三公”经费支出决算表", "page": 17, "pages": [17],
         "mark": None, "unit": "万元",
         # 4 header rows: banner 财政拨款“三公”经费 / 合计 | 因公出国（境）费 | 公务用车购置及运行维护费 |
         # 公务接待费 / (小计 | 公务用车购置费 | 公务用车运行维护费) / 预算数 | 决算数 under each; one data row
         "facts": [
             (None, "合计/预算数", D("2.85")),                                            # p17 col 1
             (None, "合计/决算数", D("0.39")),                                            # p17 col 2
             (None, "因公出国（境）费/决算数", D("0.00")),                                # p17 col 4
             (None, "公务用车购置及运行维护费/小计/决算数", D("0.00")),                   # p17 col 6
             (None, "公务用车购置及运行维护费/公务用车运行维护费/决算数", D("0.00")),     # p17 col 10
             (None, "公务接待费/预算数", D("2.85")),                                      # p17 col 11
             (None, "公务接待费/决算数", D("0.39")),                                      # p17 col 12
         ]},
        {"key": "gov_fund", "title": "政府性基金预算财政拨款收入支出决算表", "page": 18, "pages": [18],
         "mark": None, "unit": "万元", "empty": True,
         "note": "说明：上海市普陀区规划和自然资源局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。",  # p18 last line
         "facts": []},
        {"key": "state_capital", "title": "国有资本经营预算财政拨款收入支出决算表", "page": 19, "pages": [19],
         "mark": None, "unit": "万元", "empty": True,
         "note": "说明：上海市普陀区规划和自然资源局本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。",  # p19 last line
         "facts": []},
    ],
    # narrative figures (第三部分), for cross-checks
    "narrative": [
        ("收入支出总计", D("9859.38"), 20),            # p20 一、
        ("基本支出", D("5377.64"), 20),                # p20 三、 占 55.10%
        ("项目支出", D("4381.74"), 20),                # p20 三、 占 44.90%
        ("一般公共预算财政拨款支出 占本年支出合计 %", D("99.86"), 21),  # p21 (9746.50/9759.38 = 99.87)
        ("一般公共预算财政拨款基本支出", D("5377.64"), 24),  # p24 六、 (table p15 says 5364.75)
        ("人员经费", D("4896.98"), 24),                # p24 六、 (table p16 人员经费合计 4884.09)
        ("公用经费", D("480.66"), 24),                 # p24 六、
        ("三公 年初预算", D("2.85"), 25),              # p25 七、(一)
        ("三公 支出决算", D("0.39"), 25),              # p25, 完成预算的 13.68%
        ("三公 比2023减少", D("0.15"), 25),            # p25, 下降 27.78%
        ("机关运行经费支出", D("142.80"), 27),          # p27 十一、(一)
        ("政府采购金额", D("2319.21"), 27),            # p27 十一、(二)
    ],
}

# ---------------------------------------------------------------------------------------------
# r03  中共上海市普陀区委社会工作部 2024 年度部门决算 (WPS PDF, 24 pages)
# ---------------------------------------------------------------------------------------------
R03 = {
    "file": "r03_shanghai-putuo-shehuigongzuobu-juesuan-2024.pdf",
    "doc_kind": "final_accounts",
    "unit": "中共上海市普陀区委社会工作部",     # cover p1 lines 1-2
    "year": 2024,
    "template": False,
    "cover": {
        "page": 1,
        # the year is on the same line as the end of the unit name
        "lines": ["中共上海市普陀区委", "社会工作部 2024 年度", "部门决算"],
        "year_line": "社会工作部 2024 年度",     # p1 line 2 (then "部门决算" on line 3)
    },
    "toc": True,
    "toc_pages": [2, 3],
    "tables": [
        {"key": None, "title": None, "page": 4, "pages": [4], "mark": None, "unit": None,
         # 单位构成 table 序号 | 单位名称 | 备注 (第一部分 二), no amounts: fits no canonical key
         "columns": ["序号", "单位名称", "备注"],
         "rows": [
             "中共上海市普陀区委社会工作部（本级）",   # p4 序号 1
             "上海市普陀区社会工作发展服务中心",       # p4 序号 2
         ],
         "facts": []},
        {"key": "income_expenditure_summary", "title": "收入支出决算总表", "page": 5, "pages": [5],
         "mark": None, "unit": "万元",
         "supertitle": "中共上海市普陀区委社会工作部 2024 年度部门决算表",
         # 支出 side has 26 类 rows (二十四、债务还本支出, 二十五、债务付息支出, 二十六、抗疫…), r02/r04 have 24
         "facts": [
             ("一、一般公共预算财政拨款收入", "收入/决算数", D("307.82")),  # p5 left 1st row
             ("本年收入合计", "收入/决算数", D("307.82")),                  # p5 left
             ("一、一般公共服务支出", "支出/决算数", D("264.87")),          # p5 right 1st row
             ("八、社会保障和就业支出", "支出/决算数", D("10.82")),         # p5 right
             ("九、卫生健康支出", "支出/决算数", D("2.71")),                # p5 right
             ("十九、住房保障支出", "支出/决算数", D("29.42")),             # p5 right
             ("本年支出合计", "支出/决算数", D("307.82")),                  # p5 right
             ("总计", "支出/决算数", D("307.82")),                          # p5 last row (年初/年末结转 blank)
         ]},
        {"key": "income", "title": "收入决算表", "page": 6, "pages": [6, 7], "mark": None,
         "unit": "万元",
         "facts": [
             ("合计", "本年收入合计", D("307.82")),         # p6 合计 row
             ("合计", "财政拨款收入", D("307.82")),         # p6 合计 row
             ("201", "本年收入合计", D("264.87")),          # p6 row 201 一般公共服务支出
             ("2013999", "财政拨款收入", D("202.24")),      # p6 row 2013999 其他社会工作事务支出
             ("20805", "本年收入合计", D("10.82")),         # p6 row 20805
             ("2101102", "财政拨款收入", D("0.49")),        # p7 (continuation) row 2101102
             ("221", "本年收入合计", D("29.42")),           # p7 row 221
         ]},
        {"key": "expenditure", "title": "支出决算表", "page": 8, "pages": [8, 9], "mark": None,
         "unit": "万元",
         # empty cells are left blank (r02 prints 0.00)
         "facts": [
             ("合计", "本年支出合计", D("307.82")),         # p8 合计 row
             ("合计", "基本支出", D("105.58")),             # p8 合计 row
             ("合计", "项目支出", D("202.24")),             # p8 合计 row
             ("201", "基本支出", D("62.63")),               # p8 row 201
             ("2013999", "项目支出", D("202.24")),          # p8 row 2013999 (基本支出 blank)
             ("2080505", "基本支出", D("6.18")),            # p8 row 2080505 (name wraps)
             ("2210201", "本年支出合计", D("17.70")),       # p9 (continuation) row 2210201
         ]},
        {"key": "fiscal_summary", "title": "财政拨款收入支出决算总表", "page": 10, "pages": [10, 11],
         "mark": None, "unit": "万元",
         # header cell "一般公共预算财政拨款" is wrapped "一般公共预 / 算财政拨款"; no 科目编码 in table
         "facts": [
             ("一、一般公共预算财政拨款", "收入/决算数", D("307.82")),             # p10 left 1st row
             ("一、一般公共服务支出", "支出/合计", D("264.87")),                   # p10 right
             ("一、一般公共服务支出", "支出/一般公共预算财政拨款", D("264.87")),   # p10 right
             ("九、卫生健康支出", "支出/合计", D("2.71")),                         # p10 right
             ("十九、住房保障支出", "支出/一般公共预算财政拨款", D("29.42")),      # p11 right
             ("本年支出合计", "支出/合计", D("307.82")),                           # p11
             ("总计", "收入/决算数", D("307.82")),                                 # p11 last row
         ]},
        {"key": "general_public", "title": "一般公共预算财政拨款支出决算表", "page": 12, "pages": [12],
         "mark": None, "unit": "万元",
         # 合计 row is the last row
         "facts": [
             ("201", "基本支出", D("62.63")),               # p12 row 201
             ("2013901", "合计", D("51.32")),               # p12 row 2013901 行政运行
             ("2013999", "项目支出", D("202.24")),          # p12 row 2013999
             ("221", "基本支出", D("29.42")),               # p12 row 221
             ("合计", "合计", D("307.82")),                 # p12 last row
             ("合计", "基本支出", D("105.58")),             # p12 last row
             ("合计", "项目支出", D("202.24")),             # p12 last row
         ]},
        {"key": "general_public_basic", "title": "一般公共预算财政拨款基本支出决算表", "page": 13,
         "pages": [13], "mark": None, "unit": "万元",
         # two halves as in r02; 人员经费合计 95.36 + 公用经费合计 10.23 = 105.59, table 合计 elsewhere 105.58
         "facts": [
             ("301", "决算数", D("95.36")),                 # p13 left half row 301
             ("30102", "决算数", D("39.72")),               # p13 left half row 30102 津贴补贴
             ("30113", "决算数", D("17.70")),               # p13 left half row 30113 住房公积金
             ("303", "决算数", D("0.00")),                  # p13 left half row 303
             ("302", "决算数", D("10.23")),                 # p13 right half row 302 (its rows add to 10.22)
             ("30239", "决算数", D("2.43")),                # p13 right half row 30239 其他交通费用
             ("人员经费合计", "决算数", D("95.36")),        # p13 bottom row left
             ("公用经费合计", "决算数", D("10.23")),        # p13 bottom row right
         ]},
        {"key": "three_public", "title": "财政拨款“三公”经费支出决算表", "page": 14, "pages": [14],
         "mark": None, "unit": "万元", "empty": True,
         "note": "说明：中共上海市普陀区委社会工作部本年度没有财政拨款“三公”经费支出，故本表无数据。",  # p14 last line
         "facts": []},
        {"key": "gov_fund", "title": "政府性基金预算财政拨款收入支出决算表", "page": 15, "pages": [15],
         "mark": None, "unit": "万元", "empty": True,
         # the template's instruction line is left in above the 说明:
         # "无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明："
         "note": "说明：中共上海市普陀区委社会工作部本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。",  # p15
         "facts": []},
        {"key": "state_capital", "title": "国有资本经营预算财政拨款收入支出决算表", "page": 16, "pages": [16],
         "mark": None, "unit": "万元", "empty": True,
         "note": "说明：中共上海市普陀区委社会工作部本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。",  # p16
         "facts": []},
    ],
    "narrative": [
        ("收入支出总计", D("307.82"), 17),             # p17 一、 增长 100.00% (单位于 2024 年成立)
        ("基本支出", D("105.58"), 17),                 # p17 三、 占 34.30%
        ("项目支出", D("202.24"), 17),                 # p17 三、 占 65.70%
        ("一般公共服务支出（类）", D("264.87"), 18),   # p18 (二) 占 86.05%
        ("住房保障支出（类） 占 %", D("9.55"), 18),     # p18 (29.42/307.82 = 9.56)
        ("全年预算", D("321.02"), 18),                 # p18 (三) "完成年初预算的 95.89%" with 年初预算 0
        ("人员经费", D("95.36"), 20),                  # p20 六、
        ("公用经费", D("10.23"), 20),                  # p20 六、
        ("机关运行经费支出", D("10.23"), 21),          # p21 十一、(一)
        ("政府采购金额", D("21.07"), 22),              # p22 (二); 面向中小企业预留 21.07
    ],
}

# ---------------------------------------------------------------------------------------------
# r04  上海 2024 部门决算 blank template, 上海市 XX 局 (WPS PDF, 23 pages)
# ---------------------------------------------------------------------------------------------
_R04_SAMPLE_ROWS = [  # example 科目 rows printed without amounts (p6, p7, p10)
    ("205", "教育支出"), ("20502", "普通教育"), ("2050205", "高等教育"), ("…", "…"),
    ("207", "文化旅游体育与传媒支出"), ("20799", "其他文化旅游体育与传媒支出"), ("…", "…"),
]
R04 = {
    "file": "r04_shanghai-bumenjuesuan-template-2024.pdf",
    "doc_kind": "final_accounts",
    "unit": None,                                   # template: no real unit
    "unit_placeholder": "上海市 XX 局",             # cover p1 line 1 (chars: "上海市XX局")
    "year": 2024,
    "template": True,
    "cover": {"page": 1, "lines": ["上海市 XX 局", "2024 年度部门决算"],
              "year_line": "2024 年度部门决算"},    # p1 line 2
    "toc": True,                                    # p2-3, lists the 9 tables 一…九
    "toc_pages": [2, 3],
    # NB: no "x,xxx" placeholder anywhere in r04 (README says there is); r04 uses XX / XXX /
    # XXXXXXXX and "。。。". The "x,xxx" placeholders are in r12 (sheet 单位编制说明).
    "placeholders": [
        (1, "cover line 1", "上海市 XX 局"),
        (2, "目录 第一部分", "第一部分 上海市 XX 局概况"),
        (4, "一、主要职能 (instruction instead of text)", "由主管部门根据三定方案等相关规定中有关主要职能填写。"),
        (4, "单位构成 序号 1", "上海市 XX 局（本级）"),
        (4, "单位构成 序号 2", "上海市 XX 中心"),
        (4, "单位构成 序号 3", "上海市 XX 研究所"),
        (4, "单位构成 序号 4-8", "。。。"),
        (5, "收入支出决算总表 supertitle", "上海市 XX 局 2024 年度部门决算表"),
        (6, "收入决算表 rows", "205 教育支出 / 20502 普通教育 / 2050205 高等教育 / … / 207 / 20799 / … (no amounts)"),
        (13, "政府性基金 说明", "说明：上海市 XX 局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。"),
        (15, "情况说明 一、", "收入支出总计 XXX 万元 … 增长（下降）XX%。主要原因：XXXXXXXX。"),
        (18, "三公 具体情况", "团组 XX 个、累计 XX 人次"),
        (21, "国有资产", "XX 部门（单位）共有车辆 XX 辆"),
        (22, "名词解释 二、", "主要是：XXXXXXXX 收入等"),
    ],
    "tables": [
        {"key": None, "title": None, "page": 4, "pages": [4], "mark": None, "unit": None,
         # 单位构成 table (序号 | 单位名称 | 备注) with placeholder units: fits no canonical key
         "columns": ["序号", "单位名称", "备注"],
         "rows": ["上海市 XX 局（本级）", "上海市 XX 中心", "上海市 XX 研究所", "。。。", "。。。", "。。。", "。。。", "。。。"],
         "facts": []},
        {"key": "income_expenditure_summary", "title": "收入支出决算总表", "page": 5, "pages": [5],
         "mark": None, "unit": "万元", "empty": True,
         "supertitle": "上海市 XX 局 2024 年度部门决算表", "facts": []},   # 24 类 rows, all blank
        {"key": "income", "title": "收入决算表", "page": 6, "pages": [6], "mark": None, "unit": "万元",
         "empty": True, "sample_rows": _R04_SAMPLE_ROWS, "facts": []},
        {"key": "expenditure", "title": "支出决算表", "page": 7, "pages": [7], "mark": None, "unit": "万元",
         "empty": True, "sample_rows": _R04_SAMPLE_ROWS, "facts": []},
        {"key": "fiscal_summary", "title": "财政拨款收入支出决算总表", "page": 8, "pages": [8, 9],
         "mark": None, "unit": "万元", "empty": True, "facts": []},
        {"key": "general_public", "title": "一般公共预算财政拨款支出决算表", "page": 10, "pages": [10],
         "mark": None, "unit": "万元", "empty": True, "sample_rows": _R04_SAMPLE_ROWS, "facts": []},
        {"key": "general_public_basic", "title": "一般公共预算财政拨款基本支出决算表", "page": 11,
         "pages": [11], "mark": None, "unit": "万元", "empty": True, "facts": []},  # codes+names, no amounts
        {"key": "three_public", "title": "财政拨款“三公”经费支出决算表", "page": 12, "pages": [12],
         "mark": None, "unit": "万元", "empty": True, "facts": []},   # no 说明 line in the template
        {"key": "gov_fund", "title": "政府性基金预算财政拨款收入支出决算表", "page": 13, "pages": [13],
         "mark": None, "unit": "万元", "empty": True,
         "note": "说明：上海市 XX 局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。", "facts": []},
        {"key": "state_capital", "title": "国有资本经营预算财政拨款收入支出决算表", "page": 14, "pages": [14],
         "mark": None, "unit": "万元", "empty": True,
         "note": "说明：上海市 XX 局本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。", "facts": []},
    ],
}

# ---------------------------------------------------------------------------------------------
# r09  上海市2025年市级单位预算, 上海市财政局 (Excel 2007 PDF, 21 pages); tables in 元, 三公 in 万元
# ---------------------------------------------------------------------------------------------
R09 = {
    "file": "r09_shanghai-caizhengju-danweiyusuan-2025.pdf",
    "doc_kind": "budget",
    "unit": "上海市财政局",                         # cover p1 line 2; every table "编制单位：上海市财政局"
    "year": 2025,
    "template": False,
    "cover": {"page": 1, "lines": ["上海市2025年市级单位预算", "预算单位：上海市财政局"],
              "year_line": "上海市2025年市级单位预算"},   # p1 line 1
    "toc": True,                                    # p2, 五、单位预算表 items 1-9
    "toc_pages": [2],
    # NB: r09 has NO 绩效目标表 and no 政府采购 table: p21 text only
    # ("本单位编报绩效目标的项目共12个，涉及项目预算资金4,222.51万元"; 政府采购预算1,708.03万元).
    "tables": [
        {"key": "budget_summary", "title": "2025年预算单位财务收支预算总表", "page": 7, "pages": [7],
         "mark": None, "unit": "元",
         # 支出 header spans 3 rows: 预算数 / (合计 | 基本支出 | 项目支出) / (人员经费 | 公用经费) under 基本支出
         "facts": [
             ("一、财政拨款收入", "本年收入/预算数", D("171915169")),                       # p7 left row 1
             ("1、一般公共预算资金", "本年收入/预算数", D("171915169")),                     # p7 left row 2
             ("收入总计", "本年收入/预算数", D("171915169")),                                # p7 last row left
             ("一、一般公共服务支出", "本年支出/预算数/合计", D("127886849")),               # p7 right row 1
             ("支出总计", "本年支出/预算数/合计", D("171915169")),                           # p7 last row
             ("支出总计", "本年支出/预算数/基本支出/人员经费", D("102464260")),              # p7 last row
             ("支出总计", "本年支出/预算数/基本支出/公用经费", D("25177779")),               # p7 last row
             ("支出总计", "本年支出/预算数/项目支出", D("44273130")),                        # p7 last row
         ]},
        {"key": "budget_income", "title": "2025年预算单位收入预算总表", "page": 8, "pages": [8, 9],
         "mark": None, "unit": "元",
         # codes in 3 cells 类|款|项; header repeated on p9; 合计 row last (p9)
         "facts": [
             ("201", "收入预算/合计", D("127886849")),              # p8 row 201 一般公共服务支出
             ("201 06 01", "收入预算/财政拨款收入", D("84861719")), # p8 row 行政运行
             ("208 05", "收入预算/合计", D("16360320")),            # p8 row 行政事业单位养老支出
             ("210 99 99", "收入预算/财政拨款收入", D("48000")),    # p9 row 其他卫生健康支出
             ("221 02 03", "收入预算/合计", D("11800000")),         # p9 row 购房补贴
             ("合计", "收入预算/合计", D("171915169")),             # p9 last row
             ("合计", "收入预算/财政拨款收入", D("171915169")),     # p9 last row
         ]},
        {"key": "budget_expenditure", "title": "2025年预算单位支出预算总表", "page": 10, "pages": [10, 11],
         "mark": None, "unit": "元",
         "facts": [
             ("201", "支出预算/基本支出", D("84861719")),            # p10 row 201
             ("201 06 02", "支出预算/项目支出", D("28544130")),      # p10 row 一般行政管理事务
             ("208", "支出预算/项目支出", D("1200000")),             # p10 row 208
             ("210 99", "支出预算/项目支出", D("48000")),            # p11 row 其他卫生健康支出 (款)
             ("221", "支出预算/合计", D("21800000")),                # p11 row 221
             ("合计", "支出预算/合计", D("171915169")),              # p11 last row
             ("合计", "支出预算/基本支出", D("127642039")),          # p11 last row
             ("合计", "支出预算/项目支出", D("44273130")),           # p11 last row
         ]},
        {"key": "budget_fiscal_summary", "title": "2025年预算单位财政拨款收支预算总表", "page": 12,
         "pages": [12], "mark": None, "unit": "元",
         # sides: 财政拨款收入 (项目|预算数) | 财政拨款支出 (项目|合计|一般公共预算|政府性基金预算|国有资本经营预算)
         "facts": [
             ("一、一般公共预算资金", "财政拨款收入/预算数", D("171915169")),          # p12 left row 1
             ("一、一般公共服务支出", "财政拨款支出/合计", D("127886849")),            # p12 right row 1
             ("二、社会保障和就业支出", "财政拨款支出/一般公共预算", D("17560320")),   # p12 right row 2
             ("四、住房保障支出", "财政拨款支出/合计", D("21800000")),                 # p12 right row 4
             ("收入总计", "财政拨款收入/预算数", D("171915169")),                      # p12 last row
             ("支出总计", "财政拨款支出/合计", D("171915169")),                        # p12 last row
             ("支出总计", "财政拨款支出/一般公共预算", D("171915169")),                # p12 last row
         ]},
        {"key": "budget_general_public", "title": "2025年预算单位一般公共预算支出功能分类预算表",
         "page": 13, "pages": [13, 14], "mark": None, "unit": "元",
         "facts": [
             ("201", "一般公共预算支出/合计", D("127886849")),           # p13 row 201
             ("201 06 05", "一般公共预算支出/项目支出", D("14111000")),  # p13 row 财政国库业务
             ("208 05 01", "一般公共预算支出/基本支出", D("4109920")),   # p13 row 行政单位离退休
             ("210", "一般公共预算支出/基本支出", D("4620000")),         # p14 row 210
             ("221 02 01", "一般公共预算支出/合计", D("10000000")),      # p14 row 住房公积金
             ("合计", "一般公共预算支出/合计", D("171915169")),          # p14 last row
             ("合计", "一般公共预算支出/基本支出", D("127642039")),      # p14 last row
             ("合计", "一般公共预算支出/项目支出", D("44273130")),       # p14 last row
         ]},
        {"key": "budget_gov_fund", "title": "2025年预算单位政府性基金预算支出功能分类预算表", "page": 15,
         "pages": [15], "mark": None, "unit": "元", "empty": True, "facts": []},  # header + 合计 row only, no 说明
        {"key": "budget_state_capital", "title": "2025年预算单位国有资本经营预算支出功能分类预算表",
         "page": 16, "pages": [16], "mark": None, "unit": "元", "empty": True, "facts": []},  # header + 合计 only
        {"key": "budget_general_public_basic", "title": "2025年预算单位一般公共预算基本支出部门预算经济分类预算表",
         "page": 17, "pages": [17, 18, 19], "mark": None, "unit": "元",
         # codes in 2 cells 类|款; columns 合计 | 人员经费 | 公用经费 under banner 一般公共预算基本支出
         "facts": [
             ("301", "一般公共预算基本支出/合计", D("98950260")),        # p17 row 301 工资福利支出
             ("302", "一般公共预算基本支出/公用经费", D("24840779")),    # p17 row 302 商品和服务支出
             ("302 12", "一般公共预算基本支出/公用经费", D("2887000")),  # p18 row 因公出国（境）费用
             ("303", "一般公共预算基本支出/合计", D("3514000")),         # p18 last row 对个人和家庭的补助
             ("310 02", "一般公共预算基本支出/公用经费", D("337000")),   # p19 row 办公设备购置
             ("合计", "一般公共预算基本支出/合计", D("127642039")),      # p19 last row
             ("合计", "一般公共预算基本支出/人员经费", D("102464260")),  # p19 last row
             ("合计", "一般公共预算基本支出/公用经费", D("25177779")),   # p19 last row
         ]},
        {"key": "budget_three_public", "title": "2025年单位“三公”经费和机关运行经费预算表", "page": 20,
         "pages": [20], "mark": None, "unit": "万元",   # printed "单位:万元" (ASCII colon)
         # header: “三公”经费预算数 (合计 | 因公出国(境)费 | 公务接待费 | 公务用车购置及运行费 (小计|购置费|运行费))
         #         | 机关运行经费预算数 ; one unlabelled data row; 购置费 cell blank
         "facts": [
             (None, "“三公”经费预算数/合计", D("346.30")),                         # p20 col 1
             (None, "“三公”经费预算数/因公出国(境)费", D("288.70")),               # p20 col 2
             (None, "“三公”经费预算数/公务接待费", D("25.40")),                    # p20 col 3
             (None, "“三公”经费预算数/公务用车购置及运行费/小计", D("32.20")),     # p20 col 4
             (None, "“三公”经费预算数/公务用车购置及运行费/运行费", D("32.20")),   # p20 col 6
             (None, "机关运行经费预算数", D("2517.78")),                           # p20 col 7
         ]},
    ],
    "narrative": [
        ("收入预算", D("17192"), 6),                   # p6 "收入预算17,192万元"
        ("“一般公共服务支出”科目", D("12789"), 6),    # p6 item 1 (万元)
        ("三公 预算数", D("346.30"), 21),              # p21 一、
        ("机关运行经费预算", D("2517.78"), 21),        # p21 二、
        ("政府采购预算", D("1708.03"), 21),            # p21 三、
        ("绩效目标 项目预算资金", D("4222.51"), 21),   # p21 四、 项目共12个
    ],
}

# ---------------------------------------------------------------------------------------------
# r10  江苏省政协办公厅 2019 预算公开表 (Excel 2010 PDF, 12 pages, one table per page, 公开01-12表)
# ---------------------------------------------------------------------------------------------
R10 = {
    "file": "r10_jiangsu-zhengxie-yusuangongkaibiao-2019.pdf",
    "doc_kind": "budget",
    "unit": "江苏省政协办公厅",                     # "部门：江苏省政协办公厅" under every title
    "year": 2019,                                   # printed only in 公开12表 title "2019年政府采购预算表" (p12)
    "template": False,
    "cover": None,                                  # no cover page: p1 is 公开01表
    "toc": False,
    "tables": [
        {"key": "budget_summary", "title": "收支预算总表", "page": 1, "pages": [1], "mark": "公开01表",
         "unit": "万元",
         # three blocks: 收入 (项目名称|金额) | 支出·功能分类 (功能科目名称|金额) | 支出·支出用途 (项目名称|金额);
         # 当年支出小计/支出合计 label spans the 功能分类 block, value printed in the rightmost column
         "facts": [
             ("一、财政拨款", "收入/金额", D("13297.11")),                        # p1 left row 1
             ("三、其他资金", "收入/金额", D("80.00")),                           # p1 left row 5
             ("收入合计", "收入/金额", D("13377.11")),                            # p1 last row (当年收入小计 also 13,377.11)
             ("一、一般公共服务支出", "支出/功能分类/金额", D("10271.56")),       # p1 middle row 1
             ("十八、住房保障支出", "支出/功能分类/金额", D("2247.04")),          # p1 middle
             ("一、基本支出", "支出/支出用途/金额", D("6522.75")),                # p1 right row 1
             ("三、单位预留机动经费", "支出/支出用途/金额", D("1886.02")),        # p1 right row 3
             ("支出合计", "支出/支出用途/金额", D("13377.11")),                   # p1 last row, far right
         ]},
        {"key": "budget_income", "title": "收入预算总表", "page": 2, "pages": [2], "mark": "公开02表",
         "unit": "万元",
         # rows: 2 label columns (group | item); 收入总计 is the FIRST row
         "facts": [
             ("收入总计", "金额", D("13377.11")),                              # p2 row 1
             ("一般公共预算资金/小计", "金额", D("13297.11")),                 # p2 row 2
             ("一般公共预算资金/公共财政拨款(补助)资金", "金额", D("13297.11")),  # p2 row 3
             ("其他资金/小计", "金额", D("80.00")),                            # p2
             ("其他资金/其他收入", "金额", D("80.00")),                        # p2
         ]},
        {"key": "budget_expenditure", "title": "支出预算总表", "page": 3, "pages": [3], "mark": "公开03表",
         "unit": "万元",
         # a single unlabelled row of totals; 结转下年资金 blank; no 科目 breakdown
         "facts": [
             (None, "合计", D("13377.11")),                 # p3 col 1
             (None, "基本支出", D("6522.75")),              # p3 col 2
             (None, "项目支出", D("4968.34")),              # p3 col 3
             (None, "单位预留机动经费", D("1886.02")),      # p3 col 4
         ]},
        {"key": "budget_fiscal_summary", "title": "财政拨款收支预算总表", "page": 4, "pages": [4],
         "mark": "公开04表", "unit": "万元",
         # 支出 side is by 支出用途 only (no 功能分类 block)
         "facts": [
             ("一、一般公共预算", "收入/金额", D("13297.11")),                 # p4 left row 1
             ("一、基本支出", "支出/支出用途/金额", D("6442.75")),             # p4 right row 1 (公开01: 6,522.75 incl. 其他资金)
             ("二、项目支出", "支出/支出用途/金额", D("4968.34")),             # p4 right row 2
             ("三、单位预留机动经费", "支出/支出用途/金额", D("1886.02")),     # p4 right row 3
             ("收入合计", "收入/金额", D("13297.11")),                         # p4 last row
             ("支出合计", "支出/支出用途/金额", D("13297.11")),                # p4 last row
         ]},
        {"key": None, "title": "财政拨款支出预算表（功能科目）", "page": 5, "pages": [5], "mark": "公开05表",
         "unit": "万元",
         # 财政拨款 (all funds) by 功能科目: no canonical key (budget_general_public is 一般公共预算 only;
         # content is identical to 公开07表 since there is no 政府性基金). Single amount column 金额.
         "facts": [
             ("合计", "金额", D("13297.11")),               # p5 row 1 (合计 in the 名称 column, code blank)
             ("201", "金额", D("10191.56")),                # p5 row 201
             ("2010204", "金额", D("1282.56")),             # p5 row 政协会议
             ("208", "金额", D("858.51")),                  # p5 row 208
             ("2080504", "金额", D("277.05")),              # p5 row 未归口管理的行政单位离退休
             ("2210202", "金额", D("1754.17")),             # p5 last row 提租补贴
         ]},
        {"key": None, "title": "财政拨款基本支出预算表（经济科目）", "page": 6, "pages": [6], "mark": "公开06表",
         "unit": "万元",
         # 财政拨款 基本支出 by 经济科目: no canonical key (identical content to 公开08表)
         "facts": [
             ("合计", "金额", D("6442.75")),                # p6 row 1
             ("301", "金额", D("4367.96")),                 # p6 row 301
             ("30102", "金额", D("2269.57")),               # p6 row 津贴补贴
             ("302", "金额", D("1130.74")),                 # p6 row 302
             ("30231", "金额", D("156.60")),                # p6 row 公务用车运行维护费
             ("303", "金额", D("944.05")),                  # p6 row 303
             ("30309", "金额", D("0.50")),                  # p6 last row 奖励金
         ]},
        {"key": "budget_general_public", "title": "一般公共预算支出预算表（功能科目）", "page": 7, "pages": [7],
         "mark": "公开07表", "unit": "万元",
         # single amount column 金额 (no non-first column exists)
         "facts": [
             ("合计", "金额", D("13297.11")),               # p7 row 1
             ("201", "金额", D("10191.56")),                # p7 row 201
             ("20102", "金额", D("10191.56")),              # p7 row 政协事务
             ("2010201", "金额", D("5223.22")),             # p7 row 行政运行
             ("208", "金额", D("858.51")),                  # p7 row 208
             ("221", "金额", D("2247.04")),                 # p7 row 221
             ("2210201", "金额", D("492.87")),              # p7 row 住房公积金
         ]},
        {"key": "budget_general_public_basic", "title": "一般公共预算基本支出预算表（经济科目）", "page": 8,
         "pages": [8], "mark": "公开08表", "unit": "万元",
         "facts": [
             ("合计", "金额", D("6442.75")),                # p8 row 1
             ("301", "金额", D("4367.96")),                 # p8 row 301
             ("30101", "金额", D("877.88")),                # p8 row 基本工资
             ("302", "金额", D("1130.74")),                 # p8 row 302
             ("30211", "金额", D("200.00")),                # p8 row 差旅费
             ("303", "金额", D("944.05")),                  # p8 row 303
             ("30302", "金额", D("707.43")),                # p8 row 退休费
         ]},
        {"key": "budget_three_public", "title": "“三公”经费、会议费、培训费支出预算表", "page": 9, "pages": [9],
         "mark": "公开09表", "unit": "万元",
         # 3 header rows: 合计 | “三公”经费 (小计 | 因公出国（境）费 | 公务用车购置及运行维护费 (小计 |
         # 公务用车购置费 | 公务用车运行维护费) | 公务接待费) | 会议费 | 培训费; 公务用车购置费 blank
         "facts": [
             (None, "合计", D("2224.43")),                                                      # p9 col 1
             (None, "“三公”经费/小计", D("660.10")),                                            # p9 col 2
             (None, "“三公”经费/因公出国（境）费", D("106.00")),                                # p9 col 3
             (None, "“三公”经费/公务用车购置及运行维护费/小计", D("156.60")),                   # p9 col 4
             (None, "“三公”经费/公务用车购置及运行维护费/公务用车运行维护费", D("156.60")),     # p9 col 6
             (None, "“三公”经费/公务接待费", D("397.50")),                                      # p9 col 7
             (None, "会议费", D("1282.56")),                                                    # p9 col 8
             (None, "培训费", D("281.77")),                                                     # p9 col 9
         ]},
        {"key": "budget_gov_fund", "title": "财政拨款政府性基金支出预算表", "page": 10, "pages": [10],
         "mark": "公开10表", "unit": "万元", "empty": True,
         "note": "注：本部门无该项目",                    # p10 below the table
         "facts": []},
        {"key": None, "title": "一般公共预算机关运行经费支出预算表", "page": 11, "pages": [11], "mark": "公开11表",
         "unit": "万元",
         # 机关运行经费 by 经济科目: no canonical key
         "facts": [
             ("合计", "机关运行经费支出", D("1130.74")),    # p11 row 1
             ("302", "机关运行经费支出", D("1130.74")),     # p11 row 302
             ("30201", "机关运行经费支出", D("110.00")),    # p11 row 办公费
             ("30231", "机关运行经费支出", D("156.60")),    # p11 row 公务用车运行维护费
             ("30299", "机关运行经费支出", D("175.50")),    # p11 last row
         ]},
        {"key": "budget_procurement", "title": "2019年政府采购预算表", "page": 12, "pages": [12],
         "mark": "公开12表", "unit": "万元",
         # columns 采购品目大类 | 专项名称 | 经济科目 | 采购物品名称 | 采购组织形式 | 总计 (only amount column);
         # categories jump 一、货物A -> 三、服务C (no 二、)
         "facts": [
             ("合计", "总计", D("1624.42")),                # p12 row 1
             ("一、货物A", "总计", D("350.00")),            # p12 row 2
             ("办公设备购置费", "总计", D("300.00")),       # p12 专项名称 row (经济科目 办公设备购置)
             ("家具用具", "总计", D("198.00")),             # p12 采购物品名称 row (分散自行组织)
             ("三、服务C", "总计", D("1274.42")),           # p12
             ("省政协业务工作经费", "总计", D("271.77")),   # p12 专项名称 row (经济科目 培训费), 2nd-last row
         ]},
    ],
}

# ---------------------------------------------------------------------------------------------
# r12  上海市普陀区2026年区级单位预算 blank template (.xls, 16 sheets)
# ---------------------------------------------------------------------------------------------
_R12_FUNC_SAMPLE = [("205", "教育支出"), ("205 02", "普通教育"), ("205 02 05", "高等教育"), ("…", "…")]
R12 = {
    "file": "r12_shanghai-putuo-danweiyusuan-template-2026.xls",
    "doc_kind": "budget",
    "unit": None,                                   # template
    "unit_placeholder": "上海市普陀区XX单位",       # 封面!A9 "预算单位：上海市普陀区XX单位"
    "year": 2026,
    "template": True,
    "cover": {"sheet": "封面", "lines": ["上海市普陀区2026年区级单位预算", "预算单位：上海市普陀区XX单位"],
              "year_line": "上海市普陀区2026年区级单位预算"},   # 封面!A3 (merged A3:M3), A9
    "toc": True,                                    # sheet 目录, A1 "目  录", items A4-A18
    # every sheet, in workbook order: (sheet name exactly, title cell, title text). All visible.
    # NB sheet 12's name ends with a space. Sizes with formatting_info=True: most table sheets
    # 23-24 x 6-9; 单位收支总表 21 x 256 and 单位财政拨款收支总表 21 x 134 (formatted empty columns);
    # text content of both ends at G21 (21 x 7).
    "sheets": [
        ("封面", "A3", "上海市普陀区2026年区级单位预算"),
        ("目录", "A1", "目  录"),
        ("单位职能", "A1", "XX（单位）主要职能"),
        ("单位机构设置", "A1", "XX（单位）机构设置"),
        ("名词解释", "A1", "名词解释"),
        ("单位编制说明", "A1", "2026年单位预算编制说明"),
        ("单位收支总表", "A2", "2026年预算单位财务收支预算总表"),
        ("单位收入总表", "A2", "2026年预算单位收入预算总表"),
        ("单位支出总表", "A2", "2026年预算单位支出预算总表"),
        ("单位财政拨款收支总表", "A2", "2026年预算单位财政拨款收支预算总表"),
        ("单位一般公共预算拨款表", "A2", "2026年预算单位一般公共预算支出功能分类预算表"),
        ("单位政府性基金拨款表", "A2", "2026年预算单位政府性基金预算支出功能分类预算表"),
        ("单位国有资本经营预算拨款表 ", "A2", "2026年预算单位国有资本经营预算支出功能分类预算表"),
        ("单位一般公共预算拨款基本支出明细表", "A2", "2026年预算单位一般公共预算基本支出部门预算经济分类预算表"),
        ("单位“三公”经费和机关运行费预算表", "A2", "2026年单位“三公”经费和机关运行经费预算表"),
        ("其他相关情况说明", "A1", "其他相关情况说明"),
    ],
    "placeholders": [
        ("封面", "A9", "预算单位：上海市普陀区XX单位"),
        ("单位职能", "A1", "XX（单位）主要职能"),
        ("单位职能", "A3", "XX是…。 主要职能包括： 1."),
        ("单位机构设置", "A3", "XX单位设XX个内设机构，包括：办公室、XX、XX、XX、XX……"),
        ("名词解释", "A3", "（九）……：指……。"),
        ("单位编制说明", "A3", "XX收入预算x,xxx万元，其中：财政拨款收入x,xxx万元，比2025年预算增加（减少）XXX万元（持平）…主要原因是xxxxxx"),
        ("单位编制说明", "A4", "1. “xx”科目x,xxx万元，主要用于……"),
        ("单位收支总表", "A4", "编制单位："),                     # unit left blank
        ("单位收支总表", "C11:C13", "二、 / 三、 / 四、"),          # 类 labels left blank
        ("单位财政拨款收支总表", "C9", "二、…"),
        ("单位收入总表", "A9:D12", "205 教育支出 / 205 02 普通教育 / 205 02 05 高等教育 / …"),
        ("其他相关情况说明", "A3", "“三公”经费预算数为XXX万元 … 共有车辆XX辆"),
    ],
    # all table sheets: header only + sample 科目 rows (codes: 类 cell numeric 205.0, 款/项 text "02"),
    # no amounts anywhere. sample_rows written with 类/款/项 joined by a space.
    "tables": [
        {"key": "budget_summary", "title": "2026年预算单位财务收支预算总表", "sheet": "单位收支总表",
         "title_cell": "A2", "mark": None, "unit": "元", "empty": True, "facts": []},   # G4 "单位：元"; header rows 6-9
        {"key": "budget_income", "title": "2026年预算单位收入预算总表", "sheet": "单位收入总表",
         "title_cell": "A2", "mark": None, "unit": "元", "empty": True, "sample_rows": _R12_FUNC_SAMPLE,
         "facts": []},   # I4 "单位：元"; 合计 at A20
        {"key": "budget_expenditure", "title": "2026年预算单位支出预算总表", "sheet": "单位支出总表",
         "title_cell": "A2", "mark": None, "unit": "元", "empty": True, "sample_rows": _R12_FUNC_SAMPLE,
         "facts": []},   # 合计 at A20
        {"key": "budget_fiscal_summary", "title": "2026年预算单位财政拨款收支预算总表", "sheet": "单位财政拨款收支总表",
         "title_cell": "A2", "mark": None, "unit": "元", "empty": True, "facts": []},   # 收入总计/支出总计 row 21
        {"key": "budget_general_public", "title": "2026年预算单位一般公共预算支出功能分类预算表",
         "sheet": "单位一般公共预算拨款表", "title_cell": "A2", "mark": None, "unit": "元", "empty": True,
         "sample_rows": _R12_FUNC_SAMPLE, "facts": []},   # 合计 at A21
        {"key": "budget_gov_fund", "title": "2026年预算单位政府性基金预算支出功能分类预算表",
         "sheet": "单位政府性基金拨款表", "title_cell": "A2", "mark": None, "unit": "元", "empty": True,
         "sample_rows": [("229", "其他支出"), ("229 08", "彩票发行销售机构业务费安排的支出"),
                         ("229 08 04", "福利彩票销售机构的业务费支出"), ("… … …", "…")],   # A9:D12
         "facts": []},
        {"key": "budget_state_capital", "title": "2026年预算单位国有资本经营预算支出功能分类预算表",
         "sheet": "单位国有资本经营预算拨款表 ", "title_cell": "A2", "mark": None, "unit": "元", "empty": True,
         "sample_rows": [("223", "国有资本经营预算支出"), ("223 01", "解决历史遗留问题及改革成本支出"),
                         ("223 01 05", "国有企业退休人员社会化管理补助支出"), ("…", "…"), ("…", "…")],  # A9:D13
         "facts": []},
        {"key": "budget_general_public_basic", "title": "2026年预算单位一般公共预算基本支出部门预算经济分类预算表",
         "sheet": "单位一般公共预算拨款基本支出明细表", "title_cell": "A2", "mark": None, "unit": "元",
         "empty": True,
         "sample_rows": [("301", "工资福利支出"), ("301 01", "基本工资"), ("… …", "…"),
                         ("303", "对个人和家庭的补助"), ("303 04", "抚恤金")],   # A9:C13; columns 合计|人员经费|公用经费
         "facts": []},
        {"key": "budget_three_public", "title": "2026年单位“三公”经费和机关运行经费预算表",
         "sheet": "单位“三公”经费和机关运行费预算表", "title_cell": "A2", "mark": None, "unit": "万元",  # G3 "单位:万元"
         "empty": True,
         # header: A4 “三公”经费预算数 (A4:F4) | G4 机关运行经费预算数 (G4:G6);
         # row 5: A5 合计 | B5 因公出国(境)费 | C5 公务接待费 | D5 公务用车购置及运行费 (D5:F5);
         # row 6: D6 小计 | E6 购置费 | F6 运行费
         "columns": ["合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费/小计",
                     "公务用车购置及运行费/购置费", "公务用车购置及运行费/运行费", "机关运行经费预算数"],
         "facts": []},
    ],
}

DOCUMENTS = [R02, R03, R04, R09, R10, R12]
