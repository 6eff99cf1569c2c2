import Foundation

/// One wrong form of words with its right form: a typo (宜传→宣传) or a wrong official term or
/// organ name (纪律检察委员会→纪律检查委员会, 12380→12388).
public struct WordingRule: Sendable, Equatable {
    /// The wrong form, as it appears in the text.
    public var wrong: String
    /// What to write instead.
    public var right: String
    /// A serious error in the sense of the indicators (wrong organ name, wrong hotline, wrong
    /// official term): a veto item. Otherwise an ordinary typo (a warning).
    public var serious: Bool
    /// Longer words that contain `wrong` and are right (纪检委员 contains 纪检委).
    public var unless: [String]
    /// Why it is wrong, for the report.
    public var note: String

    public init(_ wrong: String, _ right: String, serious: Bool = false, unless: [String] = [], note: String = "") {
        self.wrong = wrong
        self.right = right
        self.serious = serious
        self.unless = unless
        self.note = note
    }
}

/// The list of wrong forms the inspection looks for: the built-in list below, plus the
/// entries of the site's `content/data/wording.yml`, which the office extends.
public enum WordingList {
    /// The site's own list: `content/data/wording.yml`, a `wording:` list of
    /// `{wrong, right, serious, unless, note}`.
    public static let file = "content/data/wording.yml"

    /// The built-in list: wrong organ names and hotlines of the discipline-inspection domain
    /// (serious), then common typos and wrong terms of government writing.
    public static let builtIn: [WordingRule] = [
        WordingRule("纪律检察委员会", "纪律检查委员会", serious: true, note: "纪委的全称是“纪律检查委员会”，“检察”是检察院的“检察”"),
        WordingRule("纪律检察", "纪律检查", serious: true, note: "纪委的“纪律检查”写作“检查”"),
        WordingRule("纪检委", "纪委", serious: true, unless: ["纪检委员"], note: "机构名称是“纪委”（纪律检查委员会），没有“纪检委”"),
        WordingRule("中央纪委监察部", "中央纪委国家监委", serious: true, note: "2018 年起监察部已并入国家监察委员会"),
        WordingRule("国家监察部", "国家监察委员会", serious: true, note: "2018 年起监察部已并入国家监察委员会"),
        WordingRule("区监察局", "区监察委员会", serious: true, note: "2018 年起各级监察局已并入监察委员会"),
        WordingRule("监察局", "监察委员会", serious: true, note: "2018 年起各级监察局已并入监察委员会"),
        WordingRule("国家监察委", "国家监委", serious: true, unless: ["国家监察委员会"], note: "规范简称是“国家监委”，全称是“国家监察委员会”"),
        WordingRule("12380", "12388", serious: true, note: "纪检监察举报电话是 12388；12380 是组织部门的举报电话"),
        WordingRule("12389", "12388", serious: true, note: "纪检监察举报电话是 12388；12389 是公安机关的举报电话"),
        WordingRule("优先受理", "优先办理", note: "政策原文是对实名举报“优先办理、优先处置、给予答复”"),
        WordingRule("检举控诉", "检举控告", note: "规范用语是“检举控告”"),
        WordingRule("截止目前", "截至目前", note: "表示“到某时为止”用“截至”"),
        WordingRule("截止到", "截至", note: "表示“到某时为止”用“截至”"),
        WordingRule("宜传", "宣传"),
        WordingRule("既使", "即使"),
        WordingRule("按装", "安装"),
        WordingRule("部暑", "部署"),
        WordingRule("布署", "部署"),
        WordingRule("按排", "安排"),
        WordingRule("信仿", "信访"),
        WordingRule("做为", "作为"),
        WordingRule("必竟", "毕竟"),
        WordingRule("即然", "既然"),
        WordingRule("再接再励", "再接再厉"),
        WordingRule("以身做则", "以身作则"),
        WordingRule("严利打击", "严厉打击"),
        WordingRule("负面抄作", "负面炒作"),
        WordingRule("震憾", "震撼"),
        WordingRule("迫不急待", "迫不及待"),
        WordingRule("一愁莫展", "一筹莫展"),
        WordingRule("规范有续", "规范有序"),
    ]

    /// The site's extra entries from `content/data/wording.yml` (text as loaded), with the
    /// problems of the file at their lines.
    public static func parse(_ text: String, file: String = WordingList.file) -> ([WordingRule], [Diagnostic]) {
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(text, file: file)
        } catch {
            return ([], [])  // reported by the loader (YAML_SYNTAX)
        }
        let top = YAMLFields(root, file: file)
        guard let list = top.node("wording") else { return ([], []) }
        guard let items = list.sequence else {
            var fields = top
            fields.report("INSPECT_WORDING_LIST", "wording.yml 的 wording 应是列表，每项写 wrong（错误写法）和 right（正确写法）。", at: list)
            return ([], fields.diagnostics)
        }
        var rules: [WordingRule] = []
        var diagnostics = top.diagnostics
        for item in items {
            var fields = YAMLFields(item, file: file, origin: top.location(of: item))
            let wrong = fields.string("wrong", required: true)
            let right = fields.string("right", required: true)
            let serious = fields.bool("serious") ?? false
            let unless = fields.stringList("unless") ?? []
            let note = fields.string("note") ?? ""
            if let wrong, let right {
                if wrong == right {
                    fields.report("INSPECT_WORDING_LIST", "wording.yml 中“\(wrong)”的 wrong 和 right 相同，这一项不起作用。请改正或删除。", at: item)
                } else {
                    rules.append(WordingRule(wrong, right, serious: serious, unless: unless, note: note))
                }
            }
            diagnostics += fields.diagnostics
        }
        return (rules, diagnostics)
    }
}

/// Finds the wrong forms of a `WordingList` in a text, with their line and column.
public struct WordingScanner: Sendable {
    public let rules: [WordingRule]

    public init(rules: [WordingRule]) {
        // Longer wrong forms first, so 纪律检察委员会 is reported once, not also as 纪律检察.
        self.rules = rules.sorted { ($0.wrong.count, $0.wrong) > ($1.wrong.count, $1.wrong) }
    }

    /// One place a wrong form occurs: 1-based line and column (in characters) of `text`.
    public struct Match: Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var rule: WordingRule
    }

    /// Every occurrence in `text`, by position; a place covered by a longer wrong form or by
    /// one of the rule's `unless` words is skipped. Digits-only forms (hotlines) match only
    /// when no digit stands right before or after.
    public func matches(in text: String) -> [Match] {
        var found: [Match] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let characters = Array(line)
            var taken = [Bool](repeating: false, count: characters.count)
            for rule in rules {
                let wrong = Array(rule.wrong)
                guard !wrong.isEmpty, wrong.count <= characters.count else { continue }
                let digits = wrong.allSatisfy(\.isNumber)
                var start = 0
                while start + wrong.count <= characters.count {
                    defer { start += 1 }
                    guard characters[start] == wrong[0], Array(characters[start..<(start + wrong.count)]) == wrong,
                          !taken[start..<(start + wrong.count)].contains(true) else { continue }
                    if digits && ((start > 0 && characters[start - 1].isNumber)
                                  || (start + wrong.count < characters.count && characters[start + wrong.count].isNumber)) { continue }
                    if Self.isInside(rule.unless, characters: characters, at: start, length: wrong.count) { continue }
                    for index in start..<(start + wrong.count) { taken[index] = true }
                    found.append(Match(line: lineIndex + 1, column: start + 1, rule: rule))
                }
            }
        }
        return found.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// True when one of `words` occurs in `characters` covering `start..<start+length`.
    static func isInside(_ words: [String], characters: [Character], at start: Int, length: Int) -> Bool {
        for word in words {
            let word = Array(word)
            guard word.count >= length else { continue }
            let lowest = max(0, start + length - word.count)
            let highest = min(start, characters.count - word.count)
            guard lowest <= highest else { continue }
            for offset in lowest...highest where Array(characters[offset..<(offset + word.count)]) == word { return true }
        }
        return false
    }
}
