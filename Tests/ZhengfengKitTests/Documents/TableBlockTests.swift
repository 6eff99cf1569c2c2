import Foundation
import Markdown
import Testing
@testable import ZhengfengKit

/// Table blocks: cells pasted from Excel/WPS (tabs) or written as CSV, the options on the
/// fence line, and the errors editors make, each at its line.
@Suite struct TableBlockTests {
    func parse(_ info: String, _ literal: String, line: Int = 5) throws(TableProblem) -> TableBlock {
        try TableBlock.parse(FencedBlock(info: info, literal: literal, line: line, column: 1))
    }

    func problem(_ info: String, _ literal: String, line: Int = 5) -> TableProblem? {
        do {
            _ = try parse(info, literal, line: line)
            return nil
        } catch {
            return error
        }
    }

    @Test func cellsPastedFromExcelAreTabSeparatedAndNumbersAlignRight() throws {
        let table = try parse("表格 标题=\"2026年受理情况\"", "月份\t来信\t来访\n一月\t12\t3\n二月\t1,204\t\n")
        #expect(table.caption == "2026年受理情况")
        #expect(table.rows == [["月份", "来信", "来访"], ["一月", "12", "3"], ["二月", "1,204", ""]])
        #expect(table.headerRowCount == 1 && table.firstColumnIsHeader)
        #expect(table.alignments == [.left, .right, .right])
    }

    @Test func csvWithQuotedCellsKeepsCommasAndDoubledQuotesAndLinesInside() throws {
        let table = try parse("table caption=Cases header=2 row-headers=no align=lcr",
                              "单位,事项,件数\n,,合计\n\"区卫健局，区教育局\",\"关于\"\"清风\"\"行动\",\"第一行\n第二行\"\n")
        #expect(table.caption == "Cases" && table.headerRowCount == 2 && !table.firstColumnIsHeader)
        #expect(table.rows[2] == ["区卫健局，区教育局", "关于\"清风\"行动", "第一行\n第二行"])
        #expect(table.alignments == [.left, .center, .right])
    }

    @Test func raggedRowIsReportedAtItsLineCountingLinesInsideQuotedCells() {
        let problem = problem("表格", "a,b,c\n\"x\ny\",2,3\n\n1,2\n", line: 10)
        // fence on 10, rows on 11, 12–13 (a cell over two lines), a blank line 14, the short row on 15
        #expect(problem == TableProblem(kind: .ragged(row: 3, cells: 2, expected: 3), line: 15, column: 1))
    }

    @Test func emptyTableUnclosedQuoteStrayQuoteAndBadOptionsAreErrors() {
        #expect(problem("表格", "")?.kind == .empty)
        #expect(problem("表格", "\n , \n")?.kind == .empty)
        #expect(problem("表格", "单位,负责人\n区卫健局,\"王某\n区教育局,李某\n") == TableProblem(kind: .unclosedQuote, line: 7, column: 6))
        #expect(problem("表格", "活动,次数\n开展\"清风\"行动,3\n")?.kind == .strayQuote)
        #expect(problem("表格", "活动,次数\n开展\"清风\"行动,3\n")?.line == 7)
        guard case .option(let text)? = problem("表格 名称=\"x\"", "a\n")?.kind else { Issue.record("no option error"); return }
        #expect(text.contains("名称"))
        #expect(problem("表格 对齐=左右", "a,b,c\n")?.kind != nil)
        #expect(problem("表格 表头=九", "a\n")?.kind != nil)
        #expect(problem("表格 标题=\"没有结尾", "a\n")?.kind != nil)
    }

    @Test func htmlIsACaptionedTableWithScopedHeadersInALabelledScrollRegion() throws {
        let html = TableHTML.render(try parse("表格 标题=\"受理<情况>\"", "月份,来信\n一月,12\n"))
        #expect(html.hasPrefix("<div class=\"table-scroll\" role=\"region\" aria-label=\"表格：受理&lt;情况&gt;\" tabindex=\"0\">"))
        #expect(html.contains("<caption>受理&lt;情况&gt;</caption>"))
        #expect(html.contains("<thead>\n<tr><th scope=\"col\">月份</th><th scope=\"col\" class=\"align-right\">来信</th></tr>\n</thead>"))
        #expect(html.contains("<tr><th scope=\"row\">一月</th><td class=\"align-right\">12</td></tr>"))
    }

    @Test func numericCellsAreRecognised() {
        for cell in ["12", "1,204", "-3.5", "12%", "+7"] { #expect(TableBlock.isNumeric(cell), "\(cell)") }
        for cell in ["一月", "12件", "", "-", "2026-03"] { #expect(!TableBlock.isNumeric(cell), "\(cell)") }
    }
}
