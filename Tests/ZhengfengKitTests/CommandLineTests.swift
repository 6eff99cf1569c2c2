import Foundation
import Testing
@testable import ZhengfengKit

/// The `zhengfeng` executable as editors use it: exit statuses and message format.
@Suite struct CommandLineTests {
    static let binary = TestSites.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/zhengfeng")

    /// `swift build --build-tests` builds the executable too; its absence is a failure, not a skip.
    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build zhengfeng first")
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = String(TestSites.now.timestamp)
        let result = try ProcessRunner.run(Self.binary, arguments, environment: environment)
        return (result.status, result.stdout, result.stderr)
    }

    @Test
    func buildPrintsSummaryAndExitsZero() throws {
        let site = TestSites.copyFixture("basic-site")
        let result = try run(["build", "--site", site.path, "--verbose"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("已生成 7 个页面（2 个栏目）"))
        #expect(result.stdout.contains("markdown"))
    }

    @Test
    func buildingAgainWithNothingChangedSaysSoRepeatsTheWarningsAndExitsZero() throws {
        let site = TestSites.copyFixture("basic-site")
        let first = try run(["build", "--site", site.path])
        #expect(first.status == 0)
        let again = try run(["build", "--site", site.path])
        #expect(again.status == 0)
        #expect(again.stdout.contains("内容和模板都没有变化，output 已是最新（7 个页面，2 个栏目"), "\(again.stdout)")
        #expect(first.stderr.contains("[PAGE_EXPIRED]"))
        #expect(again.stderr == first.stderr, "the same warnings as the build that rendered")
    }

    @Test
    func contentErrorExitsOneWithFileLineColumn() throws {
        let site = TestSites.copyFixture("basic-site")
        try Data("---\ntitle: [未闭合\n---\n".utf8).write(to: site.appendingPathComponent("content/news/bad.md"))
        let result = try run(["build", "--site", site.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/news/bad.md:2:"))
        #expect(result.stderr.contains("错误:"))
        #expect(result.stderr.contains("[YAML_SYNTAX]"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("output").path))
    }

    /// `zhengfeng proof` before any `build --pdf`: exit 1, the code, and what to run first.
    @Test
    func proofWithoutPDFsSaysToBuildThemFirst() throws {
        let site = TestSites.copyFixture("basic-site")
        #expect(try run(["build", "--site", site.path]).status == 0)
        let result = try run(["proof", "--site", site.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[PROOF_NO_PDFS]") && result.stderr.contains("zhengfeng build --pdf"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("proof/index.html").path))
    }

    @Test
    func usageErrorExitsTwo() throws {
        #expect(try run(["build", "--no-such-flag"]).status == 2)
    }

    @Test
    func initThenNewThenBuildWorks() throws {
        let root = TestSites.temporaryDirectory().appendingPathComponent("newsite")
        #expect(try run(["init", root.path]).status == 0)
        let created = try run(["new", "news", "十二月工作动态", "--slug", "december", "--site", root.path])
        #expect(created.status == 0)
        let page = TestSites.text(root, "content/news/十二月工作动态.md")
        #expect(page.contains("title: \"十二月工作动态\"") && page.contains("slug: december") && page.contains("draft: true"))
        #expect(try run(["new", "news", "重复", "--slug", "december", "--site", root.path]).status == 1)
        // A typo in the section creates nothing and names the sections there are.
        let typo = try run(["new", "nwes", "十二月工作动态", "--site", root.path])
        #expect(typo.status == 1 && typo.stderr.contains("NEW_SECTION_UNKNOWN") && typo.stderr.contains("news"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("content/nwes").path))
        let built = try run(["build", "--site", root.path, "--drafts"])
        #expect(built.status == 0)
        #expect(TestSites.text(root.appendingPathComponent("output"), "news/december/index.html").contains("十二月工作动态"))
    }
}

/// `--pdf` without WeasyPrint: the web site and print HTML are still published, the error
/// says how to install it, and the exit status is 2.
@Suite struct MissingWeasyPrintTests {
    @Test func webBuildIsPublishedAndTheErrorSaysHowToInstall() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CommandLineTests.binary.path), "build zhengfeng first")
        let site = TestSites.copyFixture("basic-site")
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = "/nonexistent"
        // Also not the one `make test` installs beside the binary (.build/weasyprint-venv).
        environment["ZHENGFENG_WEASYPRINT"] = "/nonexistent/weasyprint"
        environment["SOURCE_DATE_EPOCH"] = String(TestSites.now.timestamp)
        let result = try ProcessRunner.run(CommandLineTests.binary, ["build", "--site", site.path, "--pdf"],
                                           environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.contains("apt-get install weasyprint"))
        #expect(result.stderr.contains("PDF_WEASYPRINT_MISSING"))
        let output = site.appendingPathComponent("output")
        #expect(TestSites.text(output, "index.html").contains("首页"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("print/villages/index.html").path))
        let pdfs = (try? FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("print").path)) ?? []
        #expect(pdfs.filter { $0.hasSuffix(".pdf") }.isEmpty)
    }
}
