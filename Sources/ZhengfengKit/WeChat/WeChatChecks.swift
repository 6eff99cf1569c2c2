import Foundation

/// The limits of the WeChat official account's draft API (草稿箱 / 新建草稿) an article is
/// checked against, and the checks themselves. Every message names the article's file and
/// line and says what to change.
public enum WeChatLimits {
    public static let title = 32
    public static let author = 16
    public static let digest = 128
    /// The content must stay below this many characters, counted over the whole HTML.
    public static let contentCharacters = 20_000
    /// …and below this many bytes.
    public static let contentBytes = 1 << 20
    public static let imageBytes = 10 << 20
    public static let gifFrames = 300
    /// Cover width : height, and how far from it a cover may be.
    public static let coverRatio = 2.35
    public static let coverTolerance = 0.03

    /// Characters of an HTML string as the editor counts them (UTF-16 code units, as JavaScript does).
    public static func characters(_ html: String) -> Int { html.utf16.count }
}

enum WeChatChecks {
    /// The texts and content of one article against the draft-API limits.
    static func limits(_ source: WeChatSource, fragment: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let name = "文章《\(source.title)》"
        if source.title.count > WeChatLimits.title {
            found.append(.error("WECHAT_TITLE_TOO_LONG",
                                "\(name)的标题有 \(source.title.count) 个字，公众号标题最多 \(WeChatLimits.title) 个字。请缩短 title:，或删去不必要的字词。",
                                at: source.titleLocation))
        }
        if source.author.count > WeChatLimits.author {
            found.append(.error("WECHAT_AUTHOR_TOO_LONG",
                                "\(name)的作者“\(source.author)”有 \(source.author.count) 个字，公众号作者最多 \(WeChatLimits.author) 个字。请在 source:（或 site.yml 的 wechat.author）写简称，例如“秦都区纪委监委”。",
                                at: source.authorLocation))
        }
        if source.digest.count > WeChatLimits.digest {
            found.append(.error("WECHAT_DIGEST_TOO_LONG",
                                "\(name)的摘要有 \(source.digest.count) 个字，公众号摘要最多 \(WeChatLimits.digest) 个字。请把 summary: 缩短到 \(WeChatLimits.digest) 个字以内。",
                                at: source.digestLocation))
        }
        let characters = WeChatLimits.characters(fragment)
        let bytes = fragment.utf8.count
        if characters >= WeChatLimits.contentCharacters || bytes >= WeChatLimits.contentBytes {
            found.append(.error("WECHAT_CONTENT_TOO_LONG",
                                "\(name)导出后有 \(characters) 个字符（\(bytes) 字节，含排版代码），公众号正文须少于 \(WeChatLimits.contentCharacters) 个字符、1 MB。请把文章拆成上下两篇，或删减表格和长列表。",
                                at: SourceLocation(file: source.sourcePath)))
        }
        found += links(in: fragment, source: source)
        return found
    }

    /// A link the editor would drop (anything not on mp.weixin.qq.com) left in the fragment.
    /// The writer turns every such link into a reference, so this guards the writer.
    static func links(in fragment: String, source: WeChatSource) -> [Diagnostic] {
        guard let nodes = HTMLTree.parse(fragment) else { return [] }
        var found: [Diagnostic] = []
        func visit(_ node: HTMLNode) {
            guard case let .element(name, attributes, children) = node else { return }
            if name == "a", !WeChatFragmentWriter.isWeChatLink(attributes["href"] ?? "") {
                found.append(.error("WECHAT_EXTERNAL_LINK",
                                    "文章《\(source.title)》导出后还有指向 \(attributes["href"] ?? "") 的链接，公众号编辑器会把它删掉。请把它改成普通文字加网址，或联系技术人员。",
                                    at: SourceLocation(file: source.sourcePath)))
            }
            children.forEach(visit)
        }
        nodes.forEach(visit)
        return found
    }

    /// The images and cover of one article, read from content/ in `siteDirectory`.
    static func images(_ source: WeChatSource, siteDirectory: URL, baseURL: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let name = "文章《\(source.title)》"
        if !baseURL.lowercased().hasPrefix("https://"), !source.images.isEmpty || source.cover != nil {
            found.append(.warning("WECHAT_IMAGE_NOT_HTTPS",
                                  "\(name)的图片地址以 \(baseURL) 开头，不是 https，公众号编辑器粘贴时可能取不到图片。请把 site.yml 的 base_url 改成 https:// 开头的网址。",
                                  at: source.images.first?.location ?? source.cover!.location))
        }
        for image in source.images {
            guard let data = FileManager.default.contents(atPath: siteDirectory.appendingPathComponent("content/" + image.contentPath).path) else { continue }
            let facts = ImageFacts(data: data, name: image.contentPath)
            var problem: String?
            if facts.bytes > WeChatLimits.imageBytes {
                problem = String(format: "有 %.1f MB，超过公众号的 10 MB 上限。请压缩图片（例如另存为质量 80%% 的 JPEG）", Double(facts.bytes) / 1_048_576)
            } else if facts.format == .svg {
                problem = "是 SVG 矢量图，公众号编辑器不接收。请另存为 PNG 或 JPEG"
            } else if facts.format == .gif, facts.frames > WeChatLimits.gifFrames {
                problem = "是 \(facts.frames) 帧的动图，公众号最多接收 \(WeChatLimits.gifFrames) 帧。请减少帧数，或换成静态图片"
            }
            if let problem {
                found.append(.warning("WECHAT_IMAGE_REJECTED", "\(name)的图片 \(image.contentPath) \(problem)。", at: image.location))
            }
        }
        if let cover = source.cover {
            let path = siteDirectory.appendingPathComponent("content/" + cover.contentPath).path
            guard let data = FileManager.default.contents(atPath: path) else {
                found.append(.error("WECHAT_COVER_NOT_FOUND",
                                    "\(name)的封面 \(cover.contentPath) 找不到。请检查 cover: 写的文件名（相对于文章所在的文件夹），并把图片放在 content 里。",
                                    at: cover.location))
                return found
            }
            let facts = ImageFacts(data: data, name: cover.contentPath)
            if let width = facts.width, let height = facts.height, height > 0 {
                let ratio = Double(width) / Double(height)
                if abs(ratio - WeChatLimits.coverRatio) / WeChatLimits.coverRatio > WeChatLimits.coverTolerance {
                    found.append(.warning("WECHAT_COVER_RATIO",
                                          String(format: "\(name)的封面 \(cover.contentPath) 是 %d×%d 像素（%.2f : 1），公众号封面是 2.35 : 1，会被裁掉一部分。请裁成 2.35 : 1，例如 900×383 像素。", width, height, ratio),
                                          at: cover.location))
                }
            } else {
                found.append(.warning("WECHAT_COVER_RATIO",
                                      "\(name)的封面 \(cover.contentPath) 读不出尺寸（不是 PNG、JPEG 或 GIF）。公众号封面是 2.35 : 1 的 PNG 或 JPEG，例如 900×383 像素。",
                                      at: cover.location))
            }
        }
        return found
    }

    /// Under `--release`: each placeholder the article still shows. Those of the settings
    /// every article's ending shows (channels, base_url) are worded without the article, so
    /// the export reports each of them once.
    static func placeholders(_ source: WeChatSource) -> [Diagnostic] {
        source.placeholders.map { found in
            let what: String
            switch found.kind {
            case .samplePage: what = "是示例页面（sample: true），内容是编的"
            case .sampleData: what = "用了示例工作数据（\(found.what)）"
            case .exampleDomain: what = "还用着示例网址 \(found.written)（\(found.what)）"
            case .text, .missingSetting: what = "还有待填内容 \(found.written.isEmpty ? found.what : found.written)"
            }
            let subject = found.location.file == source.sourcePath ? "文章《\(source.title)》" : "每篇文章末尾的举报途径或网址"
            return .error("WECHAT_PLACEHOLDER", "\(subject)\(what)，不能正式发到公众号。请换成核实过的真实内容后再导出。",
                          at: found.location)
        }
    }
}
