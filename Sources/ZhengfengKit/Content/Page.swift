import Foundation

/// What a Markdown file is for.
public enum PageKind: String, Sendable {
    /// `content/_index.md`
    case home
    /// `content/<section>/_index.md` (or a section with no `_index.md`)
    case section
    /// Any other `.md` file.
    case page
}

/// One Markdown file, loaded and typed, before rendering.
public struct Page: Sendable {
    /// Path inside content/, with `/`: `channels/phone.md`. Unique; the key for links.
    public var contentPath: String
    /// Path shown in diagnostics, relative to the site folder: `content/channels/phone.md`.
    public var sourcePath: String
    public var kind: PageKind
    /// Folder inside content/ of the section the page belongs to (`""` for the home page).
    public var sectionPath: String
    /// The typed front matter. It lives behind one shared reference: a `Page` is copied into
    /// every `RenderedPage` and list, and 100,000 inline copies of it would cost 100 MB each.
    public var frontMatter: FrontMatter {
        _read { yield frontMatterBox.value }
        set { frontMatterBox = FrontMatterBox(newValue) }
    }
    private var frontMatterBox: FrontMatterBox
    /// The Markdown after the front matter (see `PageBody`: perhaps read from the file again).
    public var bodySource: PageBody
    /// File lines before the body's first line, to map body positions to file positions.
    public var bodyLineOffset: Int
    /// Output path of the page's folder, relative to the site root: `channels/phone/` (`""` for home).
    public var urlPath: String
    /// The YAML between the `---` lines as written (it starts on file line 2), for the privacy check.
    public var frontMatterText: String = ""
    /// True for a home or section page zhengfeng made up because the folder has no `_index.md`.
    public var isGenerated = false

    public var title: String { frontMatter.title }
    public var date: PageDate? { frontMatter.date }
    public var isPublic: Bool { frontMatter.visibility == .public }
    public var body: String { bodySource.text }

    init(contentPath: String, sourcePath: String, kind: PageKind, sectionPath: String, frontMatter: FrontMatter,
         body: PageBody, bodyLineOffset: Int, urlPath: String, frontMatterText: String = "", isGenerated: Bool = false) {
        self.contentPath = contentPath
        self.sourcePath = sourcePath
        self.kind = kind
        self.sectionPath = sectionPath
        self.frontMatterBox = FrontMatterBox(frontMatter)
        self.bodySource = body
        self.bodyLineOffset = bodyLineOffset
        self.urlPath = urlPath
        self.frontMatterText = frontMatterText
        self.isGenerated = isGenerated
    }

    /// A page whose Markdown stays in memory.
    init(contentPath: String, sourcePath: String, kind: PageKind, sectionPath: String, frontMatter: FrontMatter,
         body: String, bodyLineOffset: Int, urlPath: String, frontMatterText: String = "", isGenerated: Bool = false) {
        self.init(contentPath: contentPath, sourcePath: sourcePath, kind: kind, sectionPath: sectionPath,
                  frontMatter: frontMatter, body: PageBody(body), bodyLineOffset: bodyLineOffset, urlPath: urlPath,
                  frontMatterText: frontMatterText, isGenerated: isGenerated)
    }
}

/// One page's front matter, immutable: changing a page's front matter puts a new box in.
private final class FrontMatterBox: Sendable {
    let value: FrontMatter

    init(_ value: FrontMatter) {
        self.value = value
    }
}

/// A folder of content/: its own page (from `_index.md`, or generated) and its pages.
public struct Section: Sendable {
    /// Folder path inside content/ (`channels`, `news/2026`).
    public var path: String
    /// Content path of the section's page (`channels/_index.md`, which may not exist as a file).
    public var indexPath: String
    /// Content paths of the section's own pages (not subsections), in display order.
    public var pagePaths: [String]
    /// Folder paths of direct subsections.
    public var subsectionPaths: [String]
}

/// Everything loaded from content/: configuration, data, pages, sections, static files.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    public var channels: [Channel]
    /// The “归不归纪委监委管？” tree of data/scope-check.yml, when the site has one without errors.
    public var scopeCheck: ScopeCheck? = nil
    /// Data files by name (`channels` for data/channels.yml).
    public var data: [(name: String, value: YAMLValue)]
    /// Every page by content path (all of them, before drafts or internal pages are removed).
    public var pages: [String: Page]
    /// Sections by folder path; the root section (`""`) holds the home page.
    public var sections: [String: Section]
    /// Non-Markdown files inside content/ (images, PDFs), as content paths.
    public var staticFiles: [String]
    /// Decoded text of site.yml and the data files, by display path, for the privacy check.
    public var configTexts: [(file: String, text: String)] = []
    /// Markdown files that could not be loaded (their errors are reported); links to them are
    /// not reported again as broken.
    public var unloadedPages: Set<String> = []
    /// The content/ folder on disk, to read image sizes and attachment sizes (nil in tests
    /// that build a site in memory).
    public var contentDirectory: URL?
    /// Pages' files that no longer gave the text they had when loaded (see `PageBody`).
    public var bodyRereads = BodyRereads()
}
