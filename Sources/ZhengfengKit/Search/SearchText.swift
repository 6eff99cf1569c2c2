import Foundation

/// Plain text of a page's rendered (safe) HTML: tags dropped (block tags become a space,
/// inline ones nothing, so 了<strong>信访</strong> stays 了信访), the character references
/// zhengfeng's HTML uses decoded.
enum SearchText {
    /// Tags inside a line of text.
    static let inline: Set<String> = ["a", "abbr", "b", "code", "del", "em", "i", "mark", "s", "small", "span",
                                      "strong", "sub", "sup", "u"]

    static func plain(_ html: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = html.unicodeScalars[...]
        while let scalar = scalars.first {
            switch scalar {
            case "<":
                guard let end = scalars.firstIndex(of: ">") else { return String(out) }
                let name = scalars[scalars.index(after: scalars.startIndex)..<end]
                    .drop { $0 == "/" }.prefix { $0 != " " && $0 != "/" }
                if !inline.contains(String(String.UnicodeScalarView(name)).lowercased()) { out.append(" ") }
                scalars = scalars[scalars.index(after: end)...]
            case "&":
                let reference = scalars.prefix(12)
                if let end = reference.firstIndex(of: ";"), let decoded = decode(String(String.UnicodeScalarView(reference[reference.index(after: reference.startIndex)..<end]))) {
                    out.append(decoded)
                    scalars = scalars[scalars.index(after: end)...]
                } else {
                    out.append(scalar)
                    scalars = scalars.dropFirst()
                }
            default:
                out.append(scalar)
                scalars = scalars.dropFirst()
            }
        }
        return String(out)
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
}
