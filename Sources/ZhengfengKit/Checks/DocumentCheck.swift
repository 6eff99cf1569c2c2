import Foundation
import Markdown

/// Reports what rendering found in editors' documents: table blocks that cannot be read,
/// pipe tables, footnotes and indented prose that libcmark shows differently from what was
/// meant, attachments whose file is missing, and images too large for phones.
public enum DocumentCheck {
    /// Images above this many bytes are reported (`IMAGE_TOO_LARGE`).
    static let imageByteLimit = 1 << 20

    public static func run(rendered: [String: RenderedPage], content: SiteContent) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for path in rendered.keys.sorted() {
            let page = rendered[path]!
            func at(_ line: Int, _ column: Int) -> SourceLocation {
                SourceLocation(file: page.page.sourcePath, line: page.page.bodyLineOffset + line, column: column)
            }
            for finding in page.findings {
                switch finding {
                case .table(let problem):
                    diagnostics.append(diagnostic(for: problem, at: at(problem.line, problem.column)))
                case .notice(let notice):
                    diagnostics.append(diagnostic(for: notice, at: at(notice.line, notice.column)))
                case .attachmentMissing(let entry):
                    diagnostics.append(.error("ATTACHMENT_MISSING",
                                              "附件“\(entry.file)”找不到。请把文件放在本页所在的文件夹里（或改正 file: 后面的文件名，路径相对于本页）。",
                                              at: entry.location))
                }
            }
            guard let directory = content.contentDirectory else { continue }
            for (reference, target) in page.links where reference.isImage {
                guard case .file(let file) = target,
                      let bytes = (try? FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(file).path))?[.size] as? Int,
                      bytes > imageByteLimit else { continue }
                diagnostics.append(.warning("IMAGE_TOO_LARGE",
                                            "图片 content/\(file) 有 \(PageAttachment.size(bytes))，手机上打开很慢、耗流量。请把它缩小到 1 MB 以内再放进来（例如用画图“重新调整大小”为宽 1600 像素，或另存为质量 80% 的 JPEG）。",
                                            at: at(reference.line, reference.column)))
            }
        }
        return diagnostics
    }

    static func diagnostic(for problem: TableProblem, at location: SourceLocation) -> Diagnostic {
        switch problem.kind {
        case let .ragged(row, cells, expected):
            return .error("TABLE_RAGGED",
                          "表格第 \(row) 行有 \(cells) 格，而第 1 行有 \(expected) 格。请让每一行的格数相同：空格子也要留出位置（用逗号或 Tab 隔开），单元格里的英文逗号要把整个单元格用英文双引号括起来。",
                          at: location)
        case .empty:
            return .error("TABLE_EMPTY",
                          "表格是空的。请把表格内容（从 Excel 或 WPS 复制的单元格）粘贴在 ```表格 和 ``` 两行之间，或删除这个表格。",
                          at: location)
        case .unclosedQuote:
            return .error("TABLE_QUOTE_UNCLOSED",
                          "表格在这一行有一个英文双引号 \" 没有配对，后面的内容都被当成了同一个单元格。请补上结尾的 \"，或把引号改成中文引号“”。",
                          at: location)
        case .strayQuote:
            return .error("TABLE_QUOTE",
                          "表格这一行的单元格中间有英文双引号 \"。请改用中文引号“”；或把整个单元格用英文双引号括起来，里面的引号写两遍（\"关于\"\"清风\"\"行动\"）。",
                          at: location)
        case .option(let text):
            return .error("TABLE_OPTION",
                          "表格第一行的设置有误：\(text)。写法例如：```表格 标题=\"2026年受理情况\" 表头=1 对齐=左右右",
                          at: location)
        }
    }

    static func diagnostic(for notice: MarkdownNotice, at location: SourceLocation) -> Diagnostic {
        switch notice.kind {
        case .pipeTable:
            return .warning("MARKDOWN_PIPE_TABLE",
                            "这里像是用竖线 | 画的表格（“\(notice.excerpt)”），网站不支持这种写法，会显示成一段带竖线的文字。请改用表格块：第一行写 ```表格，接着粘贴从 Excel/WPS 复制的单元格（或用逗号分隔每一格），最后一行写 ```。",
                            at: location)
        case .footnote:
            return .warning("MARKDOWN_FOOTNOTE",
                            "网站不支持脚注“\(notice.excerpt)”，会原样显示成方括号文字。请把注释直接写进正文的括号里，或写在文末“注：”一段中。",
                            at: location)
        case .indentedProse:
            return .warning("MARKDOWN_INDENTED_PROSE",
                            "这段文字（“\(notice.excerpt)”）前面有 4 个以上空格或 Tab（常见于从 Word 复制的首行缩进），会被显示成灰底等宽的“代码”。请删除段首的空格或 Tab；段落之间空一行即可，网站会自动排版。",
                            at: location)
        case .htmlTag:
            return .warning("MARKDOWN_HTML",
                            "HTML 标记“\(notice.excerpt)”不会显示，已被去掉（它前后的文字照常显示）。\(htmlAdvice(RawHTML.name(of: notice.excerpt)))",
                            at: location)
        case .htmlBlock:
            return .warning("MARKDOWN_HTML",
                            "从“\(notice.excerpt)”开始的这段 HTML 整段不会显示，里面的文字也不会出现在网页上。\(htmlAdvice(RawHTML.name(of: notice.excerpt)))",
                            at: location)
        }
    }

    /// What to write instead of an HTML element, in Markdown.
    static func htmlAdvice(_ element: String) -> String {
        switch element {
        case "br":
            return "要换行请空一行，另起一段。"
        case "p", "div", "section", "article":
            return "分段只要在两段之间空一行，网站会自动排版。"
        case "font", "span", "b", "strong", "u", "em", "i", "mark", "big", "small", "center":
            return "要强调的文字请写成 **加粗**（两边各两个英文星号）；颜色、字号和居中由网站统一排版。"
        case "img", "picture", "figure":
            return "图片请写成 ![图片内容的简短说明](图片文件名.jpg)，图片文件放在本页旁边。"
        case "table", "thead", "tbody", "tr", "td", "th", "caption":
            return "表格请写成表格块：第一行写 ```表格，接着粘贴从 Excel/WPS 复制的单元格，最后一行写 ```。"
        case "a":
            return "链接请写成 [链接文字](网址或文件名.md)。"
        case "h1", "h2", "h3", "h4", "h5", "h6":
            return "小标题请写成单独一行：## 小标题。"
        case "ul", "ol", "li":
            return "列表请每项一行，以“- ”或“1. ”开头。"
        case "hr":
            return "分隔线请写成单独一行 ***，前后各空一行。"
        case "iframe", "script", "style", "video", "audio", "embed", "object", "form", "input":
            return "网站不嵌入视频、脚本和表单；请写一个链接，例如 [视频：启动会现场](网址)。"
        default:
            return "请删去它，改用 Markdown 写法（见 docs/editing.md）。"
        }
    }
}
