import Foundation
import Testing
@testable import ZhengfengKit

/// The rules a fragment must keep to survive the WeChat editor, as a checker every
/// fragment test runs: inline `style` only; no class, id, `<style>`, `<script>`, `<link>`,
/// forms, frames or positioning; lists at most two levels; no pure black; body 15–17 px
/// with line height at least 1.75; only links to mp.weixin.qq.com.
enum WeChatFragmentRules {
    static let forbiddenElements: Set<String> = ["style", "script", "link", "meta", "form", "input", "button", "select",
                                                 "textarea", "iframe", "frame", "object", "embed", "svg", "video", "audio"]
    static let allowedAttributes: [String: Set<String>] = [
        "a": ["style", "href"], "img": ["style", "src", "alt"], "td": ["style", "colspan", "rowspan"],
        "th": ["style", "colspan", "rowspan"], "ol": ["style", "start"],
    ]

    static func violations(_ fragment: String) -> [String] {
        guard let nodes = HTMLTree.parse(fragment) else { return ["not well-formed"] }
        var found: [String] = []
        if case let .element("section", attributes, _)? = nodes.first, nodes.count == 1 {
            let style = attributes["style"] ?? ""
            let size = style.firstMatch(of: /font-size:(\d+)px/).map { Int($0.1)! } ?? 0
            let height = style.firstMatch(of: /line-height:([\d.]+)/).map { Double($0.1)! } ?? 0
            if !(15...17).contains(size) { found.append("body font size \(size)px") }
            if height < 1.75 { found.append("line height \(height)") }
        } else {
            found.append("not one outer <section>")
        }
        func visit(_ node: HTMLNode, listDepth: Int) {
            guard case let .element(name, attributes, children) = node else { return }
            if forbiddenElements.contains(name) { found.append("<\(name)>") }
            let allowed = allowedAttributes[name] ?? ["style"]
            for key in attributes.keys where !allowed.contains(key) { found.append("\(name) \(key)=") }
            let style = (attributes["style"] ?? "").lowercased()
            if style.contains("position") { found.append("\(name) positioned") }
            if style.range(of: "#000(?![0-9a-f])|#000000|black|rgb\\(0, ?0, ?0\\)", options: .regularExpression) != nil {
                found.append("\(name) pure black")
            }
            if name == "a", !WeChatFragmentWriter.isWeChatLink(attributes["href"] ?? "") {
                found.append("link to \(attributes["href"] ?? "")")
            }
            if name == "img", !(attributes["src"] ?? "").hasPrefix("https://") { found.append("image \(attributes["src"] ?? "")") }
            let depth = listDepth + (name == "ul" || name == "ol" ? 1 : 0)
            if depth > 2 { found.append("list \(depth) levels deep") }
            for child in children { visit(child, listDepth: depth) }
        }
        nodes.forEach { visit($0, listDepth: 0) }
        return found
    }
}

@Suite struct WeChatFragmentTests {
    /// Everything an article can hold, including issue 12's tables and figures and zhengfeng's
    /// heading ids, as the site renders it with absolute site links.
    static let richHTML = """
        <h2 id="x">受理范围</h2>
        <p>见<a href="https://site.test/scope/">受理范围</a>、<a href="https://www.12388.gov.cn/">网站</a>、\
        <a href="https://site.test/scope/">再次</a>、<a href="#x">本页</a>和<a href="https://mp.weixin.qq.com/s/abc">往期</a>。</p>
        <ul>
        <li>一<ul><li>二<ul><li>三<ul><li>四</li></ul></li></ul></li></ul></li>
        </ul>
        <blockquote><p>引文</p></blockquote>
        <pre><code class="language-text">代码 &lt;b&gt;
          缩进</code></pre>
        <figure class="figure"><img src="https://site.test/news/photo.jpg" alt="会场" /><figcaption>会场照片</figcaption></figure>
        <div class="table-wrap"><table class="data"><caption>受理情况</caption><thead><tr><th scope="col">月份</th>\
        <th scope="col" colspan="2">件数</th></tr></thead><tbody><tr><th scope="row">1月</th><td>3</td><td>4</td></tr></tbody></table></div>
        <form action="/x"><input type="text" /></form><script>alert(1)</script><iframe src="https://x.test/"></iframe>
        <p>&nbsp;<code>inline</code> <em>强调</em> <strong>重点</strong><br />第二行</p>
        <hr />
        """

    func fragment(_ html: String) -> (body: String, references: [WeChatReference]) {
        var writer = WeChatFragmentWriter()
        let body = writer.write(html)!
        return (body, writer.references)
    }

    @Test func richArticleKeepsEveryRule() {
        let (body, references) = fragment(Self.richHTML)
        let whole = "<section style=\"\(WeChatStyle.root)\">" + body + WeChatFragmentWriter.referencesBlock(references) + "</section>"
        #expect(WeChatFragmentRules.violations(whole) == [])
    }

    @Test func theRuleCheckerFindsEachBrokenRule() {
        let broken = #"<section style="font-size:14px;line-height:1.5;color:#000"><p class="a" id="b">x</p><style>p{}</style>"#
            + #"<a href="https://x.test/">x</a><section style="position:absolute"></section><ul><li><ul><li><ul><li>x</li></ul></li></ul></li></ul></section>"#
        let found = WeChatFragmentRules.violations(broken)
        for expected in ["body font size 14px", "line height 1.5", "section pure black", "p class=", "p id=", "<style>",
                         "link to https://x.test/", "section positioned", "list 3 levels deep"] {
            #expect(found.contains(expected), "\(expected) not found in \(found)")
        }
    }

    @Test func linksBecomeNumberedReferencesExceptWeChatAndSamePageLinks() {
        let (body, references) = fragment(Self.richHTML)
        #expect(references == [
            WeChatReference(number: 1, text: "受理范围", url: "https://site.test/scope/"),
            WeChatReference(number: 2, text: "网站", url: "https://www.12388.gov.cn/"),
        ])
        #expect(body.contains("再次<sup style=\"\(WeChatStyle.reference)\">[1]</sup>"))
        #expect(body.contains("本页和"))
        #expect(body.contains("<a style=\"\(WeChatStyle.link)\" href=\"https://mp.weixin.qq.com/s/abc\">往期</a>"))
        let block = WeChatFragmentWriter.referencesBlock(references)
        #expect(block.contains("引用链接") && block.contains("[2] 网站：https://www.12388.gov.cn/"))
    }

    @Test func tablesAndFiguresKeepCaptionsAndSpans() {
        let (body, _) = fragment(Self.richHTML)
        #expect(body.contains(">受理情况</caption>"))
        #expect(body.contains("colspan=\"2\""))
        #expect(body.contains("<figcaption style=\"\(WeChatStyle.figcaption)\">会场照片</figcaption>"))
        #expect(body.contains("src=\"https://site.test/news/photo.jpg\" alt=\"会场\""))
    }

    @Test func listsDeeperThanTwoLevelsBecomeLines() {
        let (body, _) = fragment(Self.richHTML)
        #expect(body.contains("<section style=\"\(WeChatStyle.deepItem)\">– 三<section style=\"\(WeChatStyle.deepItem)\">– 四</section></section>"))
    }

    @Test func formsScriptsAndFramesAreDroppedWithTheirContent() {
        let (body, _) = fragment(Self.richHTML)
        #expect(!body.contains("alert") && !body.contains("iframe") && !body.contains("input"))
    }

    @Test func codeKeepsItsLineBreaksAndIndentationAsTheEditorCollapsesWhiteSpace() {
        let (body, _) = fragment(Self.richHTML)
        #expect(body.contains("<code>代码\u{00A0}&lt;b&gt;<br />\u{00A0}\u{00A0}缩进</code></pre>"))
    }

    @Test func listMarkersAreTextSoTheEditorCannotDropThem() {
        let (body, _) = fragment("<ol start=\"3\">\n<li>\n<p>甲</p>\n<p>续</p>\n</li>\n<li>乙<ul><li>丙</li></ul></li>\n</ol>")
        #expect(body == "<ol style=\"\(WeChatStyle.list)\"><li style=\"\(WeChatStyle.listItem)\"><p style=\"\(WeChatStyle.listParagraph)\">3. 甲</p>"
            + "<p style=\"\(WeChatStyle.paragraph)\">续</p></li><li style=\"\(WeChatStyle.listItem)\">4. 乙<ul style=\"\(WeChatStyle.nestedList)\">"
            + "<li style=\"\(WeChatStyle.listItem)\">◦ 丙</li></ul></li></ol>")
    }

    @Test func wideTablesScrollSidewaysOnAPhone() {
        let (body, _) = fragment(Self.richHTML)
        #expect(body.contains("<section style=\"\(WeChatStyle.tableScroller)\"><table style=\"\(WeChatStyle.table)\"><caption"))
    }

    @Test func htmlThatIsNotWellFormedIsRefused() {
        var writer = WeChatFragmentWriter()
        #expect(writer.write("<p>一<p>二") == nil)
    }

    @Test func charactersAreCountedOverTheWholeHTMLAsTheEditorDoes() {
        #expect(WeChatLimits.characters("<p style=\"a\">正文😀</p>") == 21)
    }
}

@Suite struct ImageFactsTests {
    @Test func pngSizeIsReadFromItsHeader() {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        bytes += [0, 0, 3, 0x84, 0, 0, 1, 0x7F] + [8, 6, 0, 0, 0]
        let facts = ImageFacts(data: Data(bytes), name: "a.png")
        #expect(facts.format == .png && facts.width == 900 && facts.height == 383)
    }

    @Test func gifFramesAreCounted() {
        var bytes = Array("GIF89a".utf8) + [2, 0, 2, 0, 0x80, 0, 0] + [UInt8](repeating: 0, count: 6)
        for _ in 0..<3 {
            bytes += [0x21, 0xF9, 4, 0, 0, 0, 0, 0]
            bytes += [0x2C, 0, 0, 0, 0, 2, 0, 2, 0, 0, 2, 2, 0x44, 0x01, 0]
        }
        bytes.append(0x3B)
        #expect(ImageFacts(data: Data(bytes), name: "a.gif").frames == 3)
    }

    @Test func svgIsRecognisedByName() {
        #expect(ImageFacts(data: Data("<svg/>".utf8), name: "logo.SVG").format == .svg)
    }
}
