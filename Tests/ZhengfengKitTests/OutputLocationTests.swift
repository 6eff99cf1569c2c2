import Foundation
import Testing
@testable import ZhengfengKit

/// The output layer refuses every folder whose replacement would destroy the site or
/// someone's files, for every command that writes output; the site stays byte-identical.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct OutputLocationTests {
    /// The fixture site (content, content/data, templates) with a data folder, plus a fake home folder beside it.
    static func makeSite() throws -> (site: URL, home: URL) {
        let site = TestSites.copyFixture("basic-site")
        let root = site.deletingLastPathComponent()
        try TestSupport.write(Data("units: []\n".utf8), to: "data/units.yml", in: site)
        let home = root.appendingPathComponent("home")
        try TestSupport.write(Data("我的笔记\n".utf8), to: "notes.txt", in: home)
        return (site, home)
    }

    /// Every dangerous output location for a site, by name.
    static func dangerous(_ site: URL, home: URL) -> [(name: String, url: URL)] {
        [
            ("站点文件夹", site),
            ("站点的上级", site.deletingLastPathComponent()),
            ("content", site.appendingPathComponent("content")),
            ("content 里的栏目", site.appendingPathComponent("content/news")),
            ("content/data", site.appendingPathComponent("content/data")),
            ("content 里的新文件夹", site.appendingPathComponent("content/out")),
            ("templates", site.appendingPathComponent("templates")),
            ("templates/assets", site.appendingPathComponent("templates/assets")),
            ("data", site.appendingPathComponent("data")),
            ("主文件夹", home),
            ("经过 .. 的站点", site.appendingPathComponent("content/..")),
        ]
    }

    @Test func everyDangerousLocationIsRefusedEvenWithForce() throws {
        let (site, home) = try Self.makeSite()
        let before = TestSites.tree(site.deletingLastPathComponent())
        for (name, url) in Self.dangerous(site, home: home) {
            for force in [false, true] {
                var options = TestSites.options(site, output: url)
                options.force = force
                do {
                    try OutputLocation.validate(output: url, site: site, force: force, home: home.path)
                    Issue.record("\(name) was accepted")
                } catch let error as OutputError {
                    #expect(error.diagnostic.code == "OUTPUT_UNSAFE", "\(name)")
                    #expect(error.diagnostic.message.contains(url.path), "\(name)")
                }
                if name != "主文件夹" {
                    #expect(throws: OutputError.self, "\(name)") { try SiteBuilder(options: options).build() }
                    #expect(throws: OutputError.self, "\(name)") {
                        try OutputTransaction(outputDirectory: url, siteDirectory: site, force: force)
                    }
                }
            }
        }
        #expect(TestSites.tree(site.deletingLastPathComponent()) == before)
    }

    /// `/` and its direct children are only checked, never built into: were the check ever
    /// broken, a build would start replacing a system folder.
    @Test func theRootFolderAndItsChildrenAreRefused() throws {
        let (site, _) = try Self.makeSite()
        for path in ["/", "/usr", "/tmp", "/root/..", "/home"] {
            #expect(throws: OutputError.self, "\(path)") {
                try OutputLocation.validate(output: URL(fileURLWithPath: path), site: site, force: true, home: nil)
            }
        }
    }

    @Test func aSymbolicLinkToTheSiteIsRefused() throws {
        let (site, _) = try Self.makeSite()
        let link = site.deletingLastPathComponent().appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: site)
        let inside = site.deletingLastPathComponent().appendingPathComponent("into-content")
        try FileManager.default.createSymbolicLink(at: inside, withDestinationURL: site.appendingPathComponent("content"))
        for output in [link, inside.appendingPathComponent("new")] {
            #expect(throws: OutputError.self) { try SiteBuilder(options: TestSites.options(site, output: output)).build() }
        }
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("content/site.yml").path))
    }

    @Test func aFolderWithOtherFilesIsReplacedOnlyWithForce() throws {
        let (site, _) = try Self.makeSite()
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        try TestSupport.write(Data("别人的文件\n".utf8), to: "report.docx", in: output)
        do {
            _ = try SiteBuilder(options: TestSites.options(site, output: output)).build()
            Issue.record("a folder zhengfeng did not write was replaced")
        } catch let error as OutputError {
            #expect(error.diagnostic.code == "OUTPUT_FOREIGN")
            #expect(error.diagnostic.message.contains("--force"))
        }
        #expect(TestSites.tree(output) == ["report.docx": Data("别人的文件\n".utf8)])
        var forced = TestSites.options(site, output: output)
        forced.force = true
        _ = try SiteBuilder(options: forced).build()
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("report.docx").path))
        // Now it carries the marker: the next build replaces it without --force.
        #expect(TestSites.text(output, OutputLocation.markerName) == OutputLocation.markerText)
        _ = try SiteBuilder(options: TestSites.options(site, output: output)).build()
    }

    @Test func aFileOrAFolderHoldingASiteIsRefused() throws {
        let (site, _) = try Self.makeSite()
        let root = site.deletingLastPathComponent()
        try TestSupport.write(Data("x".utf8), to: "file-out", in: root)
        try TestSupport.write(Data("title: 另一个\n".utf8), to: "other/content/site.yml", in: root)
        try TestSupport.write(Data("".utf8), to: "other/\(OutputLocation.markerName)", in: root)
        for name in ["file-out", "other"] {
            var options = TestSites.options(site, output: root.appendingPathComponent(name))
            options.force = true
            #expect(throws: OutputError.self, "\(name)") { try SiteBuilder(options: options).build() }
        }
        #expect(TestSites.text(root, "other/content/site.yml") == "title: 另一个\n")
    }

    /// The command-line tool: `build`, `build --pdf` and `serve --output` against each
    /// dangerous location exit with 2 and a Chinese message, and the whole folder holding
    /// the site (the site, the fake home, a folder of someone's files) is byte-identical.
    @Test func everyCommandRefusesEveryDangerousLocation() throws {
        let (site, home) = try Self.makeSite()
        let foreign = site.deletingLastPathComponent().appendingPathComponent("someone")
        try TestSupport.write(Data("不是生成的\n".utf8), to: "keep.txt", in: foreign)
        let root = site.deletingLastPathComponent()
        let before = TestSites.tree(root)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home.path
        environment["SOURCE_DATE_EPOCH"] = String(TestSites.now.timestamp)
        let locations = Self.dangerous(site, home: home).map { ($0.name, $0.url, "OUTPUT_UNSAFE") }
            + [("别人的文件夹", foreign, "OUTPUT_FOREIGN")]
        let commands: [[String]] = [["build"], ["build", "--pdf"], ["serve", "--port", "0"]]
        let logs = TestSites.temporaryDirectory("logs")
        defer { TestSupport.remove(logs) }
        for (name, url, code) in locations {
            for command in commands {
                // In the background, so a `serve` that wrongly started is ended, not waited for.
                let run = try Background(command + ["--site", site.path, "--output", url.path],
                                         environment: environment, in: logs)
                #expect(run.wait(within: 120), "\(command) \(name) did not stop by itself")
                let stderr = run.standardError
                #expect(run.process.terminationStatus == 2, "\(command) \(name): \(stderr)")
                #expect(stderr.contains("[\(code)]"), "\(command) \(name): \(stderr)")
                #expect(stderr.contains("不能把网站生成到") || stderr.contains("不是 zhengfeng 生成的"))
                #expect(!stderr.contains("Error Domain"))
            }
        }
        #expect(TestSites.tree(root) == before)
    }
}
