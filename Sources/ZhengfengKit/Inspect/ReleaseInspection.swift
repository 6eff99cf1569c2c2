import Foundation

/// The self-inspection inside a build (see `SiteBuilder.write`): a `--release` build refuses to
/// publish while a veto item (单项否决) is hit, unless `--accept-inspection` is given; a build
/// with `--internal` also writes the report as an internal page (`InspectionPageWriter`).
/// The build's `now` is the inspection's today.
struct ReleaseInspection {
    /// The report, or nil when the build neither releases nor writes internal pages.
    let report: InspectionReport?
    /// What stops the release: the veto findings and one `INSPECT_VETO_RELEASE`, all errors.
    let errors: [Diagnostic]
    /// What the build prints and goes on with (the veto findings of an accepted inspection).
    let warnings: [Diagnostic]

    static let code = "INSPECT_VETO_RELEASE"

    init(prepared: PreparedSite, options: BuildOptions) {
        guard options.release || options.includeInternal else {
            (report, errors, warnings) = (nil, [], [])
            return
        }
        let report = Inspector.inspect(InspectionInput(prepared: prepared, today: options.now.endOfDay))
        self.report = report
        guard options.release, !report.vetoed.isEmpty else {
            (errors, warnings) = ([], [])
            return
        }
        let vetoFindings = report.findings.filter(\.isVeto).map(\.diagnostic).sortedForDisplay()
        let where_ = vetoFindings.first?.location ?? SourceLocation(file: "content/site.yml")
        let names = report.vetoed.map { "“\($0.title)”" }.joined(separator: "、")
        if options.acceptInspection {
            let note = Diagnostic.warning(Self.code,
                                          "自查有 \(report.vetoed.count) 项单项否决（\(names)），因为加了 --accept-inspection，仍然正式发布。请尽快按下面各条处理。",
                                          at: where_)
            (errors, warnings) = ([], [note] + vetoFindings.map(\.asWarning))
        } else {
            let stop = Diagnostic.error(Self.code,
                                        "自查发现 \(report.vetoed.count) 项单项否决（\(names)），网站检查时会整体不合格，所以没有发布，原有的 output 文件夹保持不变。请按下面各条处理后再发布（zhengfeng inspect 可看完整报告）；确需先发布时加 --accept-inspection。",
                                        at: where_)
            (errors, warnings) = ([stop] + vetoFindings, [])
        }
    }
}
