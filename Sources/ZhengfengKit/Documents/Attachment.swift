import Foundation
import Markdown

/// One file listed under `attachments:` in a page's front matter: a file name (relative to
/// the page, like a link) and the title shown in the 附件 list.
///
/// ```yaml
/// attachments:
///   - title: 信访举报登记表
///     file: 登记表.docx
///   - 受理流程图.pdf          # the file name is the title
/// ```
public struct AttachmentEntry: Sendable, Equatable {
    public var title: String
    public var file: String
    /// Where the entry is written, for messages.
    public var location: SourceLocation

    static func parse(_ node: YAMLNode?, fields: inout YAMLFields) -> [AttachmentEntry] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            fields.report("ATTACHMENTS_FORMAT", "attachments 要写成列表：每个附件一项，以“- ”开头，下一行写“  file: 文件名”，或只写“- 文件名”。", at: node)
            return []
        }
        var entries: [AttachmentEntry] = []
        for item in items {
            let location = fields.location(of: item)
            if let text = item.scalarText, !text.isEmpty {
                entries.append(AttachmentEntry(title: (text as NSString).deletingPathExtension, file: text, location: location))
                continue
            }
            let pairs = item.mapping ?? []
            let file = pairs.first { $0.key.scalarText == "file" }?.value.scalarText ?? ""
            guard !file.isEmpty else {
                fields.report("ATTACHMENTS_FORMAT", "这个附件缺少“file: 文件名”。每个附件写成“- title: 标题”和下一行“  file: 文件名”。", at: item)
                continue
            }
            let title = pairs.first { $0.key.scalarText == "title" }?.value.scalarText
            entries.append(AttachmentEntry(title: title ?? (file as NSString).deletingPathExtension, file: file, location: location))
        }
        return entries
    }
}

/// A file in a page's 附件 list, resolved: what the list shows and where it links.
public struct PageAttachment: Sendable, Equatable {
    public var title: String
    /// The file's content path (`notices/登记表.docx`).
    public var file: String
    /// What the list says the file is: PDF, Word 文档, Excel 表格, OFD, ZIP 压缩包.
    public var kind: String
    public var bytes: Int

    /// 「PDF，236 KB」.
    public var label: String { "\(kind)，\(Self.size(bytes))" }

    /// The file kinds that go in a 附件 list, by lower-case extension.
    public static let kinds: [String: String] = [
        "pdf": "PDF", "doc": "Word 文档", "docx": "Word 文档", "xls": "Excel 表格", "xlsx": "Excel 表格",
        "ofd": "OFD", "zip": "ZIP 压缩包",
    ]

    /// The kind for a file name, or nil when it is not an attachment kind.
    public static func kind(of file: String) -> String? {
        kinds[(file as NSString).pathExtension.lowercased()]
    }

    /// `236 KB` or `1.4 MB`, rounded up (a file just over 1 MB never reads “1.0 MB”).
    public static func size(_ bytes: Int) -> String {
        if bytes < 1024 * 1024 { return "\(max(1, (bytes + 1023) / 1024)) KB" }
        let tenths = (bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}

/// The 附件 list at the end of a page.
enum AttachmentHTML {
    static func render(_ attachments: [(attachment: PageAttachment, url: String)]) -> String {
        guard !attachments.isEmpty else { return "" }
        var html = "<section class=\"attachments\" aria-label=\"附件\">\n<h2 class=\"attachments-title\">附件</h2>\n<ol>\n"
        for (attachment, url) in attachments {
            html += "<li><a href=\"\(HTMLEscaping.href(url))\">\(HTMLEscaping.text(attachment.title))</a>"
            html += " <span class=\"attachment-meta\">（\(HTMLEscaping.text(attachment.label))）</span></li>\n"
        }
        html += "</ol>\n</section>\n"
        return html
    }
}
