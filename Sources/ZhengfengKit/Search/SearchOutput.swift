import Foundation

/// Writes site search for a published site: the index files (`SearchIndex`), the search
/// page `search/index.html` and the 全站索引 page `site-index/index.html` that lists every
/// page by section (the search page's answer when JavaScript is off). Only public pages are
/// indexed or listed, also in a build with `--internal`. Themes without a `search` or
/// `site-index` template get no such page; the index is written either way.
struct SearchOutput {
    let contexts: TemplateContexts
    let templates: TemplateSet
    let sink: OutputSink
    /// Release each page's kept HTML once it is analysed: a build, whose later outputs
    /// (print, WeChat) render the few pages they need again. `serve` keeps it.
    var releasesPageHTML = false
    /// Keep every page's analysis in the returned snapshot, so that the next call analyses
    /// only changed pages (`serve`). A build does not: it never calls again.
    var keepsAnalyses = true
    /// Term records of the index builder kept in memory; beyond, they go to a scratch file
    /// (see `SearchRecords`). 262,144 (2 MB): every record of a site of about 1,000 pages.
    /// Written once and read back once from the page cache they cost little time, and a
    /// 10,000-page site's 2.3 million would take 18 MB of its peak (162 against 148 MB).
    var memoryRecords = 1 << 18

    /// Pages analysed in parallel at a time.
    static let batchSize = 2048

    var site: PublishedSite { contexts.site }

    /// The pages search and the site index show: published, public, written by an editor
    /// (not the stand-in page of a folder without `_index.md`).
    static func listedPages(_ site: PublishedSite) -> [RenderedPage] {
        site.outputOrder.compactMap { site.pages[$0] }.filter { $0.page.isPublic && !$0.page.isGenerated }
    }

    /// The search document of one published page; with `takingHTML` the page's kept HTML
    /// is released (see `RenderedPage.takeHTML`).
    static func document(_ rendered: RenderedPage, in site: PublishedSite, takingHTML: Bool = false) -> SearchDocument {
        let page = rendered.page
        return SearchDocument(title: page.title,
                              section: page.kind == .page ? site.sectionTitle(page.sectionPath) : "",
                              urlPath: page.urlPath, headings: rendered.headings.map(\.text),
                              body: SearchText.plain(takingHTML ? rendered.takeHTML() : rendered.html),
                              date: page.date?.day ?? "")
    }

    /// Writes everything; returns the number of files written.
    func write() throws -> Int {
        try writeAll(previous: nil, changed: []).files
    }

    /// Writes the index and the two pages. With `previous` (what the last call returned,
    /// for the same output folder) only the pages in `changed` are analysed again and only
    /// index files whose bytes changed are written: `serve` after an edit.
    func writeAll(previous: SearchSnapshot?, changed: Set<String>) throws -> (files: Int, snapshot: SearchSnapshot) {
        let pages = Self.listedPages(site).sorted {
            SearchIndex.indexOrder(($0.page.urlPath, $0.page.title), ($1.page.urlPath, $1.page.title))
        }
        let paths = pages.map(\.page.contentPath)
        let settings = SearchIndex.Settings()
        let reusable = previous.flatMap { $0.pages == paths && $0.analyses.count == paths.count ? $0.analyses : nil }
        // Pages are analysed on all cores a batch at a time, and each batch is handed to the
        // index builder in order: each page's snippet file is written as soon as the page is
        // analysed and the snippet is not kept, and without `keepsAnalyses` no analysis
        // outlives its batch (on 100,000 pages they are 180 MB).
        var builder = SearchIndex.Builder(settings: settings, memoryRecords: memoryRecords)
        var analyses: [SearchAnalysis] = []
        var texts: [(String, UInt64)] = []
        texts.reserveCapacity(pages.count)
        for batch in stride(from: 0, to: pages.count, by: Self.batchSize) {
            let numbers = Array(batch..<min(batch + Self.batchSize, pages.count))
            let analysed = try ParallelMap.map(numbers) { number -> (SearchAnalysis, String, UInt64) in
                let path = SearchIndex.textPath(number)
                if let reusable, !changed.contains(paths[number]), let digest = previous?.digests[path] {
                    return (reusable[number], path, digest)
                }
                let analysis = SearchAnalysis(Self.document(pages[number], in: site, takingHTML: releasesPageHTML), snippetCharacters: settings.snippetCharacters)
                let file = SearchIndex.textFile(number, snippet: analysis.listing.body)
                let digest = FNV1a.digest(file.bytes)
                if previous?.digests[path] != digest { try sink.write(Data(file.bytes), to: path) }
                return (analysis.withoutSnippet, path, digest)
            }
            for (analysis, path, digest) in analysed {
                builder.add(analysis)
                if keepsAnalyses { analyses.append(analysis) }
                texts.append((path, digest))
            }
        }
        // The pages' HTML freed above lies in small pieces; the index's arrays are large.
        if releasesPageHTML { FreedMemory.release() }
        let index = try builder.finish()
        let written = try ParallelMap.map(index.fileKinds(includingTexts: false)) { kind -> (String, UInt64) in
            let file = index.file(kind)
            let digest = FNV1a.digest(file.bytes)
            if previous?.digests[file.path] != digest { try sink.write(Data(file.bytes), to: file.path) }
            return (file.path, digest)
        } + texts
        // Index files the last call wrote and this one did not (fewer term shards after an
        // edit): removed, so that `serve`'s folder holds only the current index.
        if let previous, let live = sink as? LiveOutput {
            for path in Set(previous.digests.keys).subtracting(written.map(\.0)).sorted() { try live.remove(path) }
        }
        var count = written.count
        if templates.contains("search") {
            try writePage("search", title: "全站搜索", at: "search/index.html",
                          description: "在\(site.config.title)全站搜索页面：输入几个字，找到相关的政策解读、举报途径和工作动态。", extra: [:])
            count += 1
        }
        if templates.contains("site-index") {
            try writePage("site-index", title: "全站索引", at: "site-index/index.html",
                          description: "\(site.config.title)所有页面，按栏目排列。", extra: ["index_sections": siteIndex()])
            count += 1
        }
        return (count, SearchSnapshot(pages: paths, analyses: analyses,
                                      digests: Dictionary(written, uniquingKeysWith: { first, _ in first })))
    }

    private func writePage(_ name: String, title: String, at path: String, description: String, extra: [String: Any]) throws {
        try contexts.writeStandalonePage(name, title: title, at: path, description: description, extra: extra,
                                         templates: templates, sink: sink)
    }

    /// Sections in menu order, each followed by its subsections, with their listed pages.
    func siteIndex() -> [[String: Any]] {
        let listed = Set(Self.listedPages(site).map(\.page.contentPath))
        var result: [[String: Any]] = []
        func visit(_ path: String, depth: Int) {
            guard let section = site.sections[path], section.isPublished else { return }
            let pages = section.pages.filter(listed.contains).compactMap { site.pages[$0]?.page }.map { page -> [String: Any] in
                var item: [String: Any] = ["title": page.title, "url": site.link(page.urlPath)]
                if let date = page.date { item["date"] = date.day }
                return item
            }
            result.append(["title": path.isEmpty ? "首页" : section.title, "url": site.link(section.urlPath),
                           "pages": pages, "has_pages": !pages.isEmpty])
            let children = path.isEmpty ? site.menu : section.subsections
            for child in children { visit(child, depth: path.isEmpty ? 0 : depth + 1) }
        }
        visit("", depth: 0)
        return result
    }
}

/// The search index as the last write left it: `serve` keeps it, so that an edit analyses
/// only the edited pages again and writes only the index files whose bytes changed.
struct SearchSnapshot: Sendable {
    /// Content paths of the indexed pages, in index order.
    let pages: [String]
    let analyses: [SearchAnalysis]
    /// Path of each written index file → FNV-1a digest of its bytes.
    let digests: [String: UInt64]
}
