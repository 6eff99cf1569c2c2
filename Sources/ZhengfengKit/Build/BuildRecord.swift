import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the last successful build into an output folder was made from and what it left
/// there, kept beside the output (`.zhengfeng-record-<output>`, never inside it, so it is
/// not published). Building again with nothing changed is then recognised without loading
/// or rendering anything, as make or ninja do: the build repeats the last report (its
/// warnings too) and writes nothing.
///
/// Nothing changed means both digests are equal:
/// - the inputs (`BuildInputs`): every file under content/ and the theme, byte for byte,
///   the build options, the day (Beijing time) and zhengfeng itself;
/// - the output folder: every entry's path, kind, size, modification time and inode, so an
///   output changed by hand or by another program (a deploy, `serve`) is built again.
///
/// A page dated later the same day (`date: 2026-12-03 15:00`) or expiring at a time is
/// published or withdrawn when that moment passes: the record is valid only until the
/// earliest such moment (`validUntil`). The record is removed before a build writes into
/// the output (`OutputTransaction`), and written only after a successful commit, so a
/// failed or killed build never leaves a record that claims its output.
struct BuildRecord: Codable, Equatable {
    static let format = 1

    var format = BuildRecord.format
    /// `BuildInputs.digest`, hexadecimal.
    var inputs: String
    /// `outputDigest` of the folder after the build, hexadecimal.
    var output: String
    /// Seconds since 1970 after which time-dependent publication may differ; nil for never.
    var validUntil: Int?
    /// The report of the build, repeated when it is reused.
    var pages: Int
    var sections: Int
    var files: Int
    var warnings: [Diagnostic]
    var pdfs: [PDFResult]

    /// `.zhengfeng-record-<name>` beside the output folder.
    static func path(for output: URL) -> String {
        let parent = output.deletingLastPathComponent().path
        return (parent == "/" ? "" : parent) + "/.zhengfeng-record-" + output.lastPathComponent
    }

    /// The record of `output`, nil when there is none or it cannot be read.
    static func load(for output: URL) -> BuildRecord? {
        guard let data = try? FileBytes.read(path(for: output), maximumSize: 64 << 20),
              let record = try? JSONDecoder().decode(BuildRecord.self, from: data),
              record.format == format else { return nil }
        return record
    }

    /// Writes the record (through a temporary file and a rename, so it is whole or absent).
    func save(for output: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let target = Self.path(for: output)
        let temporary = target + ".tmp-\(getpid())"
        try FileBytes.write(encoder.encode(self), to: temporary)
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw POSIXError(code)
        }
    }

    /// Removes the record of `output` (before anything is written into it).
    static func forget(_ output: URL) {
        unlink(path(for: output))
    }

    /// The report this record repeats.
    var report: BuildReport {
        var report = BuildReport()
        report.pages = pages
        report.sections = sections
        report.files = files
        report.warnings = warnings
        report.pdfs = pdfs
        report.unchanged = true
        return report
    }

    /// The record for `report`, made from `inputs` (digested before the build read anything).
    init(inputs: UInt64, output: UInt64, validUntil: Int?, report: BuildReport) {
        self.inputs = String(inputs, radix: 16)
        self.output = String(output, radix: 16)
        self.validUntil = validUntil
        pages = report.pages
        sections = report.sections
        files = report.files
        warnings = report.warnings
        pdfs = report.pdfs
    }

    /// True when the record describes a build with `inputs` at `now` whose output is `output`.
    func matches(inputs: UInt64, output: UInt64, now: PageDate) -> Bool {
        self.inputs == String(inputs, radix: 16) && self.output == String(output, radix: 16)
            && (validUntil.map { now.timestamp < $0 } ?? true)
    }

    /// Digest of every entry under `root` (not following links): relative path, kind, size,
    /// modification time in nanoseconds and inode, in sorted path order.
    static func outputDigest(_ root: URL) -> UInt64 {
        let tree = OutputTree.files(in: root.path)
        var digest = FNV1a()
        for relative in tree.regular.union(tree.other).sorted() {
            var info = stat()
            guard lstat(root.path + "/" + relative, &info) == 0 else { continue }
            digest.add(relative)
            digest.add(UInt64(info.st_mode), UInt64(bitPattern: Int64(info.st_size)), UInt64(info.st_ino),
                       UInt64(bitPattern: Int64(info.st_mtim.tv_sec)), UInt64(info.st_mtim.tv_nsec))
        }
        return digest.value
    }
}
