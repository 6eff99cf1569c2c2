/// The text of `zhengfeng explain` (like `rustc --explain`): one code's entry, the list of all
/// codes, or the message for a code zhengfeng does not have.
public enum DiagnosticExplainer {
    /// The full entry for what the editor typed (`link_broken` and `[LINK_BROKEN]` work too),
    /// or nil when there is no such code.
    public static func explanation(for query: String) -> String? {
        DiagnosticCatalog.entry(for: DiagnosticCatalog.normalized(query)).map(explanation(of:))
    }

    /// One entry: title, severity, explanation, a sample message, 错误示例 and 改正后.
    public static func explanation(of entry: DiagnosticEntry) -> String {
        var out = "\(entry.code)：\(entry.title)\n"
        out += "级别：\(meaning(of: entry.severity))\n\n"
        out += entry.explanation + "\n\n"
        out += "消息示例：\n" + indented(entry.message) + "\n"
        out += "错误示例：\(entry.wrong.place)\n" + indented(entry.wrong.text) + "\n"
        out += "改正后：\(entry.fixed.place)\n" + indented(entry.fixed.text) + "\n"
        out += "全部代码的说明见 \(DiagnosticsDocument.path)，或不带代码运行 zhengfeng explain。\n"
        return out
    }

    /// Every code with its severity and title, by group.
    public static func list(_ entries: [DiagnosticEntry] = DiagnosticCatalog.entries) -> String {
        let width = (entries.map(\.code.count).max() ?? 0) + 2
        var out = "全部代码（zhengfeng explain 代码：查看说明和改正示例）：\n"
        for (group, members) in DiagnosticsDocument.grouped(entries) {
            out += "\n" + group.heading.replacingOccurrences(of: "`", with: "") + "\n"
            for entry in members {
                out += "  " + entry.code.padding(toLength: width, withPad: " ", startingAt: 0)
                    + entry.severity.label + "  " + entry.title + "\n"
            }
        }
        return out
    }

    /// The message for an unknown code, naming the nearest known ones.
    public static func unknownCode(_ query: String) -> String {
        let shown = DiagnosticCatalog.normalized(query)
        let nearest = DiagnosticCatalog.nearest(to: query).joined(separator: "、")
        return "\(Severity.error.label): 没有代码“\(shown)”。是不是想查：\(nearest)？"
            + "不带代码运行 zhengfeng explain 可以列出全部代码。 [\(unknownCodeCode)]"
    }

    /// The code of `unknownCode(_:)`'s message.
    static let unknownCodeCode = "EXPLAIN_UNKNOWN_CODE"

    /// The severity word with what it asks of the editor.
    static func meaning(of severity: Severity) -> String {
        switch severity {
        case .error: return "错误（必须改：有错误时不发布，原来的 output 保持不变）"
        case .warning: return "警告（应该改：网站照常生成；build --strict 时当作错误）"
        case .note: return "提示（只是告知，不用改）"
        }
    }

    /// Example lines indented by four spaces, so they stand apart from the prose.
    static func indented(_ text: String) -> String {
        guard !text.isEmpty else { return "    （空）\n" }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n") + "\n"
    }
}
