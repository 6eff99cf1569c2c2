import Foundation
import Testing
@testable import ZhengfengKit
#if canImport(Glibc)
import Glibc
#endif

/// Bad input that needs file-system state a committed fixture cannot hold: encodings,
/// binary data, huge files, symbolic links, unreadable files and special files.
@Suite struct BadFileTests {
    /// Checks a fresh site with `setup` applied; returns `path:line:col severity CODE` lines.
    func diagnostics(_ setup: (URL) throws -> Void) throws -> [String] {
        let site = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(site) }
        try TestSupport.makeSite(at: site)
        try setup(site)
        return TestSupport.check(site).map(TestSupport.summary)
    }

    @Test func gbkFileIsReadWithAWarning() throws {
        // "---\ntitle: 通知\n---\n\n正文。\n" in GBK
        var bytes: [UInt8] = Array("---\ntitle: ".utf8) + [0xCD, 0xA8, 0xD6, 0xAA] + Array("\n---\n\n".utf8)
        bytes += [0xD5, 0xFD, 0xCE, 0xC4, 0xA1, 0xA3, 0x0A]
        let site = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(site) }
        try TestSupport.makeSite(at: site)
        try TestSupport.write(Data(bytes), to: "content/news/gbk.md", in: site)
        var timer = StageTimer()
        let prepared = try SiteBuilder(options: BuildOptions(siteDirectory: site, now: TestSupport.now)).prepare(timer: &timer)
        #expect(prepared.diagnostics.map(TestSupport.summary) == ["content/news/gbk.md:1:1 warning FILE_ENCODING_GBK"])
        #expect(prepared.site.pages["news/gbk.md"]?.page.title == "通知")
        #expect(prepared.site.pages["news/gbk.md"]?.html.contains("正文") == true)
    }

    @Test func byteOrderMarkAndCRLFAreAcceptedSilently() throws {
        let text = "\u{FEFF}---\r\ntitle: 通知\r\ndate: 2026-03-01\r\n---\r\n\r\n正文，电话12388。\r\n"
        let result = try diagnostics { site in try TestSupport.write(Data(text.utf8), to: "content/news/crlf.md", in: site) }
        #expect(result.isEmpty)
    }

    @Test func binaryFileIsAnErrorNamingIt() throws {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        let result = try diagnostics { site in try TestSupport.write(Data(bytes), to: "content/news/image.md", in: site) }
        #expect(result == ["content/news/image.md:1:1 error FILE_BINARY"])
    }

    @Test func undecodableBytesAreAnError() throws {
        // 0xFF is valid in neither UTF-8 nor GB18030.
        let bytes: [UInt8] = Array("---\ntitle: ".utf8) + [0xFF, 0xFF, 0xFF] + Array("\n---\n".utf8)
        let result = try diagnostics { site in try TestSupport.write(Data(bytes), to: "content/news/junk.md", in: site) }
        #expect(result == ["content/news/junk.md:1:1 error FILE_ENCODING"])
    }

    @Test func fileOverFiveMegabytesIsRefused() throws {
        let result = try diagnostics { site in
            var text = "---\ntitle: 很大\n---\n\n"
            text += String(repeating: "很长的正文。\n", count: 5 * 1024 * 1024 / 19 + 10)
            try TestSupport.write(Data(text.utf8), to: "content/news/huge.md", in: site)
        }
        #expect(result == ["content/news/huge.md:1:1 error FILE_TOO_LARGE"])
    }

    /// A folder outside the site holding one file.
    func outsideFolder(with name: String, _ text: String) throws -> URL {
        let outside = try TestSupport.temporaryDirectory("outside")
        try Data(text.utf8).write(to: outside.appendingPathComponent(name))
        return outside
    }

    @Test func symlinkLeadingOutsideTheSiteIsRefused() throws {
        let outside = try outsideFolder(with: "secret.md", "---\ntitle: 外部\n---\n\n外部文件。\n")
        defer { TestSupport.remove(outside) }
        let result = try diagnostics { site in
            try TestSupport.link("content/news/linked.md", in: site, to: outside.appendingPathComponent("secret.md"))
            try TestSupport.link("content/elsewhere", in: site, to: outside)
        }
        #expect(result == ["content/elsewhere:1:1 error SYMLINK_OUTSIDE", "content/news/linked.md:1:1 error SYMLINK_OUTSIDE"])
    }

    @Test func dataFileLinkedFromOutsideIsRefusedAndConfigLinkInsideIsRead() throws {
        let outside = try outsideFolder(with: "secret.yml", "secret: 1\n")
        defer { TestSupport.remove(outside) }
        let result = try diagnostics { site in
            try TestSupport.link("content/data/secret.yml", in: site, to: outside.appendingPathComponent("secret.yml"))
            try FileManager.default.moveItem(at: site.appendingPathComponent("content/site.yml"),
                                             to: site.appendingPathComponent("site-settings.yml"))
            try TestSupport.link("content/site.yml", in: site, to: site.appendingPathComponent("site-settings.yml"))
        }
        #expect(result == ["content/data/secret.yml:1:1 error SYMLINK_OUTSIDE"])
    }

    @Test func symlinkInsideTheSiteIsFollowed() throws {
        let result = try diagnostics { site in
            try TestSupport.write(Data("---\ntitle: 共享\n---\n\n共享正文。\n".utf8), to: "shared/page.md", in: site)
            try TestSupport.link("content/news/shared.md", in: site, to: site.appendingPathComponent("shared/page.md"))
        }
        #expect(result.isEmpty)
    }

    @Test func symlinkLoopIsReportedNotFollowedForever() throws {
        let result = try diagnostics { site in
            try TestSupport.link("content/news/again", in: site, to: site.appendingPathComponent("content/news"))
        }
        #expect(result == ["content/news/again:1:1 error SYMLINK_LOOP"])
    }

    @Test func danglingSymlinkIsUnreadable() throws {
        let result = try diagnostics { site in
            try TestSupport.link("content/news/gone.md", in: site, to: site.appendingPathComponent("content/news/missing-target.md"))
        }
        #expect(result == ["content/news/gone.md:1:1 error FILE_UNREADABLE"])
    }

    // Files without read permission: see CommandLineTests.filesWithoutReadPermissionAreReportedNotFatal,
    // which also covers running as root (through an unprivileged user).

    @Test func namedPipeIsRefusedWithoutBlocking() throws {
        let result = try diagnostics { site in
            let url = site.appendingPathComponent("content/news/pipe.md")
            #expect(mkfifo(url.path, 0o644) == 0)
        }
        #expect(result == ["content/news/pipe.md:1:1 error FILE_NOT_REGULAR"])
    }

    @Test func unreadableSiteConfigIsReported() throws {
        let result = try diagnostics { site in
            try FileManager.default.removeItem(at: site.appendingPathComponent("content/site.yml"))
            try TestSupport.link("content/site.yml", in: site, to: site.appendingPathComponent("nowhere.yml"))
        }
        #expect(result == ["content/site.yml:1:1 error CONFIG_MISSING"])
    }

    @Test func siteWithoutContentFolderIsAnError() throws {
        let site = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(site) }
        #expect(TestSupport.check(site).map(TestSupport.summary) == ["content:1:1 error SITE_NO_CONTENT"])
    }

    /// The word-at-a-time search finds the same bytes as a byte-by-byte one, wherever they are.
    @Test func binaryBytesAreFoundAtEveryPosition() {
        let text = Array("正文，第1段\t甲乙\r\n丙\u{1B}丁。".utf8)
        for length in 0...text.count {
            for position in 0...length {
                for byte: UInt8 in [0x00, 0x01, 0x08, 0x0B, 0x1F, 0x20, 0x09, 0x0C] {
                    var bytes = Array(text[0..<length])
                    if position < length { bytes[position] = byte }
                    bytes.withUnsafeBufferPointer { buffer in
                        #expect(SourceText.containsBinaryControlByte(buffer) == buffer.contains(where: SourceText.isBinaryControlByte))
                    }
                }
            }
        }
    }
}
