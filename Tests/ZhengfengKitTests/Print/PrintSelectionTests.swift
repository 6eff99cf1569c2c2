import Foundation
import Testing
@testable import ZhengfengKit

/// Page selection for the print editions, on the shipped site (no PDF needed).
@Suite struct PrintSelectionTests {
    static let site: SiteModel = {
        var timer = StageTimer()
        let options = BuildOptions(siteDirectory: ShippedSite.root, now: PageDate(timestamp: 1_790_000_000))
        return try! SiteBuilder(options: options).prepare(timer: &timer).model
    }()

    func paths(_ audience: Audience) -> [String] {
        let selection = PrintSelection(site: Self.site, configFile: "content/site.yml")
        let (chapters, diagnostics) = selection.chapters(for: Self.site.config.print.edition(audience)!)
        #expect(diagnostics.isEmpty)
        return chapters.flatMap { chapter in (chapter.intro.map { [$0.contentPath] } ?? []) + chapter.items.map(\.contentPath) }
    }

    @Test func editionsFollowAudiencesAndThePrintFlag() {
        let agencies = paths(.agencies)
        let villages = paths(.villages)
        #expect(agencies.contains("false-accusation/for-officials.md"))
        #expect(!villages.contains("false-accusation/for-officials.md"))
        #expect(villages.contains("false-accusation/what-is.md"))
        for path in agencies + villages {
            #expect(!path.hasPrefix("news/") && !path.hasPrefix("notices/"))
        }
        #expect(agencies.first == "scope/_index.md")
    }

    @Test func unknownContentsAreReportedAgainstSiteYml() {
        var edition = Self.site.config.print.edition(.villages)!
        edition.contents = ["scope", "nowhere", "about/missing.md"]
        edition.location = SourceLocation(file: "content/site.yml", line: 40, column: 5)
        let (chapters, diagnostics) = PrintSelection(site: Self.site, configFile: "content/site.yml").chapters(for: edition)
        #expect(chapters.count == 1)
        #expect(diagnostics.map(\.code) == ["PRINT_CONTENT_MISSING", "PRINT_CONTENT_MISSING"])
        #expect(diagnostics.allSatisfy { $0.location.line == 40 })
    }

    @Test func summaryBlocksPrintSummariesOnly() throws {
        let panel = try #require(Self.site.config.print.leafletPanels.first { $0.id == "real-name" })
        let (items, diagnostics) = PrintSelection(site: Self.site, configFile: "content/site.yml").items(for: panel)
        #expect(diagnostics.isEmpty)
        #expect(items.count == 3)
        #expect(items.allSatisfy { $0.html.hasPrefix("<p>") && !$0.html.contains("<h2") })
    }
}

/// The repository's own site (content/ and templates/).
enum ShippedSite {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
