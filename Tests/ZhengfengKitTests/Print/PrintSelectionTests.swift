import Foundation
import Testing
@testable import ZhengfengKit

/// Page selection for the print editions, on the shipped site (no PDF needed).
@Suite struct PrintSelectionTests {
    static let prepared: PreparedSite = {
        var timer = StageTimer()
        let options = BuildOptions(siteDirectory: ShippedSite.root, now: PageDate(timestamp: 1_790_000_000))
        return try! SiteBuilder(options: options).prepare(timer: &timer)
    }()
    static var site: PublishedSite { prepared.site }
    static var publication: Publication { prepared.publication }

    func paths(_ audience: Audience) -> [String] {
        let selection = PrintSelection(site: Self.site)
        let (chapters, diagnostics) = selection.chapters(for: Self.site.config.print.edition(audience)!)
        #expect(diagnostics.isEmpty)
        return chapters.flatMap { chapter in (chapter.intro.map { [$0.contentPath] } ?? []) + chapter.items.map(\.contentPath) }
    }

    @Test func editionsFollowAudiencesAndThePrintFlag() {
        let agencies = paths(.agencies)
        let villages = paths(.villages)
        #expect(agencies.contains("false-accusation/for-officials.md"))
        #expect(!villages.contains("false-accusation/for-officials.md"))
        #expect(villages.contains("false-accusation/what-is.md"))
        for path in agencies + villages {
            #expect(!path.hasPrefix("news/") && !path.hasPrefix("notices/"))
        }
        #expect(agencies.first == "scope/_index.md")
    }

    @Test func unknownContentsAreReportedAgainstSiteYml() {
        var edition = Self.site.config.print.edition(.villages)!
        edition.contents = ["scope", "nowhere", "about/missing.md"]
        edition.location = SourceLocation(file: "content/site.yml", line: 40, column: 5)
        let (chapters, diagnostics) = PrintSelection(site: Self.site).chapters(for: edition)
        #expect(chapters.count == 1)
        #expect(diagnostics.map(\.code) == ["PRINT_CONTENT_MISSING", "PRINT_CONTENT_MISSING"])
        #expect(diagnostics.allSatisfy { $0.location.line == 40 })
    }

    @Test func summaryBlocksPrintSummariesOnly() throws {
        let panel = try #require(Self.site.config.print.leafletPanels.first { $0.id == "real-name" })
        let (items, diagnostics) = PrintSelection(site: Self.site).items(for: panel)
        #expect(diagnostics.isEmpty)
        #expect(items.count == 3)
        #expect(items.allSatisfy { $0.html.hasPrefix("<p>") && !$0.html.contains("<h2") })
    }
}

/// The repository's own site (content/ and templates/).
enum ShippedSite {
    static let root = TestSites.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

@Suite struct PrintCheckTests {
    @Test func checkReportsPrintPagesThatDoNotExist() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("zhengfeng-printcheck-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        let content = site.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("data"), withIntermediateDirectories: true)
        try "title: 测试\nbase_url: https://example.gov.cn/\nprint:\n  boards:\n    items:\n      - id: one\n        title: 一\n        pages: [nowhere.md]\n"
            .write(to: content.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        try "channels:\n  - {id: online, kind: online, name: 网络举报, url: https://www.12388.gov.cn/}\n"
            .write(to: content.appendingPathComponent("data/channels.yml"), atomically: true, encoding: .utf8)
        try "---\ntitle: 首页\n---\n你好\n".write(to: content.appendingPathComponent("_index.md"), atomically: true, encoding: .utf8)
        var timer = StageTimer()
        let diagnostics = try SiteBuilder(options: BuildOptions(siteDirectory: site)).prepare(timer: &timer).diagnostics
        let missing = diagnostics.filter { $0.code == "PRINT_CONTENT_MISSING" }
        // The configured board's page is an error; the default brochures' sections, which this
        // small site does not have, are left out silently (a new site must build).
        #expect(missing.count == 1)
        #expect(missing.first?.message.contains("nowhere.md") == true && missing.first?.location.line == 6)
    }
}

@Suite struct PrintLinkTests {
    @Test func siteLinksBecomeFullAddresses() {
        let selection = PrintSelection(site: PrintSelectionTests.site)
        let html = #"<a href="/channels/phone/">电话</a> <a href="https://www.12388.gov.cn/">网</a> <a href="//x.cn/">x</a>"#
        #expect(selection.absoluteLinks(html) ==
                #"<a href="https://lianzheng.qindu.example/channels/phone/">电话</a> <a href="https://www.12388.gov.cn/">网</a> <a href="//x.cn/">x</a>"#)
    }
}
