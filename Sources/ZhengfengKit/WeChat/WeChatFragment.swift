import Foundation

private extension String {
    /// The text without one final line break (libcmark ends every code block with one).
    var trimmingTrailingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}

/// A link the WeChat editor would drop, listed at the end of the article under 引用链接.
public struct WeChatReference: Sendable, Equatable {
    public let number: Int
    /// The link's text as the reader saw it.
    public let text: String
    /// The full address (internal links: the page's canonical URL on the website).
    public let url: String
}

/// Rewrites a page's safe HTML (site links already absolute) into HTML the WeChat editor
/// keeps: only `style` attributes (plus `href` on links to mp.weixin.qq.com, `src`/`alt` on
/// images and `colspan`/`rowspan` on table cells), styles inline, lists at most two levels
/// deep, and every other link turned into a numbered reference. Elements it does not know
/// keep their content; forms, frames, scripts and styles are dropped with theirs.
struct WeChatFragmentWriter {
    private(set) var references: [WeChatReference] = []
    /// Elements dropped because the editor would refuse them (for a note).
    private(set) var dropped: [String] = []
    private var out = ""
    private var listDepth = 0

    /// Hosts whose links the WeChat editor keeps.
    static func isWeChatLink(_ url: String) -> Bool {
        guard let host = URLComponents(string: url)?.host?.lowercased() else { return false }
        return host == "mp.weixin.qq.com"
    }

    /// Elements dropped with their content.
    static let droppedElements: Set<String> = [
        "script", "style", "link", "meta", "form", "input", "button", "select", "textarea", "option", "label",
        "iframe", "frame", "frameset", "object", "embed", "video", "audio", "canvas", "noscript", "template", "svg",
    ]
    /// Elements whose whitespace-only text between children is layout only.
    private static let blockContainers: Set<String> = [
        "", "ul", "ol", "table", "thead", "tbody", "tfoot", "tr", "blockquote", "figure", "section", "div", "li",
    ]

    /// The fragment body for `html`, or nil when the HTML is not well-formed.
    mutating func write(_ html: String) -> String? {
        guard let nodes = HTMLTree.parse(html) else { return nil }
        out = ""
        children(nodes, parent: "")
        return out
    }

    private mutating func children(_ nodes: [HTMLNode], parent: String) {
        for node in nodes { write(node, parent: parent) }
    }

    private mutating func open(_ tag: String, _ style: String, _ extra: String = "") {
        out += "<\(tag) style=\"\(style)\"\(extra)>"
    }

    private mutating func wrap(_ tag: String, _ style: String, _ nodes: [HTMLNode], extra: String = "") {
        open(tag, style, extra)
        children(nodes, parent: tag)
        out += "</\(tag)>"
    }

    private mutating func write(_ node: HTMLNode, parent: String) {
        switch node {
        case .text(let text):
            if Self.blockContainers.contains(parent), text.allSatisfy(\.isWhitespace) { return }
            out += HTMLText.escape(text)
        case let .element(name, attributes, nodes):
            element(name.lowercased(), attributes, nodes, parent: parent)
        }
    }

    private mutating func element(_ name: String, _ attributes: [String: String], _ nodes: [HTMLNode], parent: String) {
        switch name {
        case "p": wrap("p", WeChatStyle.paragraph, nodes)
        case "h1", "h2": wrap("h2", WeChatStyle.heading2, nodes)
        case "h3": wrap("h3", WeChatStyle.heading3, nodes)
        case "h4", "h5", "h6": wrap("h4", WeChatStyle.heading4, nodes)
        case "ul", "ol":
            listDepth += 1
            defer { listDepth -= 1 }
            if listDepth > 2 {
                // Deeper lists do not survive the editor: each item becomes a line with a dash.
                for case let .element(itemName, _, itemNodes) in nodes where itemName == "li" {
                    open("section", WeChatStyle.deepItem)
                    out += "– "
                    children(itemNodes, parent: "li")
                    out += "</section>"
                }
            } else {
                // The editor restyles list markers (and loses numbering on some phones): the
                // markers are written as text, as doocs/md does.
                var number = attributes["start"].flatMap(Int.init) ?? 1
                open(name, listDepth == 1 ? WeChatStyle.list : WeChatStyle.nestedList)
                for case let .element(itemName, _, itemNodes) in nodes where itemName == "li" {
                    let marker = name == "ol" ? "\(number). " : (listDepth == 1 ? "• " : "◦ ")
                    number += 1
                    open("li", WeChatStyle.listItem)
                    listItem(itemNodes, marker: marker)
                    out += "</li>"
                }
                out += "</\(name)>"
            }
        case "li": wrap("li", WeChatStyle.listItem, nodes)
        case "table":
            // Wide tables scroll sideways on a phone instead of squeezing their columns.
            out += "<section style=\"\(WeChatStyle.tableScroller)\">"
            wrap("table", WeChatStyle.table, nodes)
            out += "</section>"
        case "blockquote": wrap("blockquote", WeChatStyle.quote, nodes)
        case "pre": wrap("pre", WeChatStyle.pre, nodes)
        case "code":
            if parent == "pre" {
                // The editor collapses the white space of <pre>: line breaks become <br />
                // and spaces no-break spaces.
                out += "<code>"
                out += HTMLText.escape(nodes.map(\.text).joined().trimmingTrailingNewline)
                    .replacingOccurrences(of: " ", with: "\u{00A0}")
                    .replacingOccurrences(of: "\n", with: "<br />")
                out += "</code>"
            } else {
                wrap("code", WeChatStyle.code, nodes)
            }
        case "caption": wrap("caption", WeChatStyle.caption, nodes)
        case "thead", "tbody", "tfoot", "tr":
            out += "<\(name)>"
            children(nodes, parent: name)
            out += "</\(name)>"
        case "th", "td":
            var extra = ""
            for key in ["colspan", "rowspan"] {
                if let value = attributes[key].flatMap(Int.init) { extra += " \(key)=\"\(value)\"" }
            }
            wrap(name, name == "th" ? WeChatStyle.headerCell : WeChatStyle.cell, nodes, extra: extra)
        case "figure": wrap("figure", WeChatStyle.figure, nodes)
        case "figcaption": wrap("figcaption", WeChatStyle.figcaption, nodes)
        case "img":
            let src = attributes["src"] ?? ""
            guard !src.isEmpty else { return }
            out += "<img style=\"\(WeChatStyle.image)\" src=\"\(HTMLText.escape(src))\" alt=\"\(HTMLText.escape(attributes["alt"] ?? ""))\" />"
        case "hr": out += "<hr style=\"\(WeChatStyle.rule)\" />"
        case "br": out += "<br />"
        case "strong", "b": wrap("strong", WeChatStyle.strong, nodes)
        case "em", "i", "del", "s", "sub", "sup", "u":
            out += "<\(name)>"
            children(nodes, parent: name)
            out += "</\(name)>"
        case "a": link(attributes["href"] ?? "", nodes, parent: parent)
        case "div", "section", "article", "aside", "header", "footer", "nav", "main", "details", "dl", "dd", "dt":
            out += "<section>"
            children(nodes, parent: "section")
            out += "</section>"
        default:
            if Self.droppedElements.contains(name) {
                dropped.append(name)
            } else {
                children(nodes, parent: parent)
            }
        }
    }

    /// A list item's content after its marker; a loose item's marker goes into its first paragraph.
    private mutating func listItem(_ nodes: [HTMLNode], marker: String) {
        guard let first = nodes.firstIndex(where: { if case .text(let t) = $0 { return !t.allSatisfy(\.isWhitespace) } else { return true } }),
              case let .element("p", _, paragraph) = nodes[first] else {
            out += marker
            children(nodes, parent: "li")
            return
        }
        open("p", WeChatStyle.listParagraph)
        out += marker
        children(paragraph, parent: "p")
        out += "</p>"
        children(Array(nodes[(first + 1)...]), parent: "li")
    }

    /// A link to mp.weixin.qq.com stays a link; a link inside the page keeps only its text;
    /// any other becomes its text followed by a reference number.
    private mutating func link(_ href: String, _ nodes: [HTMLNode], parent: String) {
        if Self.isWeChatLink(href) {
            wrap("a", WeChatStyle.link, nodes, extra: " href=\"\(HTMLText.escape(href))\"")
            return
        }
        children(nodes, parent: parent)
        guard !href.isEmpty, !href.hasPrefix("#") else { return }
        let number: Int
        if let known = references.first(where: { $0.url == href }) {
            number = known.number
        } else {
            number = references.count + 1
            let text = nodes.map(\.text).joined().trimmingCharacters(in: .whitespacesAndNewlines)
            references.append(WeChatReference(number: number, text: text, url: href))
        }
        out += "<sup style=\"\(WeChatStyle.reference)\">[\(number)]</sup>"
    }

    /// The 引用链接 block for `references` ("" when there are none).
    static func referencesBlock(_ references: [WeChatReference]) -> String {
        guard !references.isEmpty else { return "" }
        var out = "<section style=\"\(WeChatStyle.referencesBlock)\"><p style=\"\(WeChatStyle.referencesTitle)\">引用链接</p>"
        for reference in references {
            let label = reference.text.isEmpty ? "" : HTMLText.escape(reference.text) + "："
            out += "<p style=\"\(WeChatStyle.referenceItem)\">[\(reference.number)] \(label)\(HTMLText.escape(reference.url))</p>"
        }
        return out + "</section>"
    }
}
