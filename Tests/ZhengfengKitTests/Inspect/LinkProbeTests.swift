import Foundation
import Testing
@testable import ZhengfengKit

/// `zhengfeng inspect --online`: the external links that do not open. The tests never go online:
/// one prober is a stand-in, the network one is asked only about a closed port of this machine.
@Suite struct LinkProbeTests {
    /// Answers from a table: the listed addresses fail with their reason, the rest open.
    struct TableProber: LinkProber {
        let dead: [String: String]
        func probe(_ urls: [String]) -> [String: String?] {
            Dictionary(uniqueKeysWithValues: urls.map { ($0, dead[$0]) })
        }
    }

    static func site() -> [String: String] {
        var files = InspectionSites.fresh()
        files["content/about/duties.md"] = InspectionSites.page(
            "主要职责", body: "见[举报网站](https://www.12388.gov.cn/)和[旧网站](https://old.qindu.gov.cn/)。")
        return files
    }

    @Test func onlineCheckReportsOnlyTheLinksThatDoNotOpenAtTheirPlace() throws {
        let prober = TableProber(dead: ["https://old.qindu.gov.cn/": "服务器回答 HTTP 404"])
        let report = try SiteInspection.run(options: BuildOptions(siteDirectory: InspectionSites.make(Self.site()), now: InspectionSites.now),
                                            today: InspectionSites.today, prober: prober)
        let dead = report.all("INSPECT_LINK_DEAD")
        #expect(dead.map(\.location) == [SourceLocation(file: "content/about/duties.md", line: 5, column: 42)])
        #expect(dead.first?.message.contains("https://old.qindu.gov.cn/ 打不开：服务器回答 HTTP 404") == true)
        #expect(report.all("INSPECT_LINK_EXTERNAL").isEmpty)
        #expect(report.passed)
    }

    @Test func withoutOnlineEveryExternalLinkIsListedForAManualCheck() throws {
        let report = try InspectionSites.inspect(Self.site())
        #expect(report.all("INSPECT_LINK_EXTERNAL").count == 2)
        #expect(report.all("INSPECT_LINK_DEAD").isEmpty)
    }

    @Test func networkProberReportsAnAddressThatRefusesTheConnection() {
        let problem = NetworkLinkProber(timeout: 30).problem("http://127.0.0.1:1/")
        #expect(problem?.hasPrefix("无法连接") == true, "\(String(describing: problem))")
    }
}
