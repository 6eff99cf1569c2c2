import Foundation
import Testing
@testable import ZhengfengKit
#if canImport(Glibc)
import Glibc
#endif

/// The `zhengfeng` binary itself: exit statuses and output formats. (A build killed at
/// each stage of the output transaction: `OutputFaultTests`.)
@Suite(.serialized) struct CheckCommandTests {
    static let binary = CommandLineTests.binary

    typealias Result = ProcessRunner.Result

    /// Runs zhengfeng, or `executable` with `prefix` before the arguments (setpriv … zhengfeng).
    static func run(_ arguments: [String], as executable: String? = nil, prefix: [String] = []) throws -> Result {
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build zhengfeng first")
        return try ProcessRunner.run(executable.map { URL(fileURLWithPath: $0) } ?? binary, prefix + arguments)
    }

    @Test func checkExitStatusesFollowTheContract() throws {
        let clean = try Self.run(["check", "--site", TestSupport.repository.path])
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stdout.contains("共 0 个错误，0 个警告"))

        let broken = BrokenSiteFixtureTests.root.appendingPathComponent("privacy-id-number").path
        let failed = try Self.run(["check", "--site", broken])
        #expect(failed.status == 1)
        let lines = failed.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("content/news/bad.md:5:11: 错误: ") == true)
        #expect(lines.first?.hasSuffix("[PRIVACY_ID_NUMBER]") == true)
        #expect(lines.last == "共 3 个错误，0 个警告。")

        let usage = try Self.run(["check", "--format", "xml"])
        #expect(usage.status == 2)
    }

    @Test func jsonFormatListsEveryDiagnostic() throws {
        let broken = BrokenSiteFixtureTests.root.appendingPathComponent("privacy-email").path
        let result = try Self.run(["check", "--site", broken, "--format", "json"])
        #expect(result.status == 1)
        let entries = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(entries.count == 2)
        #expect(entries.first?["file"] as? String == "content/news/bad.md")
        #expect(entries.first?["line"] as? Int == 5)
        #expect(entries.first?["column"] as? Int == 6)
        #expect(entries.first?["severity"] as? String == "error")
        #expect(entries.first?["code"] as? String == "PRIVACY_EMAIL")
        #expect((entries.first?["message"] as? String)?.isEmpty == false)
    }

    @Test func buildWithErrorsExitsOneAndPublishesNothing() throws {
        let site = try TestSupport.temporaryDirectory("cli")
        defer { TestSupport.remove(site) }
        try TestSupport.makeSite(at: site, files: ["content/news/x.md": "---\ntitle: x\ndate: 2026-02-30\n---\n"])
        let result = try Self.run(["build", "--site", site.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/news/x.md:3:7: 错误: "))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("output").path))
    }

    @Test func warningsPrintButOnlyStrictBuildsStopOnThem() throws {
        let site = try TestSupport.temporaryDirectory("strict")
        defer { TestSupport.remove(site) }
        try TestSupport.makeSite(at: site, files: ["content/news/x.md": "---\ntitle: 未知键\ncolour: red\n---\n\n正文。\n"])
        let strict = try Self.run(["build", "--site", site.path, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("content/news/x.md:3:1: 警告: ") && strict.stderr.contains("[FRONT_MATTER_UNKNOWN_KEY]"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("output").path))
        let normal = try Self.run(["build", "--site", site.path])
        #expect(normal.status == 0)
        #expect(normal.stderr.contains("[FRONT_MATTER_UNKNOWN_KEY]"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("output/news/x/index.html").path))
    }

    /// A file and a folder without read permission. Root reads everything, so as root the
    /// check runs as the unprivileged user `nobody` (65534) through setpriv. Everything that
    /// user touches (the site and a copy of the binary with its resources) lives under a 0755
    /// folder in /tmp, so the test does not depend on the permissions of the folders above
    /// the checkout (a clone inside `mktemp -d` is 0700).
    @Test func filesWithoutReadPermissionAreReportedNotFatal() throws {
        let root = URL(fileURLWithPath: "/tmp").appendingPathComponent("zhengfeng-perm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        let binary = try UnprivilegedBinary.copy(into: root.appendingPathComponent("bin"))
        try TestSupport.makeSite(at: site, files: [
            "content/news/locked.md": "---\ntitle: 锁定\n---\n\n正文。\n",
            "content/closed/_index.md": "---\ntitle: 关闭\n---\n",
        ])
        try UnprivilegedBinary.openForReading(root)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: site.appendingPathComponent("content/news/locked.md").path)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: site.appendingPathComponent("content/closed").path)
        let arguments = ["check", "--site", site.path]
        let result: Result
        if getuid() == 0 {
            result = try Self.run(arguments, as: "/usr/bin/setpriv", prefix: ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path])
        } else {
            result = try ProcessRunner.run(binary, arguments)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: site.appendingPathComponent("content/closed").path)
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("content/news/locked.md:1:1: 错误: 无法读取这个文件（没有读取权限）") && $0.hasSuffix("[FILE_UNREADABLE]") })
        #expect(lines.contains { $0.hasPrefix("content/closed:1:1: 错误: ") && $0.hasSuffix("[FILE_UNREADABLE]") })
    }
}
