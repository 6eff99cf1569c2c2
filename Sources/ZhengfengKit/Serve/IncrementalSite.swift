import Foundation

/// The build engine behind `zhengfeng serve`. It builds the whole site once into a preview
/// folder; then, for a batch of changed files, it does the least work that brings the folder
/// up to date: an edited Markdown page re-renders that page, its section page, the home page,
/// the neighbours whose previous/next links change, the sitemap and the feed. A change to a
/// template, site.yml, a data file, a section's `_index.md`, a page's URL or whether it is
/// published, or an added or removed file rebuilds everything (with the same stages as
/// `build`). After an error the preview folder keeps the last good build.
/// Sendable: it is used from one serial queue at a time (`PreviewSession` runs every update
/// on its build queue); it is shared only to cross into that queue.
public final class IncrementalSite: @unchecked Sendable {
    public let options: BuildOptions
    /// The last good build: what the preview folder holds.
    public private(set) var prepared: PreparedSite?
    /// The template values of the last good build (list items are reused by updates).
    private var contexts: TemplateContexts?
    /// The search index of the last good build: an edit analyses only the edited pages again
    /// and rewrites only the index files whose bytes change.
    private var search: SearchSnapshot?
    /// Errors of the latest attempt (empty when it succeeded).
    public private(set) var errors: [Diagnostic] = []
    /// Set when a full rebuild failed: the next change must rebuild everything again.
    private var fullRebuildPending = false
    /// What `CheckSuite` found in the last good state (the rest of its diagnostics came from
    /// loading files), so an update can run the checks again and keep the loading warnings.
    private var checkDiagnostics: [Diagnostic] = []
    /// The print documents' PDFs, made when opened.
    private var pdfs = PDFOnDemand()

    /// What one update did.
    public enum Outcome: Sendable {
        /// Everything was rebuilt.
        case full(BuildReport)
        /// Only these output files were rewritten (paths relative to the output folder).
        case partial(files: [String], warnings: [Diagnostic], seconds: Double)
        /// Content errors: nothing was written.
        case failed([Diagnostic])
    }

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds everything; on content errors the preview folder keeps the last good build.
    @discardableResult
    public func rebuildAll() -> Outcome {
        var timer = StageTimer()
        let builder = SiteBuilder(options: options)
        do {
            let start = DispatchTime.now()
            let site = try builder.prepare(timer: &timer)
            let (report, contexts, search) = try builder.write(site, timer: &timer, start: start, keepingSearchAnalyses: true)
            prepared = site
            self.contexts = contexts
            self.search = search
            checkDiagnostics = CheckSuite.run(content: site.site.source, publication: site.publication, options: options)
            pdfs.reset(documents: report.printDocuments)
            errors = []
            fullRebuildPending = false
            return .full(report)
        } catch let error as DiagnosticsError {
            fullRebuildPending = true
            return fail(error.diagnostics)
        } catch let diagnostic as Diagnostic {
            fullRebuildPending = true
            return fail([diagnostic])
        } catch let problem as OutputError {
            fullRebuildPending = true
            return fail([problem.diagnostic])
        } catch {
            fullRebuildPending = true
            return fail([.error("OUTPUT_WRITE", "生成失败：\(error)", at: SourceLocation(file: options.outputDirectory.path))])
        }
    }

    /// Brings the preview folder up to date after `changed` (paths relative to the site folder,
    /// such as `content/news/a.md` or `templates/page.mustache`).
    @discardableResult
    public func apply(changed: Set<String>) -> Outcome {
        guard let previous = prepared, let previousContexts = contexts, !fullRebuildPending,
              let pagePaths = editedPages(changed, in: previous.site) else {
            return rebuildAll()
        }
        if pagePaths.isEmpty { return .partial(files: [], warnings: [], seconds: 0) }
        let start = DispatchTime.now()
        var printDocuments: [PrintDocument] = []
        let model = previous.site
        var content = model.source
        var fromChecks = Dictionary(checkDiagnostics.map { ($0, 1) }, uniquingKeysWith: +)
        var diagnostics = previous.diagnostics.filter { diagnostic in
            if let count = fromChecks[diagnostic], count > 0 {
                fromChecks[diagnostic] = count - 1
                return false
            }
            return !pagePaths.contains(contentPath(ofDisplay: diagnostic.location.file))
        }
        let loader = ContentLoader(siteDirectory: options.siteDirectory)
        for path in pagePaths {
            let old = content.pages[path]!
            let file = ContentLoader.PageFile(path: options.siteDirectory.appendingPathComponent(old.sourcePath).path,
                                              contentPath: path, sectionPath: old.sectionPath, sourcePath: old.sourcePath)
            let (page, found) = loader.loadPage(file)
            diagnostics += found
            guard let page else { continue }
            let wasPublished = model.pages[path] != nil
            let isPublished = PageSelection.exclusion(of: page, options: options) == nil
            if page.urlPath != old.urlPath || wasPublished != isPublished { return rebuildAll() }
            content.pages[path] = page
        }
        if diagnostics.hasErrors { return fail(diagnostics) }

        var sectionsTouched: Set<String> = []
        for path in pagePaths { sectionsTouched.insert(content.pages[path]!.sectionPath) }
        for section in sectionsTouched {
            content.sections[section]?.pagePaths.sort { PageOrder.precedes(content.pages[$0]!, content.pages[$1]!) }
        }
        let stage = MarkdownStage(content: content)
        var rendered = model.pages
        for path in pagePaths where rendered[path] != nil {
            rendered[path] = stage.render(content.pages[path]!)
            // Only the files published pages referred to are published: a link to any
            // other file (perhaps one just linked for the first time) needs the full build.
            if rendered[path]!.links.contains(where: {
                switch $0.target {
                case .missingFile: true
                case .file(let file): !model.files.contains(file)
                default: false
                }
            }) {
                return rebuildAll()
            }
        }
        let publication = Publication(content: content, pages: rendered, stage: stage, includeInternal: options.includeInternal)
        // A file no longer linked (or linked by another page now) changes what is published.
        if publication.files != model.files { return rebuildAll() }
        let updated = PublishedSite(content: content, publication: publication, now: options.now, proof: !options.release,
                                    campaignFigures: model.campaignFigures)
        let updatedContexts = TemplateContexts(site: updated, cachePartials: options.cachePartials,
                                               reusing: previousContexts, changed: Set(pagePaths))
        // Which list pages exist changed (a new archive year, one page more): the full build.
        if updated.listPages.map(\.urlPath) != model.listPages.map(\.urlPath) { return rebuildAll() }
        let lists = updated.listOutputs(showing: pagePaths, before: model)
        let targets = Set(affectedPages(pagePaths, before: model, after: updated) + lists.sectionPages).sorted()
        let edited = targets.filter { pagePaths.contains($0) }
        let checks: [Diagnostic]
        do {
            let output = try LiveOutput(directory: options.outputDirectory)
            let writer = WebWriter(contexts: updatedContexts, templates: previous.templates, transaction: output,
                                   siteDirectory: options.siteDirectory)
            // The edited pages go out first, before the site-wide checks (on 10,000 pages
            // those take longer than the rest together): they are what the editor is
            // looking at. If a check then fails, the previous versions are put back.
            for path in edited { try writer.writePage(path) }
            checks = CheckSuite.run(content: content, publication: publication, options: options)
            let changedFiles = content.bodyRereads.problems
            // Those pages' files are read anew by the full build the next change starts.
            if !changedFiles.isEmpty { fullRebuildPending = true }
            diagnostics += checks + changedFiles
            if diagnostics.contains(where: { $0.severity == .error || (options.strict && $0.severity == .warning) }) {
                let restore = WebWriter(contexts: previousContexts, templates: previous.templates, transaction: output,
                                        siteDirectory: options.siteDirectory)
                for path in edited { try restore.writePage(path) }
                return fail(diagnostics)
            }
            let rest = targets.filter { !pagePaths.contains($0) }
            _ = try ParallelMap.map(rest) { try writer.writePage($0) }
            try writer.writeListPages(lists.listPages)
            try writer.writeFeeds()
            // Print editions gather many pages: written again whenever a page changes.
            let printStage = PrintStage(contexts: updatedContexts, templates: previous.templates,
                                        transaction: writer.transaction, options: options)
            let documents = try printStage.write()
            try printStage.writeIndex(documents, pdfs: [])
            printDocuments = documents
            // The search index and 全站索引 list every page: written again too.
            // Forgotten until the write succeeds: after a failed write the next one writes every file.
            let lastSearch = search
            search = nil
            search = try SearchOutput(contexts: updatedContexts, templates: previous.templates, sink: output)
                .writeAll(previous: lastSearch, changed: Set(edited)).snapshot
        } catch let diagnostic as Diagnostic {
            return fail([diagnostic])
        } catch let problem as OutputError {
            return fail([problem.diagnostic])
        } catch {
            return fail([.error("OUTPUT_WRITE", "写入失败：\(error)", at: SourceLocation(file: options.outputDirectory.path))])
        }
        // A file read again while writing (beyond the body budget) that changed meanwhile:
        // the preview may show an empty page, so the next change builds everything again.
        let changedLate = content.bodyRereads.problems
        if !changedLate.isEmpty {
            fullRebuildPending = true
            return fail(diagnostics + changedLate)
        }
        prepared = PreparedSite(site: updated, publication: publication, templates: previous.templates,
                                diagnostics: diagnostics, campaign: previous.campaign)
        contexts = updatedContexts
        checkDiagnostics = checks
        pdfs.documents = printDocuments
        errors = []
        let files = targets.compactMap { updated.pages[$0].map { $0.page.urlPath + "index.html" } } + lists.listPages.map { $0.urlPath + "index.html" }
            + ["sitemap.xml", "feed.xml"] + printDocuments.map(\.htmlPath)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return .partial(files: files, warnings: diagnostics.filter { $0.severity != .error }, seconds: seconds)
    }

    /// Makes the PDFs of the print document that `path` (relative to the preview folder, such
    /// as `print/villages.pdf`) belongs to current in the preview folder (see `PDFOnDemand`).
    public func preparePDF(_ path: String) -> PDFDemand {
        guard prepared != nil else { return .notADocument }
        return pdfs.prepare(path, options: options)
    }

    /// Removes what `preparePDF` made beside the preview folder (when `serve` stops).
    public func close() {
        pdfs.close()
    }

    /// The content paths of edited Markdown pages when that is all that changed; nil when the
    /// change needs a full rebuild.
    func editedPages(_ changed: Set<String>, in model: PublishedSite) -> [String]? {
        var pages: [String] = []
        for path in changed.sorted() {
            guard path.hasPrefix("content/") else { return nil }
            let contentPath = String(path.dropFirst("content/".count))
            let exists = FileManager.default.fileExists(atPath: options.siteDirectory.appendingPathComponent(path).path)
            // An editor's temporary file that came and went: nothing to do.
            if !exists && model.source.pages[contentPath] == nil && !model.source.staticFiles.contains(contentPath)
                && model.source.sections[contentPath] == nil {
                continue
            }
            let name = (contentPath as NSString).lastPathComponent
            guard contentPath.hasSuffix(".md") || contentPath.hasSuffix(".markdown"), name != "_index.md",
                  let page = model.source.pages[contentPath], !page.isGenerated, exists else {
                return nil
            }
            pages.append(contentPath)
        }
        return pages
    }

    /// The edited pages, their section pages, the home page, and every page of those
    /// sections whose previous or next page is now different or was edited.
    func affectedPages(_ edited: [String], before: PublishedSite, after: PublishedSite) -> [String] {
        var targets = Set(edited.filter { after.pages[$0] != nil })
        if after.pages["_index.md"] != nil { targets.insert("_index.md") }
        for path in edited {
            guard let page = after.source.pages[path] else { continue }
            let section = page.sectionPath
            if let index = after.sections[section]?.indexPath, after.pages[index] != nil { targets.insert(index) }
            let old = before.sections[section]?.pages ?? []
            let new = after.sections[section]?.pages ?? []
            for list in [old, new] {
                if let position = list.firstIndex(of: path) {
                    if position > 0 { targets.insert(list[position - 1]) }
                    if position + 1 < list.count { targets.insert(list[position + 1]) }
                }
            }
            if old != new {
                let neighbours = { (list: [String], at: Int) -> [String?] in
                    [at > 0 ? list[at - 1] : nil, at + 1 < list.count ? list[at + 1] : nil]
                }
                var oldPosition: [String: Int] = [:]
                for (position, item) in old.enumerated() { oldPosition[item] = position }
                for (position, item) in new.enumerated() {
                    guard let before = oldPosition[item] else { targets.insert(item); continue }
                    if neighbours(old, before) != neighbours(new, position) { targets.insert(item) }
                }
            }
        }
        return targets.filter { after.pages[$0] != nil }.sorted()
    }

    private func fail(_ diagnostics: [Diagnostic]) -> Outcome {
        errors = diagnostics.filter { $0.severity == .error || (options.strict && $0.severity == .warning) }
        if errors.isEmpty { errors = diagnostics }
        return .failed(diagnostics)
    }

    private func contentPath(ofDisplay file: String) -> String {
        file.hasPrefix("content/") ? String(file.dropFirst("content/".count)) : file
    }
}
