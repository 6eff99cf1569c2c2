import Foundation

/// Plain text of a page's rendered (safe) HTML: tags dropped, block ends made spaces, the
/// character references zhengfeng's HTML uses decoded.
enum SearchText {
    static func plain(_ html: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = html.unicodeScalars[...]
        while let scalar = scalars.first {
            switch scalar {
            case "<":
                guard let end = scalars.firstIndex(of: ">") else { return String(out) }
                out.append(" ")
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
