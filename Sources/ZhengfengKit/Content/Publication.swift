import Foundation

/// What a build publishes, decided in one place: the pages (`PageSelection`), and the files
/// of content/ besides pages (images, PDFs, spreadsheets): only those a published page
/// refers to and that are not withheld as internal. A file that sits in content/ with no
/// page pointing at it (a working copy, a scanned ID card) is never published, and the
/// checks name it. content/data/ and never-published names (`ContentFileName.isNeverPublished`)
/// are not even listed as files.
///
/// Every page's Markdown is read once: published pages by the Markdown stage, the others
/// here for their links only (a draft's picture is not a stray file; a file only internal
/// pages use is withheld).
public struct Publication: Sendable {
    /// Published pages by content path, rendered.
    public let pages: [String: RenderedPage]
    /// The files a build copies, in content order.
    public let files: [String]
    /// Files left out because they are internal (inside an internal section, or used only by
    /// internal pages), in content order; empty for an `--internal` build.
    public let withheldFiles: [String]
    /// Files no page refers to, published or not, in content order.
    public let unreferencedFiles: [String]

    /// Decides for `content`, whose published pages `stage` rendered into `pages`.
    public init(content: SiteContent, pages: [String: RenderedPage], stage: MarkdownStage, includeInternal: Bool) {
        self.pages = pages
        let staticFiles = Set(content.staticFiles)
        var links: [String: [LinkTarget]] = [:]
        for page in content.pages.values where !page.isGenerated {
            if let rendered = pages[page.contentPath] {
                links[page.contentPath] = rendered.links.map(\.target) + rendered.attachments.map { .file($0.file) }
            } else {
                links[page.contentPath] = stage.renderMarkdown(page, html: false, positions: false).links.map(\.target)
                    + page.frontMatter.attachments.map { stage.index.resolve($0.file, from: page.contentPath) }
            }
        }
        var published: Set<String> = [], anyPage: Set<String> = [], publicUse: Set<String> = [], internalUse: Set<String> = []
        for (path, targets) in links {
            let files = Self.references(of: targets, staticFiles: staticFiles)
            anyPage.formUnion(files)
            if pages[path] != nil { published.formUnion(files) }
            if content.pages[path]!.isPublic {
                if pages[path] != nil { publicUse.formUnion(files) }
            } else {
                internalUse.formUnion(files)
            }
        }
        let withheld = includeInternal ? [] : content.staticFiles.filter { file in
            Self.isInInternalFolder(file, content: content) || (internalUse.contains(file) && !publicUse.contains(file))
        }
        let withheldSet = Set(withheld)
        self.withheldFiles = withheld
        self.files = content.staticFiles.filter { published.contains($0) && !withheldSet.contains($0) }
        self.unreferencedFiles = content.staticFiles.filter { !anyPage.contains($0) }
    }

    /// Files that links refer to. This is the one place that says what counts as a
    /// reference: a Markdown link or image to a file, or a site path (`/files/a.pdf`) that
    /// names one, or a file in the page's 附件 list (`attachments:`).
    static func references(of links: [LinkTarget], staticFiles: Set<String>) -> Set<String> {
        var files: Set<String> = []
        for target in links {
            switch target {
            case .file(let file):
                files.insert(file)
            case .sitePath(let path) where staticFiles.contains(path):
                files.insert(path)
            default:
                continue
            }
        }
        return files
    }

    /// True when a content path lies inside a section whose `_index.md` is internal.
    static func isInInternalFolder(_ path: String, content: SiteContent) -> Bool {
        var folder = path
        while let slash = folder.lastIndex(of: "/") {
            folder = String(folder[..<slash])
            if isInternalSection(folder, content: content) { return true }
        }
        return false
    }

    /// True when the section's own page is internal.
    static func isInternalSection(_ folder: String, content: SiteContent) -> Bool {
        guard let section = content.sections[folder], let index = content.pages[section.indexPath] else { return false }
        return !index.isPublic
    }
}
