import Foundation
import Testing
@testable import ZhengfengKit

/// Links and markup editors get wrong, on a fixture site whose base_url has a path (as many
/// district sites do): each mistake is reported at its line and column, and links to the
/// site's own pages end up at the pages' published URLs.
@Suite struct MarkupMistakeTests {
    static let siteYAML = "title: 测试\nbase_url: https://lianzheng.qindu.example/lz/\n"

    static let pages: [String: String] = [
        "content/_index.md": "---\ntitle: 首页\n---\n\n首页。\n",
        "content/scope/_index.md": "---\ntitle: 受理范围\n---\n\n受理范围。\n\n## 不予受理\n\n说明。\n",
        "content/scope/accusations.md": "---\ntitle: 检举控告\n---\n\n检举控告。\n",
        "content/notices/_index.md": "---\ntitle: 通知公告\n---\n",
        "content/notices/notice.md": "---\ntitle: 举报须知\n---\n\n须知。\n",
        "content/notices/须知.pdf": "%PDF-1.4\n",
    ]

    static func site(_ extra: [String: String]) -> URL {
        TestSites.minimal(pages.merging(extra) { $1 }, siteYAML: siteYAML)
    }

    static func found(_ site: URL, _ codes: Set<String>) -> [String] {
        TestSupport.check(site).filter { codes.contains($0.code) }
            .map { "\($0.location.file):\($0.location.line):\($0.location.column) \($0.code)" }
    }

    @Test func linksToMarkdownFilesRootPathsAndTheSitesOwnAddressGoToThePublishedURLs() throws {
        let page = """
            ---
            title: 链接
            ---

            见[范围](../scope/_index.md)、[须知](notice.md)、[不予受理](../scope/_index.md#不予受理)。
            见[地址栏](https://lianzheng.qindu.example/lz/scope/accusations/)、[根](/scope/)、[文件](/notices/须知.pdf)。
            见[带前缀](/lz/scope/accusations/)、[源文件](/scope/accusations.md)、[搜索](/search/)、[外站](https://www.12388.gov.cn/)。

            """
        let site = Self.site(["content/notices/links.md": page])
        let report = try SiteBuilder(options: TestSites.options(site)).build()
        #expect(!report.warnings.contains { $0.code.hasPrefix("LINK_") })
        let written = TestSites.text(site.appendingPathComponent("output"), "notices/links/index.html")
        let start = try #require(written.range(of: "<div class=\"prose\">"))
        let end = try #require(written.range(of: "</article>", range: start.upperBound..<written.endIndex))
        let html = String(written[start.lowerBound..<end.lowerBound])
        for href in ["/lz/scope/", "/lz/notices/notice/", "/lz/scope/#%E4%B8%8D%E4%BA%88%E5%8F%97%E7%90%86",
                     "/lz/scope/accusations/", "/lz/notices/%E9%A1%BB%E7%9F%A5.pdf", "/lz/search/",
                     "https://www.12388.gov.cn/"] {
            #expect(html.contains("href=\"\(href)\""), "\(href)")
        }
        #expect(!html.contains(".md\">"))
        #expect(!html.contains("href=\"https://lianzheng.qindu.example"))
        // The PDF named by a root path is published like one linked relatively.
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("output/notices/须知.pdf").path))
    }

    @Test func ownAddressIsRecognisedOnlyOnTheSitesHostAndBasePath() {
        let index = LinkIndex(pagePaths: ["scope/_index.md", "_index.md"], staticFiles: ["scope/a.pdf"],
                              site: SiteAddress(host: "Lianzheng.Qindu.example", basePath: "/lz/",
                                                pages: ["scope/": "scope/_index.md", "": "_index.md"]))
        #expect(index.resolve("HTTP://lianzheng.qindu.example/lz/scope/#x", from: "a.md") == .page("scope/_index.md", fragment: "x"))
        #expect(index.resolve("https://lianzheng.qindu.example/lz", from: "a.md") == .page("_index.md", fragment: nil))
        #expect(index.resolve("//lianzheng.qindu.example/lz/scope/a.pdf?v=2", from: "a.md") == .file("scope/a.pdf"))
        #expect(index.resolve("https://lianzheng.qindu.example/other/", from: "a.md") == .external)
        #expect(index.resolve("https://www.12388.gov.cn/lz/scope/", from: "a.md") == .external)
        #expect(index.resolve("/scope/index.html", from: "a.md") == .page("scope/_index.md", fragment: nil))
        #expect(index.resolve("/scope/page/2/", from: "a.md") == .sitePath("scope/page/2/"))
        #expect(index.resolve("/scope/2026/", from: "a.md") == .sitePath("scope/2026/"))
        #expect(index.resolve("/feed.xml", from: "a.md") == .sitePath("feed.xml"))
        #expect(index.resolve("/scopes/", from: "a.md") == .missingSitePath("scopes/"))
        #expect(index.resolve("https://x.example/a\\b", from: "a.md") == .external)
        #expect(index.resolve("c:", from: "a.md") == .computerPath)
        #expect(index.resolve("mailto:a@b.example", from: "a.md") == .external)
    }

    @Test func brokenRootAndOwnDomainLinksAreErrorsAtTheirColumn() {
        let page = """
            ---
            title: 链接
            ---

            见[旧地址](https://lianzheng.qindu.example/lz/news/old/)和[根](/scope/nothing/)。

            ![图](/images/none.png)

            """
        let site = Self.site(["content/notices/links.md": page])
        #expect(Self.found(site, ["LINK_BROKEN", "IMAGE_MISSING"]) == [
            "content/notices/links.md:5:8 LINK_BROKEN",
            "content/notices/links.md:5:58 LINK_BROKEN",
            "content/notices/links.md:7:6 IMAGE_MISSING",
        ])
        let message = TestSupport.check(site).first { $0.code == "LINK_BROKEN" }?.message ?? ""
        #expect(message.contains("/news/old/") && message.contains("../channels/phone.md"))
    }

    @Test func windowsPathsSharedFoldersAndFileURLsAreErrorsWithTheFix() {
        let page = #"""
            ---
            title: 链接
            ---

            [须知](C:\Users\办公室\须知.pdf)、[共享](\\server\share\表.docx)、[本机](file:///D:/材料/表.xls)

            [附件](附件\表.pdf)、![照片](D:/照片/现场.jpg)

            """#
        let site = Self.site(["content/notices/links.md": page])
        let found = TestSupport.check(site).filter { $0.code == "LINK_LOCAL_PATH" }
        #expect(found.map { "\($0.location.line):\($0.location.column)" } == ["5:6", "5:33", "5:60", "7:6", "7:22"])
        try? #require(found.count == 5)
        #expect(found[0].message.contains("请把 须知.pdf 复制到 content 里本页所在的文件夹，再写成 [须知](须知.pdf)"))
        #expect(found[2].message.contains("[本机](表.xls)"))
        #expect(found[3].message.contains("[附件](附件/表.pdf)"))
        #expect(found[4].message.contains("![照片](现场.jpg)"))
    }

    @Test func rawHTMLIsDroppedWithAWarningSayingWhatToWriteInstead() throws {
        let page = """
            ---
            title: 电话举报
            ---

            举报电话：12388<br>接听时间见下文<br>。

            请<font color="red">如实</font>反映。

            <table><tr><td>来信</td></tr></table>

            <img src="现场.jpg">

            <!-- 给其他编辑的备注 -->

            """
        let site = Self.site(["content/notices/phone.md": page])
        let found = TestSupport.check(site).filter { $0.code == "MARKDOWN_HTML" }
        #expect(found.map { "\($0.location.line):\($0.location.column) \($0.severity.rawValue)" } == [
            "5:11 warning", "5:22 warning", "7:2 warning", "9:1 warning", "11:1 warning",
        ])
        try #require(found.count == 5)
        #expect(found[0].message.contains("“<br>”") && found[0].message.contains("空一行"))
        #expect(found[2].message.contains("<font color=\"red\">") && found[2].message.contains("**加粗**"))
        #expect(found[3].message.contains("整段不会显示") && found[3].message.contains("```表格"))
        #expect(found[4].message.contains("![图片内容的简短说明]"))
        let report = try SiteBuilder(options: TestSites.options(site)).build()
        #expect(report.warnings.count { $0.code == "MARKDOWN_HTML" } == 5)
        let html = TestSites.text(site.appendingPathComponent("output"), "notices/phone/index.html")
        #expect(!html.contains("<font") && !html.contains("<br>") && html.contains("如实"))
    }

    @Test func markupInATitleIsShownAsTextWithAWarning() throws {
        let page = "---\ntitle: 关于开展<b>“清风”行动</b>的通知\n---\n\n正文。\n"
        let site = Self.site(["content/notices/qingfeng.md": page])
        #expect(Self.found(site, ["TITLE_MARKUP"]) == ["content/notices/qingfeng.md:2:8 TITLE_MARKUP"])
        let message = TestSupport.check(site).first { $0.code == "TITLE_MARKUP" }?.message ?? ""
        #expect(message.contains("“<b>”") && message.contains("关于开展“清风”行动的通知"))
        _ = try SiteBuilder(options: TestSites.options(site)).build()
        let html = TestSites.text(site.appendingPathComponent("output"), "notices/qingfeng/index.html")
        #expect(html.contains("关于开展&lt;b&gt;“清风”行动&lt;/b&gt;的通知"))
        #expect(!html.contains("<b>“清风”"))
        #expect(TitleMarkup.find(in: "见**通知**") == "**")
        #expect(TitleMarkup.find(in: "见[通知](a.md)") == "[通知](a.md)")
        #expect(TitleMarkup.find(in: "2<3 的情况") == nil)
    }

    @Test func fullWidthColonAndATitleThatGoesOnAfterItsQuoteAreNamedAtTheirLine() {
        let site = Self.site([
            "content/notices/colon.md": "---\ndate: 2026-03-01\ntitle：三月工作动态\n---\n\n正文。\n",
            "content/notices/alone.md": "---\ntitle ： 三月\n---\n\n正文。\n",
            "content/notices/quote.md": "---\ndate: 2026-03-01\ntitle: \"清风\"行动启动\n---\n\n正文。\n",
            "content/notices/single.md": "---\ntitle: '清风'行动 # 注释\n---\n\n正文。\n",
            "content/notices/fine.md": "---\ntitle: \"清风\" # 注释\nsummary: \"a\\\"b\"\n---\n\n正文。\n",
        ])
        let all = TestSupport.check(site)
        let codes: Set = ["YAML_FULLWIDTH_COLON", "YAML_QUOTE_NOT_WHOLE_VALUE", "YAML_SYNTAX", "YAML_NOT_MAPPING", "FIELD_REQUIRED"]
        #expect(all.filter { codes.contains($0.code) }.map { "\($0.location.file):\($0.location.line):\($0.location.column) \($0.code)" } == [
            "content/notices/alone.md:2:7 YAML_FULLWIDTH_COLON",
            "content/notices/colon.md:3:6 YAML_FULLWIDTH_COLON",
            "content/notices/quote.md:3:8 YAML_QUOTE_NOT_WHOLE_VALUE",
            "content/notices/single.md:2:8 YAML_QUOTE_NOT_WHOLE_VALUE",
        ])
        let message = { (file: String) in all.first { $0.location.file == "content/notices/\(file)" }?.message ?? "" }
        #expect(message("colon.md").hasSuffix("请写成：title: 三月工作动态"))
        #expect(message("alone.md").hasSuffix("请写成：title: 三月"))
        #expect(message("quote.md").contains("“清风”当成了整个值，后面的“行动启动”就多出来了"))
        #expect(message("quote.md").contains("title: “清风”行动启动；") && message("quote.md").hasSuffix("title: '\"清风\"行动启动'"))
        #expect(message("single.md").contains("title: ‘清风’行动"))
    }

    @Test func fullWidthColonInSiteYAMLIsNamedToo() {
        let site = TestSites.minimal(Self.pages, siteYAML: "title：测试\nbase_url: https://lianzheng.qindu.example/\n")
        #expect(Self.found(site, ["YAML_FULLWIDTH_COLON", "YAML_SYNTAX"]) == ["content/site.yml:1:6 YAML_FULLWIDTH_COLON"])
    }
}

/// The catalog's examples for these codes are real: the wrong page gives the code in a
/// fixture site, the fixed one does not.
@Suite struct MarkupCatalogExampleTests {
    static let codes = ["YAML_FULLWIDTH_COLON", "YAML_QUOTE_NOT_WHOLE_VALUE", "TITLE_MARKUP", "LINK_LOCAL_PATH", "MARKDOWN_HTML"]

    static func reports(_ code: String, place: String, text: String) -> Bool {
        !found(code, place: place, text: text).isEmpty
    }

    static func found(_ code: String, place: String, text: String) -> [Diagnostic] {
        let path = String(place.prefix { $0 != "（" })
        let site = MarkupMistakeTests.site([
            path: text + "\n",
            "content/notices/举报须知.pdf": "%PDF-1.4\n",
            "content/news/_index.md": "---\ntitle: 工作动态\n---\n",
            "content/channels/_index.md": "---\ntitle: 举报途径\n---\n",
        ])
        return TestSupport.check(site).filter { $0.code == code }
    }

    @Test(arguments: codes)
    func wrongExampleGivesTheCodeAndTheFixedOneDoesNot(code: String) throws {
        let entry = try #require(DiagnosticCatalog.entry(for: code))
        #expect(Self.reports(code, place: entry.wrong.place, text: entry.wrong.text), "the wrong example does not give \(code)")
        #expect(!Self.reports(code, place: entry.fixed.place, text: entry.fixed.text), "the fixed example still gives \(code)")
        let messages = Self.found(code, place: entry.wrong.place, text: entry.wrong.text).map(\.description)
        #expect(messages.first == entry.message, "the catalog's sample message is not what the wrong example prints")
    }
}
