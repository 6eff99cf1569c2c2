import Foundation
import Testing
@testable import ZhengfengKit

/// The one URL builder and the three link modes, end to end on the shipped site.
@Suite struct LinkModeTests {
    /// A "now" at which every shipped page is published (no link points to a future page).
    static func options(output: URL) -> BuildOptions {
        BuildOptions(siteDirectory: TestSupport.repository, outputDirectory: output, now: PageDate(parsing: "2026-12-01 12:00")!)
    }

    @Test(arguments: [
        ("scope/", ["news", "a"], "../../scope/index.html"),
        ("", ["news", "a"], "../../index.html"),
        ("", [], "index.html"),
        ("news/a/", ["news", "a"], "index.html"),
        ("news/b/#x", ["news", "a"], "../b/index.html#x"),
        ("assets/css/site.css", [], "assets/css/site.css"),
        ("news/", ["news", "a"], "../index.html"),
        ("news/a/report.pdf", ["news"], "a/report.pdf"),
    ])
    func relativeLinksAreSeenFromThePageFolder(target: String, folders: [String], expected: String) {
        #expect(SiteURLs.relative(target, fromFolders: folders) == expected)
    }

    @Test func onlySiteLinksInURLAttributesAreRewritten() {
        let urls = SiteURLs(baseURL: "https://www.example.gov.cn/lz/", basePath: "/lz/", mode: .relative)
        let html = #"<a href="/lz/scope/">x</a> <a href="//cdn.example.org/lz/x">y</a> <p>href="/lz/x"</p> "#
            + #"<img src="/lz/a/b.png" alt=""><a href="https://other.example/lz/">z</a>"#
        #expect(urls.finish(html, at: "news/a/index.html") ==
            #"<a href="../../scope/index.html">x</a> <a href="//cdn.example.org/lz/x">y</a> <p>href="/lz/x"</p> "#
            + #"<img src="../../a/b.png" alt=""><a href="https://other.example/lz/">z</a>"#)
        let absolute = SiteURLs(baseURL: "https://www.example.gov.cn/lz/", basePath: "/lz/", mode: .absolute)
        #expect(absolute.finish(#"<a href="/lz/scope/">"#, at: "index.html") == #"<a href="https://www.example.gov.cn/lz/scope/">"#)
        let root = SiteURLs(baseURL: "https://www.example.gov.cn/lz/", basePath: "/lz/", mode: .root)
        #expect(root.finish(html, at: "news/a/index.html") == html)
    }

    /// In relative mode every href/src in every HTML, CSS and JS file resolves to a file of
    /// the output, so the folder opens from file://, a USB stick or any sub-path.
    @Test func relativeModeLinksResolveToFilesOfTheOutput() throws {
        let output = TestSites.temporaryDirectory("relative")
        defer { TestSupport.remove(output) }
        var options = Self.options(output: output)
        options.linkMode = .relative
        options.baseURL = "https://www.example.gov.cn/qingfeng/"
        _ = try SiteBuilder(options: options).build()
        let links = Self.localLinks(in: output)
        #expect(links.count > 500)
        let broken = links.filter { !Self.exists($0.target, from: $0.file, in: output) }
        #expect(broken.isEmpty, "broken links: \(broken.prefix(10))")
        let rooted = links.filter { $0.target.hasPrefix("/") }
        #expect(rooted.isEmpty, "root-relative links left: \(rooted.prefix(10))")
    }

    /// In root mode under a sub-path every site link starts with the base path and resolves.
    @Test func rootModeLinksStartWithTheBasePath() throws {
        let output = TestSites.temporaryDirectory("root")
        defer { TestSupport.remove(output) }
        var options = Self.options(output: output)
        options.baseURL = "https://www.example.gov.cn/qingfeng/"
        _ = try SiteBuilder(options: options).build()
        let links = Self.localLinks(in: output).filter { $0.file.hasSuffix(".html") && !$0.file.hasPrefix("print/") }
        #expect(!links.isEmpty)
        let outside = links.filter { !$0.target.hasPrefix("/qingfeng/") }
        #expect(outside.isEmpty, "\(outside.prefix(10))")
        let broken = links.filter { !Self.exists(String($0.target.dropFirst("/qingfeng".count)), from: "", in: output) }
        #expect(broken.isEmpty, "\(broken.prefix(10))")
    }

    @Test func absoluteModeWritesFullAddressesAndCanonicalsStayAbsolute() throws {
        let output = TestSites.temporaryDirectory("absolute")
        defer { TestSupport.remove(output) }
        var options = Self.options(output: output)
        options.linkMode = .absolute
        _ = try SiteBuilder(options: options).build()
        let html = TestSites.text(output, "scope/index.html")
        let base = try #require(SiteConfigProbe.baseURL(TestSupport.repository))
        #expect(html.contains(#"<link rel="stylesheet" href="\#(base)assets/css/site.css">"#))
        #expect(html.contains(#"rel="canonical" href="\#(base)scope/""#))
        let local = Self.localLinks(in: output).filter { $0.file.hasSuffix(".html") && !$0.file.hasPrefix("print/") }
        #expect(local.isEmpty, "\(local.prefix(10))")
    }

    @Test func unknownLinksSettingIsAnErrorAtItsLine() {
        let site = TestSites.minimal(["content/_index.md": "---\ntitle: 首页\n---\n"],
                                     siteYAML: "title: 测试\nbase_url: https://example.org/\nlinks: portable\n")
        defer { TestSupport.remove(site) }
        let diagnostics = TestSupport.check(site).map(TestSupport.summary)
        #expect(diagnostics.contains("content/site.yml:3:8 error CONFIG_LINKS"))
    }

    // MARK: - Helpers

    /// Every link of the output's HTML, CSS and JS files that is not external (no scheme,
    /// not `//`, not a bare fragment): the file it is in and the link as written.
    static func localLinks(in output: URL) -> [(file: String, target: String)] {
        let pattern = try! NSRegularExpression(pattern: #"(?:\s(?:href|src)=\"([^\"]*)\")|(?:url\(\s*['\"]?([^'\")]+))"#)
        var found: [(String, String)] = []
        for (file, data) in TestSites.tree(output).sorted(by: { $0.key < $1.key }) {
            guard [".html", ".css", ".js"].contains(where: file.hasSuffix) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let range = match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range(at: 2)
                let target = String(text[Range(range, in: text)!])
                if target.isEmpty || target.hasPrefix("#") || target.hasPrefix("//") { continue }
                if target.range(of: #"^[a-zA-Z][a-zA-Z0-9+.-]*:"#, options: .regularExpression) != nil { continue }
                found.append((file, target))
            }
        }
        return found
    }

    /// Whether `target`, written in `file`, names an existing file of `output` (a folder
    /// target needs its index.html).
    static func exists(_ target: String, from file: String, in output: URL) -> Bool {
        var path = target
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
        path = path.removingPercentEncoding ?? path
        let folder = (file as NSString).deletingLastPathComponent
        var url = path.hasPrefix("/") ? output.appendingPathComponent(String(path.dropFirst()))
                                      : output.appendingPathComponent(folder).appendingPathComponent(path)
        if path.isEmpty || path.hasSuffix("/") { url = url.appendingPathComponent("index.html") }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.standardizedFileURL.path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}

/// Reads the shipped site's base URL the way the build does.
enum SiteConfigProbe {
    static func baseURL(_ site: URL) -> String? {
        let text = try? String(contentsOf: site.appendingPathComponent("content/site.yml"), encoding: .utf8)
        return text.flatMap { SiteConfig.parse($0, file: "content/site.yml").0?.baseURL }
    }
}
