import Foundation
import Testing
@testable import ZhengfengKit

/// A build with nothing changed since the last one into the same output is recognised from
/// the record beside the output and writes nothing; anything that could change the output
/// (content, options, the output itself, the clock passing a page's date, a build that
/// started writing) makes the next build render again.
@Suite(.serialized)
struct BuildRecordTests {
    static func site() -> URL {
        TestSites.minimal(["content/news/a.md": "---\ntitle: 第一篇\ndate: 2026-05-01\n---\n\n正文一。\n",
                           "content/news/_index.md": "---\ntitle: 工作动态\n---\n"])
    }

    static func build(_ options: BuildOptions) throws -> BuildReport {
        try SiteBuilder(options: options).build()
    }

    @Test func anUnchangedRebuildIsRecognisedAndRepeatsTheReportWithItsWarnings() throws {
        let site = Self.site()
        let options = TestSites.options(site)
        let first = try Self.build(options)
        #expect(!first.unchanged)
        #expect(!first.warnings.isEmpty, "the fixture has no channels.yml: a warning to repeat")
        let stamps = OutputChangesTests.stamps(options.outputDirectory)
        let second = try Self.build(options)
        #expect(second.unchanged)
        #expect(second.warnings == first.warnings)
        #expect((second.pages, second.sections, second.files) == (first.pages, first.sections, first.files))
        #expect(OutputChangesTests.stamps(options.outputDirectory) == stamps)
        #expect(second.summary.contains("没有变化"))
    }

    @Test func anEditedPageIsBuiltAgain() throws {
        let site = Self.site()
        let options = TestSites.options(site)
        _ = try Self.build(options)
        try Data("---\ntitle: 改过的标题\ndate: 2026-05-01\n---\n\n正文一。\n".utf8)
            .write(to: site.appendingPathComponent("content/news/a.md"))
        let again = try Self.build(options)
        #expect(!again.unchanged)
        #expect(TestSites.text(options.outputDirectory, "news/a/index.html").contains("改过的标题"))
        #expect(try Self.build(options).unchanged)
    }

    @Test func anOutputChangedByHandIsBuiltAgainAndRestored() throws {
        let site = Self.site()
        let options = TestSites.options(site)
        _ = try Self.build(options)
        let page = options.outputDirectory.appendingPathComponent("news/a/index.html")
        let original = try Data(contentsOf: page)
        try Data("被改动".utf8).write(to: page)
        #expect(try !Self.build(options).unchanged)
        #expect(try Data(contentsOf: page) == original)
    }

    @Test func differentOptionsAreBuiltAgain() throws {
        let site = Self.site()
        var options = TestSites.options(site)
        _ = try Self.build(options)
        options.linkMode = .relative
        #expect(try !Self.build(options).unchanged)
        #expect(try Self.build(options).unchanged)
        options.now = PageDate(parsing: "2026-06-02 12:00")!
        #expect(try !Self.build(options).unchanged, "another day: dates shown and checks may differ")
    }

    @Test func aPageDatedLaterTheSameDayIsPublishedOnceItsMomentHasPassed() throws {
        let site = Self.site()
        try Data("---\ntitle: 下午发布\ndate: 2026-06-01 15:00\n---\n\n正文。\n".utf8)
            .write(to: site.appendingPathComponent("content/news/later.md"))
        var options = TestSites.options(site)
        _ = try Self.build(options)
        #expect(!FileManager.default.fileExists(atPath: options.outputDirectory.appendingPathComponent("news/later/index.html").path))
        options.now = PageDate(parsing: "2026-06-01 14:59")!
        #expect(try Self.build(options).unchanged)
        options.now = PageDate(parsing: "2026-06-01 15:00")!
        #expect(try !Self.build(options).unchanged)
        #expect(FileManager.default.fileExists(atPath: options.outputDirectory.appendingPathComponent("news/later/index.html").path))
    }

    @Test func aBuildThatStartedWritingLeavesNoRecordBehind() throws {
        let site = Self.site()
        let options = TestSites.options(site)
        _ = try Self.build(options)
        #expect(BuildRecord.load(for: options.outputDirectory) != nil)
        // A build that began writing and then failed or was stopped.
        _ = try OutputTransaction(outputDirectory: options.outputDirectory, siteDirectory: site)
        #expect(BuildRecord.load(for: options.outputDirectory) == nil)
        #expect(try !Self.build(options).unchanged)
    }

    @Test func aLargeAttachmentReplacedWithTheSameSizeIsNoticed() throws {
        let site = Self.site()
        let file = site.appendingPathComponent("content/news/large.bin")
        try Data(repeating: 1, count: BuildInputs.largeFileBytes + 1).write(to: file)
        let options = TestSites.options(site)
        let before = BuildInputs.digest(options)
        #expect(BuildInputs.digest(options) == before)
        try Data(repeating: 2, count: BuildInputs.largeFileBytes + 1).write(to: file)
        #expect(BuildInputs.digest(options) != before)
    }

    @Test func theRecordLivesBesideTheOutputNeverInIt() throws {
        let site = Self.site()
        let options = TestSites.options(site)
        _ = try Self.build(options)
        let record = BuildRecord.path(for: options.outputDirectory)
        #expect(FileManager.default.fileExists(atPath: record))
        #expect(!record.hasPrefix(options.outputDirectory.path + "/"))
        #expect(!TestSites.tree(options.outputDirectory).keys.contains { $0.contains("zhengfeng-record") })
    }
}
