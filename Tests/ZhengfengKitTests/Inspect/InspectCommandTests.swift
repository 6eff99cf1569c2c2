import Foundation
import Testing
@testable import ZhengfengKit

/// `zhengfeng inspect` as editors run it: the report in text and JSON (pinned by golden files),
/// and the exit statuses.
@Suite struct InspectCommandTests {
    static let golden = TestSites.fixtures.appendingPathComponent("inspect", isDirectory: true)

    /// A site that fails one veto item (the home page) and has something under every other indicator.
    static func mixedSite() -> [String: String] {
        var files = InspectionSites.fresh()
        files["content/news/visit.md"] = InspectionSites.page("走访社区", "date: 2026-10-20\n", body: "宜传走进社区。")
        files["content/news/meeting.md"] = InspectionSites.page("召开会议", "date: 2026-10-10\n")
        files["content/notices/_index.md"] = InspectionSites.page("通知公告", "column_type: 通知公告\n")
        files["content/notices/holiday.md"] = nil
        files["content/about/duties.md"] = InspectionSites.page("主要职责", body: "见[附件](missing.pdf)和[举报网站](https://www.12388.gov.cn/)。")
        files["content/site.yml"] = InspectionSites.siteYAML.replacingOccurrences(of: "\"6104020001\"", with: "【待填：网站标识码】")
        return files
    }

    /// Runs the executable with the build's "now" pinned to the fixtures' day.
    func run(_ arguments: [String]) throws -> ProcessRunner.Result {
        try #require(FileManager.default.isExecutableFile(atPath: CommandLineTests.binary.path), "build zhengfeng first")
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = String(InspectionSites.now.timestamp)
        return try ProcessRunner.run(CommandLineTests.binary, arguments, environment: environment)
    }

    /// Compares `actual` with the golden file `name`; UPDATE_GOLDEN=1 rewrites it.
    func compare(_ actual: String, golden name: String) throws {
        let file = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
        }
        let expected = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        #expect(!expected.isEmpty, "golden file missing: run UPDATE_GOLDEN=1 swift test --filter InspectCommandTests")
        #expect(actual == expected)
    }

    @Test func textReportIsGroupedByIndicatorAndExitsOneOnAVeto() throws {
        let site = InspectionSites.make(Self.mixedSite())
        let result = try run(["inspect", "--site", site.path, "--today", "2026-11-20"])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        try compare(result.stdout, golden: "report.txt")
    }

    @Test func jsonReportHasTheSameFindingsAndExitStatus() throws {
        let site = InspectionSites.make(Self.mixedSite())
        let result = try run(["inspect", "--site", site.path, "--today", "2026-11-20", "--format", "json"])
        #expect(result.status == 1)
        try compare(result.stdout, golden: "report.json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["passed"] as? Bool == false)
        #expect(document["vetoed"] as? [String] == ["home_updates"])
    }

    @Test func freshSiteExitsZero() throws {
        let site = InspectionSites.make(InspectionSites.fresh())
        let result = try run(["inspect", "--site", site.path, "--today", "2026-11-20"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("结论：通过，没有单项否决项。"))
    }

    @Test func todayDefaultsToTheBuildDay() throws {
        let site = InspectionSites.make(InspectionSites.fresh())
        let result = try run(["inspect", "--site", site.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("检查日期 2026-11-20"))
    }

    @Test func aTodayThatIsNotADayIsAUsageError() throws {
        let site = InspectionSites.make(InspectionSites.fresh())
        for bad in ["12月3日", "2026-11-31", "2026-11-20 09:00"] {
            let result = try run(["inspect", "--site", site.path, "--today", bad])
            #expect(result.status == 2, "\(bad)")
            #expect(result.stderr.contains("[INSPECT_TODAY]"), "\(bad)")
        }
    }

    @Test func aSiteThatCannotBeLoadedExitsOne() throws {
        let site = TestSites.temporaryDirectory()
        let result = try run(["inspect", "--site", site.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
    }
}
