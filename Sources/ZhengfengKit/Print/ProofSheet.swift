import Foundation

/// `zhengfeng proof`: a contact sheet of the whole print run. Every page of every PDF that
/// `build --pdf` wrote into `output/print/` becomes a small PNG (`pdftoppm`), and one HTML
/// page shows them document by document, so that an editor can look the run over before
/// sending it to the print shop. The 印刷版 is shown (bleed, crop and fold marks: what the shop
/// gets); a document without one shows its 办公版. The sheet is not part of the website.
public struct ProofSheet: Sendable {
    /// The build's `print/` folder with the PDFs.
    public var pdfDirectory: URL
    /// Where the contact sheet goes (`index.html` and one PNG per page).
    public var destination: URL
    /// Longest side of a page image in pixels.
    public var pixels = 480

    public init(pdfDirectory: URL, destination: URL) {
        self.pdfDirectory = pdfDirectory
        self.destination = destination
    }

    /// One document on the sheet.
    public struct Document: Sendable, Equatable {
        /// The PDF shown, relative to the output root (`print/villages-press.pdf`).
        public var path: String
        /// The page images, relative to the sheet's folder, in page order.
        public var images: [String]
    }

    /// A file in the destination marking it as a contact sheet: only such a folder is
    /// replaced by the next run.
    static let marker = ".zhengfeng-proof"

    /// The PDFs to show, sorted by name: each document's 印刷版, or its 办公版 if it has none.
    func pdfs() throws -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: pdfDirectory.path)) ?? []
        let pdfs = Set(names.filter { $0.hasSuffix(".pdf") && !$0.hasPrefix(".") })
        let shown = pdfs.filter { name in
            name.hasSuffix("-press.pdf") || !pdfs.contains(String(name.dropLast(".pdf".count)) + "-press.pdf")
        }
        guard !shown.isEmpty else {
            throw Diagnostic.error("PROOF_NO_PDFS",
                                   "\(pdfDirectory.path) 里没有 PDF，无法生成印刷品总览。请先运行 zhengfeng build --pdf，再运行 zhengfeng proof。",
                                   at: SourceLocation(file: pdfDirectory.path))
        }
        return shown.sorted().map { pdfDirectory.appendingPathComponent($0) }
    }

    /// Renders every page and writes the sheet; returns what it shows. A destination that
    /// exists without the marker (not made by `proof`) is left alone and reported.
    @discardableResult
    public func write() throws -> [Document] {
        let pdfs = try self.pdfs()
        let manager = FileManager.default
        if manager.fileExists(atPath: destination.path) {
            let contents = (try? manager.contentsOfDirectory(atPath: destination.path)) ?? []
            guard contents.isEmpty || contents.contains(Self.marker) else {
                throw Diagnostic.error("PROOF_FOLDER_IN_USE",
                                       "\(destination.path) 已有别的文件，印刷品总览不会覆盖它。请换一个文件夹（--output），或把这个文件夹移走。",
                                       at: SourceLocation(file: destination.path))
            }
            try manager.removeItem(at: destination)
        }
        try manager.createDirectory(at: destination, withIntermediateDirectories: true)
        try Data().write(to: destination.appendingPathComponent(Self.marker))
        let documents = try ParallelMap.map(pdfs) { try render($0) }
        try Data(Self.html(documents).utf8).write(to: destination.appendingPathComponent("index.html"))
        return documents
    }

    /// The PNGs of one PDF's pages: `villages-press-01.png` … (pdftoppm numbers them).
    func render(_ pdf: URL) throws -> Document {
        let stem = pdf.deletingPathExtension().lastPathComponent
        _ = try PreflightReader.run("pdftoppm", ["-png", "-scale-to", String(pixels), pdf.path,
                                                  destination.appendingPathComponent(stem).path])
        let images = ((try? FileManager.default.contentsOfDirectory(atPath: destination.path)) ?? [])
            .filter { $0.hasPrefix(stem + "-") && $0.hasSuffix(".png")
                && Int($0.dropFirst(stem.count + 1).dropLast(".png".count)) != nil }
            .sorted { Int($0.dropFirst(stem.count + 1).dropLast(4))! < Int($1.dropFirst(stem.count + 1).dropLast(4))! }
        return Document(path: "print/" + pdf.lastPathComponent, images: images)
    }

    /// The contact sheet: one section per document, its pages in a grid, each captioned
    /// with its page number.
    static func html(_ documents: [Document]) -> String {
        let pages = documents.map(\.images.count).reduce(0, +)
        var html = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>印刷品总览（\(documents.count) 个文件，\(pages) 页）</title>
            <style>
            body { margin: 1rem; font-family: "Noto Sans CJK SC", sans-serif; background: #eee; color: #222; }
            h1 { font-size: 1.4rem; }
            h2 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
            .pages { display: flex; flex-wrap: wrap; gap: 0.8rem; align-items: flex-end; }
            figure { margin: 0; text-align: center; }
            img { display: block; max-width: 100%; height: auto; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.35); }
            figcaption { font-size: 0.85rem; margin-top: 0.3rem; }
            </style>
            </head>
            <body>
            <h1>印刷品总览：\(documents.count) 个文件，共 \(pages) 页</h1>
            <p>每一页都在这里（交印刷厂的印刷版，含出血、裁切线和折线）。请逐页看一遍：有没有大块空白、字是否太小、二维码是否完整。</p>

            """
        for document in documents {
            let name = HTMLText.escape(document.path)
            html += "<section>\n<h2>\(name)（\(document.images.count) 页）</h2>\n<div class=\"pages\">\n"
            for (index, image) in document.images.enumerated() {
                let file = HTMLText.escape(image)
                html += "<figure><a href=\"\(file)\"><img src=\"\(file)\" alt=\"\(name) 第 \(index + 1) 页\"></a><figcaption>第 \(index + 1) 页</figcaption></figure>\n"
            }
            html += "</div>\n</section>\n"
        }
        return html + "</body>\n</html>\n"
    }
}
