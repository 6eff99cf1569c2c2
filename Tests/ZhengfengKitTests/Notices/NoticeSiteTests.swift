import Foundation
import Testing
@testable import ZhengfengKit

/// The fixture site Fixtures/notices-site (both kinds of notice, two years, a sample, a
/// limited-scope notice) built in a temporary folder with the built-in theme. The `<main>`
/// of each notice page and print document is compared with Fixtures/notices-site-expected
/// (UPDATE_GOLDEN=1 rewrites it); the rest of the page belongs to the theme's layout.
@Suite struct NoticeSiteTests {
    static let now = PageDate(parsing: "2026-11-20 12:00")!
    /// Pages whose `<main>` is pinned: the section, one notice of each kind, and print.
    static let goldenPages = [
        "notices/index.html", "notices/zhang/index.html", "notices/wang/index.html", "notices/liu/index.html",
        "print/notices/index.html", "print/boards/case-notices/index.html",
    ]
    static let markers = ["LIMITED_TITLE_MARKER_4417", "LIMITED_UNIT_MARKER_5528", "LIMITED_BODY_MARKER_6639", "陈某"]

    func build(includeInternal: Bool = false) throws -> (output: URL, report: BuildReport) {
        let site = TestSites.copyFixture("notices-site")
        let output = site.appendingPathComponent("output")
        var options = TestSites.options(site, output: output)
        options.now = Self.now
        options.includeInternal = includeInternal
        return (output, try SiteBuilder(options: options).build())
    }

    static func main(of html: String) -> String {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>", range: start.upperBound..<html.endIndex)
        else { return html }
        return String(html[start.lowerBound..<end.upperBound]) + "\n"
    }

    @Test func noticesOfBothKindsRenderInTheOfficialFormOnTheWebAndInPrint() throws {
        let (output, report) = try build()
        let golden = TestSites.fixtures.appendingPathComponent("notices-site-expected")
        for path in Self.goldenPages {
            let actual = Self.main(of: TestSites.text(output, path))
            let url = golden.appendingPathComponent(path.replacingOccurrences(of: "index.html", with: "main.html"))
            if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
            }
            let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            #expect(!expected.isEmpty, "golden \(url.path) missing: run UPDATE_GOLDEN=1")
            #expect(actual == expected, "output/\(path) differs from its golden <main>")
        }
        #expect(report.printDocuments.map(\.name).suffix(2) == ["notices", "board-case-notices"])
        #expect(report.warnings.map(\.code) == ["PLACEHOLDERS_REMAIN"])
    }

    @Test func theOfficialPatternReadsAsPolicyFactsSay() throws {
        let (output, _) = try build()
        let zhang = TestSites.text(output, "notices/zhang/index.html")
        #expect(zhang.contains("<strong>测试区某街道办事处工作人员张某诬告陷害问题。</strong>2026年3月，张某因对工作调整不满"))
        #expect(zhang.contains("经核查，所反映问题与事实不符，系张某故意捏造。测试区纪委监委给予张某党内严重警告、政务记大过处分。"))
        let liu = TestSites.text(output, "notices/liu/index.html")
        #expect(liu.contains("收到反映测试区某街道某社区党委书记刘某“在老旧小区改造工作中，指定亲属承揽工程、从中获利”问题的信访举报"))
        #expect(liu.contains("本次澄清仅针对上述所反映的具体问题。"))
        #expect(liu.contains("class=\"sample-label\""))
        let sheet = TestSites.text(output, "print/notices/index.html")
        #expect(sheet.components(separatedBy: "<article class=\"notice-page\">").count == 4)
        #expect(sheet.contains("<p class=\"sample-label\">示例</p>"))
    }

    @Test func theSectionListsNoticesByYearAndKind() throws {
        let (output, _) = try build()
        let section = Self.main(of: TestSites.text(output, "notices/index.html"))
        let order = ["2026年", "诬告陷害查处", "/notices/zhang/", "澄清正名", "/notices/liu/", "2025年", "诬告陷害查处",
                     "/notices/wang/", "/notices/how-to-read/"]
        var rest = section[...]
        for word in order {
            let found = try #require(rest.range(of: word), "\(word) missing or out of order")
            rest = rest[found.upperBound...]
        }
    }

    @Test func aLimitedScopeNoticeReachesNoPublicOutput() throws {
        let (output, report) = try build()
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("notices/chen-limited").path))
        for (path, data) in TestSites.tree(output) {
            let text = String(decoding: data, as: UTF8.self)
            for marker in Self.markers {
                #expect(!text.contains(marker), "\(marker) leaked into output/\(path)")
            }
        }
        #expect(report.pages == 8)
        // The typed site that every output (web, print, feeds, WeChat export, search) reads.
        let site = TestSites.copyFixture("notices-site")
        var options = TestSites.options(site)
        options.now = Self.now
        var timer = StageTimer()
        let published = try SiteBuilder(options: options).prepare(timer: &timer).site
        #expect(published.pages["notices/chen-limited.md"] == nil)
        #expect(published.source.pages["notices/chen-limited.md"]?.frontMatter.visibility == .internal)
    }

    @Test func anInternalBuildCarriesTheLimitedNoticeWithItsScope() throws {
        let (output, _) = try build(includeInternal: true)
        let page = TestSites.text(output, "notices/chen-limited/index.html")
        #expect(page.contains("LIMITED_BODY_MARKER_6639"))
        #expect(page.contains("本通报在该局干部职工范围内发布，请勿外传。"))
        #expect(TestSites.text(output, "print/notices/index.html").contains("LIMITED_UNIT_MARKER_5528"))
        #expect(TestSites.text(output, "print/boards/case-notices/index.html").contains("陈某"))
    }

    @Test func aSiteWithoutNoticesGetsNoNoticePrint() throws {
        let site = TestSites.copyFixture("basic-site")
        let report = try SiteBuilder(options: TestSites.options(site)).build()
        #expect(!report.printDocuments.contains { $0.kind == .notice || $0.name == "board-case-notices" })
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("output/print/notices").path))
    }
}
