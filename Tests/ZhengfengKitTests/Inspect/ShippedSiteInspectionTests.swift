import Foundation
import Testing
@testable import ZhengfengKit

/// The shipped site's self-inspection, as the README shows it.
@Suite struct ShippedSiteInspectionTests {
    static let day = "2026-12-03"

    @Test func readmeShowsTheShippedSitesReport() throws {
        let today = try #require(SiteInspection.day(Self.day))
        let options = BuildOptions(siteDirectory: TestSupport.repository, now: PageDate(timestamp: today.timestamp + 12 * 3600))
        let report = try SiteInspection.run(options: options, today: today)
        let readme = try String(contentsOf: TestSupport.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let block = readme.components(separatedBy: "<!-- inspect:begin -->\n```\n").last?
            .components(separatedBy: "```\n<!-- inspect:end -->").first ?? ""
        #expect(block == report.text, "update the README block with: zhengfeng inspect --today \(Self.day)")
    }

    @Test func theShippedSiteFailsOnlyOnItsHomePageAndPassesWhileItsNewsAreFresh() throws {
        let options = BuildOptions(siteDirectory: TestSupport.repository, now: PageDate(parsing: "2026-12-03 12:00")!)
        #expect(try SiteInspection.run(options: options, today: SiteInspection.day(Self.day)).vetoed == [.homeUpdates])
        #expect(try SiteInspection.run(options: options, today: SiteInspection.day("2026-11-10")).passed)
    }
}
