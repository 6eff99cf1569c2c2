import Foundation
import Testing
@testable import ZhengfengKit

/// Which WeasyPrint zhengfeng runs, how it starts the driver with it, and what the driver
/// writes: both PDFs from one layout, the same bytes for the same input.
@Suite struct PDFDriverTests {
    /// A folder with an executable file at each of `paths` (with `text` as its contents).
    static func programs(_ paths: [String], text: String = "#!/bin/sh\nexit 0\n") throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhengfeng-driver-\(UUID().uuidString)")
        for path in paths {
            let file = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
        }
        return root
    }

    @Test func theVirtualEnvironmentBesideZhengfengComesBeforePathAndTheVariableBeforeBoth() throws {
        let root = try Self.programs([".build/weasyprint-venv/bin/weasyprint", "usr/bin/weasyprint", "stand-in"])
        defer { try? FileManager.default.removeItem(at: root) }
        let zhengfeng = root.appendingPathComponent(".build/x86_64-unknown-linux-gnu/release/zhengfeng")
        let path = root.appendingPathComponent("usr/bin").path
        let venv = PDFRenderer(epoch: 0, environment: ["PATH": path], zhengfeng: zhengfeng)
        #expect(venv?.executable.path == root.appendingPathComponent(".build/weasyprint-venv/bin/weasyprint").path)
        let debian = PDFRenderer(epoch: 0, environment: ["PATH": path], zhengfeng: root.appendingPathComponent("elsewhere/zhengfeng"))
        #expect(debian?.executable.path == root.appendingPathComponent("usr/bin/weasyprint").path)
        let standIn = root.appendingPathComponent("stand-in").path
        let chosen = PDFRenderer(epoch: 0, environment: ["PATH": path, "ZHENGFENG_WEASYPRINT": standIn], zhengfeng: zhengfeng)
        #expect(chosen?.executable.path == standIn)
        let named = ["PATH": path, "ZHENGFENG_WEASYPRINT": root.appendingPathComponent("missing").path]
        #expect(PDFRenderer(epoch: 0, environment: named, zhengfeng: zhengfeng) == nil, "a program named but missing is missing")
    }

    @Test func weasyPrintsVersionIsAskedOnceAndAgainOnlyWhenTheProgramChanges() throws {
        let root = try Self.programs(["unused"])
        defer { try? FileManager.default.removeItem(at: root) }
        let log = root.appendingPathComponent("asked")
        let program = root.appendingPathComponent("weasyprint")
        let text = "#!/bin/sh\necho asked >> '\(log.path)'\necho 'WeasyPrint version 1'\n"
        try Data(text.utf8).write(to: program)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        let renderer = try #require(PDFRenderer(epoch: 0, environment: ["ZHENGFENG_WEASYPRINT": program.path], zhengfeng: nil))
        let cache = PDFCache(output: root.appendingPathComponent("output"))
        try FileManager.default.createDirectory(at: cache.directory, withIntermediateDirectories: true)
        func asked() -> Int { ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").count }
        #expect(try renderer.version(rememberedIn: cache) == "WeasyPrint version 1\n")
        #expect(try renderer.version(rememberedIn: cache) == "WeasyPrint version 1\n")
        #expect(asked() == 1)
        // An upgrade replaces the program.
        try Data((text + "# upgraded\n").utf8).write(to: program)
        #expect(try renderer.version(rememberedIn: cache) == "WeasyPrint version 1\n")
        #expect(asked() == 2)
        cache.prune(keep: [], spare: 0)
        #expect(FileManager.default.fileExists(atPath: cache.directory.appendingPathComponent(PDFRenderer.versionMemo).path),
                "pruning keeps the remembered version")
    }

    @Test func theDriverRunsWithThePythonOfTheWeasyPrintScript() throws {
        let root = try Self.programs(["direct"], text: "#!/opt/venv/bin/python3\nimport weasyprint\n")
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("#!/usr/bin/env python3\n".utf8).write(to: root.appendingPathComponent("env"))
        try Data("#!/bin/sh\n".utf8).write(to: root.appendingPathComponent("shell"))
        #expect(PDFDriverCommand.interpreter(of: root.appendingPathComponent("direct")) == ["/opt/venv/bin/python3"])
        #expect(PDFDriverCommand.interpreter(of: root.appendingPathComponent("env")) == ["/usr/bin/env", "python3"])
        let shell = root.appendingPathComponent("shell")
        #expect(PDFDriverCommand.interpreter(of: shell) == [shell.path])
        #expect(PDFDriverCommand(weasyprint: shell).arguments == [shell.path, PDFDriverCommand.script.path])
        #expect(FileManager.default.fileExists(atPath: PDFDriverCommand.script.path), "pdf_driver.py is in the resource bundle")
    }

    /// pip writes this form when the virtual environment's path has a space (a checkout in
    /// "/home/张 三/正风 网站"): the Python is on the second line.
    @Test func theDriverRunsWithThePythonOfAVirtualEnvironmentWhosePathHasASpace() throws {
        let python = "/home/张 三/正风 网站/.build/weasyprint-venv/bin/python3"
        let text = "#!/bin/sh\n'''exec' \"\(python)\" \"$0\" \"$@\"\n' '''\n# -*- coding: utf-8 -*-\nimport re\n"
        let root = try Self.programs(["weasyprint"], text: text)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(PDFDriverCommand.interpreter(of: root.appendingPathComponent("weasyprint")) == [python])
    }

    /// A Python without WeasyPrint (or any driver that dies) is a PDF_FAILED with its last
    /// words, not a hang and not zhengfeng killed by SIGPIPE.
    @Test func aDriverThatDiesIsReportedWithItsMessage() throws {
        let root = try Self.programs(["broken"], text: "#!/bin/sh\necho \"ModuleNotFoundError: No module named 'weasyprint'\" >&2\nexit 1\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let renderer = try #require(PDFRenderer(epoch: 0, environment: ["ZHENGFENG_WEASYPRINT": root.appendingPathComponent("broken").path]))
        let drivers = PDFDriverPool(renderer.command, epoch: 0)
        defer { drivers.close() }
        let document = PrintDocument(name: "leaflet", kind: .leaflet, title: "t", author: "a", htmlPath: "print/leaflet/index.html",
                                     pdfPath: "print/leaflet.pdf", mediaSize: .a4Landscape)
        let out = root.appendingPathComponent("out.pdf")
        #expect {
            _ = try renderer.layOut(document, html: out, office: out, press: out, drivers: drivers)
        } throws: { error in
            let diagnostic = error as? Diagnostic
            return diagnostic?.code == "PDF_FAILED" && diagnostic?.message.contains("No module named 'weasyprint'") == true
        }
    }

    /// One layout, two files: the 办公版 is the 印刷版's pages cut to the trim (no bleed, no marks),
    /// and rendering the same document again gives the same bytes.
    @Test func bothVariantsComeFromOneLayoutAndTheSameInputGivesTheSameBytes() throws {
        let report = try PrintedSite.report.get()
        let document = try #require(report.printDocuments.first { $0.name == "leaflet" })
        let renderer = try #require(PDFRenderer(epoch: 0))
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhengfeng-driver-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for path in [document.htmlPath, PrintWriter.pageCSSPath(document), "assets/css/print.css"] {
            let target = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: PrintedSite.output.appendingPathComponent(path), to: target)
        }
        let drivers = PDFDriverPool(renderer.command, epoch: 0)
        defer { drivers.close() }
        var files: [[Data]] = []
        for round in 0..<2 {
            let office = root.appendingPathComponent("office-\(round).pdf"), press = root.appendingPathComponent("press-\(round).pdf")
            let pages = try renderer.layOut(document, html: root.appendingPathComponent(document.htmlPath),
                                            office: office, press: press, drivers: drivers)
            #expect(pages.count == 2 && pages.written)
            files.append([try Data(contentsOf: office), try Data(contentsOf: press)])
        }
        #expect(files[0] == files[1], "the same document rendered twice gives other bytes")
        let office = try tool("pdfinfo", ["-box", root.appendingPathComponent("office-0.pdf").path])
        let press = try tool("pdfinfo", ["-box", root.appendingPathComponent("press-0.pdf").path])
        func box(_ label: String, _ text: String) -> [Double] {
            (text.split(separator: "\n").first { $0.contains(label) } ?? "").split(separator: " ").compactMap { Double($0) }
        }
        #expect(box("MediaBox", office) == box("TrimBox", press), "the 办公版 is the 印刷版 cut to its trim")
        #expect(box("MediaBox", office) == box("TrimBox", office) && box("MediaBox", office) == box("BleedBox", office))
        #expect(box("MediaBox", press) != box("TrimBox", press), "the 印刷版 has its bleed")
        #expect(try pdfText(root.appendingPathComponent("office-0.pdf").path) == pdfText(root.appendingPathComponent("press-0.pdf").path))
    }

    /// A brochure that needs blank pages takes two layouts; with the count remembered from
    /// the last render, one; with a wrong count, three. The bytes are the same every time.
    @Test func rememberedBlankPagesSaveALayoutAndGiveTheSameBytes() throws {
        let report = try PrintedSite.report.get()
        _ = try PrintedSite.pdf("agencies")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhengfeng-blanks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: PrintedSite.output, to: root)
        // The built HTML holds its blank pages; without them it is what the print stage writes.
        let document = try #require(report.printDocuments.first { document in
            document.kind == .brochure && ((try? String(contentsOf: root.appendingPathComponent(document.htmlPath), encoding: .utf8))?
                .contains(PrintDocument.padPage) ?? false)
        }, "a shipped brochure needs blank pages")
        let html = root.appendingPathComponent(document.htmlPath)
        let source = try String(contentsOf: html, encoding: .utf8).replacingOccurrences(of: PrintDocument.padPage, with: "")
        let renderer = try #require(PDFRenderer(epoch: 0))
        let drivers = PDFDriverPool(renderer.command, epoch: 0)
        defer { drivers.close() }
        func render(remembering remembered: Int) throws -> (blanks: Int, layouts: Int, files: [Data]) {
            try Data(source.utf8).write(to: html)
            let office = root.appendingPathComponent("office.pdf"), press = root.appendingPathComponent("press.pdf")
            let pages = try renderer.layOutWithBlankPages(document, html: html, office: office, press: press,
                                                          drivers: drivers, remembered: remembered)
            #expect(pages.written && pages.count % document.pageMultiple == 0)
            return (pages.blanks, pages.layouts, [try Data(contentsOf: office), try Data(contentsOf: press), try Data(contentsOf: html)])
        }
        let fresh = try render(remembering: 0)
        #expect(fresh.blanks > 0 && fresh.layouts == 2)
        let remembered = try render(remembering: fresh.blanks)
        #expect(remembered.blanks == fresh.blanks && remembered.layouts == 1)
        #expect(remembered.files == fresh.files, "a remembered count gives other bytes than a fresh render")
        let wrong = try render(remembering: fresh.blanks % (document.pageMultiple - 1) + 1)
        #expect(wrong.blanks == fresh.blanks && wrong.layouts == 3)
        #expect(wrong.files == fresh.files, "a wrong remembered count gives other bytes than a fresh render")
    }
}
