import Foundation
import Testing
@testable import ZhengfengKit

@Suite struct PrintConfigTests {
    static let base = "title: 清风\nbase_url: https://example.gov.cn/\n"

    @Test func defaultsGiveFourEditionsWithLargeTypeForVillages() throws {
        let (config, diagnostics) = SiteConfig.parse(Self.base, file: "content/site.yml")
        #expect(diagnostics.isEmpty)
        let print = try #require(config?.print)
        #expect(print.editions.map(\.audience) == Audience.allCases)
        #expect(print.pageSize == .a5)
        #expect(try #require(print.edition(.villages)).bodyPoints >= 14)
        #expect(print.leafletPanels.count == 6)
        #expect(print.boards.map(\.title) == ["纪检监察机关受理检举控告范围和不予受理事项", "检举控告人的权利和义务"])
        #expect(print.boardSize == PaperSize(width: 600, height: 900))
    }

    @Test func siteSettingsOverrideOnlyWhatTheyName() throws {
        let yaml = Self.base + """
        print:
          page_size: A4
          bleed: true
          editions:
            villages:
              foreword: 乡亲们好。
              text_scale: 1.5
              contents: [scope, about/plan.md]
          boards:
            size: 800mm 1200mm
        """
        let (config, diagnostics) = SiteConfig.parse(yaml, file: "content/site.yml")
        #expect(diagnostics.isEmpty)
        let print = try #require(config?.print)
        #expect(print.pageSize == .a4 && print.bleed)
        let villages = try #require(print.edition(.villages))
        #expect(villages.foreword == "乡亲们好。" && villages.contents == ["scope", "about/plan.md"])
        #expect(villages.name == "进农村")
        #expect(villages.bodyPoints == 15.8)
        #expect(print.edition(.agencies)?.contents == PrintDefaults.brochureContents)
        #expect(print.boardSize == PaperSize(width: 800, height: 1200))
        #expect(print.boards.count == 2)
    }

    @Test func reportsBadValuesAtTheirLine() {
        let yaml = Self.base + """
        print:
          page_size: B7 portrait
          editions:
            schools:
              name: 进校园
            villages:
              text_scale: 9
          leaflet:
            panels:
              - {id: one, title: 一, pages: [scope/_index.md]}
        """
        let (_, diagnostics) = SiteConfig.parse(yaml, file: "content/site.yml")
        let found = Dictionary(grouping: diagnostics, by: \.code).mapValues { $0.map(\.location.line) }
        #expect(found["PRINT_PAGE_SIZE"] == [4])
        #expect(found["PRINT_EDITION"] == [6])
        #expect(found["PRINT_TEXT_SCALE"] == [9])
        #expect(found["PRINT_LEAFLET_PANELS"] == [12])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.location.file == "content/site.yml" })
    }

    @Test func paperSizesParse() {
        #expect(PaperSize(parsing: "A4 landscape") == .a4Landscape)
        #expect(PaperSize(parsing: "600 mm × 900 mm") == PaperSize(width: 600, height: 900))
        #expect(PaperSize(parsing: "148mm 210mm")?.css == "148mm 210mm")
        #expect(PaperSize(parsing: "10mm 10mm") == nil)
        #expect(PaperSize(parsing: "大号") == nil)
    }
}
