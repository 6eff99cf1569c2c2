import Foundation
import Synchronization

/// How zhengfeng runs WeasyPrint: its Python with zhengfeng's driver (`pdf_driver.py`, shipped
/// in the resource bundle), which lays a document out once and writes both PDFs from that
/// layout, and keeps running for the next document (no start-up and font loading per file).
struct PDFDriverCommand: Sendable {
    /// The program and arguments that run the driver script (`python3 pdf_driver.py`).
    let arguments: [String]

    /// The driver script inside the resource bundle.
    static var script: URL {
        Bundle.module.url(forResource: "pdf_driver", withExtension: "py")
            ?? Bundle.module.resourceURL!.appendingPathComponent("pdf_driver.py")
    }

    /// The command for the WeasyPrint program `weasyprint`: a Python entry point script (the
    /// Debian package's `/usr/bin/weasyprint`, or a virtual environment's) runs the driver with
    /// the Python named on its `#!` line, which imports that WeasyPrint. Any other program
    /// (a test's stand-in) is run itself with the driver's path as its argument.
    init(weasyprint: URL) {
        arguments = Self.interpreter(of: weasyprint) + [Self.script.path]
    }

    /// The Python of a `#!/…/python3` or `#!/usr/bin/env python3` script, or of pip's form for
    /// a path with spaces (`#!/bin/sh` then `'''exec' "/path with space/python3" "$0" "$@"`);
    /// else the program itself.
    static func interpreter(of program: URL) -> [String] {
        guard let handle = try? FileHandle(forReadingFrom: program),
              let head = try? handle.read(upToCount: 1024) else { return [program.path] }
        try? handle.close()
        guard head.starts(with: Data("#!".utf8)) else { return [program.path] }
        let text = String(decoding: head, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let words = lines[0].dropFirst(2).split(separator: " ").map(String.init)
        guard let first = words.first else { return [program.path] }
        let isPython = { (word: String) in (word as NSString).lastPathComponent.hasPrefix("python") }
        if isPython(first) { return [first] }
        if (first as NSString).lastPathComponent == "env", words.count > 1, isPython(words[1]) { return [first, words[1]] }
        let exec = "'''exec' \""
        if lines.count > 1, lines[1].hasPrefix(exec) {
            let quoted = lines[1].dropFirst(exec.count).prefix { $0 != "\"" }
            if isPython(String(quoted)) { return [String(quoted)] }
        }
        return [program.path]
    }
}

/// One running driver process. Registered with `Interruption`, so Ctrl-C or SIGTERM ends it
/// with the build.
/// Sendable: used by one thread at a time (checked out of `PDFDriverPool` and put back), so
/// `buffer`, its only mutable state, is never touched by two threads at once.
final class PDFDriver: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    /// The driver's standard error (Python's own failures), read when it ends unexpectedly.
    private let errorLog: URL
    private let errorHandle: FileHandle
    private var buffer = Data()

    init(_ command: PDFDriverCommand, epoch: Int) throws {
        // A driver that died (Python without WeasyPrint) closes its end of the job pipe:
        // writing to it must fail with an error here, not end zhengfeng with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        errorLog = FileManager.default.temporaryDirectory
            .appendingPathComponent("zhengfeng-pdf-driver-\(getpid())-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: errorLog.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: command.arguments[0])
        process.arguments = Array(command.arguments.dropFirst())
        var environment = ProcessInfo.processInfo.environment
        // WeasyPrint 57 stamps it into the font subsets: the same input gives the same bytes.
        environment["SOURCE_DATE_EPOCH"] = String(epoch)
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        errorHandle = try FileHandle(forWritingTo: errorLog)
        process.standardError = errorHandle
        try Interruption.launch(process)
    }

    /// Sends one job and waits for its answer line.
    func send(_ job: [String: Any]) throws -> [String: Any] {
        let line = try JSONSerialization.data(withJSONObject: job, options: [.sortedKeys]) + Data("\n".utf8)
        do {
            try input.fileHandleForWriting.write(contentsOf: line)
        } catch {
            throw DriverStopped(log: lastLines())
        }
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let answer = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[(newline + 1)...])
                guard let object = try JSONSerialization.jsonObject(with: Data(answer)) as? [String: Any] else {
                    throw DriverStopped(log: String(decoding: answer, as: UTF8.self))
                }
                return object
            }
            let more = output.fileHandleForReading.availableData
            if more.isEmpty { throw DriverStopped(log: lastLines()) }
            buffer.append(more)
        }
    }

    /// Ends the driver (it stops when its input closes) and removes its log.
    func close() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        Interruption.finished(process)
        try? errorHandle.close()
        try? FileManager.default.removeItem(at: errorLog)
    }

    private func lastLines() -> String {
        let text = (try? String(contentsOf: errorLog, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").suffix(5).joined(separator: "\n")
    }

    /// The driver ended without answering (Python or WeasyPrint missing or broken).
    struct DriverStopped: Error, CustomStringConvertible {
        let log: String
        var description: String { log.isEmpty ? "WeasyPrint 意外退出" : log }
    }
}

/// The drivers of one PDF step: a worker thread takes an idle driver or starts one, so there
/// are at most as many as documents rendered at once (one per core).
final class PDFDriverPool: Sendable {
    private let command: PDFDriverCommand
    private let epoch: Int
    private let idle = Mutex<[PDFDriver]>([])
    private let all = Mutex<[PDFDriver]>([])

    init(_ command: PDFDriverCommand, epoch: Int) {
        self.command = command
        self.epoch = epoch
    }

    /// Runs `body` with a driver of its own. A driver that failed is ended, not reused.
    func with<T>(_ body: (PDFDriver) throws -> T) throws -> T {
        let driver = try idle.withLock { $0.popLast() } ?? {
            let started = try PDFDriver(command, epoch: epoch)
            all.withLock { $0.append(started) }
            return started
        }()
        do {
            let result = try body(driver)
            idle.withLock { $0.append(driver) }
            return result
        } catch let stopped as PDFDriver.DriverStopped {
            all.withLock { list in list.removeAll { $0 === driver } }
            driver.close()
            throw stopped
        }
    }

    /// Ends every driver.
    func close() {
        for driver in all.withLock({ list in defer { list.removeAll() }; return list }) { driver.close() }
        idle.withLock { $0.removeAll() }
    }
}
