import Foundation
import Testing
@testable import ZhengfengKit

/// Cached partials (`{{! zhengfeng: cache }}`) and the byte-wise HTML escaping of templates.
@Suite struct TemplateCachingTests {
    typealias Source = (name: String, text: String, display: String)

    static func set(_ sources: [Source]) throws -> TemplateSet {
        try TemplateSet(sources: sources, origin: "templates/")
    }

    @Test func partialCachedByNavIsRenderedOncePerNavValue() throws {
        let templates = try Self.set([
            ("page", "{{>header}}\n<h1>{{page.title}}</h1>", "templates/page.mustache"),
            ("header", "{{! zhengfeng: cache by nav }}\n<nav>{{#nav}}{{title}}{{#active}}*{{/active}} {{/nav}}{{page.title}}</nav>\n",
             "templates/partials/header.mustache"),
        ])
        let cache = PartialCache()
        let news: [[String: Any]] = [["title": "首页"], ["title": "新闻", "active": true]]
        let about: [[String: Any]] = [["title": "首页"], ["title": "新闻"]]
        let first = try templates.render("page", context: ["nav": news, "page": ["title": "甲"]], for: "a", cache: cache)
        let second = try templates.render("page", context: ["nav": news, "page": ["title": "乙"]], for: "b", cache: cache)
        let third = try templates.render("page", context: ["nav": about, "page": ["title": "丙"]], for: "c", cache: cache)
        #expect(first == "<nav>首页 新闻* 甲</nav>\n<h1>甲</h1>")
        // Same nav: the cached header is reused, even though it (wrongly) shows the page title.
        #expect(second == "<nav>首页 新闻* 甲</nav>\n<h1>乙</h1>")
        #expect(third == "<nav>首页 新闻 丙</nav>\n<h1>丙</h1>")
        // Without caching every page renders the partial itself.
        let uncached = try templates.render("page", context: ["nav": news, "page": ["title": "乙"]], for: "b",
                                            cache: PartialCache(enabled: false))
        #expect(uncached == "<nav>首页 新闻* 乙</nav>\n<h1>乙</h1>")
    }

    @Test func cachedPartialsMayIncludeOtherCachedPartials() throws {
        let templates = try Self.set([
            ("page", "{{>footer}}{{>channels}}", "templates/page.mustache"),
            ("footer", "{{! zhengfeng: cache }}\n[{{>channels}}]", "templates/footer.mustache"),
            ("channels", "{{! zhengfeng: cache }}\n{{#channels}}{{name}};{{/channels}}", "templates/channels.mustache"),
        ])
        let context: [String: Any] = ["channels": [["name": "来信"], ["name": "网络"]]]
        #expect(try templates.render("page", context: context, for: "x", cache: PartialCache()) == "[来信;网络;]来信;网络;")
    }

    @Test func badDeclarationsAndPlacementsAreErrorsWithPositions() {
        let sources: [Source] = [
            ("page", "<div>\n  {{>header}}\n</div>\n{{<footer}}{{/footer}}", "templates/page.mustache"),
            ("header", "{{! zhengfeng: cache nav }}\n<nav></nav>", "templates/header.mustache"),
            ("footer", "\n{{! zhengfeng: cache }}\n<footer></footer>", "templates/footer.mustache"),
            ("loop", "{{! zhengfeng: cache }}\n{{>loop}}", "templates/loop.mustache"),
            ("note", "{{! zhengfeng 默认主题的说明 }}\n<p></p>", "templates/note.mustache"),
        ]
        do {
            _ = try Self.set(sources)
            Issue.record("bad cache declarations must be errors")
        } catch let error as DiagnosticsError {
            let found = error.diagnostics.map { "\($0.location.file):\($0.location.line):\($0.location.column) \($0.code)" }
            #expect(Set(found) == [
                "templates/header.mustache:1:1 TEMPLATE_CACHE_SYNTAX",
                "templates/page.mustache:4:1 TEMPLATE_CACHE_PLACEMENT",
                "templates/loop.mustache:1:1 TEMPLATE_CACHE_RECURSIVE",
            ])
        } catch {
            Issue.record("unexpected \(error)")
        }
        // An indented include of a cached partial would be re-indented by swift-mustache.
        let indented: [Source] = [
            ("page", "<div>\n  {{>footer}}\n</div>", "templates/page.mustache"),
            ("footer", "{{! zhengfeng: cache }}\n<footer></footer>", "templates/footer.mustache"),
        ]
        #expect(throws: DiagnosticsError.self) { try Self.set(indented) }
    }

    @Test func syntaxErrorLinesAreThoseOfTheAuthorsFile() {
        do {
            _ = try Self.set([("broken", "<p>\n{{#list}}\nno end", "templates/broken.mustache")])
            Issue.record("an unclosed section must be an error")
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics.map(\.code) == ["TEMPLATE_SYNTAX"])
            #expect((1...3).contains(error.diagnostics.first?.location.line ?? 0))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aQuoteWithACombiningMarkIsStillEscaped() throws {
        // swift-mustache's own escaping compares grapheme clusters: `"` + U+0338 is one
        // Character, not `"`, and would be left as is, ending the attribute.
        let templates = try Self.set([("t", "<a title=\"{{title}}\">{{title}}</a>", "t")])
        let out = try templates.render("t", context: ["title": "x\"\u{0338} onmouseover=alert(1) <b\u{0301}>&'"], for: "x")
        #expect(out == "<a title=\"x&quot;\u{0338} onmouseover=alert(1) &lt;b\u{0301}&gt;&amp;&#39;\">x&quot;\u{0338} onmouseover=alert(1) &lt;b\u{0301}&gt;&amp;&#39;</a>")
        // The only raw quotes left are the template's own two around the attribute.
        #expect(out.unicodeScalars.filter { $0 == "\"" }.count == 2)
    }

    /// The shipped site built with `change` applied to the options.
    static func buildShipped(_ change: (inout BuildOptions) -> Void) throws -> [String: Data] {
        let folder = try TestSupport.temporaryDirectory("shipped-build")
        defer { TestSupport.remove(folder) }
        var options = TestSites.options(TestSupport.repository, output: folder.appendingPathComponent("out"))
        change(&options)
        _ = try SiteBuilder(options: options).build()
        return TestSites.tree(folder.appendingPathComponent("out"))
    }

    static func differences(_ a: [String: Data], _ b: [String: Data]) -> [String] {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
    }

    @Test func shippedSiteIsTheSameWithAndWithoutPartialCaching() throws {
        let cached = try Self.buildShipped { _ in }
        let uncached = try Self.buildShipped { $0.cachePartials = false }
        #expect(cached.count > 40)
        #expect(Self.differences(cached, uncached).isEmpty, "\(Self.differences(cached, uncached))")
    }

    @Test func shippedSiteIsTheSameWhenNoHTMLIsKeptBetweenStages() throws {
        let kept = try Self.buildShipped { _ in }
        let renderedAgain = try Self.buildShipped { $0.htmlBudget = 0 }
        let partly = try Self.buildShipped { $0.htmlBudget = 20_000 }
        #expect(kept.count > 40)
        #expect(Self.differences(kept, renderedAgain).isEmpty, "\(Self.differences(kept, renderedAgain))")
        #expect(Self.differences(kept, partly).isEmpty, "\(Self.differences(kept, partly))")
    }

    @Test func pathEscapingMatchesFoundation() {
        var paths = ["news/p4/", "举报/须知/", "a b/", "x%y/", "semi;colon/", "co:lon/", "q?/", "h#/", "ok-._~!$&'()*+,=@/"]
        for byte in UInt8(32)..<UInt8(127) { paths.append("p" + String(UnicodeScalar(byte)) + "/") }
        for path in paths {
            #expect(MarkdownStage.pathEscape(path) == path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed), "\(path)")
        }
    }
}
