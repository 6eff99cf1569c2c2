import CCmark
import Foundation

/// A link or image found in a Markdown document, handed to a `LinkResolver`.
public struct LinkReference: Sendable, Equatable {
    /// The destination exactly as the author wrote it.
    public var destination: String
    /// True for `![alt](src)`.
    public var isImage: Bool
    /// The image's alt text or the link's text.
    public var text: String
    /// 1-based line and column in the Markdown source (the body, not the file).
    public var line: Int
    public var column: Int
}

/// A heading with the stable id zhengfeng gives it.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var id: String
    public var text: String
}

/// The result of rendering one Markdown document.
public struct RenderedMarkdown: Sendable {
    /// Safe HTML: raw HTML from the author is dropped and unsafe URLs blanked.
    public var html: String
    public var headings: [Heading]
    /// All text content, without markup, in document order.
    public var plainText: String
    /// The text of the first paragraph (used for automatic summaries).
    public var firstParagraph: String
    /// Every link and image, in document order, with its original destination.
    public var links: [LinkReference]
}

/// Maps a link destination to its final URL; `nil` keeps the destination unchanged.
public typealias LinkResolver = (LinkReference) -> String?

/// Markdown rendering through libcmark, in safe mode, with zhengfeng's AST rewrites.
public enum MarkdownRenderer {
    /// Options zhengfeng always uses: smart punctuation and UTF-8 validation; never unsafe.
    static let options: Int32 = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8

    /// Parses `source`, gives headings ids, rewrites links through `resolve`, and renders HTML.
    public static func render(_ source: String, resolve: LinkResolver = { _ in nil }) -> RenderedMarkdown {
        let document: OpaquePointer = source.withCString { ptr in
            cmark_parse_document(ptr, strlen(ptr), options)
        }
        defer { cmark_node_free(document) }

        var walker = TreeWalker(sourceLines: SourceLines(source))
        walker.walk(document, resolve: resolve)

        let html: String
        if let cString = cmark_render_html(document, options) {
            html = String(cString: cString)
            free(cString)
        } else {
            html = ""
        }
        return RenderedMarkdown(
            html: html,
            headings: walker.headings,
            plainText: walker.plainText,
            firstParagraph: walker.firstParagraph ?? "",
            links: walker.links
        )
    }
}

/// One pass over the cmark tree collecting text, headings and links, and applying rewrites.
struct TreeWalker {
    var sourceLines: SourceLines
    var headings: [Heading] = []
    var plainText = ""
    var firstParagraph: String?
    var links: [LinkReference] = []
    private var ids = HeadingIDAllocator()

    init(sourceLines: SourceLines) {
        self.sourceLines = sourceLines
    }

    mutating func walk(_ document: OpaquePointer, resolve: LinkResolver) {
        var headingNodes: [(OpaquePointer, Heading)] = []
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        var blockLine = 1
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else {
                if event == CMARK_EVENT_EXIT, let node = cmark_iter_get_node(iterator),
                   isBlock(node) {
                    appendSeparator()
                }
                continue
            }
            let type = cmark_node_get_type(node)
            if isBlock(node) {
                let line = Int(cmark_node_get_start_line(node))
                if line > 0 { blockLine = line }
            }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                plainText += literal(node)
            case CMARK_NODE_CODE_BLOCK:
                plainText += literal(node)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                appendSoftBreak()
            case CMARK_NODE_PARAGRAPH:
                if firstParagraph == nil {
                    firstParagraph = InlineText.of(node)
                }
            case CMARK_NODE_HEADING:
                let text = InlineText.of(node)
                let heading = Heading(level: Int(cmark_node_get_heading_level(node)),
                                      id: ids.allocate(for: text), text: text)
                headings.append(heading)
                headingNodes.append((node, heading))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let position = locate(destination, node: node, fallbackLine: blockLine)
                let reference = LinkReference(destination: destination,
                                              isImage: type == CMARK_NODE_IMAGE,
                                              text: InlineText.of(node),
                                              line: position.line, column: position.column)
                links.append(reference)
                if let replacement = resolve(reference), replacement != destination {
                    cmark_node_set_url(node, replacement)
                }
            default:
                break
            }
        }
        for (node, heading) in headingNodes {
            Self.replaceWithAnchoredHeading(node, heading: heading)
        }
    }

    /// Replaces `<hN>` with a custom block that carries the id; the inline children move over.
    private static func replaceWithAnchoredHeading(_ node: OpaquePointer, heading: Heading) {
        guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(custom, "<h\(heading.level) id=\"\(HTMLEscaping.attribute(heading.id))\">")
        cmark_node_set_on_exit(custom, "</h\(heading.level)>")
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            cmark_node_append_child(custom, child)
        }
        cmark_node_replace(node, custom)
        cmark_node_free(node)
    }

    private func isBlock(_ node: OpaquePointer) -> Bool {
        let type = cmark_node_get_type(node).rawValue
        return type >= CMARK_NODE_FIRST_BLOCK.rawValue && type <= CMARK_NODE_LAST_BLOCK.rawValue
    }

    private func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private mutating func appendSeparator() {
        if let last = plainText.last, last != "\n" { plainText += "\n" }
    }

    private mutating func appendSoftBreak() {
        if let last = plainText.last, !last.isCJK { plainText += " " }
    }

    /// libcmark 0.30 keeps no positions for inlines: find the destination in the source,
    /// starting at the enclosing block's line; the column is where the destination starts.
    private mutating func locate(_ destination: String, node: OpaquePointer, fallbackLine: Int) -> (line: Int, column: Int) {
        let ownLine = Int(cmark_node_get_start_line(node))
        let startLine = ownLine > 0 ? ownLine : fallbackLine
        guard !destination.isEmpty, startLine >= 1 else { return (max(startLine, 1), 1) }
        var index = startLine - 1
        while index < sourceLines.count {
            let line = sourceLines[index]
            if let start = SourceLines.find("](" + destination, in: line) {
                return (index + 1, line.distance(from: line.startIndex, to: start) + 3)
            }
            if let start = SourceLines.find(destination, in: line) {
                return (index + 1, line.distance(from: line.startIndex, to: start) + 1)
            }
            if index - (startLine - 1) > 200 { break }
            index += 1
        }
        return (startLine, 1)
    }
}

/// The lines of a Markdown source, found on first use by scanning UTF-8 bytes (most pages
/// need them only to place a link in an error message).
struct SourceLines {
    let source: String
    private var starts: [String.Index]?

    init(_ source: String) {
        self.source = source
    }

    var count: Int {
        mutating get { lineStarts().count }
    }

    subscript(index: Int) -> Substring {
        mutating get {
            let starts = lineStarts()
            let utf8 = source.utf8
            let end = index + 1 < starts.count ? utf8.index(before: starts[index + 1]) : utf8.endIndex
            return source[starts[index]..<end]
        }
    }

    private mutating func lineStarts() -> [String.Index] {
        if let starts { return starts }
        var found = [source.startIndex]
        let utf8 = source.utf8
        var index = utf8.startIndex
        while let newline = utf8[index...].firstIndex(of: UInt8(ascii: "\n")) {
            index = utf8.index(after: newline)
            found.append(index)
        }
        starts = found
        return found
    }

    /// The start of the first exact (byte-wise) occurrence of `needle` in `line`.
    static func find(_ needle: String, in line: Substring) -> String.Index? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        let bytes = line.utf8
        var index = bytes.startIndex
        while let candidate = bytes[index...].firstIndex(of: first) {
            if bytes[candidate...].starts(with: pattern) { return candidate }
            index = bytes.index(after: candidate)
        }
        return nil
    }
}

/// Plain text of a node's inline descendants.
enum InlineText {
    static func of(_ node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += cmark_node_get_literal(child).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if let last = text.last, !last.isCJK { text += " " }
            default:
                break
            }
        }
        return text
    }
}

extension Character {
    /// True for CJK ideographs and CJK punctuation, where no space separates words.
    var isCJK: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF,
             0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
