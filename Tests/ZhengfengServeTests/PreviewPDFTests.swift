import Foundation
import Synchronization
import Testing
import ZhengfengKit
@testable import ZhengfengServe

/// `serve` and the print PDFs: linked on /print/, made when opened, made again only for the
/// documents an edit changed. Renders with WeasyPrint (`make deps-pdf`).
@Suite(.serialized, .timeLimit(.minutes(4)))
struct PreviewPDFTests {
    /// The repository's own site (content/ and templates/), copied into a temporary folder.
    static func copyOfShippedSite() throws -> URL {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("zhengfeng-serve-pdf-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent(folder).resolvingSymlinksInPath(),
                                             to: site.appendingPathComponent(folder))
        }
        return site
    }

    @Test func aPDFIsMadeWhenOpenedAndAgainOnlyAfterItsDocumentChanged() async throws {
        let site = try Self.copyOfShippedSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let output = site.appendingPathComponent("preview", isDirectory: true)
        let lines = Mutex<[String]>([])
        let session = try PreviewSession(siteDirectory: site, output: output, host: "127.0.0.1", port: 0) { line in
            lines.withLock { $0.append(line) }
        }
        let port = try await session.start()
        do {
            try await check(session, port: port, site: site, output: output) { lines.withLock { $0 } }
        } catch {
            await session.stop()
            throw error
        }
        let printBuild = site.appendingPathComponent(".zhengfeng-serve-print-preview")
        #expect(FileManager.default.fileExists(atPath: printBuild.path), "the PDFs come from a build beside the preview")
        await session.stop()
        #expect(!FileManager.default.fileExists(atPath: printBuild.path), "stopping removes the print build")
    }

    func check(_ session: PreviewSession, port: UInt16, site: URL, output: URL, log: () -> [String]) async throws {
        func made() -> [String] { log().filter { $0.hasPrefix("已生成 print/") } }

        let index = try await PreviewServerTests.get("/print/", port: port)
        #expect(index.body.contains("href=\"/print/leaflet.pdf\"") && index.body.contains("href=\"/print/board-rights-press.pdf\""))
        #expect(index.body.contains("打开时生成"), "the preview says the PDFs are made when opened")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("print/leaflet.pdf").path),
                "the preview is built without PDFs")

        let leaflet = try await PreviewServerTests.get("/print/leaflet.pdf", port: port)
        #expect(leaflet.status == 200 && leaflet.type == "application/pdf" && leaflet.body.hasPrefix("%PDF"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("print/leaflet-press.pdf").path),
                "both variants come from the one layout")
        let board = try await PreviewServerTests.get("/print/board-rights-press.pdf", port: port)
        #expect(board.status == 200 && board.body.hasPrefix("%PDF"))
        #expect(made().count == 2)
        _ = try await PreviewServerTests.get("/print/leaflet.pdf", port: port)
        #expect(made().count == 2, "an unchanged document is not made again")

        // The rights board shows this page; the leaflet does not.
        let page = site.appendingPathComponent("content/real-name/rights-duties.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        let before = session.generation
        try Data(text.replacingOccurrences(of: "请通过正常途径反映问题", with: "请通过正常渠道反映问题").utf8).write(to: page)
        let updated = try await PreviewServerTests.afterUpdates(session, from: before) {
            try await PreviewServerTests.get("/print/boards/rights/", port: port).body.contains("正常渠道")
        }
        #expect(updated)
        _ = try await PreviewServerTests.get("/print/leaflet.pdf", port: port)
        #expect(made().count == 2, "the edit does not touch the leaflet")
        let edited = try await PreviewServerTests.get("/print/board-rights.pdf", port: port)
        #expect(edited.status == 200 && made().count == 3 && made().last?.contains("print/board-rights.pdf") == true)
        let printed = try Self.text(of: output.appendingPathComponent("print/board-rights.pdf"))
        #expect(printed.contains("正常渠道"))
        // The paper carries the site's own address, not the preview server's.
        #expect(printed.contains("lianzheng.qindu.example") && !printed.contains("127.0.0.1"))
    }

    /// A PDF the preflight rejects is not served: the browser gets the error page with the
    /// problem (code, document, page) and the preview folder holds no PDF of that document.
    @Test func aPDFThePreflightRejectsIsShownAsItsErrors() async throws {
        let site = try Self.copyOfShippedSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let config = site.appendingPathComponent("content/site.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "min_body_pt: 28 ", with: "min_body_pt: 200").utf8).write(to: config)
        let output = site.appendingPathComponent("preview", isDirectory: true)
        let session = try PreviewSession(siteDirectory: site, output: output, host: "127.0.0.1", port: 0) { _ in }
        let port = try await session.start()
        do {
            let board = try await PreviewServerTests.get("/print/board-rights.pdf", port: port)
            #expect(board.status == 500 && board.type?.hasPrefix("text/html") == true)
            #expect(board.body.contains("PRINT_BODY_TOO_SMALL") && board.body.contains("print/board-rights.pdf"))
            #expect(board.body.contains("没有生成 PDF"))
            for name in ["board-rights.pdf", "board-rights-press.pdf"] {
                #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("print/" + name).path))
            }
        } catch {
            await session.stop()
            throw error
        }
        await session.stop()
    }

    /// The text of a PDF (pdftotext), spaces and line breaks left out.
    static func text(of pdf: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", pdf.path, "-"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).filter { !$0.isWhitespace }
    }
}
