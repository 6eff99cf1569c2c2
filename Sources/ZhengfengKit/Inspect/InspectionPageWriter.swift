import Foundation

/// Writes the self-inspection report as the internal page `internal/inspection/index.html`
/// (only in a build with `--internal`; see `SiteBuilder.write`), with the site's template
/// `inspection/report.mustache`, or the built-in theme's when the site's own templates/ has
/// none. Like the campaign pages it is in no sitemap, feed or search index.
struct InspectionPageWriter {
    static let path = "internal/inspection/index.html"
    static let template = "inspection/report"

    let report: InspectionReport
    let contexts: TemplateContexts
    let templates: TemplateSet
    let transaction: OutputSink

    /// Writes the page; returns the number of files written.
    func write() throws -> Int {
        let theme = templates.contains(Self.template)
            ? templates : try TemplateSet(directory: ThemeLoader.builtInDirectory, displayPrefix: "（内置模板）/")
        var context = contexts.standaloneContext(title: "政府网站自查报告")
        context["inspection"] = Self.values(report)
        let html = try theme.render(Self.template, context: context, for: theme.origin + Self.template + ".mustache")
        try transaction.write(contexts.site.config.urls.finish(html, at: Self.path), to: Self.path)
        return 1
    }

    /// The report as template values: the same verdicts and lines as `zhengfeng inspect` prints.
    static func values(_ report: InspectionReport) -> [String: Any] {
        let indicators: [[String: Any]] = InspectionIndicator.allCases.enumerated().map { number, indicator in
            let findings = report.findings(indicator).map(\.description)
            return ["number": InspectionReport.numerals[number], "title": indicator.title,
                    "kind": indicator.isVeto ? "单项否决指标" : "扣分指标", "verdict": report.verdict(indicator),
                    "vetoed": report.vetoed.contains(indicator), "findings": findings, "has_findings": !findings.isEmpty]
        }
        let settings = report.settingProblems.map(\.description)
        return ["today": report.today.day, "summary": report.summary, "passed": report.passed,
                "indicators": indicators, "setting_problems": settings, "has_setting_problems": !settings.isEmpty,
                "other_errors": report.otherErrors, "has_other_errors": report.otherErrors > 0]
    }
}
