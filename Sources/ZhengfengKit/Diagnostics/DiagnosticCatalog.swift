import Foundation

/// One short example for a catalog entry: what the editor wrote (or ran), before or after the fix.
public struct DiagnosticExample: Sendable, Hashable {
    /// Where the text lives, as editors see it: a file such as `content/news/launch.md`, or
    /// 命令行 for commands typed in a terminal, or 文件夹 for a folder layout.
    public var place: String
    /// The lines themselves, shown verbatim.
    public var text: String

    public init(_ place: String, _ text: String) {
        self.place = place
        self.text = text
    }

    /// The Markdown code-fence language for `text`, from the kind of place it lives in.
    var fenceLanguage: String {
        if place.hasPrefix(DiagnosticExample.commandLine) { return "sh" }
        if place.contains(".mustache") { return "handlebars" }
        if place.contains(".md") { return "markdown" }
        if place.contains(".yml") { return "yaml" }
        if place.contains(".html") { return "html" }
        return "text"
    }

    /// The `place` of an example typed in a terminal.
    public static let commandLine = "命令行"
    /// The `place` of an example showing files and folders.
    public static let folder = "文件夹"
}

/// The sections of the codes table in docs/diagnostics.md, in order.
public enum DiagnosticGroup: String, Sendable, CaseIterable {
    case files, frontMatter, urls, config, links, documents, privacy, notices, lifecycle, release, templates, print, wechat, campaign, scaffold, commands, inspection

    /// The `###` heading of the section.
    public var heading: String {
        switch self {
        case .files: return "文件和编码"
        case .frontMatter: return "设置区（front matter）"
        case .urls: return "网址和栏目"
        case .config: return "站点设置和举报途径"
        case .links: return "链接和图片"
        case .documents: return "表格、插图和附件"
        case .privacy: return "个人信息（隐私）"
        case .notices: return "案件通报（诬告陷害查处、澄清正名）"
        case .lifecycle: return "内部内容和发布时间"
        case .release: return "占位内容和正式发布（`--release`）"
        case .templates: return "模板和输出（设计人员）"
        case .print: return "印刷品和 PDF（`print:` 设置、`zhengfeng build --pdf`）"
        case .campaign: return "宣传年工作数据（内部页面，`zhengfeng build --internal`）"
        case .wechat: return "公众号导出（`zhengfeng wechat`）"
        case .scaffold: return "新建页面和站点（`zhengfeng new` / `zhengfeng init`）"
        case .commands: return "查询代码（`zhengfeng explain`）"
        case .inspection: return "政府网站自查（`zhengfeng inspect`）"
        }
    }

    /// A paragraph printed before the section's table, if any.
    public var intro: String? {
        switch self {
        case .links: return "链接写成相对于当前文件的 Markdown 文件路径（`../channels/phone.md#受理时间`），生成时换成那个页面的网址。以 `/` 开头的本站网址和从浏览器地址栏复制的本站网址也会检查；其他网站的网址不联网检查。写法见 [editing.md](editing.md)。"
        case .documents: return "写法见 [editing.md](editing.md)。"
        case .print: return "详见 [print.md](print.md)。"
        case .campaign: return "各单位报送的表格、走访记录、台账数字和问卷，详见 [campaign-data.md](campaign-data.md)。不加 `--internal` 时这些问题只是警告（公开网站照常生成）；加 `--internal` 时是错误。"
        case .wechat: return "只在运行 `zhengfeng wechat` 时检查，限制来自公众号草稿箱接口；完整流程见 [wechat.md](wechat.md)。"
        case .inspection: return "按《政府网站与政务新媒体检查指标》自查，由 `zhengfeng inspect` 报告，不影响 `check`；`build --release` 遇到单项否决项时不发布（见 `INSPECT_VETO_RELEASE`），`build --internal` 把报告写成内部页面 internal/inspection/。错误是单项否决项。详见 [inspection.md](inspection.md)。"
        case .notices: return "通报写在页面设置区的 `notice:` 下面，写法见 [editing.md](editing.md#写一条通报)。通报记录有错的页面不发布。"
        case .release: return "占位内容的写法、校样和正式发布的区别见 README“占位内容与正式发布”。不加 `--release` 时只有一条 `PLACEHOLDERS_REMAIN` 提示；加 `--release`（`zhengfeng check --release`、`zhengfeng build --release`）时每一处都是错误，网站不发布，原有的 output 保持不变。"
        default: return nil
        }
    }

    /// A paragraph printed after the section's table, if any.
    public var outro: String? {
        switch self {
        case .files:
            return "UTF-8 文件开头的 BOM 和 Windows 的 CRLF 换行会被自动接受，不提示。"
        case .privacy:
            return "隐私错误的完整消息最后都附有一句：如确需公开，请在本页设置区加 `privacy_allow`，或在 site.yml 的 `privacy_allow` 中列出。"
        case .lifecycle:
            return """
                `visibility: internal` 的页面、内部栏目（其 `_index.md` 为 internal）中的全部页面和文件，
                都不会出现在公开网站的任何地方：页面、栏目列表、首页、sitemap.xml、feed.xml，以及不带
                `--internal` 生成的印刷品。
                """
        case .scaffold:
            return "`zhengfeng new` 的 `--slug` 或栏目名不能用作网址时，同样报 `SLUG_INVALID`。"
        default:
            return nil
        }
    }
}

/// Everything an editor needs to know about one diagnostic code: how serious it is, what it
/// means, how to fix it, and a wrong and a fixed example. `zhengfeng explain CODE` prints it and
/// docs/diagnostics.md is generated from all of them.
public struct DiagnosticEntry: Sendable, Hashable {
    /// The stable UPPER_SNAKE code shown in square brackets at the end of each message.
    public var code: String
    /// The severity the code is always emitted with.
    public var severity: Severity
    /// The section of docs/diagnostics.md it is listed in.
    public var group: DiagnosticGroup
    /// A short Chinese title, a few words.
    public var title: String
    /// What it means and how to fix it, in plain Chinese (inline Markdown allowed); the
    /// 含义和改法 column of the codes table.
    public var explanation: String
    /// One message as zhengfeng prints it, `file:line:col: 级别: text [CODE]`; the 例子 column.
    public var message: String
    /// What causes it.
    public var wrong: DiagnosticExample
    /// The same, corrected.
    public var fixed: DiagnosticExample

    public init(_ code: String, _ severity: Severity, _ group: DiagnosticGroup, title: String,
                explanation: String, message: String, wrong: DiagnosticExample, fixed: DiagnosticExample) {
        self.code = code
        self.severity = severity
        self.group = group
        self.title = title
        self.explanation = explanation
        self.message = message
        self.wrong = wrong
        self.fixed = fixed
    }
}

/// The one list of every diagnostic code zhengfeng emits. The entries themselves are in
/// DiagnosticCatalog+Entries.swift.
public enum DiagnosticCatalog {
    private static let byCode: [String: DiagnosticEntry] =
        Dictionary(entries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    /// The entry for `code`, or nil when zhengfeng has no such code.
    public static func entry(for code: String) -> DiagnosticEntry? {
        byCode[code]
    }

    /// What an editor typed, as a code: upper case, `-` read as `_`, and the square brackets
    /// of a copied message (`[LINK_BROKEN]`) dropped.
    public static func normalized(_ query: String) -> String {
        query.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "[]【】")))
            .uppercased().replacingOccurrences(of: "-", with: "_")
    }

    /// Up to `limit` known codes nearest to an unknown `query`: first the codes containing it,
    /// then those sharing more of its words, then the fewest edits away.
    public static func nearest(to query: String, limit: Int = 3) -> [String] {
        let query = normalized(query)
        let words = Set(query.split(separator: "_"))
        func rank(_ code: String) -> (Int, Int, Int, String) {
            let shared = Set(code.split(separator: "_")).intersection(words).count
            return (query.isEmpty || !code.contains(query) ? 1 : 0, -shared,
                    KeySuggestion.distance(query, code), code)
        }
        return entries.map(\.code).sorted { rank($0) < rank($1) }.prefix(limit).map { $0 }
    }
}
