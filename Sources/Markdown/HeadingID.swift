/// Stable heading ids: Chinese characters, letters and digits are kept (ASCII lower-cased),
/// every other run of characters becomes one `-`, trimmed at both ends.
/// "一、什么是实名举报？" → "一-什么是实名举报". Empty results become "section".
public enum HeadingID {
    public static func slug(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for character in text {
            if character.isLetter || character.isNumber {
                if pendingDash && !result.isEmpty { result += "-" }
                pendingDash = false
                result += character.isASCII ? character.lowercased() : String(character)
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "section" : result
    }
}

/// Gives each heading of one document a unique id: repeats get `-1`, `-2`, ….
struct HeadingIDAllocator {
    private var used: [String: Int] = [:]

    mutating func allocate(for text: String) -> String {
        let base = HeadingID.slug(text)
        guard let count = used[base] else {
            used[base] = 0
            return base
        }
        var next = count + 1
        while used["\(base)-\(next)"] != nil { next += 1 }
        used[base] = next
        let id = "\(base)-\(next)"
        used[id] = 0
        return id
    }
}

/// Minimal escaping for values zhengfeng itself puts into HTML.
public enum HTMLEscaping {
    /// `& < > " '` replaced by entities. Works on UTF-8 bytes: no Character (grapheme)
    /// breaking, and a text with nothing to replace is returned as it is.
    public static func text(_ value: String) -> String {
        var copy = value
        return copy.withUTF8 { bytes in
            var extra = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): extra += 5  // &quot;
                case UInt8(ascii: "&"), UInt8(ascii: "'"): extra += 4  // &amp; &#39;
                case UInt8(ascii: "<"), UInt8(ascii: ">"): extra += 3  // &lt; &gt;
                default: continue
                }
            }
            if extra == 0 { return value }
            return String(unsafeUninitializedCapacity: bytes.count + extra) { output in
                var position = 0
                func put(_ replacement: StaticString) {
                    replacement.withUTF8Buffer { source in
                        for byte in source {
                            output[position] = byte
                            position += 1
                        }
                    }
                }
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: "&"): put("&amp;")
                    case UInt8(ascii: "<"): put("&lt;")
                    case UInt8(ascii: ">"): put("&gt;")
                    case UInt8(ascii: "\""): put("&quot;")
                    case UInt8(ascii: "'"): put("&#39;")
                    default:
                        output[position] = byte
                        position += 1
                    }
                }
                return position
            }
        }
    }

    public static func attribute(_ value: String) -> String { text(value) }
}
