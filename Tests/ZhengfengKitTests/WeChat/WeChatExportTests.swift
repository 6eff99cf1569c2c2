import Foundation
import Testing
@testable import ZhengfengKit

@Suite struct WeChatExportTests {
    static let repository = TestSites.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let golden = TestSites.fixtures.appendingPathComponent("wechat/launch.html")

    /// A small site: one article with an internal link, an external link, an image with a
    /// caption line, a quote and a nested list; an internal page and a draft.
    static func site(_ extra: [String: String] = [:]) -> URL {
        var files: [String: String] = [
            "content/site.yml": """
                title: 清风秦都
                base_url: https://lianzheng.qindu.gov.cn/
                sponsor: 秦都区纪委监委
                wechat:
                  author: 秦都区纪委监委
                  ending:
                    - 欢迎关注“清风秦都”。
                """,
            "content/data/channels.yml": """
                channels:
                  - id: phone
                    kind: phone
                    name: 电话举报
                    number: "12388"
                """,
            "content/_index.md": "---\ntitle: 首页\n---\n\n首页。\n",
            "content/news/_index.md": "---\ntitle: 工作动态\n---\n",
            "content/news/launch.md": """
                ---
                title: 秦都区召开信访举报工作宣传年启动会
                date: 2026-03-18
                summary: 区纪委监委召开启动会，部署全年宣传。
                ---

                会议明确了[受理范围](../scope/_index.md)，网上举报请登录[举报网站](https://www.12388.gov.cn/)。

                > 信访举报是群众监督的重要渠道。

                ## 四个重点

                1. 受理范围
                   - 检举控告
                   - 申诉
                2. 举报途径

                ![会场](photo.png)

                """,
            "content/news/photo.png": "png",
            "content/scope/_index.md": "---\ntitle: 受理范围\n---\n\n正文。\n",
            "content/inner/_index.md": "---\ntitle: 内部\nvisibility: internal\n---\n",
            "content/inner/plan.md": "---\ntitle: 内部安排\nvisibility: internal\n---\n\n内部。\n",
            "content/news/draft.md": "---\ntitle: 草稿\ndraft: true\n---\n\n草稿。\n",
        ]
        files.merge(extra) { $1 }
        return TestSites.make(files)
    }

    static func export(_ site: URL, pages: [String] = [], release: Bool = false) throws -> (articles: [WeChatArticle], diagnostics: [Diagnostic]) {
        var options = WeChatOptions(siteDirectory: site)
        options.now = TestSites.now
        options.pages = pages
        options.release = release
        return try WeChatExport(options: options).prepare()
    }

    @Test func theFixtureArticleMatchesItsGoldenFragment() throws {
        let (articles, _) = try Self.export(Self.site())
        let fragment = try #require(articles.first { $0.source.contentPath == "news/launch.md" }).fragment
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((fragment + "\n").utf8).write(to: Self.golden)
        }
        let expected = (try? String(contentsOf: Self.golden, encoding: .utf8)) ?? ""
        #expect(fragment + "\n" == expected, "golden fragment differs: run UPDATE_GOLDEN=1 swift test --filter WeChatExportTests")
        #expect(WeChatFragmentRules.violations(fragment) == [])
    }

    @Test func onlyPublicArticlesAreExportedNeverInternalDraftOrSectionPages() throws {
        let (articles, _) = try Self.export(Self.site())
        #expect(articles.map(\.source.contentPath) == ["news/launch.md"])
    }

    @Test func internalLinksPointToTheCanonicalURLAndTheEndingCarriesChannelsAndTheSite() throws {
        let (articles, _) = try Self.export(Self.site())
        let article = try #require(articles.first)
        #expect(article.references.map(\.url) == ["https://lianzheng.qindu.gov.cn/scope/", "https://www.12388.gov.cn/"])
        #expect(article.fragment.contains("src=\"https://lianzheng.qindu.gov.cn/news/photo.png\""))
        for text in ["电话举报：12388", "清风秦都网站：https://lianzheng.qindu.gov.cn/", "欢迎关注“清风秦都”。",
                     "阅读原文：https://lianzheng.qindu.gov.cn/news/launch/"] {
            #expect(article.fragment.contains(text), "\(text)")
        }
        #expect(article.source.author == "秦都区纪委监委")
    }

    @Test func aNamedInternalOrMissingPageIsAnErrorWithItsName() throws {
        let (articles, diagnostics) = try Self.export(Self.site(), pages: ["content/inner/plan.md", "news/nope.md", "news/launch.md"])
        #expect(articles.map(\.source.contentPath) == ["news/launch.md"])
        #expect(diagnostics.filter { $0.code == "WECHAT_PAGE_NOT_FOUND" }.map(\.location.file) == ["content/inner/plan.md", "content/news/nope.md"])
    }

    @Test func placeholdersFailOnlyUnderRelease() throws {
        let site = Self.site(["content/news/sample.md": "---\ntitle: 示例\nsample: true\n---\n\n会议在【待填：地点】召开。\n"])
        let proof = try Self.export(site, pages: ["news/sample.md"])
        #expect(!proof.diagnostics.contains { $0.code == "WECHAT_PLACEHOLDER" })
        let release = try Self.export(site, pages: ["news/sample.md"], release: true)
        let found = release.diagnostics.filter { $0.code == "WECHAT_PLACEHOLDER" }
        #expect(found.map(\.location.line).sorted() == [3, 6], "\(found)")
    }

    @Test func aLongArticleStillFitsAndATooLongOneIsReportedWithItsLength() throws {
        let paragraph = String(repeating: "信访举报是群众监督的重要渠道。", count: 6)
        let long = (1...150).map { _ in paragraph }.joined(separator: "\n\n")
        let (fits, _) = try Self.export(Self.site(["content/news/long.md": "---\ntitle: 长文\n---\n\n\(long)\n"]), pages: ["news/long.md"])
        // 13,500 characters of text: the styles must leave room for it.
        #expect(try #require(fits.first).characters < WeChatLimits.contentCharacters)
        let tooLong = (1...200).map { _ in paragraph }.joined(separator: "\n\n")
        let (_, diagnostics) = try Self.export(Self.site(["content/news/long.md": "---\ntitle: 长文\n---\n\n\(tooLong)\n"]), pages: ["news/long.md"])
        #expect(diagnostics.contains { $0.code == "WECHAT_CONTENT_TOO_LONG" && $0.location.file == "content/news/long.md" })
    }

    @Test func theExportIsWrittenThroughTheOutputLayerAndNeverIntoThePublicOutput() throws {
        let site = Self.site()
        let (articles, diagnostics) = try Self.export(site)
        var options = WeChatOptions(siteDirectory: site)
        try WeChatExport(options: options).write(articles, diagnostics: diagnostics)
        let tree = TestSites.tree(site.appendingPathComponent("wechat"))
        for path in ["index.html", "news/launch/index.html", "news/launch/fragment.html", "assets/copy.js", "assets/wechat.css", OutputLocation.markerName] {
            #expect(tree[path] != nil, "\(path)")
        }
        options.outputDirectory = site.appendingPathComponent("output/wechat")
        #expect(throws: OutputError.self) { try WeChatExport(options: options).write(articles, diagnostics: diagnostics) }
        options.outputDirectory = site.appendingPathComponent("content/wechat")
        #expect(throws: OutputError.self) { try WeChatExport(options: options).write(articles, diagnostics: diagnostics) }
    }

    @Test func thePreviewPageHasNoInlineScriptAndShowsTheFragment() throws {
        let (articles, diagnostics) = try Self.export(Self.site())
        let article = try #require(articles.first)
        let page = WeChatPreview.page(article)
        #expect(page.contains("<div id=\"fragment\">\(article.fragment)</div>"))
        #expect(page.contains("<script src=\"../../assets/copy.js\"></script>"))
        #expect(page.components(separatedBy: "<script").count == 2)
        #expect(WeChatPreview.index(articles, diagnostics: diagnostics).contains("href=\"news/launch/index.html\""))
    }

    /// Every shipped article exports cleanly: no error or warning of the export, every
    /// fragment within the editor's rules and the draft-API limits.
    @Test func everyShippedArticleExportsCleanly() throws {
        let (articles, diagnostics) = try Self.export(Self.repository)
        #expect(articles.count >= 20)
        let problems = diagnostics.filter { $0.code.hasPrefix("WECHAT_") }
        #expect(problems.isEmpty, "\(problems)")
        for article in articles {
            #expect(WeChatFragmentRules.violations(article.fragment) == [], "\(article.source.sourcePath)")
            #expect(article.characters < WeChatLimits.contentCharacters)
        }
    }
}

/// The catalog's WeChat examples are real: the wrong file gives the code when exported, the
/// fixed one does not.
@Suite struct WeChatCatalogExampleTests {
    static var examples: [DiagnosticEntry] {
        DiagnosticCatalog.wechat.filter {
            $0.wrong.place.hasPrefix(DiagnosticCatalog.wechatPlace + "content/") && $0.fixed.place == $0.wrong.place
        }
    }

    static func reports(_ code: String, path: String, text: String, images: [String: Data]) throws -> Bool {
        var files: [String: String] = [:]
        if path == "content/site.yml" {
            files["content/news/a.md"] = "---\ntitle: 启动会\n---\n\n![会场](photo.jpg)\n"
            files["content/news/photo.jpg"] = "jpg"
        }
        let site = WeChatExportTests.site(files.merging([path: text + "\n"]) { $1 })
        for (name, data) in images { try data.write(to: site.appendingPathComponent(name)) }
        let pages = path.hasSuffix(".md") ? [String(path.dropFirst("content/".count))] : ["news/a.md"]
        return try WeChatExportTests.export(site, pages: pages, release: true).diagnostics.contains { $0.code == code }
    }

    static func png(_ width: Int, _ height: Int) -> Data {
        func be(_ v: Int) -> [UInt8] { [UInt8(v >> 24 & 255), UInt8(v >> 16 & 255), UInt8(v >> 8 & 255), UInt8(v & 255)] }
        return Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + be(width) + be(height) + [8, 6, 0, 0, 0])
    }

    @Test func everyWeChatCodeWithAFileExampleIsReproduced() {
        #expect(Self.examples.count >= 8)
    }

    @Test(arguments: examples.map(\.code))
    func wrongExampleGivesTheCodeAndTheFixedOneDoesNot(code: String) throws {
        let entry = try #require(DiagnosticCatalog.entry(for: code))
        let path = String(entry.wrong.place.dropFirst(DiagnosticCatalog.wechatPlace.count))
        let images: [String: Data] = [
            "content/news/logo.svg": Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8),
            "content/news/logo.png": Self.png(10, 10),
            "content/news/square.png": Self.png(800, 800),
            "content/news/wide.png": Self.png(900, 383),
            "content/news/photo.jpg": Data([0xFF, 0xD8]),
        ]
        #expect(try Self.reports(code, path: path, text: entry.wrong.text, images: images), "the wrong example does not give \(code)")
        #expect(try !Self.reports(code, path: path, text: entry.fixed.text, images: images), "the fixed example still gives \(code)")
    }
}

/// `zhengfeng wechat` as editors run it: exit statuses, `--stdout`, the default folder.
@Suite struct WeChatCommandTests {
    func run(_ arguments: [String]) throws -> ProcessRunner.Result {
        try #require(FileManager.default.isExecutableFile(atPath: CommandLineTests.binary.path), "build zhengfeng first")
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = String(TestSites.now.timestamp)
        return try ProcessRunner.run(CommandLineTests.binary, arguments, environment: environment)
    }

    @Test func stdoutPrintsOneFragmentAndWritesNothing() throws {
        let site = WeChatExportTests.site()
        let result = try run(["wechat", "--site", site.path, "--stdout", site.appendingPathComponent("content/news/launch.md").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<section style=\"\(WeChatStyle.root)\">") && result.stdout.contains("阅读原文"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("wechat").path))
    }

    @Test func theDefaultFolderIsWeChatBesideOutputAndProblemsExitOne() throws {
        let site = WeChatExportTests.site()
        let written = try run(["wechat", "--site", site.path])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.contains("已导出 1 篇文章"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("wechat/news/launch/fragment.html").path))
        let missing = try run(["wechat", "--site", site.path, "news/none.md"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("[WECHAT_PAGE_NOT_FOUND]") && missing.stderr.contains("原有的 wechat 文件夹保持不变"))
        let unsafe = try run(["wechat", "--site", site.path, "--output", site.appendingPathComponent("output/wx").path])
        #expect(unsafe.status == 2 && unsafe.stderr.contains("[OUTPUT_UNSAFE]"))
    }
}
