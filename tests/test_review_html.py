"""The summary page at the top of the HTML review (``jixiao check FILES --html``).

With several packages the report opens with a 汇总 section: one row per package
(序号, 单位, 年度, 文件, 错误, 警告, 提示, 结论) in natural order of unit names, each row
linking to that unit's section, a totals footer, the ten most-hit rules, and a page
break after it when printed.  With a single package the summary is kept short: the
one row only (no totals, no rule list, no page break).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import lxml.html
import pytest

import jixiao
from jixiao.checks import check
from jixiao.checks.finding import RULES
from jixiao.checks.render import render_html, review
from jixiao.content import natural_key

from seedlib import package

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "example_package.txt"
SEED_NAMES = [
    "000_a1e8d29c7864ba8d.txt",
    "001_7c0e03b398c44046.txt",
    "002_667c629c576ffe37.txt",
    "003_c0781168737441b9.txt",
    "004_dc9c9a078db0651c.txt",
]
HEADER = ["序号", "单位", "年度", "文件", "错误", "警告", "提示", "结论"]
SAFE_ID = re.compile(r"^[a-z][a-z0-9-]*$")


def _text(el) -> str:
    return " ".join(el.text_content().split())


def _summary(doc):
    found = doc.xpath('//section[@id="summary"]')
    assert len(found) == 1, "exactly one summary section"
    return found[0]


def _units_table(doc):
    tables = _summary(doc).xpath('.//table[contains(concat(" ", @class, " "), " units ")]')
    assert len(tables) == 1
    return tables[0]


def _rows(doc) -> list[dict]:
    """The body rows of the per-package table, as dicts keyed by the Chinese headers."""
    table = _units_table(doc)
    assert [_text(th) for th in table.xpath("./thead/tr/th")] == HEADER
    out = []
    for tr in table.xpath("./tbody/tr"):
        cells = tr.xpath("./td")
        row = dict(zip(HEADER, (_text(td) for td in cells)))
        links = cells[1].xpath(".//a/@href")
        assert len(links) == 1, "the unit cell links to the unit's section"
        row["href"] = links[0]
        out.append(row)
    return out


def _assert_links_resolve(doc) -> None:
    ids = doc.xpath("//@id")
    assert len(ids) == len(set(ids)), "ids are unique"
    hrefs = doc.xpath("//a/@href")
    assert hrefs
    for href in hrefs:
        assert href.startswith("#"), f"only in-page links: {href}"
        assert doc.xpath(f'//*[@id="{href[1:]}"]'), f"link {href} has no target"


def _assert_self_contained(html: str, doc) -> None:
    assert not doc.xpath("//script | //link | //iframe | //object | //embed | //img")
    assert not doc.xpath("//@src")
    assert "<script" not in html.lower()
    assert "http" not in html.replace("http-equiv", "")
    assert "@import" not in html and "url(" not in html and "@font-face" not in html


def _assert_row_matches(row: dict, r) -> None:
    assert row["单位"] == (r.unit_name or "（单位未识别）")
    assert row["年度"] == (str(r.year) if r.year else "")
    assert row["文件"] == r.source
    assert row["错误"] == str(r.counts["error"])
    assert row["警告"] == str(r.counts["warning"])
    assert row["提示"] == str(r.counts["info"])
    assert row["结论"] == ("退回整改" if r.counts["error"] > 0 else "无错误")


def _section(doc, href: str):
    target = doc.xpath(f'//*[@id="{href[1:]}"]')
    assert len(target) == 1
    return target[0]


@pytest.fixture(scope="module")
def seed_reviews():
    return [review(p, check(p)) for p in (package(n) for n in SEED_NAMES)]


@pytest.fixture(scope="module")
def example_pkg():
    return jixiao.load(EXAMPLE)


# --- five seeds -------------------------------------------------------------------------

def test_seed_summary_rows_match_per_package_counts(seed_reviews):
    html = render_html(seed_reviews)
    doc = lxml.html.fromstring(html)
    rows = _rows(doc)
    assert len(rows) == 5
    by_source = {r.source: r for r in seed_reviews}
    assert sorted(row["文件"] for row in rows) == sorted(by_source)
    for n, row in enumerate(rows, 1):
        assert row["序号"] == str(n)
        _assert_row_matches(row, by_source[row["文件"]])
    # every seed has at least one error (hand-checked slips of the originals)
    assert all(row["结论"] == "退回整改" for row in rows)


def test_seed_summary_natural_order_and_independent_of_input_order(seed_reviews):
    doc = lxml.html.fromstring(render_html(seed_reviews))
    units = [row["单位"] for row in _rows(doc)]
    assert units == sorted((r.unit_name for r in seed_reviews), key=natural_key)
    shuffled = lxml.html.fromstring(render_html(list(reversed(seed_reviews))))
    assert [(r["单位"], r["文件"], r["href"]) for r in _rows(shuffled)] == \
        [(r["单位"], r["文件"], r["href"]) for r in _rows(doc)]


def test_seed_links_resolve_to_unit_sections(seed_reviews):
    doc = lxml.html.fromstring(render_html(seed_reviews))
    _assert_links_resolve(doc)
    by_source = {r.source: r for r in seed_reviews}
    sections = doc.xpath('//section[contains(concat(" ", @class, " "), " unit ")]')
    assert len(sections) == 5
    rows = _rows(doc)
    # the sections come in the summary's order, and each row's link lands on its own unit
    assert [s.get("id") for s in sections] == [row["href"][1:] for row in rows]
    for row in rows:
        anchor = row["href"][1:]
        assert SAFE_ID.match(anchor), anchor
        r = by_source[row["文件"]]
        assert r.unit_name not in anchor
        target = _section(doc, row["href"])
        heading = _text(target.xpath(".//h2")[0])
        assert r.unit_name in heading and r.source in heading
        assert f"错误 {r.counts['error']} 条" in _text(target)
        # each section links back to the summary
        assert target.xpath('.//a[@href="#summary"]')


def test_seed_totals_footer(seed_reviews):
    doc = lxml.html.fromstring(render_html(seed_reviews))
    foot = _units_table(doc).xpath("./tfoot/tr")
    assert len(foot) == 1
    cells = dict(zip(HEADER, (_text(td) for td in foot[0].xpath("./td"))))
    assert cells["单位"] == "合计（5 套）"
    for key, sev in (("错误", "error"), ("警告", "warning"), ("提示", "info")):
        assert cells[key] == str(sum(r.counts[sev] for r in seed_reviews))
    returned = sum(1 for r in seed_reviews if r.counts["error"] > 0)
    assert cells["结论"] == f"退回整改 {returned} 套"
    assert f"其中 {returned} 套有错误须退回整改" in _text(_summary(doc))


def test_seed_most_hit_rules(seed_reviews):
    doc = lxml.html.fromstring(render_html(seed_reviews))
    tables = _summary(doc).xpath('.//table[contains(concat(" ", @class, " "), " top-rules ")]')
    assert len(tables) == 1
    got = [[_text(td) for td in tr.xpath("./td")] for tr in tables[0].xpath("./tbody/tr")]
    hits = Counter(f.rule for r in seed_reviews for f in r.findings)
    units = Counter(rule for r in seed_reviews for rule in {f.rule for f in r.findings})
    want = sorted(hits, key=lambda k: (-hits[k], k))[:10]
    assert len(hits) > 10 and len(got) == 10
    assert [g[0] for g in got] == want
    for (rule_id, title, _sev, count, n_units) in got:
        assert title == RULES[rule_id].title
        assert count == str(hits[rule_id])
        assert n_units == str(units[rule_id])


def test_seed_report_printable_and_self_contained(seed_reviews):
    html = render_html(seed_reviews)
    doc = lxml.html.fromstring(html)
    _assert_self_contained(html, doc)
    summary = _summary(doc)
    assert "page-break" in summary.get("class").split()
    css = "".join(doc.xpath("//style/text()"))
    print_css = css[css.index("@media print"):]
    assert re.search(r"\.page-break\s*\{[^}]*break-after:\s*page", print_css)
    assert "page-break-after: always" in print_css
    # the summary comes before every unit section
    body = doc.xpath("//body")[0]
    sections = body.xpath("./section")
    assert sections[0].get("id") == "summary" and len(sections) == 6


# --- the example package (single package: short summary) ---------------------------------

def test_example_single_package_short_summary(example_pkg):
    r = review(example_pkg, check(example_pkg))
    assert r.counts == {"error": 2, "warning": 0, "info": 0}
    assert sorted(f.rule for f in r.findings) == ["SCORE-005", "SUM-001"]
    html = render_html([r])
    doc = lxml.html.fromstring(html)
    rows = _rows(doc)
    assert len(rows) == 1
    assert rows[0]["序号"] == "1"
    _assert_row_matches(rows[0], r)
    assert rows[0]["结论"] == "退回整改"
    _assert_links_resolve(doc)
    target = _section(doc, rows[0]["href"])
    assert SAFE_ID.match(target.get("id"))
    assert "SUM-001" in _text(target) and "SCORE-005" in _text(target)
    # kept short: no totals, no rule list, no page break, no back links
    summary = _summary(doc)
    assert not _units_table(doc).xpath("./tfoot")
    assert not summary.xpath('.//table[contains(concat(" ", @class, " "), " top-rules ")]')
    assert "page-break" not in (summary.get("class") or "").split()
    assert not doc.xpath('//a[@href="#summary"]')
    _assert_self_contained(html, doc)


# --- synthetic units: natural order, clean units, escaping --------------------------------

def test_natural_order_clean_units_and_escaping(example_pkg):
    evil = "<script>alert('x')</script>局"
    names = ["测试10", evil, None, "测试2"]
    reviews = []
    for i, name in enumerate(names):
        pkg = example_pkg.model_copy(update={"unit_name": name, "source": f"<b>{i}</b>.txt"})
        findings = check(pkg)
        reviews.append(review(pkg, [] if name == "测试2" else findings))
    html = render_html(reviews)
    doc = lxml.html.fromstring(html)
    rows = _rows(doc)
    assert [row["单位"] for row in rows] == [evil, "测试2", "测试10", "（单位未识别）"]
    by_name = {(r.unit_name or "（单位未识别）"): r for r in reviews}
    for row in rows:
        _assert_row_matches(row, by_name[row["单位"]])
    assert [row["结论"] for row in rows] == ["退回整改", "无错误", "退回整改", "退回整改"]
    foot = dict(zip(HEADER, (_text(td) for td in _units_table(doc).xpath("./tfoot/tr/td"))))
    assert foot["错误"] == str(sum(r.counts["error"] for r in reviews)) == "6"
    assert foot["结论"] == "退回整改 3 套"
    _assert_links_resolve(doc)
    for row in rows:
        assert SAFE_ID.match(row["href"][1:])
    # escaped: the name is text, never markup
    assert not doc.xpath("//script") and not doc.xpath("//b")
    assert "<script" not in html and "&lt;script&gt;" in html
    assert "&lt;b&gt;0&lt;/b&gt;.txt" in html
    _assert_self_contained(html, doc)


def test_no_packages_renders_without_summary():
    doc = lxml.html.fromstring(render_html([]))
    assert not doc.xpath('//section[@id="summary"]')
    assert doc.xpath("//h1")
