import Foundation
import Testing
@testable import ZhengfengKit

/// The release gate for placeholders (`--release`) and the proof marks of every other build.
@Suite struct ReleaseGateTests {
    /// A site with one placeholder of each kind, each at a known line and column, plus
    /// placeholder-like text that must not count (a YAML comment, a draft page).
    static let placeholderFiles: [String: String] = [
        "content/site.yml": """
            title: 测试站点
            base_url: https://www.example.gov.cn/
            # 注释里的【待填：不算】不是值
            footer:
              icp: 陕ICP备【待填：ICP备案号】号
              public_security_url: http://beian.mps.gov.cn/
              public_security: 陕公网安备 61040202000001号
              site_code: "6104000001"
              conac_url: https://bszs.conac.cn/sitename?method=show&id=1
              conac_image: https://dcs.conac.cn/image/red.png
              error_report_url: https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=6104000001
            contact: 请写信至 jubao@qindu.example 或访问 https://qindu.test/a?b=1。
            mirror: www.example.net
            sponsor: 测试区纪委监委

            """,
        "content/data/channels.yml": """
            channels:
              - id: phone
                kind: phone
                name: 电话举报
                number: "12388"
              - id: visit
                kind: visit
                name: 来访举报
                address: 【待填：来访接待地址】
                hours: |
                  上午：【待填:上午接待时间】
                  下午：【待填：下午接待时间】

            """,
        "content/news/hours.md": """
            ---
            title: 受理时间
            summary: 【待填：摘要】
            ---

            受理时间为【待填：工作日受理时间】，节假日【待填】。
            未写完的占位【待填：电话号码
            """,
        "content/scope/meeting.md": """
            ---
            title: 示例会议
            sample: true
            ---

            这是举例编写的会议报道。
            """,
        "content/news/draft.md": "---\ntitle: 草稿\ndraft: true\n---\n\n【待填：草稿里的不算】\n",
        "content/scope/_index.md": "---\ntitle: 受理范围\n---\n\n受理范围。\n",
    ]

    static func placeholderSite() throws -> URL {
        let site = try TestSupport.temporaryDirectory("placeholders")
        try TestSupport.makeSite(at: site, files: placeholderFiles)
        return site
    }

    static func check(_ site: URL, release: Bool, baseURL: String? = nil, now: PageDate = TestSites.now) -> [Diagnostic] {
        var options = BuildOptions(siteDirectory: site, now: now)
        options.release = release
        options.baseURL = baseURL
        var timer = StageTimer()
        do {
            return try SiteBuilder(options: options).prepare(timer: &timer).diagnostics.sortedForDisplay()
        } catch {
            return [.error("UNEXPECTED", "\(error)", at: SourceLocation(file: "?"))]
        }
    }

    @Test func eachPlaceholderKindIsAnErrorAtItsLineAndColumnWithRelease() throws {
        let site = try Self.placeholderSite()
        defer { TestSupport.remove(site) }
        let found = Self.check(site, release: true).filter { $0.code.hasPrefix("PLACEHOLDER") }
        #expect(found.map(TestSupport.summary) == [
            "content/data/channels.yml:9:14 error PLACEHOLDER_TEXT",
            "content/data/channels.yml:11:10 error PLACEHOLDER_TEXT",
            "content/data/channels.yml:12:10 error PLACEHOLDER_TEXT",
            "content/news/hours.md:3:10 error PLACEHOLDER_TEXT",
            "content/news/hours.md:6:6 error PLACEHOLDER_TEXT",
            "content/news/hours.md:6:22 error PLACEHOLDER_TEXT",
            "content/news/hours.md:7:7 error PLACEHOLDER_TEXT",
            "content/scope/meeting.md:3:9 error PLACEHOLDER_SAMPLE_PAGE",
            "content/site.yml:5:13 error PLACEHOLDER_TEXT",
            "content/site.yml:12:15 error PLACEHOLDER_EXAMPLE_DOMAIN",
            "content/site.yml:12:39 error PLACEHOLDER_EXAMPLE_DOMAIN",
            "content/site.yml:13:9 error PLACEHOLDER_EXAMPLE_DOMAIN",
        ])
        // Each message says what to fill in.
        let messages = found.map(\.message)
        for what in ["来访接待地址", "上午接待时间", "下午接待时间", "摘要", "工作日受理时间", "没有写明要填什么",
                     "电话号码", "ICP备案号", "jubao@qindu.example", "https://qindu.test/a?b=1", "www.example.net"] {
            #expect(messages.contains { $0.contains(what) }, "no message names \(what)")
        }
        #expect(!messages.contains { $0.contains("不算") })
    }

    @Test func withoutReleaseOneNoteCountsThePlaceholders() throws {
        let site = try Self.placeholderSite()
        defer { TestSupport.remove(site) }
        let found = Self.check(site, release: false).filter { $0.code.hasPrefix("PLACEHOLDER") }
        #expect(found.map(TestSupport.summary) == ["content/data/channels.yml:9:14 note PLACEHOLDERS_REMAIN"])
        #expect(found.first?.message.contains("还有 12 处占位内容") == true)
        #expect(found.first?.message.contains("zhengfeng check --release") == true)
    }

    @Test func baseURLFromTheCommandLineReplacesTheExampleOneAndIsCheckedToo() throws {
        let site = try TestSupport.temporaryDirectory("base-url")
        defer { TestSupport.remove(site) }
        try TestSupport.makeSite(at: site, files: ["content/site.yml": "title: 测试\nbase_url: https://lianzheng.qindu.example/\n" + Self.completeFooter])
        #expect(Self.check(site, release: true).map(TestSupport.summary)
            == ["content/site.yml:2:11 error PLACEHOLDER_EXAMPLE_DOMAIN"])
        #expect(Self.check(site, release: true, baseURL: "https://lianzheng.qindu.gov.cn/").isEmpty)
        #expect(Self.check(site, release: true, baseURL: "http://localhost:8080/").map(TestSupport.summary)
            == ["--base-url:1:1 error PLACEHOLDER_EXAMPLE_DOMAIN"])
    }

    @Test func reservedExampleDomainsAndOnlyThoseArePlaceholders() {
        for host in ["example.com", "www.example.org", "a.b.example.net", "qindu.example", "x.invalid", "site.test",
                     "localhost", "app.localhost", "EXAMPLE.COM", "example.com."] {
            #expect(ReservedDomain.isReserved(host), "\(host)")
        }
        for host in ["example.gov.cn", "www.12388.gov.cn", "myexample.com", "example.com.cn", "test.com", "invalid.org",
                     "examples.net"] {
            #expect(!ReservedDomain.isReserved(host), "\(host)")
        }
        #expect(ReservedDomain.matches(in: "https://user@example.com:8443/x").map(\.host) == ["example.com"])
        #expect(ReservedDomain.matches(in: "1.0").isEmpty && ReservedDomain.matches(in: "scope/_index.md").isEmpty)
        #expect(ReservedDomain.matches(in: "https://www.12388.gov.cn/").isEmpty)
    }

    @Test func publishedPagesAreScannedButDraftsAreNot() throws {
        let site = try Self.placeholderSite()
        defer { TestSupport.remove(site) }
        var options = BuildOptions(siteDirectory: site, now: TestSites.now)
        options.includeDrafts = true
        options.release = true
        var timer = StageTimer()
        let diagnostics = try SiteBuilder(options: options).prepare(timer: &timer).diagnostics
        #expect(diagnostics.contains { $0.location.file == "content/news/draft.md" && $0.code == "PLACEHOLDER_TEXT" })
    }

    // MARK: Building

    /// Every HTML file of an output folder, as relative path → text.
    static func htmlFiles(_ output: URL) -> [String: String] {
        TestSites.tree(output).filter { $0.key.hasSuffix(".html") }.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test func releaseBuildWithPlaceholdersFailsAndPublishesNothing() throws {
        let site = try Self.placeholderSite()
        defer { TestSupport.remove(site) }
        var options = BuildOptions(siteDirectory: site, now: TestSites.now)
        options.release = true
        let error = try #require(throws: DiagnosticsError.self) { try SiteBuilder(options: options).build() }
        #expect(error.diagnostics.filter { $0.code.hasPrefix("PLACEHOLDER_") }.count == 12)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("output").path))
    }

    @Test func proofBuildMarksEveryWebAndPrintPage() throws {
        let site = try Self.placeholderSite()
        defer { TestSupport.remove(site) }
        _ = try SiteBuilder(options: TestSites.options(site)).build()
        let pages = Self.htmlFiles(site.appendingPathComponent("output"))
        #expect(pages.keys.contains("404.html") && pages.keys.contains("print/agencies/index.html")
            && pages.keys.contains("print/leaflet/index.html") && pages.keys.contains("print/boards/scope/index.html"))
        #expect(pages.count >= 12)
        for (path, html) in pages {
            #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"), "\(path) lacks noindex")
            // print/index.html is a web page (the list of editions); the documents are below it.
            let mark = path.hasPrefix("print/") && path != "print/index.html" ? "<div class=\"proof-watermark\" aria-hidden=\"true\">校样</div>"
                : "<aside class=\"proof-banner\" aria-label=\"校样提示\"><p><strong>校样</strong>本网站尚未正式发布"
            #expect(html.contains(mark), "\(path) lacks the 校样 mark")
            let inlineScript = html.range(of: #"<script(?![^>]*\bsrc=)"#, options: .regularExpression) != nil
            #expect(!html.contains("style=\"") && !html.contains("<style") && !inlineScript, "\(path) has an inline style or script")
        }
    }

    /// The footer slots a government site must fill (see `PlaceholderScanner.missingSettings`).
    static let completeFooter = """
        sponsor: 测试区纪委监委
        footer:
          icp: 陕ICP备00000001号
          public_security: 陕公网安备 61040202000001号
          site_code: "6104000001"
          conac_url: https://bszs.conac.cn/sitename?method=show&id=1
          conac_image: https://dcs.conac.cn/image/red.png
          error_report_url: https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=6104000001

        """

    @Test func footerSlotsLeftOutOfSiteYmlStopARelease() throws {
        let site = try TestSupport.temporaryDirectory("footer")
        defer { TestSupport.remove(site) }
        try TestSupport.makeSite(at: site, files: ["content/site.yml": "title: 测试站点\nbase_url: https://www.qindu.gov.cn/\nfooter:\n  icp: 陕ICP备00000001号\n"])
        let missing = Self.check(site, release: true).filter { $0.code == "PLACEHOLDER_SETTING_MISSING" }
        #expect(missing.count == 6, "\(missing.map(\.message))")
        #expect(missing.allSatisfy { $0.location.file == "content/site.yml" })
        #expect(missing.contains { $0.message.contains("footer.error_report_url") } && missing.contains { $0.message.contains("sponsor") })
        #expect(!missing.contains { $0.message.contains("footer.icp（") })
        #expect(Self.check(site, release: false).allSatisfy { $0.severity != .error })
    }

    @Test func releaseBuildOfAPlaceholderFreeSiteHasNoProofMarks() throws {
        let site = try TestSupport.temporaryDirectory("release")
        defer { TestSupport.remove(site) }
        try TestSupport.makeSite(at: site, files: ["content/site.yml": "title: 测试站点\nbase_url: https://www.qindu.gov.cn/\n" + Self.completeFooter])
        var options = TestSites.options(site)
        options.release = true
        options.acceptInspection = true  // the fixture's news is months old; this test is about proof marks
        _ = try SiteBuilder(options: options).build()
        let pages = Self.htmlFiles(site.appendingPathComponent("output"))
        #expect(pages.keys.contains("404.html") && pages.keys.contains("print/villages/index.html"))
        for (path, html) in pages {
            #expect(!html.contains("noindex") && !html.contains("校样") && !html.contains("proof-"), "\(path) is marked as a proof")
        }
    }

    @Test func samplePagesAreLabelledOnTheWebAndInPrint() throws {
        let site = try Self.placeholderSite()
        defer { TestSupport.remove(site) }
        _ = try SiteBuilder(options: TestSites.options(site)).build()
        let output = site.appendingPathComponent("output")
        #expect(TestSites.text(output, "scope/meeting/index.html").contains("<p class=\"sample-label\">示例"))
        #expect(TestSites.text(output, "scope/index.html").contains("<span class=\"sample-tag\">示例</span>示例会议"))
        #expect(!TestSites.text(output, "news/hours/index.html").contains("sample-label"))
        let brochure = TestSites.text(output, "print/villages/index.html")
        #expect(brochure.contains("<h2 class=\"item-title\">示例会议</h2>\n    <p class=\"sample-label\">示例</p>"))
    }

    @Test func releaseFlagOfBuildAndCheckListsEveryPlaceholderAndExitsOne() throws {
        let site = try Self.placeholderSite()
        defer { TestSupport.remove(site) }
        let check = try CheckCommandTests.run(["check", "--site", site.path, "--release"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("content/data/channels.yml:9:14: 错误: “【待填：来访接待地址】”是待填的占位内容"))
        #expect(check.stdout.contains("共 12 个错误"))
        let proofCheck = try CheckCommandTests.run(["check", "--site", site.path])
        #expect(proofCheck.status == 0)
        #expect(proofCheck.stdout.contains("[PLACEHOLDERS_REMAIN]") && proofCheck.stdout.contains("共 0 个错误"))

        let release = try CheckCommandTests.run(["build", "--site", site.path, "--release"])
        #expect(release.status == 1)
        #expect(release.stderr.components(separatedBy: "[PLACEHOLDER_").count - 1 == 12)
        #expect(release.stderr.contains("content/scope/meeting.md:3:9: 错误: 这是示例页面"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("output").path))
        let proof = try CheckCommandTests.run(["build", "--site", site.path])
        #expect(proof.status == 0)
        #expect(TestSites.text(site.appendingPathComponent("output"), "index.html").contains("noindex"))
    }

    // MARK: The shipped site and the README

    /// The rows of the README's placeholder table: file, where, kind, what to fill in.
    static func readmeRows() throws -> [[String]] {
        let readme = try String(contentsOf: TestSupport.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- placeholders:begin -->"))
        let end = try #require(readme.range(of: "<!-- placeholders:end -->"))
        return readme[begin.upperBound..<end.lowerBound].split(separator: "\n")
            .filter { $0.hasPrefix("| ") && !$0.hasPrefix("| file ") && !$0.hasPrefix("| ---") }
            .map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    static let kindNames: [Placeholder.Kind: String] = [.text: "待填", .exampleDomain: "示例域名", .samplePage: "示例页面", .missingSetting: "未填", .sampleData: "示例数据"]

    @Test func everyShippedPlaceholderIsListedInTheREADME() throws {
        // A "now" at which every dated shipped page is published.
        let now = PageDate(parsing: "2026-12-01 12:00")!
        let diagnostics = Self.check(TestSupport.repository, release: true, now: now)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(!errors.isEmpty && errors.allSatisfy { $0.code.hasPrefix("PLACEHOLDER_") },
                "\(errors.filter { !$0.code.hasPrefix("PLACEHOLDER_") }.map(\.description))")
        let (content, _) = try ContentLoader(siteDirectory: TestSupport.repository).loadAll()
        let published = content.pages.values.filter {
            PageSelection.exclusion(of: $0, options: BuildOptions(siteDirectory: TestSupport.repository, now: now)) == nil
        }
        let found = PlaceholderScanner.scan(content: content, published: Array(published))
        #expect(found.count == errors.count)
        let rows = try Self.readmeRows()
        let listed = rows.map { $0.joined(separator: " | ") }.sorted()
        let actual = found.map { [$0.location.file, $0.field, Self.kindNames[$0.kind]!, $0.what].joined(separator: " | ") }.sorted()
        #expect(actual == listed, "update the placeholder table in README.md")
        // No old-style markers are left: every placeholder uses the one convention.
        for source in content.configTexts { #expect(!source.text.contains("待核实"), "\(source.file)") }
    }
}
