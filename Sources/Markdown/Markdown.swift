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
    /// The text of the first paragraph (used for automatic summaries).
    public var firstParagraph: String
    /// Every link and image, in document order, with its original destination.
    public var links: [LinkReference]
    /// Pipe tables, footnotes and indented prose, in document order.
    public var notices: [MarkdownNotice] = []
}

/// Maps a link destination to its final URL; `nil` keeps the destination unchanged.
public typealias LinkResolver = (LinkReference) -> String?

/// Markdown rendering through libcmark, in safe mode, with zhengfeng's AST rewrites.
public enum MarkdownRenderer {
    /// Options zhengfeng always uses: smart punctuation and UTF-8 validation; never unsafe.
    static let options: Int32 = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8

    /// Parses `source`, gives headings ids, rewrites links through `resolve`, and renders HTML.
    ///
    /// A caller that only needs headings, links and the first paragraph passes `html: false`
    /// (no HTML is rendered); one that only needs the HTML passes `positions: false` (links
    /// are not looked up in the source for their line and column, which are then 0).
    ///
    /// `fencedBlock` may render a fenced block as zhengfeng's own HTML (tables); `imageSize`
    /// gives local images their width and height. An image with a title alone in its
    /// paragraph becomes a `<figure>` whose `<figcaption>` is the title.
    public static func render(_ source: String, html: Bool = true, positions: Bool = true,
                              resolve: LinkResolver = { _ in nil },
                              fencedBlock: FencedBlockRenderer = { _ in nil },
                              imageSize: ImageSizer = { _ in nil }) -> RenderedMarkdown {
        let document: OpaquePointer = source.withCString { ptr in
            cmark_parse_document(ptr, strlen(ptr), options)
        }
        defer { cmark_node_free(document) }

        var walker = TreeWalker(sourceLines: SourceLines(source), positions: positions)
        walker.walk(document, resolve: resolve, anchorHeadings: html, fencedBlock: fencedBlock)
        if html { walker.rewriteImages(imageSize: imageSize) }

        var output = ""
        if html, let cString = cmark_render_html(document, options) {
            output = String(cString: cString)
            free(cString)
        }
        return RenderedMarkdown(
            html: output,
            headings: walker.headings,
            firstParagraph: walker.firstParagraph ?? "",
            links: walker.links,
            notices: walker.notices
        )
    }
}

/// One pass over the cmark tree collecting headings, links and the first paragraph, and
/// applying rewrites.
struct TreeWalker {
    var sourceLines: SourceLines
    /// Whether links get their line and column in the source.
    let positions: Bool
    var headings: [Heading] = []
    var firstParagraph: String?
    var links: [LinkReference] = []
    var notices: [MarkdownNotice] = []
    /// Every image node with its reference, for `rewriteImages`.
    private var images: [(node: OpaquePointer, reference: LinkReference)] = []
    /// Paragraphs holding nothing but one image, for figures.
    private var lonePictures: [(paragraph: OpaquePointer, image: OpaquePointer)] = []
    private var ids = HeadingIDAllocator()

    init(sourceLines: SourceLines, positions: Bool) {
        self.sourceLines = sourceLines
        self.positions = positions
    }

    /// `anchorHeadings`: replace headings with blocks that carry their ids (for HTML output).
    mutating func walk(_ document: OpaquePointer, resolve: LinkResolver, anchorHeadings: Bool,
                       fencedBlock: FencedBlockRenderer = { _ in nil }) {
        var headingNodes: [(OpaquePointer, Heading)] = []
        var markedParagraphs: [(OpaquePointer, AudienceMarker)] = []
        var blockNodes: [(OpaquePointer, String)] = []
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        var blockLine = 1
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if isBlock(node) {
                let line = Int(cmark_node_get_start_line(node))
                if line > 0 { blockLine = line }
            }
            switch type {
            case CMARK_NODE_PARAGRAPH:
                if let marker = AudienceMarker.strip(node) { markedParagraphs.append((node, marker)) }
                if firstParagraph == nil {
                    firstParagraph = InlineText.of(node)
                }
                notices += NoticeFinder.paragraph(lines: &sourceLines, first: Int(cmark_node_get_start_line(node)),
                                                  last: Int(cmark_node_get_end_line(node)))
                if let image = Self.loneImage(in: node) { lonePictures.append((node, image)) }
            case CMARK_NODE_CODE_BLOCK:
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                let line = Int(cmark_node_get_start_line(node))
                if !isFenced(line: line) {
                    if let notice = NoticeFinder.indentedCode(literal, line: line) { notices.append(notice) }
                } else {
                    let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
                    let block = FencedBlock(info: info, literal: literal, line: line,
                                            column: Int(cmark_node_get_start_column(node)))
                    if let html = fencedBlock(block) { blockNodes.append((node, html)) }
                }
            case CMARK_NODE_HTML_BLOCK:
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                if let tag = RawHTML.reportedTag(in: literal, block: true) {
                    notices.append(MarkdownNotice(kind: .htmlBlock, line: Int(cmark_node_get_start_line(node)),
                                                  column: Int(cmark_node_get_start_column(node)), excerpt: tag))
                }
            case CMARK_NODE_HTML_INLINE:
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                if let tag = RawHTML.reportedTag(in: literal, block: false) {
                    let position = positions ? locateInline(literal, fallbackLine: blockLine) : (line: 0, column: 0)
                    notices.append(MarkdownNotice(kind: .htmlTag, line: position.line, column: position.column, excerpt: tag))
                }
            case CMARK_NODE_HEADING:
                let text = InlineText.of(node)
                let heading = Heading(level: Int(cmark_node_get_heading_level(node)),
                                      id: ids.allocate(for: text), text: text)
                headings.append(heading)
                headingNodes.append((node, heading))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let position = positions ? locate(destination, node: node, fallbackLine: blockLine) : (line: 0, column: 0)
                let reference = LinkReference(destination: destination,
                                              isImage: type == CMARK_NODE_IMAGE,
                                              text: InlineText.of(node),
                                              line: position.line, column: position.column)
                links.append(reference)
                if let replacement = resolve(reference), replacement != destination {
                    cmark_node_set_url(node, replacement)
                }
                if type == CMARK_NODE_IMAGE { images.append((node, reference)) }
            default:
                break
            }
        }
        for (node, heading) in headingNodes where anchorHeadings {
            Self.replaceWithAnchoredHeading(node, heading: heading)
        }
        for (node, marker) in markedParagraphs where anchorHeadings {
            marker.wrap(node)
        }
        for (node, html) in blockNodes where anchorHeadings {
            guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(custom, html)
            cmark_node_set_on_exit(custom, "")
            cmark_node_replace(node, custom)
            cmark_node_free(node)
        }
    }

    /// Whether the code block starting at `line` opens with a fence (libcmark 0.30 does not say).
    private mutating func isFenced(line: Int) -> Bool {
        guard line >= 1, line <= sourceLines.count else { return false }
        let text = sourceLines[line - 1].drop { $0 == " " }
        return text.hasPrefix("```") || text.hasPrefix("~~~")
    }

    /// The image that is a paragraph's only content (spaces aside), when it has a title.
    private static func loneImage(in paragraph: OpaquePointer) -> OpaquePointer? {
        var image: OpaquePointer?
        var child = cmark_node_first_child(paragraph)
        while let node = child {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_IMAGE where image == nil:
                image = node
            case CMARK_NODE_TEXT:
                let text = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                if !text.allSatisfy(\.isWhitespace) { return nil }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                break
            default:
                return nil
            }
            child = cmark_node_next(node)
        }
        guard let image, let title = cmark_node_get_title(image), title.pointee != 0 else { return nil }
        return image
    }

    /// Figures from lone titled images (`<figure>` with the title as `<figcaption>`), and
    /// width and height on images whose size `imageSize` knows.
    mutating func rewriteImages(imageSize: ImageSizer) {
        for (paragraph, image) in lonePictures {
            let caption = cmark_node_get_title(image).map { String(cString: $0) } ?? ""
            guard let figure = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(figure, "<figure>")
            cmark_node_set_on_exit(figure, "<figcaption>\(HTMLEscaping.text(caption))</figcaption></figure>")
            cmark_node_unlink(image)
            cmark_node_set_title(image, "")
            cmark_node_append_child(figure, image)
            cmark_node_replace(paragraph, figure)
            cmark_node_free(paragraph)
        }
        for (node, reference) in images {
            guard let size = imageSize(reference) else { continue }
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            let title = cmark_node_get_title(node).map { String(cString: $0) } ?? ""
            var tag = "<img src=\"\(HTMLEscaping.href(url))\" alt=\"\(HTMLEscaping.text(InlineText.of(node)))\""
            if !title.isEmpty { tag += " title=\"\(HTMLEscaping.text(title))\"" }
            tag += " width=\"\(size.width)\" height=\"\(size.height)\" />"
            guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
            cmark_node_set_on_enter(custom, tag)
            cmark_node_set_on_exit(custom, "")
            cmark_node_replace(node, custom)
            cmark_node_free(node)
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

    /// Where the last inline HTML of each text was found (line index, UTF-8 offset in it), so
    /// that a tag written twice (`<br>` … `<br>`) is placed at each of its occurrences.
    private var inlineCursor: [String: (line: Int, offset: Int)] = [:]

    /// The line and column of inline HTML `literal`, searched from the enclosing block's line
    /// (libcmark 0.30 keeps no positions for inlines).
    private mutating func locateInline(_ literal: String, fallbackLine: Int) -> (line: Int, column: Int) {
        guard fallbackLine >= 1 else { return (1, 1) }
        var index = fallbackLine - 1
        var skip = 0
        if let last = inlineCursor[literal], last.line >= index {
            index = last.line
            skip = last.offset + 1
        }
        while index < sourceLines.count, index - (fallbackLine - 1) <= 200 {
            let line = sourceLines[index]
            let utf8 = line.utf8
            let from = utf8.index(utf8.startIndex, offsetBy: min(skip, utf8.count))
            if let start = SourceLines.find(literal, in: line[from...]) {
                inlineCursor[literal] = (index, utf8.distance(from: utf8.startIndex, to: start))
                return (index + 1, line.distance(from: line.startIndex, to: start) + 1)
            }
            index += 1
            skip = 0
        }
        return (fallbackLine, 1)
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
    /// UTF-8 offset of each line's first byte, found on first use.
    private var starts: [Int]?

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
            let start = utf8.index(utf8.startIndex, offsetBy: starts[index])
            let end = index + 1 < starts.count ? utf8.index(utf8.startIndex, offsetBy: starts[index + 1] - 1) : utf8.endIndex
            return source[start..<end]
        }
    }

    private mutating func lineStarts() -> [Int] {
        if let starts { return starts }
        var found = [0]
        var copy = source
        copy.withUTF8 { bytes in
            for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
                found.append(offset + 1)
            }
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
