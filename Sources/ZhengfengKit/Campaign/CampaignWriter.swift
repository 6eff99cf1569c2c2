import Foundation

/// Writes the internal campaign pages and their A4 print sheets under `internal/campaign/`
/// (only in a build with `--internal`; see `SiteBuilder.write`). The pages use the site's
/// templates `campaign/*.mustache` and the stylesheet `campaign/campaign.css`, or the built-in
/// theme's when the site's own templates/ has none. Nothing here goes into the sitemap, the
/// feed or the search index: those list the published pages only.
struct CampaignWriter {
    let data: CampaignData
    let contexts: TemplateContexts
    let templates: TemplateSet
    let transaction: OutputSink
    let siteDirectory: URL

    var site: PublishedSite { contexts.site }

    /// The build's day, for overdue rectifications.
    static func today(_ site: PublishedSite) -> CampaignDay {
        let parts = site.now.components
        return CampaignDay(year: parts.year, month: parts.month, day: parts.day)
    }

    /// Writes every page and sheet; returns the number of files written.
    func write() throws -> Int {
        let figures = CampaignFigures(data: data, today: Self.today(site))
        let pages = CampaignContexts(figures: figures, site: site)
        let (theme, themeTemplates) = try self.theme()
        var written: [(template: String, context: [String: Any], path: String)] = [
            ("campaign/index", pages.reports(), CampaignContexts.Paths.root + "index.html"),
            ("campaign/reports", pages.reports(), CampaignContexts.Paths.reports + "index.html"),
            ("campaign/visits", pages.visits(), CampaignContexts.Paths.visits + "index.html"),
            ("campaign/comparison", pages.comparison(), CampaignContexts.Paths.comparison + "index.html"),
            ("campaign/print-report", pages.comparison(), CampaignContexts.Paths.yearReport),
        ]
        for month in figures.months {
            written.append(("campaign/print-monthly", pages.monthly(month), CampaignContexts.Paths.monthly(month)))
        }
        if let survey = pages.survey() {
            written.append(("campaign/print-survey", survey, CampaignContexts.Paths.survey))
        }
        for page in written {
            var context = contexts.standaloneContext(title: page.context["title"] as? String ?? "")
            context["campaign"] = page.context
            let html = try themeTemplates.render(page.template, context: context,
                                                 for: themeTemplates.origin + page.template + ".mustache")
            try transaction.write(site.config.urls.finish(html, at: page.path), to: page.path)
        }
        try transaction.copy(theme.appendingPathComponent("campaign/campaign.css"), to: CampaignContexts.Paths.stylesheet)
        return written.count + 1
    }

    /// The site's templates when they hold the campaign templates, else the built-in theme.
    private func theme() throws -> (URL, TemplateSet) {
        let own = ThemeLoader.directory(siteDirectory: siteDirectory).url
        if templates.contains("campaign/reports"),
           FileManager.default.fileExists(atPath: own.appendingPathComponent("campaign/campaign.css").path) {
            return (own, templates)
        }
        let builtIn = ThemeLoader.builtInDirectory
        return (builtIn, try TemplateSet(directory: builtIn, displayPrefix: "（内置模板）/"))
    }
}

extension CampaignWriter {
    /// The internal campaign output of a prepared build: nothing unless it was prepared with
    /// `--internal` and the site has campaign data. Returns the number of files written.
    static func write(_ prepared: PreparedSite, contexts: TemplateContexts, transaction: OutputSink,
                      siteDirectory: URL) throws -> Int {
        guard let data = prepared.campaign else { return 0 }
        return try CampaignWriter(data: data, contexts: contexts, templates: prepared.templates, transaction: transaction,
                                  siteDirectory: siteDirectory).write()
    }
}

extension Diagnostic {
    /// The same message as a warning (errors become warnings; notes stay notes).
    var asWarning: Diagnostic {
        var copy = self
        if copy.severity == .error { copy.severity = .warning }
        return copy
    }
}
