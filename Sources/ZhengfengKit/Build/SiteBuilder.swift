import Foundation
import Markdown

/// What a finished build reports: counts, per-stage timings and the warnings it printed.
public struct BuildReport: Sendable {
    public var pages = 0
    public var sections = 0
    public var files = 0
    public var seconds = 0.0
    public var stages: [(name: String, seconds: Double)] = []
    public var warnings: [Diagnostic] = []
    /// The print documents written (HTML), and with `--pdf` the PDFs and their timings.
    public var printDocuments: [PrintDocument] = []
    public var pdfs: [PDFResult] = []
    /// Why the PDFs were not made (WeasyPrint missing or failing); the web build was published.
    public var pdfProblem: DiagnosticsError?
    /// Nothing changed since the last build into this output: nothing was rendered or
    /// written, and this report repeats that build's (see `BuildRecord`).
    public var unchanged = false

    /// One line for the terminal.
    public var summary: String {
        if unchanged {
            return String(format: "内容和模板都没有变化，output 已是最新（%d 个页面，%d 个栏目，共 %d 个文件），没有写入任何文件，用时 %.2f 秒",
                          pages, sections, files, seconds)
        }
        return String(format: "已生成 %d 个页面（%d 个栏目），共 %d 个文件，用时 %.2f 秒", pages, sections, files, seconds)
    }
}

/// Runs the pipeline: load → select → Markdown → checks → templates → write → swap.
/// Each stage is timed; content errors throw `DiagnosticsError` and leave the output untouched.
public struct SiteBuilder {
    public let options: BuildOptions
    /// Told how many pages have been written (for a progress display); nil for none.
    public var progress: BuildProgress?
    /// Told about each PDF as it is finished (from worker threads); nil for none.
    public var pdfProgress: (@Sendable (PDFResult) -> Void)?

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Loads, selects and renders Markdown and runs every check, without writing anything
    /// (shared by `build` and `check`). Content errors are returned in `diagnostics`, so a
    /// check shows them all at once; `build` stops on them before writing.
    public func prepare(timer: inout StageTimer) throws -> PreparedSite {
        let (loaded, loadDiagnostics) = try timer.measure("load") { try ContentLoader(siteDirectory: options.siteDirectory, bodyBudget: options.bodyBudget).loadAll() }
        var content = loaded
        if let baseURL = options.baseURL {
            var config = content.config
            config.baseURL = SiteConfig.normalizedBaseURL(baseURL)
            content.config = config
        }
        if let mode = options.linkMode { content.config.links = mode }
        let templates = try timer.measure("templates") { try ThemeLoader.load(siteDirectory: options.siteDirectory) }

        let published = timer.measure("select") {
            content.pages.values.filter { PageSelection.exclusion(of: $0, options: options) == nil }
        }
        let stage = MarkdownStage(content: content, htmlBudget: options.htmlBudget)
        let rendered: [String: RenderedPage] = timer.measure("markdown") {
            ParallelMap.map(published) { stage.render($0) }.reduce(into: [:]) { $0[$1.page.contentPath] = $1 }
        }
        FreedMemory.release()
        let publication = timer.measure("publication") {
            Publication(content: content, pages: rendered, stage: stage, includeInternal: options.includeInternal)
        }
        var diagnostics = loadDiagnostics
        diagnostics += timer.measure("checks") { CheckSuite.run(content: content, publication: publication, options: options) }
        // Pages beyond the body budget were read again by the stages above.
        diagnostics += content.bodyRereads.problems
        let campaign = timer.measure("campaign") { CampaignLoader(siteDirectory: options.siteDirectory).load() }
        // Internal data never stops a public build: its problems are warnings there.
        diagnostics += campaign.diagnostics.map { options.includeInternal ? $0 : $0.asWarning }
        // Only aggregate figures reach the public site, and only those site.yml lists.
        let figures = PublicFigure.make(content.config.publicFigures.map(\.key), from: campaign.data)
        let site = PublishedSite(content: content, publication: publication, now: options.now, proof: !options.release,
                                 campaignFigures: figures)
        diagnostics += PrintSelection(site: site).problems()
        return PreparedSite(site: site, publication: publication, templates: templates, diagnostics: diagnostics,
                            campaign: options.includeInternal ? campaign.data : nil,
                            validUntil: Self.nextPublicationChange(content, after: options.now))
    }

    /// The earliest page date after `now`, or end of an expiry after `now`, in seconds.
    static func nextPublicationChange(_ content: SiteContent, after now: PageDate) -> Int? {
        var earliest: Int?
        for page in content.pages.values {
            let matter = page.frontMatter
            for moment in [matter.date?.timestamp, matter.expires.map { $0.endOfDay.timestamp + 1 }] {
                if let moment, moment > now.timestamp { earliest = min(earliest ?? moment, moment) }
            }
        }
        return earliest
    }

    /// Builds the site into the output folder.
    public func build() throws -> BuildReport {
        try buildKeepingModel().report
    }

    /// `build()`, also returning the published site (nil when nothing changed since the last
    /// build, see `BuildRecord`). A command that exits right after the build keeps it and so
    /// skips freeing tens of thousands of small objects one by one (what compilers do with
    /// `-disable-free`).
    public func buildKeepingModel() throws -> (report: BuildReport, prepared: PreparedSite?) {
        let start = DispatchTime.now()
        var timer = StageTimer()
        // Checked again by the transaction; here so a refused folder fails before loading.
        try OutputLocation.validate(output: options.outputDirectory, site: options.siteDirectory, force: options.force)
        // PDF builds and fault-injection runs always do the whole work.
        let recorded = options.reuseUnchangedOutput && !options.pdf
            && ProcessInfo.processInfo.environment["ZHENGFENG_FAULT"] == nil
        let inputs = recorded ? timer.measure("inputs") { BuildInputs.digest(options) } : nil
        if let inputs, let record = BuildRecord.load(for: options.outputDirectory),
           record.matches(inputs: inputs, output: BuildRecord.outputDigest(options.outputDirectory), now: options.now) {
            var report = record.report
            report.stages = timer.stages
            report.seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            return (report, nil)
        }
        let prepared = try prepare(timer: &timer)
        let report = try write(prepared, timer: &timer, start: start).report
        if let inputs {
            // Without a record the next build renders everything again: never an error.
            try? BuildRecord(inputs: inputs, output: BuildRecord.outputDigest(options.outputDirectory),
                             validUntil: prepared.validUntil, report: report).save(for: options.outputDirectory)
        }
        return (report, prepared)
    }

    /// The second half of `build()`: writes a prepared site into a fresh folder and swaps it
    /// in place of the output folder. Content errors throw before anything is written.
    /// Also returns the template values it rendered with and the search index's state
    /// (`serve` reuses both).
    /// With `keepingSearchAnalyses` (`serve`) the search snapshot keeps every page's analysis.
    func write(_ prepared: PreparedSite, timer: inout StageTimer, start: DispatchTime = .now(),
               keepingSearchAnalyses: Bool = false)
        throws -> (report: BuildReport, contexts: TemplateContexts, search: SearchSnapshot) {
        let inspection = timer.measure("inspection") { ReleaseInspection(prepared: prepared, options: options) }
        let diagnostics = prepared.diagnostics + inspection.errors + inspection.warnings
        let failing = diagnostics.filter { $0.severity == .error || (options.strict && $0.severity == .warning) }
        if !failing.isEmpty { throw DiagnosticsError(diagnostics) }

        let transaction = try OutputTransaction(outputDirectory: options.outputDirectory,
                                                siteDirectory: options.siteDirectory, force: options.force,
                                                stageEverything: options.pdf)
        let contexts = TemplateContexts(site: prepared.site, cachePartials: options.cachePartials)
        var writer = WebWriter(contexts: contexts, templates: prepared.templates, transaction: transaction,
                               siteDirectory: options.siteDirectory)
        writer.progress = progress
        let files = try timer.measure("write") { try writer.writeAll() }
        FreedMemory.release()
        let (searchFiles, search) = try timer.measure("search") {
            var search = SearchOutput(contexts: contexts, templates: prepared.templates, sink: transaction)
            search.releasesPageHTML = true
            search.keepsAnalyses = keepingSearchAnalyses
            return try search.writeAll(previous: nil, changed: [])
        }
        let scopeCheckFiles = try timer.measure("scope-check") {
            try ScopeCheckOutput(contexts: contexts, templates: prepared.templates, sink: transaction).write()
        }
        let printStage = PrintStage(contexts: contexts, templates: prepared.templates, transaction: transaction,
                                    options: options)
        let printDocuments = try timer.measure("print") { try printStage.write() }
        let pdf = options.pdf ? timer.measure("pdf") { printStage.renderPDFs(printDocuments, finished: pdfProgress) }
            : (results: try printStage.restoreCachedPDFs(printDocuments), problem: nil)
        try printStage.writeIndex(printDocuments, pdfs: pdf.results)
        let campaignFiles = try timer.measure("campaign") { try CampaignWriter.write(prepared, contexts: contexts, transaction: transaction,
                                                       siteDirectory: options.siteDirectory) }
        // The report page is internal: written only with `--internal`, never in the public output.
        let internalReport = options.includeInternal ? inspection.report : nil
        let inspectionFiles = try internalReport.map {
            try InspectionPageWriter(report: $0, contexts: contexts, templates: prepared.templates, transaction: transaction).write()
        } ?? 0
        // Pages rendered again while writing read their files again: all must have been the same.
        try prepared.site.source.bodyRereads.throwIfAny()
        try timer.measure("swap") { try transaction.commit() }

        var report = BuildReport()
        report.pages = prepared.site.pages.count
        report.sections = prepared.site.sections.values.filter { !$0.path.isEmpty && $0.isPublished }.count
        report.files = files + searchFiles + scopeCheckFiles + printDocuments.count + pdf.results.count + campaignFiles + inspectionFiles
        report.printDocuments = printDocuments
        report.pdfs = pdf.results
        report.pdfProblem = pdf.problem
        report.stages = timer.stages
        report.warnings = diagnostics.filter { $0.severity != .error }
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return (report, contexts, search)
    }
}

/// The result of the stages before writing: the model to render and everything found.
public struct PreparedSite: Sendable {
    /// What the build publishes.
    public let site: PublishedSite
    /// How it was decided (published, withheld and unreferenced files).
    public let publication: Publication
    public let templates: TemplateSet
    public let diagnostics: [Diagnostic]
    /// The campaign data of a build with `--internal` (nil otherwise, or when the site has none).
    public var campaign: CampaignData? = nil
    /// The first moment after the build's "now" at which a page's date or expiry publishes
    /// or withdraws it (nil: none): a `BuildRecord` is valid only until then.
    var validUntil: Int? = nil
}

/// Per-stage wall-clock timings (`--verbose`).
public struct StageTimer {
    public private(set) var stages: [(name: String, seconds: Double)] = []
    public init() {}

    public mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now()
        defer { stages.append((name, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)) }
        return try body()
    }
}
