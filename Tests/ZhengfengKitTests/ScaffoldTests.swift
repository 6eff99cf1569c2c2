import Foundation
import Testing
@testable import ZhengfengKit

/// `zhengfeng new`: the file is named after the title, the URL is an ASCII slug in the front
/// matter that stays when the title changes, and a section typo creates nothing.
@Suite struct ScaffoldNewPageTests {
    static let day = PageDate(parsing: "2026-03-03 09:30")!

    func site() -> URL {
        TestSites.minimal(["content/news/_index.md": "---\ntitle: 工作动态\n---\n",
                           "content/news/old.md": "---\ntitle: 旧稿\nslug: 2026-03-03\n---\n\n正文。\n"])
    }

    @Test func fileIsNamedByTitleAndTheSlugIsTheDayNotTakenYet() throws {
        let root = site()
        let first = try Scaffold.newPage(site: root, section: "news", title: "区纪委监委召开“清风”行动部署会：全面启动", slug: nil, now: Self.day)
        #expect(first.lastPathComponent == "区纪委监委召开清风行动部署会全面启动.md")
        let text = try String(contentsOf: first, encoding: .utf8)
        // 2026-03-03 is old.md's slug already.
        #expect(text.contains("slug: 2026-03-03-2\n") && text.contains("draft: true"))
        let second = try Scaffold.newPage(site: root, section: "news", title: "区纪委监委召开“清风”行动部署会：全面启动", slug: nil, now: Self.day)
        #expect(second.lastPathComponent == "区纪委监委召开清风行动部署会全面启动-2.md")
        #expect(try String(contentsOf: second, encoding: .utf8).contains("slug: 2026-03-03-3\n"))
        // The pages build to the slug URLs.
        var options = TestSites.options(root)
        options.includeDrafts = true
        _ = try SiteBuilder(options: options).build()
        let output = root.appendingPathComponent("output/news")
        for slug in ["2026-03-03", "2026-03-03-2", "2026-03-03-3"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(slug + "/index.html").path), "\(slug)")
        }
    }

    @Test func unknownSectionCreatesNothingAndListsTheSections() throws {
        let root = site()
        let error = #expect(throws: Diagnostic.self) {
            try Scaffold.newPage(site: root, section: "nwes", title: "三月", slug: nil, now: Self.day)
        }
        #expect(error?.code == "NEW_SECTION_UNKNOWN")
        #expect(error?.message.contains("现有栏目：news") == true)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("content/nwes").path))
    }
}

/// `zhengfeng init`: a complete district site that builds with nothing to report but its
/// placeholders, which a release build lists one by one.
@Suite struct ScaffoldInitTests {
    @Test func newSiteBuildsAsAProofWithOnlyItsPlaceholdersToReport() throws {
        let root = TestSites.temporaryDirectory().appendingPathComponent("新站点")
        try Scaffold.initSite(at: root)
        for file in ["content/site.yml", "content/data/channels.yml", "templates/layout.mustache"]
            + ["scope", "excluded", "channels", "real-name", "false-accusation", "news"].map({ "content/\($0)/_index.md" }) {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(file).path), "\(file)")
        }
        let report = try SiteBuilder(options: TestSites.options(root)).build()
        #expect(report.warnings.map(\.code) == ["PLACEHOLDERS_REMAIN"])
        #expect(TestSites.text(root.appendingPathComponent("output"), "news/example/index.html").contains("<caption>示例：受理情况</caption>"))

        var release = TestSites.options(root)
        release.release = true
        var timer = StageTimer()
        let found: [Diagnostic]
        do {
            found = try SiteBuilder(options: release).prepare(timer: &timer).diagnostics
        } catch let error as DiagnosticsError {
            found = error.diagnostics
        }
        #expect(!found.isEmpty && found.allSatisfy { $0.code.hasPrefix("PLACEHOLDER") }, "\(found.filter { !$0.code.hasPrefix("PLACEHOLDER") })")
        #expect(throws: Diagnostic.self) { try Scaffold.initSite(at: root) }
    }
}
