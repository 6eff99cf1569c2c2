import Foundation
import Testing
@testable import ZhengfengKit

/// The output of the shipped site and of a generated corpus, pinned file by file as digests in
/// Fixtures/output-digests/. A refactor must leave every byte as it was; an intended change
/// to the output is recorded with UPDATE_GOLDEN=1 and shows in the diff of the digest files.
@Suite struct OutputDigestTests {
    static let digests = TestSites.fixtures.appendingPathComponent("output-digests", isDirectory: true)

    /// FNV-1a, 64 bits: enough to notice any change to a file (this is no security check).
    static func fnv1a(_ data: Data) -> UInt64 { FNV1a.digest([UInt8](data)) }

    /// One line per output file, sorted by path: `digest  size  path`.
    static func manifest(_ output: URL) -> String {
        TestSites.tree(output).filter { $0.key != OutputLocation.markerName }.sorted { $0.key < $1.key }
            .map { path, data in String(format: "%016llx", fnv1a(data)) + "  \(data.count)  \(path)" }
            .joined(separator: "\n") + "\n"
    }

    static func compare(_ output: URL, with name: String) throws {
        let actual = manifest(output)
        let file = digests.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: digests, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
        }
        let expected = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        #expect(!expected.isEmpty, "digests missing: run UPDATE_GOLDEN=1 swift test --filter OutputDigestTests")
        let expectedLines = Set(expected.split(separator: "\n")), actualLines = Set(actual.split(separator: "\n"))
        let changed = actualLines.symmetricDifference(expectedLines).map { String($0.split(separator: " ").last ?? "") }
        #expect(changed.isEmpty, "\(name): output changed in \(Set(changed).sorted().prefix(20))")
    }

    @Test func shippedSiteOutputIsUnchanged() throws {
        let output = TestSites.temporaryDirectory("output")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        try FileManager.default.removeItem(at: output)
        _ = try SiteBuilder(options: TestSites.options(ShippedSite.root, output: output)).build()
        try Self.compare(output, with: "shipped-site.txt")
    }

    @Test func generatedCorpusOutputIsUnchanged() throws {
        let site = TestSites.make(Self.corpus(pages: 240))
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let output = site.appendingPathComponent("output")
        _ = try SiteBuilder(options: TestSites.options(site, output: output)).build()
        try Self.compare(output, with: "generated-corpus.txt")
    }

    /// A corpus like the shared benchmark's: four sections of dated pages with headings,
    /// lists, emphasis, a quote and links to other pages, deterministic.
    static func corpus(pages: Int) -> [String: String] {
        var files = ["content/site.yml": "title: 基准站点\nbase_url: https://bench.zhengfeng.test/\n"]
        let sections = ["news", "cases", "policy", "guide"]
        for section in sections {
            files["content/\(section)/_index.md"] = "---\ntitle: 栏目\(section)\n---\n\n本栏目收录\(section)类文章。\n"
        }
        for index in 0..<pages {
            let section = sections[index % sections.count]
            let day = 1 + index % 28, month = 1 + index / 28 % 12
            let other = (index * 7 + 3) % pages
            files["content/\(section)/p\(index).md"] = """
                ---
                title: 第\(index)号文章：关于做好信访举报工作的通知
                date: 2025-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)
                tags: [信访, 举报]
                ---

                各单位：为进一步做好**信访举报**工作，现将有关事项通知如下。

                ## 一、受理范围

                - 对党组织、党员违反党纪行为的检举控告；
                - 对监察对象不依法履职的检举控告；
                - 其他依照规定应当受理的事项。

                > 实名举报优先办理，并将核查结果反馈举报人。

                ## 二、举报方式

                可以来信、来访、网络或拨打 12388 电话举报，详见[相关文章](../\(sections[other % sections.count])/p\(other).md)。

                """
        }
        return files
    }
}
