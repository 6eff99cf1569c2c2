import Markdown

/// Keeps `visibility: internal` content out of the public build. Internal pages are already
/// left out by `PageSelection` (and a whole internal section by `VisibilityInheritance`);
/// this check covers what surrounds them: menu and home-page settings that name an
/// internal section, and files (images, PDFs) that only internal pages use.
public enum InternalContentCheck {
    public static func run(content: SiteContent, rendered: [String: RenderedPage], options: BuildOptions) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let config = content.config
        let listed = config.nav.map { ("nav", $0) } + config.features.map { ("features", $0) }
            + [("latest_section", config.latestSection)]
        for (key, folder) in listed where isInternalSection(folder, content: content) {
            diagnostics.append(.warning("INTERNAL_SECTION_LISTED",
                                        "site.yml 的 \(key) 列出了内部栏目“\(folder)”（visibility: internal），它不会出现在公开网站上。请从 \(key) 中删除。",
                                        at: SiteCheck.location(ofKey: key, in: content)))
        }
        guard !options.includeInternal else { return diagnostics }
        for file in withheldFiles(content: content, rendered: rendered) {
            diagnostics.append(Diagnostic(.note, "INTERNAL_FILE_WITHHELD",
                                          "这个文件只供内部页面使用（或在内部栏目里），不会复制到公开网站。",
                                          at: SourceLocation(file: "content/" + file)))
        }
        return diagnostics
    }

    /// Static files of a public build: all of content/'s files except the withheld ones.
    public static func publicStaticFiles(content: SiteContent, rendered: [String: RenderedPage]) -> [String] {
        let withheld = Set(withheldFiles(content: content, rendered: rendered))
        return content.staticFiles.filter { !withheld.contains($0) }
    }

    /// Files inside an internal section, and files that internal pages use and no published page does.
    static func withheldFiles(content: SiteContent, rendered: [String: RenderedPage]) -> [String] {
        var publicUse: Set<String> = []
        for page in rendered.values where page.page.isPublic {
            for (_, target) in page.links { if case .file(let file) = target { publicUse.insert(file) } }
            publicUse.formUnion(page.attachments.map(\.file))
        }
        let index = LinkIndex(pagePaths: Set(content.pages.keys), staticFiles: Set(content.staticFiles))
        var internalUse: Set<String> = []
        for page in content.pages.values where !page.isPublic {
            for link in MarkdownRenderer.render(page.body).links.map(\.destination) + page.frontMatter.attachments.map(\.file) {
                if case .file(let file) = index.resolve(link, from: page.contentPath) { internalUse.insert(file) }
            }
        }
        return content.staticFiles.filter { file in
            isInInternalFolder(file, content: content) || (internalUse.contains(file) && !publicUse.contains(file))
        }
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

    static func isInternalSection(_ folder: String, content: SiteContent) -> Bool {
        guard let section = content.sections[folder], let index = content.pages[section.indexPath] else { return false }
        return !index.isPublic
    }
}
