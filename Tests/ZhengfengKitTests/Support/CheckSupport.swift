import Foundation
@testable import ZhengfengKit

/// Helpers shared by the check tests: fixture folders, temporary sites and running the
/// library's prepare stage the way `zhengfeng check` does.
enum TestSupport {
    /// The repository root (holds the shipped content/).
    static let repository = TestSites.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let now = TestSites.now

    /// Every diagnostic `zhengfeng check` would print for the site (errors that stop loading included).
    static func check(_ site: URL, now: PageDate = now) -> [Diagnostic] {
        let options = BuildOptions(siteDirectory: site, now: now)
        var timer = StageTimer()
        do {
            return try SiteBuilder(options: options).prepare(timer: &timer).diagnostics.sortedForDisplay()
        } catch let error as DiagnosticsError {
            return error.diagnostics
        } catch let diagnostic as Diagnostic {
            return [diagnostic]
        } catch {
            return [.error("UNEXPECTED", "\(error)", at: SourceLocation(file: "?"))]
        }
    }

    /// `path:line:col severity CODE`, the format of the fixtures' expected.txt.
    static func summary(_ diagnostic: Diagnostic) -> String {
        let l = diagnostic.location
        return "\(l.file):\(l.line):\(l.column) \(diagnostic.severity.rawValue) \(diagnostic.code)"
    }

    /// A fresh temporary folder (see `TestSites`), removed by the caller with `remove`.
    static func temporaryDirectory(_ name: String = "site") throws -> URL {
        TestSites.temporaryDirectory(name)
    }

    /// Removes a temporary folder and, for `TestSites` folders, its unique parent.
    static func remove(_ url: URL) {
        let parent = url.deletingLastPathComponent()
        try? FileManager.default.removeItem(at: parent.lastPathComponent.hasPrefix("zhengfeng-tests-") ? parent : url)
    }

    /// A small valid site: site.yml, home page, one channel, a news section with one page.
    static func makeSite(at site: URL, files: [String: String] = [:]) throws {
        var all: [String: String] = [
            "content/site.yml": "title: 测试站点\nbase_url: https://www.example.gov.cn/\n",
            "content/_index.md": "---\ntitle: 首页\n---\n\n欢迎。\n",
            "content/data/channels.yml": "channels:\n  - id: phone\n    kind: phone\n    name: 电话举报\n    number: \"12388\"\n",
            "content/news/_index.md": "---\ntitle: 工作动态\n---\n",
            "content/news/ok.md": "---\ntitle: 正常页面\ndate: 2026-03-15\n---\n\n## 第一节\n\n正文。\n",
        ]
        all.merge(files) { _, new in new }
        for (path, text) in all { try write(Data(text.utf8), to: path, in: site) }
    }

    /// Makes `path` inside the site a symbolic link to `target`.
    static func link(_ path: String, in site: URL, to target: URL) throws {
        try FileManager.default.createSymbolicLink(at: site.appendingPathComponent(path), withDestinationURL: target)
    }

    static func write(_ data: Data, to path: String, in site: URL) throws {
        let url = site.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }
}
