import Foundation
import Testing
@testable import ZhengfengKit
#if canImport(Glibc)
import Glibc
#endif

/// The output transaction stopped or failed at every stage, through the fault points of
/// `OutputFaults` (no timers): the published output is always exactly the old or the new
/// site, and the next build cleans up what was left.
@Suite(.serialized, .timeLimit(.minutes(10)))
struct OutputFaultTests {
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = String(TestSites.now.timestamp)
        environment.removeValue(forKey: "ZHENGFENG_FAULT")
        return environment
    }

    /// Runs `zhengfeng` with `fault` in ZHENGFENG_FAULT.
    static func run(_ arguments: [String], fault: String? = nil) throws -> (process: Process, stderr: String) {
        var environment = Self.environment
        environment["ZHENGFENG_FAULT"] = fault
        let folder = TestSites.temporaryDirectory("logs")
        defer { TestSupport.remove(folder) }
        let background = try Background(arguments, environment: environment, in: folder)
        background.wait()
        return (background.process, background.standardError)
    }

    /// A site of two sections with 15 pages each, every page text marked with `label`; with
    /// `sections` and `pages`, other sections and pages (those of an earlier call are removed).
    static func writePages(_ label: String, in site: URL, sections: Int = 2, pages: Int = 15) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content").path)
        where name.hasPrefix("s") && !name.contains(".") {
            try FileManager.default.removeItem(at: site.appendingPathComponent("content/" + name))
        }
        for section in 0..<sections {
            try TestSupport.write(Data("---\ntitle: 栏目\(section)\n---\n\n说明。\n".utf8), to: "content/s\(section)/_index.md", in: site)
            for index in 0..<pages {
                let text = "---\ntitle: \(label)页面\(section)-\(index)\ndate: 2026-03-\(index + 10)\n---\n\n\(label)的正文。\n"
                try TestSupport.write(Data(text.utf8), to: "content/s\(section)/p\(index).md", in: site)
            }
        }
    }

    /// Names in the site folder that a build leaves only while it runs.
    static func leftovers(in site: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.path)
            .filter { $0.hasPrefix(".zhengfeng-staging") || $0.hasPrefix(".zhengfeng-lock") }
    }

    /// `old`, `new`: the output right after the stop. `setAside`: the old site waits beside
    /// the output. `journal`: stopped while applying the changes; the next transaction first
    /// completes them, so once it has started the output is the new site.
    enum Expected { case old, new, setAside, failed, journal }

    /// Both ways of publishing: the whole-folder swap (forced with `whole-swap`, used for a
    /// first build) and the journal of changes (a rebuild into zhengfeng's own output). The
    /// new site changes every page, removes pages and adds a section.
    @Test func aBuildStoppedAtAnyStageLeavesTheOldOrTheNewSiteAndTheNextBuildCleansUp() throws {
        let site = try TestSupport.temporaryDirectory("stages")
        defer { TestSupport.remove(site) }
        try TestSupport.makeSite(at: site)
        let output = site.appendingPathComponent("output")
        let references = site.deletingLastPathComponent()
        try Self.writePages("旧", in: site)
        #expect(try Self.run(["build", "--site", site.path, "--output", references.appendingPathComponent("old").path]).process.terminationStatus == 0)
        try Self.writePages("新", in: site, sections: 3, pages: 13)
        #expect(try Self.run(["build", "--site", site.path, "--output", references.appendingPathComponent("new").path]).process.terminationStatus == 0)
        let old = TestSites.tree(references.appendingPathComponent("old"))
        let new = TestSites.tree(references.appendingPathComponent("new"))
        #expect(old.count > 30 && old != new)

        let stages: [(fault: String, expected: Expected)] = [
            ("whole-swap,kill-after-files=1", .old),
            ("whole-swap,kill-after-files=20", .old),
            ("whole-swap,kill-before-swap", .old),
            ("whole-swap,kill-after-swap", .new),
            ("whole-swap,no-exchange,kill-before-swap", .old),
            ("whole-swap,no-exchange,kill-between-moves", .setAside),
            ("whole-swap,no-exchange,kill-after-swap", .new),
            ("whole-swap,fail-write=7:EIO", .failed),
            ("kill-after-files=1", .old),
            ("kill-after-files=20", .old),
            ("kill-before-swap", .old),
            ("kill-after-journal-steps=0", .journal),
            ("kill-after-journal-steps=1", .journal),
            ("kill-after-journal-steps=4", .journal),
            ("kill-after-journal-steps=30", .journal),
            ("kill-after-swap", .new),
            ("fail-write=7:EIO", .failed),
            ("fail-write=1:ENOSPC", .failed),
        ]
        for (fault, expected) in stages {
            try Self.writePages("旧", in: site)
            try #require(try Self.run(["build", "--site", site.path]).process.terminationStatus == 0)
            try #require(TestSites.tree(output) == old, "\(fault): the old site was not built")
            try Self.writePages("新", in: site, sections: 3, pages: 13)
            let (process, stderr) = try Self.run(["build", "--site", site.path], fault: fault)
            switch expected {
            case .failed:
                #expect(process.terminationReason == .exit && process.terminationStatus == 2, "\(fault)")
                #expect(stderr.contains("[OUTPUT_WRITE_FAILED]") && stderr.contains(output.path), "\(fault): \(stderr)")
                #expect(!stderr.contains("Error Domain"), "\(fault): \(stderr)")
                #expect(TestSites.tree(output) == old, "\(fault): the output changed")
                #expect(try Self.leftovers(in: site).isEmpty, "\(fault)")
            case .old, .new:
                #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL, "\(fault)")
                #expect(TestSites.tree(output) == (expected == .old ? old : new), "\(fault): the output is not the \(expected) site")
            case .setAside:
                #expect(process.terminationReason == .uncaughtSignal, "\(fault)")
                // Stopped between the two renames: the old site waits beside the output and
                // the next build puts it back before doing anything else.
                let aside = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains("-old-") }
                #expect(aside.count == 1, "\(fault)")
                #expect(aside.first.map { TestSites.tree(site.appendingPathComponent($0)) } == old, "\(fault)")
                let (again, _) = try Self.run(["build", "--site", site.path], fault: "kill-before-swap")
                #expect(again.terminationReason == .uncaughtSignal)
                #expect(TestSites.tree(output) == old, "\(fault): the old site was not put back")
            case .journal:
                #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL, "\(fault)")
                #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(".zhengfeng-staging-output-journal").path), "\(fault)")
                // The next transaction completes the journal before anything else (this one
                // is then stopped before its own changes).
                let (again, _) = try Self.run(["build", "--site", site.path], fault: "kill-before-swap")
                #expect(again.terminationReason == .uncaughtSignal)
                #expect(TestSites.tree(output) == new, "\(fault): the journal was not completed")
            }
            let (next, nextErrors) = try Self.run(["build", "--site", site.path])
            #expect(next.terminationStatus == 0, "\(fault): \(nextErrors)")
            #expect(TestSites.tree(output) == new, "\(fault): the next build did not publish the new site")
            let left = try Self.leftovers(in: site)
            #expect(left.isEmpty, "\(fault): left behind \(left)")
        }
    }

    @Test func writeFailuresNameThePathAndTheCauseInPlainWords() throws {
        let site = TestSites.copyFixture("basic-site")
        #expect(try Self.run(["build", "--site", site.path]).process.terminationStatus == 0)
        let output = site.appendingPathComponent("output")
        let before = TestSites.tree(output)
        for (code, words) in [("EACCES", "没有写入权限"), ("ENOSPC", "磁盘空间已满"), ("EROFS", "只读")] {
            let (process, stderr) = try Self.run(["build", "--site", site.path], fault: "fail-write=3:\(code)")
            #expect(process.terminationStatus == 2, "\(code)")
            #expect(stderr.contains(words) && stderr.contains(output.path + "/"), "\(code): \(stderr)")
            #expect(stderr.contains("原有的 output 文件夹保持不变"), "\(code)")
            #expect(!stderr.contains("Error Domain") && !stderr.contains("POSIXError"), "\(code): \(stderr)")
            #expect(TestSites.tree(output) == before, "\(code)")
        }
    }

    /// A real permission problem, not an injected one: the folder that holds the output is
    /// read-only for the user who builds. Root ignores permission bits, so as root the build
    /// runs as `nobody` through setpriv, with a copy of the binary in a folder it can reach.
    @Test func aReadOnlyOutputFolderIsReportedAndTheOldOutputStays() throws {
        let root = URL(fileURLWithPath: "/tmp/zhengfeng-readonly-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let binary = try UnprivilegedBinary.copy(into: root.appendingPathComponent("bin"))
        let site = root.appendingPathComponent("site")
        try TestSupport.makeSite(at: site)
        let published = root.appendingPathComponent("published")
        let output = published.appendingPathComponent("output")
        #expect(try Self.run(["build", "--site", site.path, "--output", output.path]).process.terminationStatus == 0)
        let before = TestSites.tree(output)
        try UnprivilegedBinary.openForReading(root)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: published.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: published.path) }
        let arguments = ["build", "--site", site.path, "--output", output.path]
        let result = getuid() == 0
            ? try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/setpriv"),
                                    ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + arguments,
                                    environment: Self.environment)
            : try ProcessRunner.run(binary, arguments, environment: Self.environment)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("没有写入权限") && result.stderr.contains(published.path), "\(result.stderr)")
        #expect(result.stderr.contains("[OUTPUT_WRITE_FAILED]"))
        #expect(!result.stderr.contains("Error Domain"), "\(result.stderr)")
        #expect(TestSites.tree(output) == before)
    }

    /// A second build into an output that another build is writing is refused at once with
    /// the first one's process id; SIGTERM then stops the first one before its swap, and
    /// the output is the old site with nothing left behind.
    @Test func aSecondBuildIsToldWhichProcessIsWritingAndASignalLeavesTheOldOutput() throws {
        let site = TestSites.copyFixture("basic-site")
        let output = site.appendingPathComponent("output")
        #expect(try Self.run(["build", "--site", site.path]).process.terminationStatus == 0)
        let before = TestSites.tree(output)
        try Data("---\ntitle: 新页面\n---\n\n新的。\n".utf8).write(to: site.appendingPathComponent("content/news/new.md"))
        let ready = try EventFIFO(path: site.deletingLastPathComponent().appendingPathComponent("ready").path)
        var environment = Self.environment
        environment["ZHENGFENG_FAULT"] = "block-before-swap"
        environment["ZHENGFENG_FAULT_READY"] = ready.path
        let first = try Background(["build", "--site", site.path], environment: environment, in: site.deletingLastPathComponent())
        let announced = ready.nextLine()
        try #require(announced == String(first.pid), "the first build did not reach its swap")

        let (second, stderr) = try Self.run(["build", "--site", site.path])
        #expect(second.terminationStatus == 2)
        #expect(stderr.contains("[OUTPUT_LOCKED]") && stderr.contains("进程号 \(first.pid)"), "\(stderr)")
        #expect(!stderr.contains("Error Domain"), "\(stderr)")

        #expect(first.stop(with: SIGTERM) == 2)
        #expect(first.standardError.contains("已中断"), "\(first.standardError)")
        #expect(TestSites.tree(output) == before)
        let left = try Self.leftovers(in: site)
        #expect(left.isEmpty, "left behind: \(left)")
        #expect(try Self.run(["build", "--site", site.path]).process.terminationStatus == 0)
        #expect(TestSites.text(output, "news/new/index.html").contains("新的。"))
    }

    @Test func aLockHeldInProcessRefusesASecondTransactionWithThePid() throws {
        let root = TestSites.temporaryDirectory("lock")
        let output = root.appendingPathComponent("output")
        let first = try OutputTransaction(outputDirectory: output)
        do {
            _ = try OutputTransaction(outputDirectory: output)
            Issue.record("two transactions on one output")
        } catch let error as OutputError {
            #expect(error.diagnostic.code == "OUTPUT_LOCKED")
            #expect(error.diagnostic.message.contains("进程号 \(getpid())"))
        }
        try first.write("一", to: "index.html")
        try first.commit()
        let second = try OutputTransaction(outputDirectory: output)
        try second.commit()
        #expect(!FileManager.default.fileExists(atPath: OutputLock.path(for: OutputLocation.resolved(output.path))))
    }

    /// SIGTERM while `build --pdf` runs its PDF renderer: the renderer is a stand-in script
    /// (named by ZHENGFENG_WEASYPRINT) that reports its process id and waits forever, so the
    /// test knows a child is running. zhengfeng must end every child, remove its staging
    /// folder and leave the published output as it was.
    @Test func sigtermDuringAPDFBuildEndsTheRendererAndLeavesTheOldOutput() throws {
        let site = TestSites.copyFixture("basic-site")
        let folder = site.deletingLastPathComponent()
        let output = site.appendingPathComponent("output")
        #expect(try Self.run(["build", "--site", site.path]).process.terminationStatus == 0)
        let before = TestSites.tree(output)
        let started = try EventFIFO(path: folder.appendingPathComponent("started").path)
        let standIn = folder.appendingPathComponent("weasyprint-stand-in")
        try Data("#!/bin/sh\necho \"$$\" > \"$STAND_IN_FIFO\"\nexec tail -f /dev/null\n".utf8).write(to: standIn)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: standIn.path)
        var environment = Self.environment
        environment["ZHENGFENG_WEASYPRINT"] = standIn.path
        environment["STAND_IN_FIFO"] = started.path
        for signal in [SIGTERM, SIGINT] {
            let build = try Background(["build", "--site", site.path, "--pdf"], environment: environment, in: folder)
            let child = started.nextLine()
            try #require(child.flatMap { Int32($0) } != nil, "the PDF renderer never started")
            #expect(build.stop(with: signal) == 2)
            #expect(build.standardError.contains("已中断"), "\(build.standardError)")
            for pid in [child!] + started.linesSoFar() {
                #expect(processIsGone(Int32(pid)!), "renderer \(pid) still runs after signal \(signal)")
            }
            #expect(TestSites.tree(output) == before, "signal \(signal) changed the output")
            let left = try Self.leftovers(in: site)
            #expect(left.isEmpty, "left behind: \(left)")
        }
    }

    /// SIGTERM stops `serve`, which removes the preview folder it made in the temporary
    /// folder, and nothing else; the site is byte-identical.
    @Test func sigtermStopsServeAndRemovesOnlyItsOwnFolder() throws {
        let site = TestSites.copyFixture("basic-site")
        let folder = site.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent("tmp")
        try TestSupport.write(Data("别人的临时文件\n".utf8), to: "other.txt", in: temporary)
        let before = TestSites.tree(site)
        let lines = try EventFIFO(path: folder.appendingPathComponent("stdout").path)
        var environment = Self.environment
        environment["TMPDIR"] = temporary.path
        let serve = try Background(["serve", "--site", site.path, "--port", "0"], environment: environment, in: folder,
                                   standardOutput: lines.path)
        let address = lines.nextLine()
        try #require(address?.contains("预览地址") == true, "serve did not start: \(serve.standardError)")
        let previews = try FileManager.default.contentsOfDirectory(atPath: temporary.path).filter { $0.hasPrefix("zhengfeng-serve-") }
        #expect(previews.count == 1)
        #expect(previews.first.map { FileManager.default.fileExists(atPath: temporary.path + "/" + $0 + "/site/index.html") } == true)
        #expect(serve.stop(with: SIGTERM) == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == ["other.txt"])
        #expect(TestSites.tree(site) == before)
    }
}
