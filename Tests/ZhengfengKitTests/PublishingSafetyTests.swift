import Foundation
import Testing
@testable import ZhengfengKit

/// Internal pages and their files never reach the public output; --strict; symlinks and
/// unsafe slugs never lead the writer outside the output folder.
@Suite struct PublishingSafetyTests {
    static let marker = "NEIBU-MARKER-7F3A"

    static func build(_ site: URL, output: URL, internal: Bool = false) throws -> BuildReport {
        var options = BuildOptions(siteDirectory: site, outputDirectory: output, now: TestSupport.now)
        options.includeInternal = `internal`
        return try SiteBuilder(options: options).build()
    }

    func siteWithInternalContent() throws -> URL {
        let site = try TestSupport.temporaryDirectory()
        let m = Self.marker
        try TestSupport.makeSite(at: site, files: [
            "content/site.yml": "title: 测试站点\nbase_url: https://www.example.gov.cn/\nnav: [news, inner]\nfeatures: [news]\n",
            "content/news/memo.md": "---\ntitle: 内部通知\(m)\ndate: 2026-05-01\nsummary: 摘要\(m)\ntags: [\(m)]\nvisibility: internal\n---\n\n正文\(m)，附件见![表](scan-\(m).png)。\n",
            "content/news/scan-\(m).png": "PNG \(m)",
            "content/inner/_index.md": "---\ntitle: 内部栏目\(m)\nvisibility: internal\n---\n\n栏目说明\(m)。\n",
            "content/inner/child.md": "---\ntitle: 子页面\(m)\ndate: 2026-05-02\n---\n\n忘记写 visibility 的页面\(m)。\n",
            "content/inner/data-\(m).pdf": "PDF \(m)",
        ])
        return site
    }

    @Test func internalPagesAndTheirTextAppearNowhereInThePublicOutput() throws {
        let site = try siteWithInternalContent()
        defer { TestSupport.remove(site) }
        let output = site.appendingPathComponent("output")
        _ = try Self.build(site, output: output)
        let files = TestSites.tree(output)
        #expect(files.keys.contains("index.html") && files.keys.contains("sitemap.xml") && files.keys.contains("feed.xml"))
        let marker = Data(Self.marker.utf8)
        for (path, data) in files {
            #expect(!path.contains(Self.marker), "internal file name published: \(path)")
            #expect(data.range(of: marker) == nil, "internal text published in \(path)")
        }
    }

    @Test func internalBuildDoesContainTheMarker() throws {
        // The same site built with --internal: proves the grep above can find the marker.
        let site = try siteWithInternalContent()
        defer { TestSupport.remove(site) }
        let output = site.appendingPathComponent("output-internal")
        _ = try Self.build(site, output: output, internal: true)
        let marker = Data(Self.marker.utf8)
        let hits = TestSites.tree(output).filter { $0.value.range(of: marker) != nil }.keys.sorted()
        #expect(hits.contains("news/memo/index.html"))
        #expect(hits.contains("inner/child/index.html"))
        #expect(hits.contains("news/scan-\(Self.marker).png"))
    }

    @Test func strictBuildFailsOnWarnings() throws {
        let site = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(site) }
        try TestSupport.makeSite(at: site, files: ["content/news/x.md": "---\ntitle: 未知键\ncolour: red\n---\n\n正文。\n"])
        let output = site.appendingPathComponent("output")
        var options = BuildOptions(siteDirectory: site, outputDirectory: output, now: TestSupport.now)
        let report = try SiteBuilder(options: options).build()
        #expect(report.warnings.map(\.code) == ["FRONT_MATTER_UNKNOWN_KEY"])
        options.strict = true
        #expect(throws: DiagnosticsError.self) { try SiteBuilder(options: options).build() }
    }

    /// (The site folder itself, its parent and content/ are covered by BuildSafetyTests.)
    @Test func outputFolderHoldingAnotherSiteIsRefused() throws {
        let site = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(site) }
        try TestSupport.makeSite(at: site)
        let other = try TestSupport.temporaryDirectory("othersite")
        defer { TestSupport.remove(other) }
        try TestSupport.makeSite(at: other)
        #expect(throws: OutputError.self) { try Self.build(site, output: other) }
        #expect(FileManager.default.fileExists(atPath: other.appendingPathComponent("content/site.yml").path))
    }

    @Test func symlinkedFilesArePublishedAsFilesNotLinks() throws {
        let site = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(site) }
        try TestSupport.makeSite(at: site, files: ["shared/plan.pdf": "PDF",
                                                  "content/news/plan.md": "---\ntitle: 计划\n---\n\n[计划](plan.pdf)\n"])
        try FileManager.default.createSymbolicLink(at: site.appendingPathComponent("content/news/plan.pdf"),
                                                   withDestinationURL: site.appendingPathComponent("shared/plan.pdf"))
        let output = site.appendingPathComponent("output")
        _ = try Self.build(site, output: output)
        let published = output.appendingPathComponent("news/plan.pdf")
        let type = try FileManager.default.attributesOfItem(atPath: published.path)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
        #expect(try Data(contentsOf: published) == Data("PDF".utf8))
    }

    @Test func unsafeSlugsNeverReachTheWriter() throws {
        let site = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(site) }
        try TestSupport.makeSite(at: site, files: [
            "content/news/a.md": "---\ntitle: 越界\nslug: ../../../../tmp/zhengfeng-escape\n---\n\n正文。\n",
        ])
        #expect(throws: DiagnosticsError.self) { try Self.build(site, output: site.appendingPathComponent("output")) }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/zhengfeng-escape"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("output").path))
    }
}
