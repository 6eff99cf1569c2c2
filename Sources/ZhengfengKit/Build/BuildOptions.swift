import Foundation

/// What a build should do. The CLI fills it from flags; tests set it directly.
public struct BuildOptions: Sendable {
    /// The site folder (holds content/ and, optionally, templates/).
    public var siteDirectory: URL
    /// Where the site is written; default `<site>/output`.
    public var outputDirectory: URL
    /// Overrides `base_url` from site.yml.
    public var baseURL: String?
    /// Overrides `links:` from site.yml.
    public var linkMode: LinkMode?
    /// Include drafts, future-dated and expired pages.
    public var includeDrafts = false
    /// Include `draft: true` pages (they carry a visible 草稿 banner): `serve` sets it so an
    /// editor sees a new page while writing it. `build` never does.
    public var showDrafts = false
    /// Include `visibility: internal` pages (never for the public site).
    public var includeInternal = false
    /// "Now" for future and expiry decisions. Defaults to SOURCE_DATE_EPOCH or the clock.
    public var now: PageDate
    /// Treat warnings as errors.
    public var strict = false
    /// A release build (`--release`): every placeholder is an error (see `PlaceholderCheck`),
    /// and the output carries no proof marks. Without it the output is a proof (校样).
    public var release = false
    /// `--accept-inspection`: a release build goes on although the self-inspection hits a veto
    /// item (the veto findings are printed as warnings; see `ReleaseInspection`).
    public var acceptInspection = false
    /// Also render the print editions to PDF (needs WeasyPrint).
    public var pdf = false
    /// The print index links every PDF although this build made none: `serve` sets it and
    /// makes a PDF when it is first opened (`IncrementalSite.preparePDF`).
    public var pdfOnDemand = false
    /// Replace an existing output folder even when zhengfeng did not write it (`--force`).
    public var force = false
    /// Reuse the output of partials that declare `{{! zhengfeng: cache }}` (see
    /// `CachedPartial`). Off only in tests, to check that caching changes nothing.
    var cachePartials = true
    /// Bytes of rendered HTML kept in memory between the Markdown and write stages (see
    /// `MarkdownStage.defaultHTMLBudget`); pages beyond it are rendered again when written.
    /// Changed only in tests, to check that rendering again changes nothing.
    var htmlBudget = MarkdownStage.defaultHTMLBudget
    /// Bytes of Markdown bodies kept in memory after loading (see `PageBody`); pages beyond it
    /// read their file again when their text is needed. Changed only in tests.
    var bodyBudget = PageBody.defaultBudget
    /// Recognise a build whose inputs and output are unchanged since the last one and write
    /// nothing (`BuildRecord`). Off only in tests that must render every time.
    var reuseUnchangedOutput = true

    public init(siteDirectory: URL, outputDirectory: URL? = nil, now: PageDate? = nil) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        self.outputDirectory = (outputDirectory ?? siteDirectory.appendingPathComponent("output", isDirectory: true))
            .standardizedFileURL
        self.now = now ?? BuildOptions.defaultNow()
    }

    /// SOURCE_DATE_EPOCH (reproducible-builds convention) if set, else the current time.
    public static func defaultNow() -> PageDate {
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(text) {
            return PageDate(timestamp: seconds)
        }
        return PageDate(Date())
    }
}

/// Decides which loaded pages are published in a build.
public enum PageSelection {
    public enum Exclusion: String, Sendable {
        case draft, future, expired, `internal`
        /// A publication setting is misspelt or mistyped (`FrontMatter.publicationUnsettled`).
        case unsettled
    }

    /// Why `page` is left out of a build with `options`, or nil when it is published.
    public static func exclusion(of page: Page, options: BuildOptions) -> Exclusion? {
        let matter = page.frontMatter
        if matter.publicationUnsettled { return .unsettled }
        if matter.visibility == .internal && !options.includeInternal { return .internal }
        if options.includeDrafts { return nil }
        if matter.draft && !options.showDrafts { return .draft }
        if let date = matter.date, date.timestamp > options.now.timestamp { return .future }
        if let expires = matter.expires, expires.endOfDay.timestamp < options.now.timestamp { return .expired }
        return nil
    }
}
