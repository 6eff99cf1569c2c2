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
        // An article of the news section (not a by-year archive page, which shares its depth),
        // the same one in every run.
        let dated = try #require(Self.built["news/launch/index.html"] ?? Self.built.keys.sorted().first {
            $0.hasPrefix("news/") && $0.split(separator: "/").count == 3 && Self.built[$0]!.contains("<body class=\"single\">")
        }.flatMap { Self.built[$0] })
        #expect(Self.meta("PubDate", in: dated) != nil)
        #expect(Self.meta("ArticleTitle", in: dated) != nil)
        let section = try #require(Self.built["news/index.html"])
        #expect(Self.meta("ArticleTitle", in: section) == nil)
        #expect(Self.meta("PubDate", in: section) == nil)
        #expect(Self.meta("ColumnName", in: section)?.isEmpty == false)
        #expect(Self.meta("ColumnType", in: section) == "工作动态")
        #expect(Self.meta("ColumnType", in: dated) == "工作动态", "pages inherit their section's column type")
        let home = try #require(Self.built["index.html"])
        #expect(Self.meta("ArticleTitle", in: home) == nil)
        let notFound = try #require(Self.built["404.html"])
        #expect(Self.meta("ColumnName", in: notFound)?.isEmpty == false)
        #expect(Self.meta("PubDate", in: notFound) == nil)
    }

    @Test func everyPageButTheNotFoundPageHasKeywordsAuthorDescriptionAndUrl() {
        for (path, html) in Self.built where path != "404.html" && !path.hasPrefix("print/") {
            for name in ["Keywords", "Author", "Description", "Url"] {
                #expect(Self.meta(name, in: html)?.isEmpty == false, "\(path) lacks \(name)")
            }
        }
        let url = Self.meta("Url", in: Self.built["real-name/definition/index.html"] ?? "")
        #expect(url?.hasPrefix("https://") == true && url?.hasSuffix("/real-name/definition/") == true)
    }

    @Test func titleIsPageTitleColumnAndSiteNameJoinedByUnderscores() throws {
        // Articles (a/b/index.html); list pages such as news/2026/ are section pages.
        for (path, html) in Self.built where path.split(separator: "/").count == 3 && html.contains("<body class=\"single\">") {
            let parts = ["ArticleTitle", "ColumnName", "SiteName"].compactMap { Self.meta($0, in: html) }
            #expect(parts.count == 3, "\(path)")
            #expect(html.contains("<title>\(parts.joined(separator: "_"))</title>"), "\(path)")
        }
        let section = try #require(Self.built["real-name/index.html"])
        let column = try #require(Self.meta("ColumnName", in: section))
        #expect(section.contains("<title>\(column)_\(try #require(Self.meta("SiteName", in: section)))</title>"))
    }

    @Test func unsetFooterSlotsShowAPlaceholderAndEveryPageHasAFavicon() throws {
        let home = try #require(Self.built["index.html"])
        let start = try #require(home.range(of: "<footer")).lowerBound
        let footer = String(home[start...])
        #expect(footer.contains("【待填：党政机关网站标识"))
        #expect(footer.contains("我为政府网站找错：【待填："))
        #expect(footer.contains("主办单位："))
        #expect(home.contains("<link rel=\"icon\" href=\"/assets/img/favicon.svg\""))
    }
}
