import Foundation

/// Renders every page through its template and writes the web site into the transaction:
/// pages, 404, sitemap, feed, robots, content files and theme assets.
struct WebWriter {
    /// The template values of the site; `contexts.site` is the site itself.
    let contexts: TemplateContexts
    let templates: TemplateSet
    /// Where files go: a build's staging folder, or the live folder of `serve`.
    let transaction: OutputSink
    let siteDirectory: URL
    var progress: BuildProgress?

    var site: PublishedSite { contexts.site }

    /// Writes everything; returns the number of files written.
    func writeAll() throws -> Int {
        let order = Self.interleavedByFolder(site.outputOrder)
        let counter = ProgressCounter(total: order.count, report: progress)
        let failures: [Error?] = ParallelMap.map(order) { path in
            defer { counter.advance() }
            do {
                try writePage(path)
                return nil
            } catch {
                return error
            }
        }
        // A failed write (disk full, no permission) is one problem of the output folder,
        // reported once with its path; content problems are listed per page.
        if let output = failures.lazy.compactMap({ $0 as? OutputError }).first { throw output }
        let errors = zip(order, failures).compactMap { path, failure -> Diagnostic? in
            guard let failure else { return nil }
            return failure as? Diagnostic
                ?? .error("OUTPUT_WRITE", "写入失败：\(failure)", at: SourceLocation(file: site.pages[path]!.page.sourcePath))
        }
        if !errors.isEmpty { throw DiagnosticsError(errors) }
        var count = order.count
        count += try writeListPages(site.listPages)
        if templates.contains("404") {
            try writeNotFound()
            count += 1
        }
        try writeFeeds()
        try transaction.write(Feeds.robots(site), to: "robots.txt")
        count += 3
        let contentDirectory = siteDirectory.appendingPathComponent("content", isDirectory: true)
        for file in site.files {
            try transaction.copy(contentDirectory.appendingPathComponent(file), to: file)
            count += 1
        }
        count += try copyAssets()
        return count
    }

    /// `paths` reordered so that runs of `run` pages from different top-level folders
    /// alternate. Workers take consecutive runs, so they mostly create folders in different
    /// parents and do not queue on the same directory lock in the kernel.
    static func interleavedByFolder(_ paths: [String], run: Int = 32) -> [String] {
        var groups: [[String]] = []
        var index: [Substring: Int] = [:]
        for path in paths {
            let folder = path.split(separator: "/", maxSplits: 1).first ?? ""
            if let position = index[folder] {
                groups[position].append(path)
            } else {
                index[folder] = groups.count
                groups.append([path])
            }
        }
        guard groups.count > 1 else { return paths }
        var result: [String] = []
        result.reserveCapacity(paths.count)
        var start = 0
        while result.count < paths.count {
            for group in groups where start < group.count {
                result.append(contentsOf: group[start..<min(start + run, group.count)])
            }
            start += run
        }
        return result
    }

    func writeNotFound() throws {
        let html = try templates.render("404", context: contexts.standaloneContext(title: "页面不存在"),
                                        for: templates.origin + "404.mustache", cache: contexts.partialCache)
        try transaction.write(site.config.urls.finish(html, at: "404.html"), to: "404.html")
    }

    /// sitemap.xml and feed.xml (they list pages, so they change with them); `texts` when
    /// they were already made.
    func writeFeeds(_ texts: Feeds.Texts? = nil) throws {
        let texts = texts ?? Feeds.texts(site)
        try transaction.write(texts.sitemap, to: "sitemap.xml")
        try transaction.write(texts.atom, to: "feed.xml")
    }

    func templateName(for page: Page) -> String {
        if let name = page.frontMatter.template { return name }
        switch page.kind {
        case .home: return "home"
        case .section: return "section"
        case .page: return "page"
        }
    }

    func writePage(_ path: String) throws {
        let page = site.pages[path]!.page
        let html = try templates.render(templateName(for: page), context: contexts.context(for: path), for: page.sourcePath,
                                        cache: contexts.partialCache)
        let path = page.urlPath + "index.html"
        try transaction.write(site.config.urls.finish(html, at: path), to: path)
    }

    /// Writes list pages that have no Markdown file (page 2 and after of section lists,
    /// archive years) with the section template; returns how many.
    @discardableResult
    func writeListPages(_ listPages: [ListPage]) throws -> Int {
        _ = try ParallelMap.map(listPages) { try writeListPage($0) }
        return listPages.count
    }

    func writeListPage(_ listPage: ListPage) throws {
        let section = site.sections[listPage.list.sectionPath]!
        let page = site.pages[section.indexPath]!.page
        let html = try templates.render(templateName(for: page), context: contexts.context(for: listPage), for: page.sourcePath,
                                        cache: contexts.partialCache)
        let path = listPage.urlPath + "index.html"
        try transaction.write(site.config.urls.finish(html, at: path), to: path)
    }

    /// Copies the theme's assets/ folder, in sorted order.
    func copyAssets() throws -> Int {
        let assets = ThemeLoader.assetsDirectory(siteDirectory: siteDirectory)
        guard let enumerator = FileManager.default.enumerator(atPath: assets.path) else { return 0 }
        var files: [String] = []
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: assets.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue && !(path as NSString).lastPathComponent.hasPrefix(".") { files.append(path) }
        }
        for file in files.sorted() {
            try transaction.copy(assets.appendingPathComponent(file), to: "assets/" + file)
        }
        return files.count
    }
}
