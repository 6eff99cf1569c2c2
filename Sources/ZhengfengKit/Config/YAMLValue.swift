import Foundation
import Yams

/// A YAML value kept typed until the template boundary (unknown front-matter keys, data files).
public indirect enum YAMLValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([YAMLValue])
    /// Mappings keep the author's key order.
    case mapping([(key: String, value: YAMLValue)])

    public static func == (lhs: YAMLValue, rhs: YAMLValue) -> Bool {
        switch (lhs, rhs) {
        case let (.string(a), .string(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.bool(a), .bool(b)): return a == b
        case (.null, .null): return true
        case let (.array(a), .array(b)): return a == b
        case let (.mapping(a), .mapping(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// Converts a parsed node; scalars are resolved by YAML's core rules, except that
    /// timestamps stay the text the author wrote.
    init(_ node: YAMLNode) {
        switch node.node {
        case .scalar(let scalar):
            if scalar.style != .plain {
                self = .string(scalar.string)
            } else if node.node.null != nil {
                self = .null
            } else if let bool = node.node.bool {
                self = .bool(bool)
            } else if let int = node.node.int {
                self = .int(int)
            } else if let double = node.node.float, scalar.string.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
                self = .double(double)
            } else {
                self = .string(scalar.string)
            }
        case .sequence(let sequence):
            self = .array(sequence.map { YAMLValue(YAMLNode($0)) })
        case .mapping(let mapping):
            self = .mapping(mapping.map { (key: $0.key.string ?? "\($0.key)", value: YAMLValue(YAMLNode($0.value))) })
        case .alias:
            self = .null
        }
    }

    /// The value as template data: strings, numbers, booleans, arrays and dictionaries.
    public var templateValue: Any {
        switch self {
        case .string(let s): return s
        case .int(let i): return i
        case .double(let d): return d
        case .bool(let b): return b
        case .null: return ""
        case .array(let items): return items.map(\.templateValue)
        case .mapping(let pairs):
            var dict: [String: Any] = [:]
            for pair in pairs { dict[pair.key] = pair.value.templateValue }
            return dict
        }
    }

    /// The scalar as text, if it is one.
    public var text: String? {
        switch self {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }

    public subscript(key: String) -> YAMLValue? {
        if case .mapping(let pairs) = self { return pairs.first { $0.key == key }?.value }
        return nil
    }
}

/// Parses YAML text into a `YAMLNode`, turning syntax errors into diagnostics with a position
/// in the original file (`lineOffset` is the number of file lines before the YAML text).
enum YAMLParser {
    /// Like `parse`, for a caller that reads mappings by key text only (front matter through
    /// `YAMLFields` and `YAMLValue`). Yams's default resolver runs its regular expressions on
    /// every mapping key, only to tell keys apart in its duplicate-key check (and to name the
    /// keys' tags, which such callers never read). The basic resolver is used instead when
    /// both agree: no anchors (`&`, so no key node can come back as a value) and every key a
    /// scalar whose text is unique in its mapping. Otherwise the text is parsed as `parse` does.
    static func parseKeysAsText(_ text: String, file: String, lineOffset: Int) throws -> YAMLNode? {
        if !SourceText.containsByte(text, UInt8(ascii: "&")), !SourceText.containsByte(text, UInt8(ascii: "*")),
           let node = try? Yams.compose(yaml: text, .basic, constructor, .utf8), hasDistinctTextKeys(node) {
            return YAMLNode(node)
        }
        return try parse(text, file: file, lineOffset: lineOffset)
    }

    /// Yams's `Constructor.default` builds its tables on every access. Safe to share across
    /// threads: it is never mutated after this line, and composing only reads its tables.
    nonisolated(unsafe) static let constructor = Constructor.default

    static func hasDistinctTextKeys(_ node: Node) -> Bool {
        switch node {
        case .scalar:
            return true
        case .sequence(let sequence):
            return sequence.allSatisfy(hasDistinctTextKeys)
        case .mapping(let mapping):
            var texts: [String] = []
            texts.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                guard case .scalar(let scalar) = key, hasDistinctTextKeys(value) else { return false }
                texts.append(scalar.string)
            }
            // A few keys are compared directly, cheaper than hashing them.
            if texts.count <= 16 { return !texts.indices.contains { texts[..<$0].contains(texts[$0]) } }
            return Set(texts).count == texts.count
        case .alias:
            return false
        }
    }

    static func parse(_ text: String, file: String, lineOffset: Int = 0) throws -> YAMLNode? {
        do {
            // The encoding is given: Yams's default reads the whole process environment per call.
            let parser = try Yams.Parser(yaml: text, resolver: .default, constructor: constructor, encoding: .utf8)
            let node = try parser.singleRoot()
            // Anchors are weak references that the parser keeps alive: look while it lives.
            if let node, SourceText.containsByte(text, UInt8(ascii: "&")) || SourceText.containsByte(text, UInt8(ascii: "*")),
               let anchored = withExtendedLifetime(parser, { AnchorFinder.first(in: node) }) {
                throw Diagnostic.error(
                    "YAML_ALIAS",
                    "这里用了 YAML 的锚点或引用（& 或 *），zhengfeng 不接受这种写法：它能让几行文字展开成极大的数据，拖垮生成。请把要重复的内容直接写出来；以 & 或 * 开头的文字值请用英文双引号括起来。",
                    at: SourceLocation(file: file, line: anchored.line + lineOffset, column: anchored.column))
            }
            return node.map(YAMLNode.init)
        } catch let error as YamlError {
            var line = 1, column = 1
            var problem = "\(error)"
            switch error {
            case let .scanner(context, message, mark, _), let .parser(context, message, mark, _),
                 let .composer(context, message, mark, _):
                // An unclosed [ or { is found where the text ends: point at where it was opened.
                let opened = context.map { $0.text.contains("flow") } ?? false
                line = opened ? context!.mark.line : mark.line
                column = opened ? context!.mark.column : mark.column
                problem = [context?.text, message].compactMap { $0 }.joined(separator: "；")
                if let hint = YAMLErrorHint.chinese(for: problem) { problem = hint + "；" + problem }
            case let .duplicatedKeysInMapping(duplicates, context):
                line = context.mark.line
                column = context.mark.column
                problem = "重复的键：\(duplicates.joined(separator: "、"))"
            default:
                break
            }
            throw Diagnostic.error(
                "YAML_SYNTAX",
                "YAML 格式错误（\(problem)）。请检查这一行的冒号、缩进和引号：含有冒号或以特殊符号开头的值请用英文双引号括起来。",
                at: SourceLocation(file: file, line: line + lineOffset, column: column))
        }
    }
}

/// Finds YAML anchors (`&name`) and aliases (`*name`), which zhengfeng refuses: a few lines
/// of nested aliases ("billion laughs") expand into billions of values for every later walk.
/// Yams composes an alias as the anchored node itself, so the walk stops at the first anchor
/// (which comes before any alias to it in document order) and never walks an expansion.
enum AnchorFinder {
    /// The first node (in document order) that carries an anchor, or nil.
    static func first(in node: Node) -> Node? {
        if node.anchor != nil { return node }
        switch node {
        case .scalar:
            return nil
        case .alias:
            return node
        case .sequence(let sequence):
            for item in sequence { if let found = first(in: item) { return found } }
            return nil
        case .mapping(let mapping):
            for (key, value) in mapping {
                if let found = first(in: key) ?? first(in: value) { return found }
            }
            return nil
        }
    }
}

/// Plain-Chinese explanations of libyaml's most common messages (the original is kept after it).
enum YAMLErrorHint {
    static let hints: [(fragment: String, hint: String)] = [
        ("mapping values are not allowed", "这一行多了冒号：值里含有冒号时，请把整个值用英文双引号括起来"),
        ("unexpected end of stream", "引号或括号没有结束就到了结尾：请补上右引号或右括号"),
        ("did not find expected key", "缩进不一致或缺少冒号：同一层的设置要对齐"),
        ("could not find expected ':'", "缺少冒号：每行应写成“键: 值”"),
        ("cannot start any token", "有不能放在开头的字符：不要用 Tab 缩进，以 @ 或 ` 开头的值请加英文双引号"),
        ("did not find expected ',' or ']'", "方括号列表没有正确结束：请检查逗号和右方括号 ]"),
        ("did not find expected node content", "这里缺少值"),
    ]

    static func chinese(for message: String) -> String? {
        hints.first { message.contains($0.fragment) }?.hint
    }
}

extension Node {
    /// 1-based line of this node inside its YAML text.
    var line: Int { mark?.line ?? 1 }
    var column: Int { mark?.column ?? 1 }
}

/// A node of parsed YAML with its position: the one view of Yams's tree that the rest of
/// zhengfeng reads (this file is the only one that imports Yams). Scalars resolve by YAML's
/// core rules (`int`, `bool`, `float`, `isNull`) only when asked.
struct YAMLNode: CustomStringConvertible {
    fileprivate let node: Node

    fileprivate init(_ node: Node) {
        self.node = node
    }

    /// 1-based line and column inside the YAML text.
    var line: Int { node.line }
    var column: Int { node.column }

    /// A scalar's text, as written (without quotes); nil for lists and mappings.
    var scalarText: String? { node.scalar?.string }
    var isScalar: Bool { node.scalar != nil }
    /// `~`, `null` or nothing.
    var isNull: Bool { node.null != nil }
    /// The text of a scalar (nil for lists and mappings).
    var string: String? { node.string }
    var int: Int? { node.int }
    var bool: Bool? { node.bool }
    var float: Double? { node.float }

    /// The key–value pairs of a mapping, in the author's order; nil for anything else.
    var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        node.mapping.map { mapping in mapping.map { (key: YAMLNode($0.key), value: YAMLNode($0.value)) } }
    }

    /// The items of a list; nil for anything else.
    var sequence: [YAMLNode]? { node.sequence.map { $0.map(YAMLNode.init) } }

    /// The value of `key` in a mapping (compared as text).
    subscript(key: String) -> YAMLNode? {
        node.mapping?.first { $0.key.string == key }.map { YAMLNode($0.value) }
    }

    var description: String { "\(node)" }
}
