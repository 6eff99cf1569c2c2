import Foundation
import Testing
@testable import ZhengfengKit

@Suite struct PageSelectionTests {
    func page(_ yaml: String) -> Page {
        let split = try! FrontMatterSplit.split("---\ntitle: 甲\n\(yaml)\n---\n", file: "content/a.md")
        let matter = FrontMatterParser.parse(split, file: "content/a.md").0!
        return Page(contentPath: "a.md", sourcePath: "content/a.md", kind: .page, sectionPath: "",
                    frontMatter: matter, body: "", bodyLineOffset: 0, urlPath: "a/")
    }

    @Test func draftsFutureExpiredAndInternalAreExcluded() {
        let options = TestSites.options(URL(fileURLWithPath: "/tmp/site"))
        #expect(PageSelection.exclusion(of: page("draft: true"), options: options) == .draft)
        #expect(PageSelection.exclusion(of: page("date: 2026-06-02"), options: options) == .future)
        #expect(PageSelection.exclusion(of: page("expires: 2026-05-31"), options: options) == .expired)
        #expect(PageSelection.exclusion(of: page("expires: 2026-06-01"), options: options) == nil)
        #expect(PageSelection.exclusion(of: page("visibility: internal"), options: options) == .internal)
        #expect(PageSelection.exclusion(of: page("date: 2026-05-01"), options: options) == nil)
    }

    @Test func flagsBringExcludedPagesBack() {
        var options = TestSites.options(URL(fileURLWithPath: "/tmp/site"))
        options.includeDrafts = true
        #expect(PageSelection.exclusion(of: page("draft: true"), options: options) == nil)
        #expect(PageSelection.exclusion(of: page("visibility: internal"), options: options) == .internal)
        options.includeInternal = true
        #expect(PageSelection.exclusion(of: page("visibility: internal"), options: options) == nil)
    }
}

@Suite struct LinkIndexTests {
    let index = LinkIndex(pagePaths: ["channels/phone.md", "channels/_index.md", "scope/_index.md", "_index.md"],
                          staticFiles: ["channels/qr.png"])

    @Test func markdownLinksResolveRelativeToTheFile() {
        #expect(index.resolve("../channels/phone.md", from: "scope/a.md") == .page("channels/phone.md", fragment: nil))
        #expect(index.resolve("phone.md#受理时间", from: "channels/online.md") == .page("channels/phone.md", fragment: "受理时间"))
        #expect(index.resolve("./phone.md", from: "channels/online.md") == .page("channels/phone.md", fragment: nil))
        #expect(index.resolve("../scope/_index.md", from: "channels/online.md") == .page("scope/_index.md", fragment: nil))
        #expect(index.resolve("../scope/", from: "channels/online.md") == .page("scope/_index.md", fragment: nil))
    }

    @Test func filesExternalAndBrokenLinksAreTold() {
        #expect(index.resolve("qr.png", from: "channels/phone.md") == .file("channels/qr.png"))
        #expect(index.resolve("https://www.12388.gov.cn/", from: "a.md") == .external)
        #expect(index.resolve("mailto:x@example.org", from: "a.md") == .external)
        #expect(index.resolve("#本页", from: "a.md") == .external)
        #expect(index.resolve("missing.md", from: "channels/a.md") == .missingPage("channels/missing.md"))
        #expect(index.resolve("nope.png", from: "a.md") == .missingFile("nope.png"))
        #expect(index.resolve("../../etc/passwd", from: "channels/a.md") == .outsideContent)
        #expect(index.resolve("/assets/logo.png", from: "a.md") == .sitePath("assets/logo.png"))
    }
}

@Suite struct TemplateSetTests {
    @Test func missingPartialIsAnErrorWithPosition() {
        let sources: [(name: String, text: String, display: String)] = [
            ("page", "<p>\n  {{> partials/nothing }}\n</p>", "templates/page.mustache"),
        ]
        do {
            _ = try TemplateSet(sources: sources, origin: "templates/")
            Issue.record("a missing partial must be an error")
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics.map(\.description) == [
                "templates/page.mustache:2:3: 错误: 模板引用了不存在的模板“partials/nothing”。请检查名称拼写，或在 templates/ 中新建 partials/nothing.mustache。 [TEMPLATE_MISSING_PARTIAL]",
            ])
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func missingParentAndSyntaxErrorsAreReported() {
        let sources: [(name: String, text: String, display: String)] = [
            ("page", "{{<layout}}{{$main}}x{{/main}}{{/layout}}", "templates/page.mustache"),
            ("broken", "{{#list}}\nno end", "templates/broken.mustache"),
        ]
        #expect(throws: DiagnosticsError.self) { try TemplateSet(sources: sources, origin: "templates/") }
        do { _ = try TemplateSet(sources: sources, origin: "templates/") } catch let error as DiagnosticsError {
            #expect(Set(error.diagnostics.map(\.code)) == ["TEMPLATE_MISSING_PARTIAL", "TEMPLATE_SYNTAX"])
        } catch {}
    }

    @Test func variablesAreEscapedButTripleMustacheIsNot() throws {
        let set = try TemplateSet(sources: [("t", "{{title}}|{{{html}}}", "t")], origin: "templates/")
        let out = try set.render("t", context: ["title": "<script>\"x\"", "html": "<b>粗</b>"], for: "x")
        #expect(out == "&lt;script&gt;&quot;x&quot;|<b>粗</b>")
    }

    @Test func builtInThemeLoadsWithoutErrors() throws {
        let set = try TemplateSet(directory: ThemeLoader.builtInDirectory, displayPrefix: "（内置模板）/")
        for name in ["layout", "home", "section", "page", "404", "partials/channels"] {
            #expect(set.contains(name))
        }
    }
}
