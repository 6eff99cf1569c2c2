import Foundation
import Testing
@testable import ZhengfengKit

/// Issue 10, "publish only what an editor meant to publish" and "hostile and clumsy input
/// never hangs, never loses a page": each rule on a small site made in a temporary folder.
@Suite struct PublicationRulesTests {
    // MARK: Helpers

    /// A fresh copy of `TestSupport.makeSite` with `files` added; removed by the caller.
    static func site(_ files: [String: String] = [:]) throws -> URL {
        let site = try TestSupport.temporaryDirectory()
        try TestSupport.makeSite(at: site, files: files)
        return site
    }

    static func build(_ site: URL, includeInternal: Bool = false) throws -> URL {
        let output = site.deletingLastPathComponent().appendingPathComponent("output")
        var options = BuildOptions(siteDirectory: site, outputDirectory: output, now: TestSupport.now)
        options.includeInternal = includeInternal
        _ = try SiteBuilder(options: options).build()
        return output
    }

    static func codes(_ diagnostics: [Diagnostic], in file: String) -> [String] {
        diagnostics.filter { $0.location.file == file }.map(\.code)
    }

    static func page(_ frontMatter: String, body: String = "正文。") -> String {
        "---\ntitle: 页面\n\(frontMatter)\n---\n\n\(body)\n"
    }

    // MARK: 1. Page files whatever the case of their extension

    @Test func upperCaseMarkdownExtensionsArePagesCheckedAndNeverCopiedRaw() throws {
        let site = try Self.site([
            "content/news/Leak.MD": Self.page("date: 2026-03-01", body: "联系人手机13812345678。"),
            "content/news/loud.Markdown": Self.page("date: 2026-03-02"),
            "content/news/mixed.Md": Self.page("date: 2026-03-03"),
        ])
        defer { TestSupport.remove(site) }
        let diagnostics = TestSupport.check(site)
        #expect(Self.codes(diagnostics, in: "content/news/Leak.MD") == ["PRIVACY_MOBILE"])

        try FileManager.default.removeItem(at: site.appendingPathComponent("content/news/Leak.MD"))
        let output = try Self.build(site)
        let files = TestSites.tree(output).keys
        #expect(files.contains("news/loud/index.html"))
        #expect(files.contains("news/mixed/index.html"))
        #expect(!files.contains { $0.lowercased().hasSuffix(".md") || $0.lowercased().hasSuffix(".markdown") })
    }

    @Test func aSectionPageWithAnUpperCaseExtensionIsTheSectionsPage() throws {
        let site = try Self.site(["content/notices/_index.MD": "---\ntitle: 通知公告栏目\n---\n\n栏目说明。\n",
                                  "content/notices/one.md": Self.page("date: 2026-03-01")])
        defer { TestSupport.remove(site) }
        #expect(TestSupport.check(site).filter { $0.severity == .error }.isEmpty)
        let output = try Self.build(site)
        #expect(TestSites.text(output, "notices/index.html").contains("通知公告栏目"))
    }

    // MARK: 2. Only referenced files are published

    @Test func filesNoPageRefersToAreNamedAndNotPublished() throws {
        let site = try Self.site([
            "content/news/linked.md": Self.page("date: 2026-03-01", body: "[附件](plan.pdf) ![照片](photo.png) [表](/news/table.csv)"),
            "content/news/plan.pdf": "PDF",
            "content/news/photo.png": "PNG",
            "content/news/table.csv": "a,b",
            "content/news/身份证.jpg": "ID",
            "content/news/名单.xlsx": "XLSX",
        ])
        defer { TestSupport.remove(site) }
        let diagnostics = TestSupport.check(site)
        let unreferenced = diagnostics.filter { $0.code == "FILE_UNREFERENCED" }
        #expect(unreferenced.map(\.location.file) == ["content/news/名单.xlsx", "content/news/身份证.jpg"])
        #expect(unreferenced.allSatisfy { $0.severity == .warning })

        let files = TestSites.tree(try Self.build(site)).keys
        #expect(files.contains("news/plan.pdf"))
        #expect(files.contains("news/photo.png"))
        #expect(files.contains("news/table.csv"))
        #expect(!files.contains("news/身份证.jpg"))
        #expect(!files.contains("news/名单.xlsx"))
    }

    @Test func aFileOnlyADraftUsesIsNeitherPublishedNorCalledStray() throws {
        let site = try Self.site(["content/news/plan.md": Self.page("draft: true", body: "![图](chart.png)"),
                                  "content/news/chart.png": "PNG"])
        defer { TestSupport.remove(site) }
        #expect(Self.codes(TestSupport.check(site), in: "content/news/chart.png").isEmpty)
        #expect(TestSites.tree(try Self.build(site))["news/chart.png"] == nil)
    }

    @Test func lockBackupAndSystemFilesAndDataAreNeverPublishedNorListed() throws {
        let junk = ["content/news/~$报告.docx", "content/news/.DS_Store", "content/news/Thumbs.db",
                    "content/news/ok.md~", "content/news/photo.jpg.bak", "content/news/.secret.txt",
                    "content/news/~$lock.md"]
        let site = try Self.site(Dictionary(uniqueKeysWithValues: junk.map { ($0, "x") }))
        defer { TestSupport.remove(site) }
        let diagnostics = TestSupport.check(site)
        for file in junk { #expect(Self.codes(diagnostics, in: file).isEmpty, "\(file)") }
        let files = TestSites.tree(try Self.build(site)).keys
        #expect(!files.contains { $0.hasPrefix("data/") || $0.contains("~") || $0.contains(".bak")
                || $0.hasSuffix("Thumbs.db") || $0.contains("/.") })
    }

    // MARK: 3. Symbolic links out of the site

    @Test func aTemplateLinkOutsideTheSiteIsAnError() throws {
        let site = try Self.site()
        defer { TestSupport.remove(site) }
        let secret = site.deletingLastPathComponent().appendingPathComponent("secret.css")
        try Data("secret".utf8).write(to: secret)
        try FileManager.default.copyItem(at: ThemeLoader.builtInDirectory, to: site.appendingPathComponent("templates"))
        try TestSupport.link("templates/assets/leak.css", in: site, to: secret)
        let diagnostics = TestSupport.check(site)
        #expect(diagnostics.contains { $0.code == "SYMLINK_OUTSIDE" && $0.location.file == "templates/assets/leak.css" })
        #expect(throws: DiagnosticsError.self) { try Self.build(site) }
    }

    @Test func aContentLinkOutsideTheSiteIsAnError() throws {
        let site = try Self.site(["content/news/linked.md": Self.page("date: 2026-03-01", body: "[密](passwd.txt)")])
        defer { TestSupport.remove(site) }
        try TestSupport.link("content/news/passwd.txt", in: site, to: URL(fileURLWithPath: "/etc/passwd"))
        #expect(Self.codes(TestSupport.check(site), in: "content/news/passwd.txt") == ["SYMLINK_OUTSIDE"])
    }

    // MARK: 4. Strict publication settings

    @Test(arguments: [
        ("Visibility: internal", "visibility"), ("visiblity: internal", "visibility"), ("Draft: true", "draft"),
        ("expire: 2026-12-31", "expires"), ("DATE: 2026-03-01", "date"), ("audience: [villages]", "audiences"),
        ("internal: true", "visibility"), ("Sample: true", "sample"),
    ])
    func aNearMissOfAPublicationKeyIsAnErrorAndThePageIsNeverPublished(_ line: String, _ key: String) throws {
        let site = try Self.site(["content/news/x.md": Self.page(line)])
        defer { TestSupport.remove(site) }
        let diagnostics = TestSupport.check(site).filter { $0.location.file == "content/news/x.md" }
        #expect(diagnostics.map(\.code) == ["FRONT_MATTER_KEY_NEAR_MISS"])
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first.map { ($0.location.line, $0.location.column) } ?? (0, 0) == (3, 1))
        #expect(diagnostics.first?.message.contains("“\(key)”") == true)

        let (content, _) = try ContentLoader(siteDirectory: site).loadAll()
        var everything = BuildOptions(siteDirectory: site, now: TestSupport.now)
        everything.includeDrafts = true
        everything.includeInternal = true
        #expect(PageSelection.exclusion(of: content.pages["news/x.md"]!, options: everything) == .unsettled)
    }

    @Test(arguments: [
        ("draft: \"false\"", "FIELD_TYPE"), ("draft: 0", "FIELD_TYPE"), ("visibility: secret", "FIELD_VISIBILITY"),
        ("expires: soon", "FIELD_DATE"), ("date: [2026]", "FIELD_DATE"), ("audiences: [farmers]", "FIELD_AUDIENCE"),
        ("sample: \"yes\"", "FIELD_TYPE"), ("visibility: [internal]", "FIELD_TYPE"),
    ])
    func aPublicationKeyWithAWrongValueIsAnErrorAndThePageIsNeverPublished(_ line: String, _ code: String) throws {
        let site = try Self.site(["content/news/x.md": Self.page(line)])
        defer { TestSupport.remove(site) }
        let diagnostics = TestSupport.check(site).filter { $0.location.file == "content/news/x.md" }
        #expect(diagnostics.map(\.code) == [code])
        #expect(diagnostics.first?.location.line == 3)
        let (content, _) = try ContentLoader(siteDirectory: site).loadAll()
        #expect(PageSelection.exclusion(of: content.pages["news/x.md"]!, options: TestSites.options(site)) == .unsettled)
    }

    @Test func aSectionWithUnsettledSettingsHoldsBackItsPagesToo() throws {
        let site = try Self.site(["content/news/_index.md": "---\ntitle: 动态\nVisibility: internal\n---\n"])
        defer { TestSupport.remove(site) }
        let (content, _) = try ContentLoader(siteDirectory: site).loadAll()
        #expect(PageSelection.exclusion(of: content.pages["news/ok.md"]!, options: TestSites.options(site)) == .unsettled)
    }

    @Test func otherUnknownKeysStayWarningsAndSampleIsKnown() throws {
        let site = try Self.site(["content/news/x.md": Self.page("colour: red\nsample: true")])
        defer { TestSupport.remove(site) }
        let diagnostics = TestSupport.check(site).filter { $0.location.file == "content/news/x.md" && $0.severity != .note }
        #expect(diagnostics.map(\.code) == ["FRONT_MATTER_UNKNOWN_KEY"])
        #expect(diagnostics.first?.severity == .warning)
        let (content, _) = try ContentLoader(siteDirectory: site).loadAll()
        #expect(content.pages["news/x.md"]?.frontMatter.sample == true)
        #expect(content.pages["news/ok.md"]?.frontMatter.sample == false)
    }

    // MARK: 5. Base URL

    @Test(arguments: ["/lianzheng/", "ftp://example.gov.cn/", "https://", "https:///path", "https://www.example .gov.cn/",
                      "www.example.gov.cn", "mailto:a@example.gov.cn", "https://a.gov.cn/?x=1", ""])
    func aBaseURLThatIsNotAnAbsoluteWebAddressIsRefused(_ text: String) {
        #expect(BaseURL.problem(text) != nil)
    }

    @Test(arguments: ["https://www.example.gov.cn/", "http://10.0.0.1:8080/lianzheng", "HTTPS://Example.gov.cn"])
    func anAbsoluteWebAddressIsAccepted(_ text: String) {
        #expect(BaseURL.problem(text) == nil)
    }

    @Test func aBadBaseURLInSiteYmlIsAnErrorAtItsValue() throws {
        let site = try Self.site(["content/site.yml": "title: 测试\nbase_url: ftp://example.gov.cn/\n"])
        defer { TestSupport.remove(site) }
        let found = TestSupport.check(site).filter { $0.code == "CONFIG_BASE_URL" }
        #expect(found.map(\.location) == [SourceLocation(file: "content/site.yml", line: 2, column: 11)])
        #expect(found.first?.message.contains("ftp") == true)
    }

    @Test func aBadBaseURLOptionIsAUsageErrorAndNothingIsWritten() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CommandLineTests.binary.path), "build zhengfeng first")
        let site = try Self.site()
        defer { TestSupport.remove(site) }
        let output = site.appendingPathComponent("output")
        let result = try ProcessRunner.run(CommandLineTests.binary,
                                           ["build", "--site", site.path, "--output", output.path, "--base-url", "ftp://example.gov.cn/"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--base-url") && result.stderr.contains("ftp:") && result.stderr.contains("CONFIG_BASE_URL"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    // MARK: 6. YAML anchors and aliases

    /// Ten levels of nine aliases: about 3.5 billion strings once expanded.
    static let billionLaughs: String = {
        var lines = ["a: &a [\"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\"]"]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i", "j"] {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
            previous = name
        }
        return lines.joined(separator: "\n")
    }()

    @Test func aBillionLaughsFrontMatterIsRefusedAtItsFirstAnchor() throws {
        let site = try Self.site(["content/news/bomb.md": "---\ntitle: 炸弹\n\(Self.billionLaughs)\n---\n\n正文。\n"])
        defer { TestSupport.remove(site) }
        let found = TestSupport.check(site).filter { $0.location.file == "content/news/bomb.md" }
        #expect(found.map(\.code) == ["YAML_ALIAS"])
        #expect(found.first.map { ($0.location.line, $0.location.column) } ?? (0, 0) == (3, 4))
    }

    @Test func anchorsAndAliasesAreRefusedInDataFilesAndSiteYml() throws {
        let site = try Self.site([
            "content/data/bomb.yml": Self.billionLaughs + "\n",
            "content/site.yml": "title: 测试\nbase_url: https://www.example.gov.cn/\nsponsor: &s 纪委\nsubtitle: *s\n",
        ])
        defer { TestSupport.remove(site) }
        let found = TestSupport.check(site).filter { $0.code == "YAML_ALIAS" }.map(\.location)
        #expect(found == [SourceLocation(file: "content/data/bomb.yml", line: 1, column: 4),
                          SourceLocation(file: "content/site.yml", line: 3, column: 10)])
    }

    @Test func anAsteriskOrAmpersandInsideTextIsNotAnAlias() throws {
        let site = try Self.site(["content/news/x.md": Self.page("summary: \"*重点* & 要点\"\ntags: [\"&甲\", 乙*]")])
        defer { TestSupport.remove(site) }
        #expect(TestSupport.check(site).filter { $0.location.file == "content/news/x.md" }.isEmpty)
    }

    // MARK: 7. One URL per name: Unicode NFC and case

    @Test func nfcAndNfdSpellingsOfOneNameAreACollisionNamingBothFiles() throws {
        let nfc = "caf\u{E9}", nfd = "cafe\u{301}"
        #expect(Array(nfc.utf8) != Array(nfd.utf8))
        // Two writes: as dictionary keys (Swift strings) the two spellings are one key.
        let site = try Self.site(["content/news/\(nfc).md": Self.page("date: 2026-03-01")])
        try TestSupport.write(Data(Self.page("date: 2026-03-02").utf8), to: "content/news/\(nfd).md", in: site)
        defer { TestSupport.remove(site) }
        let names = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/news").path)
        try #require(names.filter { $0.hasPrefix("caf") }.count == 2, "the file system keeps both spellings")
        let found = TestSupport.check(site).filter { $0.code == "URL_DUPLICATE" }
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.contains("content/news/caf") == true)
        #expect(found.first?.location.file.hasPrefix("content/news/caf") == true)
    }

    @Test func aDecomposedNameGetsAComposedURL() throws {
        let site = try Self.site(["content/news/cafe\u{301}.md": Self.page("date: 2026-03-01")])
        defer { TestSupport.remove(site) }
        let (content, _) = try ContentLoader(siteDirectory: site).loadAll()
        let page = try #require(content.pages.values.first { $0.sourcePath.hasPrefix("content/news/caf") })
        #expect(Array(page.urlPath.utf8) == Array("news/caf\u{E9}/".utf8))
    }

    @Test func namesThatDifferOnlyInCaseAreACollisionNamingBothFiles() throws {
        let site = try Self.site(["content/news/Case.md": Self.page("date: 2026-03-01"),
                                  "content/news/case.md": Self.page("date: 2026-03-02"),
                                  "content/news/Photo.PNG": "1", "content/news/photo.png": "2",
                                  "content/news/p.md": Self.page("date: 2026-03-03", body: "![一](Photo.PNG) ![二](photo.png)")])
        defer { TestSupport.remove(site) }
        let found = TestSupport.check(site).filter { $0.code == "URL_DUPLICATE" }
        #expect(found.map(\.location.file) == ["content/news/case.md", "content/news/photo.png"])
        #expect(found.first?.message.contains("content/news/Case.md") == true)
        #expect(found.last?.message.contains("content/news/Photo.PNG") == true)
    }

    // MARK: 8. UTF-16 with a byte-order mark

    @Test(arguments: [true, false])
    func aNotepadUnicodeFileIsReadWithAWarning(_ littleEndian: Bool) throws {
        let site = try Self.site()
        defer { TestSupport.remove(site) }
        let text = "---\r\ntitle: 记事本保存的页面\r\ndate: 2026-03-01\r\n---\r\n\r\n正文𠀀。\r\n"
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        try TestSupport.write(Data(bytes), to: "content/news/notepad.md", in: site)
        let diagnostics = TestSupport.check(site).filter { $0.location.file == "content/news/notepad.md" }
        #expect(diagnostics.map(\.code) == ["FILE_ENCODING_UTF16"])
        #expect(diagnostics.first?.severity == .warning)
        let output = try Self.build(site)
        #expect(TestSites.text(output, "news/notepad/index.html").contains("记事本保存的页面"))
        #expect(TestSites.text(output, "news/notepad/index.html").contains("正文𠀀。"))
    }

    @Test func aTruncatedUTF16FileIsAnEncodingError() throws {
        for bytes: [UInt8] in [[0xFF, 0xFE, 0x41, 0x00, 0x42], [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]] {
            let error = #expect(throws: Diagnostic.self) { try SourceText.decode(Data(bytes), displayPath: "x.md") }
            #expect(error?.code == "FILE_ENCODING")
            #expect(error?.message.contains("UTF-16") == true)
        }
    }
}
