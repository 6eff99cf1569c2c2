import Foundation
import Testing
@testable import ZhengfengKit

/// The table readers read what Excel and WPS save: GBK and UTF-8 CSV (BOM, CRLF) and .xlsx.
@Suite struct CampaignTableReaderTests {
    @Test func gbkCSVWithCRLFFromExcelIsReadWithoutAWarning() throws {
        let bytes = CampaignFixture.gbk(CampaignFixture.csv(["单位,月份,四进活动场次", "渭阳街道办事处,2026-03,2"]))
        #expect(String(data: bytes, encoding: .utf8) == nil, "the test bytes must really be GBK")
        let (table, warnings) = try CSVTableReader.read(bytes, displayPath: "content/data/reports/3.csv")
        #expect(table.header == ["单位", "月份", "四进活动场次"])
        #expect(table.rows.count == 1)
        #expect(table.cell(table.rows[0], 0).text == "渭阳街道办事处")
        #expect(table.cell(table.rows[0], 2).text == "2")
        #expect(warnings.isEmpty)
    }

    @Test func utf8WithBOMAndALineBreakInsideACellKeepsLaterLineNumbers() throws {
        let text = "\u{FEFF}单位,工作落实情况\r\n甲,\"第一行\r\n第二行\"\r\n乙,好\r\n"
        let (table, _) = try CSVTableReader.read(Data(text.utf8), displayPath: "t.csv")
        #expect(table.header == ["单位", "工作落实情况"])
        #expect(table.cell(table.rows[0], 1).text == "第一行\n第二行")
        #expect(table.rows[1].location.line == 4)
        #expect(table.cell(table.rows[1], 1).location == SourceLocation(file: "t.csv", line: 4, column: 2))
    }

    @Test func bytesThatAreNeitherUTF8NorGB18030AreAnEncodingError() {
        let bytes = Data([0x41, 0x2C, 0xFF, 0xFF, 0x0D, 0x0A])
        #expect(throws: Diagnostic.self) { try CSVTableReader.read(bytes, displayPath: "x.csv") }
        do {
            _ = try CSVTableReader.read(bytes, displayPath: "x.csv")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.code == "CAMPAIGN_ENCODING")
            #expect(diagnostic.message.contains("另存为"))
        } catch {}
    }

    @Test func xlsxSharedStringsNumbersAndDateSerialsWithCellReferences() throws {
        let data = try CampaignFixture.xlsx([["单位", "月份", "参与人数"], ["区教育局", "#46113", "#120"]], sheet: "五月")
        let table = try XLSXTableReader.read(data, displayPath: "content/data/reports/4.xlsx")
        #expect(table.header == ["单位", "月份", "参与人数"])
        let month = table.cell(table.rows[0], 1)
        #expect(table.cell(table.rows[0], 0).text == "区教育局")
        #expect(CampaignValues.month(month.text) == CampaignMonth(year: 2026, month: 4))
        #expect(CampaignValues.count(table.cell(table.rows[0], 2).text) == 120)
        #expect(month.reference == "五月!B2")
        #expect(month.location == SourceLocation(file: "content/data/reports/4.xlsx", line: 2, column: 2))
    }

    @Test func aFileThatIsNotAWorkbookIsReported() {
        do {
            _ = try XLSXTableReader.read(Data("not a zip".utf8), displayPath: "a.xlsx")
            Issue.record("no error")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.code == "CAMPAIGN_XLSX_UNREADABLE")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func monthsAndDaysAsUnitsTypeThem() {
        for text in ["2026-05", "2026/5", "2026年5月", "2026-05-01", "2026.05", "46143"] {
            #expect(CampaignValues.month(text) == CampaignMonth(year: 2026, month: 5), "\(text)")
        }
        for text in ["2026-13", "五月", "2026", "", "26-05"] { #expect(CampaignValues.month(text) == nil, "\(text)") }
        #expect(CampaignValues.day("2026/5/20")?.key == "2026-05-20")
        #expect(CampaignValues.day("2026-02-30") == nil)
        #expect(CampaignValues.count("1,234") == 1234)
        #expect(CampaignValues.count("12.0") == 12)
        #expect(CampaignValues.count("三场") == nil && CampaignValues.count("-1") == nil)
    }
}
