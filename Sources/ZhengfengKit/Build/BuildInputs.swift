import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One digest of everything a build's output depends on, taken before the build reads
/// anything (so that a file saved during a build makes the record stale, never falsely
/// fresh): every file under content/ and the theme folder (path and bytes, or the status of
/// a file over 4 MB; links followed),
/// the PDF cache's listing, zhengfeng's own program file, the options, the day, and what
/// chooses the cached PDFs a plain build puts back (the environment variables, the
/// WeasyPrint program found).
enum BuildInputs {
    /// Deepest folder level walked: a link that loops back into its own folder stops here.
    static let maximumDepth = 32

    static func digest(_ options: BuildOptions) -> UInt64 {
        var digest = FNV1a()
        digest.add("zhengfeng build inputs \(BuildRecord.format)")
        digest.add(Self.programIdentity())
        digest.add([options.baseURL ?? "-", options.linkMode?.rawValue ?? "-", options.now.day,
                    "\(options.includeDrafts) \(options.showDrafts) \(options.includeInternal) \(options.strict)",
                    "\(options.release) \(options.acceptInspection) \(options.pdf) \(options.cachePartials) \(options.htmlBudget) \(options.bodyBudget)",
                    options.siteDirectory.path, options.outputDirectory.path].joined(separator: "\n"))
        // What decides which cached PDFs a plain build puts back (PrintStage.restoreCachedPDFs).
        let environment = ProcessInfo.processInfo.environment
        for name in ["SOURCE_DATE_EPOCH", "ZHENGFENG_WEASYPRINT", "PATH"] { digest.add(name + "=" + (environment[name] ?? "-")) }
        if let weasyprint = PDFRenderer.find(environment: environment, zhengfeng: Bundle.main.executableURL) {
            digest.add(weasyprint.path)
            if let status = FileStatus(weasyprint.path) { digest.add(status) }
        }
        let roots = [options.siteDirectory.appendingPathComponent("content", isDirectory: true),
                     ThemeLoader.directory(siteDirectory: options.siteDirectory).url]
        for root in roots {
            digest.add(root.path)
            let files = Self.files(under: root.path).sorted()
            let digests = ParallelMap.map(files, workers: ParallelMap.readingWorkers) { Self.fileDigest(root.path + "/" + $0) }
            for (relative, value) in zip(files, digests) {
                digest.add(relative)
                digest.add(value)
            }
        }
        let cache = PDFCache(output: options.outputDirectory).directory.path
        // The remembered WeasyPrint version is not an input (the program's status is, below).
        for relative in Self.files(under: cache).sorted() where relative != PDFRenderer.versionMemo {
            guard let status = FileStatus(cache + "/" + relative) else { continue }
            digest.add(relative)
            digest.add(status)
        }
        return digest.value
    }

    /// Files larger than this are known by their status (size, inode, modification and
    /// change times, as git's index does) instead of their bytes: reading a folder of videos
    /// on every build would cost seconds. The change time cannot be set back by a program.
    static let largeFileBytes = 4 << 20

    /// The digest of one file: its bytes, or the status of a large file; 0 when unreadable.
    static func fileDigest(_ path: String) -> UInt64 {
        guard let status = FileStatus(path) else { return 0 }
        var file = FNV1a()
        if status.size > UInt64(largeFileBytes) {
            file.add(status, changeTime: true)
            return file.value
        }
        guard let data = try? FileBytes.read(path) else { return 0 }
        data.withUnsafeBytes { file.add($0) }
        return file.value
    }

    /// The running program's path, size, inode and modification time: a rebuilt or upgraded
    /// zhengfeng renders anew.
    static func programIdentity() -> String {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return path + " " + (FileStatus(path)?.summary ?? "")
    }

    /// Relative paths of the files under `root`, links to files and folders followed.
    static func files(under root: String) -> [String] {
        var found: [String] = []
        func walk(_ folder: String, _ prefix: String, depth: Int) {
            guard depth <= maximumDepth else { return }
            for (name, type) in (try? FileBytes.directoryEntries(folder)) ?? [] {
                let path = folder + "/" + name
                var isFolder = type == UInt8(DT_DIR)
                if type != UInt8(DT_DIR) && type != UInt8(DT_REG) {
                    var info = stat()
                    guard stat(path, &info) == 0 else {
                        found.append(prefix + name)
                        continue
                    }
                    isFolder = (info.st_mode & S_IFMT) == S_IFDIR
                }
                if isFolder {
                    walk(path, prefix + name + "/", depth: depth + 1)
                } else {
                    found.append(prefix + name)
                }
            }
        }
        walk(root, "", depth: 0)
        return found
    }
}
