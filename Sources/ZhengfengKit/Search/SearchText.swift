import Foundation

/// Plain text of a page's rendered (safe) HTML: tags dropped (block tags become a space,
/// inline ones nothing, so 了<strong>信访</strong> stays 了信访), the character references
/// zhengfeng's HTML uses decoded. Works on UTF-8 bytes: every byte it looks for (`<`, `>`,
/// `&`, `;`) is ASCII, and UTF-8 never uses ASCII bytes inside a multi-byte character.
enum SearchText {
    /// Tags inside a line of text.
    static let inline: Set<String> = ["a", "abbr", "b", "code", "del", "em", "i", "mark", "s", "small", "span",
                                      "strong", "sub", "sup", "u"]
    /// The longest tag name in `inline`: longer names are block tags without a lookup.
    private static let longestInline = 6

    static func plain(_ html: String) -> String {
        var html = html
        return html.withUTF8 { plain(bytes: $0) }
    }

    private static func plain(bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                guard let end = firstIndex(of: UInt8(ascii: ">"), in: bytes, from: index + 1) else { break }
                var start = index + 1
                while start < end && bytes[start] == UInt8(ascii: "/") { start += 1 }
                var stop = start
                while stop < end && bytes[stop] != UInt8(ascii: " ") && bytes[stop] != UInt8(ascii: "/") { stop += 1 }
                if !isInline(bytes, start, stop) { out.append(UInt8(ascii: " ")) }
                index = end + 1
            } else if byte == UInt8(ascii: "&"), let (scalar, end) = reference(in: bytes, at: index) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                index = end + 1
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private static func isInline(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ stop: Int) -> Bool {
        guard stop - start <= longestInline else { return false }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self)
        return inline.contains(name.lowercased())
    }

    /// The character reference starting with the `&` at `start` (its `;` within the next 11
    /// bytes) and the index of its `;`, or nil when there is none zhengfeng decodes.
    private static func reference(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        let limit = min(bytes.count, start + 12)
        var end = start + 1
        while end < limit && bytes[end] != UInt8(ascii: ";") {
            if bytes[end] >= 0x80 { return nil }
            end += 1
        }
        guard end < limit else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end]), as: UTF8.self)
        return decode(name).map { ($0, end) }
    }

    private static func decode(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X") { return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
            if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
            return nil
        }
    }

    /// `text` with runs of white space made one space (none at the start or end), cut to
    /// `limit` characters; stops reading once `limit` characters are out. Walks Unicode
    /// scalars while each one is a character of its own (ASCII, Chinese, full-width forms:
    /// what the pages are made of), and starts again character by character at the first
    /// scalar that may combine with another.
    static func collapsed(_ text: String, limit: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(limit * 3)
        let whole = collapse(text.unicodeScalars, limit: limit, isWhitespace: isWhitespace,
                             append: { scalar in UTF8.encode(scalar) { out.append($0) } }, standsAlone: standsAlone)
        guard whole else {
            var characters = ""
            _ = collapse(text, limit: limit, isWhitespace: \.isWhitespace, append: { characters.append($0) })
            return characters
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The collapsing walk over scalars or characters: `append` gets each kept element (a
    /// space as `" "`). Returns false, having stopped, at the first element that does not
    /// `standsAlone`.
    @inline(__always)
    private static func collapse<Elements: Sequence>(_ elements: Elements, limit: Int,
                                                     isWhitespace: (Elements.Element) -> Bool,
                                                     append: (Elements.Element) -> Void,
                                                     standsAlone: (Elements.Element) -> Bool = { _ in true }) -> Bool
        where Elements.Element: ExpressibleByUnicodeScalarLiteral {
        var count = 0
        var pendingSpace = false
        for element in elements {
            if count == limit { break }
            guard standsAlone(element) else { return false }
            if isWhitespace(element) {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                append(" ")
                count += 1
                pendingSpace = false
                if count == limit { break }
            }
            append(element)
            count += 1
        }
        return true
    }

    /// True for scalars that never join the next or the previous one into one character
    /// (CR does, with LF, but both are white space, which `collapsed` joins anyway).
    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20...0x7E, 0xA0...0x2FF: return true  // combining marks start at 0x300
        case 0x2010...0x2027, 0x2030...0x205E: return true  // punctuation, not the joiners or marks
        case 0x2100...0x27BF: return true  // symbols, ①, box drawing, dingbats
        case 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x9FFF: return true  // not the combining tone and kana marks
        case 0xFF01...0xFF9D, 0xFFE0...0xFFEE: return true  // full-width forms, not the half-width sound marks
        default: return false
        }
    }

    /// Unicode's White_Space property (a fixed list), without the property table lookup.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
