import Foundation

/// `zhengfeng inspect`: prepares the site as a build would (`SiteBuilder.prepare`: load,
/// select, Markdown, checks; nothing is written) and inspects what it would publish.
public enum SiteInspection {
    /// Inspects the site of `options` (its `now` decides, as in a build, which pages are
    /// published) on the day `today` (default: the day of `options.now`). Throws only when
    /// the site cannot be loaded at all (`DiagnosticsError`, as `build` does).
    /// With a `prober` (`--online`), the external links are opened through it.
    public static func run(options: BuildOptions, today: PageDate? = nil, prober: (any LinkProber)? = nil) throws -> InspectionReport {
        var timer = StageTimer()
        let prepared = try SiteBuilder(options: options).prepare(timer: &timer)
        var input = InspectionInput(prepared: prepared, today: (today ?? options.now).endOfDay)
        if let prober { input.probed = prober.probe(input.externalURLs) }
        return Inspector.inspect(input)
    }

    /// `--today YYYY-MM-DD`: the day in Beijing time, or nil when it is not such a date.
    public static func day(_ text: String) -> PageDate? {
        guard text.count == 10, let date = PageDate(parsing: text), !date.hasTime else { return nil }
        return date
    }

    /// The usage error of a `--today` that `day(_:)` refuses.
    public static func todayProblem(_ text: String) -> String {
        let code = "INSPECT_TODAY"
        return "--today 应写成 2026-12-03 这样的日期（年-月-日，不带时间），现在是“\(text)”。 [\(code)]"
    }
}
