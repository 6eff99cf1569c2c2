import Foundation
import Testing
@testable import ZhengfengKit
#if canImport(Glibc)
import Glibc
#endif

/// A rebuild into zhengfeng's own output writes only what changed: unchanged files keep
/// their inode and modification time, files no longer produced disappear, and the result
/// is byte for byte what a fresh build into an empty folder gives.
@Suite(.serialized, .timeLimit(.minutes(10)))
struct OutputChangesTests {
    /// Inode and modification time (nanoseconds) of every file and folder under `root`.
    static func stamps(_ root: URL) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return result }
        for case let path as String in enumerator {
            var info = stat()
            guard lstat(root.path + "/" + path, &info) == 0 else { continue }
            result[path] = [Int(info.st_ino), info.st_mtim.tv_sec, info.st_mtim.tv_nsec]
        }
        return result
    }

    /// Builds `site` into its own output folder.
    static func build(_ site: URL, output: URL? = nil) throws {
        var arguments = ["build", "--site", site.path]
        if let output { arguments += ["--output", output.path] }
        let (process, stderr) = try OutputFaultTests.run(arguments)
        try #require(process.terminationStatus == 0, "\(stderr)")
    }

    /// The output equals a fresh build of the same site into an empty folder.
    static func expectSameAsFreshBuild(_ site: URL, _ note: String) throws {
        let fresh = site.deletingLastPathComponent().appendingPathComponent("fresh-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fresh) }
        try build(site, output: fresh)
        let output = TestSites.tree(site.appendingPathComponent("output")), expected = TestSites.tree(fresh)
        #expect(output == expected, "\(note): differs from a fresh build in \(Set(output.keys).symmetricDifference(expected.keys).sorted()) or in content")
    }

    static func site() throws -> URL {
        let site = try TestSupport.temporaryDirectory("changes")
        try TestSupport.makeSite(at: site)
        try OutputFaultTests.writePages("旧", in: site)
        return site
    }

    @Test func anUnchangedRebuildWritesNothingAndKeepsEveryInodeAndTime() throws {
        let site = try Self.site()
        defer { TestSupport.remove(site) }
        let output = site.appendingPathComponent("output")
        try Self.build(site)
        let before = Self.stamps(output)
        #expect(before.count > 60)
        // Without the record the rebuild renders and compares every file (BuildRecordTests
        // covers the record's shortcut).
        BuildRecord.forget(output)
        try Self.build(site)
        let after = Self.stamps(output)
        #expect(after == before, "changed: \(after.keys.filter { after[$0] != before[$0] }.sorted())")
        #expect(try OutputFaultTests.leftovers(in: site).isEmpty)
    }

    @Test func aOnePageEditRewritesOnlyThatPageAndTheFilesThatShowIt() throws {
        let site = try Self.site()
        defer { TestSupport.remove(site) }
        let output = site.appendingPathComponent("output")
        try Self.build(site)
        let before = Self.stamps(output), bytesBefore = TestSites.tree(output)
        try TestSupport.write(Data("---\ntitle: 改过的页面\ndate: 2026-03-15\n---\n\n改过的正文。\n".utf8), to: "content/s0/p5.md", in: site)
        try Self.build(site)
        let after = Self.stamps(output), bytesAfter = TestSites.tree(output)
        let touched = Set(bytesAfter.keys.filter { after[$0] != before[$0] })
        let differing = Set(bytesAfter.keys.filter { bytesAfter[$0] != bytesBefore[$0] })
        #expect(touched == differing, "rewritten but unchanged: \(touched.subtracting(differing).sorted())")
        #expect(differing.contains("s0/p5/index.html") && differing.contains("s0/index.html"), "\(differing.sorted())")
        #expect(!differing.contains(where: { $0.hasPrefix("s1/") || $0.hasPrefix("assets/") }), "\(differing.sorted())")
        #expect(differing.count < 12, "\(differing.sorted())")
        try Self.expectSameAsFreshBuild(site, "one-page edit")
    }

    @Test func aRemovedPageDisappearsWithItsFolderAndTheRestMatchesAFreshBuild() throws {
        let site = try Self.site()
        defer { TestSupport.remove(site) }
        let output = site.appendingPathComponent("output")
        try Self.build(site)
        let before = Self.stamps(output)
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/s1/p3.md"))
        try Self.build(site)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("s1/p3").path))
        #expect(Self.stamps(output)["s0/p3/index.html"] == before["s0/p3/index.html"])
        try Self.expectSameAsFreshBuild(site, "removed page")
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/s1"))
        try Self.build(site)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("s1").path))
        try Self.expectSameAsFreshBuild(site, "removed section")
        #expect(try OutputFaultTests.leftovers(in: site).isEmpty)
    }

    /// A file that becomes a folder and a folder that becomes a file, and a stray link in the
    /// output: the transaction alone, with every file staged (as for PDF rendering) and one
    /// file written straight into the staging folder (as WeasyPrint does).
    @Test func filesStagedWithoutComparisonAreComparedAtCommit() throws {
        let root = TestSites.temporaryDirectory("transaction")
        defer { TestSupport.remove(root) }
        let output = root.appendingPathComponent("output")
        let first = try OutputTransaction(outputDirectory: output, faults: .none)
        try first.write("甲", to: "a.html")
        try first.write("乙", to: "b")
        try first.write("丙", to: "c/index.html")
        try first.write(Data([1, 2]), to: "doc.pdf")
        try first.commit()
        try FileManager.default.createSymbolicLink(atPath: output.path + "/link", withDestinationPath: "/etc/passwd")
        let before = Self.stamps(output)

        let second = try OutputTransaction(outputDirectory: output, stageEverything: true, faults: .none)
        try second.write("甲", to: "a.html")
        try second.write("乙", to: "b/index.html")
        try second.write("丙", to: "c")
        try Data([1, 2]).write(to: second.stagingDirectory.appendingPathComponent("doc.pdf"))
        try second.commit()
        let after = Self.stamps(output)
        #expect(after["a.html"] == before["a.html"] && after["doc.pdf"] == before["doc.pdf"])
        #expect(TestSites.tree(output) == ["a.html": Data("甲".utf8), "b/index.html": Data("乙".utf8), "c": Data("丙".utf8),
                                           "doc.pdf": Data([1, 2]), OutputLocation.markerName: Data(OutputLocation.markerText.utf8)])
        #expect(!FileManager.default.fileExists(atPath: output.path + "/link"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["output"])
    }

    @Test func theJournalReadsBackWhatWasWritten() throws {
        let journal = OutputJournal(stagingName: ".zhengfeng-staging-output-1", removals: ["a b/c.html", "新闻/旧.html"], moves: ["index.html"])
        #expect(OutputJournal(journal.encoded()) == journal)
        #expect(OutputJournal(Data("zhengfeng-journal-1\0x\0Q\0a\0".utf8)) == nil)
        #expect(OutputJournal(Data("zhengfeng-journal-1\0x\0D\0a".utf8)) == nil)
    }
}
