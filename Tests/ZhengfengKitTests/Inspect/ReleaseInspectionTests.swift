import Foundation
import Testing
@testable import ZhengfengKit

/// The self-inspection inside `build`: `--release` refuses to publish on a veto item unless
/// `--accept-inspection` is given, and `--internal` writes the report as an internal page.
@Suite struct ReleaseInspectionTests {
    /// The fresh fixture whose home page was last updated 41 days before the build (首页不更新).
    static func stale() -> [String: String] {
        var files = InspectionSites.fresh()
        files["content/news/visit.md"] = InspectionSites.page("走访社区", "date: 2026-10-10\n")
        files["content/news/meeting.md"] = InspectionSites.page("召开会议", "date: 2026-10-09\n")
        return files
    }

    static func options(_ site: URL, release: Bool = true) -> BuildOptions {
        var options = BuildOptions(siteDirectory: site, now: InspectionSites.now)
        options.release = release
        return options
    }

    @Test func releaseOfAStaleSiteFailsNamingTheVetoAndLeavesTheOldOutput() throws {
        let site = InspectionSites.make(Self.stale())
        defer { TestSupport.remove(site) }
        let output = site.appendingPathComponent("output")
        _ = try SiteBuilder(options: Self.options(site, release: false)).build()
        let before = TestSites.tree(output)

        let error = try #require(throws: DiagnosticsError.self) { try SiteBuilder(options: Self.options(site)).build() }
        let veto = try #require(error.diagnostics.first { $0.code == ReleaseInspection.code })
        #expect(veto.severity == .error)
        #expect(veto.message.contains("“首页不更新”") && veto.message.contains("--accept-inspection"))
        #expect(error.diagnostics.contains { $0.code == "INSPECT_HOME_STALE" && $0.severity == .error })
        #expect(TestSites.tree(output) == before)
    }

    @Test func acceptInspectionPublishesAndPrintsTheVetoItemsAsWarnings() throws {
        let site = InspectionSites.make(Self.stale())
        defer { TestSupport.remove(site) }
        var options = Self.options(site)
        options.acceptInspection = true
        let report = try SiteBuilder(options: options).build()
        #expect(report.warnings.contains { $0.code == ReleaseInspection.code && $0.severity == .warning })
        #expect(report.warnings.contains { $0.code == "INSPECT_HOME_STALE" && $0.severity == .warning })
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("output/index.html").path))
    }

    @Test func aFreshCompleteSiteIsReleasedWithoutTheFlag() throws {
        let site = InspectionSites.make(InspectionSites.fresh())
        defer { TestSupport.remove(site) }
        let report = try SiteBuilder(options: Self.options(site)).build()
        #expect(!report.warnings.contains { $0.code.hasPrefix("INSPECT_") }, "\(report.warnings)")
    }

    @Test func theBuildCommandExitsOneOnAVetoAndZeroWithAcceptInspection() throws {
        let site = InspectionSites.make(Self.stale())
        defer { TestSupport.remove(site) }
        let refused = try InspectCommandTests().run(["build", "--site", site.path, "--release"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("“首页不更新”") && refused.stderr.contains("[INSPECT_VETO_RELEASE]"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("output").path))

        let accepted = try InspectCommandTests().run(["build", "--site", site.path, "--release", "--accept-inspection"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stderr.contains("[INSPECT_VETO_RELEASE]") || accepted.stdout.contains("[INSPECT_VETO_RELEASE]"))
    }

    @Test func theReportIsAnInternalPageOnlyInInternalBuilds() throws {
        let site = InspectionSites.make(Self.stale())
        defer { TestSupport.remove(site) }
        let output = site.appendingPathComponent("output")
        var options = Self.options(site, release: false)
        options.includeInternal = true
        options.linkMode = .relative
        _ = try SiteBuilder(options: options).build()
        let page = TestSites.text(output, InspectionPageWriter.path)
        #expect(page.contains("政府网站自查报告") && page.contains("首页不更新（单项否决指标）：<strong>未通过（单项否决）</strong>"))
        #expect(page.contains("content/_index.md:1:1: 错误: 首页最新的信息是") && page.contains("noindex"))
        let links = LinkModeTests.localLinks(in: output).filter { $0.file == InspectionPageWriter.path }
        #expect(!links.isEmpty)
        let broken = links.filter { !LinkModeTests.exists($0.target, from: $0.file, in: output) }
        #expect(broken.isEmpty, "broken links: \(broken)")

        for release in [false, true] {
            var public_ = Self.options(site, release: release)
            public_.acceptInspection = true
            _ = try SiteBuilder(options: public_).build()
            #expect(!TestSites.tree(output).keys.contains { $0.hasPrefix("internal/") })
        }
    }
}
