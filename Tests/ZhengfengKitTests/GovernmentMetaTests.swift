import Foundation
import Testing
@testable import ZhengfengKit

/// The government-site meta tags: never empty, and each only where it means something.
@Suite struct GovernmentMetaTests {
    static let built: [String: String] = {
        let output = TestSites.temporaryDirectory("meta")
        _ = try! SiteBuilder(options: LinkModeTests.options(output: output)).build()
        defer { TestSupport.remove(output) }
        return TestSites.tree(output).filter { $0.key.hasSuffix(".html") && !$0.key.hasPrefix("print/") }
            .mapValues { String(decoding: $0, as: UTF8.self) }
    }()

    static func meta(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "<meta name=\"\(name)\" content=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test func noPageHasAnEmptyMetaTag() {
        #expect(Self.built.count > 20)
        for (path, html) in Self.built {
            #expect(!html.contains("content=\"\""), "\(path) has an empty meta tag")
        }
    }

    @Test func pubDateOnlyOnDatedPagesAndArticleTitleOnlyOnArticles() throws {
        let dated = try #require(Self.built["news/launch/index.html"] ?? Self.built.first { $0.key.hasPrefix("news/") && $0.key.split(separator: "/").count == 3 }?.value)
        #expect(Self.meta("PubDate", in: dated) != nil)
        #expect(Self.meta("ArticleTitle", in: dated) != nil)
        let section = try #require(Self.built["news/index.html"])
        #expect(Self.meta("ArticleTitle", in: section) == nil)
        #expect(Self.meta("PubDate", in: section) == nil)
        #expect(Self.meta("ColumnName", in: section)?.isEmpty == false)
        let home = try #require(Self.built["index.html"])
        #expect(Self.meta("ArticleTitle", in: home) == nil)
        let notFound = try #require(Self.built["404.html"])
        #expect(Self.meta("ColumnName", in: notFound)?.isEmpty == false)
        #expect(Self.meta("PubDate", in: notFound) == nil)
    }
}
