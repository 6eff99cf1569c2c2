import Foundation

/// Reads the `notice:` mapping of a page's front matter into a `CaseNotice`, reporting wrong
/// types, unknown keys and missing fields at their line. The rules on what a notice may say
/// (penalties, dates in order, names) are `NoticeCheck`'s.
enum CaseNoticeParser {
    /// The keys of a notice record, in the order docs/editing.md explains them, with what
    /// each one holds (for messages).
    static let fields: [(key: String, label: String)] = [
        ("kind", "通报类别：诬告陷害查处 或 澄清正名"),
        ("unit", "所在单位"),
        ("position", "职务或身份"),
        ("name", "姓名，写成“姓+某”，如 张某"),
        ("name_consent", "本人同意公开全名的记录"),
        ("conduct", "做了什么（诬告陷害的行为）"),
        ("allegation", "被反映、经查不实的具体问题"),
        ("reported", "诬告行为或收到举报的时间"),
        ("found", "核查认定的时间"),
        ("finding", "核查结论"),
        ("handled_by", "处理机关"),
        ("party_penalty", "党纪处分"),
        ("official_penalty", "政务处分"),
        ("other_handling", "其他处理，如移送公安机关"),
        ("scope", "通报范围：公开 或 一定范围"),
        ("audience", "一定范围时的发布范围，如 该街道干部职工"),
    ]

    static func label(_ key: String) -> String { fields.first { $0.key == key }?.label ?? key }

    /// The notice written at `node` (the value of `notice:`); nil when it cannot be read.
    /// `keyLocation` is where `notice:` itself is written; diagnostics go into `outer`.
    static func parse(_ node: YAMLNode, keyLocation: SourceLocation, into outer: inout YAMLFields) -> CaseNotice? {
        guard node.mapping != nil else {
            outer.report("NOTICE_FIELD_TYPE",
                         "notice 应是一组“键: 值”设置（通报记录），每项另起一行、比 notice: 多缩进两格，例如“  kind: 澄清正名”。",
                         at: node)
            return nil
        }
        var fields = YAMLFields(node, file: outer.file, lineOffset: outer.lineOffset, origin: keyLocation)
        defer { outer.merge(fields) }
        var locations: [String: SourceLocation] = ["notice": keyLocation]
        let known = Self.fields.map(\.key)
        for entry in fields.keys {
            locations[entry.key] = fields.location(of: entry.node)
            guard !known.contains(entry.key) else { continue }
            var message = "通报记录中的“\(entry.key)”不是认识的项目，通报里不会出现它。"
            if let suggestion = KeySuggestion.closest(to: entry.key, among: known) {
                message += "是不是想写“\(suggestion)”（\(label(suggestion))）？"
            } else {
                message += "可用的项目见 docs/editing.md“写一条通报”。"
            }
            fields.report("NOTICE_UNKNOWN_KEY", message, at: entry.keyNode)
        }

        func text(_ key: String, required: Bool) -> String? {
            guard let value = fields.node(key) else {
                if required { missing(key) }
                return nil
            }
            guard value.isScalar, let text = value.string else {
                fields.report("NOTICE_FIELD_TYPE", "通报记录中的“\(key)”（\(label(key))）应是一段文字，不能是列表或嵌套设置。", at: value)
                return nil
            }
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty {
                if required { missing(key) }
                return nil
            }
            return trimmed
        }
        func missing(_ key: String) {
            fields.report("NOTICE_FIELD_MISSING",
                          "通报记录缺少“\(key)”（\(label(key))）。请在 notice: 下面加一行“  \(key): ……”（比 notice: 多缩进两格）。",
                          at: fields.node(key))
        }
        func date(_ key: String, required: Bool) -> NoticeDate? {
            guard let written = text(key, required: required) else { return nil }
            guard let date = NoticeDate(parsing: written) else {
                fields.report("NOTICE_DATE",
                              "通报记录中的“\(key)”（\(label(key))）不是有效的日期：“\(written)”。请写成 2026-03（只知道月份）或 2026-03-15。",
                              at: fields.node(key))
                return nil
            }
            return date
        }

        let kindText = text("kind", required: true)
        let kind = kindText.flatMap(CaseNotice.Kind.init(written:))
        if let kindText, kind == nil {
            fields.report("NOTICE_KIND",
                          "通报类别“\(kindText)”无效，只能是“诬告陷害查处”（通报诬告陷害典型案例）或“澄清正名”（为受到不实举报的干部澄清）。",
                          at: fields.node("kind"))
        }
        let scopeText = text("scope", required: true)
        let scope = scopeText.flatMap(CaseNotice.Scope.init(written:))
        if let scopeText, scope == nil {
            fields.report("NOTICE_SCOPE",
                          "通报范围“\(scopeText)”无效，只能是“公开”（在网站等公开发布）或“一定范围”（只在内部或指定范围发布，不上公开网站）。",
                          at: fields.node("scope"))
        }
        let unit = text("unit", required: true)
        let position = text("position", required: true)
        let name = text("name", required: true)
        let nameConsent = text("name_consent", required: false)
        if let consent = nameConsent, ["true", "false", "yes", "no", "是", "否"].contains(consent.lowercased()) {
            fields.report("NOTICE_FIELD_TYPE",
                          "name_consent 要写明本人同意公开全名的记录（什么时间、以什么方式同意、存档在哪里），不能只写“\(consent)”。没有同意记录的，请删去这一行，姓名写成“姓+某”。",
                          at: fields.node("name_consent"))
        }
        let conduct = text("conduct", required: kind == .falseAccusation)
        let allegation = text("allegation", required: false)
        let reported = date("reported", required: true)
        let found = date("found", required: false)
        let finding = text("finding", required: true)
        let handledBy = text("handled_by", required: true)
        guard let kind, let scope, let unit, let position, let name, let reported, let finding, let handledBy,
              kind == .clearing || conduct != nil else { return nil }
        return CaseNotice(kind: kind, unit: unit, position: position, name: name, nameConsent: nameConsent,
                          conduct: conduct, allegation: allegation, reported: reported, found: found, finding: finding,
                          handledBy: handledBy, partyPenalty: text("party_penalty", required: false),
                          officialPenalty: text("official_penalty", required: false),
                          otherHandling: text("other_handling", required: false), scope: scope,
                          audience: text("audience", required: false), locations: locations)
    }
}
