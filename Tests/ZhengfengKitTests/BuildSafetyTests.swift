import Foundation
import Testing
@testable import ZhengfengKit

/// Determinism, atomic output and refusal of dangerous output folders.
@Suite struct BuildSafetyTests {
    @Test func twoBuildsOfTheSameInputAreByteIdentical() throws {
        let site = TestSites.copyFixture("basic-site")
        let first = site.appendingPathComponent("out1"), second = site.appendingPathComponent("out2")
        _ = try SiteBuilder(options: TestSites.options(site, output: first)).build()
        _ = try SiteBuilder(options: TestSites.options(site, output: second)).build()
        let a = TestSites.tree(first), b = TestSites.tree(second)
        #expect(a.count > 5)
        #expect(a == b)
    }

    @Test func shippedSiteBuildsDeterministically() throws {
        let repository = TestSites.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let outputs = TestSites.temporaryDirectory("shipped")
        let first = outputs.appendingPathComponent("a"), second = outputs.appendingPathComponent("b")
        let report = try SiteBuilder(options: TestSites.options(repository, output: first)).build()
        _ = try SiteBuilder(options: TestSites.options(repository, output: second)).build()
        #expect(report.pages >= 15)
        #expect(TestSites.tree(first) == TestSites.tree(second))
    }

    @Test func failedBuildLeavesThePreviousOutputUntouched() throws {
        let site = TestSites.copyFixture("basic-site")
        _ = try SiteBuilder(options: TestSites.options(site)).build()
        let output = site.appendingPathComponent("output")
        let before = TestSites.tree(output)
        try Data("---\ntitle: 坏页面\ndate: 不是日期\n---\n正文\n".utf8)
            .write(to: site.appendingPathComponent("content/news/bad.md"))
        #expect(throws: DiagnosticsError.self) { try SiteBuilder(options: TestSites.options(site)).build() }
        do {
            _ = try SiteBuilder(options: TestSites.options(site)).build()
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics.filter { $0.severity == .error }.map(\.description) == [
                "content/news/bad.md:3:7: 错误: “date”不是有效的日期。请写成 2026-03-15 或 2026-03-15 09:30。 [FIELD_DATE]",
            ])
        }
        #expect(TestSites.tree(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasPrefix(".zhengfeng-staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func templateErrorDuringWritingLeavesPreviousOutput() throws {
        let site = TestSites.copyFixture("basic-site")
        _ = try SiteBuilder(options: TestSites.options(site)).build()
        let output = site.appendingPathComponent("output")
        let before = TestSites.tree(output)
        try Data("---\ntitle: 用不存在的模板\ntemplate: nowhere\n---\n".utf8)
            .write(to: site.appendingPathComponent("content/guide/odd.md"))
        do {
            _ = try SiteBuilder(options: TestSites.options(site)).build()
            Issue.record("a missing template must fail the build")
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics.map(\.code) == ["TEMPLATE_MISSING"])
            #expect(error.diagnostics.first?.location.file == "content/guide/odd.md")
        }
        #expect(TestSites.tree(output) == before)
    }

    @Test func outputFolderMayNotBeTheSiteOrContainIt() throws {
        let site = TestSites.copyFixture("basic-site")
        for output in [site, site.deletingLastPathComponent(), site.appendingPathComponent("content/out")] {
            #expect(throws: OutputError.self) {
                try SiteBuilder(options: TestSites.options(site, output: output)).build()
            }
        }
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("content/site.yml").path))
    }

    @Test func outputTransactionRefusesPathsOutsideTheOutput() throws {
        let root = TestSites.temporaryDirectory()
        let transaction = try OutputTransaction(outputDirectory: root.appendingPathComponent("output"))
        for path in ["../escape.html", "/etc/passwd", "a/../../b", ""] {
            #expect(throws: Diagnostic.self) { try transaction.write("x", to: path) }
        }
        try transaction.write("ok", to: "a/b/index.html")
        try transaction.commit()
        #expect(TestSites.text(root.appendingPathComponent("output"), "a/b/index.html") == "ok")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("escape.html").path))
    }

    @Test func baseURLOverrideMovesEveryLinkUnderTheSubPath() throws {
        let site = TestSites.copyFixture("basic-site")
        var options = TestSites.options(site)
        options.baseURL = "https://host.example/a/b/"
        _ = try SiteBuilder(options: options).build()
        let output = site.appendingPathComponent("output")
        let page = TestSites.text(output, "guide/how/index.html")
        let anchor = "受理哪些事项".addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed)!
        #expect(page.contains("href=\"/a/b/guide/fanwei/#\(anchor)\""))
        #expect(page.contains("href=\"/a/b/assets/site.css\""))
        #expect(!page.contains("/lianzheng/"))
        #expect(TestSites.text(output, "sitemap.xml").contains("<loc>https://host.example/a/b/news/launch/</loc>"))
    }
}
