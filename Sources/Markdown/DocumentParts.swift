import CCmark
import Foundation

/// A fenced code block (```` ```info ````), handed to a `FencedBlockRenderer`.
public struct FencedBlock: Sendable, Equatable {
    /// The whole info string after the fence (`表格 标题="2026年受理情况"`).
    public var info: String
    /// The lines between the fences, each ending in `\n`.
    public var literal: String
    /// 1-based line of the opening fence in the Markdown source (the body, not the file).
    public var line: Int
    /// 1-based column of the opening fence.
    public var column: Int

    public init(info: String, literal: String, line: Int, column: Int) {
        self.info = info
        self.literal = literal
        self.line = line
        self.column = column
    }

    /// The first word of the info string (`table`, `表格`, `swift`), or "".
    public var language: String {
        String(info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
    }
}

/// Renders a fenced block as zhengfeng's own HTML, or returns nil to keep it a code block.
public typealias FencedBlockRenderer = (FencedBlock) -> String?

/// Pixel size of an image file.
public struct ImageSize: Sendable, Equatable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// The pixel size of an image whose destination resolved to a local file, or nil (then the
/// image is rendered by libcmark without width and height).
public typealias ImageSizer = (LinkReference) -> ImageSize?

/// Something in a Markdown document that libcmark reads differently from what an editor
/// coming from Word or a GitHub-flavoured editor expects.
public struct MarkdownNotice: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// A GitHub pipe table (`| a | b |` with a `|---|` line): shown as plain text.
        case pipeTable
        /// A footnote mark or definition (`[^1]`): shown as it is written.
        case footnote
        /// Prose indented by four spaces or a tab (Word's first-line indent): shown as code.
        case indentedProse
        /// An HTML tag inside a paragraph (`<br>`, `<font color="red">`): the tag is dropped,
        /// the text around it is kept. The excerpt is the tag as written.
        case htmlTag
        /// A block of HTML (`<table>…`, `<img …>` alone on its line): dropped whole, text and
        /// all. The excerpt is its first tag as written.
        case htmlBlock
    }

    public var kind: Kind
    /// 1-based line and column in the Markdown source (the body, not the file).
    public var line: Int
    public var column: Int
    /// The text concerned, shortened, for the message.
    public var excerpt: String
}

/// Finds `MarkdownNotice`s in block nodes.
enum NoticeFinder {
    /// Notices for a paragraph spanning source lines `first...last` (1-based).
    static func paragraph(lines: inout SourceLines, first: Int, last: Int) -> [MarkdownNotice] {
        guard first >= 1 else { return [] }
        var notices: [MarkdownNotice] = []
        let end = min(last, lines.count)
        if end > first {
            for number in first...end where isDelimiterRow(lines[number - 1]) {
                notices.append(MarkdownNotice(kind: .pipeTable, line: first, column: 1,
                                              excerpt: String(lines[first - 1].prefix(30))))
                break
            }
        }
        guard end >= first else { return notices }
        for number in first...end {
            let line = lines[number - 1]
            var search = line.startIndex
            while let range = footnoteMark(in: line, from: search) {
                let rest = line[range.upperBound...]
                if let close = rest.firstIndex(of: "]"), close > rest.startIndex,
                   !rest[rest.startIndex..<close].contains(where: { $0.isWhitespace }) {
                    notices.append(MarkdownNotice(kind: .footnote, line: number,
                                                  column: line.distance(from: line.startIndex, to: range.lowerBound) + 1,
                                                  excerpt: String(line[range.lowerBound...close])))
                }
                search = range.upperBound
            }
        }
        return notices
    }

    /// The next `[^` in `line` at or after `start`, found on UTF-8 bytes (the paragraph check
    /// runs on every line of every page, and most lines have none).
    static func footnoteMark(in line: Substring, from start: Substring.Index) -> Range<Substring.Index>? {
        let bytes = line.utf8
        var index = start
        while let bracket = bytes[index...].firstIndex(of: UInt8(ascii: "[")) {
            let next = bytes.index(after: bracket)
            if next < bytes.endIndex && bytes[next] == UInt8(ascii: "^") { return bracket..<bytes.index(after: next) }
            index = next
        }
        return nil
    }

    /// `|---|:--:|`: only pipes, dashes, colons and spaces, with at least one pipe and dash.
    static func isDelimiterRow(_ line: Substring) -> Bool {
        var pipe = false
        var dash = false
        for character in line {
            switch character {
            case "|": pipe = true
            case "-": dash = true
            case ":", " ", "\t": continue
            default: return false
            }
        }
        return pipe && dash
    }

    /// A notice for an indented (not fenced) code block whose text is Chinese prose.
    static func indentedCode(_ literal: String, line: Int) -> MarkdownNotice? {
        guard literal.contains(where: \.isCJK) else { return nil }
        let firstLine = literal.split(separator: "\n").first.map(String.init) ?? ""
        return MarkdownNotice(kind: .indentedProse, line: line, column: 1,
                              excerpt: String(firstLine.trimmingCharacters(in: .whitespaces).prefix(20)))
    }
}

/// Raw HTML that safe rendering drops, for `MarkdownNotice`s.
public enum RawHTML {
    /// The first tag of an HTML literal as written (shortened), or nil for what is not
    /// reported: comments (a deliberate note to other editors), and closing tags of inline
    /// HTML (the opening tag is reported).
    static func reportedTag(in literal: String, block: Bool) -> String? {
        let trimmed = literal.drop { $0.isWhitespace }
        guard trimmed.hasPrefix("<"), !trimmed.hasPrefix("<!--") else { return nil }
        if !block && trimmed.hasPrefix("</") { return nil }
        let tag = trimmed.prefix { $0 != ">" && $0 != "\n" }
        let complete = tag.count < trimmed.count && trimmed[tag.endIndex] == ">"
        let text = String(tag) + (complete ? ">" : "")
        return text.count > 40 ? String(text.prefix(39)) + "…" : text
    }

    /// The lower-case element name of a tag (`font` for `<FONT color=red>`), or "".
    public static func name(of tag: String) -> String {
        String(tag.drop { $0 == "<" || $0 == "/" || $0.isWhitespace }
            .prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }).lowercased()
    }
}

extension HTMLEscaping {
    /// A URL for an `href` or `src` attribute, escaped as libcmark escapes it: bytes outside
    /// the URL-safe set percent-encoded, `&` and `'` as entities.
    public static func href(_ url: String) -> String {
        var output = ""
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output += "&amp;"
            case UInt8(ascii: "'"): output += "&#x27;"
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                if "!#$%()*+,-./:;=?@_~".utf8.contains(byte) {
                    output.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    output += String(format: "%%%02X", byte)
                }
            }
        }
        return output
    }
}
