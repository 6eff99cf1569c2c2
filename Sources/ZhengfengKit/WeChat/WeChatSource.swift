import Foundation

/// The `wechat:` settings of site.yml: the account's standard ending and default author.
///
/// ```yaml
/// wechat:
///   author: 秦都区纪委监委        # 作者（不超过 16 个字），页面的 source: 优先
///   ending:                      # 每篇文章末尾的固定结尾（举报途径和网址之后）
///     - 欢迎关注“清风秦都”。
/// ```
public struct WeChatSettings: Sendable, Equatable {
    public var author = ""
    public var ending: [String] = []

    public init(config: SiteConfig) {
        guard let settings = config.raw["wechat"] else { return }
        author = settings["author"]?.text ?? ""
        switch settings["ending"] {
        case .array(let items)?: ending = items.compactMap(\.text)
        case let value?: ending = value.text.map { [$0] } ?? []
        case nil: break
        }
    }
}

/// What the export needs of one published page, typed: its texts, its HTML with site links
/// made absolute, its images and cover, and where each came from (for messages).
public struct WeChatSource: Sendable {
    public let contentPath: String
    /// `content/news/a.md`, for messages.
    public let sourcePath: String
    public let title: String
    public let author: String
    /// From `summary:` or the automatic summary.
    public let digest: String
    /// The page on the website (阅读原文).
    public let canonicalURL: String
    /// Safe HTML of the body, site links absolute (`SiteURLs.absolutized`).
    public let html: String
    /// Images the body shows that are files of content/, with where they are written.
    public let images: [(contentPath: String, location: SourceLocation)]
    /// The `cover:` image as a content path, with where it is set.
    public let cover: (contentPath: String, location: SourceLocation)?
    /// Where the title is set (line of `title:`).
    public let titleLocation: SourceLocation
    public let authorLocation: SourceLocation
    public let digestLocation: SourceLocation
    /// The page's placeholders, and those of the settings its ending shows.
    public let placeholders: [Placeholder]

    /// The source of a published page of `site`.
    public init(_ rendered: RenderedPage, site: PublishedSite, settings: WeChatSettings) {
        let page = rendered.page
        let fileStart = SourceLocation(file: page.sourcePath)
        contentPath = page.contentPath
        sourcePath = page.sourcePath
        title = page.title
        author = page.frontMatter.source ?? settings.author
        digest = rendered.summary
        canonicalURL = site.canonicalURL(page.urlPath)
        html = site.config.urls.absolutized(rendered.html)
        titleLocation = page.frontMatter.valueLocations["title"] ?? fileStart
        authorLocation = page.frontMatter.valueLocations["source"] ?? fileStart
        digestLocation = page.frontMatter.valueLocations["summary"] ?? fileStart
        images = rendered.links.compactMap { link in
            guard link.reference.isImage, case .file(let path) = link.target else { return nil }
            return (path, SourceLocation(file: page.sourcePath, line: page.bodyLineOffset + link.reference.line,
                                         column: link.reference.column))
        }
        if let value = page.frontMatter.params.first(where: { $0.key == "cover" })?.value.text, !value.isEmpty {
            let folder = (page.contentPath as NSString).deletingLastPathComponent
            let joined = value.hasPrefix("/") ? String(value.dropFirst()) : (folder as NSString).appendingPathComponent(value)
            cover = ((joined as NSString).standardizingPath, page.frontMatter.valueLocations["cover"] ?? fileStart)
        } else {
            cover = nil
        }
        placeholders = PlaceholderScanner.scan(content: site.source, published: [page]).filter { found in
            switch found.location.file {
            case page.sourcePath, "content/data/channels.yml": return true
            case "content/site.yml": return ["base_url", "hotline"].contains(found.field) || found.field.hasPrefix("wechat")
            default: return false
            }
        }
    }

    /// Front matter keys the WeChat export reads from `page.params`: `cover:` (the cover
    /// image, 2.35 : 1) and `wechat: false` (leave the page out of the export).
    public static let frontMatterKeys = ["cover", "wechat"]

    /// Whether the page is an article the export takes without being named: a public
    /// page (not a home or section page) that does not say `wechat: false`.
    public static func isArticle(_ page: Page) -> Bool {
        page.kind == .page && page.isPublic
            && page.frontMatter.params.first(where: { $0.key == "wechat" })?.value != .bool(false)
    }
}
