import Foundation

/// The four outreach audiences (四进), which are also the four brochure editions.
public enum Audience: String, Sendable, CaseIterable, Comparable {
    case agencies, enterprises, communities, villages

    public var chinese: String {
        switch self {
        case .agencies: return "进机关"
        case .enterprises: return "进企业"
        case .communities: return "进社区"
        case .villages: return "进农村"
        }
    }

    public static func < (lhs: Audience, rhs: Audience) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public enum Visibility: String, Sendable {
    case `public`, `internal`
}

/// Typed front matter of one Markdown file.
public struct FrontMatter: Sendable {
    public var title: String = ""
    public var date: PageDate?
    public var summary: String?
    public var weight: Int?
    public var slug: String?
    public var draft = false
    public var audiences: [Audience] = Audience.allCases
    public var visibility: Visibility = .public
    public var print = true
    public var source: String?
    public var tags: [String] = []
    public var expires: PageDate?
    /// Invented example text (`sample: true`): labelled 示例 and held back by a release build.
    public var sample = false
    /// True when a key that steers publication is misspelt or has a value of the wrong type
    /// (reported as an error): such a page is never published, whatever the build's flags.
    public var publicationUnsettled = false
    /// A template other than the default for this kind of page.
    public var template: String?
    /// The case-notice record (`notice:`), when the page is a 通报 (see `CaseNotice`).
    public var notice: CaseNotice?
    /// Files listed under `attachments:` (附件), in order.
    public var attachments: [AttachmentEntry] = []
    /// Keys zhengfeng does not know, passed to templates as `page.params`.
    public var params: [(key: String, value: YAMLValue)] = []

    public static let knownKeys: [String] = [
        "title", "date", "summary", "weight", "slug", "draft", "audiences", "visibility",
        "print", "source", "tags", "expires", "template", "privacy_allow", "sample", "notice", "attachments",
    ]
    /// Keys that decide whether and where a page is published. They are read strictly: a
    /// near miss of one (`Draft:`, `visiblity:`) or a value of the wrong type is an error and
    /// the page is never published, since a silently ignored `Draft: true` would publish a draft.
    public static let steeringKeys: [String] = ["draft", "visibility", "expires", "date", "audiences", "sample", "notice"]
    /// Values the privacy check allows on this page only.
    public var privacyAllow: [String] = []
    /// Where each top-level key is written (the key itself), in file order, for checks.
    public var keyLocations: [(key: String, location: SourceLocation)] = []
    /// Where each top-level key's value starts, for checks that point at a value.
    public var valueLocations: [String: SourceLocation] = [:]
}

/// Splits a Markdown file into front matter and body, keeping line numbers.
public struct FrontMatterSplit: Sendable, Equatable {
    /// The YAML text between the `---` lines (nil when the file has none).
    public var yaml: String?
    /// Number of file lines before the first YAML line (1 when the file starts with `---`).
    public var yamlLineOffset: Int
    public var body: String
    /// Number of file lines before the body's first line.
    public var bodyLineOffset: Int

    /// `text` must already have `\n` line endings and no BOM.
    public static func split(_ text: String, file: String) throws -> FrontMatterSplit {
        let firstLine = text.prefix { $0 != "\n" }
        guard firstLine.trimmingCharacters(in: .whitespaces) == "---" else {
            return FrontMatterSplit(yaml: nil, yamlLineOffset: 0, body: text, bodyLineOffset: 0)
        }
        // Walk the lines of the front matter only (by UTF-8 newlines); the body is the rest.
        let utf8 = text.utf8
        let newline = UInt8(ascii: "\n")
        guard var lineStart = utf8.firstIndex(of: newline).map({ utf8.index(after: $0) }) else {
            throw Self.unclosed(file)
        }
        let yamlStart = lineStart
        var lineNumber = 1
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: newline) ?? utf8.endIndex
            lineNumber += 1
            if Self.isMarker(text[lineStart..<lineEnd]) {
                let yamlEnd = yamlStart == lineStart ? lineStart : utf8.index(before: lineStart)
                let bodyStart = lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd)
                return FrontMatterSplit(yaml: String(text[yamlStart..<yamlEnd]), yamlLineOffset: 1,
                                        body: String(text[bodyStart...]), bodyLineOffset: lineNumber)
            }
            if lineEnd == utf8.endIndex { break }
            lineStart = utf8.index(after: lineEnd)
        }
        throw Self.unclosed(file)
    }

    /// `---` or `...`, ignoring surrounding whitespace. Lines longer than a few bytes that
    /// are not whitespace-padded cannot match, so Foundation's trimming runs only for those.
    static func isMarker(_ line: Substring) -> Bool {
        let bytes = line.utf8
        guard let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: ".") || first > 0x7F
                || first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") else { return false }
        if bytes.count == 3 { return line == "---" || line == "..." }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed == "---" || trimmed == "..."
    }

    private static func unclosed(_ file: String) -> Diagnostic {
        Diagnostic.error(
            "FRONT_MATTER_UNCLOSED",
            "开头的设置区没有结束：第 1 行的 --- 之后找不到另一行 ---。请在标题等设置之后单独加一行 ---。",
            at: SourceLocation(file: file, line: 1, column: 1))
    }
}

/// Near misses of the keys that steer publication (`FrontMatter.steeringKeys`).
enum SteeringKeys {
    /// Words editors write for a steering key under another name.
    static let synonyms: [String: String] = [
        "internal": "visibility", "private": "visibility", "hidden": "visibility", "public": "visibility",
        "published": "draft", "publish": "draft", "expiry": "expires", "expire_date": "expires",
        "publish_date": "date", "pubdate": "date", "audience": "audiences",
    ]

    /// The steering key that `key` (not a known key) resembles: the same word in another
    /// case, a spelling one or two edits away, or a common synonym; nil for other keys.
    static func resembled(_ key: String) -> String? {
        let lower = key.lowercased()
        if let exact = FrontMatter.steeringKeys.first(where: { $0 == lower }) { return exact }
        if let synonym = synonyms[lower] { return synonym }
        return KeySuggestion.closest(to: lower, among: FrontMatter.steeringKeys)
    }

    /// Reports every unknown key that resembles a steering key as an error at the key;
    /// returns how many there were.
    static func nearMisses(_ keys: [(key: String, node: YAMLNode, keyNode: YAMLNode)], fields: inout YAMLFields) -> Int {
        var count = 0
        for entry in keys where !FrontMatter.knownKeys.contains(entry.key) {
            guard let steering = resembled(entry.key) else { continue }
            count += 1
            fields.report("FRONT_MATTER_KEY_NEAR_MISS",
                          "设置项“\(entry.key)”很像决定是否发布的“\(steering)”，但写法不对（大小写也要一致），zhengfeng 无法确定本意，这个页面不予发布。请改成“\(steering): ……”（全小写）；如果确实是另一个设置，请换一个不像“\(steering)”的名字。",
                          at: entry.keyNode)
        }
        return count
    }
}

enum FrontMatterParser {
    /// Parses the YAML of a split file into typed front matter, collecting diagnostics.
    static func parse(_ split: FrontMatterSplit, file: String) -> (FrontMatter?, [Diagnostic]) {
        guard let yaml = split.yaml else {
            if split.body.allSatisfy(\.isWhitespace) {
                return (nil, [.error("FILE_EMPTY",
                                     "文件是空的。请写上设置区（---、title: 标题、---）和正文，或删除这个文件。",
                                     at: SourceLocation(file: file))])
            }
            return (nil, [.error("FRONT_MATTER_MISSING",
                                 "文件开头没有设置区。请在第一行写 ---，接着写“title: 标题”，再写一行 ---。",
                                 at: SourceLocation(file: file))])
        }
        let node: YAMLNode?
        do {
            node = try YAMLParser.parseKeysAsText(yaml, file: file, lineOffset: split.yamlLineOffset)
        } catch let diagnostic as Diagnostic {
            return (nil, YAMLMistakes.explain(diagnostic, in: yaml, file: file, lineOffset: split.yamlLineOffset))
        } catch {
            return (nil, [.error("YAML_SYNTAX", "\(error)", at: SourceLocation(file: file))])
        }
        if let mistakes = YAMLMistakes.unreadSettings(node, in: yaml, file: file, lineOffset: split.yamlLineOffset) {
            return (nil, mistakes)
        }
        var fields = YAMLFields(node, file: file, lineOffset: split.yamlLineOffset,
                                origin: SourceLocation(file: file, line: 1, column: 1))
        var matter = FrontMatter()
        let steeringErrors = SteeringKeys.nearMisses(fields.keys, fields: &fields)
        guard let title = fields.string("title", required: true) else { return (nil, fields.diagnostics) }
        matter.title = title
        matter.summary = fields.string("summary")
        matter.weight = fields.int("weight")
        matter.slug = fields.string("slug")
        matter.print = fields.bool("print") ?? true
        matter.source = fields.string("source")
        matter.tags = fields.stringList("tags") ?? []
        matter.template = fields.string("template")
        matter.privacyAllow = fields.stringList("privacy_allow") ?? []
        matter.attachments = AttachmentEntry.parse(fields.node("attachments"), fields: &fields)
        // The steering keys last, so that any error reported from here on is about one of them.
        let errorsBefore = fields.diagnostics.count { $0.severity == .error }
        matter.date = fields.date("date")
        matter.draft = fields.bool("draft") ?? false
        matter.sample = fields.bool("sample") ?? false
        matter.expires = fields.date("expires")
        if let audiences = fields.stringList("audiences") {
            var parsed: [Audience] = []
            let itemNodes = fields.node("audiences")?.sequence ?? []
            for name in audiences {
                if let audience = Audience(rawValue: name) {
                    if !parsed.contains(audience) { parsed.append(audience) }
                } else if let node = itemNodes.first(where: { $0.scalarText == name }) ?? fields.node("audiences") {
                    fields.report("FIELD_AUDIENCE",
                                  "audiences 中的“\(name)”无效，只能是 agencies（机关）、enterprises（企业）、communities（社区）、villages（农村）。",
                                  at: node)
                }
            }
            matter.audiences = parsed.sorted()
        }
        if let visibility = fields.string("visibility") {
            if let value = Visibility(rawValue: visibility) {
                matter.visibility = value
            } else if let node = fields.node("visibility") {
                fields.report("FIELD_VISIBILITY",
                              "visibility 只能是 public（公开）或 internal（内部，不对外发布），现在是“\(visibility)”。",
                              at: node)
            }
        }
        if let node = fields.node("notice") {
            let key = fields.keys.first { $0.key == "notice" }.map { fields.location(of: $0.keyNode) } ?? fields.origin
            matter.notice = CaseNoticeParser.parse(node, keyLocation: key, into: &fields)
            // A notice for a limited circle (一定范围) is internal: no public output ever gets it.
            if matter.notice?.scope == .limited {
                if matter.visibility == .public, let written = fields.node("visibility") {
                    fields.report("NOTICE_SCOPE_CONFLICT",
                                  "这条通报的范围是“一定范围”，不能公开发布，但这里写了 visibility: public。请删去 visibility 这一行（一定范围的通报只在内部生成时出现）；确实要公开的，请把 notice 下的 scope 改成“公开”。",
                                  at: written)
                }
                matter.visibility = .internal
            }
        }
        // A page whose publication settings are in doubt is still checked, but never published.
        matter.publicationUnsettled = steeringErrors > 0
            || fields.diagnostics.count(where: { $0.severity == .error }) > errorsBefore
        let keys = fields.keys
        for entry in keys where !FrontMatter.knownKeys.contains(entry.key) {
            matter.params.append((key: entry.key, value: YAMLValue(entry.node)))
        }
        for entry in keys {
            matter.keyLocations.append((entry.key, fields.location(of: entry.keyNode)))
            matter.valueLocations[entry.key] = fields.location(of: entry.node)
        }
        return (matter, fields.diagnostics)
    }
}
