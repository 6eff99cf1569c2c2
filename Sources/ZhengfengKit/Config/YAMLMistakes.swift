import Foundation

/// Two mistakes editors typing YAML in a Chinese input method make, which libyaml reports in
/// its own terms (“did not find expected key”, “这里应是键: 值”) at a place that does not
/// say what is wrong: a full-width colon after a key (`title：值`), and a value that starts
/// with a quote but goes on after the closing one (`title: "清风"行动`). Each is named at
/// its line, with the line as it should be written.
///
/// The lines are only looked at once libyaml has refused the text (or read it as something
/// other than settings), so a text block that happens to look like either is never reported.
enum YAMLMistakes {
    /// `key：` or `- key：` (spaces allowed around), the key in ASCII as every setting is.
    private static let fullWidthColon = try! NSRegularExpression(pattern: "^(\\s*(?:-\\s+)?)([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*：[ \\t]*")
    /// `key: "…` or `key: '…`.
    private static let quotedValue = try! NSRegularExpression(pattern: "^(\\s*(?:-\\s+)?)([A-Za-z_][A-Za-z0-9_-]*):[ \\t]+([\"'])")

    /// The diagnostics to show instead of libyaml's `diagnostic` for `text`: the mistakes
    /// found, or `diagnostic` itself when there are none (or it is not a syntax error).
    static func explain(_ diagnostic: Diagnostic, in text: String, file: String, lineOffset: Int) -> [Diagnostic] {
        guard diagnostic.code == "YAML_SYNTAX" else { return [diagnostic] }
        let mistakes = find(in: text, file: file, lineOffset: lineOffset)
        return mistakes.isEmpty ? [diagnostic] : mistakes
    }

    /// The mistakes in `text` when libyaml read it but not as settings (a line of text, or a
    /// key containing a full-width colon); nil when the settings are fine.
    static func unreadSettings(_ node: YAMLNode?, in text: String, file: String, lineOffset: Int) -> [Diagnostic]? {
        guard let node, !node.isNull else { return nil }
        if let mapping = node.mapping, !mapping.contains(where: { $0.key.scalarText?.contains("：") == true }) { return nil }
        let mistakes = find(in: text, file: file, lineOffset: lineOffset)
        return mistakes.isEmpty ? nil : mistakes
    }

    /// Every line of `text` with one of the two mistakes.
    static func find(in text: String, file: String, lineOffset: Int) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            let line = line.hasSuffix("\r") ? String(line.dropLast()) : line
            let range = NSRange(line.startIndex..., in: line)
            func location(_ utf16: Int) -> SourceLocation {
                let column = line.utf16.index(line.utf16.startIndex, offsetBy: utf16)
                return SourceLocation(file: file, line: lineOffset + index + 1,
                                      column: line.distance(from: line.startIndex, to: column) + 1)
            }
            if let match = fullWidthColon.firstMatch(in: line, range: range) {
                let lead = String(line[Range(match.range(at: 1), in: line)!])
                let key = String(line[Range(match.range(at: 2), in: line)!])
                let value = String(line[Range(match.range, in: line)!.upperBound...])
                let colon = (line as NSString).range(of: "：", range: match.range).location
                found.append(.error("YAML_FULLWIDTH_COLON",
                                    "设置项“\(key)”后面用了中文冒号“：”，zhengfeng 读不出这一行。设置项后面要用英文冒号加一个空格，请写成：\(lead)\(key): \(value)",
                                    at: location(colon)))
            } else if let match = quotedValue.firstMatch(in: line, range: range),
                      let quoteRange = Range(match.range(at: 3), in: line) {
                let key = String(line[Range(match.range(at: 2), in: line)!])
                let value = String(line[quoteRange.lowerBound...])
                guard let (quoted, rest) = splitQuoted(value), !rest.isEmpty else { continue }
                let quote = value.first!
                let chinese = quote == "\"" ? chineseQuotes(value, open: "“", close: "”", ascii: "\"")
                                            : chineseQuotes(value, open: "‘", close: "’", ascii: "'")
                let wrapped = quote == "\"" ? "'\(value)'" : "\"\(value)\""
                found.append(.error("YAML_QUOTE_NOT_WHOLE_VALUE",
                                    "“\(key)”的值以英文引号开头，zhengfeng 把引号里的“\(quoted)”当成了整个值，后面的“\(rest)”就多出来了。请把英文引号改成中文引号：\(key): \(chinese)；一定要用英文引号时，把整个值再括起来：\(key): \(wrapped)",
                                    at: location(match.range(at: 3).location)))
            }
        }
        return found
    }

    /// The text inside a value's leading quotes and what follows the closing quote (comment
    /// and spaces left out); nil when the quote does not close on this line.
    static func splitQuoted(_ value: String) -> (quoted: String, rest: String)? {
        guard let quote = value.first else { return nil }
        var inside = ""
        var index = value.index(after: value.startIndex)
        while index < value.endIndex {
            let character = value[index]
            let next = value.index(after: index)
            if quote == "\"" && character == "\\" && next < value.endIndex {
                inside.append(value[next])
                index = value.index(after: next)
                continue
            }
            if character == quote {
                if quote == "'" && next < value.endIndex && value[next] == "'" {
                    inside.append("'")
                    index = value.index(after: next)
                    continue
                }
                var rest = String(value[next...])
                if rest.hasPrefix("#") { rest = "" }
                if let comment = rest.range(of: " #") ?? rest.range(of: "\t#") { rest = String(rest[..<comment.lowerBound]) }
                return (inside, rest.trimmingCharacters(in: .whitespaces))
            }
            inside.append(character)
            index = next
        }
        return nil
    }

    /// `value` with its ASCII quotes paired into Chinese ones (`"清风"行动` → `“清风”行动`).
    static func chineseQuotes(_ value: String, open: Character, close: Character, ascii: Character) -> String {
        var opening = true
        return String(value.map { character in
            guard character == ascii else { return character }
            defer { opening.toggle() }
            return opening ? open : close
        })
    }
}
