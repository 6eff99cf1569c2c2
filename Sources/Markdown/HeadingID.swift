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
    public static func text(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    public static func attribute(_ value: String) -> String { text(value) }
}
