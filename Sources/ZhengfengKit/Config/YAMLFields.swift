import Foundation

/// Reads typed fields from a YAML mapping, reporting wrong types at the value's position.
struct YAMLFields {
    let file: String
    let lineOffset: Int
    let mapping: [(key: YAMLNode, value: YAMLNode)]?
    /// Values by key text, built once (one pass instead of a search per lookup).
    private let values: [String: YAMLNode]
    /// Where to point when the whole mapping is missing or a required key is absent.
    let origin: SourceLocation
    private(set) var diagnostics: [Diagnostic] = []

    init(_ node: YAMLNode?, file: String, lineOffset: Int = 0, origin: SourceLocation? = nil) {
        self.file = file
        self.lineOffset = lineOffset
        self.origin = origin ?? SourceLocation(file: file, line: lineOffset + 1)
        self.mapping = node?.mapping
        var values: [String: YAMLNode] = [:]
        for pair in mapping ?? [] {
            if let key = pair.key.scalarText { values[key] = pair.value }
        }
        self.values = values
        if let node, mapping == nil, !node.isNull {
            diagnostics.append(.error("YAML_NOT_MAPPING",
                                      "这里应是“键: 值”形式的设置，每行一项。",
                                      at: location(of: node)))
        }
    }

    var keys: [(key: String, node: YAMLNode, keyNode: YAMLNode)] {
        mapping?.map { (key: $0.key.string ?? "", node: $0.value, keyNode: $0.key) } ?? []
    }

    func node(_ key: String) -> YAMLNode? {
        guard let value = values[key], !value.isNull else { return nil }
        return value
    }

    func location(of node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file, line: node.line + lineOffset, column: node.column)
    }

    /// Takes over the diagnostics of a nested mapping's reader.
    mutating func merge(_ other: YAMLFields) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    mutating func report(_ code: String, _ message: String, at node: YAMLNode?) {
        diagnostics.append(.error(code, message, at: node.map(location(of:)) ?? origin))
    }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = node(key) else {
            if required {
                diagnostics.append(.error("FIELD_REQUIRED",
                                          "缺少必填项“\(key)”。请加一行“\(key): ……”（页面文件写在开头的两行 --- 之间）。",
                                          at: origin))
            }
            return nil
        }
        guard value.isScalar else {
            report("FIELD_TYPE", "“\(key)”应是一段文字，不能是列表或嵌套设置。", at: value)
            return nil
        }
        let text = value.string ?? ""
        if required && text.unicodeScalars.allSatisfy(CharacterSet.whitespaces.contains) {
            report("FIELD_REQUIRED", "“\(key)”不能为空。", at: value)
            return nil
        }
        return text
    }

    mutating func int(_ key: String) -> Int? {
        guard let value = node(key) else { return nil }
        guard value.isScalar, let number = value.int else {
            report("FIELD_TYPE", "“\(key)”应是整数，例如 10。", at: value)
            return nil
        }
        return number
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = node(key) else { return nil }
        guard value.isScalar, let flag = value.bool else {
            report("FIELD_TYPE", "“\(key)”应是 true 或 false。", at: value)
            return nil
        }
        return flag
    }

    /// A list of strings; a single string is accepted as a one-item list.
    mutating func stringList(_ key: String) -> [String]? {
        guard let value = node(key) else { return nil }
        if let text = value.scalarText { return [text] }
        guard let sequence = value.sequence else {
            report("FIELD_TYPE", "“\(key)”应是列表，例如 [甲, 乙]。", at: value)
            return nil
        }
        var items: [String] = []
        for item in sequence {
            guard let text = item.scalarText else {
                report("FIELD_TYPE", "“\(key)”的每一项都应是文字。", at: item)
                continue
            }
            items.append(text)
        }
        return items
    }

    mutating func date(_ key: String) -> PageDate? {
        guard let value = node(key) else { return nil }
        guard let text = value.scalarText, let date = PageDate(parsing: text) else {
            report("FIELD_DATE",
                   "“\(key)”不是有效的日期。请写成 2026-03-15 或 2026-03-15 09:30。",
                   at: value)
            return nil
        }
        return date
    }
}
