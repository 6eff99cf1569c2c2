import Foundation
import Testing
@testable import ZhengfengKit

/// The self-check as a build publishes it: the stepper page, one static page per step, the
/// links to it, the print flowchart; and the shipped tree against the policy it must convey.
@Suite struct ScopeCheckOutputTests {
    static let files = ["content/data/scope-check.yml": ScopeCheckParserTests.valid + "\n"]

    @Test func buildWritesTheStepperAndOneStaticPagePerStep() throws {
        let site = try PublicationRulesTests.site(Self.files)
        defer { TestSupport.remove(site) }
        let output = try PublicationRulesTests.build(site)
        let page = TestSites.text(output, "scope-check/index.html")
        #expect(page.contains("<h1 class=\"article-title\">归不归纪委监委管？</h1>"))
        #expect(page.contains(#"<script src="/assets/js/scope-check.js"></script>"#))
        // Every step is in the page; only the first question shows without JavaScript.
        for id in ["start", "dispute", "report", "civil"] { #expect(page.contains("data-step=\"\(id)\"")) }
        #expect(page.components(separatedBy: " hidden>").count - 1 == 3 + 2, "three steps and the two buttons start hidden")
        #expect(page.contains(#"<a class="scope-answer" href="/scope-check/dispute/" data-next="dispute">纠纷</a>"#))
        for id in ["start", "dispute", "report", "civil"] {
            let step = TestSites.text(output, "scope-check/\(id)/index.html")
            #expect(step.contains("data-step=\"\(id)\""), "\(id)")
            #expect(!step.contains(" hidden>"), "\(id): a step page shows its step")
        }
        let civil = TestSites.text(output, "scope-check/civil/index.html")
        #expect(civil.contains("不归纪委监委管") && civil.contains("<strong>人民法院</strong>"))
        let report = TestSites.text(output, "scope-check/report/index.html")
        #expect(report.contains("<strong>电话举报</strong>") && report.contains("tel:12388"))
        // Reachable from every page: the header, the phone menu and the footer link to it.
        let news = TestSites.text(output, "news/index.html")
        #expect(news.components(separatedBy: "href=\"/scope-check/\"").count - 1 == 3)
    }

    @Test func siteWithoutTheDataFileHasNoPageAndNoLink() throws {
        let site = try PublicationRulesTests.site()
        defer { TestSupport.remove(site) }
        let output = try PublicationRulesTests.build(site)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("scope-check").path))
        #expect(!TestSites.text(output, "index.html").contains("scope-check"))
    }

    @Test func brokenTreeStopsTheBuildWithItsPosition() throws {
        let broken = ScopeCheckParserTests.valid.replacingOccurrences(of: "next: civil", with: "next: start")
        let site = try PublicationRulesTests.site(["content/data/scope-check.yml": broken])
        defer { TestSupport.remove(site) }
        let diagnostics = TestSupport.check(site)
        #expect(diagnostics.map(TestSupport.summary).contains("content/data/scope-check.yml:15:15 error SCOPE_CHECK_CYCLE"))
        #expect(throws: DiagnosticsError.self) { try PublicationRulesTests.build(site) }
    }

    @Test(arguments: ["search", "site-index", "scope-check", "Search"])
    func contentFolderNamedLikeAGeneratedPageIsRefused(folder: String) throws {
        let site = try PublicationRulesTests.site(["content/\(folder)/_index.md": "---\ntitle: 冲突\n---\n\n正文。\n"])
        defer { TestSupport.remove(site) }
        let found = TestSupport.check(site).filter { $0.code == "URL_DUPLICATE" }
        #expect(found.map(\.location.file) == ["content/\(folder)"])
        #expect(found.first?.message.contains("保留名称") == true)
    }

    @Test func boardAndBrochureCarryTheFlowchartFromTheSameData() throws {
        let settings = """
            title: 测试站点
            base_url: https://www.example.gov.cn/
            print:
              editions:
                villages:
                  contents: [news, scope-check]
              boards:
                items:
                  - {id: scope-check, title: 归不归纪委监委管？, kind: scope-check}

            """
        let site = try PublicationRulesTests.site(Self.files.merging(["content/site.yml": settings]) { $1 })
        defer { TestSupport.remove(site) }
        let output = try PublicationRulesTests.build(site)
        let board = TestSites.text(output, "print/boards/scope-check/index.html")
        #expect(board.contains("问题 1</span>您要反映的是什么事？"))
        // The answer 纠纷 leads by a drawn branch to 问题 2, whose answer leads to 结果 B.
        #expect(board.contains(#"<p class="flow-answers"><span class="flow-answer">纠纷</span></p>"#))
        #expect(board.contains("问题 2</span>是哪一类纠纷？"))
        #expect(board.contains("结果 B</span><span class=\"scope-verdict\">不归纪委监委管</span>请找人民法院"))
        #expect(board.contains("www.example.gov.cn/scope-check"))
        let brochure = TestSites.text(output, "print/villages/index.html")
        #expect(brochure.contains("<h1 class=\"chapter-title\">归不归纪委监委管？</h1>"))
        #expect(brochure.contains(#"<span class="flow-answer">邻里纠纷</span></p>"#))
        #expect(brochure.contains("结果 B</span><span class=\"scope-verdict\">不归纪委监委管</span>请找人民法院"))
    }

    @Test func printingTheFlowchartWithoutTheDataFileIsAnError() throws {
        let settings = """
            title: 测试站点
            base_url: https://www.example.gov.cn/
            print:
              editions:
                villages:
                  contents: [scope-check]
              boards:
                items:
                  - {id: chart, title: 自查, kind: scope-check}

            """
        let site = try PublicationRulesTests.site(["content/site.yml": settings])
        defer { TestSupport.remove(site) }
        let found = TestSupport.check(site).filter { $0.code == "PRINT_CONTENT_MISSING" }
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.message.contains("scope-check.yml") })
    }

    // MARK: The shipped tree

    static func shipped() throws -> ScopeCheck {
        let (content, diagnostics) = try ContentLoader(siteDirectory: TestSupport.repository).loadAll()
        #expect(diagnostics.filter { $0.location.file.hasSuffix("scope-check.yml") }.isEmpty)
        return try #require(content.scopeCheck)
    }

    /// Policy (shared/policy-facts.md): the three accepted kinds (检举控告 of party discipline
    /// and of duty violations, 申诉, 批评建议), anonymous reports, and every excluded matter
    /// with where to go instead.
    @Test func shippedTreeCoversEveryAcceptedKindAndEveryExcludedMatter() throws {
        let tree = try Self.shipped()
        let accepted = Set(tree.outcomes.filter { $0.kind == .accepted }.map(\.id))
        #expect(accepted == ["report-real-name", "report-anonymous", "appeal", "suggestion"])
        let excluded = Set(tree.outcomes.filter { $0.kind == .excluded }.map(\.id))
        #expect(excluded == ["no-substance", "admin-review", "civil", "land", "land-contract", "labour", "in-process",
                             "services", "petition", "police"])
        // Both kinds of 检举控告 lead to the report outcomes.
        let paths = tree.paths()
        for kind in ["党员或党组织（如村党支部）", "公职人员，包括村（社区）干部"] {
            #expect(paths.contains { $0.answers.contains(kind) && $0.outcome == "report-real-name" }, "\(kind)")
            #expect(paths.contains { $0.answers.contains(kind) && $0.outcome == "report-anonymous" }, "\(kind)")
        }
        let names = tree.authorities.map(\.name).joined(separator: "、")
        for place in ["人民法院", "12345", "信访部门", "公安机关", "劳动人事争议仲裁委员会", "自然资源部门", "农村土地承包仲裁委员会", "行政复议机关", "人民调解委员会"] {
            #expect(names.contains(place), "\(place)")
        }
        #expect(tree.outcome("in-process")?.reason.contains("诉讼、仲裁、行政裁决、行政复议") == true)
        // Real name: handled first and answered, in every outcome that reports.
        for id in ["report-real-name", "report-anonymous"] {
            #expect(tree.outcome(id)?.realName.contains("优先办理、优先处置、给予答复") == true, "\(id)")
        }
        // Duty-related crimes of officials are the commission's, not the police's.
        #expect(tree.outcome("police")?.reason.contains("贪污贿赂、滥用职权、玩忽职守、权力寻租、利益输送、徇私舞弊、浪费国家资财") == true)
    }

    @Test func everyShippedPathEndsInAnOutcomeAndReachesEveryOne() throws {
        let tree = try Self.shipped()
        let paths = tree.paths()
        #expect(Set(paths.map(\.outcome)) == Set(tree.outcomes.map(\.id)))
        #expect(paths.allSatisfy { !$0.answers.isEmpty && $0.answers.count <= 6 })
    }
}
