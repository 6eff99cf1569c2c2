import Foundation
import Testing
@testable import ZhengfengKit

/// Issue 12, "columns that grow": section lists paginate, dated sections have by-year
/// archives, nested folders roll up, folders without `_index.md` never show their folder
/// name, and drafts show only in the preview. Each on a small site in a temporary folder.
@Suite struct SectionListTests {
    // MARK: Helpers

    static let siteYAML = "title: 测试站\nbase_url: https://example.org/\n"

    /// A dated news page.
    static func news(_ title: String, _ date: String, _ extra: String = "") -> String {
        "---\ntitle: \(title)\ndate: \(date)\n\(extra)---\n\n\(title)的正文。\n"
    }

    /// A site whose news section holds `count` pages dated in 2026 (one a day from 1 January).
    static func newsSite(count: Int, siteYAML: String = siteYAML, more: [String: String] = [:]) -> URL {
        var files = ["content/news/_index.md": "---\ntitle: 工作动态\n---\n\n本栏目发布工作动态。\n"]
        let start = PageDate(parsing: "2026-01-01")!.timestamp
        for index in 0..<count {
            let day = PageDate(timestamp: start + index * 86_400).day
            files[String(format: "content/news/n%03d.md", index)] = news(String(format: "动态%03d", index), day)
        }
        files.merge(more) { _, new in new }
        return TestSites.minimal(files, siteYAML: siteYAML)
    }

    static func build(_ site: URL, configure: (inout BuildOptions) -> Void = { _ in }) throws -> (output: URL, report: BuildReport) {
        let output = site.deletingLastPathComponent().appendingPathComponent("output")
        var options = TestSites.options(site, output: output)
        configure(&options)
        let report = try SiteBuilder(options: options).build()
        return (output, report)
    }

    static func html(_ output: URL, _ path: String) -> String { TestSites.text(output, path) }

    /// The titles of the pages a list page lists, in order.
    static func listed(_ html: String) -> [String] {
        html.components(separatedBy: "<span class=\"page-item-title\">").dropFirst().map {
            String($0.prefix { $0 != "<" })
        }
    }

    static func exists(_ output: URL, _ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    // MARK: Pagination boundaries (default page size 20)

    @Test func exactlyTwentyPagesFitOnTheSectionPageWithNoPager() throws {
        let site = Self.newsSite(count: 20)
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        let (output, _) = try Self.build(site)
        let page = Self.html(output, "news/index.html")
        #expect(Self.listed(page).count == 20)
        #expect(!page.contains("list-pager"))
        #expect(!page.contains("rel=\"next\""))
        #expect(!Self.exists(output, "news/page/2/index.html"))
        #expect(!Self.exists(output, "news/page/1/index.html"))
    }

    @Test func twentyOnePagesGoOnTwoListPagesLinkedBothWays() throws {
        let site = Self.newsSite(count: 21)
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        let (output, _) = try Self.build(site)
        let first = Self.html(output, "news/index.html")
        let second = Self.html(output, "news/page/2/index.html")
        #expect(Self.listed(first).count == 20)
        #expect(Self.listed(first).first == "动态020")
        #expect(Self.listed(second) == ["动态000"])
        #expect(first.contains("<link rel=\"next\" href=\"/news/page/2/\">"))
        #expect(!first.contains("rel=\"prev\""))
        #expect(second.contains("<link rel=\"prev\" href=\"/news/\">"))
        #expect(!second.contains("rel=\"next\""))
        #expect(second.contains("<link rel=\"canonical\" href=\"https://example.org/news/page/2/\">"))
        #expect(second.contains("第 2 页，共 2 页"))
        #expect(second.contains(">上一页</a>"))
        #expect(first.contains(">下一页</a>"))
        #expect(second.contains("href=\"/news/page/2/\" aria-label=\"第2页\" aria-current=\"page\""))
        // Page 1 is the section page itself, never a page/1/ copy; there is no page 3.
        #expect(!Self.exists(output, "news/page/1/index.html"))
        #expect(!Self.exists(output, "news/page/3/index.html"))
        // The section's own text is on page 1 only; page 2 names itself in its title.
        #expect(first.contains("<div class=\"prose\"><p>本栏目发布工作动态。</p>"))
        #expect(!second.contains("<div class=\"prose\">"))
        #expect(second.contains("<title>工作动态（第2页）_工作动态_测试站</title>"))
        let sitemap = Self.html(output, "sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/news/page/2/</loc>"))
        #expect(!sitemap.contains("page/1/"))
    }

    @Test func aSectionWithNoPagesHasOneListPageAndNoPager() throws {
        let site = Self.newsSite(count: 0)
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        let (output, _) = try Self.build(site)
        let page = Self.html(output, "news/index.html")
        #expect(page.contains("工作动态"))
        #expect(Self.listed(page).isEmpty)
        #expect(!page.contains("list-pager"))
        #expect(!page.contains("archive-years"))
        #expect(!Self.exists(output, "news/page"))
    }

    @Test func thePageSizeComesFromSiteYAMLAndTheNumbersSkipFarPages() throws {
        let site = Self.newsSite(count: 30, siteYAML: Self.siteYAML + "per_page: 3\n")
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        let (output, _) = try Self.build(site)
        #expect(Self.listed(Self.html(output, "news/index.html")).count == 3)
        #expect(Self.exists(output, "news/page/10/index.html"))
        #expect(!Self.exists(output, "news/page/11/index.html"))
        let fifth = Self.html(output, "news/page/5/index.html")
        let numbers = fifth.components(separatedBy: "class=\"list-pager-number\"").dropFirst().map { part in
            String(part.split(separator: ">")[1].prefix { $0 != "<" })
        }
        #expect(numbers == ["1", "3", "4", "5", "6", "7", "10"])
        #expect(fifth.components(separatedBy: "list-pager-gap").count - 1 == 2)
    }

    @Test func aPageSizeOutsideOneToAThousandIsAnErrorAtItsLine() throws {
        let site = Self.newsSite(count: 1, siteYAML: Self.siteYAML + "per_page: 0\n")
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        let found = TestSupport.check(site).filter { $0.code == "CONFIG_PER_PAGE" }
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.location.line == 3)
    }

    // MARK: Archives by year

    @Test func aDatedSectionHasAnArchivePageForEachYearLinkedFromTheSection() throws {
        let site = TestSites.minimal([
            "content/news/_index.md": "---\ntitle: 工作动态\n---\n",
            "content/news/a.md": Self.news("甲", "2024-03-01"),
            "content/news/b.md": Self.news("乙", "2026-02-01"),
            "content/news/c.md": Self.news("丙", "2026-05-01"),
            "content/about/_index.md": "---\ntitle: 关于\n---\n",
            "content/about/x.md": Self.news("简介", "2026-01-01"),
            "content/about/y.md": "---\ntitle: 联系\n---\n\n正文。\n",
        ], siteYAML: Self.siteYAML)
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        let (output, _) = try Self.build(site)
        let section = Self.html(output, "news/index.html")
        #expect(section.contains("<a href=\"/news/2026/\">2026年</a>"))
        #expect(section.contains("<a href=\"/news/2024/\">2024年</a>"))
        #expect(!section.contains("/news/2025/"))
        let year = Self.html(output, "news/2026/index.html")
        #expect(Self.listed(year) == ["丙", "乙"])
        #expect(year.contains("<h1 class=\"article-title\">2026年工作动态</h1>"))
        #expect(year.contains("<a href=\"/news/2026/\" aria-current=\"page\">2026年</a>"))
        #expect(Self.listed(Self.html(output, "news/2024/index.html")) == ["甲"])
        #expect(Self.html(output, "sitemap.xml").contains("<loc>https://example.org/news/2024/</loc>"))
        // A section with an undated page has no archive.
        #expect(!Self.html(output, "about/index.html").contains("archive-years"))
        #expect(!Self.exists(output, "about/2026/index.html"))
    }

    @Test func anArchiveYearPaginatesUnderItsOwnAddress() throws {
        let site = Self.newsSite(count: 7, siteYAML: Self.siteYAML + "per_page: 3\n")
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        let (output, _) = try Self.build(site)
        #expect(Self.exists(output, "news/2026/page/3/index.html"))
        #expect(!Self.exists(output, "news/2026/page/4/index.html"))
        let second = Self.html(output, "news/2026/page/2/index.html")
        #expect(second.contains("<link rel=\"prev\" href=\"/news/2026/\">"))
        #expect(second.contains("<link rel=\"next\" href=\"/news/2026/page/3/\">"))
        // The trail leads back through the year's first page.
        #expect(second.contains("<a href=\"/news/2026/\">2026年</a><span class=\"sep\""))
    }

    // MARK: Nested folders

    @Test func pagesInNestedFoldersRollUpIntoTheParentListAndTheHomePage() throws {
        let site = TestSites.minimal([
            "content/news/_index.md": "---\ntitle: 工作动态\n---\n",
            "content/news/old.md": Self.news("去年的动态", "2025-12-01"),
            "content/news/2026/05/may.md": Self.news("五月的动态", "2026-05-10"),
            "content/news/2026/03/march.md": Self.news("三月的动态", "2026-03-10"),
        ], siteYAML: Self.siteYAML)
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        let (output, _) = try Self.build(site)
        #expect(Self.listed(Self.html(output, "news/index.html")) == ["五月的动态", "三月的动态", "去年的动态"])
        #expect(Self.listed(Self.html(output, "news/2026/index.html")) == ["五月的动态", "三月的动态"])
        let home = Self.html(output, "index.html")
        #expect(home.contains("五月的动态") && home.contains("三月的动态"))
        // The year folder is the 2026 archive; year and month folders are named, not numbered.
        let section = Self.html(output, "news/index.html")
        #expect(section.contains("<a href=\"/news/2026/\">2026年</a>"))
        #expect(section.contains("<a href=\"/news/2025/\">2025年</a>"))
        let may = Self.html(output, "news/2026/05/may/index.html")
        #expect(may.contains("<a href=\"/news/2026/\">2026年</a>"))
        #expect(may.contains("<a href=\"/news/2026/05/\">5月</a>"))
        #expect(!may.contains(">05<") && !may.contains(">2026<"))
    }

    // MARK: Folder titles

    @Test func aFolderWithoutIndexTakesItsTitleFromSiteYAML() throws {
        let site = TestSites.minimal([
            "content/notices/one.md": Self.news("一则通知", "2026-03-01"),
        ], siteYAML: Self.siteYAML + "folder_titles:\n  notices: 通知公告\n")
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        #expect(!TestSupport.check(site).contains { $0.code == "FOLDER_TITLE_MISSING" })
        let (output, _) = try Self.build(site)
        let page = Self.html(output, "notices/one/index.html")
        #expect(page.contains("<a href=\"/notices/\">通知公告</a>"))
        #expect(!page.contains(">notices<"))
    }

    @Test func aFolderNobodyNamedIsWarnedAboutAndNeverShowsItsFolderName() throws {
        let site = TestSites.minimal([
            "content/notices/one.md": Self.news("一则通知", "2026-03-01"),
            "content/images/logo.png": "png",
        ], siteYAML: Self.siteYAML)
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        let warnings = TestSupport.check(site).filter { $0.code == "FOLDER_TITLE_MISSING" }
        #expect(warnings.map(\.location.file) == ["content/notices"])
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.message.contains("folder_titles") == true)
        let (output, _) = try Self.build(site)
        let page = Self.html(output, "notices/one/index.html")
        #expect(page.contains("<a href=\"/notices/\">未命名栏目</a>"))
        #expect(!page.contains(">notices<"))
    }

    // MARK: Drafts

    @Test func buildNeverPublishesADraft() throws {
        let site = Self.newsSite(count: 2, more: ["content/news/draft.md": Self.news("还在写的稿子", "2026-03-01", "draft: true\n")])
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        let (output, _) = try Self.build(site)
        #expect(!Self.exists(output, "news/draft/index.html"))
        for file in TestSites.tree(output).keys where file.hasSuffix(".html") || file.hasSuffix(".xml") || file.hasSuffix(".js") {
            #expect(!Self.html(output, file).contains("还在写的稿子"), "\(file)")
        }
    }

    @Test func thePreviewShowsADraftWithA草稿Banner() throws {
        let site = Self.newsSite(count: 2, more: ["content/news/draft.md": Self.news("还在写的稿子", "2026-03-01", "draft: true\n")])
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        let (output, _) = try Self.build(site) { $0.showDrafts = true }
        let page = Self.html(output, "news/draft/index.html")
        #expect(page.contains("<p class=\"draft-label\">草稿"))
        #expect(Self.html(output, "news/index.html").contains("<span class=\"draft-tag\">草稿</span>还在写的稿子"))
        #expect(!Self.html(output, "news/n000/index.html").contains("draft-label"))
    }

    // MARK: Link modes and serve

    @Test func listPagesResolveInRelativeLinkMode() throws {
        let site = Self.newsSite(count: 9, siteYAML: Self.siteYAML + "per_page: 4\n",
                                 more: ["content/news/2025/old.md": Self.news("旧动态", "2025-06-01")])
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        let (output, _) = try Self.build(site) { $0.linkMode = .relative }
        let second = Self.html(output, "news/page/2/index.html")
        #expect(second.contains("<link rel=\"prev\" href=\"../../index.html\">"))
        #expect(second.contains("<link rel=\"next\" href=\"../3/index.html\">"))
        let links = LinkModeTests.localLinks(in: output)
        let broken = links.filter { !LinkModeTests.exists($0.target, from: $0.file, in: output) }
        #expect(broken.isEmpty, "broken links: \(broken.prefix(10))")
    }

    @Test func aServeEditInANestedFolderUpdatesTheParentListPagesLikeAFullBuild() throws {
        var files: [String: String] = ["content/news/_index.md": "---\ntitle: 工作动态\n---\n"]
        for index in 0..<9 {
            files["content/news/2025/0\(index + 1)/p.md"] = Self.news("第\(index)条", "2025-0\(index + 1)-15")
        }
        let site = TestSites.minimal(files, siteYAML: Self.siteYAML + "per_page: 4\n")
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        let preview = site.deletingLastPathComponent().appendingPathComponent("preview")
        let engine = IncrementalSite(options: TestSites.options(site, output: preview))
        guard case .full = engine.rebuildAll() else { Issue.record("first build failed"); return }
        try Data(Self.news("改过的标题", "2025-01-15").utf8).write(to: site.appendingPathComponent("content/news/2025/01/p.md"))
        guard case .partial(let written, _, _) = engine.apply(changed: ["content/news/2025/01/p.md"]) else {
            Issue.record("expected a partial update")
            return
        }
        #expect(written.contains("news/page/3/index.html"))
        #expect(written.contains("news/2025/page/3/index.html"))
        #expect(!written.contains("news/page/2/index.html"))
        #expect(Self.html(preview, "news/page/3/index.html").contains("改过的标题"))
        let full = site.deletingLastPathComponent().appendingPathComponent("full")
        _ = try SiteBuilder(options: TestSites.options(site, output: full)).build()
        let partialFiles = TestSites.tree(preview)
        let fullFiles = TestSites.tree(full)
        #expect(partialFiles.keys.sorted() == fullFiles.keys.sorted())
        for (path, data) in fullFiles where partialFiles[path] != data {
            Issue.record("\(path) differs from a full build")
        }
    }
}
