import Foundation
import Testing
@testable import ZhengfengKit

/// The self-inspection on fixture sites: each indicator is hit at the right page, and a fresh,
/// complete site passes.
@Suite struct InspectorTests {
    typealias Sites = InspectionSites

    @Test func freshCompleteSitePassesWithNothingButExternalLinksToCheck() throws {
        let report = try Sites.inspect(Sites.fresh())
        #expect(report.passed)
        #expect(report.vetoed.isEmpty)
        let problems = report.findings.map(\.diagnostic).filter { $0.severity != .note }
        #expect(problems.isEmpty, "\(problems)")
        #expect(report.summary.hasPrefix("结论：通过"))
    }

    // MARK: 首页不更新

    @Test func homeWithoutNewsForMoreThanTwoWeeksIsAVetoAtTheHomePage() throws {
        var files = Sites.fresh()
        files["content/news/visit.md"] = Sites.page("走访社区", "date: 2026-11-05\n")
        files["content/news/meeting.md"] = Sites.page("召开会议", "date: 2026-11-01\n")
        let report = try Sites.inspect(files)
        let stale = report.all("INSPECT_HOME_STALE")
        #expect(stale.count == 1)
        #expect(stale.first?.location == SourceLocation(file: "content/_index.md"))
        #expect(stale.first?.message.contains("2026-11-05 的《走访社区》") == true)
        #expect(stale.first?.message.contains("15 天") == true)
        #expect(report.vetoed == [.homeUpdates])
        #expect(!report.passed)
    }

    @Test func homeNewsExactlyTwoWeeksOldStillCounts() throws {
        var files = Sites.fresh()
        files["content/news/visit.md"] = Sites.page("走访社区", "date: 2026-11-06\n")
        files["content/news/meeting.md"] = Sites.page("召开会议", "date: 2026-11-06\n")
        #expect(try Sites.inspect(files).all("INSPECT_HOME_STALE").isEmpty)
    }

    @Test func undatedHomeInformationCountsAsNotUpdated() throws {
        var files = Sites.fresh()
        files["content/news/visit.md"] = Sites.page("走访社区")
        files["content/news/meeting.md"] = Sites.page("召开会议")
        let stale = try Sites.inspect(files).all("INSPECT_HOME_STALE")
        #expect(stale.first?.message.contains("没有一条写了日期的信息") == true)
    }

    @Test func homeWindowComesFromSiteYAML() throws {
        var files = Sites.fresh()
        files["content/news/visit.md"] = Sites.page("走访社区", "date: 2026-11-01\n")
        files["content/news/meeting.md"] = Sites.page("召开会议", "date: 2026-11-01\n")
        #expect(try !Sites.inspect(files).all("INSPECT_HOME_STALE").isEmpty)
        files["content/site.yml"]! += "inspect:\n  home_days: 30\n  dynamic_days: 30\n"
        let report = try Sites.inspect(files)
        #expect(report.all("INSPECT_HOME_STALE").isEmpty)
        #expect(report.passed)
    }

    // MARK: 栏目不更新、空白栏目

    /// `count` news columns last updated on `date`.
    static func newsColumns(_ count: Int, date: String, type: String = "工作动态") -> [String: String] {
        var files: [String: String] = [:]
        for index in 1...count {
            files["content/c\(index)/_index.md"] = Sites.page("栏目\(index)", "column_type: \(type)\n")
            files["content/c\(index)/a.md"] = Sites.page("文章\(index)", "date: \(date)-0\(index)\n")
        }
        return files
    }

    @Test func fiveStaleNewsColumnsAreAVetoFourAreWarnings() throws {
        let four = try Sites.inspect(Sites.fresh().merging(Self.newsColumns(4, date: "2026-10")) { $1 })
        #expect(four.all("INSPECT_COLUMN_STALE").map(\.location.file) == (1...4).map { "content/c\($0)/_index.md" })
        #expect(four.all("INSPECT_COLUMN_COUNT").isEmpty)
        #expect(four.passed)

        let five = try Sites.inspect(Sites.fresh().merging(Self.newsColumns(5, date: "2026-10")) { $1 })
        #expect(five.all("INSPECT_COLUMN_STALE").count == 5)
        #expect(five.all("INSPECT_COLUMN_COUNT").count == 1)
        #expect(five.vetoed == [.columnUpdates])
    }

    @Test func staleColumnThresholdComesFromSiteYAML() throws {
        var files = Sites.fresh().merging(Self.newsColumns(3, date: "2026-10")) { $1 }
        files["content/site.yml"]! += "inspect:\n  stale_columns: 3\n"
        #expect(try Sites.inspect(files).vetoed == [.columnUpdates])
    }

    @Test func noticeColumnsHaveSixMonths() throws {
        var files = Sites.fresh()
        files["content/notices/holiday.md"] = Sites.page("举报受理时间调整", "date: 2026-05-25\n")
        #expect(try Sites.inspect(files).all("INSPECT_COLUMN_STALE").isEmpty)
        files["content/notices/holiday.md"] = Sites.page("举报受理时间调整", "date: 2026-05-20\n")
        let stale = try Sites.inspect(files).all("INSPECT_COLUMN_STALE")
        #expect(stale.map(\.location.file) == ["content/notices/_index.md"])
        #expect(stale.first?.message.contains("184 天") == true)
    }

    @Test func columnTypeIsInheritedBySubcolumns() throws {
        var files = Sites.fresh()
        files["content/news/2025/_index.md"] = Sites.page("2025年")
        files["content/news/2025/old.md"] = Sites.page("旧稿", "date: 2025-12-01\n")
        let report = try Sites.inspect(files)
        #expect(report.all("INSPECT_COLUMN_STALE").map(\.location.file) == ["content/news/2025/_index.md"])
        #expect(report.all("INSPECT_COLUMN_TYPE").isEmpty)
    }

    @Test func columnsWithoutATypeAreNamedForTheEditor() throws {
        var files = Sites.fresh()
        files["content/scope/_index.md"] = Sites.page("受理范围")
        files["content/scope/what.md"] = Sites.page("受理哪些问题")
        let types = try Sites.inspect(files).all("INSPECT_COLUMN_TYPE")
        #expect(types.map(\.location.file) == ["content/scope/_index.md"])
    }

    @Test func fiveBlankColumnsAreAVetoEachReportedAtItsPage() throws {
        var files = Sites.fresh()
        for index in 1...5 { files["content/b\(index)/_index.md"] = Sites.page("空栏目\(index)", "column_type: 通知公告\n") }
        let report = try Sites.inspect(files)
        #expect(report.all("INSPECT_COLUMN_BLANK").map(\.location.file) == (1...5).map { "content/b\($0)/_index.md" })
        #expect(report.all("INSPECT_COLUMN_COUNT").first?.message.contains("空白栏目共 5 个") == true)
        #expect(report.vetoed == [.columnUpdates])
    }

    @Test func aColumnPageWithTextAndNoUpdateRuleIsNotBlank() throws {
        var files = Sites.fresh()
        files["content/guide/_index.md"] = Sites.page("办事指南", "column_type: 办事指南\n", body: "来访请带身份证。")
        #expect(try Sites.inspect(files).all("INSPECT_COLUMN_BLANK").isEmpty)
        files["content/guide/_index.md"] = Sites.page("办事指南", "column_type: 办事指南\n", body: "")
        #expect(try Sites.inspect(files).all("INSPECT_COLUMN_BLANK").count == 1)
    }

    @Test func columnDaysGiveOtherTypesAWindow() throws {
        var files = Sites.fresh()
        files["content/guide/_index.md"] = Sites.page("办事指南", "column_type: 办事指南\n")
        files["content/guide/visit.md"] = Sites.page("来访须知", "date: 2025-06-01\n")
        #expect(try Sites.inspect(files).all("INSPECT_COLUMN_STALE").isEmpty)
        files["content/site.yml"]! += "inspect:\n  column_days:\n    办事指南: 365\n"
        #expect(try Sites.inspect(files).all("INSPECT_COLUMN_STALE").map(\.location.file) == ["content/guide/_index.md"])
    }

    // MARK: 严重错误

    @Test func seriousWordingIsAVetoAtItsLineAndColumn() throws {
        var files = Sites.fresh()
        files["content/news/visit.md"] = Sites.page("走访社区", "date: 2026-11-18\n", body: "第一行。\n举报请拨打12380。")
        let report = try Sites.inspect(files)
        let wording = report.all("INSPECT_WORDING")
        #expect(wording.map(\.location) == [SourceLocation(file: "content/news/visit.md", line: 7, column: 6)])
        #expect(wording.first?.message.contains("应写作“12388”") == true)
        #expect(report.vetoed == [.seriousErrors])
    }

    @Test func wordingInTitlesAndSettingsIsFoundToo() throws {
        var files = Sites.fresh()
        files["content/news/visit.md"] = Sites.page("区纪检委走访社区", "date: 2026-11-18\n")
        files["content/site.yml"] = Sites.siteYAML.replacingOccurrences(of: "纪律检查委员会", with: "纪律检察委员会")
        let places = try Sites.inspect(files).all("INSPECT_WORDING").map(\.location)
        #expect(places == [SourceLocation(file: "content/news/visit.md", line: 2, column: 9),
                           SourceLocation(file: "content/site.yml", line: 3, column: 18)])
    }

    @Test func longerRightWordsAndNumbersInsideLongerNumbersAreNotWrong() {
        let scanner = WordingScanner(rules: WordingList.builtIn)
        #expect(scanner.matches(in: "纪检委员；电话 0291238801；国家监察委员会").isEmpty)
        #expect(scanner.matches(in: "纪律检察委员会").map(\.rule.wrong) == ["纪律检察委员会"])
    }

    @Test func typosAreWarningsNotVetoes() throws {
        var files = Sites.fresh()
        files["content/news/visit.md"] = Sites.page("走访社区", "date: 2026-11-18\n", body: "宜传走进社区，部暑工作。")
        let report = try Sites.inspect(files)
        #expect(report.all("INSPECT_TYPO").map(\.location.column) == [1, 8])
        #expect(report.passed)
    }

    @Test func theOfficeExtendsTheListInDataWordingYML() throws {
        var files = Sites.fresh()
        files["content/news/visit.md"] = Sites.page("走访社区", "date: 2026-11-18\n", body: "秦都纪委走访社区。")
        files["content/data/wording.yml"] = "wording:\n  - wrong: 秦都纪委\n    right: 秦都区纪委\n    serious: true\n"
        let report = try Sites.inspect(files)
        #expect(report.all("INSPECT_WORDING").map(\.location) == [SourceLocation(file: "content/news/visit.md", line: 6, column: 1)])
        files["content/data/wording.yml"] = "wording:\n  - wrong: 秦都纪委\n"
        let broken = try Sites.inspect(files)
        #expect(broken.all("FIELD_REQUIRED").map(\.location.file) == ["content/data/wording.yml"])
        #expect(!broken.passed)
    }

    @Test func datesBeforeTheSiteOrColumnOpenedAreForged() throws {
        var files = Sites.fresh()
        files["content/site.yml"]! += "inspect:\n  site_opened: 2026-01-01\n"
        files["content/news/old.md"] = Sites.page("旧稿", "date: 2025-12-31\n")
        files["content/notices/_index.md"] = Sites.page("通知公告", "column_type: 通知公告\ncolumn_opened: 2026-10-01\n")
        let forged = try Sites.inspect(files).all("INSPECT_DATE_FORGED")
        #expect(forged.map(\.location) == [SourceLocation(file: "content/news/old.md", line: 3, column: 7),
                                           SourceLocation(file: "content/notices/holiday.md", line: 3, column: 7)])
        #expect(forged[0].message.contains("网站开通"))
        #expect(forged[1].message.contains("栏目“通知公告”开设"))
    }

    @Test func datesAfterTheInspectionDayAreForged() throws {
        // Built on 2026-11-20 but inspected as of 2026-11-15: the page of the 18th cannot exist yet.
        let report = try Sites.inspect(Sites.fresh(), today: SiteInspection.day("2026-11-15")!)
        #expect(report.all("INSPECT_DATE_FORGED").map(\.location.file) == ["content/news/visit.md"])
    }

    @Test func manyPagesWithTheSameTimestampLookForged() throws {
        var files = Sites.fresh()
        for index in 1...4 { files["content/news/n\(index).md"] = Sites.page("稿件\(index)", "date: 2026-11-10\n") }
        let report = try Sites.inspect(files)
        let same = report.all("INSPECT_DATE_SAME")
        #expect(same.count == 1)
        #expect(same.first?.message.hasPrefix("5 个页面的日期都是 2026-11-10") == true)
        #expect(same.first?.location.file == "content/news/meeting.md")
        files["content/site.yml"]! += "inspect:\n  same_time_pages: 6\n"
        #expect(try Sites.inspect(files).all("INSPECT_DATE_SAME").isEmpty)
    }

    // MARK: 链接可用性、基本信息

    @Test func brokenLinksAreListedUnderLinksWithoutAVetoAndExternalOnesOnceEach() throws {
        var files = Sites.fresh()
        files["content/about/duties.md"] = Sites.page("主要职责", body: "见[附件](missing.pdf)、[网站](https://www.12388.gov.cn/)和[同一网站](https://www.12388.gov.cn/)。")
        let report = try Sites.inspect(files)
        #expect(report.codes(.links) == ["LINK_BROKEN", "INSPECT_LINK_EXTERNAL"])
        #expect(report.all("INSPECT_LINK_EXTERNAL").first?.message.contains("（共 2 处）") == true)
        #expect(report.vetoed.isEmpty)
    }

    @Test func missingFooterSlotsAndABadSiteCodeAreBasicInformation() throws {
        var files = Sites.fresh()
        files["content/site.yml"] = Sites.siteYAML
            .replacingOccurrences(of: "  icp: 陕ICP备12345678号\n", with: "  icp: 【待填：ICP备案号】\n")
            .replacingOccurrences(of: "\"6104020001\"", with: "\"61040\"")
            .replacingOccurrences(of: "  conac_url: https://bszs.conac.cn/sitename?method=show&id=1\n", with: "")
        let report = try Sites.inspect(files)
        #expect(report.all("INSPECT_INFO_MISSING").map(\.location) == [SourceLocation(file: "content/site.yml"),
                                                                        SourceLocation(file: "content/site.yml", line: 5, column: 8)])
        #expect(report.all("INSPECT_SITE_CODE").map(\.location) == [SourceLocation(file: "content/site.yml", line: 7, column: 14)])
        #expect(report.passed)
    }

    @Test func aThemeWithoutGovernmentMetaTagsIsReported() throws {
        var files = Sites.fresh()
        let root = ThemeLoader.builtInDirectory
        let metaTag = try NSRegularExpression(pattern: #"<meta name="[A-Za-z]+" content="\{\{(?:\.|meta\.[a-z_]+)\}\}">"#)
        for case let path as String in FileManager.default.enumerator(atPath: root.path)! where path.hasSuffix(".mustache") {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            files["templates/" + path] = metaTag.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text),
                                                                          withTemplate: "")
        }
        let meta = try Sites.inspect(files).all("INSPECT_META_MISSING")
        let tags = meta.map { String($0.message.components(separatedBy: "<meta name=\"")[1].prefix { $0 != "\"" }) }
        #expect(Set(tags) == ["ArticleTitle", "ColumnName", "ContentSource", "PubDate", "SiteDomain", "SiteIDCode", "SiteName"])
        #expect(meta.first { $0.message.contains("\"SiteName\"") }?.message.hasPrefix("6 个页面") == true)
        #expect(try Sites.inspect(Sites.fresh()).all("INSPECT_META_MISSING").isEmpty)
    }

    @Test func badInspectSettingsFailTheInspection() throws {
        var files = Sites.fresh()
        files["content/site.yml"]! += "inspect:\n  home_days: 0\n"
        let report = try Sites.inspect(files)
        #expect(report.all("INSPECT_SETTING").map(\.location) == [SourceLocation(file: "content/site.yml", line: 12, column: 14)])
        #expect(!report.passed)
        #expect(report.vetoed.isEmpty)
    }
}
