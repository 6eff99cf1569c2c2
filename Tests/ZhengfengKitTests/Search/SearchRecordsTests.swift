import Foundation
import Testing
@testable import ZhengfengKit

/// The index builder's term records: in memory up to a limit, then in a scratch file.
@Suite struct SearchRecordsTests {
    static func scratchFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
            .filter { $0.hasPrefix("zhengfeng-search-") }
    }

    @Test func recordsBeyondTheMemoryLimitComeBackInOrderFromAFileWithNoName() throws {
        let before = try Self.scratchFiles()
        let records = SearchRecords(memoryLimit: 1000, chunk: 4096)
        let values = (0..<50_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        for value in values { records.append(value) }
        #expect(records.inFile >= 40_000)
        #expect(records.inMemory < 5_100)
        // Unlinked as soon as it was made: nothing to clean up, nothing left by a killed build.
        #expect(try Self.scratchFiles() == before)
        var read: [UInt64] = []
        try records.forEach { read.append($0) }
        #expect(read == values)
    }

    static func documents(_ count: Int) -> [SearchDocument] {
        let words = ["举报", "电话", "来信", "来访", "网络", "实名", "匿名", "受理", "范围", "诬告", "陷害", "澄清", "正名", "纪委", "监委", "12388"]
        return (0..<count).map { number in
            let body = (0..<40).map { words[($0 * 7 + number * 3 + $0 * number) % words.count] }.joined(separator: "，")
            return SearchDocument(title: "第\(number)期 " + words[number % words.count], section: "动态",
                                  urlPath: "news/p\(number)/", headings: [words[(number + 5) % words.count]], body: body)
        }
    }

    @Test func anIndexWhoseRecordsWentToTheScratchFileIsTheSame() throws {
        let documents = Self.documents(600)
        let analyses = documents.sorted { SearchIndex.indexOrder(($0.urlPath, $0.title), ($1.urlPath, $1.title)) }
            .map { SearchAnalysis($0, snippetCharacters: 600) }
        var spilling = SearchIndex.Builder(settings: SearchIndex.Settings(), memoryRecords: 100, recordChunk: 512)
        for analysis in analyses { spilling.add(analysis) }
        let spilled = try spilling.finish().files()
        let inMemory = SearchIndex(documents: documents).files()
        #expect(spilled.count > 10)
        #expect(spilled == inMemory)
    }

    /// A build of 240 pages has about 55,000 records: with a limit of 1,000 most go to the
    /// scratch file, and the search files written must be the build's own, byte for byte.
    @Test func aSiteWhoseRecordsGoToTheScratchFileGetsTheSameSearchFiles() throws {
        let site = TestSites.make(OutputDigestTests.corpus(pages: 240))
        defer { TestSupport.remove(site) }
        var options = TestSites.options(site)
        options.reuseUnchangedOutput = false
        let builder = SiteBuilder(options: options)
        _ = try builder.build()
        let searchFolder = options.outputDirectory.appendingPathComponent("search")
        let built = TestSites.tree(searchFolder)
        try FileManager.default.removeItem(at: searchFolder)
        var timer = StageTimer()
        let prepared = try builder.prepare(timer: &timer)
        var search = SearchOutput(contexts: TemplateContexts(site: prepared.site), templates: prepared.templates,
                                  sink: try LiveOutput(directory: options.outputDirectory))
        search.memoryRecords = 1000
        _ = try search.writeAll(previous: nil, changed: [])
        #expect(built.count > 200)
        #expect(TestSites.tree(searchFolder) == built)
    }
}
