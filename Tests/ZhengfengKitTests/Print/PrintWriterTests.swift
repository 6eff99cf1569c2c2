import Foundation
import Testing
@testable import ZhengfengKit

/// The print HTML, written into a throwaway transaction (no PDF).
@Suite struct PrintWriterTests {
    static func write(_ adjust: (inout PrintConfig) -> Void) throws -> (documents: [PrintDocument], read: (String) -> String) {
        let base = PrintSelectionTests.site
        var content = base.source
        adjust(&content.config.print)
        let site = PublishedSite(content: content, publication: PrintSelectionTests.publication, now: base.now, proof: true)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("zhengfeng-printwriter-\(UUID().uuidString)")
        let transaction = try OutputTransaction(outputDirectory: output)
        let templates = try TemplateSet(directory: ThemeLoader.builtInDirectory, displayPrefix: "（内置模板）/")
        let documents = try PrintWriter(contexts: TemplateContexts(site: site), templates: templates, transaction: transaction,
                                        configFile: "content/site.yml").writeAll()
        // Read everything now: the uncommitted transaction removes its staging folder when released.
        var files: [String: String] = [:]
        for path in documents.flatMap({ [$0.htmlPath, PrintWriter.pageCSSPath($0)] }) {
            files[path] = try String(contentsOf: transaction.stagingDirectory.appendingPathComponent(path), encoding: .utf8)
        }
        return (documents, { files[$0] ?? "" })
    }

    @Test func writesEveryEditionTheLeafletAndTheBoards() throws {
        let (documents, read) = try Self.write { _ in }
        #expect(documents.map(\.htmlPath) == [
            "print/agencies/index.html", "print/enterprises/index.html", "print/communities/index.html",
            "print/villages/index.html", "print/leaflet/index.html", "print/boards/scope/index.html",
            "print/boards/rights/index.html", "print/boards/scope-check/index.html",
        ])
        let villages = read("print/villages/index.html")
        #expect(read("print/villages/page.css").contains("@page { size: 148mm 210mm; }"))
        #expect(villages.contains("href=\"page.css\""))
        #expect(villages.contains(PrintDocument.padMarker))
        #expect(villages.contains("进农村") && villages.contains("乡亲们"))
        #expect(villages.contains("href=\"../../assets/css/print.css\""))
        #expect(villages.contains("shape-rendering=\"crispEdges\""))
        let back = try #require(villages.range(of: "class=\"back-cover\""))
        #expect(villages[back.upperBound...].contains("12388"))
        let leaflet = read("print/leaflet/index.html")
        #expect(leaflet.components(separatedBy: "<section class=\"panel ").count - 1 == 6)
        #expect(read("print/boards/rights/index.html").contains("检举控告人的权利和义务"))
        #expect(read("print/boards/scope/index.html").contains("href=\"../../../assets/css/print.css\""))
    }

    @Test func bleedAndCropMarksGrowTheMediaBox() throws {
        let (documents, read) = try Self.write { $0.bleed = true; $0.cropMarks = true }
        #expect(documents.first?.mediaSize == PaperSize(width: 154, height: 216))
        #expect(read("print/agencies/page.css").contains("@page { size: 148mm 210mm; bleed: 3mm; marks: crop; }"))
    }

    @Test func printPagesHaveAViewportAndNoInlineStyleOrScript() throws {
        let (documents, read) = try Self.write { _ in }
        for document in documents {
            let html = read(document.htmlPath)
            #expect(html.contains("<meta name=\"viewport\""), "\(document.htmlPath)")
            #expect(!html.contains("<style") && !html.contains(" style=\""), "\(document.htmlPath)")
            #expect(!html.contains("<script>"), "\(document.htmlPath)")
        }
    }

    @Test func headingIDsRepeatedAcrossPagesBecomeUniqueInOneDocument() {
        let html = "<h2 id=\"tips\">几点提醒</h2><p><a href=\"#tips\">x</a> <a href=\"https://a/#b\">y</a></p>"
        #expect(PrintSelection.prefixingIDs(html, with: "scope-2")
                == "<h2 id=\"scope-2-tips\">几点提醒</h2><p><a href=\"#scope-2-tips\">x</a> <a href=\"https://a/#b\">y</a></p>")
    }

    @Test func printIndexSizesAreRoundedTheSameWayEveryTime() {
        #expect(PrintIndex.sizeText(380_400) == "380 KB")
        #expect(PrintIndex.sizeText(1_234_567) == "1.2 MB")
        #expect(PrintIndex.sizeText(12_600_000) == "13 MB")
        #expect(PrintIndex.sizeText(10) == "1 KB")
    }

    @Test func forewordsAreEscaped() throws {
        let (_, read) = try Self.write { config in
            config.editions[0].foreword = "同志们：\n\n第一段<script>x</script>\n\n第二段"
        }
        let html = read("print/agencies/index.html")
        #expect(html.contains("<p>第一段&lt;script&gt;x&lt;/script&gt;</p>"))
        #expect(html.contains("<p>第二段</p>"))
        #expect(html.contains("<p class=\"salutation\">同志们：</p>"))
    }

    @Test func missingPagesFailTheBuildWithTheirName() {
        #expect(throws: DiagnosticsError.self) {
            _ = try Self.write { $0.boards[0].pages = ["scope/nothing.md"] }
        }
    }
}
