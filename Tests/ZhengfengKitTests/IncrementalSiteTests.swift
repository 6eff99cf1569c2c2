import Foundation
import Testing
@testable import ZhengfengKit

/// The serve engine's partial updates must leave exactly the files a full build writes, and
/// builds must not depend on thread timing.
@Suite struct IncrementalSiteTests {
    static let now = PageDate(timestamp: 1_798_761_600)

    /// A site of three sections without `_index.md` and `count` dated pages each.
    static func makeSite(count: Int = 12) throws -> URL {
        let site = FileManager.default.temporaryDirectory
            .appendingPathComponent("zhengfeng-incremental-\(UUID().uuidString)", isDirectory: true)
        let content = site.appendingPathComponent("content", isDirectory: true)
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data("title: \"测试\"\nbase_url: \"https://example.gov.cn/\"\n".utf8).write(to: content.appendingPathComponent("site.yml"))
        for section in ["news", "cases", "guide"] {
            let folder = content.appendingPathComponent(section, isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for index in 0..<count {
                let text = "---\ntitle: \"\(section) 第\(index)期\"\ndate: 2026-0\(index % 9 + 1)-1\(index % 9)\nsummary: \"摘要\(index)\"\n---\n\n## 小标题\n\n正文\(index)，[链接](../news/p0.md)。\n"
                try Data(text.utf8).write(to: folder.appendingPathComponent("p\(index).md"))
            }
        }
        return site
    }

    static func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { result[path] = try Data(contentsOf: folder.appendingPathComponent(path)) }
        }
        return result
    }

    static func options(_ site: URL, output: String) -> BuildOptions {
        BuildOptions(siteDirectory: site, outputDirectory: site.appendingPathComponent(output, isDirectory: true), now: now)
    }

    @Test func anEditThatReordersASectionGivesTheSameFilesAsAFullBuild() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let engine = IncrementalSite(options: Self.options(site, output: "preview"))
        guard case .full = engine.rebuildAll() else { Issue.record("first build failed"); return }
        // New title and a newer date: the page moves to the top of its section.
        try Data("---\ntitle: \"改过的标题\"\ndate: 2026-12-31\n---\n\n新的正文。\n".utf8)
            .write(to: site.appendingPathComponent("content/cases/p5.md"))
        guard case .partial(let written, _, _) = engine.apply(changed: ["content/cases/p5.md"]) else {
            Issue.record("expected a partial update")
            return
        }
        #expect(written.contains("cases/p5/index.html"))
        #expect(written.contains("cases/index.html"))
        #expect(!written.contains("news/p3/index.html"))
        _ = try SiteBuilder(options: Self.options(site, output: "full")).build()
        let partial = try Self.files(in: site.appendingPathComponent("preview"))
        let full = try Self.files(in: site.appendingPathComponent("full"))
        #expect(partial.keys.sorted() == full.keys.sorted())
        for (path, data) in full where partial[path] != data {
            Issue.record("\(path) differs from a full build")
        }
    }

    @Test func anEditRewritesOnlyTheSearchFilesWhoseBytesChange() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let engine = IncrementalSite(options: Self.options(site, output: "preview"))
        guard case .full = engine.rebuildAll() else { Issue.record("first build failed"); return }
        let texts = site.appendingPathComponent("preview/search/text")
        func inodes() throws -> [String: UInt64] {
            var result: [String: UInt64] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: texts.path) {
                var info = stat()
                #expect(stat(texts.appendingPathComponent(name).path, &info) == 0)
                result[name] = UInt64(info.st_ino)
            }
            return result
        }
        let before = try inodes()
        try Data("---\ntitle: \"cases 第5期\"\ndate: 2026-06-15\n---\n\n新的正文。\n".utf8)
            .write(to: site.appendingPathComponent("content/cases/p5.md"))
        guard case .partial = engine.apply(changed: ["content/cases/p5.md"]) else {
            Issue.record("expected a partial update")
            return
        }
        let after = try inodes()
        let edited = try after.keys.filter {
            try String(contentsOf: texts.appendingPathComponent($0), encoding: .utf8).contains("新的正文。")
        }
        #expect(edited.count == 1)
        #expect(after.keys.sorted() == before.keys.sorted())
        for (name, inode) in after where !edited.contains(name) {
            #expect(inode == before[name], "search/text/\(name) was rewritten although its page did not change")
        }
        #expect(edited.allSatisfy { after[$0] != before[$0] })
    }

    @Test func anEditThatShrinksTheIndexRemovesTheTermShardsNoLongerUsed() throws {
        let site = try Self.makeSite(count: 2)
        defer { try? FileManager.default.removeItem(at: site) }
        // About 3,000 different character pairs: several term shards.
        let long = String((0..<3000).map { Character(UnicodeScalar(0x4E00 + $0)!) })
        let page = site.appendingPathComponent("content/cases/p1.md")
        try Data("---\ntitle: \"长页面\"\ndate: 2026-06-15\n---\n\n\(long)\n".utf8).write(to: page)
        let engine = IncrementalSite(options: Self.options(site, output: "preview"))
        guard case .full = engine.rebuildAll() else { Issue.record("first build failed"); return }
        let terms = site.appendingPathComponent("preview/search/terms")
        let before = try FileManager.default.contentsOfDirectory(atPath: terms.path).count
        try #require(before > 1)
        try Data("---\ntitle: \"长页面\"\ndate: 2026-06-15\n---\n\n短了。\n".utf8).write(to: page)
        guard case .partial = engine.apply(changed: ["content/cases/p1.md"]) else {
            Issue.record("expected a partial update")
            return
        }
        let after = try FileManager.default.contentsOfDirectory(atPath: terms.path).sorted()
        #expect(after.count < before)
        #expect(after == (0..<after.count).map { "\($0).js" }.sorted())
        let manifest = try String(contentsOf: site.appendingPathComponent("preview/search/manifest.js"), encoding: .utf8)
        #expect(manifest.contains("\"shards\":\(after.count),"), "\(manifest)")
    }

    @Test func aTemplateOrNewFileChangeRebuildsEverything() throws {
        let site = try Self.makeSite(count: 2)
        defer { try? FileManager.default.removeItem(at: site) }
        let engine = IncrementalSite(options: Self.options(site, output: "preview"))
        engine.rebuildAll()
        try Data("---\ntitle: \"新页面\"\n---\n\n新。\n".utf8).write(to: site.appendingPathComponent("content/news/new.md"))
        guard case .full = engine.apply(changed: ["content/news/new.md"]) else {
            Issue.record("a new page needs a full rebuild")
            return
        }
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("preview/news/new/index.html").path))
        guard case .full = engine.apply(changed: ["templates/page.mustache"]) else {
            Issue.record("a template change needs a full rebuild")
            return
        }
    }

    @Test func anErrorKeepsTheLastGoodFilesAndIsReported() throws {
        let site = try Self.makeSite(count: 2)
        defer { try? FileManager.default.removeItem(at: site) }
        let engine = IncrementalSite(options: Self.options(site, output: "preview"))
        engine.rebuildAll()
        let page = site.appendingPathComponent("preview/news/p1/index.html")
        let before = try Data(contentsOf: page)
        try Data("---\ntitle: [\n---\n".utf8).write(to: site.appendingPathComponent("content/news/p1.md"))
        guard case .failed(let diagnostics) = engine.apply(changed: ["content/news/p1.md"]) else {
            Issue.record("expected a failure")
            return
        }
        #expect(diagnostics.contains { $0.location.file == "content/news/p1.md" && $0.code == "YAML_SYNTAX" })
        #expect(!engine.errors.isEmpty)
        #expect(try Data(contentsOf: page) == before)
    }

    @Test func repeatedBuildsAreByteIdentical() throws {
        let site = try Self.makeSite(count: 40)
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try SiteBuilder(options: Self.options(site, output: "one")).build()
        _ = try SiteBuilder(options: Self.options(site, output: "two")).build()
        let one = try Self.files(in: site.appendingPathComponent("one"))
        #expect(one == (try Self.files(in: site.appendingPathComponent("two"))))
        #expect(one.count > 120)
    }

    @Test func sectionsWithoutIndexFilesGetAGeneratedListPage() throws {
        let site = try Self.makeSite(count: 3)
        defer { try? FileManager.default.removeItem(at: site) }
        let report = try SiteBuilder(options: Self.options(site, output: "out")).build()
        #expect(report.sections == 3)
        let section = try String(contentsOf: site.appendingPathComponent("out/cases/index.html"), encoding: .utf8)
        #expect(section.contains("cases 第0期"))
        #expect(section.contains("cases 第2期"))
        let home = try String(contentsOf: site.appendingPathComponent("out/index.html"), encoding: .utf8)
        #expect(home.contains("测试"))
    }
}
