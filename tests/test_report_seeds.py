"""The 自评报告 .docx of seeds 004 and 002: the unit's own report mapped into the standard outline
(一…八), each source section once, under the chapter it belongs to, in the unit's own words.

Seed 004 (岳阳市君山区 2023): its report (lines 871-941) numbers its chapters 1、(Word's lost
autonumber for 一、) 二、…八、 and then 9、 10、, which the text export makes look like items of
八、下一步改进措施.  Seed 002 (高邑县 2024) is a report-only package (no forms) with its own
outline: 一、部门基本情况 (概况, 收支预算, 绩效目标), 二、自评工作开展情况, 三、目标实现情况及指标分析
(a score tree), 四、评价结论和评价等级, 五、存在的问题及改进措施, 六、评价工作组人员名单.
Every expected value below was read by hand from the seed files (line numbers in comments).
"""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from seedlib import seed_path

from jixiao.pipeline import load
from jixiao.writers import report_docx

SEED_002 = "002_667c629c576ffe37.txt"
SEED_004 = "004_dc9c9a078db0651c.txt"
CHAPTERS = ["一、部门基本情况", "二、一般公共预算支出情况", "三、政府性基金预算支出情况", "四、部门整体支出绩效情况",
            "五、存在的问题及原因分析", "六、下一步改进措施", "七、部门整体支出绩效自评结果拟应用和公开情况",
            "八、其他需要说明的情况"]
PLACEHOLDER = re.compile(r"【待填写：[^】]*】")


def _paragraphs(seed: str) -> list[tuple[str, str]]:
    """(style, text) of every non-empty paragraph of the written report; the 落款 (right-aligned
    unit and date) has the style "落款"."""
    doc = Document(io.BytesIO(report_docx(load(seed_path(seed)))))
    return [("落款" if p.alignment == WD_ALIGN_PARAGRAPH.RIGHT else p.style.name, p.text.strip())
            for p in doc.paragraphs if p.text.strip()]


def _chapters(paras: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Paragraph texts by chapter heading (Heading 1), the 落款 aside."""
    out: dict[str, list[str]] = {"": []}
    current = ""
    for style, text in paras:
        if style == "Heading 1":
            current = text
            out.setdefault(current, [])
        elif style != "落款":
            out[current].append(text)
    return out


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def report_004():
    return _paragraphs(SEED_004)


@pytest.fixture(scope="module")
def report_002():
    return _paragraphs(SEED_002)


# ------------------------------------------------------------------ 004


def test_004_each_standard_chapter_once(report_004):
    heads = [t for s, t in report_004 if s == "Heading 1"]
    assert heads == CHAPTERS
    texts = [t for _, t in report_004]
    for numeral in "一二三四五六七八":
        assert sum(t.startswith(numeral + "、") for t in texts) == 1, numeral


def test_004_source_section_9_once_under_chapter_7(report_004):
    # seed 004 lines 938-939: "9、 部门整体支出绩效自评结果拟应用和公开情况" / its one paragraph
    para_9 = "将自评结果作为下年预算编制及执行的重要参考，绩效自评报告依规定公开，接受社会监督。"
    texts = [t for _, t in report_004]
    assert texts.count(para_9) == 1
    ch = _chapters(report_004)
    assert para_9 in ch[CHAPTERS[6]]
    assert para_9 not in ch[CHAPTERS[5]]
    # its heading is the standard chapter 七's, written once, never as "9、…" inside 六
    assert sum("结果拟应用和公开情况" in t for t in texts) == 1


def test_004_source_section_10_once_under_chapter_8(report_004):
    # seed 004 lines 940-941: "10、 其他需要说明的情况" / "暂无其他需要说明的情况。"
    texts = [t for _, t in report_004]
    assert texts.count("暂无其他需要说明的情况。") == 1
    assert _chapters(report_004)[CHAPTERS[7]] == ["暂无其他需要说明的情况。"]


def test_004_source_numbering_is_not_carried(report_004):
    texts = [t for _, t in report_004]
    assert not [t for t in texts if re.match(r"(9|10)\s*、", t)]
    # seed 004 line 873 "1、 部门（单位）基本情况" is chapter 一, not an item "1、" of it
    assert not [t for t in texts if "部门（单位）基本情况" in t]


def test_004_measures_stay_in_chapter_6(report_004):
    # seed 004 lines 931-937: 八、下一步改进措施 with its items 1、 2、 3、 (4、 in a paragraph)
    measures = _chapters(report_004)[CHAPTERS[5]]
    assert measures[0] == "1、提高预算编制科学性和合理性，严格执行预算"
    assert measures[2] == "2、兼顾预算调整的灵活性"
    assert measures[4] == "3、加强财务人员的学习培训"
    assert measures[-1].startswith("4、完善制度管理，严格控制支出。")
    assert len(measures) == 7


def test_004_unit_text_of_chapter_2_is_kept(report_004):
    ch2 = _chapters(report_004)[CHAPTERS[1]]
    # seed 004 line 882: the unit's own 基本支出 figure (the 基础数据表 has no 部门基本支出预算调整 row)
    assert "2023年基本支出988.30万元 ，具体包括：" in ch2
    # seed 004 line 887 (2、“三公”经费情况) and line 900 (（2） 项目支出情况)
    assert any(t.startswith("2023年度，区人社局“三公”经费0.80万元") for t in ch2)
    assert "2023年度，区人社局项目支出总额为306.22万元。" in ch2
    assert not [t for t in ch2 if "基本支出预算数和决算数" in t]  # no placeholder where the unit wrote it


# ------------------------------------------------------------------ 002


def test_002_keeps_its_overview(report_002):
    ch1 = _chapters(report_002)[CHAPTERS[0]]
    # seed 002 line 13 (（一）部门概况, first paragraph)
    assert ("人社局部门下设高邑县就业服务中心、高邑县社保服务中心2个二级机构，劳动保障监察大队、高邑县劳动人事争议仲裁股、"
            "人才交流中心、劳动技工学校4股级二级机构，内设5个股室：办公室、社会保险股、就业促进股、人事人才股、劳动仲裁股。") in ch1
    # seed 002 line 15 begins the 职能 paragraph
    assert any(t.startswith("贯彻执行国家、省、市、县人力资源和社会保障事业发展规划、政策；") for t in ch1)


def test_002_keeps_its_figures(report_002):
    ch2 = _chapters(report_002)[CHAPTERS[1]]
    # seed 002 line 21 (（二）部门收支预算情况): money to six decimals, kept as written
    assert ("2024 年财政共安排预算项目资金 12493.388108 万元，2024 年部门总支出为 12493.388108 万元，其中基本支出 "
            "817.444551 万元、项目支出 11675.94356 万元。基本支出中人员经费支出 783.801051 万元、公用经费支出 33.6435 万元。") in ch2
    # seed 002 line 31: 三公经费预算数 7.83 万元
    assert any("“三公”经费预算数 7.83 万元" in t for t in ch2)


def test_002_keeps_goals_and_its_score_with_grade(report_002):
    ch4 = _chapters(report_002)[CHAPTERS[3]]
    # seed 002 line 41 (1. 部门整体支出绩效目标)
    assert any(t.startswith("2024年，高邑县人力资源和社会保障局总体工作思路是") for t in ch4)
    # seed 002 line 271 (四、评价结论和评价等级): "评价得分为 95.35 分，项目综合绩效评价等级为优秀"
    scored = [t for t in ch4 if re.search(r"95\.35\s*分", t)]
    assert scored and all("优" in t for t in scored)


def test_002_problems_and_measures_each_in_their_chapter(report_002):
    ch = _chapters(report_002)
    # seed 002 lines 277, 279 (（一）存在的主要问题) and 283, 285 (（二）…改进措施或建议)
    problem = "一是绩效目标设置科学性有待提高。部分绩效指标设置不够全面，绩效指标设置的科学性、准确性有待提升。"
    measure = "1、在工作中根据不断出现的新情况和发现的新问题，逐步完善项目绩效评价管理体系，进一步提高项目绩效管理水平；"
    assert ch[CHAPTERS[4]][0] == problem and len(ch[CHAPTERS[4]]) == 2
    assert ch[CHAPTERS[5]][0] == measure and len(ch[CHAPTERS[5]]) == 2
    texts = [t for _, t in report_002]
    assert texts.count(problem) == texts.count(measure) == 1


def test_002_score_item_is_not_taken_for_a_chapter(report_002):
    # seed 002 lines 237-239: "2. 评价结果应用率" is an item of the score tree, not 七、结果应用和公开
    ch7 = _chapters(report_002)[CHAPTERS[6]]
    assert ch7 == ["【待填写：自评结果拟应用和公开情况】"]


def test_002_placeholders_only_where_the_package_has_nothing(report_002):
    # 4 placeholders, one for each part the seed truly lacks:
    #  三、政府性基金: the seed never mentions 政府性基金 (line 23 names only 一般预算 and 国有资本经营预算);
    #  四、（…）预算执行情况: no 部门整体支出绩效自评表 (年初预算数, 全年预算数, 执行率) in a report-only package;
    #  七、结果应用和公开 and 八、其他: the seed has no such chapters (its 六、 lines 287-296 is the signatories list).
    holders = [m for _, t in report_002 for m in PLACEHOLDER.findall(t)]
    assert len(holders) == 4, holders
    ch = _chapters(report_002)
    assert PLACEHOLDER.fullmatch(ch[CHAPTERS[2]][0])
    assert any("预算执行" in h for h in holders)
    assert PLACEHOLDER.fullmatch(ch[CHAPTERS[6]][0]) and PLACEHOLDER.fullmatch(ch[CHAPTERS[7]][0])


# ------------------------------------------------------------------ every seed with its own report


@pytest.mark.parametrize("seed", ["000_a1e8d29c7864ba8d.txt", SEED_002, "003_c0781168737441b9.txt", SEED_004])
def test_unit_paragraphs_written_once(seed):
    """Each paragraph of the unit's own 自评报告 is in the written report exactly as often as in the
    source: nothing lost, nothing doubled (the signatories section, used for the 落款, aside)."""
    pkg = load(seed_path(seed))
    (n,) = [x for x in pkg.narratives if x.kind == "self_report"]
    source: Counter[str] = Counter()

    def walk(sections):
        for s in sections:
            if re.search(r"人员名单|签字", s.heading):
                continue
            source.update(p.strip() for p in s.paragraphs if p.strip())
            walk(s.children)

    walk(n.sections)
    written = Counter(t for _, t in _paragraphs(seed))
    assert {p: (c, written[p]) for p, c in source.items() if written[p] != c} == {}
