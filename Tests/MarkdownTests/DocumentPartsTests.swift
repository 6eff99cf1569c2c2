import Testing
import Foundation
@testable import Markdown

/// Fenced-block rendering, figures, image sizes and the notices about Markdown that does not
/// mean what an editor from Word or a GitHub editor expects.
@Suite struct DocumentPartsTests {
    @Test func fencedBlockRendererReplacesTheCodeBlockAndSeesItsInfoAndLine() {
        var seen: [FencedBlock] = []
        let source = "前言。\n\n```表格 标题=\"受理\"\n甲,乙\n```\n\n```swift\nlet x = 1\n```\n"
        let out = MarkdownRenderer.render(source, fencedBlock: { block in
            seen.append(block)
            return block.language == "表格" ? "<div class=\"made\"></div>" : nil
        })
        #expect(seen.map(\.language) == ["表格", "swift"])
        #expect(seen[0].info == "表格 标题=\"受理\"" && seen[0].literal == "甲,乙\n" && seen[0].line == 3)
        #expect(out.html.contains("<div class=\"made\"></div>"))
        #expect(!out.html.contains("甲,乙"))
        #expect(out.html.contains("<pre><code class=\"language-swift\">let x = 1"))
    }

    @Test func loneImageWithTitleBecomesFigureWithCaption() {
        let out = MarkdownRenderer.render("![会议现场](a.png \"区纪委监委召开全会\")\n\n文中![图](b.png \"不是插图\")。\n")
        let html = out.html.replacingOccurrences(of: "\n", with: "")
        #expect(html.contains("<figure><img src=\"a.png\" alt=\"会议现场\" /><figcaption>区纪委监委召开全会</figcaption></figure>"))
        // An image inside a sentence stays inline, keeping its title.
        #expect(html.contains("<p>文中<img src=\"b.png\" alt=\"图\" title=\"不是插图\" />。</p>"))
        #expect(!MarkdownRenderer.render("![无标题](a.png)\n").html.contains("<figure>"))
    }

    @Test func imageSizerAddsWidthAndHeightWithTheURLEscapedLikeLibcmark() {
        let out = MarkdownRenderer.render("![现场 & 会场](会议%20照片.png \"说明\")\n", resolve: { _ in "/news/%E4%BC%9A%20a&b'.png" },
                                          imageSize: { _ in ImageSize(width: 640, height: 480) })
        #expect(out.html.contains("<img src=\"/news/%E4%BC%9A%20a&amp;b&#x27;.png\" alt=\"现场 &amp; 会场\" width=\"640\" height=\"480\" />"))
        #expect(out.html.contains("<figcaption>说明</figcaption>"))
        // Without a size libcmark renders the image as before.
        #expect(MarkdownRenderer.render("![a](b.png)\n").html.contains("<img src=\"b.png\" alt=\"a\" />"))
    }

    @Test func pipeTableFootnoteAndIndentedChineseProseAreNoticedAtTheirLines() {
        let source = "第一段。\n\n| 月份 | 来信 |\n|---|---|\n| 一月 | 12 |\n\n依据《监察法》[^1]开展。\n\n    会议强调，要深化作风建设。\n\n    let code = 1\n\n```\n缩进    无关\n```\n"
        let notices = MarkdownRenderer.render(source, html: false).notices
        #expect(notices.map(\.kind) == [.pipeTable, .footnote, .indentedProse])
        #expect(notices.map(\.line) == [3, 7, 9])
        #expect(notices[1].column == 8 && notices[1].excerpt == "[^1]")
        #expect(notices[2].excerpt == "会议强调，要深化作风建设。")
    }

    @Test func ordinaryTextWithBracketsOrDashesIsNotNoticed() {
        let source = "见[附件](a.pdf)和[^ 注]。\n\n---\n\n- 第一项\n- 第二项\n"
        #expect(MarkdownRenderer.render(source, html: false).notices.isEmpty)
    }
}
