import Markdown

/// Which files of content/ besides pages (images, PDFs, spreadsheets) a build publishes:
/// only those a published page refers to. A file that sits in content/ with no page
/// pointing at it (a working copy, a scanned ID card) is never published, and the build
/// names it. content/data/ and never-published names (`ContentFileName.isNeverPublished`)
/// are not even listed as files.
public enum PublishedFiles {
    /// Files that `page` refers to. This is the one place that says what counts as a
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

    /// Files the published (rendered) pages refer to.
    public static func referencedByPublishedPages(content: SiteContent, rendered: [String: RenderedPage]) -> Set<String> {
        let staticFiles = Set(content.staticFiles)
        var files: Set<String> = []
        for page in rendered.values {
            files.formUnion(references(of: page.links.map(\.target), staticFiles: staticFiles))
            files.formUnion(page.attachments.map(\.file))
        }
        return files
    }

    /// Files some page refers to, published or not (a draft's picture is not a stray file).
    static func referencedByAnyPage(content: SiteContent, rendered: [String: RenderedPage]) -> Set<String> {
        let staticFiles = Set(content.staticFiles)
        var files = referencedByPublishedPages(content: content, rendered: rendered)
        let index = LinkIndex(pagePaths: Set(content.pages.keys), staticFiles: staticFiles)
        for page in content.pages.values where rendered[page.contentPath] == nil && !page.isGenerated {
            let destinations = MarkdownRenderer.render(page.body, html: false, positions: false).links.map(\.destination)
                + page.frontMatter.attachments.map(\.file)
            let targets = destinations.map { index.resolve($0, from: page.contentPath) }
            files.formUnion(references(of: targets, staticFiles: staticFiles))
        }
        return files
    }

    /// The files a build copies: referred to by a published page, and (unless `--internal`)
    /// not withheld as internal.
    public static func select(content: SiteContent, rendered: [String: RenderedPage], includeInternal: Bool) -> [String] {
        let referenced = referencedByPublishedPages(content: content, rendered: rendered)
        let candidates = includeInternal ? content.staticFiles
            : InternalContentCheck.publicStaticFiles(content: content, rendered: rendered)
        return candidates.filter(referenced.contains)
    }

    /// Files no page refers to, in content order: they are not published.
    static func unreferenced(content: SiteContent, rendered: [String: RenderedPage]) -> [String] {
        let referenced = referencedByAnyPage(content: content, rendered: rendered)
        return content.staticFiles.filter { !referenced.contains($0) }
    }
}
