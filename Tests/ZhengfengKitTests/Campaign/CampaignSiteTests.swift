import Foundation
import Testing
@testable import ZhengfengKit

/// The campaign fixture (a year of data: GBK CSV, an .xlsx, a missing month, an overdue
/// rectification) built with --internal: figures checked against the input, the internal
/// pages against golden files; built without --internal: no trace anywhere.
@Suite struct CampaignSiteTests {
    static let golden = TestSites.fixtures.appendingPathComponent("campaign-expected", isDirectory: true)

    static func build(includeInternal: Bool, links: LinkMode? = nil) throws -> (site: URL, output: URL) {
        let site = try CampaignFixture.site()
        let output = site.appendingPathComponent("output")
        var options = TestSites.options(site, output: output)
        options.includeInternal = includeInternal
        options.linkMode = links
        _ = try SiteBuilder(options: options).build()
        return (site, output)
    }

    @Test func figuresFollowTheInputFiles() throws {
        let site = try CampaignFixture.site()
        let (loaded, diagnostics) = CampaignLoader(siteDirectory: site).load()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let data = try #require(loaded)
        let figures = CampaignFigures(data: data, today: CampaignDay(year: 2026, month: 6, day: 1))
        #expect(figures.months.map(\.month) == Array(3...11))
        #expect(figures.missing(in: CampaignMonth(year: 2026, month: 7)).map(\.name) == ["区教育局"])
        #expect(figures.months.filter { !figures.missing(in: $0).isEmpty }.map(\.month) == [7])
        // 9 months × (1+2+3+4) events, less 区教育局's 3 in July; one article per report.
        let totals = figures.totals(nil)
        #expect(totals.events == 87 && totals.articles == 35 && totals.reported == 35)
        #expect(totals.participants == 87 * 40 && totals.materials == 87 * 100)
        // March came as GBK CSV, April as .xlsx with dates as serials.
        let march = try #require(figures.report("区教育局", CampaignMonth(year: 2026, month: 3)))
        #expect(march.events == 3 && march.articles.first?.title == "区教育局3月宣传稿")
        let april = try #require(figures.report("区纪委监委第一派驻纪检监察组", CampaignMonth(year: 2026, month: 4)))
        #expect(april.participants == 160 && april.articles.first?.date?.key == "2026-04-13")
        #expect(data.visits.map(figures.isOverdue) == [false, true])
        let indicators = Dictionary(uniqueKeysWithValues: figures.indicators.map { ($0.id, $0) })
        #expect(figures.comparedMonths == Array(1...11))
        #expect(indicators["real-name"]?.lastYear == 30 && indicators["real-name"]?.thisYear == 40)
        #expect(indicators["online"]?.lastYear == 30 && indicators["online"]?.thisYear == 50)
        #expect(indicators["out-of-scope"]?.lastYear == 30 && indicators["out-of-scope"]?.thisYear == 20)
        #expect(indicators["false-accusations"]?.lastYear == 11 && indicators["false-accusations"]?.thisYear == 0)
        #expect(figures.indicators.allSatisfy { $0.metGoal })
        #expect(figures.awareness.map(\.rate) == [100, 0, 0, 50])
    }

    @Test func internalPagesMatchGoldenOutput() throws {
        let (site, output) = try Self.build(includeInternal: true)
        defer { TestSupport.remove(site) }
        // The campaign's pages; internal/inspection/ is the self-inspection's (ReleaseInspectionTests).
        let tree = TestSites.tree(output.appendingPathComponent("internal")).filter { $0.key.hasPrefix("campaign/") }
        #expect(tree.keys.sorted() == [
            "campaign/campaign.css", "campaign/comparison/index.html", "campaign/index.html",
        ] + (3...11).map { String(format: "campaign/print/monthly-2026-%02d.html", $0) } + [
            "campaign/print/survey.html", "campaign/print/year-report.html",
            "campaign/reports/index.html", "campaign/visits/index.html",
        ])
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: Self.golden)
            for (path, bytes) in tree where path.hasSuffix(".html") {
                let url = Self.golden.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try bytes.write(to: url)
            }
        }
        let expected = TestSites.tree(Self.golden)
        #expect(!expected.isEmpty, "golden output missing: run UPDATE_GOLDEN=1 swift test --filter CampaignSite")
        for (path, bytes) in expected {
            #expect(tree[path] == bytes, "\(path) differs from Fixtures/campaign-expected (UPDATE_GOLDEN=1 to accept)")
        }
        let reports = TestSites.text(output, "internal/campaign/reports/index.html")
        #expect(reports.contains("<td class=\"campaign-missing\"><strong>未报</strong></td>"))
        #expect(reports.contains("noindex"))
        let visits = TestSites.text(output, "internal/campaign/visits/index.html")
        #expect(visits.contains("campaign-visit campaign-overdue") && visits.contains("逾期未整改"))
        let comparison = TestSites.text(output, "internal/campaign/comparison/index.html")
        #expect(comparison.contains("<svg class=\"campaign-chart\"") && comparison.contains("role=\"img\""))
        // The charts are drawn at build time: the only script is the theme's own 长者模式 switch.
        #expect(comparison.matches(of: /<script/).count == 1 && comparison.contains("assets/js/elder.js"))
    }

    @Test func aBuildWithoutInternalHasNoTraceOfTheCampaign() throws {
        let (site, output) = try Self.build(includeInternal: false)
        defer { TestSupport.remove(site) }
        let tree = TestSites.tree(output)
        #expect(!tree.isEmpty)
        for (path, bytes) in tree {
            #expect(!path.contains("internal") && !path.contains("campaign"), "\(path)")
            let text = String(decoding: bytes, as: UTF8.self)
            for trace in ["internal/campaign", "campaign.css", "campaign-table", "信息报送", "联系人甲", "渭阳街道办事处", "区教育局", "知晓情况问卷"] {
                #expect(!text.contains(trace), "\(path) mentions \(trace)")
            }
        }
        // With --internal the pages exist, yet the sitemap, feed and public pages never list them.
        let (internalSite, internalOutput) = try Self.build(includeInternal: true)
        defer { TestSupport.remove(internalSite) }
        #expect(FileManager.default.fileExists(atPath: internalOutput.appendingPathComponent("internal/campaign/index.html").path))
        for file in ["sitemap.xml", "feed.xml", "index.html", "news/first/index.html", "robots.txt"] {
            #expect(!TestSites.text(internalOutput, file).contains("internal/campaign"), "\(file)")
        }
    }

    @Test func everyInternalLinkResolvesInRelativeMode() throws {
        let (site, output) = try Self.build(includeInternal: true, links: .relative)
        defer { TestSupport.remove(site) }
        for (path, bytes) in TestSites.tree(output.appendingPathComponent("internal")) where path.hasSuffix(".html") {
            let html = String(decoding: bytes, as: UTF8.self)
            let page = output.appendingPathComponent("internal").appendingPathComponent(path).deletingLastPathComponent()
            let links = html.matches(of: /(?:href|src)="([^"#]+)/).map { String($0.1) }
            #expect(!links.isEmpty)
            for link in links where !link.contains("://") && !link.hasPrefix("tel:") && !link.hasPrefix("mailto:") {
                var target = page.appendingPathComponent(link.removingPercentEncoding ?? link)
                if link.hasSuffix("/") { target = target.appendingPathComponent("index.html") }
                #expect(FileManager.default.fileExists(atPath: target.standardizedFileURL.path), "\(path): \(link)")
            }
        }
    }
}
