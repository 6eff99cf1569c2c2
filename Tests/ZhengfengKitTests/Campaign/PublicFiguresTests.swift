import Foundation
import Testing
@testable import ZhengfengKit

/// `campaign: public_figures:` in site.yml: the listed aggregate figures appear on the public
/// home page, computed from the same campaign data as the internal pages, and nothing else of
/// that data does (no unit, contact, visit finding or per-unit row).
@Suite struct PublicFiguresTests {
    static let allKeys = "[四进活动场次, 参与人数, 发放资料份数, 实名举报率, 知晓率]"

    static func publicBuild(figures: String?, sample: Bool = false) throws -> (site: URL, output: URL) {
        let site = try CampaignFixture.site()
        let content = site.appendingPathComponent("content")
        if let figures {
            try "title: 测试\nbase_url: https://example.org/\ncampaign:\n  public_figures: \(figures)\n"
                .write(to: content.appendingPathComponent("site.yml"), atomically: true, encoding: .utf8)
        }
        if sample {
            try ("sample: true\n" + CampaignFixture.unitsYAML)
                .write(to: content.appendingPathComponent("data/units.yml"), atomically: true, encoding: .utf8)
        }
        let output = site.appendingPathComponent("output")
        _ = try SiteBuilder(options: TestSites.options(site, output: output)).build()
        return (site, output)
    }

    @Test func aPublicBuildShowsTheListedTotalsButNoInternalDetail() throws {
        let (site, output) = try Self.publicBuild(figures: Self.allKeys)
        defer { TestSupport.remove(site) }
        let home = TestSites.text(output, "index.html")
        #expect(home.contains("宣传年工作进展"))
        // The fixture's totals (see CampaignSiteTests): 87 events, 87×40 people, 87×100 copies;
        // real-name 40% this year against 30% last year; 3 of 4 answers right.
        for figure in ["四进活动场次", ">87<", "3,480", "8,700", "40.0", "上年同期 30.0%", "75.0", "问卷调查 4 份",
                       "2026年3月至11月各单位报送合计"] {
            #expect(home.contains(figure), "home page lacks \(figure)")
        }
        #expect(!home.contains("示例数据"))
        for (path, bytes) in TestSites.tree(output) {
            let text = String(decoding: bytes, as: UTF8.self)
            for detail in CampaignFixture.units + ["联系人甲", "联系人丁", "宣传栏未张贴展板", "干部不了解实名举报", "按计划开展",
                                                   "宣传稿", "知晓情况问卷", "internal/campaign"] {
                #expect(!text.contains(detail), "\(path) shows internal detail \(detail)")
            }
        }
    }

    @Test func sampleDataIsLabelledOnThePublicSite() throws {
        let (site, output) = try Self.publicBuild(figures: "[四进活动场次]", sample: true)
        defer { TestSupport.remove(site) }
        let home = TestSites.text(output, "index.html")
        #expect(home.contains("示例数据") && home.contains(">87<"))
        #expect(!home.contains("知晓率"))
    }

    @Test func nothingAppearsWhenSiteYmlListsNoFigures() throws {
        let (site, output) = try Self.publicBuild(figures: nil)
        defer { TestSupport.remove(site) }
        let home = TestSites.text(output, "index.html")
        #expect(!home.contains("宣传年工作进展") && !home.contains("figure-list"))
    }

    @Test func anUnknownFigureIsAnErrorAtItsLine() throws {
        let text = "title: 测试\nbase_url: https://example.org/\ncampaign:\n  public_figures:\n    - 知晓率\n    - 活动次数\n"
        let (config, diagnostics) = SiteConfig.parse(text, file: "content/site.yml")
        let problem = try #require(diagnostics.first { $0.code == "CAMPAIGN_FIGURE_UNKNOWN" })
        #expect(problem.location.line == 6 && problem.location.column == 7)
        #expect(problem.message.contains("活动次数") && problem.message.contains("四进活动场次"))
        #expect(config?.publicFigures.map(\.key) == [.awareness])
    }
}
