/// docs/diagnostics.md, generated from `DiagnosticCatalog`: the fixed preamble, then one table
/// of codes per group (代码 | 级别 | 含义和改法 | 例子), then a wrong and a fixed example for every
/// code. `zhengfeng explain --markdown` prints it; `make docs` writes it.
public enum DiagnosticsDocument {
    /// The path of the generated file, relative to the repository.
    public static let path = "docs/diagnostics.md"

    /// The whole document.
    public static func markdown(_ entries: [DiagnosticEntry] = DiagnosticCatalog.entries) -> String {
        var out = "<!-- 本文件由程序生成，请不要直接修改：代码写在 Sources/ZhengfengKit/Diagnostics/DiagnosticCatalog+Entries.swift，"
            + "开头的说明写在 DiagnosticsDocument+Preamble.swift，改好后运行 make docs。 -->\n\n"
        out += preamble
        out += "\n## 代码一览\n\n"
        out += "每个代码的错误示例和改法见本页最后一部分；在终端里也可以查看一个代码的完整说明：`zhengfeng explain 代码`，"
            + "例如 `zhengfeng explain LINK_BROKEN`。\n"
        for (group, members) in grouped(entries) {
            out += "\n### \(group.heading)\n\n"
            if let intro = group.intro { out += intro + "\n\n" }
            out += "| 代码 | 级别 | 含义和改法 | 例子 |\n| --- | --- | --- | --- |\n"
            for entry in members {
                out += "| `\(entry.code)` | \(entry.severity.label) | \(cell(entry.explanation)) | `\(cell(entry.message))` |\n"
            }
            if let outro = group.outro { out += "\n" + outro + "\n" }
        }
        out += "\n## 错误示例和改法\n"
        for (group, members) in grouped(entries) {
            out += "\n### \(group.heading)\n"
            for entry in members {
                out += "\n#### `\(entry.code)`：\(entry.title)\n\n"
                out += "错误示例：\(entry.wrong.place)\n\n" + fenced(entry.wrong) + "\n"
                out += "改正后：\(entry.fixed.place)\n\n" + fenced(entry.fixed)
            }
        }
        return out
    }

    /// The entries by group, in the groups' order; groups without entries are left out.
    static func grouped(_ entries: [DiagnosticEntry]) -> [(DiagnosticGroup, [DiagnosticEntry])] {
        DiagnosticGroup.allCases.compactMap { group in
            let members = entries.filter { $0.group == group }
            return members.isEmpty ? nil : (group, members)
        }
    }

    /// Text for one table cell: a `|` would end the cell, a line break the row.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// A code block, fenced with more backticks than the text contains in a row.
    static func fenced(_ example: DiagnosticExample) -> String {
        var fence = "```"
        while example.text.contains(fence) { fence += "`" }
        let body = example.text.isEmpty ? "" : example.text + "\n"
        return fence + example.fenceLanguage + "\n" + body + fence + "\n"
    }
}
