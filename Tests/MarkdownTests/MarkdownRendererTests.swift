import Testing
import Foundation
@testable import Markdown

@Suite struct MarkdownRendererTests {
    @Test func headingsGetStableChineseIds() {
        let out = MarkdownRenderer.render("## 一、什么是实名举报？\n\n## Real Name 2\n\n## 一、什么是实名举报？\n")
        #expect(out.headings.map(\.id) == ["一-什么是实名举报", "real-name-2", "一-什么是实名举报-1"])
        // libcmark puts line breaks around custom-block HTML; they are insignificant inside <h2>.
        let html = out.html.replacingOccurrences(of: "\n", with: "")
        #expect(html.contains("<h2 id=\"一-什么是实名举报\">一、什么是实名举报？</h2>"))
        #expect(out.html.contains("<h2 id=\"一-什么是实名举报-1\">"))
    }

    @Test func rawHTMLIsDroppedAndJavascriptLinksBlanked() {
        let out = MarkdownRenderer.render("<script>alert(1)</script>\n\n正文<b onclick=\"x\">粗</b>\n\n[点我](javascript:alert(1))\n")
        #expect(!out.html.contains("<script"))
        #expect(!out.html.contains("onclick"))
        #expect(!out.html.contains("javascript:"))
        #expect(out.html.contains("<a href=\"\">点我</a>"))
    }

    @Test func linksAreRewrittenThroughTheResolver() {
        let source = "第一段。\n\n见[电话举报](../channels/phone.md#受理时间)和![二维码](qr.png)。\n"
        var seen: [LinkReference] = []
        let out = MarkdownRenderer.render(source) { reference in
            seen.append(reference)
            return reference.isImage ? "/img/qr.png" : "/channels/phone/#受理时间"
        }
        #expect(seen.map(\.destination) == ["../channels/phone.md#受理时间", "qr.png"])
        #expect(seen[0].line == 3 && seen[0].column == 9)  // where the destination starts
        #expect(seen[1].isImage && seen[1].text == "二维码")
        #expect(out.html.contains("href=\"/channels/phone/#%E5%8F%97%E7%90%86%E6%97%B6%E9%97%B4\"") || out.html.contains("href=\"/channels/phone/#受理时间\""))
        #expect(out.html.contains("src=\"/img/qr.png\""))
    }

    @Test func firstParagraphJoinsChineseLinesWithoutSpacesAndOtherLinesWithOne() {
        let chinese = MarkdownRenderer.render("# 标题\n\n纪检监察机关\n受理检举控告。\n\nSecond\nline.\n")
        #expect(chinese.firstParagraph == "纪检监察机关受理检举控告。")
        #expect(MarkdownRenderer.render("Second\nline.\n").firstParagraph == "Second line.")
    }

    @Test func analysisWithoutHTMLFindsTheSameHeadingsAndLinks() {
        let source = "# 标题\n\n见[电话](../channels/phone.md)。\n\n## 标题\n"
        let full = MarkdownRenderer.render(source)
        let analysis = MarkdownRenderer.render(source, html: false)
        let htmlOnly = MarkdownRenderer.render(source, positions: false)
        #expect(analysis.html.isEmpty)
        #expect(analysis.headings == full.headings && analysis.links == full.links)
        #expect(htmlOnly.html == full.html)
        #expect(htmlOnly.links.map(\.destination) == full.links.map(\.destination))
        #expect(htmlOnly.links.allSatisfy { $0.line == 0 && $0.column == 0 })
    }

    @Test func deeplyNestedListsRenderWithoutCrashing() {
        let source = (0..<2000).map { String(repeating: "  ", count: $0 % 200) + "- 项" }.joined(separator: "\n")
        let out = MarkdownRenderer.render(source)
        #expect(out.html.contains("<li>"))
    }
}

@Suite struct AudienceMarkerTests {
    @Test func markedParagraphsAreWrappedForOneMediumAndLoseTheirMarker() {
        let out = MarkdownRenderer.render("【网页】举报方式见本页下方。\n\n【印刷】举报方式见本册封底。\n\n正文。\n")
        let html = out.html.replacingOccurrences(of: "\n", with: "")
        #expect(html.contains("<div class=\"web-only\"><p>举报方式见本页下方。</p></div>"))
        #expect(html.contains("<div class=\"print-only\"><p>举报方式见本册封底。</p></div>"))
        #expect(html.contains("<p>正文。</p>") && !html.contains("【"))
    }

    @Test func aMarkerInsideAParagraphIsOrdinaryText() {
        let html = MarkdownRenderer.render("这里写【网页】两个字。\n").html
        #expect(html.contains("这里写【网页】两个字。") && !html.contains("web-only"))
    }
}
