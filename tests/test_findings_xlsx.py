"""``jixiao check --xlsx``: the reviewer's worklist (审核问题清单) as Excel.

Expected values from the example package (examples/example_package.txt, written by
``jixiao example``): its 基础数据表 states 三公经费 2024 年决算数 10.60 while its parts are
公务用车购置和维护经费 5.50 + 公务接待 5.00 = 10.50, and its second 项目支出绩效自评表
(人才引进专项经费) has indicator scores 25 + 25 + 30 + 10 = 90 plus 执行 10 = 100 against a
总分 of 98: two errors, nothing else.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from jixiao.cli import app

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "example_package.txt"


def _rows(ws) -> list[dict]:
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def test_findings_workbook_lists_every_finding_with_an_empty_action_column(tmp_path):
    out = tmp_path / "问题清单.xlsx"
    r = CliRunner().invoke(app, ["check", str(EXAMPLE), str(EXAMPLE.parent), "--xlsx", str(out), "-q"])
    assert r.exit_code == 1 and out.exists()  # two errors: exit status 1, the list still written
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["问题清单", "汇总"]
    found = _rows(wb["问题清单"])
    # the example given twice (the file and its folder) is still one package: one copy of each finding
    by_rule = {f["规则"]: f for f in found}
    assert sorted(by_rule) == ["SCORE-005", "SUM-001"] and len(found) == 2
    s = by_rule["SUM-001"]
    assert (s["单位"], s["年度"], s["级别"], s["填报"], s["应为"]) == ("示例县人力资源和社会保障局", 2024, "错误", "10.60", "10.50")
    assert s["建议"] == "将「2024 年决算数」由 10.60 更正为 10.50（或核实后说明差异原因）" and s["处理情况"] is None
    assert by_rule["SCORE-005"]["表格"] == "人才引进专项经费"
    (summary,) = _rows(wb["汇总"])
    assert (summary["错误"], summary["警告"], summary["提示"], summary["合计"]) == (2, 0, 0, 2)
    ws = wb["问题清单"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:M3"


def test_findings_workbook_into_a_missing_folder_is_one_line(tmp_path):
    r = CliRunner().invoke(app, ["check", str(EXAMPLE), "--xlsx", str(tmp_path / "无此文件夹" / "x.xlsx")])
    assert r.exit_code == 2 and "Traceback" not in r.output


def test_the_python_api_runs_each_stage():
    import jixiao

    pkg = jixiao.load(EXAMPLE)
    assert sorted(f.rule for f in jixiao.check(pkg)) == ["SCORE-005", "SUM-001"]  # the module docstring's two slips
    scored = jixiao.score(pkg)
    # 人才引进专项经费: reported total 98; recomputed 25 + 25 + 30 + 10 = 90 plus the execution
    # score 105 / 110 = 95.45% of 10 = 9.545, 9.55 at two places: 99.55
    project = next(t for t in scored.tables if t.name == "人才引进专项经费")
    assert (project.reported_total, project.recomputed_total) == (98, Decimal("99.55"))
    assert callable(jixiao.write_outputs) and "check" in jixiao.__all__
