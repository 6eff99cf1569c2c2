import FlyingFox
import Foundation
import ZhengfengKit

/// `zhengfeng serve`: builds the site into a preview folder, serves it over HTTP, watches
/// content/ and templates/ and updates the folder (incrementally where it can) on every
/// change; open pages reload themselves. Builds run one at a time on their own queue.
/// Sendable: its mutable state (engine, watcher, server, own folder) is touched only on `queue`
/// or before `start` returns and after `stop` begins; `state` locks itself.
public final class PreviewSession: @unchecked Sendable {
    public let siteDirectory: URL
    /// Where the preview is written (not the site's output/: `build` output never sees serve).
    public let outputDirectory: URL
    public let host: String
    private let requestedPort: UInt16
    private let includeDrafts: Bool
    private let force: Bool
    private let log: @Sendable (String) -> Void
    private let state = PreviewState()
    private let queue = DispatchQueue(label: "zhengfeng.serve.build")
    private var engine: IncrementalSite?
    private var watcher: ChangeWatcher?
    private var server: HTTPServer?
    private var serverTask: Task<Void, Error>?
    /// The folder this session made and removes when it stops (and on Ctrl-C or SIGTERM),
    /// with its `Interruption` token; nil when `output` named a folder that existed before.
    private var ownFolder: (path: String, token: Int)?

    /// Without `output`, the preview goes into a new folder that the session makes in the
    /// system's temporary folder (or in `temporaryParent`) and removes when it stops. An
    /// `output` folder is checked like `build --output` (`OutputLocation`; `force` allows a
    /// folder zhengfeng did not write); the session removes it only if it made it.
    public init(siteDirectory: URL, output: URL? = nil, force: Bool = false, temporaryParent: URL? = nil,
                host: String = "127.0.0.1", port: UInt16 = 8080,
                includeDrafts: Bool = false, log: @escaping @Sendable (String) -> Void) throws {
        self.siteDirectory = siteDirectory.standardizedFileURL
        if let output {
            try OutputLocation.validate(output: output, site: siteDirectory, force: force)
            let resolved = OutputLocation.resolved(output.path)
            outputDirectory = URL(fileURLWithPath: resolved, isDirectory: true)
            if !FileManager.default.fileExists(atPath: resolved) {
                ownFolder = (resolved, Interruption.track(folder: resolved))
            }
        } else {
            let parent = OutputLocation.resolved((temporaryParent ?? FileManager.default.temporaryDirectory).path)
            var template = Array((parent + "/zhengfeng-serve-XXXXXX").utf8CString)
            guard let made = mkdtemp(&template) else {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            let root = String(cString: made)
            ownFolder = (root, Interruption.track(folder: root))
            outputDirectory = URL(fileURLWithPath: root + "/site", isDirectory: true)
        }
        self.host = host
        self.requestedPort = port
        self.includeDrafts = includeDrafts
        self.force = force
        self.log = log
    }

    /// Starts the server, builds once, starts watching; returns the port it listens on.
    public func start() async throws -> UInt16 {
        let address = try sockaddr_in.inet(ip4: host, port: requestedPort)
        let handler = PreviewHandler(files: PreviewFiles(root: outputDirectory), state: state) { [weak self] path in
            await self?.preparePDF(path) ?? .notADocument
        }
        let server = HTTPServer(address: address, logger: .disabled, handler: handler)
        self.server = server
        serverTask = Task { try await server.run() }
        try await server.waitUntilListening(timeout: 10)
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            throw POSIXError(.EADDRNOTAVAIL)
        }

        var options = BuildOptions(siteDirectory: siteDirectory, outputDirectory: outputDirectory)
        options.baseURL = "http://\(host):\(port)/"
        options.force = force
        options.includeDrafts = includeDrafts
        options.showDrafts = true
        options.pdfOnDemand = true
        let engine = IncrementalSite(options: options)
        self.engine = engine
        // Watch before the first build: a file saved while it runs is handled right after it.
        let watcher = ChangeWatcher(siteDirectory: siteDirectory, folders: ["content", "templates"]) { [weak self] changed in
            self?.enqueue(changed)
        }
        try watcher.start()
        self.watcher = watcher
        await runOnQueue { self.report(engine.rebuildAll()) }
        return port
    }

    /// Stops watching and serving and removes the folder the session made (nothing else).
    public func stop() async {
        watcher?.stop()
        watcher = nil
        await server?.stop(timeout: 1)
        serverTask?.cancel()
        let own = ownFolder
        ownFolder = nil
        let engine = self.engine
        await runOnQueue {
            engine?.close()
            if let own { Interruption.remove(own.token) }
        }
    }

    /// The current update generation (grows by one after each build, good or not).
    public var generation: Int { state.generation }

    /// Waits (on the event, not the clock) until an update after `generation` finished, or
    /// `timeout` seconds passed; returns the current generation.
    public func waitForUpdate(after generation: Int, timeout: TimeInterval = 60) async -> Int {
        await state.wait(since: generation, timeout: timeout)
    }

    /// Returns once a browser's reload request is waiting for the next update.
    func reloadRequestPending() async {
        await state.someoneWaiting()
    }

    /// Waits until every change seen so far has been built.
    public func settle() async {
        await runOnQueue {}
    }

    /// Makes a print document's PDFs current when one is opened (on the build queue, so an
    /// update never rewrites the print HTML while WeasyPrint reads it).
    func preparePDF(_ path: String) async -> PDFDemand {
        await withCheckedContinuation { (continuation: CheckedContinuation<PDFDemand, Never>) in
            queue.async {
                guard let engine = self.engine else { return continuation.resume(returning: .notADocument) }
                let demand = engine.preparePDF(path)
                switch demand {
                case .ready(let result?):
                    self.log("已生成 " + PDFProgressLine.text(result))
                case .failed(let problems):
                    self.printDiagnostics(problems)
                case .ready(nil), .notADocument:
                    break
                }
                continuation.resume(returning: demand)
            }
        }
    }

    private func enqueue(_ changed: Set<String>) {
        queue.async { self.update(changed) }
    }

    private func update(_ changed: Set<String>) {
        guard let engine else { return }
        log("检测到修改：" + changed.sorted().prefix(5).joined(separator: "、") + (changed.count > 5 ? " 等 \(changed.count) 个" : ""))
        report(engine.apply(changed: changed))
    }

    private func report(_ outcome: IncrementalSite.Outcome) {
        switch outcome {
        case .full(let report):
            printDiagnostics(report.warnings)
            log(report.summary)
            state.finished(errors: [], good: true)
        case .partial(let files, let warnings, let seconds):
            printDiagnostics(warnings)
            log(String(format: "已更新 %d 个文件，用时 %.0f 毫秒", files.count, seconds * 1000))
            state.finished(errors: [], good: true)
        case .failed(let diagnostics):
            printDiagnostics(diagnostics)
            log("有错误，浏览器中仍显示上次成功生成的页面。修改并保存后会自动重新生成。")
            state.finished(errors: engine?.errors ?? diagnostics, good: false)
        }
    }

    private func printDiagnostics(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sortedForDisplay() { log(diagnostic.description) }
    }

    private func runOnQueue(_ body: @escaping @Sendable () -> Void) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            queue.async {
                body()
                continuation.resume()
            }
        }
    }
}
