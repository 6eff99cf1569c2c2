import Foundation
import Testing
@testable import ZhengfengKit

/// Bad campaign input is an error at its file, line and column (or .xlsx cell), never a silent zero.
@Suite struct CampaignValidationTests {
    static func load(_ files: [String: String], binary: [String: Data] = [:]) throws -> (CampaignData?, [Diagnostic]) {
        var all = files
        all["content/site.yml"] = "title: 测试\nbase_url: https://example.org/\n"
        all["content/data/units.yml"] = all["content/data/units.yml"] ?? CampaignFixture.unitsYAML
        let site = TestSites.make(all)
        for (path, data) in binary { try data.write(to: site.appendingPathComponent(path)) }
        return CampaignLoader(siteDirectory: site).load()
    }

    static func lines(_ diagnostics: [Diagnostic]) -> [String] { diagnostics.map(\.description) }

    @Test func badReportCellsAreReportedAtTheirLineAndColumn() throws {
        let (data, diagnostics) = try Self.load(["content/data/reports/5.csv": CampaignFixture.csv([
            "单位,月份,四进活动场次",
            "渭阳街道办事处,2026-13,1",
            "人民街道办事处,2026-05,三场",
            "渭阳街道,2026-05,1",
            "区教育局,2026-05,2",
            "区教育局,2026-05,3",
        ])])
        let found = diagnostics.map { "\($0.location.file):\($0.location.line):\($0.location.column) \($0.code)" }
        #expect(found == [
            "content/data/reports/5.csv:2:2 CAMPAIGN_MONTH_INVALID",
            "content/data/reports/5.csv:3:3 CAMPAIGN_NUMBER_INVALID",
            "content/data/reports/5.csv:4:1 CAMPAIGN_UNIT_UNKNOWN",
            "content/data/reports/5.csv:6:1 CAMPAIGN_ROW_DUPLICATE",
        ])
        #expect(diagnostics[0].message.contains("第 2 行第 2 列的月份“2026-13”"))
        #expect(diagnostics[1].message.contains("“三场”"))
        #expect(diagnostics[2].message.contains("是不是“渭阳街道办事处”"))
        #expect(diagnostics[3].message.contains("第 5 行填过"))
        // The bad number is not a silent zero added to the totals: the row with it still counts, once.
        #expect(data?.reports.first { $0.unit == "区教育局" }?.events == 2)
    }

    @Test func anXLSXCellIsNamedByItsSheetAndReference() throws {
        let workbook = try CampaignFixture.xlsx([["单位", "月份"], ["区教育局", "五月"]])
        let (_, diagnostics) = try Self.load(["content/data/reports/.keep": ""],
                                             binary: ["content/data/reports/4.xlsx": workbook])
        #expect(Self.lines(diagnostics) == [
            "content/data/reports/4.xlsx:2:2: 错误: 单元格 Sheet1!B2的月份“五月”无法识别或不在 2026 年内。请写成“2026-05”这样的年-月。 [CAMPAIGN_MONTH_INVALID]",
        ])
    }

    @Test func missingColumnsBadVisitsAndBadAnswersAreReported() throws {
        let (_, diagnostics) = try Self.load([
            "content/data/metrics.csv": CampaignFixture.csv(["月份,信访举报总量", "2026-01,3"]),
            "content/data/visits.yml": "visits:\n  - date: 2026-04-16\n    unit: 区教育局\n    status: 完成\n  - date: 4月16日\n    unit: 区教育局\n    status: 整改中\n",
            "content/data/survey.yml": "questions:\n  - id: q1\n    text: 举报电话？\n    options: [\"12345\", \"12388\"]\n    answer: B\n",
            "content/data/survey-results/a.csv": CampaignFixture.csv(["对象,q1", "街道,B", "农村,C"]),
        ])
        let found = diagnostics.map { "\($0.location.file):\($0.location.line):\($0.location.column) \($0.code)" }
        #expect(found == [
            "content/data/visits.yml:4:13 CAMPAIGN_SETTING_INVALID",
            "content/data/visits.yml:5:11 CAMPAIGN_DATE_INVALID",
            "content/data/metrics.csv:1:1 CAMPAIGN_COLUMN_MISSING",
            "content/data/survey-results/a.csv:2:1 CAMPAIGN_ANSWER_INVALID",
            "content/data/survey-results/a.csv:3:2 CAMPAIGN_ANSWER_INVALID",
        ])
        #expect(diagnostics[2].message.contains("检举控告"))
    }

    @Test func anUndecodableReportFileIsAnErrorAtTheFile() throws {
        let (_, diagnostics) = try Self.load(["content/data/reports/.keep": ""],
                                             binary: ["content/data/reports/6.csv": Data([0x41, 0xFF, 0xFF, 0x0A])])
        #expect(diagnostics.map(\.code) == ["CAMPAIGN_ENCODING"])
        #expect(diagnostics.first?.location.file == "content/data/reports/6.csv")
    }

    @Test func badDataStopsAnInternalBuildButOnlyWarnsInAPublicOne() throws {
        let site = TestSites.make([
            "content/site.yml": "title: 测试\nbase_url: https://example.org/\n",
            "content/_index.md": "---\ntitle: 首页\n---\n",
            "content/data/units.yml": CampaignFixture.unitsYAML,
            "content/data/reports/5.csv": CampaignFixture.csv(["单位,月份", "渭阳街道办事处,2026-13"]),
        ])
        let output = site.appendingPathComponent("output")
        var options = TestSites.options(site, output: output)
        let report = try SiteBuilder(options: options).build()
        #expect(report.warnings.contains { $0.code == "CAMPAIGN_MONTH_INVALID" && $0.severity == .warning })
        try FileManager.default.removeItem(at: output)
        options.includeInternal = true
        #expect(throws: DiagnosticsError.self) { try SiteBuilder(options: options).build() }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
