import Foundation
import Testing
@testable import ZhengfengKit

/// `zhengfeng init` gives a new site a small, valid self-check tree, so “归不归纪委监委管？”
/// works out of the box: the page, one page per step, the link in every page's header.
@Suite struct StarterScopeCheckTests {
    @Test func initThenBuildGivesAWorkingSelfCheckPage() throws {
        let root = TestSites.temporaryDirectory().appendingPathComponent("新站点")
        defer { TestSupport.remove(root.deletingLastPathComponent()) }
        try Scaffold.initSite(at: root)
        let report = try SiteBuilder(options: TestSites.options(root)).build()
        #expect(!report.warnings.contains { $0.code.hasPrefix("SCOPE_CHECK") })
        let output = root.appendingPathComponent("output")
        let page = TestSites.text(output, "scope-check/index.html")
        #expect(page.contains("<h1 class=\"article-title\">归不归纪委监委管？</h1>"))
        #expect(page.contains("data-step=\"start\""))
        #expect(TestSites.text(output, "index.html").contains("href=\"/scope-check/\""))

        let (content, diagnostics) = try ContentLoader(siteDirectory: root).loadAll()
        #expect(diagnostics.filter { $0.location.file.hasSuffix("scope-check.yml") }.isEmpty)
        let tree = try #require(content.scopeCheck)
        // Without JavaScript every step has its own page, and every outcome is reached.
        for id in tree.stepIDs {
            #expect(TestSites.text(output, "scope-check/\(id)/index.html").contains("data-step=\"\(id)\""), "\(id)")
        }
        #expect(Set(tree.paths().map(\.outcome)) == Set(tree.outcomes.map(\.id)))
        // Policy (shared/policy-facts.md): the three accepted kinds and anonymous reports;
        // the excluded matters with where to go instead.
        #expect(Set(tree.outcomes.filter { $0.kind == .accepted }.map(\.id))
                == ["report-real-name", "report-anonymous", "appeal", "suggestion"])
        #expect(tree.outcome("report-real-name")?.realName.contains("优先办理、优先处置、给予答复") == true)
        #expect(tree.outcome("in-process")?.reason.contains("诉讼、仲裁、行政裁决、行政复议") == true)
        #expect(tree.outcome("no-substance")?.kind == .excluded)
        let names = tree.authorities.map(\.name).joined(separator: "、")
        for place in ["人民法院", "12345", "信访部门", "公安机关"] { #expect(names.contains(place), "\(place)") }
    }
}
