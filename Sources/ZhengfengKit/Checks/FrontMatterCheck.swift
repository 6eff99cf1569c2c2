import Foundation

/// Front-matter checks after loading (syntax, required title, value types and near misses
/// of publication keys are reported by the loader): unknown keys, with a “did you mean” suggestion, and pages with no text.
public enum FrontMatterCheck {
    /// Keys the default theme reads from `page.params` (documented in docs/content-format.md).
    public static let themeKeys: [String] = ["show_channels", "column_type"]

    public static func run(content: SiteContent) -> [Diagnostic] {
        let accepted = Set(FrontMatter.knownKeys + themeKeys + [InspectionSettings.columnOpenedKey] + WeChatSource.frontMatterKeys + content.config.paramsKeys)
        var diagnostics: [Diagnostic] = []
        for path in content.pages.keys.sorted() {
            let page = content.pages[path]!
            // Near misses of publication keys were reported as errors while loading.
            for (key, location) in page.frontMatter.keyLocations
            where !accepted.contains(key) && SteeringKeys.resembled(key) == nil {
                var message = "设置项“\(key)”不是 zhengfeng 认识的设置，会被忽略（模板中可用 page.params.\(key) 读取）。"
                if let suggestion = KeySuggestion.closest(to: key, among: Array(accepted)) {
                    message += "是不是想写“\(suggestion)”？"
                } else {
                    message += "如果是自制模板要用的设置，请把它加入 site.yml 的 params_keys 列表。"
                }
                diagnostics.append(.warning("FRONT_MATTER_UNKNOWN_KEY", message, at: location))
            }
            if let markup = TitleMarkup.find(in: page.frontMatter.title) {
                diagnostics.append(.warning("TITLE_MARKUP",
                                            "标题里的“\(markup)”不会变成格式，会原样显示在网页、目录和印刷品上。标题请只写文字：\(TitleMarkup.plain(page.frontMatter.title))",
                                            at: page.frontMatter.valueLocations["title"] ?? SourceLocation(file: page.sourcePath)))
            }
            if page.kind == .page, page.bodySource.isBlank {
                diagnostics.append(.warning("PAGE_NO_TEXT",
                                            "这个页面只有设置区，没有正文，发布后是一张空白页。请在第二个 --- 之后写正文。",
                                            at: SourceLocation(file: page.sourcePath, line: page.bodyLineOffset)))
            }
        }
        return diagnostics
    }
}

/// HTML tags and Markdown emphasis or links in a page title, which is always shown as text.
enum TitleMarkup {
    static let tag = try! NSRegularExpression(pattern: "</?[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>")
    static let emphasis = try! NSRegularExpression(pattern: "\\*\\*|__")
    static let link = try! NSRegularExpression(pattern: "\\[([^\\]]*)\\]\\([^)]*\\)")

    /// The first piece of markup in `title`, as written, or nil.
    static func find(in title: String) -> String? {
        let range = NSRange(title.startIndex..., in: title)
        let found = [tag, link, emphasis].compactMap { $0.firstMatch(in: title, range: range) }
            .min { $0.range.location < $1.range.location }
        return found.flatMap { Range($0.range, in: title) }.map { String(title[$0]) }
    }

    /// `title` with its markup taken out (a link keeps its text).
    static func plain(_ title: String) -> String {
        var text = link.stringByReplacingMatches(in: title, range: NSRange(title.startIndex..., in: title), withTemplate: "$1")
        text = tag.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
        text = emphasis.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
        return text.trimmingCharacters(in: .whitespaces)
    }
}

/// “Did you mean”: the known key with the smallest edit distance, if it is close enough.
enum KeySuggestion {
    static func closest(to key: String, among candidates: [String]) -> String? {
        let limit = key.count <= 4 ? 1 : 2
        let scored = candidates.map { ($0, distance(key.lowercased(), $0)) }.filter { $0.1 <= limit }
        return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// Edit distance over characters (optimal string alignment: insert, delete, replace, swap
    /// two neighbours), so “nwes” is one step from “news”.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
