import Foundation
import Testing
@testable import ZhengfengKit

/// Ranking, sharding and the written index files.
@Suite struct SearchIndexTests {
    static let documents = [
        SearchDocument(title: "电话举报", section: "举报途径", urlPath: "channels/phone/", headings: ["拨打12388"],
                       body: "拨打12388可以反映问题。工作时间有专人接听。", date: "2026-03-01"),
        SearchDocument(title: "来信举报", section: "举报途径", urlPath: "channels/letter/", headings: ["邮寄地址"],
                       body: "写信寄到区纪委监委。信里写清楚被反映人和问题，也可以留下电话。"),
        SearchDocument(title: "工作动态", section: "", urlPath: "news/", headings: [],
                       body: "电话电话电话电话电话电话，举报举报举报举报，关于电话举报的新闻。"),
        SearchDocument(title: "不予受理事项", section: "", urlPath: "excluded/", headings: ["属于其他机关职责的事项"],
                       body: "打官司的事找法院；劳动纠纷申请劳动仲裁。"),
    ]

    func urls(_ index: SearchIndex, _ query: String) -> [String] {
        index.search(query).map { index.documents[$0].urlPath }
    }

    @Test func aTitleMatchOutranksManyBodyMentions() {
        let index = SearchIndex(documents: Self.documents)
        #expect(urls(index, "电话举报").first == "channels/phone/")
    }

    @Test func aTitleMatchOutranksAPageThatRepeatsTheWordInItsBody() {
        let index = SearchIndex(documents: [
            SearchDocument(title: "申诉", section: "", urlPath: "a/", body: "对处理决定不服的，可以提出。"),
            SearchDocument(title: "工作动态", section: "", urlPath: "b/",
                           body: String(repeating: "申诉。", count: 20)),
        ] + Self.documents)
        #expect(urls(index, "申诉") == ["a/", "b/"])
    }

    @Test func aHeadingMatchOutranksABodyMatch() {
        let index = SearchIndex(documents: Self.documents)
        let ranked = urls(index, "12388")
        #expect(ranked == ["channels/phone/"])
        #expect(urls(index, "其他机关").first == "excluded/")
    }

    @Test func documentsMatchingMoreQueryTermsRankHigher() {
        let index = SearchIndex(documents: Self.documents)
        #expect(urls(index, "劳动仲裁") == ["excluded/"])
        #expect(urls(index, "写信寄到").first == "channels/letter/")
    }

    @Test func oneCharacterQueriesFindPagesWithTheCharacterInTitleOrHeadings() {
        let index = SearchIndex(documents: Self.documents)
        #expect(urls(index, "信") == ["channels/letter/"])
        #expect(urls(index, "址") == ["channels/letter/"], "from the heading 邮寄地址")
        #expect(urls(index, "官") == [], "body text has only two-character terms")
    }

    @Test func aQueryWithoutTermsFindsNothing() {
        #expect(SearchIndex(documents: Self.documents).search("！！").isEmpty)
    }

    @Test func theSameDocumentsInAnyOrderGiveTheSameFiles() {
        let first = SearchIndex(documents: Self.documents).files()
        let second = SearchIndex(documents: Self.documents.reversed()).files()
        #expect(first.map(\.path) == second.map(\.path))
        #expect(first.map(\.text) == second.map(\.text))
    }

    @Test func everyTermIsWrittenInTheShardItsHashNames() throws {
        var settings = SearchIndex.Settings()
        settings.shardBytes = 200
        let index = SearchIndex(documents: Self.documents, settings: settings)
        #expect(index.shardCount > 1)
        #expect(index.shardCount & (index.shardCount - 1) == 0, "a power of two")
        let files = Dictionary(uniqueKeysWithValues: index.files().map { ($0.path, $0.text) })
        for term in index.terms {
            let shard = SearchIndex.shard(of: term, count: index.shardCount)
            let text = try #require(files["search/terms/\(shard).js"])
            #expect(text.contains(JSString.quoted(term) + ":["), "\(term) not in shard \(shard)")
        }
    }

    @Test func shardHashIsFNV1aOverUTF16LikeSearchJS() {
        // Values from search.js's shardOf, run in Node.
        #expect(SearchIndex.shard(of: "举报", count: 1 << 20) == 307_660)
        #expect(SearchIndex.shard(of: "12388", count: 16) == 3)
        #expect(SearchIndex.shard(of: "a", count: 4_294_967_295) == 3_826_002_220)
    }

    @Test func filesRegisterWithTheGlobalAndEscapeScriptText() {
        let document = SearchDocument(title: "</script>\"引号\"", section: "", urlPath: "a/", body: "行\u{2028}分隔")
        let files = SearchIndex(documents: [document]).files()
        #expect(files.map(\.path).contains("search/manifest.js"))
        for file in files {
            #expect(file.text.hasPrefix("ZhengfengSearch."), "\(file.path)")
            #expect(!file.text.contains("</"), "\(file.path)")
            #expect(!file.text.contains("\u{2028}"), "\(file.path)")
        }
    }

    @Test func snippetTextIsCutToTheConfiguredLength() {
        var settings = SearchIndex.Settings()
        settings.snippetCharacters = 5
        let files = SearchIndex(documents: [Self.documents[2]], settings: settings).files()
        let text = files.first { $0.path == "search/text/0.js" }!.text
        #expect(text == "ZhengfengSearch.text(0,\"电话电话电\");\n")
    }

    @Test func snippetTextCollapsesWhiteSpaceAndCountsCharactersNotScalars() {
        #expect(SearchText.collapsed("  举报\n\n 电话　12388 ", limit: 100) == "举报 电话 12388")
        #expect(SearchText.collapsed("举报 电话", limit: 3) == "举报 ")
        // e + combining acute is one character; so is a flag of two regional indicators.
        #expect(SearchText.collapsed("cafe\u{301} 🇨🇳好", limit: 5) == "cafe\u{301} ")
        #expect(SearchText.collapsed("🇨🇳好看", limit: 2) == "🇨🇳好")
        #expect(SearchText.collapsed("“实名”——举报…", limit: 6) == "“实名”——")
    }

    @Test func scriptLiteralsEscapeQuotesControlsAndLineSeparators() {
        #expect(JSString.quoted("a\"b\\c\n\u{1}\u{2028}\u{2029}</") == "\"a\\\"b\\\\c\\n\\u0001\\u2028\\u2029\\u003c/\"")
    }

    @Test func plainTextDropsTagsAndDecodesReferences() {
        #expect(SearchText.plain("<p>A&amp;B <a href=\"x\">链接</a>&#x4E2D;&#25991;</p><p>下</p>") == " A&B 链接中文  下 ")
        #expect(SearchText.plain("部署了<strong>信访</strong><em>举报</em>") == "部署了信访举报")
    }
}
