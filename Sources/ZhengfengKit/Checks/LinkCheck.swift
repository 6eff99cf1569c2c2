import Foundation
import Markdown

/// Checks every link and image of the published pages: targets exist, anchors exist,
/// images have alt text, and public pages do not link to internal or unpublished ones.
public enum LinkCheck {
    public static func run(rendered: [String: RenderedPage], content: SiteContent) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for path in rendered.keys.sorted() {
            let page = rendered[path]!
            for (reference, target) in page.links {
                let location = SourceLocation(file: page.page.sourcePath,
                                              line: page.page.bodyLineOffset + reference.line,
                                              column: reference.column)
                let what = reference.isImage ? "图片" : "链接"
                if reference.isImage && reference.text.trimmingCharacters(in: .whitespaces).isEmpty {
                    diagnostics.append(.warning("IMAGE_NO_ALT",
                                                "图片缺少文字说明。请写成 ![图片内容的简短说明](\(reference.destination))，方便视障读者和图片无法显示时阅读。",
                                                at: location))
                }
                if reference.destination.hasPrefix("#") {
                    let fragment = String(reference.destination.dropFirst()).removingPercentEncoding ?? ""
                    if let problem = anchorProblem(fragment, in: page) { diagnostics.append(.error("LINK_ANCHOR", problem, at: location)) }
                    continue
                }
                switch target {
                case .missingPage(let target):
                    diagnostics.append(.error("LINK_BROKEN",
                                              "\(what)指向的页面 content/\(target) 不存在。请检查文件名和路径（路径相对于当前文件，上一级用 ../）。",
                                              at: location))
                case .missingFile(let target):
                    diagnostics.append(.error(reference.isImage ? "IMAGE_MISSING" : "LINK_BROKEN",
                                              "\(what)指向的文件 content/\(target) 不存在。请把文件放进 content 文件夹，或改正路径。",
                                              at: location))
                case .outsideContent:
                    diagnostics.append(.error("LINK_OUTSIDE",
                                              "\(what)“\(reference.destination)”指向 content 文件夹以外，发布后无法访问。",
                                              at: location))
                case .missingSitePath(let path):
                    diagnostics.append(.error(reference.isImage ? "IMAGE_MISSING" : "LINK_BROKEN",
                                              "\(what)“\(reference.destination)”指向本站的网址 /\(path)，但网站上没有这个页面或文件。链接本站的页面，请写成相对于当前文件的 Markdown 文件路径，例如 [电话举报](../channels/phone.md)，生成时会自动换成正确的网址。",
                                              at: location))
                case .computerPath:
                    diagnostics.append(.error("LINK_LOCAL_PATH", localPathMessage(reference, what: what), at: location))
                case let .page(target, fragment):
                    guard let targetPage = content.pages[target] else { continue }
                    if !targetPage.isPublic && page.page.isPublic {
                        diagnostics.append(.error("LINK_TO_INTERNAL",
                                                  "公开页面不能链接内部页面 \(targetPage.sourcePath)（visibility: internal）。请删除这个链接。",
                                                  at: location))
                        continue
                    }
                    guard let published = rendered[target] else {
                        diagnostics.append(.warning("LINK_TO_UNPUBLISHED",
                                                    "链接指向的页面 \(targetPage.sourcePath) 本次不发布（草稿、未到发布日期或已过期），读者点开会看到“页面不存在”。",
                                                    at: location))
                        continue
                    }
                    if let fragment, !fragment.isEmpty, let problem = anchorProblem(fragment, in: published) {
                        diagnostics.append(.error("LINK_ANCHOR", problem, at: location))
                    }
                case .file(let file) where page.page.isPublic && Publication.isInInternalFolder(file, content: content):
                    diagnostics.append(.error("LINK_TO_INTERNAL",
                                              "公开页面不能引用内部栏目里的文件 content/\(file)，它不会对外发布。请把文件移到公开栏目，或删除这个\(what)。",
                                              at: location))
                case .external, .file, .sitePath:
                    continue
                }
            }
        }
        return diagnostics
    }

    /// The message for a link to the editor's computer, with the fix spelled out.
    static func localPathMessage(_ reference: LinkReference, what: String) -> String {
        let destination = reference.destination
        let isAbsolute = destination.hasPrefix("\\") || destination.lowercased().hasPrefix("file:")
            || (destination.unicodeScalars.dropFirst().first == ":")
        let problem = "\(what)“\(destination)”是本机电脑上的文件位置，读者的电脑和手机上没有这个文件，点开是空的。"
        if !isAbsolute {
            let fixed = destination.replacingOccurrences(of: "\\", with: "/")
            let sample = (reference.isImage ? "!" : "") + "[\(reference.text)](\(fixed))"
            return problem + "网址里的文件夹要用斜杠 / 分隔，请写成 \(sample)。"
        }
        let name = destination.split(whereSeparator: { $0 == "\\" || $0 == "/" }).last.map(String.init) ?? "文件名"
        let shown = name.removingPercentEncoding ?? name
        let text = reference.text.isEmpty ? "说明" : reference.text
        let sample = reference.isImage ? "![\(text)](\(shown))" : "[\(text)](\(shown))"
        return problem + "请把 \(shown) 复制到 content 里本页所在的文件夹，再写成 \(sample)。"
    }

    /// Why `#fragment` does not name a heading of `page`, or nil when it does.
    static func anchorProblem(_ fragment: String, in page: RenderedPage) -> String? {
        guard !fragment.isEmpty, !page.headings.contains(where: { $0.id == fragment }) else { return nil }
        let known = page.headings.prefix(8).map(\.id).joined(separator: "、")
        return "页面 \(page.page.sourcePath) 中没有小标题“#\(fragment)”。可用的有：\(known.isEmpty ? "（无）" : known)。"
    }
}
