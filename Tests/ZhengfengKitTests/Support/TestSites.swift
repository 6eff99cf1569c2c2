import Foundation
@testable import ZhengfengKit

/// Helpers for tests that build whole sites in temporary folders.
enum TestSites {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures", isDirectory: true)

    /// A fixed "now" so that future/expired decisions never depend on the clock.
    static let now = PageDate(parsing: "2026-06-01 12:00")!

    /// A fresh, empty temporary folder.
    static func temporaryDirectory(_ name: String = "site") -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("zhengfeng-tests-\(UUID().uuidString)", isDirectory: true)
            .appendingPathComponent(name, isDirectory: true)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies a fixture site into a temporary folder (so builds never write into the repo).
    static func copyFixture(_ name: String) -> URL {
        let target = temporaryDirectory(name)
        try? FileManager.default.removeItem(at: target)
        try! FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: target)
        return target
    }

    /// Writes `files` (path → text) under a new temporary site folder.
    static func make(_ files: [String: String]) -> URL {
        let root = temporaryDirectory()
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! Data(text.utf8).write(to: url)
        }
        return root
    }

    static func options(_ site: URL, output: URL? = nil) -> BuildOptions {
        BuildOptions(siteDirectory: site, outputDirectory: output, now: now)
    }

    /// Every regular file under `root`, as relative path → bytes.
    static func tree(_ root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return files }
        for case let path as String in enumerator {
            let url = root.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try? Data(contentsOf: url)
            }
        }
        return files
    }

    static func text(_ root: URL, _ path: String) -> String {
        (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    /// Minimal site with the built-in theme: site.yml plus the given pages.
    static func minimal(_ pages: [String: String], siteYAML: String = "title: 测试\nbase_url: https://example.org/\n") -> URL {
        var files = pages
        files["content/site.yml"] = siteYAML
        return make(files)
    }
}
