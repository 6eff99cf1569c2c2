import Foundation
import Testing
@testable import ZhengfengKit

/// Markdown bodies beyond the body budget are read from their files again (`PageBody`).
@Suite struct PageBodyTests {
    @Test func aBodyBeyondTheBudgetIsReadAgainFromItsFile() throws {
        let site = TestSites.minimal(["content/news/a.md": "---\ntitle: 甲\n---\n正文第一段。\n\n第二段。\n",
                                      "content/news/b.md": "---\ntitle: 乙\n---\n乙的正文。\n"])
        defer { TestSupport.remove(site) }
        let (none, _) = try ContentLoader(siteDirectory: site, bodyBudget: 0).loadAll()
        let (all, _) = try ContentLoader(siteDirectory: site).loadAll()
        let notKept = try #require(none.pages["news/a.md"])
        #expect(!notKept.bodySource.isKept)
        #expect(all.pages["news/a.md"]!.bodySource.isKept)
        #expect(notKept.body == "正文第一段。\n\n第二段。\n")
        #expect(notKept.body == all.pages["news/a.md"]!.body)
        #expect(none.bodyRereads.problems.isEmpty)
    }

    /// Files that are not plain UTF-8 (Windows line ends, a BOM, GBK) are decoded again.
    @Test func aBodyOfAWindowsFileIsReadAgainAsItWasDecoded() throws {
        let site = TestSites.minimal([:])
        defer { TestSupport.remove(site) }
        try TestSupport.write(Data("\u{FEFF}---\r\ntitle: 甲\r\n---\r\n第一行\r\n第二行\r\n".utf8), to: "content/crlf.md", in: site)
        try TestSupport.write(CampaignFixture.gbk("---\ntitle: 乙\n---\n国标编码的正文\n"), to: "content/gbk.md", in: site)
        let (none, _) = try ContentLoader(siteDirectory: site, bodyBudget: 0).loadAll()
        let (all, _) = try ContentLoader(siteDirectory: site).loadAll()
        for path in ["crlf.md", "gbk.md"] {
            #expect(!none.pages[path]!.bodySource.isKept)
            #expect(none.pages[path]!.body == all.pages[path]!.body, "\(path)")
        }
        #expect(all.pages["crlf.md"]!.body == "第一行\n第二行\n")
        #expect(all.pages["gbk.md"]!.body == "国标编码的正文\n")
        #expect(none.bodyRereads.problems.isEmpty)
    }

    @Test func aBodyWhoseFileChangedAfterLoadingIsReportedNotUsed() throws {
        let site = TestSites.minimal(["content/news/a.md": "---\ntitle: 甲\n---\n原来的正文。\n"])
        defer { TestSupport.remove(site) }
        let (content, _) = try ContentLoader(siteDirectory: site, bodyBudget: 0).loadAll()
        try Data("---\ntitle: 甲\n---\n改过的正文。\n".utf8).write(to: site.appendingPathComponent("content/news/a.md"))
        #expect(content.pages["news/a.md"]!.body == "")
        let problems = content.bodyRereads.problems
        #expect(problems.map(\.code) == ["CONTENT_CHANGED_DURING_BUILD"])
        #expect(problems.first?.location.file == "content/news/a.md")
        #expect(problems.first?.severity == .error)
    }

    @Test func shippedSiteIsTheSameWhenNoMarkdownStaysInMemory() throws {
        let kept = try TemplateCachingTests.buildShipped { _ in }
        let readAgain = try TemplateCachingTests.buildShipped { $0.bodyBudget = 0; $0.htmlBudget = 0 }
        let partly = try TemplateCachingTests.buildShipped { $0.bodyBudget = 20_000 }
        #expect(kept.count > 40)
        #expect(TemplateCachingTests.differences(kept, readAgain).isEmpty, "\(TemplateCachingTests.differences(kept, readAgain))")
        #expect(TemplateCachingTests.differences(kept, partly).isEmpty, "\(TemplateCachingTests.differences(kept, partly))")
    }

    /// A page rendered again while writing reads its file: changed by then, the build stops
    /// before it publishes anything and the output keeps the previous build.
    @Test func aFileChangedDuringTheBuildLeavesTheOutputAsItWas() throws {
        let site = TestSites.minimal(["content/news/a.md": "---\ntitle: 甲\n---\n原来的正文。\n",
                                      "content/news/b.md": "---\ntitle: 乙\n---\n乙的正文。\n"])
        defer { TestSupport.remove(site) }
        var options = TestSites.options(site)
        options.bodyBudget = 0
        options.htmlBudget = 0
        options.reuseUnchangedOutput = false
        _ = try SiteBuilder(options: options).build()
        let before = TestSites.tree(options.outputDirectory)
        #expect(TestSites.text(options.outputDirectory, "news/a/index.html").contains("原来的正文"))

        let builder = SiteBuilder(options: options)
        var timer = StageTimer()
        let prepared = try builder.prepare(timer: &timer)
        #expect(prepared.diagnostics.filter { $0.severity == .error }.isEmpty)
        try Data("---\ntitle: 甲\n---\n保存到一半".utf8).write(to: site.appendingPathComponent("content/news/a.md"))
        let error = #expect(throws: DiagnosticsError.self) { try builder.write(prepared, timer: &timer) }
        #expect(error?.diagnostics.map(\.code) == ["CONTENT_CHANGED_DURING_BUILD"])
        #expect(TestSites.tree(options.outputDirectory) == before)
    }
}
