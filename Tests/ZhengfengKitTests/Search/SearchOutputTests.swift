import Foundation
import Testing
@testable import ZhengfengKit

/// Search as a build writes it: the index, the search page and the 全站索引 page, on a
/// small site in a temporary folder.
@Suite struct SearchOutputTests {
    static let files = [
        "content/news/_index.md": "---\ntitle: 工作动态\n---\n\n动态。\n",
        "content/news/meeting.md": "---\ntitle: 宣传年启动会\ndate: 2026-03-01\n---\n\n## 会议内容\n\n启动会部署了**信访举报**宣传工作。\n",
        "content/news/report.md": "---\ntitle: 内部月报汇总\nvisibility: internal\n---\n\n机密词语甲乙丙丁。\n",
    ]

    func build(includeInternal: Bool) throws -> (site: URL, output: URL) {
        let site = try PublicationRulesTests.site(Self.files)
        return (site, try PublicationRulesTests.build(site, includeInternal: includeInternal))
    }

    func indexText(_ output: URL) -> String {
        TestSites.tree(output.appendingPathComponent("search")).filter { $0.key.hasSuffix(".js") }
            .sorted { $0.key < $1.key }.map { String(decoding: $0.value, as: UTF8.self) }.joined()
    }

    @Test(arguments: [false, true])
    func internalPagesAreNeverInTheIndexOrTheSiteIndex(includeInternal: Bool) throws {
        let (site, output) = try build(includeInternal: includeInternal)
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("news/report/index.html").path) == includeInternal)
        let index = indexText(output)
        #expect(index.contains("宣传年启动会"))
        #expect(!index.contains("内部月报") && !index.contains("机密") && !index.contains("news/report/"))
        let siteIndex = TestSites.text(output, "site-index/index.html")
        #expect(siteIndex.contains("宣传年启动会"))
        #expect(!siteIndex.contains("内部月报"))
    }

    @Test func pagesAreIndexedWithSectionDateHeadingsAndPlainBody() throws {
        let (site, output) = try build(includeInternal: false)
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        let index = indexText(output)
        #expect(index.contains(#"["宣传年启动会","工作动态","news/meeting/","2026-03-01"]"#))
        #expect(index.contains("启动会部署了信访举报宣传工作。"), "body text without markup")
        #expect(!index.contains("<strong>"))
    }

    @Test func theSearchPageReadsTheQueryWithAScriptFileAndLinksToTheSiteIndex() throws {
        let (site, output) = try build(includeInternal: false)
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        let page = TestSites.text(output, "search/index.html")
        #expect(page.contains(#"id="search-results""#))
        #expect(page.contains(#"<script src="/assets/js/search.js"></script>"#))
        #expect(page.contains(#"href="/site-index/""#))
        #expect(!page.contains("<script>"), "no inline script")
        let home = TestSites.text(output, "index.html")
        #expect(home.contains(#"<form class="search-box" role="search" action="/search/" method="get">"#))
    }

    @Test func twoBuildsWriteTheSameSearchBytes() throws {
        let (site, first) = try build(includeInternal: false)
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        let second = site.deletingLastPathComponent().appendingPathComponent("second")
        _ = try SiteBuilder(options: BuildOptions(siteDirectory: site, outputDirectory: second, now: TestSupport.now)).build()
        #expect(TestSites.tree(first.appendingPathComponent("search")) == TestSites.tree(second.appendingPathComponent("search")))
    }
}
